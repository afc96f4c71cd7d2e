# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.beta.responses.input_tokens`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.beta.responses.input_token_count_response import InputTokenCountResponse


class TestInputTokens:
    def test_method_count(self, client: OpenAI) -> None:
        result = client.beta.responses.input_tokens.count()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    def test_method_count_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.responses.input_tokens.count(
            model="string",
            input="string",
            previous_response_id="string",
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "string"}, "strict": True}],
            text={},
            reasoning={},
            truncation="auto",
            instructions="string",
            personality="string",
            conversation="string",
            tool_choice="none",
            parallel_tool_calls=True,
            betas=["responses_multi_agent=v1"],
        )
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    def test_raw_response_count(self, client: OpenAI) -> None:
        response = client.beta.responses.input_tokens.with_raw_response.count()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    def test_streaming_response_count(self, client: OpenAI) -> None:
        with client.beta.responses.input_tokens.with_streaming_response.count() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(InputTokenCountResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncInputTokens:
    async def test_method_count(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.input_tokens.count()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    async def test_method_count_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.input_tokens.count(
            model="string",
            input="string",
            previous_response_id="string",
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "string"}, "strict": True}],
            text={},
            reasoning={},
            truncation="auto",
            instructions="string",
            personality="string",
            conversation="string",
            tool_choice="none",
            parallel_tool_calls=True,
            betas=["responses_multi_agent=v1"],
        )
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    async def test_raw_response_count(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.input_tokens.with_raw_response.count()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(InputTokenCountResponse, result, path=["response"])

    async def test_streaming_response_count(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.input_tokens.with_streaming_response.count() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(InputTokenCountResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
