# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.beta.realtime.transcription_sessions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.beta.realtime.transcription_session import TranscriptionSession


class TestTranscriptionSessions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.beta.realtime.transcription_sessions.create()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.realtime.transcription_sessions.create(
            turn_detection={"type": "server_vad"},
            input_audio_noise_reduction={},
            input_audio_format="pcm16",
            input_audio_transcription={},
            include=["item.input_audio_transcription.logprobs"],
            client_secret={"value": "string", "expires_at": 1},
            modalities=["text"],
        )
        assert_matches_type(TranscriptionSession, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.beta.realtime.transcription_sessions.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.beta.realtime.transcription_sessions.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(TranscriptionSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncTranscriptionSessions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.transcription_sessions.create()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.realtime.transcription_sessions.create(
            turn_detection={"type": "server_vad"},
            input_audio_noise_reduction={},
            input_audio_format="pcm16",
            input_audio_transcription={},
            include=["item.input_audio_transcription.logprobs"],
            client_secret={"value": "string", "expires_at": 1},
            modalities=["text"],
        )
        assert_matches_type(TranscriptionSession, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.realtime.transcription_sessions.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionSession, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.realtime.transcription_sessions.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(TranscriptionSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True
