# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.responses.input_items`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.responses.response_item import ResponseItem


class TestInputItems:
    def test_method_list(self, client: OpenAI) -> None:
        result = client.responses.input_items.list("response_id")
        assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.responses.input_items.list(
            "response_id", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.responses.input_items.with_raw_response.list("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.responses.input_items.with_streaming_response.list("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[ResponseItem], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            client.responses.input_items.with_raw_response.list("")


class TestAsyncInputItems:
    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.input_items.list("response_id")
        assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.responses.input_items.list(
            "response_id", limit=20, order="asc", after="string", include=["file_search_call.results"]
        )
        assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.responses.input_items.with_raw_response.list("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.responses.input_items.with_streaming_response.list("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ResponseItem], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            await async_client.responses.input_items.with_raw_response.list("")
