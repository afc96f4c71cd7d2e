# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.beta.responses`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.beta.beta_response import BetaResponse
from openai.types.beta.beta_compacted_response import BetaCompactedResponse


class TestResponses:
    def test_method_create_overload_1(self, client: OpenAI) -> None:
        result = client.beta.responses.create()
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_method_create_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.beta.responses.create(
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1,
            top_p=1,
            user="string",
            safety_identifier="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            previous_response_id="string",
            model="string",
            background=False,
            max_tool_calls=1,
            text={},
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "string"}, "strict": True}],
            tool_choice="none",
            prompt={"id": "string"},
            service_tier="auto",
            truncation="auto",
            reasoning={},
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            moderation={"model": "string"},
            stream_options={},
            conversation="string",
            context_management=[{"type": "string"}],
            max_output_tokens=16,
            multi_agent={"enabled": True},
            betas=["responses_multi_agent=v1"],
            stream=False,
        )
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_method_create_overload_2(self, client: OpenAI) -> None:
        result = client.beta.responses.create(stream=True)
        result.close()

    def test_method_create_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.beta.responses.create(
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
            previous_response_id="string",
            model="string",
            background=False,
            max_tool_calls=1,
            text={},
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "string"}, "strict": True}],
            tool_choice="none",
            prompt={"id": "string"},
            service_tier="auto",
            truncation="auto",
            reasoning={},
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            moderation={"model": "string"},
            stream_options={},
            conversation="string",
            context_management=[{"type": "string"}],
            max_output_tokens=16,
            multi_agent={"enabled": True},
            betas=["responses_multi_agent=v1"],
        )
        result.close()

    def test_raw_response_create_overload_1(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_streaming_response_create_overload_1(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(BetaResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_create_overload_2(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.create(stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_create_overload_2(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.create(stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve_overload_1(self, client: OpenAI) -> None:
        result = client.beta.responses.retrieve("response_id")
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_method_retrieve_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.beta.responses.retrieve(
            "response_id",
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            betas=["responses_multi_agent=v1"],
            stream=False,
        )
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_method_retrieve_overload_2(self, client: OpenAI) -> None:
        result = client.beta.responses.retrieve("response_id", stream=True)
        result.close()

    def test_method_retrieve_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.beta.responses.retrieve(
            "response_id",
            stream=True,
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            betas=["responses_multi_agent=v1"],
        )
        result.close()

    def test_raw_response_retrieve_overload_1(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.retrieve("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_streaming_response_retrieve_overload_1(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.retrieve("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(BetaResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_retrieve_overload_2(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.retrieve("response_id", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_retrieve_overload_2(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.retrieve("response_id", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            client.beta.responses.with_raw_response.retrieve("")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.beta.responses.delete("response_id")
        assert result is None

    def test_method_delete_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.responses.delete("response_id", betas=["responses_multi_agent=v1"])
        assert result is None

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.delete("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.delete("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            client.beta.responses.with_raw_response.delete("")

    def test_method_cancel(self, client: OpenAI) -> None:
        result = client.beta.responses.cancel("response_id")
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_method_cancel_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.responses.cancel("response_id", betas=["responses_multi_agent=v1"])
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_raw_response_cancel(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.cancel("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaResponse, result, path=["response"])

    def test_streaming_response_cancel(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.cancel("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(BetaResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            client.beta.responses.with_raw_response.cancel("")

    def test_method_compact(self, client: OpenAI) -> None:
        result = client.beta.responses.compact(model="string")
        assert_matches_type(BetaCompactedResponse, result, path=["response"])

    def test_method_compact_with_all_params(self, client: OpenAI) -> None:
        result = client.beta.responses.compact(
            model="string",
            input="string",
            previous_response_id="string",
            instructions="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            service_tier="auto",
            betas=["responses_multi_agent=v1"],
        )
        assert_matches_type(BetaCompactedResponse, result, path=["response"])

    def test_raw_response_compact(self, client: OpenAI) -> None:
        response = client.beta.responses.with_raw_response.compact(model="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaCompactedResponse, result, path=["response"])

    def test_streaming_response_compact(self, client: OpenAI) -> None:
        with client.beta.responses.with_streaming_response.compact(model="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(BetaCompactedResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncResponses:
    async def test_method_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.create()
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_method_create_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.create(
            metadata={"foo": "string"},
            top_logprobs=0,
            temperature=1,
            top_p=1,
            user="string",
            safety_identifier="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            previous_response_id="string",
            model="string",
            background=False,
            max_tool_calls=1,
            text={},
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "string"}, "strict": True}],
            tool_choice="none",
            prompt={"id": "string"},
            service_tier="auto",
            truncation="auto",
            reasoning={},
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            moderation={"model": "string"},
            stream_options={},
            conversation="string",
            context_management=[{"type": "string"}],
            max_output_tokens=16,
            multi_agent={"enabled": True},
            betas=["responses_multi_agent=v1"],
            stream=False,
        )
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_method_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.create(stream=True)
        await result.close()

    async def test_method_create_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.create(
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
            previous_response_id="string",
            model="string",
            background=False,
            max_tool_calls=1,
            text={},
            tools=[{"type": "function", "name": "string", "parameters": {"foo": "string"}, "strict": True}],
            tool_choice="none",
            prompt={"id": "string"},
            service_tier="auto",
            truncation="auto",
            reasoning={},
            input="string",
            include=["file_search_call.results"],
            parallel_tool_calls=True,
            store=True,
            instructions="string",
            moderation={"model": "string"},
            stream_options={},
            conversation="string",
            context_management=[{"type": "string"}],
            max_output_tokens=16,
            multi_agent={"enabled": True},
            betas=["responses_multi_agent=v1"],
        )
        await result.close()

    async def test_raw_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_streaming_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(BetaResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.create(stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.create(stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.retrieve("response_id")
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_method_retrieve_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.retrieve(
            "response_id",
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            betas=["responses_multi_agent=v1"],
            stream=False,
        )
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_method_retrieve_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.retrieve("response_id", stream=True)
        await result.close()

    async def test_method_retrieve_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.retrieve(
            "response_id",
            stream=True,
            include=["file_search_call.results"],
            starting_after=1,
            include_obfuscation=True,
            betas=["responses_multi_agent=v1"],
        )
        await result.close()

    async def test_raw_response_retrieve_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.retrieve("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_streaming_response_retrieve_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.retrieve("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(BetaResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_retrieve_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.retrieve("response_id", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_retrieve_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.retrieve("response_id", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            await async_client.beta.responses.with_raw_response.retrieve("")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.delete("response_id")
        assert result is None

    async def test_method_delete_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.delete("response_id", betas=["responses_multi_agent=v1"])
        assert result is None

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.delete("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert result is None

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.delete("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert result is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            await async_client.beta.responses.with_raw_response.delete("")

    async def test_method_cancel(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.cancel("response_id")
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_method_cancel_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.cancel("response_id", betas=["responses_multi_agent=v1"])
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.cancel("response_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaResponse, result, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.cancel("response_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(BetaResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `response_id`"):
            await async_client.beta.responses.with_raw_response.cancel("")

    async def test_method_compact(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.compact(model="string")
        assert_matches_type(BetaCompactedResponse, result, path=["response"])

    async def test_method_compact_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.beta.responses.compact(
            model="string",
            input="string",
            previous_response_id="string",
            instructions="string",
            prompt_cache_key="string",
            prompt_cache_retention="in_memory",
            prompt_cache_options={"ttl": "30m"},
            service_tier="auto",
            betas=["responses_multi_agent=v1"],
        )
        assert_matches_type(BetaCompactedResponse, result, path=["response"])

    async def test_raw_response_compact(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.beta.responses.with_raw_response.compact(model="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(BetaCompactedResponse, result, path=["response"])

    async def test_streaming_response_compact(self, async_client: AsyncOpenAI) -> None:
        async with async_client.beta.responses.with_streaming_response.compact(model="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(BetaCompactedResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
