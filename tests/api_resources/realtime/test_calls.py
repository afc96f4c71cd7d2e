# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.realtime.calls`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import binary_route
from openai._response import StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse
from openai._legacy_response import HttpxBinaryResponseContent


class TestCalls:
    def test_method_create(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/realtime/calls"):
            result = client.realtime.calls.create(sdp="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/realtime/calls"):
            result = client.realtime.calls.create(sdp="string", session={"type": "realtime"})
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_raw_response_create(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/realtime/calls"):
            response = client.realtime.calls.with_raw_response.create(sdp="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with binary_route(client, "POST", "/realtime/calls"):
            with client.realtime.calls.with_streaming_response.create(sdp="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                assert isinstance(response, StreamedBinaryAPIResponse)
                content = response.read()
                assert isinstance(content, bytes)

        assert cast(Any, response.is_closed) is True

    def test_method_accept(self, client: OpenAI) -> None:
        result = client.realtime.calls.accept("call_id", type="realtime")
        assert result is None

    def test_method_accept_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.accept(
            "call_id",
            type="realtime",
            output_modalities=["text"],
            model="string",
            instructions="string",
            audio={},
            include=["item.input_audio_transcription.logprobs"],
            tracing="auto",
            tools=[{"type": "function"}],
            tool_choice="none",
            parallel_tool_calls=True,
            reasoning={},
            max_output_tokens=1,
            truncation="auto",
            prompt={"id": "string"},
        )
        assert result is None

    def test_raw_response_accept(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.accept("call_id", type="realtime")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    def test_streaming_response_accept(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.accept("call_id", type="realtime") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_accept(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            client.realtime.calls.with_raw_response.accept("", type="realtime")

    def test_method_hangup(self, client: OpenAI) -> None:
        result = client.realtime.calls.hangup("call_id")
        assert result is None

    def test_raw_response_hangup(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.hangup("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    def test_streaming_response_hangup(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.hangup("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_hangup(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            client.realtime.calls.with_raw_response.hangup("")

    def test_method_refer(self, client: OpenAI) -> None:
        result = client.realtime.calls.refer("call_id", target_uri="string")
        assert result is None

    def test_raw_response_refer(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.refer("call_id", target_uri="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    def test_streaming_response_refer(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.refer("call_id", target_uri="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_refer(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            client.realtime.calls.with_raw_response.refer("", target_uri="string")

    def test_method_reject(self, client: OpenAI) -> None:
        result = client.realtime.calls.reject("call_id")
        assert result is None

    def test_method_reject_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.calls.reject("call_id", status_code=1)
        assert result is None

    def test_raw_response_reject(self, client: OpenAI) -> None:
        response = client.realtime.calls.with_raw_response.reject("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    def test_streaming_response_reject(self, client: OpenAI) -> None:
        with client.realtime.calls.with_streaming_response.reject("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_reject(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            client.realtime.calls.with_raw_response.reject("")


class TestAsyncCalls:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/realtime/calls"):
            result = await async_client.realtime.calls.create(sdp="string")
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/realtime/calls"):
            result = await async_client.realtime.calls.create(sdp="string", session={"type": "realtime"})
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/realtime/calls"):
            response = await async_client.realtime.calls.with_raw_response.create(sdp="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "POST", "/realtime/calls"):
            async with async_client.realtime.calls.with_streaming_response.create(sdp="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                assert isinstance(response, AsyncStreamedBinaryAPIResponse)
                content = await response.read()
                assert isinstance(content, bytes)

        assert cast(Any, response.is_closed) is True

    async def test_method_accept(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.accept("call_id", type="realtime")
        assert result is None

    async def test_method_accept_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.accept(
            "call_id",
            type="realtime",
            output_modalities=["text"],
            model="string",
            instructions="string",
            audio={},
            include=["item.input_audio_transcription.logprobs"],
            tracing="auto",
            tools=[{"type": "function"}],
            tool_choice="none",
            parallel_tool_calls=True,
            reasoning={},
            max_output_tokens=1,
            truncation="auto",
            prompt={"id": "string"},
        )
        assert result is None

    async def test_raw_response_accept(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.accept("call_id", type="realtime")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    async def test_streaming_response_accept(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.accept("call_id", type="realtime") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_accept(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            await async_client.realtime.calls.with_raw_response.accept("", type="realtime")

    async def test_method_hangup(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.hangup("call_id")
        assert result is None

    async def test_raw_response_hangup(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.hangup("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    async def test_streaming_response_hangup(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.hangup("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_hangup(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            await async_client.realtime.calls.with_raw_response.hangup("")

    async def test_method_refer(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.refer("call_id", target_uri="string")
        assert result is None

    async def test_raw_response_refer(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.refer("call_id", target_uri="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    async def test_streaming_response_refer(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.refer(
            "call_id", target_uri="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_refer(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            await async_client.realtime.calls.with_raw_response.refer("", target_uri="string")

    async def test_method_reject(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.reject("call_id")
        assert result is None

    async def test_method_reject_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.calls.reject("call_id", status_code=1)
        assert result is None

    async def test_raw_response_reject(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.calls.with_raw_response.reject("call_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    async def test_streaming_response_reject(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.calls.with_streaming_response.reject("call_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_reject(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `call_id`"):
            await async_client.realtime.calls.with_raw_response.reject("")
