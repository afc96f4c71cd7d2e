"""Every method of the public surface (`surface-methods.tsv`, via `surface_methods.txt`) exists on both clients.

Generated methods (`api` rows) and hand-written helpers provided by mixins (`helper` rows) are checked in
separate tests so a missing helper does not hide a missing generated method, and vice versa.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from openai import OpenAI, AsyncOpenAI

DATA = Path(__file__).with_name("surface_methods.txt")


def _rows(kind: str) -> list[str]:
    rows: list[str] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        row_kind, _, path = line.partition("\t")
        if row_kind not in ("api", "helper"):
            raise ValueError(f"{DATA.name}: unknown row kind {row_kind!r} in {line!r}")
        if row_kind == kind:
            rows.append(path)
    return rows


def _resolve(root: object, dotted: str) -> object:
    target = root
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


def _missing(client: object, paths: list[str]) -> list[str]:
    missing: list[str] = []
    for path in paths:
        try:
            target = _resolve(client, path)
        except AttributeError:
            missing.append(path)
            continue
        if not callable(target):
            missing.append(f"{path} (not callable)")
    return missing


@pytest.fixture(scope="module")
def clients() -> tuple[OpenAI, AsyncOpenAI]:
    return OpenAI(api_key="test", base_url="http://127.0.0.1:9"), AsyncOpenAI(
        api_key="test", base_url="http://127.0.0.1:9"
    )


def test_surface_table_is_complete() -> None:
    api, helpers = _rows("api"), _rows("helper")
    assert len(api) == 290, "every operation of the spec has a row (files.content and retrieve_content share one)"
    assert len(set(api)) == len(api)
    assert helpers, "the surface lists hand-written helpers"


def test_every_generated_method_resolves_on_both_clients(clients: tuple[OpenAI, AsyncOpenAI]) -> None:
    sync_client, async_client = clients
    paths = _rows("api")
    assert _missing(sync_client, paths) == []
    assert _missing(async_client, paths) == []


def test_generated_async_methods_are_coroutines_or_paginators(clients: tuple[OpenAI, AsyncOpenAI]) -> None:
    _, async_client = clients
    not_async: list[str] = []
    for path in _rows("api"):
        method = _resolve(async_client, path)
        assert callable(method)
        returns = str(inspect.signature(method).return_annotation)
        # Deprecated methods are wrapped by `typing_extensions.deprecated`; before Python 3.12 the wrapper is only
        # marked for `asyncio.iscoroutinefunction`, so look through it.
        if not inspect.iscoroutinefunction(inspect.unwrap(method)) and not returns.startswith("AsyncPaginator["):
            not_async.append(path)
    assert not_async == []


def test_every_helper_method_resolves_on_both_clients(clients: tuple[OpenAI, AsyncOpenAI]) -> None:
    sync_client, async_client = clients
    paths = _rows("helper")
    assert _missing(sync_client, paths) == []
    assert _missing(async_client, paths) == []
