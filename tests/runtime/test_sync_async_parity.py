"""The sync and async classes of each pair expose the same public names (and the async ones are awaitable)."""

from __future__ import annotations

import inspect

import pytest

from openai import pagination
from openai._client import OpenAI, AsyncOpenAI
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    APIResponse,
    AsyncAPIResponse,
    BinaryAPIResponse,
    AsyncBinaryAPIResponse,
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
)
from openai.lib.azure import AzureOpenAI, AsyncAzureOpenAI
from openai._base_client import SyncAPIClient, AsyncAPIClient
from openai._base_openai import BaseOpenAI, BaseAsyncOpenAI

PAIRS = [
    (SyncAPIClient, AsyncAPIClient),
    (BaseOpenAI, BaseAsyncOpenAI),
    (OpenAI, AsyncOpenAI),
    (AzureOpenAI, AsyncAzureOpenAI),
    (SyncAPIResource, AsyncAPIResource),
    (APIResponse, AsyncAPIResponse),
    (BinaryAPIResponse, AsyncBinaryAPIResponse),
    (StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse),
    (pagination.SyncPage, pagination.AsyncPage),
    (pagination.SyncCursorPage, pagination.AsyncCursorPage),
    (pagination.SyncConversationCursorPage, pagination.AsyncConversationCursorPage),
    (pagination.SyncNextCursorPage, pagination.AsyncNextCursorPage),
]


def public_names(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


@pytest.mark.parametrize(("sync_cls", "async_cls"), PAIRS, ids=lambda cls: cls.__name__)
def test_same_public_names(sync_cls: type, async_cls: type) -> None:
    assert public_names(sync_cls) == public_names(async_cls)


@pytest.mark.parametrize(
    ("sync_cls", "async_cls"),
    [(SyncAPIClient, AsyncAPIClient), (APIResponse, AsyncAPIResponse)],
    ids=["client", "response"],
)
def test_async_io_methods_are_coroutines_or_async_iterators(sync_cls: type, async_cls: type) -> None:
    for name in public_names(sync_cls):
        sync_attr = inspect.getattr_static(sync_cls, name)
        async_attr = inspect.getattr_static(async_cls, name)
        if sync_attr is async_attr or not inspect.isfunction(sync_attr):
            continue  # shared, non-I/O code of the common base class
        if name in {"get_api_list", "is_closed"}:
            continue  # returns a paginator / reads a flag: no I/O to await
        assert inspect.iscoroutinefunction(async_attr) or inspect.isasyncgenfunction(async_attr), name


@pytest.mark.parametrize(
    ("sync_cls", "async_cls", "sync_protocol", "async_protocol"),
    [
        (SyncAPIClient, AsyncAPIClient, "__enter__", "__aenter__"),
        (pagination.SyncCursorPage, pagination.AsyncCursorPage, "__iter__", "__aiter__"),
    ],
    ids=["context-manager", "iteration"],
)
def test_protocols_have_async_twins(sync_cls: type, async_cls: type, sync_protocol: str, async_protocol: str) -> None:
    assert sync_protocol in vars(sync_cls) or any(sync_protocol in vars(base) for base in sync_cls.__mro__[:-1])
    assert any(async_protocol in vars(base) for base in async_cls.__mro__[:-1])
