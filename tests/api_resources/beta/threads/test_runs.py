# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.beta.threads.runs`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.beta.threads.run import Run


class TestRuns:
    def test_method_create_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.create("thread_id", assistant_id="string")
            assert_matches_type(Run, result, path=["response"])

    def test_method_create_with_all_params_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.create(
                "thread_id",
                assistant_id="string",
                model="string",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[{"role": "user", "content": "string"}],
                tools=[{"type": "code_interpreter"}],
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
                stream=False,
            )
            assert_matches_type(Run, result, path=["response"])

    def test_method_create_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.create("thread_id", assistant_id="string", stream=True)
            result.close()

    def test_method_create_with_all_params_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.create(
                "thread_id",
                assistant_id="string",
                stream=True,
                model="string",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[{"role": "user", "content": "string"}],
                tools=[{"type": "code_interpreter"}],
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
            result.close()

    def test_raw_response_create_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.create("thread_id", assistant_id="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_create_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.create(
                "thread_id", assistant_id="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_raw_response_create_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.create(
                "thread_id", assistant_id="string", stream=True
            )

            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            result.close()

    def test_streaming_response_create_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.create(
                "thread_id", assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                result.close()

            assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.with_raw_response.create("", assistant_id="string")

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.retrieve("run_id", thread_id="thread_id")
            assert_matches_type(Run, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.retrieve("run_id", thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve_run_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                client.beta.threads.runs.with_raw_response.retrieve("", thread_id="thread_id")

    def test_path_params_retrieve_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="")

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.update("run_id", thread_id="thread_id")
            assert_matches_type(Run, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.update("run_id", thread_id="thread_id", metadata={"foo": "string"})
            assert_matches_type(Run, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.update("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.update("run_id", thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_update_run_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                client.beta.threads.runs.with_raw_response.update("", thread_id="thread_id")

    def test_path_params_update_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.with_raw_response.update("run_id", thread_id="")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.list("thread_id")
            assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.list("thread_id", limit=20, order="asc", after="string", before="string")
            assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.list("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[Run], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.list("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(SyncCursorPage[Run], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.with_raw_response.list("")

    def test_method_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.cancel("run_id", thread_id="thread_id")
            assert_matches_type(Run, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.cancel("run_id", thread_id="thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_cancel_run_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                client.beta.threads.runs.with_raw_response.cancel("", thread_id="thread_id")

    def test_path_params_cancel_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="")

    def test_method_submit_tool_outputs_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.submit_tool_outputs("run_id", thread_id="thread_id", tool_outputs=[{}])
            assert_matches_type(Run, result, path=["response"])

    def test_method_submit_tool_outputs_with_all_params_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=False
            )
            assert_matches_type(Run, result, path=["response"])

    def test_method_submit_tool_outputs_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.runs.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
            )
            result.close()

    def test_raw_response_submit_tool_outputs_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}]
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_submit_tool_outputs_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}]
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_raw_response_submit_tool_outputs_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
            )

            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            result.close()

    def test_streaming_response_submit_tool_outputs_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                result.close()

            assert cast(Any, response.is_closed) is True

    def test_path_params_submit_tool_outputs_run_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    "", thread_id="thread_id", tool_outputs=[{}]
                )

    def test_path_params_submit_tool_outputs_thread_id(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    "run_id", thread_id="", tool_outputs=[{}]
                )


class TestAsyncRuns:
    async def test_method_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.create("thread_id", assistant_id="string")
            assert_matches_type(Run, result, path=["response"])

    async def test_method_create_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.create(
                "thread_id",
                assistant_id="string",
                model="string",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[{"role": "user", "content": "string"}],
                tools=[{"type": "code_interpreter"}],
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
                stream=False,
            )
            assert_matches_type(Run, result, path=["response"])

    async def test_method_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.create("thread_id", assistant_id="string", stream=True)
            await result.close()

    async def test_method_create_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.create(
                "thread_id",
                assistant_id="string",
                stream=True,
                model="string",
                reasoning_effort="none",
                instructions="string",
                additional_instructions="string",
                additional_messages=[{"role": "user", "content": "string"}],
                tools=[{"type": "code_interpreter"}],
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                include=["step_details.tool_calls[*].file_search.results[*].content"],
            )
            await result.close()

    async def test_raw_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.create("thread_id", assistant_id="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.create(
                "thread_id", assistant_id="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_raw_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.create(
                "thread_id", assistant_id="string", stream=True
            )

            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            await result.close()

    async def test_streaming_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.create(
                "thread_id", assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                await result.close()

            assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.with_raw_response.create("", assistant_id="string")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.retrieve("run_id", thread_id="thread_id")
            assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.retrieve(
                "run_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                await async_client.beta.threads.runs.with_raw_response.retrieve("", thread_id="thread_id")

    async def test_path_params_retrieve_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.with_raw_response.retrieve("run_id", thread_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.update("run_id", thread_id="thread_id")
            assert_matches_type(Run, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.update(
                "run_id", thread_id="thread_id", metadata={"foo": "string"}
            )
            assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.update("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.update(
                "run_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_update_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                await async_client.beta.threads.runs.with_raw_response.update("", thread_id="thread_id")

    async def test_path_params_update_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.with_raw_response.update("run_id", thread_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.list("thread_id")
            assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.list(
                "thread_id", limit=20, order="asc", after="string", before="string"
            )
            assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.list("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.list("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(AsyncCursorPage[Run], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.with_raw_response.list("")

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.cancel("run_id", thread_id="thread_id")
            assert_matches_type(Run, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.cancel(
                "run_id", thread_id="thread_id"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                await async_client.beta.threads.runs.with_raw_response.cancel("", thread_id="thread_id")

    async def test_path_params_cancel_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.with_raw_response.cancel("run_id", thread_id="")

    async def test_method_submit_tool_outputs_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}]
            )
            assert_matches_type(Run, result, path=["response"])

    async def test_method_submit_tool_outputs_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=False
            )
            assert_matches_type(Run, result, path=["response"])

    async def test_method_submit_tool_outputs_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.runs.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
            )
            await result.close()

    async def test_raw_response_submit_tool_outputs_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}]
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_submit_tool_outputs_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}]
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_raw_response_submit_tool_outputs_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
            )

            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            await result.close()

    async def test_streaming_response_submit_tool_outputs_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.runs.with_streaming_response.submit_tool_outputs(
                "run_id", thread_id="thread_id", tool_outputs=[{}], stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                await result.close()

            assert cast(Any, response.is_closed) is True

    async def test_path_params_submit_tool_outputs_run_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `run_id`"):
                await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    "", thread_id="thread_id", tool_outputs=[{}]
                )

    async def test_path_params_submit_tool_outputs_thread_id(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.runs.with_raw_response.submit_tool_outputs(
                    "run_id", thread_id="", tool_outputs=[{}]
                )
