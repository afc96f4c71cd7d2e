# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.audio.transcriptions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.audio.transcription_create_response import TranscriptionCreateResponse


class TestTranscriptions:
    def test_method_create_overload_1(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(file=b"raw file contents", model="string")
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_method_create_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            languages=["string"],
            keywords=["string"],
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=False,
        )
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_method_create_overload_2(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(file=b"raw file contents", model="string", stream=True)
        result.close()

    def test_method_create_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            stream=True,
            language="string",
            languages=["string"],
            keywords=["string"],
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
        )
        result.close()

    def test_raw_response_create_overload_1(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(file=b"raw file contents", model="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    def test_streaming_response_create_overload_1(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_create_overload_2(self, client: OpenAI) -> None:
        response = client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string", stream=True
        )

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_create_overload_2(self, client: OpenAI) -> None:
        with client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True


class TestAsyncTranscriptions:
    async def test_method_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(file=b"raw file contents", model="string")
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            language="string",
            languages=["string"],
            keywords=["string"],
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
            stream=False,
        )
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_method_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(file=b"raw file contents", model="string", stream=True)
        await result.close()

    async def test_method_create_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.transcriptions.create(
            file=b"raw file contents",
            model="string",
            stream=True,
            language="string",
            languages=["string"],
            keywords=["string"],
            prompt="string",
            response_format="json",
            temperature=0,
            include=["logprobs"],
            timestamp_granularities=["word"],
            chunking_strategy="auto",
            known_speaker_names=["string"],
            known_speaker_references=["string"],
        )
        await result.close()

    async def test_raw_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

    async def test_streaming_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(TranscriptionCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.transcriptions.with_raw_response.create(
            file=b"raw file contents", model="string", stream=True
        )

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.transcriptions.with_streaming_response.create(
            file=b"raw file contents", model="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True
