"""`Response.output_text`: the text of every `output_text` part of every `message` output item, joined."""

from __future__ import annotations

from typing import Any

import pytest

from openai.types.responses import Response


def _response(output: list[dict[str, Any]]) -> Response:
    return Response.model_validate(
        {
            "id": "resp_1",
            "object": "response",
            "created_at": 1,
            "model": "gpt-4o",
            "status": "completed",
            "output": output,
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "metadata": {},
            "temperature": 1.0,
            "top_p": 1.0,
            "error": None,
            "incomplete_details": None,
            "instructions": None,
        }
    )


def _message(*parts: dict[str, Any], id: str = "msg_1") -> dict[str, Any]:
    return {"type": "message", "id": id, "role": "assistant", "status": "completed", "content": list(parts)}


def _text(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def test_joins_text_parts_of_every_message_in_order() -> None:
    response = _response(
        [
            _message(_text("Hello, "), {"type": "refusal", "refusal": "no"}, _text("world")),
            {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "f", "arguments": "{}"},
            _message(_text("!"), id="msg_2"),
        ]
    )
    assert response.output_text == "Hello, world!"


@pytest.mark.parametrize(
    "output",
    [
        [],
        [{"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "f", "arguments": "{}"}],
        [_message({"type": "refusal", "refusal": "no"})],
    ],
)
def test_is_empty_without_text_output(output: list[dict[str, Any]]) -> None:
    assert _response(output).output_text == ""


def test_is_a_property_not_a_field() -> None:
    assert "output_text" not in Response.model_fields
    response = _response([_message(_text("hi"))])
    # never serialised: the API does not send it and a round trip must not invent it
    assert "output_text" not in response.model_dump()
    assert '"output_text":' not in response.to_json()


def test_follows_changes_to_output() -> None:
    response = _response([_message(_text("a"))])
    response.output.append(_response([_message(_text("b"), id="msg_2")]).output[0])
    assert response.output_text == "ab"
