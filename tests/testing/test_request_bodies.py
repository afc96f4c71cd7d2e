"""Request bodies the API accepts although the spec's schemas mark some of their keys required, and the errors
for bodies it does not accept: reported for the union member the body meant."""

from __future__ import annotations

from unittest.mock import ANY

import httpx
import pytest

import openai
from openai import OpenAI

IMAGE_URL = "https://example.com/cat.png"


def _user(*parts: object) -> list[object]:
    return [{"role": "user", "content": list(parts)}]


def test_responses_accepts_image_and_file_parts_without_detail(oai: OpenAI) -> None:
    response = oai.responses.create(
        model="gpt-4.1-mini",
        input=_user(  # type: ignore[arg-type]
            {"type": "input_text", "text": "what is this?"},
            {"type": "input_image", "image_url": IMAGE_URL},
            {"type": "input_image", "file_id": "file_123", "detail": "high"},
            {"type": "input_file", "file_url": "https://example.com/report.pdf"},
            {"type": "input_file", "filename": "a.txt", "file_data": "data:text/plain;base64,aGk="},
        ),
    )
    assert response.output_text == "what is this?"


def test_chat_accepts_image_audio_and_file_parts(oai: OpenAI) -> None:
    completion = oai.chat.completions.create(
        model="gpt-4o",
        messages=_user(  # type: ignore[arg-type]
            {"type": "text", "text": "describe"},
            {"type": "image_url", "image_url": {"url": IMAGE_URL}},
            {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
            {"type": "file", "file": {"file_id": "file_123"}},
        ),
    )
    assert completion.choices[0].message.content == "describe"


def test_function_tools_without_strict_or_parameters_are_accepted(oai: OpenAI) -> None:
    # `strict` and `parameters` are required by the schema but may be null, so absent is fine too.
    response = oai.responses.create(model="m", input="hi", tools=[{"type": "function", "name": "lookup"}])  # type: ignore[list-item]
    assert response.status == "completed"


def test_realtime_session_without_client_secret_gets_an_ephemeral_key(oai: OpenAI) -> None:
    # What `client.beta.realtime.sessions.create(model=..., ...)` sends: the official SDK never sends
    # `client_secret`, which the spec lists as required.
    body = {"model": "gpt-4o-realtime-preview", "modalities": ["audio", "text"], "instructions": "Be brief."}
    session = oai.post("/realtime/sessions", body=body, cast_to=httpx.Response).json()
    assert session["model"] == "gpt-4o-realtime-preview"
    assert session["modalities"] == ["audio", "text"]
    assert session["instructions"] == "Be brief."
    assert session["object"] == "realtime.session"
    assert session["id"].startswith("sess_")
    assert session["client_secret"]["value"].startswith("ek_")
    assert isinstance(session["client_secret"]["expires_at"], int)


def test_realtime_session_settings_are_still_checked(oai: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        oai.post("/realtime/sessions", body={"model": "m", "modalities": ["smell"]}, cast_to=httpx.Response)
    assert (info.value.param, info.value.code) == ("modalities[0]", "invalid_value")


@pytest.mark.parametrize(
    ("part", "param", "message"),
    [
        (
            {"type": "input_video", "video_url": IMAGE_URL},
            "input[0].content[0].type",
            "Invalid value: 'input_video'. Supported values are: 'input_text', 'input_image', 'input_file'.",
        ),
        (
            {"type": "input_image", "image_url": IMAGE_URL, "detail": "ultra"},
            "input[0].content[0].detail",
            "Invalid value: 'ultra'. Supported values are: 'low', 'high', 'auto' or 'original'.",
        ),
        (
            {"type": "input_image", "image_url": 42},
            "input[0].content[0].image_url",
            "Invalid type for 'input[0].content[0].image_url': expected a string, but got a number instead.",
        ),
        (
            {"type": "input_text"},
            "input[0].content[0].text",
            "Missing required parameter: 'input[0].content[0].text'.",
        ),
    ],
)
def test_errors_name_the_member_the_part_meant(oai: OpenAI, part: object, param: str, message: str) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(model="m", input=_user(part))  # type: ignore[arg-type]
    assert info.value.param == param
    assert info.value.body == {"message": message, "type": "invalid_request_error", "param": param, "code": ANY}


def test_an_unknown_role_lists_the_roles(oai: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        oai.responses.create(model="m", input=[{"role": "robot", "content": "hi"}])  # type: ignore[list-item]
    assert info.value.param == "input[0].role"
    assert "Supported values are: 'user', 'assistant', 'system', 'developer'." in str(info.value)
