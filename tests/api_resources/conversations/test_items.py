# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.conversations.items`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.conversations.conversation import Conversation
from openai.types.conversations.conversation_item import ConversationItem
from openai.types.conversations.conversation_item_list import ConversationItemList


class TestItems:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.conversations.items.create(
            "conversation_id", items=[{"role": "user", "content": "string", "type": "message"}]
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.items.create(
            "conversation_id",
            items=[{"role": "user", "content": "string", "type": "message"}],
            include=["file_search_call.results"],
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.create(
            "conversation_id", items=[{"role": "user", "content": "string", "type": "message"}]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItemList, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.create(
            "conversation_id", items=[{"role": "user", "content": "string", "type": "message"}]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ConversationItemList, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.items.with_raw_response.create(
                "", items=[{"role": "user", "content": "string", "type": "message"}]
            )

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.conversations.items.retrieve("item_id", conversation_id="conversation_id")
        assert_matches_type(ConversationItem, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.items.retrieve(
            "item_id", conversation_id="conversation_id", include=["file_search_call.results"]
        )
        assert_matches_type(ConversationItem, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.retrieve("item_id", conversation_id="conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItem, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.retrieve(
            "item_id", conversation_id="conversation_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ConversationItem, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_item_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `item_id`"):
            client.conversations.items.with_raw_response.retrieve("", conversation_id="conversation_id")

    def test_path_params_retrieve_conversation_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.items.with_raw_response.retrieve("item_id", conversation_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.conversations.items.list("conversation_id")
        assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.conversations.items.list(
            "conversation_id", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.list("conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.list("conversation_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ConversationItem], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.items.with_raw_response.list("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.conversations.items.delete("item_id", conversation_id="conversation_id")
        assert_matches_type(Conversation, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.conversations.items.with_raw_response.delete("item_id", conversation_id="conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.conversations.items.with_streaming_response.delete(
            "item_id", conversation_id="conversation_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_item_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `item_id`"):
            client.conversations.items.with_raw_response.delete("", conversation_id="conversation_id")

    def test_path_params_delete_conversation_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            client.conversations.items.with_raw_response.delete("item_id", conversation_id="")


class TestAsyncItems:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.create(
            "conversation_id", items=[{"role": "user", "content": "string", "type": "message"}]
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.create(
            "conversation_id",
            items=[{"role": "user", "content": "string", "type": "message"}],
            include=["file_search_call.results"],
        )
        assert_matches_type(ConversationItemList, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.create(
            "conversation_id", items=[{"role": "user", "content": "string", "type": "message"}]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItemList, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.create(
            "conversation_id", items=[{"role": "user", "content": "string", "type": "message"}]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ConversationItemList, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.items.with_raw_response.create(
                "", items=[{"role": "user", "content": "string", "type": "message"}]
            )

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.retrieve("item_id", conversation_id="conversation_id")
        assert_matches_type(ConversationItem, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.retrieve(
            "item_id", conversation_id="conversation_id", include=["file_search_call.results"]
        )
        assert_matches_type(ConversationItem, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.retrieve(
            "item_id", conversation_id="conversation_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ConversationItem, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.retrieve(
            "item_id", conversation_id="conversation_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ConversationItem, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_item_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `item_id`"):
            await async_client.conversations.items.with_raw_response.retrieve("", conversation_id="conversation_id")

    async def test_path_params_retrieve_conversation_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.items.with_raw_response.retrieve("item_id", conversation_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.list("conversation_id")
        assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.list(
            "conversation_id", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.list("conversation_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.list("conversation_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ConversationItem], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.items.with_raw_response.list("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.conversations.items.delete("item_id", conversation_id="conversation_id")
        assert_matches_type(Conversation, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.conversations.items.with_raw_response.delete(
            "item_id", conversation_id="conversation_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Conversation, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.conversations.items.with_streaming_response.delete(
            "item_id", conversation_id="conversation_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Conversation, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_item_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `item_id`"):
            await async_client.conversations.items.with_raw_response.delete("", conversation_id="conversation_id")

    async def test_path_params_delete_conversation_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `conversation_id`"):
            await async_client.conversations.items.with_raw_response.delete("item_id", conversation_id="")
