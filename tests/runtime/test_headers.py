"""Request headers: the documented set, order and merge rules (CONTRACT 2.1)."""

from __future__ import annotations

import platform

import httpx
import pytest

from openai import Omit, omit
from openai._version import __version__

from .conftest import API_KEY, Harness, json_response

EXPECTED_ORDER = [
    "accept",
    "content-type",
    "user-agent",
    "x-stainless-lang",
    "x-stainless-package-version",
    "x-stainless-os",
    "x-stainless-arch",
    "x-stainless-runtime",
    "x-stainless-runtime-version",
    "authorization",
    "x-stainless-async",
    "openai-organization",
    "openai-project",
    "x-custom",
    "x-extra",
    "x-stainless-retry-count",
    "x-stainless-read-timeout",
]


def ok(request: httpx.Request) -> httpx.Response:
    return json_response({"ok": True})


def sdk_header_names(request: httpx.Request) -> list[str]:
    # httpx adds its own transport headers (host, accept-encoding, connection, content-length) around ours.
    transport = {"host", "accept-encoding", "connection", "content-length"}
    return [name.decode().lower() for name, _ in request.headers.raw if name.decode().lower() not in transport]


async def test_headers_follow_documented_merge_order(harness: Harness) -> None:
    client = harness.client(ok, organization="org_1", project="proj_1", default_headers={"X-Custom": "c"})
    await harness.call(client.post("/things", cast_to=object, body={}, options={"headers": {"X-Extra": "e"}}))
    assert sdk_header_names(harness.requests[0]) == EXPECTED_ORDER


async def test_default_header_values(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.post("/things", cast_to=object, body={}))
    headers = harness.requests[0].headers
    assert headers["accept"] == "application/json"
    assert headers["content-type"] == "application/json"
    name = "AsyncOpenAI" if harness.is_async else "OpenAI"
    assert headers["user-agent"] == f"{name}/Python {__version__}"
    assert headers["x-stainless-lang"] == "python"
    assert headers["x-stainless-package-version"] == __version__
    assert headers["x-stainless-runtime"] == platform.python_implementation()
    assert headers["x-stainless-runtime-version"] == platform.python_version()
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["x-stainless-async"] == ("async:asyncio" if harness.is_async else "false")
    assert headers["x-stainless-retry-count"] == "0"
    assert headers["x-stainless-read-timeout"] == "600"
    assert "openai-organization" not in headers
    assert "openai-project" not in headers
    assert "idempotency-key" not in headers


async def test_get_requests_have_no_content_type_or_body(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.get("/things", cast_to=object))
    request = harness.requests[0]
    assert "content-type" not in request.headers
    assert request.content == b""


async def test_delete_without_body_keeps_json_content_type(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(client.delete("/things/1", cast_to=object))
    request = harness.requests[0]
    assert request.headers["content-type"] == "application/json"
    assert request.content == b""


async def test_default_headers_override_builtin_headers(harness: Harness) -> None:
    client = harness.client(ok, default_headers={"user-agent": "custom-agent", "Authorization": "Bearer other"})
    await harness.call(client.get("/things", cast_to=object))
    headers = harness.requests[0].headers
    assert headers["user-agent"] == "custom-agent"
    assert headers.get_list("authorization") == ["Bearer other"]


async def test_extra_headers_override_everything_and_omit_deletes(harness: Harness) -> None:
    client = harness.client(ok, default_headers={"X-Custom": "default"})
    await harness.call(
        client.get(
            "/things",
            cast_to=object,
            options={"headers": {"x-custom": "per-call", "Authorization": Omit(), "accept": "text/plain"}},
        )
    )
    headers = harness.requests[0].headers
    assert headers.get_list("x-custom") == ["per-call"]
    assert headers["accept"] == "text/plain"
    assert "authorization" not in headers


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [(12.5, "12.5"), (httpx.Timeout(3, read=7), "7"), (None, None)],
    ids=["float", "timeout-object", "none"],
)
async def test_read_timeout_header_follows_the_call_timeout(
    harness: Harness, timeout: float | httpx.Timeout | None, expected: str | None
) -> None:
    client = harness.client(ok)
    await harness.call(client.get("/things", cast_to=object, options={"timeout": timeout}))
    assert harness.requests[0].headers.get("x-stainless-read-timeout") == expected


async def test_caller_retry_count_and_read_timeout_headers_win(harness: Harness) -> None:
    client = harness.client(ok)
    await harness.call(
        client.get(
            "/things",
            cast_to=object,
            options={"headers": {"X-Stainless-Retry-Count": "42", "x-stainless-read-timeout": omit}},
        )
    )
    headers = harness.requests[0].headers
    assert headers["x-stainless-retry-count"] == "42"
    assert "x-stainless-read-timeout" not in headers


async def test_empty_api_key_sends_no_authorization(harness: Harness) -> None:
    client = harness.client(ok, api_key="", _enforce_credentials=False)
    await harness.call(client.get("/things", cast_to=object))
    assert "authorization" not in harness.requests[0].headers


async def test_custom_headers_env_is_merged_beneath_explicit_headers(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_CUSTOM_HEADERS", "X-From-Env: 1\nx-both: env\nnot a header line\n  X-Spaced :  v  ")
    client = harness.client(ok, default_headers={"X-Both": "explicit"})
    await harness.call(client.get("/things", cast_to=object))
    headers = harness.requests[0].headers
    assert headers["x-from-env"] == "1"
    assert headers.get_list("x-both") == ["explicit"]
    assert headers["x-spaced"] == "v"


async def test_non_string_header_value_is_rejected_with_its_name(harness: Harness) -> None:
    client = harness.client(ok)
    with pytest.raises(TypeError, match="X-Number"):
        await harness.call(client.get("/things", cast_to=object, options={"headers": {"X-Number": 3}}))  # type: ignore[dict-item]


async def test_reassigned_organization_takes_effect(harness: Harness) -> None:
    client = harness.client(ok, organization="org-1")
    await harness.call(client.get("/things", cast_to=object))
    client.organization = "org-2"
    client.project = "proj-2"
    await harness.call(client.get("/things", cast_to=object))
    assert harness.requests[0].headers["openai-organization"] == "org-1"
    assert "openai-project" not in harness.requests[0].headers
    assert harness.requests[1].headers["openai-organization"] == "org-2"
    assert harness.requests[1].headers["openai-project"] == "proj-2"
