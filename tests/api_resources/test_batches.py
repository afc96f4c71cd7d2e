# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.batches`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.batch import Batch


class TestBatches:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.batches.create(input_file_id="string", endpoint="/v1/responses", completion_window="24h")
        assert_matches_type(Batch, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.batches.create(
            input_file_id="string",
            endpoint="/v1/responses",
            completion_window="24h",
            metadata={"foo": "string"},
            output_expires_after={"anchor": "created_at", "seconds": 3600},
        )
        assert_matches_type(Batch, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.batches.with_raw_response.create(
            input_file_id="string", endpoint="/v1/responses", completion_window="24h"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Batch, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.batches.with_streaming_response.create(
            input_file_id="string", endpoint="/v1/responses", completion_window="24h"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Batch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.batches.retrieve("batch_id")
        assert_matches_type(Batch, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.batches.with_raw_response.retrieve("batch_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Batch, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.batches.with_streaming_response.retrieve("batch_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Batch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            client.batches.with_raw_response.retrieve("")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.batches.list()
        assert_matches_type(SyncCursorPage[Batch], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.batches.list(after="string", limit=20)
        assert_matches_type(SyncCursorPage[Batch], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.batches.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Batch], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.batches.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[Batch], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.batches.cancel("batch_id")
        assert_matches_type(Batch, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.batches.with_raw_response.cancel("batch_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Batch, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.batches.with_streaming_response.cancel("batch_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Batch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            client.batches.with_raw_response.cancel("")


class TestAsyncBatches:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.batches.create(
            input_file_id="string", endpoint="/v1/responses", completion_window="24h"
        )
        assert_matches_type(Batch, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.batches.create(
            input_file_id="string",
            endpoint="/v1/responses",
            completion_window="24h",
            metadata={"foo": "string"},
            output_expires_after={"anchor": "created_at", "seconds": 3600},
        )
        assert_matches_type(Batch, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.batches.with_raw_response.create(
            input_file_id="string", endpoint="/v1/responses", completion_window="24h"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Batch, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.batches.with_streaming_response.create(
            input_file_id="string", endpoint="/v1/responses", completion_window="24h"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Batch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.batches.retrieve("batch_id")
        assert_matches_type(Batch, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.batches.with_raw_response.retrieve("batch_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Batch, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.batches.with_streaming_response.retrieve("batch_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Batch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            await async_client.batches.with_raw_response.retrieve("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.batches.list()
        assert_matches_type(AsyncCursorPage[Batch], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.batches.list(after="string", limit=20)
        assert_matches_type(AsyncCursorPage[Batch], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.batches.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Batch], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.batches.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[Batch], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.batches.cancel("batch_id")
        assert_matches_type(Batch, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.batches.with_raw_response.cancel("batch_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Batch, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.batches.with_streaming_response.cancel("batch_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Batch, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `batch_id`"):
            await async_client.batches.with_raw_response.cancel("")
