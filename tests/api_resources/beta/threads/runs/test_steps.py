# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.beta.threads.runs.steps`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.beta.threads.runs.run_step import RunStep


class TestSteps:
    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.retrieve("step_id", thread_id="thread_id", run_id="run_id")
            assert_matches_type(RunStep, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.retrieve(
                "step_id",
                thread_id="thread_id",
                run_id="run_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
            assert_matches_type(RunStep, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.steps.with_raw_response.retrieve(
                "step_id", thread_id="thread_id", run_id="run_id"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(RunStep, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.steps.with_streaming_response.retrieve(
                "step_id", thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(RunStep, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_step_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `step_id`"):
                client.beta.threads.runs.steps.with_raw_response.retrieve("", thread_id="thread_id", run_id="run_id")

    def test_path_params_retrieve_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.steps.with_raw_response.retrieve("step_id", thread_id="", run_id="run_id")

    def test_path_params_retrieve_run_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                client.beta.threads.runs.steps.with_raw_response.retrieve("step_id", thread_id="thread_id", run_id="")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.list("run_id", thread_id="thread_id")
            assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.steps.list(
                "run_id",
                thread_id="thread_id",
                limit=20,
                order="asc",
                after="string",
                before="string",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
            assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.steps.with_raw_response.list("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.steps.with_streaming_response.list(
                "run_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(SyncCursorPage[RunStep], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_list_run_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                client.beta.threads.runs.steps.with_raw_response.list("", thread_id="thread_id")

    def test_path_params_list_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.steps.with_raw_response.list("run_id", thread_id="")


class TestAsyncSteps:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.retrieve(
                "step_id", thread_id="thread_id", run_id="run_id"
            )
            assert_matches_type(RunStep, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.retrieve(
                "step_id",
                thread_id="thread_id",
                run_id="run_id",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
            assert_matches_type(RunStep, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                "step_id", thread_id="thread_id", run_id="run_id"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(RunStep, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.steps.with_streaming_response.retrieve(
                "step_id", thread_id="thread_id", run_id="run_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(RunStep, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_step_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `step_id`"):
                await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                    "", thread_id="thread_id", run_id="run_id"
                )

    async def test_path_params_retrieve_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                    "step_id", thread_id="", run_id="run_id"
                )

    async def test_path_params_retrieve_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                await async_client.beta.threads.runs.steps.with_raw_response.retrieve(
                    "step_id", thread_id="thread_id", run_id=""
                )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.list("run_id", thread_id="thread_id")
            assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.steps.list(
                "run_id",
                thread_id="thread_id",
                limit=20,
                order="asc",
                after="string",
                before="string",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
            assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.steps.with_raw_response.list(
                "run_id", thread_id="thread_id"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.steps.with_streaming_response.list(
                "run_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(AsyncCursorPage[RunStep], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_list_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                await async_client.beta.threads.runs.steps.with_raw_response.list("", thread_id="thread_id")

    async def test_path_params_list_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.steps.with_raw_response.list("run_id", thread_id="")
