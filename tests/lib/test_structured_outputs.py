"""``chat.completions.parse()`` and ``responses.parse()`` on a mock transport: wire format and parsed results."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Callable, Optional

import httpx
import pytest
import pydantic

from openai import OpenAI, AsyncOpenAI, LengthFinishReasonError, ContentFilterFinishReasonError
from openai.lib._tools import PydanticFunctionTool, pydantic_function_tool
from openai.lib._pydantic import to_strict_json_schema
from openai.lib.chat_helpers import ChatCompletionsHelpers, AsyncChatCompletionsHelpers
from openai.lib.responses_helpers import ResponsesHelpers, AsyncResponsesHelpers
from openai.types.responses.parsed_response import ParsedResponseFunctionToolCall
from openai.types.chat.parsed_chat_completion import ParsedChatCompletion

BASE_URL = "http://127.0.0.1:4010/v1"
MESSAGES: List[Any] = [{"role": "user", "content": "Where and how warm?"}]


class Weather(pydantic.BaseModel):
    """Weather in a city."""

    city: str
    temperature: float
    units: Optional[str] = None


@pydantic.dataclasses.dataclass
class Point:
    x: int
    y: int


class Recorder:
    """A mock transport that answers every request with one JSON body and records what was sent."""

    def __init__(self, reply: Dict[str, Any], *, headers: Optional[Dict[str, str]] = None) -> None:
        self.reply = reply
        self.headers = headers or {}
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.reply, headers=self.headers)

    @property
    def body(self) -> Dict[str, Any]:
        return json.loads(self.requests[-1].content)


def _completion(
    content: Optional[str] = None,
    *,
    refusal: Optional[str] = None,
    finish_reason: str = "stop",
    tool_calls: Optional[List[Dict[str, Any]]] = None,
    choices: int = 1,
) -> Dict[str, Any]:
    message: Dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls is not None:
        message["tool_calls"] = tool_calls
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "gpt-4o",
        "choices": [
            {"index": i, "finish_reason": finish_reason, "logprobs": None, "message": message} for i in range(choices)
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
    }


def _tool_call(name: str, arguments: str, call_id: str = "call_1") -> Dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def _chat(recorder: Callable[[httpx.Request], httpx.Response]) -> ChatCompletionsHelpers:
    client = OpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    return client.chat.completions


def _async_chat(recorder: Callable[[httpx.Request], httpx.Response]) -> AsyncChatCompletionsHelpers:
    client = AsyncOpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    return client.chat.completions


# ---------------------------------------------------------------------------------------------------------------
# chat.completions.parse


def test_class_format_is_sent_as_strict_json_schema_with_helper_header() -> None:
    recorder = Recorder(_completion('{"city": "Paris", "temperature": 21.5, "units": null}'))
    _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)

    request = recorder.requests[-1]
    assert request.url.path == "/v1/chat/completions"
    assert request.headers["X-Stainless-Helper-Method"] == "chat.completions.parse"
    assert recorder.body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"schema": to_strict_json_schema(Weather), "name": "Weather", "strict": True},
    }
    assert recorder.body["stream"] is False
    assert recorder.body["messages"] == MESSAGES


def test_content_is_parsed_into_the_model() -> None:
    recorder = Recorder(_completion('{"city": "Paris", "temperature": 21.5, "units": "C"}'))
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)

    assert isinstance(completion, ParsedChatCompletion)
    message = completion.choices[0].message
    assert message.parsed == Weather(city="Paris", temperature=21.5, units="C")
    assert message.content == '{"city": "Paris", "temperature": 21.5, "units": "C"}'
    assert completion.usage is not None and completion.usage.total_tokens == 12
    dumped: Any = completion.to_dict()
    assert dumped["choices"][0]["message"]["parsed"] == {
        "city": "Paris",
        "temperature": 21.5,
        "units": "C",
    }


def test_every_choice_is_parsed() -> None:
    recorder = Recorder(_completion('{"city": "Oslo", "temperature": -3}', choices=2))
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather, n=2)
    assert [choice.message.parsed for choice in completion.choices] == [Weather(city="Oslo", temperature=-3)] * 2


def test_pydantic_dataclass_format() -> None:
    recorder = Recorder(_completion('{"x": 1, "y": 2}'))
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Point)
    assert completion.choices[0].message.parsed == Point(x=1, y=2)
    assert recorder.body["response_format"]["json_schema"]["name"] == "Point"


def test_dict_format_is_sent_unchanged_and_nothing_is_parsed() -> None:
    response_format: Dict[str, Any] = {"type": "json_object"}
    recorder = Recorder(_completion('{"anything": true}'))
    completion = _chat(recorder).parse(
        model="gpt-4o",
        messages=MESSAGES,
        response_format=response_format,  # type: ignore[arg-type] # pyright: ignore[reportArgumentType] - a raw format dict
    )
    assert recorder.body["response_format"] == {"type": "json_object"}
    assert completion.choices[0].message.parsed is None


def test_no_format_omits_response_format() -> None:
    recorder = Recorder(_completion("plain text"))
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES)
    assert "response_format" not in recorder.body
    assert completion.choices[0].message.parsed is None
    assert completion.choices[0].message.content == "plain text"


def test_refusal_keeps_the_refusal_and_parses_nothing() -> None:
    recorder = Recorder(_completion(None, refusal="I can't help with that."))
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    message = completion.choices[0].message
    assert message.parsed is None
    assert message.refusal == "I can't help with that."


def test_length_finish_raises_even_without_a_format() -> None:
    recorder = Recorder(_completion('{"city": "Par', finish_reason="length"))
    with pytest.raises(LengthFinishReasonError) as exc_info:
        _chat(recorder).parse(model="gpt-4o", messages=MESSAGES)
    assert "length limit" in str(exc_info.value)


def test_content_filter_finish_raises() -> None:
    recorder = Recorder(_completion(None, finish_reason="content_filter"))
    with pytest.raises(ContentFilterFinishReasonError):
        _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)


def test_invalid_json_for_the_model_raises_validation_error() -> None:
    recorder = Recorder(_completion('{"city": "Paris"}'))
    with pytest.raises(pydantic.ValidationError, match="temperature"):
        _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)


def test_non_function_tool_is_rejected_naming_its_type() -> None:
    recorder = Recorder(_completion("x"))
    with pytest.raises(ValueError, match="`custom`"):
        _chat(recorder).parse(
            model="gpt-4o", messages=MESSAGES, tools=[{"type": "custom", "custom": {"name": "grammar"}}]
        )
    assert recorder.requests == []


def test_non_strict_function_tool_is_rejected_naming_the_function() -> None:
    recorder = Recorder(_completion("x"))
    with pytest.raises(ValueError, match="`get_weather` is not strict"):
        _chat(recorder).parse(
            model="gpt-4o",
            messages=MESSAGES,
            tools=[{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}],
        )


def test_tool_calls_get_parsed_arguments() -> None:
    strict_tool: Any = {
        "type": "function",
        "function": {
            "name": "lookup",
            "strict": True,
            "parameters": {
                "type": "object",
                "properties": {"q": {"type": "string"}},
                "required": ["q"],
                "additionalProperties": False,
            },
        },
    }
    recorder = Recorder(
        _completion(
            None,
            finish_reason="tool_calls",
            tool_calls=[
                _tool_call("Weather", '{"city": "Rome", "temperature": 30, "units": null}', "call_1"),
                _tool_call("lookup", '{"q": "rome"}', "call_2"),
                _tool_call("unknown", '{"a": 1}', "call_3"),
            ],
        )
    )
    completion = _chat(recorder).parse(
        model="gpt-4o", messages=MESSAGES, tools=[pydantic_function_tool(Weather), strict_tool]
    )
    tool_calls = completion.choices[0].message.tool_calls
    assert tool_calls is not None
    assert tool_calls[0].function.parsed_arguments == Weather(city="Rome", temperature=30)
    assert tool_calls[1].function.parsed_arguments == {"q": "rome"}
    assert tool_calls[2].function.parsed_arguments is None
    assert [call.id for call in tool_calls] == ["call_1", "call_2", "call_3"]
    sent_tool = recorder.body["tools"][0]
    assert sent_tool["function"]["name"] == "Weather"
    assert sent_tool["function"]["strict"] is True


def test_tools_given_as_a_generator_are_sent_and_used_for_parsing() -> None:
    recorder = Recorder(
        _completion(
            None, finish_reason="tool_calls", tool_calls=[_tool_call("Weather", '{"city": "A", "temperature": 1}')]
        )
    )
    tools = (tool for tool in [pydantic_function_tool(Weather)])
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, tools=tools)
    assert len(recorder.body["tools"]) == 1
    tool_calls = completion.choices[0].message.tool_calls
    assert tool_calls is not None and tool_calls[0].function.parsed_arguments == Weather(city="A", temperature=1)


def test_extra_headers_override_and_extra_body_is_merged() -> None:
    recorder = Recorder(_completion('{"city": "A", "temperature": 1}'))
    _chat(recorder).parse(
        model="gpt-4o",
        messages=MESSAGES,
        response_format=Weather,
        extra_headers={"X-Custom": "1"},
        extra_body={"custom_field": True},
    )
    assert recorder.requests[-1].headers["X-Custom"] == "1"
    assert recorder.body["custom_field"] is True


def test_unsupported_response_format_type_raises() -> None:
    recorder = Recorder(_completion("x"))
    with pytest.raises(TypeError, match="response_format"):
        _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=int)


async def test_async_parse() -> None:
    recorder = Recorder(_completion('{"city": "Lima", "temperature": 18}'))
    completion = await _async_chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert completion.choices[0].message.parsed == Weather(city="Lima", temperature=18)
    assert recorder.requests[-1].headers["X-Stainless-Helper-Method"] == "chat.completions.parse"


async def test_async_parse_length_raises() -> None:
    recorder = Recorder(_completion("{", finish_reason="length"))
    with pytest.raises(LengthFinishReasonError):
        await _async_chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)


# ---------------------------------------------------------------------------------------------------------------
# responses.parse


def _response(output: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "gpt-4o",
        "status": "completed",
        "output": output,
        "tools": [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "metadata": None,
        "temperature": None,
        "top_p": None,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
    }


def _message(text: str) -> Dict[str, Any]:
    return {
        "type": "message",
        "id": "msg_1",
        "role": "assistant",
        "status": "completed",
        "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
    }


def _function_call(name: str, arguments: str) -> Dict[str, Any]:
    return {
        "type": "function_call",
        "id": "fc_1",
        "call_id": "call_1",
        "name": name,
        "arguments": arguments,
        "status": "completed",
    }


def _responses(recorder: Callable[[httpx.Request], httpx.Response]) -> ResponsesHelpers:
    client = OpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    return client.responses


def test_responses_parse_sends_text_format_and_parses_output_text() -> None:
    recorder = Recorder(_response([_message('{"city": "Kyiv", "temperature": 5}')]))
    response = _responses(recorder).parse(model="gpt-4o", input="weather?", text_format=Weather)

    assert recorder.requests[-1].url.path == "/v1/responses"
    assert recorder.requests[-1].headers["X-Stainless-Helper-Method"] == "responses.parse"
    assert recorder.body["text"] == {
        "format": {"type": "json_schema", "strict": True, "name": "Weather", "schema": to_strict_json_schema(Weather)}
    }
    assert "stream" not in recorder.body
    assert response.output_parsed == Weather(city="Kyiv", temperature=5)


def test_responses_parse_keeps_other_text_options() -> None:
    recorder = Recorder(_response([_message('{"city": "A", "temperature": 1}')]))
    _responses(recorder).parse(model="gpt-4o", input="x", text_format=Weather, text={"verbosity": "low"})
    assert recorder.body["text"]["verbosity"] == "low"
    assert recorder.body["text"]["format"]["name"] == "Weather"


def test_responses_parse_rejects_text_format_with_text_format_dict() -> None:
    recorder = Recorder(_response([]))
    with pytest.raises(TypeError, match="text.format"):
        _responses(recorder).parse(model="gpt-4o", input="x", text_format=Weather, text={"format": {"type": "text"}})
    assert recorder.requests == []


def test_responses_parse_converts_pydantic_tools_and_parses_arguments() -> None:
    recorder = Recorder(_response([_function_call("Weather", '{"city": "Nice", "temperature": 25, "units": null}')]))
    response = _responses(recorder).parse(model="gpt-4o", input="x", tools=[pydantic_function_tool(Weather)])

    assert recorder.body["tools"] == [
        {
            "type": "function",
            "name": "Weather",
            "parameters": to_strict_json_schema(Weather),
            "strict": True,
            "description": "Weather in a city.",
        }
    ]
    call = response.output[0]
    assert isinstance(call, ParsedResponseFunctionToolCall)
    assert call.parsed_arguments == Weather(city="Nice", temperature=25)
    assert response.output_parsed is None


def test_responses_parse_strict_responses_tool_gets_json_arguments() -> None:
    recorder = Recorder(_response([_function_call("lookup", '{"q": "x"}')]))
    tool: Any = {"type": "function", "name": "lookup", "parameters": {"type": "object"}, "strict": True}
    response = _responses(recorder).parse(model="gpt-4o", input="x", tools=[tool])
    call = response.output[0]
    assert isinstance(call, ParsedResponseFunctionToolCall)
    assert call.parsed_arguments == {"q": "x"}


def test_responses_parse_rejects_plain_chat_shaped_function_tools() -> None:
    recorder = Recorder(_response([]))
    chat_tool: Any = {"type": "function", "function": {"name": "f", "parameters": {}}}
    with pytest.raises(TypeError, match="pydantic_function_tool"):
        _responses(recorder).parse(model="gpt-4o", input="x", tools=[chat_tool])


def test_pydantic_function_tool_function_is_marked() -> None:
    # The marker survives a shallow copy of the tool, which is how callers usually pass tool lists around.
    tool = dict(pydantic_function_tool(Weather))
    assert isinstance(tool["function"], PydanticFunctionTool)


async def test_async_responses_parse() -> None:
    recorder = Recorder(_response([_message('{"city": "Quito", "temperature": 14}')]))
    client = AsyncOpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    response = await client.responses.parse(model="gpt-4o", input="x", text_format=Weather)
    assert response.output_parsed == Weather(city="Quito", temperature=14)


# ---------------------------------------------------------------------------------------------------------------
# Against the built-in local server (openai.testing), routed in-process


def test_builtin_server_answers_a_schema_and_parse_validates_it() -> None:
    from openai.testing import Server

    with Server() as server:
        helpers = server.client().chat.completions
        completion = helpers.parse(model="gpt-4o-mini", messages=MESSAGES, response_format=Weather)
        # The server builds a JSON value valid for the strict schema it received.
        assert isinstance(completion.choices[0].message.parsed, Weather)
        recorded = server.requests[-1]
        assert recorded.body["response_format"]["json_schema"]["strict"] is True
        assert recorded.headers["x-stainless-helper-method"] == "chat.completions.parse"


def test_builtin_server_scripted_tool_call_is_parsed() -> None:
    from openai.testing import Server, ToolCall

    with Server() as server:
        server.reply("chat.completions.create", tool_calls=[ToolCall("Weather", {"city": "Bern", "temperature": 9})])
        completion = server.client().chat.completions.parse(
            model="gpt-4o-mini", messages=MESSAGES, tools=[pydantic_function_tool(Weather)]
        )
    tool_calls = completion.choices[0].message.tool_calls
    assert tool_calls is not None
    assert tool_calls[0].function.parsed_arguments == Weather(city="Bern", temperature=9)


def test_builtin_server_scripted_refusal() -> None:
    from openai.testing import Server

    with Server() as server:
        server.reply("chat.completions.create", refusal="No.")
        completion = server.client().chat.completions.parse(
            model="gpt-4o-mini", messages=MESSAGES, response_format=Weather
        )
    assert completion.choices[0].message.refusal == "No."
    assert completion.choices[0].message.parsed is None


def test_builtin_server_responses_parse() -> None:
    from openai.testing import Server

    with Server() as server:
        server.reply("responses.create", '{"city": "Riga", "temperature": 4, "units": null}')
        response = server.client().responses.parse(model="gpt-4o-mini", input="x", text_format=Weather)
    assert response.output_parsed == Weather(city="Riga", temperature=4)


def test_helpers_are_reachable_on_both_clients() -> None:
    client = OpenAI(api_key="test", base_url=BASE_URL)
    async_client = AsyncOpenAI(api_key="test", base_url=BASE_URL)
    assert isinstance(client.chat.completions, ChatCompletionsHelpers)
    assert isinstance(client.responses, ResponsesHelpers)
    assert isinstance(async_client.chat.completions, AsyncChatCompletionsHelpers)
    assert isinstance(async_client.responses, AsyncResponsesHelpers)


def test_result_types_follow_the_format_class() -> None:
    from typing_extensions import assert_type

    from openai.types.responses.parsed_response import ParsedResponse

    recorder = Recorder(_completion('{"city": "A", "temperature": 1}'))
    completion = _chat(recorder).parse(model="gpt-4o", messages=MESSAGES, response_format=Weather)
    assert_type(completion, ParsedChatCompletion[Weather])
    assert_type(completion.choices[0].message.parsed, Optional[Weather])

    response_recorder = Recorder(_response([_message('{"city": "A", "temperature": 1}')]))
    response = _responses(response_recorder).parse(model="gpt-4o", input="x", text_format=Weather)
    assert_type(response, ParsedResponse[Weather])
    assert_type(response.output_parsed, Optional[Weather])
    assert response.output_parsed == Weather(city="A", temperature=1)
