# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.beta.chatkit.threads`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.beta.chatkit import chatkit_thread, chatkit_thread_item_list
from openai.types.beta.chatkit.thread_delete_response import ThreadDeleteResponse


class TestThreads:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.retrieve("thread_id")
        assert_matches_type(chatkit_thread.ChatKitThread, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.retrieve("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(chatkit_thread.ChatKitThread, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.retrieve("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(chatkit_thread.ChatKitThread, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
            client.beta.chatkit.threads.with_raw_response.retrieve("")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list()
        assert_matches_type(SyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list(limit=0, order="asc", after="string", before="string", user="string")
        assert_matches_type(SyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.delete("thread_id")
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.delete("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.delete("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ThreadDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
            client.beta.chatkit.threads.with_raw_response.delete("")

    def test_method_list_items(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list_items("thread_id")
        assert_matches_type(SyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

    def test_method_list_items_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.chatkit.threads.list_items(
            "thread_id", limit=0, order="asc", after="string", before="string"
        )
        assert_matches_type(SyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

    def test_raw_response_list_items(self, client: OpenAI) -> None:
        response = client.beta.chatkit.threads.with_raw_response.list_items("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

    def test_streaming_response_list_items(self, client: OpenAI) -> None:
        with client.beta.chatkit.threads.with_streaming_response.list_items("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list_items(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
            client.beta.chatkit.threads.with_raw_response.list_items("")


class TestAsyncThreads:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.retrieve("thread_id")
        assert_matches_type(chatkit_thread.ChatKitThread, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.retrieve("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(chatkit_thread.ChatKitThread, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.retrieve("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(chatkit_thread.ChatKitThread, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
            await async_client.beta.chatkit.threads.with_raw_response.retrieve("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list()
        assert_matches_type(AsyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list(
            limit=0, order="asc", after="string", before="string", user="string"
        )
        assert_matches_type(AsyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[chatkit_thread.ChatKitThread], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.delete("thread_id")
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.delete("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ThreadDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.delete("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ThreadDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
            await async_client.beta.chatkit.threads.with_raw_response.delete("")

    async def test_method_list_items(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list_items("thread_id")
        assert_matches_type(AsyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

    async def test_method_list_items_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.chatkit.threads.list_items(
            "thread_id", limit=0, order="asc", after="string", before="string"
        )
        assert_matches_type(AsyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

    async def test_raw_response_list_items(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.chatkit.threads.with_raw_response.list_items("thread_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

    async def test_streaming_response_list_items(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.chatkit.threads.with_streaming_response.list_items("thread_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[chatkit_thread_item_list.Data], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_items(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
            await async_client.beta.chatkit.threads.with_raw_response.list_items("")
