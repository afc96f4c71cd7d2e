# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.realtime.client_secrets`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.realtime.client_secret_create_response import ClientSecretCreateResponse


class TestClientSecrets:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.realtime.client_secrets.create()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.realtime.client_secrets.create(
            expires_after={"anchor": "created_at"}, session={"type": "realtime"}
        )
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.realtime.client_secrets.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.realtime.client_secrets.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncClientSecrets:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.client_secrets.create()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.realtime.client_secrets.create(
            expires_after={"anchor": "created_at"}, session={"type": "realtime"}
        )
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.realtime.client_secrets.with_raw_response.create()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.realtime.client_secrets.with_streaming_response.create() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ClientSecretCreateResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
