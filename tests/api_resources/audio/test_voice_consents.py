# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.audio.voice_consents`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.pagination import SyncCursorPage, AsyncCursorPage
from openai.types.voice_consent_resource import VoiceConsentResource
from openai.types.voice_consent_deleted_resource import VoiceConsentDeletedResource


class TestVoiceConsents:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.audio.voice_consents.create(name="string", recording=b"raw file contents", language="string")
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.audio.voice_consents.with_raw_response.create(
            name="string", recording=b"raw file contents", language="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.audio.voice_consents.with_streaming_response.create(
            name="string", recording=b"raw file contents", language="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VoiceConsentResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_list(self, client: OpenAI) -> None:
        result = client.audio.voice_consents.list()
        assert_matches_type(SyncCursorPage[VoiceConsentResource], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.audio.voice_consents.list(after="string", limit=20)
        assert_matches_type(SyncCursorPage[VoiceConsentResource], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.audio.voice_consents.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[VoiceConsentResource], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.audio.voice_consents.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(SyncCursorPage[VoiceConsentResource], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.audio.voice_consents.retrieve("consent_id")
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.audio.voice_consents.with_raw_response.retrieve("consent_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.audio.voice_consents.with_streaming_response.retrieve("consent_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VoiceConsentResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `consent_id`"):
            client.audio.voice_consents.with_raw_response.retrieve("")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.audio.voice_consents.update("consent_id", name="string")
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.audio.voice_consents.with_raw_response.update("consent_id", name="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.audio.voice_consents.with_streaming_response.update("consent_id", name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VoiceConsentResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `consent_id`"):
            client.audio.voice_consents.with_raw_response.update("", name="string")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.audio.voice_consents.delete("consent_id")
        assert_matches_type(VoiceConsentDeletedResource, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.audio.voice_consents.with_raw_response.delete("consent_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentDeletedResource, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.audio.voice_consents.with_streaming_response.delete("consent_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(VoiceConsentDeletedResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `consent_id`"):
            client.audio.voice_consents.with_raw_response.delete("")


class TestAsyncVoiceConsents:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voice_consents.create(
            name="string", recording=b"raw file contents", language="string"
        )
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.voice_consents.with_raw_response.create(
            name="string", recording=b"raw file contents", language="string"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.voice_consents.with_streaming_response.create(
            name="string", recording=b"raw file contents", language="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VoiceConsentResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voice_consents.list()
        assert_matches_type(AsyncCursorPage[VoiceConsentResource], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voice_consents.list(after="string", limit=20)
        assert_matches_type(AsyncCursorPage[VoiceConsentResource], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.voice_consents.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[VoiceConsentResource], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.voice_consents.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(AsyncCursorPage[VoiceConsentResource], result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voice_consents.retrieve("consent_id")
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.voice_consents.with_raw_response.retrieve("consent_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.voice_consents.with_streaming_response.retrieve("consent_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VoiceConsentResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `consent_id`"):
            await async_client.audio.voice_consents.with_raw_response.retrieve("")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voice_consents.update("consent_id", name="string")
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.voice_consents.with_raw_response.update("consent_id", name="string")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentResource, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.voice_consents.with_streaming_response.update(
            "consent_id", name="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VoiceConsentResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `consent_id`"):
            await async_client.audio.voice_consents.with_raw_response.update("", name="string")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.audio.voice_consents.delete("consent_id")
        assert_matches_type(VoiceConsentDeletedResource, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.audio.voice_consents.with_raw_response.delete("consent_id")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(VoiceConsentDeletedResource, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.audio.voice_consents.with_streaming_response.delete("consent_id") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(VoiceConsentDeletedResource, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"Expected a non-empty value for `consent_id`"):
            await async_client.audio.voice_consents.with_raw_response.delete("")
