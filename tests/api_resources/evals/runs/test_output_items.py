# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.evals.runs.output_items`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.evals.runs.output_item_list_response import OutputItemListResponse
from openai.types.evals.runs.output_item_retrieve_response import OutputItemRetrieveResponse


class TestOutputItems:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.evals.runs.output_items.retrieve("output_item_id", eval_id="eval_id", run_id="run_id")
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.evals.runs.output_items.with_raw_response.retrieve(
            "output_item_id", eval_id="eval_id", run_id="run_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.evals.runs.output_items.with_streaming_response.retrieve(
            "output_item_id", eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_output_item_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `output_item_id`"):
            client.evals.runs.output_items.with_raw_response.retrieve("", eval_id="eval_id", run_id="run_id")

    def test_path_params_retrieve_eval_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.output_items.with_raw_response.retrieve("output_item_id", eval_id="", run_id="run_id")

    def test_path_params_retrieve_run_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            client.evals.runs.output_items.with_raw_response.retrieve("output_item_id", eval_id="eval_id", run_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.evals.runs.output_items.list("run_id", eval_id="eval_id")
        assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.runs.output_items.list(
            "run_id", eval_id="eval_id", after="string", limit=20, status="fail", order="asc"
        )
        assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.evals.runs.output_items.with_raw_response.list("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.evals.runs.output_items.with_streaming_response.list("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[OutputItemListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list_run_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            client.evals.runs.output_items.with_raw_response.list("", eval_id="eval_id")

    def test_path_params_list_eval_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.output_items.with_raw_response.list("run_id", eval_id="")


class TestAsyncOutputItems:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.output_items.retrieve(
            "output_item_id", eval_id="eval_id", run_id="run_id"
        )
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.output_items.with_raw_response.retrieve(
            "output_item_id", eval_id="eval_id", run_id="run_id"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.output_items.with_streaming_response.retrieve(
            "output_item_id", eval_id="eval_id", run_id="run_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OutputItemRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_output_item_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `output_item_id`"):
            await async_client.evals.runs.output_items.with_raw_response.retrieve(
                "", eval_id="eval_id", run_id="run_id"
            )

    async def test_path_params_retrieve_eval_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.output_items.with_raw_response.retrieve(
                "output_item_id", eval_id="", run_id="run_id"
            )

    async def test_path_params_retrieve_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            await async_client.evals.runs.output_items.with_raw_response.retrieve(
                "output_item_id", eval_id="eval_id", run_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.output_items.list("run_id", eval_id="eval_id")
        assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.output_items.list(
            "run_id", eval_id="eval_id", after="string", limit=20, status="fail", order="asc"
        )
        assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.output_items.with_raw_response.list("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.output_items.with_streaming_response.list(
            "run_id", eval_id="eval_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[OutputItemListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            await async_client.evals.runs.output_items.with_raw_response.list("", eval_id="eval_id")

    async def test_path_params_list_eval_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.output_items.with_raw_response.list("run_id", eval_id="")
