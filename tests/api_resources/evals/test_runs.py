# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.evals.runs`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.evals.run_list_response import RunListResponse
from openai.types.evals.run_cancel_response import RunCancelResponse
from openai.types.evals.run_create_response import RunCreateResponse
from openai.types.evals.run_delete_response import RunDeleteResponse
from openai.types.evals.run_retrieve_response import RunRetrieveResponse


class TestRuns:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.evals.runs.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.runs.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
            name="string",
            metadata={"foo": "string"},
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RunCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.with_raw_response.create(
                "",
                data_source={
                    "type": "jsonl",
                    "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]},
                },
            )

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.evals.runs.retrieve("run_id", eval_id="eval_id")
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.retrieve("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.retrieve("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RunRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_run_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            client.evals.runs.with_raw_response.retrieve("", eval_id="eval_id")

    def test_path_params_retrieve_eval_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.with_raw_response.retrieve("run_id", eval_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.evals.runs.list("eval_id")
        assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.runs.list("eval_id", after="string", limit=20, order="asc", status="queued")
        assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.list("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.list("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[RunListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.with_raw_response.list("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.evals.runs.delete("run_id", eval_id="eval_id")
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.delete("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.delete("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RunDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete_run_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            client.evals.runs.with_raw_response.delete("", eval_id="eval_id")

    def test_path_params_delete_eval_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.with_raw_response.delete("run_id", eval_id="")

    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.evals.runs.cancel("run_id", eval_id="eval_id")
        assert_matches_type(RunCancelResponse, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.evals.runs.with_raw_response.cancel("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCancelResponse, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.evals.runs.with_streaming_response.cancel("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(RunCancelResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel_run_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            client.evals.runs.with_raw_response.cancel("", eval_id="eval_id")

    def test_path_params_cancel_eval_id(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.runs.with_raw_response.cancel("run_id", eval_id="")


class TestAsyncRuns:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
            name="string",
            metadata={"foo": "string"},
        )
        assert_matches_type(RunCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.create(
            "eval_id",
            data_source={"type": "jsonl", "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]}},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RunCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.with_raw_response.create(
                "",
                data_source={
                    "type": "jsonl",
                    "source": {"type": "file_content", "content": [{"item": {"foo": "string"}}]},
                },
            )

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.retrieve("run_id", eval_id="eval_id")
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.retrieve("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.retrieve("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RunRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            await async_client.evals.runs.with_raw_response.retrieve("", eval_id="eval_id")

    async def test_path_params_retrieve_eval_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.with_raw_response.retrieve("run_id", eval_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.list("eval_id")
        assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.list("eval_id", after="string", limit=20, order="asc", status="queued")
        assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.list("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.list("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[RunListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.with_raw_response.list("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.delete("run_id", eval_id="eval_id")
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.delete("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.delete("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RunDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            await async_client.evals.runs.with_raw_response.delete("", eval_id="eval_id")

    async def test_path_params_delete_eval_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.with_raw_response.delete("run_id", eval_id="")

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.runs.cancel("run_id", eval_id="eval_id")
        assert_matches_type(RunCancelResponse, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.runs.with_raw_response.cancel("run_id", eval_id="eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(RunCancelResponse, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.runs.with_streaming_response.cancel("run_id", eval_id="eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(RunCancelResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
            await async_client.evals.runs.with_raw_response.cancel("", eval_id="eval_id")

    async def test_path_params_cancel_eval_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.runs.with_raw_response.cancel("run_id", eval_id="")
