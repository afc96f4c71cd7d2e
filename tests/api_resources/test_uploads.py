# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.uploads`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.upload import Upload


class TestUploads:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.uploads.create(filename="string", purpose="assistants", bytes=1, mime_type="string")
        assert_matches_type(Upload, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.uploads.create(
            filename="string",
            purpose="assistants",
            bytes=1,
            mime_type="string",
            expires_after={"anchor": "created_at", "seconds": 3600},
        )
        assert_matches_type(Upload, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.uploads.with_raw_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.uploads.with_streaming_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Upload, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.uploads.cancel("upload_id")
        assert_matches_type(Upload, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.uploads.with_raw_response.cancel("upload_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.uploads.with_streaming_response.cancel("upload_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Upload, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `upload_id`"):
            client.uploads.with_raw_response.cancel("")

    def test_method_complete(self, client: OpenAI) -> None:
        result = client.uploads.complete("upload_id", part_ids=["string"])
        assert_matches_type(Upload, result, path=["response"])

    def test_method_complete_with_all_params(self, client: OpenAI) -> None:
        result = client.uploads.complete("upload_id", part_ids=["string"], md5="string")
        assert_matches_type(Upload, result, path=["response"])

    def test_raw_response_complete(self, client: OpenAI) -> None:
        response = client.uploads.with_raw_response.complete("upload_id", part_ids=["string"])

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    def test_streaming_response_complete(self, client: OpenAI) -> None:
        with client.uploads.with_streaming_response.complete("upload_id", part_ids=["string"]) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Upload, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_complete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `upload_id`"):
            client.uploads.with_raw_response.complete("", part_ids=["string"])


class TestAsyncUploads:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.create(filename="string", purpose="assistants", bytes=1, mime_type="string")
        assert_matches_type(Upload, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.create(
            filename="string",
            purpose="assistants",
            bytes=1,
            mime_type="string",
            expires_after={"anchor": "created_at", "seconds": 3600},
        )
        assert_matches_type(Upload, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.with_raw_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.with_streaming_response.create(
            filename="string", purpose="assistants", bytes=1, mime_type="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Upload, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.cancel("upload_id")
        assert_matches_type(Upload, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.with_raw_response.cancel("upload_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.with_streaming_response.cancel("upload_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Upload, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `upload_id`"):
            await async_client.uploads.with_raw_response.cancel("")

    async def test_method_complete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.complete("upload_id", part_ids=["string"])
        assert_matches_type(Upload, result, path=["response"])

    async def test_method_complete_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.uploads.complete("upload_id", part_ids=["string"], md5="string")
        assert_matches_type(Upload, result, path=["response"])

    async def test_raw_response_complete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.uploads.with_raw_response.complete("upload_id", part_ids=["string"])

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Upload, result, path=["response"])

    async def test_streaming_response_complete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.uploads.with_streaming_response.complete("upload_id", part_ids=["string"]) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Upload, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_complete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `upload_id`"):
            await async_client.uploads.with_raw_response.complete("", part_ids=["string"])
