# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.beta.chatkit.sessions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.beta.chatkit.chat_session import ChatSession


class TestSessions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.beta.chatkit.sessions.create(workflow={"id": "string"}, user="string")
        assert_matches_type(ChatSession, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.chatkit.sessions.create(
            workflow={"id": "string"},
            user="string",
            expires_after={"anchor": "created_at", "seconds": 1},
            rate_limits={},
            chatkit_configuration={},
        )
        assert_matches_type(ChatSession, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.beta.chatkit.sessions.with_raw_response.create(workflow={"id": "string"}, user="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatSession, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.beta.chatkit.sessions.with_streaming_response.create(
            workflow={"id": "string"}, user="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.beta.chatkit.sessions.cancel("session_id")
        assert_matches_type(ChatSession, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.beta.chatkit.sessions.with_raw_response.cancel("session_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatSession, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.beta.chatkit.sessions.with_streaming_response.cancel("session_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `session_id`"):
            client.beta.chatkit.sessions.with_raw_response.cancel("")


class TestAsyncSessions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.sessions.create(workflow={"id": "string"}, user="string")
        assert_matches_type(ChatSession, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.sessions.create(
            workflow={"id": "string"},
            user="string",
            expires_after={"anchor": "created_at", "seconds": 1},
            rate_limits={},
            chatkit_configuration={},
        )
        assert_matches_type(ChatSession, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.sessions.with_raw_response.create(
            workflow={"id": "string"}, user="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatSession, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.sessions.with_streaming_response.create(
            workflow={"id": "string"}, user="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.sessions.cancel("session_id")
        assert_matches_type(ChatSession, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.sessions.with_raw_response.cancel("session_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatSession, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.sessions.with_streaming_response.cancel("session_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatSession, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `session_id`"):
            await async_client.beta.chatkit.sessions.with_raw_response.cancel("")
