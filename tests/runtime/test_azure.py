"""Azure clients (CONTRACT 11): configuration, URL building, deployment routing and per-call credentials."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from openai import OpenAIError
from openai.lib.azure import AzureOpenAI, AsyncAzureOpenAI, MutuallyExclusiveAuthError
from openai._base_client import make_request_options

from .conftest import Harness, json_response

ENDPOINT = "https://example-resource.azure.openai.com"


def ok(request: httpx.Request) -> httpx.Response:
    return json_response({"ok": True})


def azure(harness: Harness, **kwargs: Any) -> Any:
    cls = AsyncAzureOpenAI if harness.is_async else AzureOpenAI
    kwargs.setdefault("api_version", "2024-10-21")
    if "base_url" not in kwargs:
        kwargs.setdefault("azure_endpoint", ENDPOINT)
    kwargs.setdefault("http_client", harness.http_client(ok))
    client = cls(**kwargs)
    harness.patch_sleep(client)
    return client


async def test_base_url_and_api_version_query(harness: Harness) -> None:
    client = azure(harness, api_key="k", default_query={"api-version": "ignored", "other": "1"})
    assert str(client.base_url) == f"{ENDPOINT}/openai/"
    await harness.call(client.get("/models", cast_to=object))
    assert str(harness.requests[0].url) == f"{ENDPOINT}/openai/models?api-version=2024-10-21&other=1"


async def test_api_key_header_only(harness: Harness) -> None:
    client = azure(harness, api_key="azure-key")
    await harness.call(client.get("/models", cast_to=object))
    headers = harness.requests[0].headers
    assert headers["api-key"] == "azure-key"
    assert "authorization" not in headers
    assert headers["user-agent"].startswith("AsyncAzureOpenAI/Python" if harness.is_async else "AzureOpenAI/Python")


async def test_static_ad_token_is_a_bearer_header(harness: Harness) -> None:
    client = azure(harness, azure_ad_token="ad-token")
    await harness.call(client.get("/models", cast_to=object))
    headers = harness.requests[0].headers
    assert headers["authorization"] == "Bearer ad-token"
    assert "api-key" not in headers


async def test_token_provider_is_called_per_call(harness: Harness) -> None:
    calls: list[int] = []

    def sync_provider() -> str:
        calls.append(1)
        return f"tok-{len(calls)}"

    async def async_provider() -> str:
        return sync_provider()

    client = azure(harness, azure_ad_token_provider=async_provider if harness.is_async else sync_provider)
    await harness.call(client.get("/a", cast_to=object))
    await harness.call(client.get("/b", cast_to=object))
    assert [r.headers["authorization"] for r in harness.requests] == ["Bearer tok-1", "Bearer tok-2"]


async def test_token_provider_returning_nothing_is_a_value_error(harness: Harness) -> None:
    client = azure(harness, azure_ad_token_provider=lambda: "")
    with pytest.raises(ValueError, match="azure_ad_token_provider"):
        await harness.call(client.get("/a", cast_to=object))


async def test_caller_authorization_header_wins(harness: Harness) -> None:
    client = azure(harness, azure_ad_token="ad-token")
    options = make_request_options(extra_headers={"Authorization": "Bearer mine"})
    await harness.call(client.get("/a", cast_to=object, options=options))
    assert harness.requests[0].headers.get_list("authorization") == ["Bearer mine"]


@pytest.mark.parametrize(
    "path",
    [
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
    ],
)
async def test_model_endpoints_route_to_the_deployment(harness: Harness, path: str) -> None:
    client = azure(harness, api_key="k")
    await harness.call(client.post(path, cast_to=object, body={"model": "my-deployment", "x": 1}))
    assert harness.requests[0].url.path == f"/openai/deployments/my-deployment{path}"


async def test_other_endpoints_are_not_rewritten(harness: Harness) -> None:
    client = azure(harness, api_key="k")
    await harness.call(client.post("/files", cast_to=object, body={"model": "m"}))
    assert harness.requests[0].url.path == "/openai/files"


async def test_client_level_deployment(harness: Harness) -> None:
    client = azure(harness, api_key="k", azure_deployment="dep")
    assert str(client.base_url) == f"{ENDPOINT}/openai/deployments/dep/"
    await harness.call(client.post("/chat/completions", cast_to=object, body={"model": "other"}))
    await harness.call(client.get("/files", cast_to=object))
    assert harness.requests[0].url.path == "/openai/deployments/dep/chat/completions"
    assert str(harness.requests[1].url) == f"{ENDPOINT}/openai/files?api-version=2024-10-21"


async def test_configuration_errors(harness: Harness) -> None:
    with pytest.raises(OpenAIError, match="^Missing credentials"):
        azure(harness)
    with pytest.raises(ValueError, match="api_version"):
        azure(harness, api_key="k", api_version=None)
    with pytest.raises(ValueError, match="azure_endpoint"):
        azure(harness, api_key="k", azure_endpoint=None)
    with pytest.raises(ValueError, match="mutually exclusive"):
        azure(harness, api_key="k", base_url="http://h", azure_endpoint=ENDPOINT)
    with pytest.raises(MutuallyExclusiveAuthError):
        azure(harness, api_key="k", azure_ad_token="t")


async def test_environment(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_API_VERSION", "env-version")
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://env.azure.com/")
    client = azure(harness, api_version=None, azure_endpoint=None)
    assert client.api_key == "env-key"
    assert str(client.base_url) == "https://env.azure.com/openai/"
    await harness.call(client.get("/models", cast_to=object))
    assert harness.requests[0].url.params["api-version"] == "env-version"


async def test_copy_inherits_azure_options(harness: Harness) -> None:
    client = azure(harness, azure_ad_token="ad-token", azure_deployment="dep")
    copy = client.with_options(max_retries=0, api_version="2025-01-01")
    assert copy._client is client._client
    await harness.call(copy.get("/files", cast_to=object))
    request = harness.requests[0]
    assert request.headers["authorization"] == "Bearer ad-token"
    assert str(request.url) == f"{ENDPOINT}/openai/files?api-version=2025-01-01"
    replaced = client.copy(api_key="new-key")
    await harness.call(replaced.get("/files", cast_to=object))
    assert harness.requests[1].headers["api-key"] == "new-key"
    assert "authorization" not in harness.requests[1].headers


async def test_api_key_is_dropped_when_a_redirect_leaves_the_origin(harness: Harness) -> None:
    from openai._http_clients import SyncHttpxClientWrapper, AsyncHttpxClientWrapper

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "example-resource.azure.openai.com":
            if request.url.path.endswith("/same"):
                return httpx.Response(307, headers={"location": f"{ENDPOINT}/openai/moved"})
            return httpx.Response(307, headers={"location": "https://elsewhere.example/landing"})
        return json_response({"ok": True})

    def moved_or_ok(request: httpx.Request) -> httpx.Response:
        harness.requests.append(request)
        if request.url.path == "/openai/moved":
            return json_response({"ok": True})
        return handler(request)

    wrapper_cls = AsyncHttpxClientWrapper if harness.is_async else SyncHttpxClientWrapper
    http_client = wrapper_cls(transport=httpx.MockTransport(moved_or_ok))
    client = azure(harness, api_key="secret-key", http_client=http_client)
    await harness.call(client.get("/files", cast_to=object))
    assert [r.url.host for r in harness.requests] == ["example-resource.azure.openai.com", "elsewhere.example"]
    assert harness.requests[0].headers["api-key"] == "secret-key"
    assert "api-key" not in harness.requests[1].headers

    harness.requests.clear()
    await harness.call(client.get("/same", cast_to=object))
    assert [r.url.path for r in harness.requests] == ["/openai/same", "/openai/moved"]
    assert harness.requests[1].headers["api-key"] == "secret-key"
