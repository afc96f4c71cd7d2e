# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.beta.threads`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.beta.thread import Thread
from openai.types.beta.threads.run import Run
from openai.types.beta.thread_deleted import ThreadDeleted


class TestThreads:
    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create()
            assert_matches_type(Thread, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create(
                messages=[{"role": "user", "content": "string"}], tool_resources={}, metadata={"foo": "string"}
            )
            assert_matches_type(Thread, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.create()

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Thread, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.create() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Thread, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.retrieve("thread_id")
            assert_matches_type(Thread, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.retrieve("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Thread, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.retrieve("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Thread, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.update("thread_id")
            assert_matches_type(Thread, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.update("thread_id", tool_resources={}, metadata={"foo": "string"})
            assert_matches_type(Thread, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.update("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Thread, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.update("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Thread, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.with_raw_response.update("")

    def test_method_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.delete("thread_id")
            assert_matches_type(ThreadDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.delete("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(ThreadDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.delete("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(ThreadDeleted, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                client.beta.threads.with_raw_response.delete("")

    def test_method_create_and_run_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create_and_run(assistant_id="string")
            assert_matches_type(Run, result, path=["response"])

    def test_method_create_and_run_with_all_params_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create_and_run(
                assistant_id="string",
                thread={},
                model="string",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                stream=False,
            )
            assert_matches_type(Run, result, path=["response"])

    def test_method_create_and_run_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create_and_run(assistant_id="string", stream=True)
            result.close()

    def test_method_create_and_run_with_all_params_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.beta.threads.create_and_run(
                assistant_id="string",
                stream=True,
                thread={},
                model="string",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
            )
            result.close()

    def test_raw_response_create_and_run_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.create_and_run(assistant_id="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    def test_streaming_response_create_and_run_overload_1(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.create_and_run(assistant_id="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_raw_response_create_and_run_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.beta.threads.with_raw_response.create_and_run(assistant_id="string", stream=True)

            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            result.close()

    def test_streaming_response_create_and_run_overload_2(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.beta.threads.with_streaming_response.create_and_run(
                assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                result.close()

            assert cast(Any, response.is_closed) is True


class TestAsyncThreads:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create()
            assert_matches_type(Thread, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create(
                messages=[{"role": "user", "content": "string"}], tool_resources={}, metadata={"foo": "string"}
            )
            assert_matches_type(Thread, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.create()

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Thread, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.create() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Thread, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.retrieve("thread_id")
            assert_matches_type(Thread, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.retrieve("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Thread, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.retrieve("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Thread, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.update("thread_id")
            assert_matches_type(Thread, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.update("thread_id", tool_resources={}, metadata={"foo": "string"})
            assert_matches_type(Thread, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.update("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Thread, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.update("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Thread, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.with_raw_response.update("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.delete("thread_id")
            assert_matches_type(ThreadDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.delete("thread_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(ThreadDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.delete("thread_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(ThreadDeleted, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `thread_id`"):
                await async_client.beta.threads.with_raw_response.delete("")

    async def test_method_create_and_run_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create_and_run(assistant_id="string")
            assert_matches_type(Run, result, path=["response"])

    async def test_method_create_and_run_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create_and_run(
                assistant_id="string",
                thread={},
                model="string",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
                stream=False,
            )
            assert_matches_type(Run, result, path=["response"])

    async def test_method_create_and_run_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create_and_run(assistant_id="string", stream=True)
            await result.close()

    async def test_method_create_and_run_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.beta.threads.create_and_run(
                assistant_id="string",
                stream=True,
                thread={},
                model="string",
                instructions="string",
                tools=[{"type": "code_interpreter"}],
                tool_resources={},
                metadata={"foo": "string"},
                temperature=1,
                top_p=1,
                max_prompt_tokens=256,
                max_completion_tokens=256,
                truncation_strategy={"type": "auto"},
                tool_choice="none",
                parallel_tool_calls=True,
                response_format="auto",
            )
            await result.close()

    async def test_raw_response_create_and_run_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.create_and_run(assistant_id="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Run, result, path=["response"])

    async def test_streaming_response_create_and_run_overload_1(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.create_and_run(
                assistant_id="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Run, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_raw_response_create_and_run_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.beta.threads.with_raw_response.create_and_run(
                assistant_id="string", stream=True
            )

            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            await result.close()

    async def test_streaming_response_create_and_run_overload_2(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.beta.threads.with_streaming_response.create_and_run(
                assistant_id="string", stream=True
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                await result.close()

            assert cast(Any, response.is_closed) is True
