# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.completions`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.completion import Completion


class TestCompletions:
    def test_method_create_overload_1(self, client: OpenAI) -> None:
        result = client.completions.create(model="string", prompt="")
        assert_matches_type(Completion, result, path=["response"])

    def test_method_create_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.completions.create(
            model="string",
            prompt="",
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=0,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="<|endoftext|>",
            stream_options={},
            suffix="string",
            temperature=1,
            top_p=1,
            user="string",
            stream=False,
        )
        assert_matches_type(Completion, result, path=["response"])

    def test_method_create_overload_2(self, client: OpenAI) -> None:
        result = client.completions.create(model="string", prompt="", stream=True)
        result.close()

    def test_method_create_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.completions.create(
            model="string",
            prompt="",
            stream=True,
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=0,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="<|endoftext|>",
            stream_options={},
            suffix="string",
            temperature=1,
            top_p=1,
            user="string",
        )
        result.close()

    def test_raw_response_create_overload_1(self, client: OpenAI) -> None:
        response = client.completions.with_raw_response.create(model="string", prompt="")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Completion, result, path=["response"])

    def test_streaming_response_create_overload_1(self, client: OpenAI) -> None:
        with client.completions.with_streaming_response.create(model="string", prompt="") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(Completion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_create_overload_2(self, client: OpenAI) -> None:
        response = client.completions.with_raw_response.create(model="string", prompt="", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_create_overload_2(self, client: OpenAI) -> None:
        with client.completions.with_streaming_response.create(model="string", prompt="", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True


class TestAsyncCompletions:
    async def test_method_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(model="string", prompt="")
        assert_matches_type(Completion, result, path=["response"])

    async def test_method_create_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(
            model="string",
            prompt="",
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=0,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="<|endoftext|>",
            stream_options={},
            suffix="string",
            temperature=1,
            top_p=1,
            user="string",
            stream=False,
        )
        assert_matches_type(Completion, result, path=["response"])

    async def test_method_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(model="string", prompt="", stream=True)
        await result.close()

    async def test_method_create_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.completions.create(
            model="string",
            prompt="",
            stream=True,
            best_of=1,
            echo=False,
            frequency_penalty=0,
            logit_bias={"foo": 1},
            logprobs=0,
            max_tokens=16,
            n=1,
            presence_penalty=0,
            seed=1,
            stop="<|endoftext|>",
            stream_options={},
            suffix="string",
            temperature=1,
            top_p=1,
            user="string",
        )
        await result.close()

    async def test_raw_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.completions.with_raw_response.create(model="string", prompt="")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(Completion, result, path=["response"])

    async def test_streaming_response_create_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.completions.with_streaming_response.create(model="string", prompt="") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(Completion, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.completions.with_raw_response.create(model="string", prompt="", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_create_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.completions.with_streaming_response.create(
            model="string", prompt="", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True
