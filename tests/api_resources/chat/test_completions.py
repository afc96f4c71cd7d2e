# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.chat.completions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.chat.chat_completion import ChatCompletion
from openai.types.chat.chat_completion_deleted import ChatCompletionDeleted


class TestCompletions:
    def test_method_create_overload_1(self, client: OpenAI) -> None:
        result = client.chat.completions.create(messages=[{"content": "string", "role": "developer"}], model="string")
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_method_create_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}],
            model="string",
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1,
            top_p=1,
            user="string",
            safety_identifier="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            service_tier="auto",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={},
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            moderation={"model": "string"},
            stop="<|endoftext|>",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=-9223372036854776000,
            stream_options={},
            tools=[{"type": "function", "function": {"name": "string"}}],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"name": "string"}],
            stream=False,
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_method_create_overload_2(self, client: OpenAI) -> None:
        result = client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        )
        result.close()

    def test_method_create_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}],
            model="string",
            stream=True,
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1,
            top_p=1,
            user="string",
            safety_identifier="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            service_tier="auto",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={},
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            moderation={"model": "string"},
            stop="<|endoftext|>",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=-9223372036854776000,
            stream_options={},
            tools=[{"type": "function", "function": {"name": "string"}}],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"name": "string"}],
        )
        result.close()

    def test_raw_response_create_overload_1(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_create_overload_1(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_create_overload_2(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        )

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_create_overload_2(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.chat.completions.retrieve("completion_id")
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.retrieve("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.retrieve("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id`"):
            client.chat.completions.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.chat.completions.update("completion_id", metadata={"foo": "string"})
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.update("completion_id", metadata={"foo": "string"})

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.update(
            "completion_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id`"):
            client.chat.completions.with_raw_response.update("", metadata={"foo": "string"})

    def test_method_list(self, client: OpenAI) -> None:
        result = client.chat.completions.list()
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.chat.completions.list(
            model="string", metadata={"foo": "string"}, after="string", limit=20, order="asc"
        )
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[ChatCompletion], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.chat.completions.delete("completion_id")
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.chat.completions.with_raw_response.delete("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.chat.completions.with_streaming_response.delete("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ChatCompletionDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id`"):
            client.chat.completions.with_raw_response.delete("")


class TestAsyncCompletions:
    async def test_method_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_method_create_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}],
            model="string",
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1,
            top_p=1,
            user="string",
            safety_identifier="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            service_tier="auto",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={},
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            moderation={"model": "string"},
            stop="<|endoftext|>",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=-9223372036854776000,
            stream_options={},
            tools=[{"type": "function", "function": {"name": "string"}}],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"name": "string"}],
            stream=False,
        )
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_method_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        )
        await result.close()

    async def test_method_create_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.create(
            messages=[{"content": "string", "role": "developer"}],
            model="string",
            stream=True,
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1,
            top_p=1,
            user="string",
            safety_identifier="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            service_tier="auto",
            modalities=["text"],
            verbosity="low",
            reasoning_effort="none",
            max_completion_tokens=1,
            frequency_penalty=0,
            presence_penalty=0,
            web_search_options={},
            response_format={"type": "text"},
            audio={"voice": "string", "format": "wav"},
            store=False,
            moderation={"model": "string"},
            stop="<|endoftext|>",
            logit_bias={"foo": 1},
            logprobs=False,
            max_tokens=1,
            n=1,
            prediction={"type": "content", "content": "string"},
            seed=-9223372036854776000,
            stream_options={},
            tools=[{"type": "function", "function": {"name": "string"}}],
            tool_choice="none",
            parallel_tool_calls=True,
            function_call="none",
            functions=[{"name": "string"}],
        )
        await result.close()

    async def test_raw_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        )

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.create(
            messages=[{"content": "string", "role": "developer"}], model="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.retrieve("completion_id")
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.retrieve("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.retrieve("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id`"):
            await async_client.chat.completions.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.update("completion_id", metadata={"foo": "string"})
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.update(
            "completion_id", metadata={"foo": "string"}
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletion, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.update(
            "completion_id", metadata={"foo": "string"}
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id`"):
            await async_client.chat.completions.with_raw_response.update("", metadata={"foo": "string"})

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.list()
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.list(
            model="string", metadata={"foo": "string"}, after="string", limit=20, order="asc"
        )
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[ChatCompletion], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.chat.completions.delete("completion_id")
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.chat.completions.with_raw_response.delete("completion_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ChatCompletionDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.chat.completions.with_streaming_response.delete("completion_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ChatCompletionDeleted, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `completion_id`"):
            await async_client.chat.completions.with_raw_response.delete("")
