# pyright: reportDeprecated=false
# (calls the deprecated Assistants/Videos APIs on purpose)

"""Deprecated methods warn when called (and only those), through a marker type checkers see as well.

The official SDK marks the Assistants API (`beta.assistants`, `beta.threads` and their helpers), the Videos API,
`files.retrieve_content` and `fine_tuning.checkpoints.permissions.retrieve` with `typing_extensions.deprecated`.
Everything runs against the built-in server.
"""

from __future__ import annotations

import warnings
from typing import Any, Iterator

import pytest

from openai import OpenAI, AsyncOpenAI
from openai.testing import Server

ASSISTANTS = "The Assistants API is deprecated in favor of the Responses API"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def _deprecation_messages(record: list[warnings.WarningMessage]) -> list[str]:
    return [str(w.message) for w in record if issubclass(w.category, DeprecationWarning)]


@pytest.mark.parametrize(
    "path",
    [
        "beta.assistants.create",
        "beta.threads.create",
        "beta.threads.create_and_run",
        "beta.threads.runs.create",
        "beta.threads.runs.create_and_poll",
        "beta.threads.runs.submit_tool_outputs_and_poll",
        "beta.threads.runs.poll",
        "beta.threads.runs.stream",
        "beta.threads.messages.list",
        "beta.threads.runs.steps.retrieve",
        "videos.create",
        "videos.poll",
        "videos.create_and_poll",
        "files.retrieve_content",
        "fine_tuning.checkpoints.permissions.retrieve",
    ],
)
def test_deprecated_methods_carry_the_marker(path: str) -> None:
    for client in (OpenAI(api_key="k", base_url="http://127.0.0.1:1"), AsyncOpenAI(api_key="k", base_url="http://x")):
        target: Any = client
        for part in path.split("."):
            target = getattr(target, part)
        assert getattr(target, "__deprecated__", None), f"{type(client).__name__}.{path}"


def test_not_deprecated_methods_carry_no_marker() -> None:
    client = OpenAI(api_key="k", base_url="http://127.0.0.1:1")
    for method in (
        client.chat.completions.create,
        client.responses.create,
        client.files.content,
        client.files.create,
        client.beta.threads.create_and_run_poll,
        client.fine_tuning.checkpoints.permissions.list,
    ):
        assert getattr(method, "__deprecated__", None) is None, method


def test_deprecated_call_warns_sync(server: Server) -> None:
    client = server.client()
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        assistant = client.beta.assistants.create(model="gpt-4o")
    assert assistant.model == "gpt-4o"
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        client.beta.assistants.with_raw_response.retrieve(assistant.id)


async def test_deprecated_call_warns_async(server: Server) -> None:
    client = server.async_client()
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        assistant = await client.beta.assistants.create(model="gpt-4o")
    with pytest.warns(DeprecationWarning, match="Assistants API is deprecated"):
        page = client.beta.assistants.list()
    assert assistant.id in [a.id async for a in page]


def test_not_deprecated_call_does_not_warn(server: Server) -> None:
    client = server.client()
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
        client.models.list()
    assert _deprecation_messages(record) == []


async def test_not_deprecated_async_call_does_not_warn(server: Server) -> None:
    client = server.async_client()
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    assert _deprecation_messages(record) == []


def test_helper_warns_once_not_per_inner_request(server: Server) -> None:
    client = server.client()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assistant = client.beta.assistants.create(model="gpt-4o")
        thread = client.beta.threads.create()
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    assert run.status == "completed"
    assert _deprecation_messages(record) == [ASSISTANTS]
    # the warning points at the caller's line, not into the package
    assert record[0].filename == __file__


async def test_async_helper_warns_once(server: Server) -> None:
    client = server.async_client()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        video = await client.videos.create(prompt="a cat")
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        done = await client.videos.poll(video.id, poll_interval_ms=1)
    assert done.status in ("completed", "failed")
    assert _deprecation_messages(record) == ["The Videos API is deprecated"]


def test_deprecation_is_an_error_under_strict_filters(server: Server) -> None:
    client = server.client()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        with pytest.raises(DeprecationWarning):
            client.files.retrieve_content("file-1")
        # a non-deprecated call under the same filter goes through
        assert client.models.list() is not None
