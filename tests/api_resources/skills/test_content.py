# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.skills.content`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import binary_route
from openai._response import StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse
from openai._legacy_response import HttpxBinaryResponseContent


class TestContent:
    def test_method_retrieve(self, client: OpenAI) -> None:
        with binary_route(client, "GET", "/skills/{skill_id}/content"):
            result = client.skills.content.retrieve("skill_id")
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with binary_route(client, "GET", "/skills/{skill_id}/content"):
            response = client.skills.content.with_raw_response.retrieve("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with binary_route(client, "GET", "/skills/{skill_id}/content"):
            with client.skills.content.with_streaming_response.retrieve("skill_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                assert isinstance(response, StreamedBinaryAPIResponse)
                content = response.read()
                assert isinstance(content, bytes)

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            client.skills.content.with_raw_response.retrieve("")


class TestAsyncContent:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "GET", "/skills/{skill_id}/content"):
            result = await async_client.skills.content.retrieve("skill_id")
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "GET", "/skills/{skill_id}/content"):
            response = await async_client.skills.content.with_raw_response.retrieve("skill_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert isinstance(result, HttpxBinaryResponseContent)

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with binary_route(async_client, "GET", "/skills/{skill_id}/content"):
            async with async_client.skills.content.with_streaming_response.retrieve("skill_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                assert isinstance(response, AsyncStreamedBinaryAPIResponse)
                content = await response.read()
                assert isinstance(content, bytes)

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `skill_id`"):
            await async_client.skills.content.with_raw_response.retrieve("")
