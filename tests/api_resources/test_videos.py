# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (these tests call deprecated methods on purpose and expect their DeprecationWarning)

"""Tests of `client.videos`: every method sync and async, plain, raw, streamed and with bad path params."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import OpenAI, AsyncOpenAI
from tests.utils import binary_route, assert_matches_type
from openai._response import StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse
from openai.pagination import SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.video import Video
from openai._legacy_response import HttpxBinaryResponseContent
from openai.types.video_delete_response import VideoDeleteResponse
from openai.types.video_get_character_response import VideoGetCharacterResponse
from openai.types.video_create_character_response import VideoCreateCharacterResponse


class TestVideos:
    def test_method_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.create(prompt="string")
            assert_matches_type(Video, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.create(
                prompt="string", model="string", input_reference=b"raw file contents", seconds="4", size="720x1280"
            )
            assert_matches_type(Video, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.create(prompt="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.create(prompt="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.retrieve("video_id")
            assert_matches_type(Video, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.retrieve("video_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.retrieve("video_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                client.videos.with_raw_response.retrieve("")

    def test_method_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.list()
            assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.list(limit=0, order="asc", after="string")
            assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.list()

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.list() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(SyncConversationCursorPage[Video], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.delete("video_id")
            assert_matches_type(VideoDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.delete("video_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.delete("video_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(VideoDeleteResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                client.videos.with_raw_response.delete("")

    def test_method_create_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.create_character(video=b"raw file contents", name="string")
            assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    def test_raw_response_create_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.create_character(video=b"raw file contents", name="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    def test_streaming_response_create_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.create_character(
                video=b"raw file contents", name="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_download_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(client, "GET", "/videos/{video_id}/content"):
                result = client.videos.download_content("video_id")
            assert isinstance(result, HttpxBinaryResponseContent)

    def test_method_download_content_with_all_params(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(client, "GET", "/videos/{video_id}/content"):
                result = client.videos.download_content("video_id", variant="video")
            assert isinstance(result, HttpxBinaryResponseContent)

    def test_raw_response_download_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(client, "GET", "/videos/{video_id}/content"):
                response = client.videos.with_raw_response.download_content("video_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert isinstance(result, HttpxBinaryResponseContent)

    def test_streaming_response_download_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(client, "GET", "/videos/{video_id}/content"):
                with client.videos.with_streaming_response.download_content("video_id") as response:
                    assert not response.is_closed
                    assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                    assert isinstance(response, StreamedBinaryAPIResponse)
                    content = response.read()
                    assert isinstance(content, bytes)

            assert cast(Any, response.is_closed) is True

    def test_path_params_download_content(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                client.videos.with_raw_response.download_content("")

    def test_method_edit(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.edit(video=b"raw file contents", prompt="string")
            assert_matches_type(Video, result, path=["response"])

    def test_raw_response_edit(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.edit(video=b"raw file contents", prompt="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_edit(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.edit(video=b"raw file contents", prompt="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_extend(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.extend(video=b"raw file contents", prompt="string", seconds="4")
            assert_matches_type(Video, result, path=["response"])

    def test_raw_response_extend(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.extend(video=b"raw file contents", prompt="string", seconds="4")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_extend(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.extend(
                video=b"raw file contents", prompt="string", seconds="4"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_method_get_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.get_character("character_id")
            assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    def test_raw_response_get_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.get_character("character_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    def test_streaming_response_get_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.get_character("character_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_get_character(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `character_id`"):
                client.videos.with_raw_response.get_character("")

    def test_method_remix(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = client.videos.remix("video_id", prompt="string")
            assert_matches_type(Video, result, path=["response"])

    def test_raw_response_remix(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = client.videos.with_raw_response.remix("video_id", prompt="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    def test_streaming_response_remix(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with client.videos.with_streaming_response.remix("video_id", prompt="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    def test_path_params_remix(self, client: OpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                client.videos.with_raw_response.remix("", prompt="string")


class TestAsyncVideos:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.create(prompt="string")
            assert_matches_type(Video, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.create(
                prompt="string", model="string", input_reference=b"raw file contents", seconds="4", size="720x1280"
            )
            assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.create(prompt="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.create(prompt="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.retrieve("video_id")
            assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.retrieve("video_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.retrieve("video_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                await async_client.videos.with_raw_response.retrieve("")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.list()
            assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.list(limit=0, order="asc", after="string")
            assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.list()

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.list() as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(AsyncConversationCursorPage[Video], result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.delete("video_id")
            assert_matches_type(VideoDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.delete("video_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.delete("video_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(VideoDeleteResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                await async_client.videos.with_raw_response.delete("")

    async def test_method_create_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.create_character(video=b"raw file contents", name="string")
            assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    async def test_raw_response_create_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.create_character(
                video=b"raw file contents", name="string"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

    async def test_streaming_response_create_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.create_character(
                video=b"raw file contents", name="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(VideoCreateCharacterResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_download_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(async_client, "GET", "/videos/{video_id}/content"):
                result = await async_client.videos.download_content("video_id")
            assert isinstance(result, HttpxBinaryResponseContent)

    async def test_method_download_content_with_all_params(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(async_client, "GET", "/videos/{video_id}/content"):
                result = await async_client.videos.download_content("video_id", variant="video")
            assert isinstance(result, HttpxBinaryResponseContent)

    async def test_raw_response_download_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(async_client, "GET", "/videos/{video_id}/content"):
                response = await async_client.videos.with_raw_response.download_content("video_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert isinstance(result, HttpxBinaryResponseContent)

    async def test_streaming_response_download_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with binary_route(async_client, "GET", "/videos/{video_id}/content"):
                async with async_client.videos.with_streaming_response.download_content("video_id") as response:
                    assert not response.is_closed
                    assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                    assert isinstance(response, AsyncStreamedBinaryAPIResponse)
                    content = await response.read()
                    assert isinstance(content, bytes)

            assert cast(Any, response.is_closed) is True

    async def test_path_params_download_content(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                await async_client.videos.with_raw_response.download_content("")

    async def test_method_edit(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.edit(video=b"raw file contents", prompt="string")
            assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_edit(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.edit(video=b"raw file contents", prompt="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_edit(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.edit(
                video=b"raw file contents", prompt="string"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_extend(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.extend(video=b"raw file contents", prompt="string", seconds="4")
            assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_extend(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.extend(
                video=b"raw file contents", prompt="string", seconds="4"
            )

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_extend(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.extend(
                video=b"raw file contents", prompt="string", seconds="4"
            ) as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_method_get_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.get_character("character_id")
            assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    async def test_raw_response_get_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.get_character("character_id")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

    async def test_streaming_response_get_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.get_character("character_id") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(VideoGetCharacterResponse, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_get_character(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `character_id`"):
                await async_client.videos.with_raw_response.get_character("")

    async def test_method_remix(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            result = await async_client.videos.remix("video_id", prompt="string")
            assert_matches_type(Video, result, path=["response"])

    async def test_raw_response_remix(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            response = await async_client.videos.with_raw_response.remix("video_id", prompt="string")

            assert response.is_closed is True
            assert response.http_request.headers.get("X-Stainless-Lang") == "python"
            result = response.parse()
            assert_matches_type(Video, result, path=["response"])

    async def test_streaming_response_remix(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            async with async_client.videos.with_streaming_response.remix("video_id", prompt="string") as response:
                assert not response.is_closed
                assert response.http_request.headers.get("X-Stainless-Lang") == "python"

                result = await response.parse()
                assert_matches_type(Video, result, path=["response"])

            assert cast(Any, response.is_closed) is True

    async def test_path_params_remix(self, async_client: AsyncOpenAI) -> None:
        with pytest.warns(DeprecationWarning):
            with pytest.raises(ValueError, match=r"Expected a non-empty value for `video_id`"):
                await async_client.videos.with_raw_response.remix("", prompt="string")
