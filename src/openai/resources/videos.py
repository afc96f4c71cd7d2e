# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

# pyright: reportDeprecated=false
# (this module defines and wires up deprecated methods; their callers get the warning)

"""The `client.videos` resource: 10 method(s)."""

from __future__ import annotations

from typing import Union, Mapping, cast
from functools import cached_property

import typing_extensions
from typing_extensions import Literal

from openai.types import video_edit_params, video_extend_params
from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
from openai._utils import path_param
from openai._response import (
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_custom_streamed_response_wrapper,
    async_to_custom_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncConversationCursorPage, AsyncConversationCursorPage
from openai.types.video import Video
from openai._base_client import make_request_options
from openai._legacy_response import HttpxBinaryResponseContent
from openai.lib.videos_helpers import VideosHelpers, AsyncVideosHelpers
from openai.types.video_model_param import VideoModelParam
from openai.types.video_delete_response import VideoDeleteResponse
from openai.types.image_ref_param2_param import ImageRefParam2Param
from openai.types.video_get_character_response import VideoGetCharacterResponse
from openai.types.video_create_character_response import VideoCreateCharacterResponse

__all__ = [
    "Videos",
    "AsyncVideos",
    "VideosWithRawResponse",
    "AsyncVideosWithRawResponse",
    "VideosWithStreamingResponse",
    "AsyncVideosWithStreamingResponse",
]


class Videos(VideosHelpers):
    """Methods of `client.videos`."""

    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return VideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VideosWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return VideosWithStreamingResponse(self)

    @typing_extensions.deprecated("The Videos API is deprecated")
    def create(
        self,
        *,
        prompt: str,
        model: VideoModelParam | Omit = omit,
        input_reference: Union[FileTypes, ImageRefParam2Param] | Omit = omit,
        seconds: Literal["4", "8", "12"] | Omit = omit,
        size: Literal["720x1280", "1280x720", "1024x1792", "1792x1024"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.

          prompt: Text prompt that describes the video to generate.

          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.

          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792,
              1792x1024). Defaults to 720x1280.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {
            "model": model,
            "prompt": prompt,
            "input_reference": input_reference,
            "seconds": seconds,
            "size": size,
        }
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["input_reference"]])
        return self._post(
            "/videos",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def retrieve(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Fetch the latest metadata for a generated video.

        Args:
          video_id: The identifier of the video to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/videos/{path_param('video_id', video_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[Video]:
        """
        List recently generated videos for the current project.

        Args:
          limit: Number of items to retrieve

          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.

          after: Identifier for the last item from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/videos",
            page=SyncConversationCursorPage[Video],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VideoDeleteResponse:
        """
        Permanently delete a completed or failed video and its stored assets.

        Args:
          video_id: The identifier of the video to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/videos/{path_param('video_id', video_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VideoDeleteResponse,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def create_character(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VideoCreateCharacterResponse:
        """
        Create a character from an uploaded video.

        Args:
          video: Video file used to create a character.

          name: Display name for this API character.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"video": video, "name": name}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["video"]])
        return self._post(
            "/videos/characters",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=VideoCreateCharacterResponse,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def download_content(
        self,
        video_id: str,
        *,
        variant: Literal["video", "thumbnail", "spritesheet"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
          video_id: The identifier of the video whose media to download.

          variant: Which downloadable asset to return. Defaults to the MP4 video.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/videos/{path_param('video_id', video_id)}/content",
            options=make_request_options(
                query={"variant": variant},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/binary"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def edit(
        self,
        *,
        video: video_edit_params.Video,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job by editing a source video or existing generated video.

        Args:
          prompt: Text prompt that describes how to edit the source video.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"video": video, "prompt": prompt}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["video"]])
        return self._post(
            "/videos/edits",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def extend(
        self,
        *,
        video: Union[video_extend_params.VideoVideoReferenceInputParam, FileTypes],
        prompt: str,
        seconds: Literal["4", "8", "12"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create an extension of a completed video.

        Args:
          prompt: Updated text prompt that directs the extension generation.

          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"video": video, "prompt": prompt, "seconds": seconds}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["video"]])
        return self._post(
            "/videos/extensions",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def get_character(
        self,
        character_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VideoGetCharacterResponse:
        """
        Fetch a character.

        Args:
          character_id: The identifier of the character to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/videos/characters/{path_param('character_id', character_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VideoGetCharacterResponse,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a remix of a completed video using a refreshed prompt.

        Args:
          video_id: The identifier of the completed video to remix.

          prompt: Updated text prompt that directs the remix generation.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"prompt": prompt}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[])
        return self._post(
            f"/videos/{path_param('video_id', video_id)}/remix",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )


class VideosWithRawResponse:
    """`Videos` with every method wrapped to return the raw response."""

    def __init__(self, videos: Videos) -> None:
        self._videos = videos
        self.create = to_raw_response_wrapper(videos.create)
        self.retrieve = to_raw_response_wrapper(videos.retrieve)
        self.list = to_raw_response_wrapper(videos.list)
        self.delete = to_raw_response_wrapper(videos.delete)
        self.create_character = to_raw_response_wrapper(videos.create_character)
        self.download_content = to_raw_response_wrapper(videos.download_content)
        self.edit = to_raw_response_wrapper(videos.edit)
        self.extend = to_raw_response_wrapper(videos.extend)
        self.get_character = to_raw_response_wrapper(videos.get_character)
        self.remix = to_raw_response_wrapper(videos.remix)


class VideosWithStreamingResponse:
    """`Videos` with every method wrapped to return the streamed response."""

    def __init__(self, videos: Videos) -> None:
        self._videos = videos
        self.create = to_streamed_response_wrapper(videos.create)
        self.retrieve = to_streamed_response_wrapper(videos.retrieve)
        self.list = to_streamed_response_wrapper(videos.list)
        self.delete = to_streamed_response_wrapper(videos.delete)
        self.create_character = to_streamed_response_wrapper(videos.create_character)
        self.download_content = to_custom_streamed_response_wrapper(videos.download_content, StreamedBinaryAPIResponse)
        self.edit = to_streamed_response_wrapper(videos.edit)
        self.extend = to_streamed_response_wrapper(videos.extend)
        self.get_character = to_streamed_response_wrapper(videos.get_character)
        self.remix = to_streamed_response_wrapper(videos.remix)


class AsyncVideos(AsyncVideosHelpers):
    """Methods of `async_client.videos`."""

    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncVideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVideosWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncVideosWithStreamingResponse(self)

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def create(
        self,
        *,
        prompt: str,
        model: VideoModelParam | Omit = omit,
        input_reference: Union[FileTypes, ImageRefParam2Param] | Omit = omit,
        seconds: Literal["4", "8", "12"] | Omit = omit,
        size: Literal["720x1280", "1280x720", "1024x1792", "1792x1024"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.

          prompt: Text prompt that describes the video to generate.

          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.

          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792,
              1792x1024). Defaults to 720x1280.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {
            "model": model,
            "prompt": prompt,
            "input_reference": input_reference,
            "seconds": seconds,
            "size": size,
        }
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["input_reference"]])
        return await self._post(
            "/videos",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def retrieve(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Fetch the latest metadata for a generated video.

        Args:
          video_id: The identifier of the video to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/videos/{path_param('video_id', video_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[Video, AsyncConversationCursorPage[Video]]:
        """
        List recently generated videos for the current project.

        Args:
          limit: Number of items to retrieve

          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.

          after: Identifier for the last item from the previous pagination request

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/videos",
            page=AsyncConversationCursorPage[Video],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VideoDeleteResponse:
        """
        Permanently delete a completed or failed video and its stored assets.

        Args:
          video_id: The identifier of the video to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/videos/{path_param('video_id', video_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VideoDeleteResponse,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def create_character(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VideoCreateCharacterResponse:
        """
        Create a character from an uploaded video.

        Args:
          video: Video file used to create a character.

          name: Display name for this API character.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"video": video, "name": name}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["video"]])
        return await self._post(
            "/videos/characters",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=VideoCreateCharacterResponse,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def download_content(
        self,
        video_id: str,
        *,
        variant: Literal["video", "thumbnail", "spritesheet"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """
        Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
          video_id: The identifier of the video whose media to download.

          variant: Which downloadable asset to return. Defaults to the MP4 video.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/videos/{path_param('video_id', video_id)}/content",
            options=make_request_options(
                query={"variant": variant},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Accept": "application/binary"},
            ),
            cast_to=HttpxBinaryResponseContent,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def edit(
        self,
        *,
        video: video_edit_params.Video,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a new video generation job by editing a source video or existing generated video.

        Args:
          prompt: Text prompt that describes how to edit the source video.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"video": video, "prompt": prompt}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["video"]])
        return await self._post(
            "/videos/edits",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def extend(
        self,
        *,
        video: Union[video_extend_params.VideoVideoReferenceInputParam, FileTypes],
        prompt: str,
        seconds: Literal["4", "8", "12"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create an extension of a completed video.

        Args:
          prompt: Updated text prompt that directs the extension generation.

          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"video": video, "prompt": prompt, "seconds": seconds}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["video"]])
        return await self._post(
            "/videos/extensions",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def get_character(
        self,
        character_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> VideoGetCharacterResponse:
        """
        Fetch a character.

        Args:
          character_id: The identifier of the character to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/videos/characters/{path_param('character_id', character_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=VideoGetCharacterResponse,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """
        Create a remix of a completed video using a refreshed prompt.

        Args:
          video_id: The identifier of the completed video to remix.

          prompt: Updated text prompt that directs the remix generation.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"prompt": prompt}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[])
        return await self._post(
            f"/videos/{path_param('video_id', video_id)}/remix",
            body=multipart_body,
            files=multipart_files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers={"Content-Type": "multipart/form-data"},
            ),
            cast_to=Video,
        )


class AsyncVideosWithRawResponse:
    """`AsyncVideos` with every method wrapped to return the raw response."""

    def __init__(self, videos: AsyncVideos) -> None:
        self._videos = videos
        self.create = async_to_raw_response_wrapper(videos.create)
        self.retrieve = async_to_raw_response_wrapper(videos.retrieve)
        self.list = async_to_raw_response_wrapper(videos.list)
        self.delete = async_to_raw_response_wrapper(videos.delete)
        self.create_character = async_to_raw_response_wrapper(videos.create_character)
        self.download_content = async_to_raw_response_wrapper(videos.download_content)
        self.edit = async_to_raw_response_wrapper(videos.edit)
        self.extend = async_to_raw_response_wrapper(videos.extend)
        self.get_character = async_to_raw_response_wrapper(videos.get_character)
        self.remix = async_to_raw_response_wrapper(videos.remix)


class AsyncVideosWithStreamingResponse:
    """`AsyncVideos` with every method wrapped to return the streamed response."""

    def __init__(self, videos: AsyncVideos) -> None:
        self._videos = videos
        self.create = async_to_streamed_response_wrapper(videos.create)
        self.retrieve = async_to_streamed_response_wrapper(videos.retrieve)
        self.list = async_to_streamed_response_wrapper(videos.list)
        self.delete = async_to_streamed_response_wrapper(videos.delete)
        self.create_character = async_to_streamed_response_wrapper(videos.create_character)
        self.download_content = async_to_custom_streamed_response_wrapper(
            videos.download_content, AsyncStreamedBinaryAPIResponse
        )
        self.edit = async_to_streamed_response_wrapper(videos.edit)
        self.extend = async_to_streamed_response_wrapper(videos.extend)
        self.get_character = async_to_streamed_response_wrapper(videos.get_character)
        self.remix = async_to_streamed_response_wrapper(videos.remix)
