# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.vector_stores`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncPage, AsyncPage, SyncCursorPage, AsyncCursorPage
from openai.types.vector_store import VectorStore
from openai.types.vector_store_deleted import VectorStoreDeleted
from openai.types.vector_store_search_response import VectorStoreSearchResponse


class TestVectorStores:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.vector_stores.create()
        assert_matches_type(VectorStore, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.create(
            file_ids=["string"],
            name="string",
            description="string",
            expires_after={"anchor": "last_active_at", "days": 1},
            chunking_strategy={"type": "auto"},
            metadata={"foo": "string"},
        )
        assert_matches_type(VectorStore, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.vector_stores.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStore, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.vector_stores.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStore, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.vector_stores.retrieve("vector_store_id")
        assert_matches_type(VectorStore, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.vector_stores.with_raw_response.retrieve("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStore, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.vector_stores.with_streaming_response.retrieve("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStore, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.vector_stores.update("vector_store_id")
        assert_matches_type(VectorStore, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.update(
            "vector_store_id",
            name="string",
            expires_after={"anchor": "last_active_at", "days": 1},
            metadata={"foo": "string"},
        )
        assert_matches_type(VectorStore, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.vector_stores.with_raw_response.update("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStore, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.vector_stores.with_streaming_response.update("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStore, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.with_raw_response.update("")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.vector_stores.list()
        assert_matches_type(SyncCursorPage[VectorStore], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.list(limit=20, order="asc", after="string", before="string")
        assert_matches_type(SyncCursorPage[VectorStore], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.vector_stores.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[VectorStore], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.vector_stores.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[VectorStore], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.vector_stores.delete("vector_store_id")
        assert_matches_type(VectorStoreDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.vector_stores.with_raw_response.delete("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.vector_stores.with_streaming_response.delete("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.with_raw_response.delete("")

    def test_method_search(self, client: OpenAI) -> None:
        result = client.vector_stores.search("vector_store_id", query="string")
        assert_matches_type(SyncPage[VectorStoreSearchResponse], result, path=["response"])

    def test_method_search_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.search(
            "vector_store_id",
            query="string",
            rewrite_query=False,
            max_num_results=10,
            filters={"type": "eq", "key": "string", "value": "string"},
            ranking_options={},
        )
        assert_matches_type(SyncPage[VectorStoreSearchResponse], result, path=["response"])

    def test_raw_response_search(self, client: OpenAI) -> None:
        response = client.vector_stores.with_raw_response.search("vector_store_id", query="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[VectorStoreSearchResponse], result, path=["response"])

    def test_streaming_response_search(self, client: OpenAI) -> None:
        with client.vector_stores.with_streaming_response.search("vector_store_id", query="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncPage[VectorStoreSearchResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_search(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.with_raw_response.search("", query="string")


class TestAsyncVectorStores:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.create()
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.create(
            file_ids=["string"],
            name="string",
            description="string",
            expires_after={"anchor": "last_active_at", "days": 1},
            chunking_strategy={"type": "auto"},
            metadata={"foo": "string"},
        )
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStore, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.retrieve("vector_store_id")
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.with_raw_response.retrieve("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.with_streaming_response.retrieve("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStore, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.update("vector_store_id")
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.update(
            "vector_store_id",
            name="string",
            expires_after={"anchor": "last_active_at", "days": 1},
            metadata={"foo": "string"},
        )
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.with_raw_response.update("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStore, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.with_streaming_response.update("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStore, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.with_raw_response.update("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.list()
        assert_matches_type(AsyncCursorPage[VectorStore], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.list(limit=20, order="asc", after="string", before="string")
        assert_matches_type(AsyncCursorPage[VectorStore], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[VectorStore], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[VectorStore], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.delete("vector_store_id")
        assert_matches_type(VectorStoreDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.with_raw_response.delete("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.with_streaming_response.delete("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.with_raw_response.delete("")

    async def test_method_search(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.search("vector_store_id", query="string")
        assert_matches_type(AsyncPage[VectorStoreSearchResponse], result, path=["response"])

    async def test_method_search_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.search(
            "vector_store_id",
            query="string",
            rewrite_query=False,
            max_num_results=10,
            filters={"type": "eq", "key": "string", "value": "string"},
            ranking_options={},
        )
        assert_matches_type(AsyncPage[VectorStoreSearchResponse], result, path=["response"])

    async def test_raw_response_search(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.with_raw_response.search("vector_store_id", query="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[VectorStoreSearchResponse], result, path=["response"])

    async def test_streaming_response_search(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.with_streaming_response.search(
            "vector_store_id", query="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncPage[VectorStoreSearchResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_search(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.with_raw_response.search("", query="string")
