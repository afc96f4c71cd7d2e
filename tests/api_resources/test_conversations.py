# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.conversations`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.conversations.conversation import Conversation
from openai.types.conversations.conversation_deleted_resource import ConversationDeletedResource


class TestConversations:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.conversations.create()
        assert_matches_type(Conversation, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.create(
            metadata={"foo": "string"}, items=[{"role": "user", "content": "string", "type": "message"}]
        )
        assert_matches_type(Conversation, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.conversations.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.conversations.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.conversations.retrieve("conversation_id")
        assert_matches_type(Conversation, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.conversations.with_raw_response.retrieve("conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.conversations.with_streaming_response.retrieve("conversation_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.conversations.update("conversation_id", metadata={"foo": "string"})
        assert_matches_type(Conversation, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.conversations.with_raw_response.update("conversation_id", metadata={"foo": "string"})

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.conversations.with_streaming_response.update(
            "conversation_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.with_raw_response.update("", metadata={"foo": "string"})

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.conversations.delete("conversation_id")
        assert_matches_type(ConversationDeletedResource, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.conversations.with_raw_response.delete("conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationDeletedResource, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.conversations.with_streaming_response.delete("conversation_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ConversationDeletedResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.with_raw_response.delete("")


class TestAsyncConversations:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.create()
        assert_matches_type(Conversation, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.create(
            metadata={"foo": "string"}, items=[{"role": "user", "content": "string", "type": "message"}]
        )
        assert_matches_type(Conversation, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.retrieve("conversation_id")
        assert_matches_type(Conversation, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.with_raw_response.retrieve("conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.with_streaming_response.retrieve("conversation_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.update("conversation_id", metadata={"foo": "string"})
        assert_matches_type(Conversation, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.with_raw_response.update(
            "conversation_id", metadata={"foo": "string"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.with_streaming_response.update(
            "conversation_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.with_raw_response.update("", metadata={"foo": "string"})

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.delete("conversation_id")
        assert_matches_type(ConversationDeletedResource, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.with_raw_response.delete("conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationDeletedResource, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.with_streaming_response.delete("conversation_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ConversationDeletedResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.with_raw_response.delete("")
