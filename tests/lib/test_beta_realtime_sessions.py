"""`client.beta.realtime.sessions.create(model=...)`: the call the beta Realtime docs show, with no `client_secret`.

The spec reuses the response schema (which requires `client_secret`) as the request body; the official SDK never
required it. Runs against the built-in server, whose request validation follows the same (corrected) schema.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from openai.testing import Server
from openai.types.beta.realtime import TranscriptionSession, SessionCreateResponse


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def test_create_session_with_model_only(server: Server) -> None:
    client = server.client()
    session = client.beta.realtime.sessions.create(model="gpt-4o-realtime-preview")
    assert isinstance(session, SessionCreateResponse)
    assert isinstance(session.client_secret.value, str)
    request = server.requests[-1]
    assert request.path.endswith("/realtime/sessions")
    assert request.body == {"model": "gpt-4o-realtime-preview"}
    assert request.headers["openai-beta"] == "realtime=v1"


def test_create_session_with_noise_reduction_and_modalities(server: Server) -> None:
    client = server.client()
    client.beta.realtime.sessions.create(
        model="gpt-realtime",
        modalities=["text"],
        input_audio_noise_reduction={"type": "near_field"},
    )
    assert server.requests[-1].body == {
        "model": "gpt-realtime",
        "modalities": ["text"],
        "input_audio_noise_reduction": {"type": "near_field"},
    }


async def test_async_create_session_with_model_only(server: Server) -> None:
    client = server.async_client()
    session = await client.beta.realtime.sessions.create(model="gpt-realtime")
    assert isinstance(session, SessionCreateResponse)
    assert server.requests[-1].body == {"model": "gpt-realtime"}


def test_create_transcription_session_with_modalities(server: Server) -> None:
    client = server.client()
    session = client.beta.realtime.transcription_sessions.create(modalities=["text"])
    assert isinstance(session, TranscriptionSession)
    assert server.requests[-1].body == {"modalities": ["text"]}


async def test_async_create_transcription_session(server: Server) -> None:
    client = server.async_client()
    session = await client.beta.realtime.transcription_sessions.create(input_audio_format="pcm16")
    assert isinstance(session, TranscriptionSession)
