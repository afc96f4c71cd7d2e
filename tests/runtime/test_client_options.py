"""The official keyword arguments of the client classes and the core verbs, checked by their effect on the wire.

`copy()` / `with_options()` carry every option; `qs` is the query encoder the client really uses; `post/put/
patch/delete(content=...)` send raw bytes; `Stream(options=...)` reads per-call settings from the options;
Azure's `admin_api_key` / `workload_identity` / callable `api_key` / `_enforce_credentials` take effect.
"""

from __future__ import annotations

import io
import json
from typing import Any, Iterator, AsyncIterator
from urllib.parse import parse_qs

import httpx
import pytest

import openai
from openai import OpenAI, Stream, AsyncStream, OpenAIError, RetryPolicy, WebSocketConnectionClosedError
from openai._qs import Querystring
from openai.auth import WorkloadIdentityAuth
from openai.lib.azure import AzureOpenAI, AsyncAzureOpenAI, MutuallyExclusiveAuthError
from openai.providers import bedrock
from openai._base_client import FinalRequestOptions

from .conftest import API_KEY, Harness, json_response

ENDPOINT = "https://example-resource.azure.openai.com"


def ok(request: httpx.Request) -> httpx.Response:
    return json_response({"ok": True})


def token_server(request: httpx.Request) -> httpx.Response:
    assert parse_qs(request.content.decode())["client_id"] == ["wi-client"]
    return httpx.Response(200, json={"access_token": "exchanged-token", "expires_in": 3600})


def workload() -> WorkloadIdentityAuth:
    identity: Any = {
        "client_id": "wi-client",
        "provider": {"token_type": "urn:ietf:params:oauth:token-type:jwt", "get_token": lambda: "subject-jwt"},
    }
    return WorkloadIdentityAuth(identity, http_client=httpx.Client(transport=httpx.MockTransport(token_server)))


# ---- copy() / with_options() ----------------------------------------------------------------------------------


async def test_copy_carries_and_overrides_every_wire_option(harness: Harness) -> None:
    client = harness.client(
        ok,
        organization="org-1",
        project="proj-1",
        default_headers={"X-Base": "1"},
        default_query={"q": "1"},
    )
    copy = client.with_options(
        api_key="sk-new",
        organization="org-2",
        project="proj-2",
        default_headers={"X-Added": "2"},
        default_query={"r": "2"},
        timeout=12.5,
        max_retries=0,
    )
    await harness.call(copy.get("/models", cast_to=object))
    request = harness.requests[-1]
    assert request.headers["authorization"] == "Bearer sk-new"
    assert request.headers["openai-organization"] == "org-2"
    assert request.headers["openai-project"] == "proj-2"
    assert request.headers["x-base"] == "1" and request.headers["x-added"] == "2"
    assert request.headers["x-stainless-read-timeout"] == "12.5"
    assert parse_qs(request.url.query.decode()) == {"q": ["1"], "r": ["2"]}

    replaced = client.copy(set_default_headers={"X-Only": "3"}, set_default_query={"s": "3"})
    await harness.call(replaced.get("/models", cast_to=object))
    request = harness.requests[-1]
    assert "x-base" not in request.headers and request.headers["x-only"] == "3"
    assert parse_qs(request.url.query.decode()) == {"s": ["3"]}
    # Not given: inherited.
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["openai-organization"] == "org-1"


async def test_copy_base_url_and_websocket_url(harness: Harness) -> None:
    client = harness.client(ok)
    inherited = client.with_options(timeout=3)
    assert str(inherited.base_url) == str(client.base_url)
    inherited_none = client.with_options(base_url=None)
    assert str(inherited_none.base_url) == str(client.base_url)
    moved = client.with_options(base_url="http://other.test/v2", websocket_base_url="wss://ws.test/v1")
    await harness.call(moved.get("/models", cast_to=object))
    assert str(harness.requests[-1].url) == "http://other.test/v2/models"
    assert moved.websocket_base_url == "wss://ws.test/v1"


async def test_copy_data_residency_picks_the_regional_url(harness: Harness) -> None:
    client = harness.client(ok)
    eu = client.with_options(data_residency="eu")
    await harness.call(eu.get("/models", cast_to=object))
    assert str(harness.requests[-1].url) == "https://eu.api.openai.com/v1/models"


async def test_copy_admin_api_key_authenticates_admin_endpoints(harness: Harness) -> None:
    client = harness.client(ok)
    admin = client.with_options(admin_api_key="admin-key")
    await harness.call(admin.admin.organization.usage.completions(start_time=0))
    assert harness.requests[-1].headers["authorization"] == "Bearer admin-key"
    await harness.call(admin.models.list())
    assert harness.requests[-1].headers["authorization"] == f"Bearer {API_KEY}"


async def test_copy_workload_identity_sends_the_exchanged_token(harness: Harness) -> None:
    client = harness.client(ok, api_key=None, admin_api_key="adm")
    copy = client.with_options(workload_identity=workload())
    await harness.call(copy.models.list())
    assert harness.requests[-1].headers["authorization"] == "Bearer exchanged-token"


async def test_copy_provider_not_given_keeps_none_removes(harness: Harness) -> None:
    provider = bedrock("us-east-1", api_key="bedrock-key")
    client = harness.client(ok, api_key=None, base_url=openai.NOT_GIVEN, provider=provider)
    kept = client.with_options(max_retries=0)
    await harness.call(kept.models.list())
    assert harness.requests[-1].url.host == "bedrock-runtime.us-east-1.amazonaws.com"
    assert harness.requests[-1].headers["authorization"] == "Bearer bedrock-key"

    back = client.with_options(provider=None, api_key="sk-openai")
    await harness.call(back.models.list())
    assert str(harness.requests[-1].url) == "https://api.openai.com/v1/models"
    assert harness.requests[-1].headers["authorization"] == "Bearer sk-openai"


async def test_copy_enforce_credentials(harness: Harness) -> None:
    client = harness.client(ok, api_key="", _enforce_credentials=False)
    relaxed = client.with_options(timeout=5)  # inherited: still allowed without a key
    await harness.call(relaxed.models.list())
    assert "authorization" not in harness.requests[-1].headers
    with pytest.raises(OpenAIError, match="Missing credentials"):
        client.with_options(_enforce_credentials=True)


async def test_copy_keeps_policies_and_http_client(harness: Harness) -> None:
    policy = RetryPolicy(max_retries=4)
    client = harness.client(ok, retry_policy=policy, deadline=30.0)
    copy = client.with_options(webhook_secret="whsec", wait_for_rate_limits=True)
    assert copy._client is client._client
    assert copy.retry_policy is policy and copy.deadline == 30.0
    assert copy.webhook_secret == "whsec" and copy.wait_for_rate_limits is True
    other_http = harness.http_client(ok)
    assert client.with_options(http_client=other_http)._client is other_http


def test_copy_rejects_conflicting_pairs() -> None:
    client = OpenAI(api_key="k")
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})
    with pytest.raises(ValueError, match="mutually exclusive"):
        client.copy(default_query={"a": "1"}, set_default_query={"b": "2"})


# ---- qs -------------------------------------------------------------------------------------------------------


def test_qs_stringify() -> None:
    client = OpenAI(api_key="k")
    assert isinstance(client.qs, Querystring)
    assert client.qs.stringify({"a": [1, 2], "b": {"c": True}, "d": None}) == "a%5B%5D=1&a%5B%5D=2&b%5Bc%5D=true"


async def test_qs_encodes_the_query_the_client_sends(harness: Harness) -> None:
    class CommaQueries(harness.client_cls):  # type: ignore[name-defined,misc]
        @property
        def qs(self) -> Querystring:
            return Querystring(array_format="comma")

    client: Any = CommaQueries(api_key="k", base_url="http://testserver/v1", http_client=harness.http_client(ok))
    await harness.call(client.get("/items", cast_to=object, options={"params": {"ids": ["a", "b"]}}))
    assert harness.requests[-1].url.query.decode() == "ids=a%2Cb"


# ---- content= ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["post", "put", "patch", "delete"])
async def test_content_sends_the_bytes(harness: Harness, verb: str) -> None:
    client = harness.client(ok)
    method = getattr(client, verb)
    result = await harness.call(
        method(
            "/x",
            content=b"\x00raw bytes",
            cast_to=httpx.Response,
            options={"headers": {"Content-Type": "application/octet-stream"}},
        )
    )
    request = harness.requests[-1]
    assert request.method == verb.upper()
    assert request.content == b"\x00raw bytes"
    assert request.headers["content-type"] == "application/octet-stream"
    assert result.status_code == 200


async def test_content_from_a_file_survives_a_retry(harness: Harness) -> None:
    responses = iter([httpx.Response(500), json_response({"ok": True})])
    client = harness.client(lambda request: next(responses))
    await harness.call(client.post("/upload", content=io.BytesIO(b"file body"), cast_to=object))
    assert [r.content for r in harness.requests] == [b"file body", b"file body"]


def test_content_from_an_iterable_is_streamed() -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return json_response({})

    def chunks() -> Iterator[bytes]:
        yield b"part-1,"
        yield b"part-2"

    client = OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.post("/x", content=chunks(), cast_to=object)
    assert seen == [b"part-1,part-2"]


async def test_async_content_from_an_async_iterable() -> None:
    seen: list[bytes] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(await request.aread())
        return json_response({})

    async def chunks() -> AsyncIterator[bytes]:
        yield b"a"
        yield b"b"

    client = openai.AsyncOpenAI(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    await client.post("/x", content=chunks(), cast_to=object)
    assert seen == [b"ab"]


def test_content_and_body_are_exclusive() -> None:
    client = OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(ok)))
    with pytest.raises(TypeError, match="content"):
        client.post("/x", content=b"a", body={"b": 1}, cast_to=object)


# ---- Stream(options=) -----------------------------------------------------------------------------------------


def sse_response(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b'event: thing.created\ndata: {"x": 1}\n\n', request=request)


def test_stream_takes_the_request_options() -> None:
    client = OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(sse_response)))
    response = client._client.send(client._client.build_request("GET", "https://api.test/events"), stream=True)
    plain = Stream(cast_to=object, response=response, client=client, options=None)
    assert list(plain) == [{"x": 1}]

    response = client._client.send(client._client.build_request("GET", "https://api.test/events"), stream=True)
    options = FinalRequestOptions(method="get", url="/events", synthesize_event_and_data=True)
    synthesized = Stream(cast_to=object, response=response, client=client, options=options)
    assert list(synthesized) == [{"event": "thing.created", "data": {"x": 1}}]


async def test_async_stream_takes_the_request_options() -> None:
    client = openai.AsyncOpenAI(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(sse_response)))
    request = client._client.build_request("GET", "https://api.test/events")
    response = await client._client.send(request, stream=True)
    options = FinalRequestOptions(method="get", url="/events", synthesize_event_and_data=True)
    stream = AsyncStream(cast_to=object, response=response, client=client, options=options)
    assert [item async for item in stream] == [{"event": "thing.created", "data": {"x": 1}}]


# ---- errors and stream state ----------------------------------------------------------------------------------


def test_websocket_closed_error_keeps_unsent_messages() -> None:
    error = WebSocketConnectionClosedError("closed while reconnecting", unsent_messages=['{"type": "a"}'])
    assert str(error) == "closed while reconnecting"
    assert error.unsent_messages == ['{"type": "a"}']
    assert WebSocketConnectionClosedError("closed").unsent_messages == []


def test_response_stream_state_accumulate_event() -> None:
    from openai.types.responses import ResponseCreatedEvent, ResponseTextDeltaEvent
    from openai.lib.streaming.responses._responses import ResponseStreamState

    state: ResponseStreamState[Any] = ResponseStreamState(input_tools=openai.omit, text_format=openai.omit)
    text_part: dict[str, Any] = {"type": "output_text", "text": "", "annotations": []}
    message: dict[str, Any] = {
        "type": "message",
        "id": "msg_1",
        "role": "assistant",
        "status": "in_progress",
        "content": [text_part],
    }
    response: dict[str, Any] = {
        "id": "resp_1",
        "object": "response",
        "created_at": 0,
        "model": "m",
        "status": "in_progress",
        "output": [message],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        **dict.fromkeys(["metadata", "temperature", "top_p", "error", "incomplete_details", "instructions"]),
    }
    created = ResponseCreatedEvent.model_validate(
        {"type": "response.created", "response": response, "sequence_number": 0}
    )
    snapshot = state.accumulate_event(created)
    assert snapshot.id == "resp_1"
    delta = ResponseTextDeltaEvent.model_validate(
        {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": "Hel",
            "logprobs": [],
            "sequence_number": 1,
        }
    )
    snapshot = state.accumulate_event(delta)
    assert json.loads(snapshot.model_dump_json())["output"][0]["content"][0]["text"] == "Hel"


# ---- Azure ------------------------------------------------------------------------------------------------------


def azure(harness: Harness, **kwargs: Any) -> Any:
    cls = AsyncAzureOpenAI if harness.is_async else AzureOpenAI
    kwargs.setdefault("api_version", "2024-10-21")
    kwargs.setdefault("azure_endpoint", ENDPOINT)
    kwargs.setdefault("http_client", harness.http_client(ok))
    return cls(**kwargs)


async def test_azure_callable_api_key_is_called_per_request(harness: Harness) -> None:
    keys = iter(["key-1", "key-2"])

    def sync_key() -> str:
        return next(keys)

    async def async_key() -> str:
        return next(keys)

    client = azure(harness, api_key=async_key if harness.is_async else sync_key)
    await harness.call(client.models.list())
    await harness.call(client.models.list())
    assert [r.headers["api-key"] for r in harness.requests] == ["key-1", "key-2"]
    assert "authorization" not in harness.requests[0].headers


async def test_azure_admin_api_key(harness: Harness) -> None:
    client = azure(harness, api_key="azure-key", admin_api_key="admin-key")
    await harness.call(client.admin.organization.usage.completions(start_time=0))
    assert harness.requests[-1].headers["authorization"] == "Bearer admin-key"
    await harness.call(client.models.list())
    assert harness.requests[-1].headers["api-key"] == "azure-key"


async def test_azure_workload_identity(harness: Harness) -> None:
    client = azure(harness, workload_identity=workload())
    await harness.call(client.models.list())
    assert harness.requests[-1].headers["authorization"] == "Bearer exchanged-token"
    assert "api-key" not in harness.requests[-1].headers
    with pytest.raises(MutuallyExclusiveAuthError):
        azure(harness, api_key="k", workload_identity=workload())
    # A new credential in a copy replaces the workload identity.
    keyed = client.with_options(api_key="azure-key")
    await harness.call(keyed.models.list())
    assert harness.requests[-1].headers["api-key"] == "azure-key"


async def test_azure_enforce_credentials(harness: Harness) -> None:
    with pytest.raises(OpenAIError, match="Missing credentials"):
        azure(harness)
    client = azure(harness, _enforce_credentials=False)
    await harness.call(client.models.list())
    assert "api-key" not in harness.requests[-1].headers
    assert "authorization" not in harness.requests[-1].headers
    with pytest.raises(OpenAIError, match="Missing credentials"):
        client.with_options(_enforce_credentials=True)


def test_azure_copy_rejects_openai_only_options() -> None:
    client = AzureOpenAI(api_key="k", api_version="2024-10-21", azure_endpoint=ENDPOINT)
    with pytest.raises(OpenAIError, match="provider"):
        client.with_options(provider=bedrock("us-east-1", api_key="b"))
    with pytest.raises(OpenAIError, match="data_residency"):
        client.with_options(data_residency="eu")
    assert client.with_options(provider=None).api_key == "k"
