"""Client construction, environment, copies and lifecycle (CONTRACT 1)."""

from __future__ import annotations

import gc
import math
from typing import Any

import httpx
import pytest

import openai
from openai import (
    DEFAULT_TIMEOUT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_CONNECTION_LIMITS,
    Client,
    OpenAI,
    AsyncClient,
    AsyncOpenAI,
    OpenAIError,
    DefaultHttpxClient,
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
)
from openai._transports import AsyncPoolTransport
from openai._base_client import SyncHttpxClientWrapper, AsyncHttpxClientWrapper, make_request_options

from .conftest import API_KEY, Harness, json_response


def ok(request: httpx.Request) -> httpx.Response:
    return json_response({"ok": True})


def test_aliases() -> None:
    assert Client is OpenAI
    assert AsyncClient is AsyncOpenAI


async def test_missing_credentials(harness: Harness) -> None:
    with pytest.raises(OpenAIError, match=r"^Missing credentials\.") as info:
        harness.client_cls(base_url="http://h")
    assert "OPENAI_API_KEY" in str(info.value)
    assert "api_key" in str(info.value)


async def test_empty_api_key_counts_as_missing(harness: Harness) -> None:
    with pytest.raises(OpenAIError, match="Missing credentials"):
        harness.client_cls(api_key="")


async def test_enforce_credentials_false_allows_no_key(harness: Harness) -> None:
    client = harness.client_cls(_enforce_credentials=False)
    assert client.api_key == ""


async def test_environment_variables(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_ORG_ID", "env-org")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "env-proj")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", "env-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env-host/v2")
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "env-admin")
    client = harness.client_cls()
    assert client.api_key == "env-key"
    assert client.organization == "env-org"
    assert client.project == "env-proj"
    assert client.webhook_secret == "env-secret"
    assert client.admin_api_key == "env-admin"
    assert str(client.base_url) == "http://env-host/v2/"


async def test_explicit_arguments_win_over_environment(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env-host/v2")
    client = harness.client_cls(api_key="arg-key", base_url="http://arg-host")
    assert client.api_key == "arg-key"
    assert str(client.base_url) == "http://arg-host/"


async def test_admin_key_alone_is_a_credential(harness: Harness) -> None:
    client = harness.client(ok, api_key=None, admin_api_key="admin-key")
    options = make_request_options(security="admin")
    await harness.call(client.get("/organization/users", cast_to=object, options=options))
    assert harness.requests[0].headers["authorization"] == "Bearer admin-key"
    with pytest.raises(TypeError, match="api_key"):
        await harness.call(client.get("/models", cast_to=object))


async def test_admin_endpoint_without_admin_key_is_a_type_error(harness: Harness) -> None:
    client = harness.client(ok)
    with pytest.raises(TypeError, match="admin_api_key"):
        await harness.call(
            client.get("/organization/users", cast_to=object, options=make_request_options(security="admin"))
        )
    assert harness.requests == []


async def test_callable_api_key_is_invoked_per_call(harness: Harness) -> None:
    counter = {"n": 0}

    def sync_key() -> str:
        counter["n"] += 1
        return f"key-{counter['n']}"

    async def async_key() -> str:
        return sync_key()

    client = harness.client(ok, api_key=async_key if harness.is_async else sync_key)
    await harness.call(client.get("/a", cast_to=object))
    await harness.call(client.get("/b", cast_to=object))
    assert [r.headers["authorization"] for r in harness.requests] == ["Bearer key-1", "Bearer key-2"]


async def test_callable_api_key_must_return_a_string(harness: Harness) -> None:
    client = harness.client(ok, api_key=lambda: None)
    with pytest.raises(OpenAIError, match="api_key"):
        await harness.call(client.get("/a", cast_to=object))


async def test_max_retries_none_is_a_type_error(harness: Harness) -> None:
    with pytest.raises(TypeError, match="DEFAULT_MAX_RETRIES"):
        harness.client_cls(api_key=API_KEY, max_retries=None)  # type: ignore[arg-type]


async def test_wrong_http_client_kind_is_a_type_error(harness: Harness) -> None:
    wrong: Any = httpx.Client() if harness.is_async else httpx.AsyncClient()
    with pytest.raises(TypeError, match="^Invalid `http_client` argument"):
        harness.client_cls(api_key=API_KEY, http_client=wrong)


async def test_timeout_defaults_and_adoption_from_custom_client(harness: Harness) -> None:
    assert harness.client_cls(api_key=API_KEY).timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT == httpx.Timeout(600, connect=5.0)
    plain = harness.http_client(ok)
    assert harness.client_cls(api_key=API_KEY, http_client=plain).timeout == DEFAULT_TIMEOUT
    custom = harness.http_client(ok, timeout=harness.lib.Timeout(12))
    assert harness.client_cls(api_key=API_KEY, http_client=custom).timeout == harness.lib.Timeout(12)
    explicit = harness.client_cls(api_key=API_KEY, http_client=custom, timeout=3)
    assert explicit.timeout == 3


async def test_data_residency_selects_base_url(harness: Harness) -> None:
    assert str(harness.client_cls(api_key=API_KEY, data_residency="eu").base_url) == "https://eu.api.openai.com/v1/"
    assert str(harness.client_cls(api_key=API_KEY, data_residency="global").base_url) == "https://api.openai.com/v1/"
    with pytest.raises(ValueError, match="base_url"):
        harness.client_cls(api_key=API_KEY, data_residency="us", base_url="http://h")
    with pytest.raises(ValueError, match="websocket_base_url"):
        harness.client_cls(api_key=API_KEY, data_residency="us", websocket_base_url="wss://h")
    with pytest.raises(ValueError, match="data_residency"):
        harness.client_cls(api_key=API_KEY, data_residency="mars")  # type: ignore[arg-type]


async def test_default_base_url(harness: Harness) -> None:
    assert str(harness.client_cls(api_key=API_KEY).base_url) == "https://api.openai.com/v1/"


async def test_user_agent_and_default_headers_property(harness: Harness) -> None:
    client = harness.client_cls(api_key=API_KEY, organization="o")
    name = "AsyncOpenAI" if harness.is_async else "OpenAI"
    assert client.user_agent.startswith(f"{name}/Python ")
    headers = client.default_headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["OpenAI-Organization"] == "o"
    assert client.auth_headers == {"Authorization": f"Bearer {API_KEY}"}


# -- copies ------------------------------------------------------------------------------------------------------


async def test_copy_shares_the_connection_pool_and_inherits(harness: Harness) -> None:
    client = harness.client(ok, organization="org", max_retries=5, timeout=7, _strict_response_validation=True)
    copy = client.with_options(project="proj")
    assert type(copy) is type(client)
    assert copy._client is client._client
    assert (copy.api_key, copy.organization, copy.project) == (API_KEY, "org", "proj")
    assert (copy.max_retries, copy.timeout) == (5, 7)
    assert copy._strict_response_validation is False
    assert OpenAI.with_options is OpenAI.copy and AsyncOpenAI.with_options is AsyncOpenAI.copy


async def test_copy_with_empty_strings_inherits(harness: Harness) -> None:
    client = harness.client(ok, organization="org")
    copy = client.copy(api_key="", organization="")
    assert (copy.api_key, copy.organization) == (API_KEY, "org")


async def test_copy_overrides(harness: Harness) -> None:
    client = harness.client(ok)
    copy = client.copy(api_key="other", base_url="http://other/v9", max_retries=0, timeout=None)
    assert (copy.api_key, str(copy.base_url), copy.max_retries, copy.timeout) == ("other", "http://other/v9/", 0, None)


async def test_copy_default_headers_merge_and_set_replace(harness: Harness) -> None:
    client = harness.client(ok, default_headers={"A": "1", "B": "2"}, default_query={"q": "1"})
    assert client.copy(default_headers={"B": "3"})._custom_headers == {"A": "1", "B": "3"}
    assert client.copy(set_default_headers={"C": "4"})._custom_headers == {"C": "4"}
    assert client.copy(default_query={"r": "2"})._custom_query == {"q": "1", "r": "2"}
    assert client.copy(set_default_query={"s": "3"})._custom_query == {"s": "3"}
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_headers={}, set_default_headers={})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_query={}, set_default_query={})


async def test_copy_with_new_data_residency_resets_urls(harness: Harness) -> None:
    client = harness.client(ok, base_url="http://custom/v1")
    copy = client.copy(data_residency="us")
    assert str(copy.base_url) == "https://us.api.openai.com/v1/"


async def test_copy_requests_use_the_shared_transport(harness: Harness) -> None:
    client = harness.client(ok)
    copy = client.with_options(default_headers={"X-Copy": "1"})
    await harness.call(copy.get("/x", cast_to=object))
    assert harness.requests[0].headers["x-copy"] == "1"


# -- lifecycle ---------------------------------------------------------------------------------------------------


async def test_close_and_is_closed(harness: Harness) -> None:
    client = harness.client(ok)
    copy = client.copy()
    assert not client.is_closed()
    await harness.close(copy)
    assert client.is_closed() and copy.is_closed()


def test_sync_context_manager_closes_user_client() -> None:
    http_client = httpx.Client()
    with OpenAI(api_key=API_KEY, http_client=http_client) as client:
        assert not client.is_closed()
    assert http_client.is_closed


async def test_async_context_manager_closes() -> None:
    async with AsyncOpenAI(api_key=API_KEY) as client:
        assert not client.is_closed()
    assert client.is_closed()


def test_default_http_client_is_created_with_sdk_defaults() -> None:
    client = OpenAI(api_key=API_KEY)
    assert isinstance(client._client, SyncHttpxClientWrapper)
    assert client._client.follow_redirects is True
    assert client._client.timeout == DEFAULT_TIMEOUT
    async_client = AsyncOpenAI(api_key=API_KEY)
    assert isinstance(async_client._client, AsyncHttpxClientWrapper)
    client.close()


class _RecordingTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    def close(self) -> None:
        self.closed = True


def test_sdk_owned_client_closes_on_garbage_collection() -> None:
    transport = _RecordingTransport()
    http_client = SyncHttpxClientWrapper(transport=transport)
    del http_client
    gc.collect()
    assert transport.closed


@pytest.mark.parametrize("cls", [DefaultHttpxClient, DefaultAsyncHttpxClient])
def test_default_httpx_clients(cls: Any) -> None:
    client = cls()
    assert client.timeout == DEFAULT_TIMEOUT
    assert client.follow_redirects is True
    transport = client._transport
    if isinstance(transport, AsyncPoolTransport):
        assert transport.limits == DEFAULT_CONNECTION_LIMITS
    else:
        assert transport._pool._max_connections == DEFAULT_CONNECTION_LIMITS.max_connections
    overridden = cls(follow_redirects=False, timeout=3)
    assert overridden.follow_redirects is False
    assert overridden.timeout == httpx.Timeout(3)


def test_default_aiohttp_client_runs_on_aiohttp() -> None:
    import httpx_aiohttp

    client = DefaultAioHttpClient()
    assert isinstance(client._transport, httpx_aiohttp.AiohttpTransport)
    assert client.follow_redirects is True


def test_default_aiohttp_client_without_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)
    with pytest.raises(RuntimeError, match="aiohttp"):
        DefaultAioHttpClient()


def test_httpx2_factories() -> None:
    import httpx2

    client = openai.DefaultHttpx2Client()
    assert isinstance(client, httpx2.Client)
    assert client.follow_redirects is True
    async_client = openai.DefaultAsyncHttpx2Client(follow_redirects=False)
    assert isinstance(async_client, httpx2.AsyncClient)
    assert async_client.follow_redirects is False


def test_constants() -> None:
    assert DEFAULT_MAX_RETRIES == 2
    assert DEFAULT_CONNECTION_LIMITS.max_keepalive_connections == 100
    assert math.isclose(DEFAULT_TIMEOUT.connect or 0, 5.0)


# -- secrets in reprs --------------------------------------------------------------------------------------------


async def test_request_options_repr_redacts_credentials(harness: Harness) -> None:
    from openai._request_options import FinalRequestOptions

    options = FinalRequestOptions(
        method="get", url="/x", headers={"Authorization": "Bearer sk-secret", "api-key": "k-secret"}
    )
    text = repr(options)
    assert "sk-secret" not in text and "k-secret" not in text
    assert "<redacted>" in text


async def test_client_repr_does_not_show_the_key(harness: Harness) -> None:
    client = harness.client(ok)
    assert API_KEY not in repr(client)
    assert API_KEY not in str(client)
