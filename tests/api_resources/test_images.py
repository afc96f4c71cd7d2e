# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.images`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.images_response import ImagesResponse


class TestImages:
    def test_method_create_variation(self, client: OpenAI) -> None:
        result = client.images.create_variation(image=b"raw file contents")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_create_variation_with_all_params(self, client: OpenAI) -> None:
        result = client.images.create_variation(
            image=b"raw file contents", model="string", n=1, response_format="url", size="256x256", user="string"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_raw_response_create_variation(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.create_variation(image=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_create_variation(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_edit_overload_1(self, client: OpenAI) -> None:
        result = client.images.edit(image=b"raw file contents", prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_edit_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.images.edit(
            image=b"raw file contents",
            prompt="string",
            mask=b"raw file contents",
            background="transparent",
            model="string",
            n=1,
            size="string",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="string",
            input_fidelity="high",
            partial_images=0,
            quality="standard",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_edit_overload_2(self, client: OpenAI) -> None:
        result = client.images.edit(image=b"raw file contents", prompt="string", stream=True)
        result.close()

    def test_method_edit_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.images.edit(
            image=b"raw file contents",
            prompt="string",
            stream=True,
            mask=b"raw file contents",
            background="transparent",
            model="string",
            n=1,
            size="string",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="string",
            input_fidelity="high",
            partial_images=0,
            quality="standard",
        )
        result.close()

    def test_raw_response_edit_overload_1(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(image=b"raw file contents", prompt="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_edit_overload_1(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(image=b"raw file contents", prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_edit_overload_2(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.edit(image=b"raw file contents", prompt="string", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_edit_overload_2(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True

    def test_method_generate_overload_1(self, client: OpenAI) -> None:
        result = client.images.generate(prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_generate_with_all_params_overload_1(self, client: OpenAI) -> None:
        result = client.images.generate(
            prompt="string",
            model="string",
            n=1,
            quality="standard",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=0,
            size="string",
            moderation="low",
            background="transparent",
            style="vivid",
            user="string",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_method_generate_overload_2(self, client: OpenAI) -> None:
        result = client.images.generate(prompt="string", stream=True)
        result.close()

    def test_method_generate_with_all_params_overload_2(self, client: OpenAI) -> None:
        result = client.images.generate(
            prompt="string",
            stream=True,
            model="string",
            n=1,
            quality="standard",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=0,
            size="string",
            moderation="low",
            background="transparent",
            style="vivid",
            user="string",
        )
        result.close()

    def test_raw_response_generate_overload_1(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    def test_streaming_response_generate_overload_1(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_raw_response_generate_overload_2(self, client: OpenAI) -> None:
        response = client.images.with_raw_response.generate(prompt="string", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        result.close()

    def test_streaming_response_generate_overload_2(self, client: OpenAI) -> None:
        with client.images.with_streaming_response.generate(prompt="string", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            result.close()

        assert cast(Any, response.is_closed) is True


class TestAsyncImages:
    async def test_method_create_variation(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.create_variation(image=b"raw file contents")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_create_variation_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.create_variation(
            image=b"raw file contents", model="string", n=1, response_format="url", size="256x256", user="string"
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_raw_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.create_variation(image=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_create_variation(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.create_variation(image=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_edit_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(image=b"raw file contents", prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_edit_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            image=b"raw file contents",
            prompt="string",
            mask=b"raw file contents",
            background="transparent",
            model="string",
            n=1,
            size="string",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="string",
            input_fidelity="high",
            partial_images=0,
            quality="standard",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_edit_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(image=b"raw file contents", prompt="string", stream=True)
        await result.close()

    async def test_method_edit_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.edit(
            image=b"raw file contents",
            prompt="string",
            stream=True,
            mask=b"raw file contents",
            background="transparent",
            model="string",
            n=1,
            size="string",
            response_format="url",
            output_format="png",
            output_compression=100,
            user="string",
            input_fidelity="high",
            partial_images=0,
            quality="standard",
        )
        await result.close()

    async def test_raw_response_edit_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(image=b"raw file contents", prompt="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_edit_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_edit_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.edit(
            image=b"raw file contents", prompt="string", stream=True
        )

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_edit_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.edit(
            image=b"raw file contents", prompt="string", stream=True
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True

    async def test_method_generate_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(prompt="string")
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_generate_with_all_params_overload_1(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(
            prompt="string",
            model="string",
            n=1,
            quality="standard",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=0,
            size="string",
            moderation="low",
            background="transparent",
            style="vivid",
            user="string",
            stream=False,
        )
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_method_generate_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(prompt="string", stream=True)
        await result.close()

    async def test_method_generate_with_all_params_overload_2(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.images.generate(
            prompt="string",
            stream=True,
            model="string",
            n=1,
            quality="standard",
            response_format="url",
            output_format="png",
            output_compression=100,
            partial_images=0,
            size="string",
            moderation="low",
            background="transparent",
            style="vivid",
            user="string",
        )
        await result.close()

    async def test_raw_response_generate_overload_1(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ImagesResponse, result, path=["response"])

    async def test_streaming_response_generate_overload_1(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(prompt="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_raw_response_generate_overload_2(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.images.with_raw_response.generate(prompt="string", stream=True)

        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        await result.close()

    async def test_streaming_response_generate_overload_2(self, async_client: AsyncOpenAI) -> None:
        async with async_client.images.with_streaming_response.generate(prompt="string", stream=True) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            await result.close()

        assert cast(Any, response.is_closed) is True
