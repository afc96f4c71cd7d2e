# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.vector_stores.file_batches`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.vector_stores.vector_store_file import VectorStoreFile
from openai.types.vector_stores.vector_store_file_batch import VectorStoreFileBatch


class TestFileBatches:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.create("vector_store_id", file_ids=["string"])
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.create(
            "vector_store_id",
            file_ids=["string"],
            files=[{"file_id": "string"}],
            chunking_strategy={"type": "auto"},
            attributes={"foo": "string"},
        )
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.create("vector_store_id", file_ids=["string"])

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.create(
            "vector_store_id", file_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.file_batches.with_raw_response.create("", file_ids=["string"])

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.retrieve("batch_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.retrieve(
            "batch_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.retrieve(
            "batch_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_batch_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            client.vector_stores.file_batches.with_raw_response.retrieve("", vector_store_id="vector_store_id")

    def test_path_params_retrieve_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.file_batches.with_raw_response.retrieve("batch_id", vector_store_id="")

    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.cancel("batch_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.cancel(
            "batch_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.cancel(
            "batch_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel_batch_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            client.vector_stores.file_batches.with_raw_response.cancel("", vector_store_id="vector_store_id")

    def test_path_params_cancel_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.file_batches.with_raw_response.cancel("batch_id", vector_store_id="")

    def test_method_list_files(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.list_files("batch_id", vector_store_id="vector_store_id")
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_method_list_files_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.file_batches.list_files(
            "batch_id",
            vector_store_id="vector_store_id",
            limit=20,
            order="asc",
            after="string",
            before="string",
            filter="in_progress",
        )
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_raw_response_list_files(self, client: OpenAI) -> None:
        response = client.vector_stores.file_batches.with_raw_response.list_files(
            "batch_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_streaming_response_list_files(self, client: OpenAI) -> None:
        with client.vector_stores.file_batches.with_streaming_response.list_files(
            "batch_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list_files_batch_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            client.vector_stores.file_batches.with_raw_response.list_files("", vector_store_id="vector_store_id")

    def test_path_params_list_files_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.file_batches.with_raw_response.list_files("batch_id", vector_store_id="")


class TestAsyncFileBatches:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.create("vector_store_id", file_ids=["string"])
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.create(
            "vector_store_id",
            file_ids=["string"],
            files=[{"file_id": "string"}],
            chunking_strategy={"type": "auto"},
            attributes={"foo": "string"},
        )
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.create(
            "vector_store_id", file_ids=["string"]
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.create(
            "vector_store_id", file_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.create("", file_ids=["string"])

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.retrieve("batch_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.retrieve(
            "batch_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.retrieve(
            "batch_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_batch_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.retrieve(
                "", vector_store_id="vector_store_id"
            )

    async def test_path_params_retrieve_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.retrieve("batch_id", vector_store_id="")

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.cancel("batch_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.cancel(
            "batch_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileBatch, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.cancel(
            "batch_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFileBatch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel_batch_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.cancel(
                "", vector_store_id="vector_store_id"
            )

    async def test_path_params_cancel_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.cancel("batch_id", vector_store_id="")

    async def test_method_list_files(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.list_files("batch_id", vector_store_id="vector_store_id")
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_method_list_files_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.file_batches.list_files(
            "batch_id",
            vector_store_id="vector_store_id",
            limit=20,
            order="asc",
            after="string",
            before="string",
            filter="in_progress",
        )
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_raw_response_list_files(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.file_batches.with_raw_response.list_files(
            "batch_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_streaming_response_list_files(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.file_batches.with_streaming_response.list_files(
            "batch_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_files_batch_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.list_files(
                "", vector_store_id="vector_store_id"
            )

    async def test_path_params_list_files_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.file_batches.with_raw_response.list_files("batch_id", vector_store_id="")
