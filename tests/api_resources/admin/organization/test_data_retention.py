# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.data_retention`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.admin.organization.organization_data_retention import OrganizationDataRetention


class TestDataRetention:
    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.data_retention.retrieve()
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.data_retention.with_raw_response.retrieve()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.data_retention.with_streaming_response.retrieve() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OrganizationDataRetention, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.data_retention.update(retention_type="zero_data_retention")
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.data_retention.with_raw_response.update(
            retention_type="zero_data_retention"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.data_retention.with_streaming_response.update(
            retention_type="zero_data_retention"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(OrganizationDataRetention, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncDataRetention:
    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.data_retention.retrieve()
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.data_retention.with_raw_response.retrieve()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.data_retention.with_streaming_response.retrieve() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OrganizationDataRetention, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.data_retention.update(retention_type="zero_data_retention")
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.data_retention.with_raw_response.update(
            retention_type="zero_data_retention"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(OrganizationDataRetention, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.data_retention.with_streaming_response.update(
            retention_type="zero_data_retention"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(OrganizationDataRetention, result, path=["response"])

        assert cast(Any, response.is_closed) is True
