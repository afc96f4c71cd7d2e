# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Tests of `client.admin.organization.usage`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

from openai import OpenAI, AsyncOpenAI
from tests.utils import assert_matches_type
from openai.types.admin.organization.usage_costs_response import UsageCostsResponse
from openai.types.admin.organization.usage_images_response import UsageImagesResponse
from openai.types.admin.organization.usage_embeddings_response import UsageEmbeddingsResponse
from openai.types.admin.organization.usage_completions_response import UsageCompletionsResponse
from openai.types.admin.organization.usage_moderations_response import UsageModerationsResponse
from openai.types.admin.organization.usage_vector_stores_response import UsageVectorStoresResponse
from openai.types.admin.organization.usage_audio_speeches_response import UsageAudioSpeechesResponse
from openai.types.admin.organization.usage_web_search_calls_response import UsageWebSearchCallsResponse
from openai.types.admin.organization.usage_file_search_calls_response import UsageFileSearchCallsResponse
from openai.types.admin.organization.usage_audio_transcriptions_response import UsageAudioTranscriptionsResponse
from openai.types.admin.organization.usage_code_interpreter_sessions_response import (
    UsageCodeInterpreterSessionsResponse,
)


class TestUsage:
    def test_method_audio_speeches(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.audio_speeches(start_time=1)
        assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

    def test_method_audio_speeches_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.audio_speeches(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

    def test_raw_response_audio_speeches(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.audio_speeches(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

    def test_streaming_response_audio_speeches(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.audio_speeches(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_audio_transcriptions(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.audio_transcriptions(start_time=1)
        assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

    def test_method_audio_transcriptions_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.audio_transcriptions(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

    def test_raw_response_audio_transcriptions(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.audio_transcriptions(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

    def test_streaming_response_audio_transcriptions(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.audio_transcriptions(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_code_interpreter_sessions(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.code_interpreter_sessions(start_time=1)
        assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

    def test_method_code_interpreter_sessions_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.code_interpreter_sessions(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

    def test_raw_response_code_interpreter_sessions(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.code_interpreter_sessions(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

    def test_streaming_response_code_interpreter_sessions(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.code_interpreter_sessions(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_completions(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.completions(start_time=1)
        assert_matches_type(UsageCompletionsResponse, result, path=["response"])

    def test_method_completions_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.completions(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            batch=True,
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageCompletionsResponse, result, path=["response"])

    def test_raw_response_completions(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.completions(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageCompletionsResponse, result, path=["response"])

    def test_streaming_response_completions(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.completions(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageCompletionsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_costs(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.costs(start_time=1)
        assert_matches_type(UsageCostsResponse, result, path=["response"])

    def test_method_costs_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.costs(
            start_time=1,
            end_time=1,
            bucket_width="1d",
            project_ids=["string"],
            api_key_ids=["string"],
            group_by=["project_id"],
            limit=7,
            page="string",
        )
        assert_matches_type(UsageCostsResponse, result, path=["response"])

    def test_raw_response_costs(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.costs(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageCostsResponse, result, path=["response"])

    def test_streaming_response_costs(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.costs(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageCostsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_embeddings(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.embeddings(start_time=1)
        assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

    def test_method_embeddings_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.embeddings(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

    def test_raw_response_embeddings(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.embeddings(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

    def test_streaming_response_embeddings(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.embeddings(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_file_search_calls(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.file_search_calls(start_time=1)
        assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

    def test_method_file_search_calls_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.file_search_calls(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            vector_store_ids=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

    def test_raw_response_file_search_calls(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.file_search_calls(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

    def test_streaming_response_file_search_calls(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.file_search_calls(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_images(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.images(start_time=1)
        assert_matches_type(UsageImagesResponse, result, path=["response"])

    def test_method_images_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.images(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            sources=["image.generation"],
            sizes=["256x256"],
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageImagesResponse, result, path=["response"])

    def test_raw_response_images(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.images(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageImagesResponse, result, path=["response"])

    def test_streaming_response_images(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.images(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_moderations(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.moderations(start_time=1)
        assert_matches_type(UsageModerationsResponse, result, path=["response"])

    def test_method_moderations_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.moderations(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageModerationsResponse, result, path=["response"])

    def test_raw_response_moderations(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.moderations(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageModerationsResponse, result, path=["response"])

    def test_streaming_response_moderations(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.moderations(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageModerationsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_vector_stores(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.vector_stores(start_time=1)
        assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

    def test_method_vector_stores_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.vector_stores(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

    def test_raw_response_vector_stores(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.vector_stores(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

    def test_streaming_response_vector_stores(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.vector_stores(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_web_search_calls(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.web_search_calls(start_time=1)
        assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

    def test_method_web_search_calls_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.usage.web_search_calls(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            context_levels=["low"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

    def test_raw_response_web_search_calls(self, client: OpenAI) -> None:
        response = client.admin.organization.usage.with_raw_response.web_search_calls(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

    def test_streaming_response_web_search_calls(self, client: OpenAI) -> None:
        with client.admin.organization.usage.with_streaming_response.web_search_calls(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = response.parse()
            assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncUsage:
    async def test_method_audio_speeches(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.audio_speeches(start_time=1)
        assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

    async def test_method_audio_speeches_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.audio_speeches(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

    async def test_raw_response_audio_speeches(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.audio_speeches(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

    async def test_streaming_response_audio_speeches(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.audio_speeches(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageAudioSpeechesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_audio_transcriptions(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.audio_transcriptions(start_time=1)
        assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

    async def test_method_audio_transcriptions_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.audio_transcriptions(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

    async def test_raw_response_audio_transcriptions(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.audio_transcriptions(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

    async def test_streaming_response_audio_transcriptions(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.audio_transcriptions(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageAudioTranscriptionsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_code_interpreter_sessions(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.code_interpreter_sessions(start_time=1)
        assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

    async def test_method_code_interpreter_sessions_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.code_interpreter_sessions(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

    async def test_raw_response_code_interpreter_sessions(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.code_interpreter_sessions(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

    async def test_streaming_response_code_interpreter_sessions(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.code_interpreter_sessions(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageCodeInterpreterSessionsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_completions(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.completions(start_time=1)
        assert_matches_type(UsageCompletionsResponse, result, path=["response"])

    async def test_method_completions_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.completions(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            batch=True,
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageCompletionsResponse, result, path=["response"])

    async def test_raw_response_completions(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.completions(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageCompletionsResponse, result, path=["response"])

    async def test_streaming_response_completions(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.completions(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageCompletionsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_costs(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.costs(start_time=1)
        assert_matches_type(UsageCostsResponse, result, path=["response"])

    async def test_method_costs_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.costs(
            start_time=1,
            end_time=1,
            bucket_width="1d",
            project_ids=["string"],
            api_key_ids=["string"],
            group_by=["project_id"],
            limit=7,
            page="string",
        )
        assert_matches_type(UsageCostsResponse, result, path=["response"])

    async def test_raw_response_costs(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.costs(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageCostsResponse, result, path=["response"])

    async def test_streaming_response_costs(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.costs(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageCostsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_embeddings(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.embeddings(start_time=1)
        assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

    async def test_method_embeddings_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.embeddings(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

    async def test_raw_response_embeddings(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.embeddings(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

    async def test_streaming_response_embeddings(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.embeddings(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageEmbeddingsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_file_search_calls(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.file_search_calls(start_time=1)
        assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

    async def test_method_file_search_calls_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.file_search_calls(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            vector_store_ids=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

    async def test_raw_response_file_search_calls(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.file_search_calls(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

    async def test_streaming_response_file_search_calls(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.file_search_calls(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageFileSearchCallsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_images(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.images(start_time=1)
        assert_matches_type(UsageImagesResponse, result, path=["response"])

    async def test_method_images_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.images(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            sources=["image.generation"],
            sizes=["256x256"],
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageImagesResponse, result, path=["response"])

    async def test_raw_response_images(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.images(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageImagesResponse, result, path=["response"])

    async def test_streaming_response_images(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.images(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageImagesResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_moderations(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.moderations(start_time=1)
        assert_matches_type(UsageModerationsResponse, result, path=["response"])

    async def test_method_moderations_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.moderations(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageModerationsResponse, result, path=["response"])

    async def test_raw_response_moderations(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.moderations(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageModerationsResponse, result, path=["response"])

    async def test_streaming_response_moderations(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.moderations(start_time=1) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageModerationsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_vector_stores(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.vector_stores(start_time=1)
        assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

    async def test_method_vector_stores_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.vector_stores(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

    async def test_raw_response_vector_stores(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.vector_stores(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

    async def test_streaming_response_vector_stores(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.vector_stores(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageVectorStoresResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_web_search_calls(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.web_search_calls(start_time=1)
        assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

    async def test_method_web_search_calls_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.usage.web_search_calls(
            start_time=1,
            end_time=1,
            bucket_width="1m",
            project_ids=["string"],
            user_ids=["string"],
            api_key_ids=["string"],
            models=["string"],
            context_levels=["low"],
            group_by=["project_id"],
            limit=1,
            page="string",
        )
        assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

    async def test_raw_response_web_search_calls(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.usage.with_raw_response.web_search_calls(start_time=1)

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Stainless-Lang") == "python"
        result = response.parse()
        assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

    async def test_streaming_response_web_search_calls(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.usage.with_streaming_response.web_search_calls(
            start_time=1
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"

            result = await response.parse()
            assert_matches_type(UsageWebSearchCallsResponse, result, path=["response"])

        assert cast(Any, response.is_closed) is True
