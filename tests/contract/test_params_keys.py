# pyright: reportDeprecated=false
# (These tests call Assistants API methods, deprecated like the official ones, on purpose.)

"""Params TypedDicts list what the official ones list, and the methods still put each value where it belongs.

Keyword-only path parameters (`thread_id` of `runs.submit_tool_outputs`) and header parameters (`betas`, sent as
`openai-beta`) are keys of the params TypedDicts, as in the official SDK, so code that builds the arguments as a
dict and splats them keeps type-checking; the request still carries them in the URL and the headers, never in
the body.
"""

from __future__ import annotations

import json
from typing import Any, List

import httpx
from typing_extensions import Required, get_origin, get_type_hints

import openai
from openai.types.beta import response_compact_params
from openai.types.beta.threads import run_submit_tool_outputs_params
from openai.types.beta.realtime import session_create_params
from openai.types.beta.threads.runs import StepRetrieveParams
from openai.types.admin.organization import ProjectCreateParams

RUN = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_1", "assistant_id": "asst_1"}


def _recording_client(reply: object) -> tuple[openai.OpenAI, List[httpx.Request]]:
    seen: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=reply)

    client = openai.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    return client, seen


def _required(td: Any, key: str) -> bool:
    # the modules use postponed annotations, so `Required[...]` shows in the evaluated hints, as in the official SDK
    origin: object = get_origin(get_type_hints(td, include_extras=True)[key])
    return origin is Required


def test_path_parameters_are_required_keys() -> None:
    assert _required(run_submit_tool_outputs_params.RunSubmitToolOutputsParamsBase, "thread_id")
    assert _required(run_submit_tool_outputs_params.RunSubmitToolOutputsParamsStreaming, "thread_id")
    assert _required(StepRetrieveParams, "run_id") and _required(StepRetrieveParams, "thread_id")


def test_path_parameters_stay_in_the_url() -> None:
    client, seen = _recording_client(RUN)
    params: run_submit_tool_outputs_params.RunSubmitToolOutputsParamsBase = {
        "thread_id": "thread_1",
        "tool_outputs": [{"tool_call_id": "call_1", "output": "42"}],
    }
    client.beta.threads.runs.submit_tool_outputs("run_1", **params)
    request = seen[-1]
    assert request.url.path == "/v1/threads/thread_1/runs/run_1/submit_tool_outputs"
    assert json.loads(request.content) == {"tool_outputs": [{"tool_call_id": "call_1", "output": "42"}]}


def test_header_parameters_are_keys_with_their_wire_name() -> None:
    hints = get_type_hints(response_compact_params.ResponseCompactParams, include_extras=True)
    betas: Any = hints["betas"]
    assert [getattr(meta, "alias", None) for meta in betas.__metadata__] == ["openai-beta"]
    assert "betas" in response_compact_params.ResponseCompactParams.__optional_keys__


def test_header_parameters_are_sent_as_headers() -> None:
    reply: dict[str, Any] = {
        "id": "resp_1",
        "object": "response.compaction",
        "created_at": 1,
        "output": [],
        "usage": {},
    }
    client, seen = _recording_client(reply)
    client.beta.responses.compact(model="gpt-5", betas=["responses_multi_agent=v1"])
    request = seen[-1]
    assert request.headers["openai-beta"] == "responses_multi_agent=v1"
    assert "betas" not in json.loads(request.content)


def test_keys_of_older_api_versions() -> None:
    assert {"model", "input_audio_noise_reduction"} <= session_create_params.SessionCreateParams.__optional_keys__
    assert {"create_response", "eagerness", "interrupt_response"} <= (
        session_create_params.TurnDetection.__optional_keys__
    )
    assert "geography" in ProjectCreateParams.__optional_keys__
