# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.vector_stores.files`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncPage, AsyncPage, SyncCursorPage, AsyncCursorPage
from openai.types.vector_stores.vector_store_file import VectorStoreFile
from openai.types.vector_stores.file_content_response import FileContentResponse
from openai.types.vector_stores.vector_store_file_deleted import VectorStoreFileDeleted


class TestFiles:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.vector_stores.files.create("vector_store_id", file_id="string")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.files.create(
            "vector_store_id", file_id="string", chunking_strategy={"type": "auto"}, attributes={"foo": "string"}
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.create("vector_store_id", file_id="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.create("vector_store_id", file_id="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.files.with_raw_response.create("", file_id="string")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.vector_stores.files.retrieve("file_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.retrieve("file_id", vector_store_id="vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.retrieve(
            "file_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_file_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            client.vector_stores.files.with_raw_response.retrieve("", vector_store_id="vector_store_id")

    def test_path_params_retrieve_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.files.with_raw_response.retrieve("file_id", vector_store_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.vector_stores.files.update(
            "file_id", vector_store_id="vector_store_id", attributes={"foo": "string"}
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.update(
            "file_id", vector_store_id="vector_store_id", attributes={"foo": "string"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.update(
            "file_id", vector_store_id="vector_store_id", attributes={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update_file_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            client.vector_stores.files.with_raw_response.update(
                "", vector_store_id="vector_store_id", attributes={"foo": "string"}
            )

    def test_path_params_update_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.files.with_raw_response.update(
                "file_id", vector_store_id="", attributes={"foo": "string"}
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.vector_stores.files.list("vector_store_id")
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.vector_stores.files.list(
            "vector_store_id", limit=20, order="asc", after="string", before="string", filter="in_progress"
        )
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.list("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.list("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[VectorStoreFile], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.files.with_raw_response.list("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.vector_stores.files.delete("file_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.delete("file_id", vector_store_id="vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.delete(
            "file_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_file_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            client.vector_stores.files.with_raw_response.delete("", vector_store_id="vector_store_id")

    def test_path_params_delete_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.files.with_raw_response.delete("file_id", vector_store_id="")

    def test_method_content(self, client: OpenAI) -> None:
        result = client.vector_stores.files.content("file_id", vector_store_id="vector_store_id")
        assert_matches_type(SyncPage[FileContentResponse], result, path=["response"])

    def test_raw_response_content(self, client: OpenAI) -> None:
        response = client.vector_stores.files.with_raw_response.content("file_id", vector_store_id="vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[FileContentResponse], result, path=["response"])

    def test_streaming_response_content(self, client: OpenAI) -> None:
        with client.vector_stores.files.with_streaming_response.content(
            "file_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncPage[FileContentResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_content_file_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            client.vector_stores.files.with_raw_response.content("", vector_store_id="vector_store_id")

    def test_path_params_content_vector_store_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            client.vector_stores.files.with_raw_response.content("file_id", vector_store_id="")


class TestAsyncFiles:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.create("vector_store_id", file_id="string")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.create(
            "vector_store_id", file_id="string", chunking_strategy={"type": "auto"}, attributes={"foo": "string"}
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.create("vector_store_id", file_id="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.create(
            "vector_store_id", file_id="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.files.with_raw_response.create("", file_id="string")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.retrieve("file_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.retrieve(
            "file_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.retrieve(
            "file_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_file_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            await async_client.vector_stores.files.with_raw_response.retrieve("", vector_store_id="vector_store_id")

    async def test_path_params_retrieve_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.files.with_raw_response.retrieve("file_id", vector_store_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.update(
            "file_id", vector_store_id="vector_store_id", attributes={"foo": "string"}
        )
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.update(
            "file_id", vector_store_id="vector_store_id", attributes={"foo": "string"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFile, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.update(
            "file_id", vector_store_id="vector_store_id", attributes={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFile, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update_file_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            await async_client.vector_stores.files.with_raw_response.update(
                "", vector_store_id="vector_store_id", attributes={"foo": "string"}
            )

    async def test_path_params_update_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.files.with_raw_response.update(
                "file_id", vector_store_id="", attributes={"foo": "string"}
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.list("vector_store_id")
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.list(
            "vector_store_id", limit=20, order="asc", after="string", before="string", filter="in_progress"
        )
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.list("vector_store_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.list("vector_store_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[VectorStoreFile], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.files.with_raw_response.list("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.delete("file_id", vector_store_id="vector_store_id")
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.delete(
            "file_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.delete(
            "file_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VectorStoreFileDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_file_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            await async_client.vector_stores.files.with_raw_response.delete("", vector_store_id="vector_store_id")

    async def test_path_params_delete_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.files.with_raw_response.delete("file_id", vector_store_id="")

    async def test_method_content(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.vector_stores.files.content("file_id", vector_store_id="vector_store_id")
        assert_matches_type(AsyncPage[FileContentResponse], result, path=["response"])

    async def test_raw_response_content(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.vector_stores.files.with_raw_response.content(
            "file_id", vector_store_id="vector_store_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[FileContentResponse], result, path=["response"])

    async def test_streaming_response_content(self, async_client: AsyncOpenAI) -> None:
        async with async_client.vector_stores.files.with_streaming_response.content(
            "file_id", vector_store_id="vector_store_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncPage[FileContentResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_content_file_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `file_id`"):
            await async_client.vector_stores.files.with_raw_response.content("", vector_store_id="vector_store_id")

    async def test_path_params_content_vector_store_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `vector_store_id`"):
            await async_client.vector_stores.files.with_raw_response.content("file_id", vector_store_id="")
