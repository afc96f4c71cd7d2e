# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.audio.speech`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import binary_route
from openai._response import StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse
from openai._legacy_response import HttpxBinaryResponseContent


class TestSpeech:
    def test_method_create(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/audio/speech"):
            result = client.audio.speech.create(model="string", input="string", voice="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/audio/speech"):
            result = client.audio.speech.create(
                model="string",
                input="string",
                voice="string",
                instructions="string",
                response_format="mp3",
                speed=1,
                stream_format="sse",
            )
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_raw_response_create(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/audio/speech"):
            response = client.audio.speech.with_raw_response.create(model="string", input="string", voice="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/audio/speech"):
            with client.audio.speech.with_streaming_response.create(
                model="string", input="string", voice="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                assert isinstance(response, StreamedBinaryAPIResponse)
                content = response.read()
                assert isinstance(content, bytes)

        assert cast(Any, response.is_closed) is True


class TestAsyncSpeech:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/audio/speech"):
            result = await async_client.audio.speech.create(model="string", input="string", voice="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/audio/speech"):
            result = await async_client.audio.speech.create(
                model="string",
                input="string",
                voice="string",
                instructions="string",
                response_format="mp3",
                speed=1,
                stream_format="sse",
            )
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/audio/speech"):
            response = await async_client.audio.speech.with_raw_response.create(
                model="string", input="string", voice="string"
            )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/audio/speech"):
            async with async_client.audio.speech.with_streaming_response.create(
                model="string", input="string", voice="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                assert isinstance(response, AsyncStreamedBinaryAPIResponse)
                content = await response.read()
                assert isinstance(content, bytes)

        assert cast(Any, response.is_closed) is True
