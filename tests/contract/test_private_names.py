"""Private names that libraries and applications import from the official SDK, used the way they use them.

Each test imports from the private module path outside code uses (``openai._models``, ``openai._utils``, ...) and
checks the behaviour, not only that the name exists.
"""

from __future__ import annotations

import json
import datetime
from typing import Any, Dict, List, Optional

import httpx
import pytest
import pydantic
from typing_extensions import Required, Annotated, TypedDict

from openai._utils import PropertyInfo

ChatCompletionJSON: Dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "hi", "refusal": None},
        }
    ],
}


class Recorder:
    def __init__(self, body: Dict[str, Any]) -> None:
        self.body = body
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body, headers={"x-request-id": "req_123"})


def _sync_client(recorder: Recorder, **kwargs: Any) -> Any:
    from openai import OpenAI

    return OpenAI(
        api_key="sk-test",
        base_url="http://127.0.0.1:1/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        **kwargs,
    )


def _async_client(recorder: Recorder, **kwargs: Any) -> Any:
    from openai import AsyncOpenAI

    return AsyncOpenAI(
        api_key="sk-test",
        base_url="http://127.0.0.1:1/v1",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)),
        **kwargs,
    )


# --- openai._models ---------------------------------------------------------------------------------------------


def test_final_request_options_construct_and_send_through_client_request() -> None:
    from openai._models import FinalRequestOptions
    from openai.types.chat import ChatCompletion

    recorder = Recorder(ChatCompletionJSON)
    client = _sync_client(recorder)
    options = FinalRequestOptions.construct(
        method="post",
        url="/chat/completions",
        json_data={"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]},
        headers={"X-Custom": "1"},
        params={"trace": "yes"},
    )
    completion = client.request(cast_to=ChatCompletion, options=options)

    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "hi"
    assert completion._request_id == "req_123"
    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url.path == "/v1/chat/completions"
    assert request.url.params["trace"] == "yes"
    assert request.headers["X-Custom"] == "1"
    assert request.headers["Authorization"] == "Bearer sk-test"
    assert json.loads(request.content) == {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}


async def test_final_request_options_through_async_client_request() -> None:
    from openai._models import FinalRequestOptions
    from openai.types.chat import ChatCompletion

    recorder = Recorder(ChatCompletionJSON)
    client = _async_client(recorder)
    options = FinalRequestOptions(method="post", url="/chat/completions", json_data={"model": "gpt-4o"})
    completion = await client.request(ChatCompletion, options)
    assert isinstance(completion, ChatCompletion)
    assert json.loads(recorder.requests[0].content) == {"model": "gpt-4o"}


def test_final_request_options_is_a_pydantic_model_with_the_official_fields() -> None:
    from openai import NOT_GIVEN
    from openai._models import FinalRequestOptions
    from openai._base_client import FinalRequestOptions as FromBaseClient

    assert FinalRequestOptions is FromBaseClient
    assert issubclass(FinalRequestOptions, pydantic.BaseModel)
    for name in (
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "idempotency_key",
        "post_parser",
        "follow_redirects",
        "security",
        "synthesize_event_and_data",
        "content",
        "json_data",
        "extra_json",
    ):
        assert name in FinalRequestOptions.model_fields, name

    # NOT_GIVEN values are left out by construct(), so the defaults apply.
    options = FinalRequestOptions.construct(method="get", url="/models", max_retries=NOT_GIVEN, timeout=NOT_GIVEN)
    assert options.params == {}
    assert options.get_max_retries(7) == 7
    assert FinalRequestOptions.construct(method="get", url="/m", max_retries=0).get_max_retries(7) == 0


def test_final_request_options_raw_content_is_sent_as_is() -> None:
    from openai._models import FinalRequestOptions

    recorder = Recorder({"ok": True})
    client = _sync_client(recorder)
    options = FinalRequestOptions.construct(
        method="post", url="/uploads/raw", content=b"\x00\x01raw", headers={"Content-Type": "application/octet-stream"}
    )
    result = client.request(cast_to=object, options=options)
    assert result == {"ok": True}
    assert recorder.requests[0].content == b"\x00\x01raw"
    assert recorder.requests[0].headers["Content-Type"] == "application/octet-stream"


def test_security_options_select_the_admin_key() -> None:
    from openai._models import SecurityOptions, FinalRequestOptions

    recorder = Recorder({"object": "list", "data": []})
    client = _sync_client(recorder, admin_api_key="sk-admin")
    security: SecurityOptions = {"admin_api_key_auth": True, "bearer_auth": False}
    client.request(object, FinalRequestOptions.construct(method="get", url="/organization/users", security=security))
    client.request(object, FinalRequestOptions(method="get", url="/models"))
    assert recorder.requests[0].headers["Authorization"] == "Bearer sk-admin"
    assert recorder.requests[1].headers["Authorization"] == "Bearer sk-test"


def test_add_request_id_sets_the_private_attribute() -> None:
    from openai._models import add_request_id
    from openai.types.chat import ChatCompletion

    completion = ChatCompletion.construct(**ChatCompletionJSON)
    assert completion._request_id is None
    add_request_id(completion, "req_abc")
    assert completion._request_id == "req_abc"
    assert "req_abc" not in completion.to_json()
    add_request_id(completion, None)
    assert completion._request_id is None


def test_construct_type_and_unchecked_build_nested_models() -> None:
    from openai._models import construct_type, construct_type_unchecked
    from openai.types.chat import ChatCompletion
    from openai._exceptions import construct_type as from_exceptions

    assert from_exceptions is construct_type
    built = construct_type_unchecked(value=ChatCompletionJSON, type_=ChatCompletion)
    assert isinstance(built, ChatCompletion)
    assert built.choices[0].message.content == "hi"
    loose = construct_type(value={**ChatCompletionJSON, "created": "not-a-number"}, type_=ChatCompletion)
    assert isinstance(loose, ChatCompletion)
    assert loose.created == "not-a-number"  # type: ignore[comparison-overlap]


def test_build_constructs_from_keyword_arguments() -> None:
    from openai._models import build
    from openai.types.chat import ChatCompletion

    completion = build(ChatCompletion, **ChatCompletionJSON)
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].finish_reason == "stop"


# --- openai._types ----------------------------------------------------------------------------------------------


def test_sentinels_and_sequence_not_str() -> None:
    from openai import NOT_GIVEN as PUBLIC_NOT_GIVEN, Omit as PublicOmit, NotGiven as PublicNotGiven
    from openai._types import NOT_GIVEN, Omit, NotGiven, SequenceNotStr, omit, not_given
    from openai._utils import is_given

    assert NOT_GIVEN is PUBLIC_NOT_GIVEN and not_given is NOT_GIVEN
    assert NotGiven is PublicNotGiven and Omit is PublicOmit
    assert isinstance(omit, Omit)
    assert not NOT_GIVEN and not omit
    assert not is_given(NOT_GIVEN) and not is_given(omit) and is_given(None) and is_given(0)

    def join(items: SequenceNotStr[str]) -> str:
        return ",".join(items)

    assert join(["a", "b"]) == "a,b"
    assert join(("c",)) == "c"


# --- openai._utils ----------------------------------------------------------------------------------------------


def test_maybe_transform_drops_sentinels_and_keeps_values() -> None:
    from openai import NOT_GIVEN, omit
    from openai._utils import maybe_transform
    from openai.types.chat import completion_create_params

    params = {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "hi"}],
        "temperature": NOT_GIVEN,
        "top_p": omit,
        "user": None,
    }
    assert maybe_transform(params, completion_create_params.CompletionCreateParamsNonStreaming) == {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "hi"}],
        "user": None,
    }
    assert maybe_transform(None, completion_create_params.CompletionCreateParamsNonStreaming) is None


class Params(TypedDict, total=False):
    file_name: Required[Annotated[str, PropertyInfo(alias="fileName")]]
    created: Annotated[datetime.datetime, PropertyInfo(format="iso8601")]
    day: Annotated[datetime.date, PropertyInfo(format="custom", format_template="%d/%m/%Y")]
    blob: Annotated[bytes, PropertyInfo(format="base64")]
    tags: List[str]


def test_transform_applies_property_info_aliases_and_formats() -> None:
    from openai._utils import transform, async_maybe_transform

    when = datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc)
    data: Params = {
        "file_name": "a.txt",
        "created": when,
        "day": datetime.date(2024, 5, 2),
        "blob": b"hi",
        "tags": ["x"],
    }
    assert transform(data, Params) == {
        "fileName": "a.txt",
        "created": "2024-05-01T12:00:00+00:00",
        "day": "02/05/2024",
        "blob": "aGk=",
        "tags": ["x"],
    }

    import asyncio

    assert asyncio.run(async_maybe_transform({"file_name": "b"}, Params)) == {"fileName": "b"}


def test_utils_helpers() -> None:
    from openai._utils import (
        json_safe,
        removeprefix,
        removesuffix,
        path_template,
        required_args,
        function_has_argument,
    )

    assert removeprefix("sk-abc", "sk-") == "abc" and removesuffix("file.txt", ".txt") == "file"
    assert (
        path_template("/threads/{thread_id}/runs/{run_id}", thread_id="t 1", run_id="r/2")
        == "/threads/t%201/runs/r%2F2"
    )
    with pytest.raises(ValueError):
        path_template("/files/{file_id}", file_id="")
    assert json_safe({"at": datetime.date(2024, 1, 2), "items": (1, 2)}) == {"at": "2024-01-02", "items": [1, 2]}

    @required_args(["prompt"], ["messages", "model"])
    def create(
        *, prompt: Optional[str] = None, messages: Optional[List[str]] = None, model: Optional[str] = None
    ) -> str:
        return "ok"

    assert create(prompt="p") == "ok"
    assert create(messages=[], model="m") == "ok"
    with pytest.raises(TypeError, match="Missing required arguments"):
        create(model="m")
    assert function_has_argument(create, "prompt")
    assert not function_has_argument(create, "nope")


# --- openai._base_client ----------------------------------------------------------------------------------------


def test_make_request_options_as_generated_code_calls_it() -> None:
    from openai import NOT_GIVEN
    from openai._base_client import make_request_options

    options = make_request_options(
        extra_headers={"X-A": "1"}, extra_query={"q": "1"}, extra_body={"b": 2}, timeout=NOT_GIVEN
    )
    assert options.get("headers") == {"X-A": "1"}
    assert options.get("params") == {"q": "1"}
    assert options.get("extra_json") == {"b": 2}
    assert "timeout" not in options
    assert make_request_options(timeout=3.0).get("timeout") == 3.0


def test_base_client_names_are_the_sdk_objects() -> None:
    import openai
    from openai import pagination
    from openai._base_client import (
        BasePage,
        BaseClient,
        OtherPlatform,
        SyncAPIClient,
        AsyncAPIClient,
        AsyncPaginator,
        ForceMultipartDict,
        SyncHttpxClientWrapper,
        AsyncHttpxClientWrapper,
        get_platform,
    )

    assert issubclass(openai.OpenAI, SyncAPIClient) and issubclass(openai.AsyncOpenAI, AsyncAPIClient)
    assert issubclass(SyncAPIClient, BaseClient) and issubclass(AsyncAPIClient, BaseClient)
    assert issubclass(SyncHttpxClientWrapper, httpx.Client) and issubclass(AsyncHttpxClientWrapper, httpx.AsyncClient)
    assert BasePage is pagination.BasePage and AsyncPaginator is pagination.AsyncPaginator
    assert bool(ForceMultipartDict()) is True
    assert str(OtherPlatform("Plan9")) == "Other:Plan9"
    assert isinstance(get_platform(), str)


# --- openai._legacy_response ------------------------------------------------------------------------------------


def test_httpx_binary_response_content(tmp_path: Any) -> None:
    from openai._legacy_response import HttpxBinaryResponseContent

    content = HttpxBinaryResponseContent(httpx.Response(200, content=b"audio-bytes"))
    assert content.read() == b"audio-bytes"
    assert content.content == b"audio-bytes"
    target = tmp_path / "out.mp3"
    content.write_to_file(target)
    assert target.read_bytes() == b"audio-bytes"


# --- openai.lib -------------------------------------------------------------------------------------------------


class Answer(pydantic.BaseModel):
    city: str
    population: Optional[int] = None


def test_type_to_response_format_param_and_the_resource_probe() -> None:
    from openai.lib._parsing import type_to_response_format_param
    from openai.lib._parsing._responses import type_to_response_format_param as from_responses
    from openai.resources.chat.completions.completions import _type_to_response_format

    assert _type_to_response_format is type_to_response_format_param is from_responses
    param: Any = type_to_response_format_param(Answer)
    assert param["type"] == "json_schema"
    assert param["json_schema"]["name"] == "Answer"
    assert param["json_schema"]["strict"] is True
    schema = param["json_schema"]["schema"]
    assert schema["required"] == ["city", "population"]
    assert schema["additionalProperties"] is False
    # a dict passes through unchanged
    assert type_to_response_format_param({"type": "json_object"}) == {"type": "json_object"}


def test_to_strict_json_schema() -> None:
    from openai.lib._pydantic import to_strict_json_schema

    schema = to_strict_json_schema(Answer)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["city", "population"]
    assert schema["properties"]["city"] == {"title": "City", "type": "string"}
    assert {"type": "null"} in schema["properties"]["population"]["anyOf"]


def test_strict_tool_selection() -> None:
    from openai.lib._parsing._completions import (
        is_response_format_param,
        select_strict_chat_completion_tools,
        is_strict_chat_completion_tool_param,
    )

    strict: Any = {"type": "function", "function": {"name": "a", "parameters": {}, "strict": True}}
    loose: Any = {"type": "function", "function": {"name": "b", "parameters": {}}}
    assert is_strict_chat_completion_tool_param(strict) and not is_strict_chat_completion_tool_param(loose)
    selected: Any = select_strict_chat_completion_tools([strict, loose])
    assert list(selected) == [strict]
    assert is_response_format_param({"type": "text"}) and not is_response_format_param(Answer)


def test_assistants_accumulate_event_and_run_step() -> None:
    from openai._models import construct_type_unchecked
    from openai.types.beta import AssistantStreamEvent
    from openai.lib.streaming._assistants import accumulate_event, accumulate_run_step

    def event(name: str, data: Dict[str, Any]) -> Any:
        event_type: Any = AssistantStreamEvent
        return construct_type_unchecked(value={"event": name, "data": data}, type_=event_type)

    message: Dict[str, Any] = {
        "id": "msg_1",
        "object": "thread.message",
        "created_at": 1,
        "thread_id": "t",
        "role": "assistant",
        "status": "in_progress",
        "content": [],
        "attachments": [],
        "metadata": {},
    }
    snapshot, new = accumulate_event(event=event("thread.message.created", message), current_message_snapshot=None)
    assert snapshot is not None and new == []
    delta = {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hel"}}]},
    }
    snapshot, new = accumulate_event(event=event("thread.message.delta", delta), current_message_snapshot=snapshot)
    assert len(new) == 1
    delta2 = {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "lo"}}]},
    }
    snapshot, new = accumulate_event(event=event("thread.message.delta", delta2), current_message_snapshot=snapshot)
    assert new == []
    assert snapshot is not None
    block: Any = snapshot.content[0]
    assert block.text.value == "Hello"

    step: Dict[str, Any] = {
        "id": "step_1",
        "object": "thread.run.step",
        "created_at": 1,
        "assistant_id": "a",
        "thread_id": "t",
        "run_id": "r",
        "type": "tool_calls",
        "status": "in_progress",
        "step_details": {"type": "tool_calls", "tool_calls": []},
    }
    snapshots: Dict[str, Any] = {}
    accumulate_run_step(event=event("thread.run.step.created", step), run_step_snapshots=snapshots)
    step_delta = {
        "id": "step_1",
        "object": "thread.run.step.delta",
        "delta": {
            "step_details": {
                "type": "tool_calls",
                "tool_calls": [
                    {"index": 0, "type": "function", "id": "call_1", "function": {"name": "f", "arguments": "{}"}}
                ],
            }
        },
    }
    accumulate_run_step(event=event("thread.run.step.delta", step_delta), run_step_snapshots=snapshots)
    assert snapshots["step_1"].step_details.tool_calls[0].function.name == "f"


def test_streaming_snapshot_aliases_are_the_parsed_types() -> None:
    from openai.types.chat import ParsedChatCompletion
    from openai.types.responses import ParsedResponse
    from openai.lib.streaming.chat import ParsedChatCompletionSnapshot
    from openai.lib.streaming.responses._types import ParsedResponseSnapshot

    assert ParsedChatCompletionSnapshot is ParsedChatCompletion[object]
    assert ParsedResponseSnapshot is ParsedResponse[object]


def test_choice_event_state_reports_done_events_once() -> None:
    import openai
    from openai.types.chat import ChatCompletionChunk
    from openai.lib.streaming.chat import ChatCompletionStreamState
    from openai.lib.streaming.chat._completions import ChoiceEventState

    def chunk(delta: Dict[str, Any], finish_reason: Optional[str]) -> ChatCompletionChunk:
        return ChatCompletionChunk.construct(
            id="c",
            object="chat.completion.chunk",
            created=1,
            model="m",
            choices=[{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        )

    stream_state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
    choice_state = ChoiceEventState(input_tools=[])
    seen: List[List[str]] = []
    for item in (
        chunk({"role": "assistant", "content": '{"city": "Paris"}'}, None),
        chunk({}, "stop"),
        chunk({}, "stop"),
    ):
        stream_state.handle_chunk(item)
        snapshot = stream_state.current_completion_snapshot.choices[0]
        events = choice_state.get_done_events(
            choice_chunk=item.choices[0], choice_snapshot=snapshot, response_format=Answer
        )
        seen.append([event.type for event in events])
        if events:
            assert events[0].parsed == Answer(city="Paris")  # type: ignore[union-attr]
    assert seen == [[], ["content.done"], []]
    assert openai.omit is not None


def test_make_request_options_security_options_reach_the_wire() -> None:
    from openai._base_client import make_request_options

    recorder = Recorder({"ok": True})
    client = _sync_client(recorder, admin_api_key="sk-admin")
    client.post(
        "/organization/invites",
        cast_to=object,
        body={"email": "a@example.com"},
        options=make_request_options(
            idempotency_key="idem-1", security={"admin_api_key_auth": True, "bearer_auth": False}
        ),
    )
    (request,) = recorder.requests
    assert request.headers["Authorization"] == "Bearer sk-admin"
    # The OpenAI API client sends no idempotency header (as with the official client); the key is kept in the
    # options for clients that do.
    assert "Idempotency-Key" not in request.headers
