# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.embeddings`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.create_embedding_response import CreateEmbeddingResponse


class TestEmbeddings:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.embeddings.create(input="", model="string")
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.embeddings.create(
            input="", model="string", encoding_format="float", dimensions=1, user="string"
        )
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.embeddings.with_raw_response.create(input="", model="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.embeddings.with_streaming_response.create(input="", model="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncEmbeddings:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.embeddings.create(input="", model="string")
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.embeddings.create(
            input="", model="string", encoding_format="float", dimensions=1, user="string"
        )
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.embeddings.with_raw_response.create(input="", model="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.embeddings.with_streaming_response.create(input="", model="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(CreateEmbeddingResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
