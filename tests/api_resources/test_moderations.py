# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.moderations`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.moderation_create_response import ModerationCreateResponse


class TestModerations:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.moderations.create(input="")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.moderations.create(input="", model="string")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.moderations.with_raw_response.create(input="")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.moderations.with_streaming_response.create(input="") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ModerationCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncModerations:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.moderations.create(input="")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.moderations.create(input="", model="string")
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.moderations.with_raw_response.create(input="")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ModerationCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.moderations.with_streaming_response.create(input="") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ModerationCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
