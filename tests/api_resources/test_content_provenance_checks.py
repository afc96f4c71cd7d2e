# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.content_provenance_checks`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.content_provenance_check import ContentProvenanceCheck


class TestContentProvenanceChecks:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.content_provenance_checks.create(file=b"raw file contents")
        assert_matches_type(ContentProvenanceCheck, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.content_provenance_checks.with_raw_response.create(file=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ContentProvenanceCheck, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.content_provenance_checks.with_streaming_response.create(file=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(ContentProvenanceCheck, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncContentProvenanceChecks:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.content_provenance_checks.create(file=b"raw file contents")
        assert_matches_type(ContentProvenanceCheck, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.content_provenance_checks.with_raw_response.create(file=b"raw file contents")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(ContentProvenanceCheck, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.content_provenance_checks.with_streaming_response.create(
            file=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(ContentProvenanceCheck, result, path=["response"])

        assert cast(Any, response.is_closed) is True
