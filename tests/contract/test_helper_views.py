"""The raw and streaming views of a resource expose the mixin helpers listed under `wrap` in `codegen/config.yaml`.

`client.chat.completions.with_raw_response.parse(...)` returns the raw HTTP response whose `.parse()` gives the
`ParsedChatCompletion` the helper itself would return; stream managers (`.stream`) and polling helpers
(`create_and_poll`, `upload_and_poll`) are not part of the views, as on the official surface.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List

import httpx
import pytest
import pydantic

from openai import OpenAI, AsyncOpenAI
from openai._response import APIResponse, AsyncAPIResponse
from openai._legacy_response import LegacyAPIResponse

# These tests exercise APIs the official SDK deprecates (Assistants, Videos): the warning itself is tested in
# tests/lib/test_deprecations.py; here it is expected and silenced so `-W error` runs stay meaningful.
pytestmark = [
    pytest.mark.filterwarnings("ignore:The Assistants API is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The Videos API is deprecated:DeprecationWarning"),
]

BASE_URL = "http://127.0.0.1:4010/v1"


class Weather(pydantic.BaseModel):
    city: str
    temperature: float


def _chat_completion(content: str) -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "gpt-4o",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": content, "refusal": None},
            }
        ],
    }


def _response(text: str) -> Dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1700000000,
        "model": "gpt-4o",
        "status": "completed",
        "output": [
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
            }
        ],
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


class Replier:
    """Answers every request with one JSON body (and a request-id header) and records the requests."""

    def __init__(self, reply: Dict[str, Any]) -> None:
        self.reply = reply
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.reply, headers={"x-request-id": "req_helper"})

    @property
    def body(self) -> Dict[str, Any]:
        return json.loads(self.requests[-1].content)


def _client(replier: Replier) -> OpenAI:
    return OpenAI(api_key="test", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(replier)))


def _async_client(replier: Replier) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(replier))
    )


WEATHER = '{"city": "Kyiv", "temperature": 5}'


def test_chat_parse_raw_view_returns_the_raw_response_and_parses_into_the_model() -> None:
    replier = Replier(_chat_completion(WEATHER))
    raw = _client(replier).chat.completions.with_raw_response.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    )
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.headers["x-request-id"] == "req_helper"
    assert replier.requests[-1].headers["X-Stainless-Raw-Response"] == "true"
    assert replier.requests[-1].headers["X-Stainless-Helper-Method"] == "chat.completions.parse"
    assert replier.body["response_format"]["type"] == "json_schema"
    completion = raw.parse()
    assert completion.choices[0].message.parsed == Weather(city="Kyiv", temperature=5)


def test_beta_chat_alias_has_the_same_raw_parse() -> None:
    replier = Replier(_chat_completion(WEATHER))
    raw = _client(replier).beta.chat.completions.with_raw_response.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    )
    assert raw.parse().choices[0].message.parsed == Weather(city="Kyiv", temperature=5)


def test_chat_parse_streaming_view_reads_the_body_on_demand() -> None:
    replier = Replier(_chat_completion(WEATHER))
    view = _client(replier).chat.completions.with_streaming_response
    with view.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    ) as response:
        assert isinstance(response, APIResponse)
        assert replier.requests[-1].headers["X-Stainless-Raw-Response"] == "stream"
        completion = response.parse()
    assert completion.choices[0].message.parsed == Weather(city="Kyiv", temperature=5)


async def test_async_chat_parse_views() -> None:
    replier = Replier(_chat_completion(WEATHER))
    completions = _async_client(replier).chat.completions
    raw = await completions.with_raw_response.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    )
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.parse().choices[0].message.parsed == Weather(city="Kyiv", temperature=5)
    async with completions.with_streaming_response.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    ) as response:
        assert isinstance(response, AsyncAPIResponse)
        streamed = await response.parse()
    assert streamed.choices[0].message.parsed == Weather(city="Kyiv", temperature=5)


def test_responses_parse_views() -> None:
    replier = Replier(_response(WEATHER))
    responses = _client(replier).responses
    raw = responses.with_raw_response.parse(model="gpt-4o", input="weather?", text_format=Weather)
    assert replier.requests[-1].headers["X-Stainless-Helper-Method"] == "responses.parse"
    assert raw.parse().output_parsed == Weather(city="Kyiv", temperature=5)
    with responses.with_streaming_response.parse(model="gpt-4o", input="weather?", text_format=Weather) as response:
        assert response.parse().output_parsed == Weather(city="Kyiv", temperature=5)


async def test_async_responses_parse_views() -> None:
    replier = Replier(_response(WEATHER))
    responses = _async_client(replier).responses
    raw = await responses.with_raw_response.parse(model="gpt-4o", input="weather?", text_format=Weather)
    assert raw.parse().output_parsed == Weather(city="Kyiv", temperature=5)
    async with responses.with_streaming_response.parse(
        model="gpt-4o", input="weather?", text_format=Weather
    ) as response:
        assert (await response.parse()).output_parsed == Weather(city="Kyiv", temperature=5)


def test_stream_managers_and_polling_helpers_are_not_on_the_views() -> None:
    client = OpenAI(api_key="test", base_url=BASE_URL)
    views: List[object] = [
        client.chat.completions.with_raw_response,
        client.chat.completions.with_streaming_response,
        client.responses.with_raw_response,
        client.beta.threads.runs.with_raw_response,
        client.vector_stores.files.with_raw_response,
        client.vector_stores.file_batches.with_streaming_response,
        client.files.with_raw_response,
    ]
    helpers = ("stream", "create_and_poll", "poll", "upload_and_poll", "create_and_stream", "wait_for_processing")
    exposed = [f"{type(view).__name__}.{name}" for view in views for name in helpers if hasattr(view, name)]
    assert exposed == []
