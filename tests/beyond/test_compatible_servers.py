"""The SDK against OpenAI-compatible servers (`openai.testing.profiles`), sync and async.

Each test runs the same scenario through `OpenAI` and `AsyncOpenAI` talking in-process to the built-in server
with one or more profiles applied: extra fields, nulls, keep-alive comments, errors inside a 200 stream and
`{"detail": ...}` error bodies.
"""

from __future__ import annotations

import json
import inspect
from typing import Any, List, cast

import pytest

import openai
from openai.testing import Server
from openai.testing._app import App
from openai.testing._wire import Delay, BodyPart, FakeResponse
from openai.testing.profiles import PROFILES, Profile, client, resolve, async_client, apply_to_fake_response

MESSAGES: List[Any] = [{"role": "user", "content": "Hi"}]


class Scenario:
    """A server plus a client of one kind (sync or async) following the given profiles."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.server = Server()

    def client(self, *profiles: Profile | str, **options: Any) -> Any:
        options.setdefault("max_retries", 0)
        factory = async_client if self.is_async else client
        return factory(self.server, *profiles, **options)

    async def call(self, value: Any) -> Any:
        return await value if inspect.isawaitable(value) else value

    async def collect(self, stream: Any) -> list[Any]:
        if self.is_async:
            return [item async for item in stream]
        return list(stream)

    async def chat(self, sdk: Any, **params: Any) -> Any:
        return await self.call(sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, **params))


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def scenario(request: pytest.FixtureRequest) -> Scenario:
    return Scenario(bool(request.param))


async def test_extra_fields_stay_reachable(scenario: Scenario) -> None:
    sdk = scenario.client("extra_fields")
    scenario.server.reply("chat.completions.create", "Hello there")
    completion = await scenario.chat(sdk)
    assert completion.choices[0].message.content == "Hello there"
    assert completion.x_backend == {"name": "compatible-server", "version": "0.0.1"}
    assert completion.model_extra is not None and completion.model_extra["prompt_logprobs"] is None
    choice = completion.choices[0]
    assert choice.model_extra is not None and "stop_reason" in choice.model_extra
    assert completion.to_dict()["x_backend"]["name"] == "compatible-server"


async def test_extra_fields_on_streamed_chunks(scenario: Scenario) -> None:
    sdk = scenario.client("extra_fields")
    scenario.server.reply("chat.completions.create", "one two three")
    chunks = await scenario.collect(await scenario.chat(sdk, stream=True))
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert text == "one two three"
    assert all(chunk.x_backend["name"] == "compatible-server" for chunk in chunks)


async def test_nulls_where_values_are_expected(scenario: Scenario) -> None:
    sdk = scenario.client("nulls")
    scenario.server.reply("chat.completions.create", "Fine")
    completion = await scenario.chat(sdk)
    assert completion.choices[0].message.content == "Fine"
    assert completion.usage is None
    assert completion.system_fingerprint is None
    # Required by the API, yet null here: the model still builds (validation is not strict by default).
    assert completion.created is None
    assert completion.choices[0].finish_reason is None
    assert completion.choices[0].logprobs is None
    assert completion.choices[0].message.refusal is None

    scenario.server.reply("responses.create", "Also fine")
    response = await scenario.call(sdk.responses.create(model="gpt-4.1", input="Hi"))
    assert response.usage is None
    assert response.output[0].content[0].text == "Also fine"
    assert response.output[0].content[0].annotations is None


async def test_nulls_in_streamed_chunks(scenario: Scenario) -> None:
    sdk = scenario.client("nulls")
    scenario.server.reply("chat.completions.create", "a b")
    chunks = await scenario.collect(await scenario.chat(sdk, stream=True, stream_options={"include_usage": True}))
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices) == "a b"
    assert all(chunk.usage is None for chunk in chunks)


async def test_keepalive_comments_are_ignored(scenario: Scenario) -> None:
    plain = scenario.client()
    kept_alive = scenario.client("keepalive")
    scenario.server.reply("chat.completions.create", "same words here", times=3)
    expected = await scenario.collect(await scenario.chat(plain, stream=True))
    received = await scenario.collect(await scenario.chat(kept_alive, stream=True))
    assert len(received) > 2
    assert [chunk.model_dump(exclude={"id", "created"}) for chunk in received] == [
        chunk.model_dump(exclude={"id", "created"}) for chunk in expected
    ]
    # The comments really were on the wire.
    raw = await scenario.call(
        kept_alive.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)
    )
    http_response = raw.http_response
    body = (await http_response.aread() if scenario.is_async else http_response.read()).decode()
    assert body.startswith(": keep-alive\n\n:\n\n: ping")
    assert body.count(": keep-alive") == len(expected) + 1  # before the first event and between all others


async def test_error_inside_a_200_stream_raises_api_error(scenario: Scenario) -> None:
    sdk = scenario.client("stream_error")
    scenario.server.reply("chat.completions.create", "never finished")
    stream = await scenario.chat(sdk, stream=True)
    received: list[Any] = []
    with pytest.raises(openai.APIError, match="The model backend went away") as info:
        if scenario.is_async:
            async for chunk in stream:
                received.append(chunk)
        else:
            for chunk in stream:
                received.append(chunk)
    assert len(received) == 1
    assert not isinstance(info.value, openai.APIStatusError)
    assert info.value.code == "backend_error"
    assert info.value.type == "server_error"


@pytest.mark.parametrize(
    ("status", "error_class"),
    [(400, openai.BadRequestError), (404, openai.NotFoundError), (422, openai.UnprocessableEntityError)],
)
async def test_detail_error_bodies(scenario: Scenario, status: int, error_class: type[openai.APIStatusError]) -> None:
    sdk = scenario.client("detail_errors")
    scenario.server.fail("chat.completions.create", status, message="Model 'x' is not served here")
    with pytest.raises(error_class) as info:
        await scenario.chat(sdk)
    error = info.value
    assert error.status_code == status
    assert error.body == {"detail": "Model 'x' is not served here"}
    assert error.message == f"Error code: {status} - {{'detail': \"Model 'x' is not served here\"}}"
    assert error.request_id is not None and error.request_id.startswith("req_")
    assert error.code is None and error.param is None


async def test_detail_errors_are_retried_like_any_other(scenario: Scenario) -> None:
    sdk = scenario.client("detail_errors", max_retries=1)
    sdk._sleep = _async_noop if scenario.is_async else _noop  # no real waiting between attempts
    scenario.server.fail("chat.completions.create", 503)
    scenario.server.reply("chat.completions.create", "recovered")
    completion = await scenario.chat(sdk)
    assert completion.choices[0].message.content == "recovered"
    assert len(scenario.server.requests) == 2


async def _async_noop(seconds: float) -> None:
    return None


def _noop(seconds: float) -> None:
    return None


async def test_every_profile_at_once(scenario: Scenario) -> None:
    # stream_error is left out: it ends every stream early by design.
    sdk = scenario.client("extra_fields", "nulls", "keepalive", "detail_errors")
    scenario.server.reply("chat.completions.create", "all together", times=2)
    completion = await scenario.chat(sdk)
    assert completion.choices[0].message.content == "all together"
    assert completion.usage is None and completion.x_backend["name"] == "compatible-server"
    chunks = await scenario.collect(await scenario.chat(sdk, stream=True))
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices) == "all together"
    with pytest.raises(openai.NotFoundError) as info:
        await scenario.call(sdk.files.retrieve("file-missing"))
    body: Any = info.value.body
    assert list(cast("dict[str, object]", body)) == ["detail"]


def test_profiles_resolve_by_name_and_reject_unknown_names() -> None:
    assert resolve(["nulls", PROFILES["keepalive"]]) == (PROFILES["nulls"], PROFILES["keepalive"])
    with pytest.raises(KeyError, match="unknown compatible-server profile 'vllm'; known: extra_fields"):
        resolve(["vllm"])


def test_profile_values_are_checked() -> None:
    with pytest.raises(ValueError, match="needs a name"):
        Profile("")
    with pytest.raises(ValueError, match="stream_error_after must be >= 0"):
        Profile("p", stream_error_after=-1)
    with pytest.raises(ValueError, match="single SSE comments"):
        Profile("p", keepalive=("ping",))


def test_rewrites_leave_unrelated_values_alone() -> None:
    profile = Profile("p", extra_fields={"extra": 1}, null_fields=frozenset({"usage"}))
    assert profile.rewrite_json({"a": [{"usage": 3}, 2], "usage": {"x": 1}}) == {
        "a": [{"usage": None, "extra": 1}, 2],
        "usage": None,
        "extra": 1,
    }
    assert profile.rewrite_json({"extra": "kept"}) == {"extra": "kept"}
    events = list(PROFILES["keepalive"].rewrite_events([b"data: {}\n\n", b"data: [DONE]\n\n"]))
    assert events[0].startswith(b": keep-alive\n\n") and events[1] == b"data: {}\n\n"
    assert events[-1] == b"data: [DONE]\n\n"


async def test_responses_stream_through_several_profiles(scenario: Scenario) -> None:
    sdk = scenario.client("keepalive", "extra_fields", "stream_error")
    scenario.server.reply("responses.create", "a b c")
    stream = await scenario.call(sdk.responses.create(model="gpt-4.1", input="Hi", stream=True))
    types: list[str] = []
    with pytest.raises(openai.APIError, match="The model backend went away"):
        if scenario.is_async:
            async for event in stream:
                types.append(event.type)
        else:
            for event in stream:
                types.append(event.type)
    assert types == ["response.created"]


def test_stream_error_counts_events_not_keepalive_comments() -> None:
    events = [b"data: {}\n\n", b"data: {}\n\n"]
    with_comments = PROFILES["keepalive"].rewrite_events(events)
    rewritten = b"".join(PROFILES["stream_error"].rewrite_events(_split(with_comments)))
    assert rewritten.count(b"data: {}") == 1
    assert rewritten.endswith(b'"code": "backend_error"}}\n\n')


def _split(blocks: Any) -> list[bytes]:
    # Each keep-alive block may hold several comments; split them as a client reading the wire would.
    return [part + b"\n\n" for block in blocks for part in block.split(b"\n\n") if part]


def test_fake_response_adapter_rewrites_json_and_keeps_pacing() -> None:
    json_response = FakeResponse(200, [("content-type", "application/json")], b'{"id":"x","usage":{"a":1}}')
    rewritten = apply_to_fake_response(["nulls", "extra_fields"], json_response)
    assert isinstance(rewritten.body, bytes)
    assert json.loads(rewritten.body)["usage"] is None
    assert json.loads(rewritten.body)["x_backend"]["name"] == "compatible-server"

    pause = Delay(0.5)
    parts: list[BodyPart] = [b'data: {"id":"a"}\n\n', pause, b'data: {"id":"b"}\n\n', b"data: [DONE]\n\n"]
    stream = FakeResponse(200, [("content-type", "text/event-stream")], iter(parts))
    rewritten_parts = list(cast(Any, apply_to_fake_response(["keepalive", "stream_error"], stream).body))
    assert pause in rewritten_parts
    data = [part for part in rewritten_parts if isinstance(part, bytes) and part.startswith(b"data:")]
    assert data[0] == b'data: {"id":"a"}\n\n'
    assert data[1].startswith(b'data: {"error": {"message": "The model backend went away"')
    assert len(data) == 2

    error = FakeResponse(404, [("content-type", "application/json")], b'{"error":{"message":"gone"}}')
    assert json.loads(cast(bytes, apply_to_fake_response(["detail_errors"], error).body)) == {"detail": "gone"}
    binary = FakeResponse(200, [("content-type", "audio/mpeg")], b"\x00\x01")
    assert apply_to_fake_response(["nulls"], binary) is binary


def test_profiles_over_tcp_with_the_server_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    # The server-side wiring asked for: pass every response through `apply_to_fake_response`.
    original = App.handle

    def handle(self: App, request: Any) -> FakeResponse:
        return apply_to_fake_response(["nulls", "keepalive", "detail_errors"], original(self, request))

    monkeypatch.setattr(App, "handle", handle)
    with Server() as server:
        sdk = server.client(in_process=False, max_retries=0)
        server.reply("chat.completions.create", "over the wire", times=2)
        completion = sdk.chat.completions.create(model="m", messages=MESSAGES)
        assert completion.choices[0].message.content == "over the wire"
        assert completion.usage is None
        chunks = list(sdk.chat.completions.create(model="m", messages=MESSAGES, stream=True))
        assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices) == "over the wire"
        with pytest.raises(openai.NotFoundError) as info:
            sdk.files.retrieve("file-missing")
        assert list(cast("dict[str, object]", info.value.body)) == ["detail"]
        sdk.close()


async def test_server_profiles_apply_over_tcp(scenario: Scenario) -> None:
    with Server(profiles=["detail_errors", "extra_fields"]) as server:
        sdk: Any = (server.async_client if scenario.is_async else server.client)(max_retries=0)
        completion = await scenario.call(sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
        extras: dict[str, Any] = completion.model_extra or {}
        assert extras, "the extra_fields profile adds undeclared fields, reachable through model_extra"
        server.fail("chat.completions.create", 404, message="no such model")
        with pytest.raises(openai.NotFoundError) as info:
            await scenario.call(sdk.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES))
        body = cast("dict[str, Any]", info.value.body)
        assert body["detail"] == "no such model" and "error" not in body
        if scenario.is_async:
            await sdk.close()
        else:
            sdk.close()
