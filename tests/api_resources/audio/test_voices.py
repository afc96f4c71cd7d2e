# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.audio.voices`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.voice_resource import VoiceResource


class TestVoices:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.voices.create(name="string", audio_sample=b"raw file contents", consent="string")
        assert_matches_type(VoiceResource, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.voices.with_raw_response.create(
            name="string", audio_sample=b"raw file contents", consent="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceResource, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.voices.with_streaming_response.create(
            name="string", audio_sample=b"raw file contents", consent="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VoiceResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncVoices:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voices.create(
            name="string", audio_sample=b"raw file contents", consent="string"
        )
        assert_matches_type(VoiceResource, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.voices.with_raw_response.create(
            name="string", audio_sample=b"raw file contents", consent="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceResource, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.voices.with_streaming_response.create(
            name="string", audio_sample=b"raw file contents", consent="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VoiceResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True
