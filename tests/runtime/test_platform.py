"""Platform detection for the `X-Stainless-OS` / `X-Stainless-Arch` headers."""

from __future__ import annotations

import platform
from typing import Iterator

import pytest

from openai import _platform
from openai._platform import get_platform, get_architecture, async_library_header


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    get_platform.cache_clear()
    get_architecture.cache_clear()
    yield
    get_platform.cache_clear()
    get_architecture.cache_clear()


@pytest.mark.parametrize(
    ("system", "platform_string", "expected"),
    [
        ("Darwin", "macOS-14.0-arm64", "MacOS"),
        ("Windows", "Windows-10", "Windows"),
        ("Linux", "Linux-6.1-x86_64", "Linux"),
        ("Linux", "Linux-4.14-android-aarch64", "Android"),
        ("FreeBSD", "FreeBSD-14", "FreeBSD"),
        ("OpenBSD", "OpenBSD-7", "OpenBSD"),
        ("SunOS", "SunOS-5.11", "Other:sunos"),
        ("", "", "Unknown"),
    ],
)
def test_operating_system(monkeypatch: pytest.MonkeyPatch, system: str, platform_string: str, expected: str) -> None:
    monkeypatch.setattr(platform, "system", lambda: system)
    monkeypatch.setattr(platform, "platform", lambda: platform_string)
    assert get_platform() == expected


def test_operating_system_detection_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise OSError("no uname")

    monkeypatch.setattr(platform, "system", broken)
    assert get_platform() == "Unknown"


@pytest.mark.parametrize(
    ("machine", "expected"),
    [
        ("x86_64", "x64"),
        ("AMD64", "x64"),
        ("aarch64", "arm64"),
        ("arm64", "arm64"),
        ("armv7l", "arm"),
        ("i686", "x32"),
        ("riscv64", "other:riscv64"),
        ("", "unknown"),
    ],
)
def test_architecture(monkeypatch: pytest.MonkeyPatch, machine: str, expected: str) -> None:
    monkeypatch.setattr(platform, "machine", lambda: machine)
    assert get_architecture() == expected


def test_platform_headers_are_copies() -> None:
    first = _platform.platform_headers("1.0")
    first["X-Stainless-Lang"] = "changed"
    assert _platform.platform_headers("1.0")["X-Stainless-Lang"] == "python"


def test_async_library_header_outside_an_event_loop() -> None:
    assert async_library_header() == "async:false"


async def test_async_library_header_inside_asyncio() -> None:
    assert async_library_header() == "async:asyncio"


def test_async_library_header_inside_trio() -> None:
    import trio

    async def probe() -> str:
        return async_library_header()

    assert trio.run(probe) == "async:trio"


def test_async_client_runs_under_trio() -> None:
    import trio
    import httpx

    from openai import AsyncOpenAI, RetryPolicy

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500 if len(seen) == 1 else 200, json={"ok": True})

    async def main() -> object:
        client = AsyncOpenAI(
            api_key="k",
            base_url="http://h/v1",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
            retry_policy=RetryPolicy(initial_delay=0.0),  # the retry's sleep runs on trio, without waiting
        )
        async with client:
            return await client.get("/x", cast_to=object)

    assert trio.run(main) == {"ok": True}
    assert [r.headers["x-stainless-async"] for r in seen] == ["async:trio", "async:trio"]
