# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.evals`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.eval_list_response import EvalListResponse
from openai.types.eval_create_response import EvalCreateResponse
from openai.types.eval_delete_response import EvalDeleteResponse
from openai.types.eval_update_response import EvalUpdateResponse
from openai.types.eval_retrieve_response import EvalRetrieveResponse


class TestEvals:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.evals.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
        )
        assert_matches_type(EvalCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
            name="string",
            metadata={"foo": "string"},
        )
        assert_matches_type(EvalCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.evals.with_raw_response.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.evals.with_streaming_response.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(EvalCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.evals.retrieve("eval_id")
        assert_matches_type(EvalRetrieveResponse, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.evals.with_raw_response.retrieve("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalRetrieveResponse, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.evals.with_streaming_response.retrieve("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(EvalRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.evals.update("eval_id")
        assert_matches_type(EvalUpdateResponse, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.update("eval_id", name="string", metadata={"foo": "string"})
        assert_matches_type(EvalUpdateResponse, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.evals.with_raw_response.update("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalUpdateResponse, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.evals.with_streaming_response.update("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(EvalUpdateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.with_raw_response.update("")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.evals.list()
        assert_matches_type(SyncCursorPage[EvalListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.evals.list(after="string", limit=20, order="asc", order_by="created_at")
        assert_matches_type(SyncCursorPage[EvalListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.evals.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[EvalListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.evals.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[EvalListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.evals.delete("eval_id")
        assert_matches_type(EvalDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.evals.with_raw_response.delete("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.evals.with_streaming_response.delete("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(EvalDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            client.evals.with_raw_response.delete("")


class TestAsyncEvals:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
        )
        assert_matches_type(EvalCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
            name="string",
            metadata={"foo": "string"},
        )
        assert_matches_type(EvalCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.with_raw_response.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.with_streaming_response.create(
            data_source_config={"type": "custom", "item_schema": {"foo": "string"}},
            testing_criteria=[
                {
                    "type": "label_model",
                    "name": "string",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "labels": ["string"],
                    "passing_labels": ["string"],
                }
            ],
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(EvalCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.retrieve("eval_id")
        assert_matches_type(EvalRetrieveResponse, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.with_raw_response.retrieve("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalRetrieveResponse, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.with_streaming_response.retrieve("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(EvalRetrieveResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.update("eval_id")
        assert_matches_type(EvalUpdateResponse, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.update("eval_id", name="string", metadata={"foo": "string"})
        assert_matches_type(EvalUpdateResponse, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.with_raw_response.update("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalUpdateResponse, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.with_streaming_response.update("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(EvalUpdateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.with_raw_response.update("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.list()
        assert_matches_type(AsyncCursorPage[EvalListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.list(after="string", limit=20, order="asc", order_by="created_at")
        assert_matches_type(AsyncCursorPage[EvalListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[EvalListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[EvalListResponse], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.evals.delete("eval_id")
        assert_matches_type(EvalDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.evals.with_raw_response.delete("eval_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(EvalDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.evals.with_streaming_response.delete("eval_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(EvalDeleteResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `eval_id`"):
            await async_client.evals.with_raw_response.delete("")
