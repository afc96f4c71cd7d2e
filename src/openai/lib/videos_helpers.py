"""``client.videos.create_and_poll`` and ``client.videos.poll``: wait for a video generation job to finish.

``VideosHelpers`` / ``AsyncVideosHelpers`` are the bases of the generated ``Videos`` resources (see
``codegen/config.yaml``); ``create_and_poll`` sends the same multipart request as ``videos.create``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple, Union, Mapping, cast

import typing_extensions
from typing_extensions import Unpack

from .._files import extract_files
from .._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, omit, not_given
from .._utils import path_param
from .polling import VIDEO_TERMINAL_STATUSES, poll_sync, poll_async
from .._resource import SyncAPIResource, AsyncAPIResource
from ._signatures import expand_params_signature
from ..types.video import Video
from .._base_client import make_request_options
from .._legacy_response import LegacyAPIResponse
from ..types.video_create_params import VideoCreateParams

__all__ = ["VideosHelpers", "AsyncVideosHelpers"]

_MULTIPART_HEADERS = {"Content-Type": "multipart/form-data"}


def _video_is_done(video: Video) -> bool:
    return video.status in VIDEO_TERMINAL_STATUSES


def _multipart(params: VideoCreateParams) -> Tuple[Dict[str, object], List[Tuple[str, FileTypes]]]:
    body: Dict[str, object] = dict(cast("Mapping[str, object]", params))
    return body, extract_files(body, paths=[["input_reference"]])


def _poll_video(
    resource: SyncAPIResource,
    video_id: str,
    *,
    poll_interval_ms: int | Omit,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | Timeout | None | NotGiven,
    deadline: float | None | NotGiven,
) -> Video:
    path = f"/videos/{path_param('video_id', video_id)}"

    def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[Video]:
        response = resource._get(
            path,
            cast_to=Video,
            options=make_request_options(
                extra_headers=headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
        )
        return cast("LegacyAPIResponse[Video]", response)

    return poll_sync(
        fetch,
        is_done=_video_is_done,
        extra_headers=extra_headers,
        poll_interval_ms=poll_interval_ms,
        sleep=resource._sleep,
    )


async def _poll_video_async(
    resource: AsyncAPIResource,
    video_id: str,
    *,
    poll_interval_ms: int | Omit,
    extra_headers: Headers | None,
    extra_query: Query | None,
    extra_body: Body | None,
    timeout: float | Timeout | None | NotGiven,
    deadline: float | None | NotGiven,
) -> Video:
    path = f"/videos/{path_param('video_id', video_id)}"

    async def fetch(headers: Dict[str, Union[str, Omit]]) -> LegacyAPIResponse[Video]:
        response = await resource._get(
            path,
            cast_to=Video,
            options=make_request_options(
                extra_headers=headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
        )
        return cast("LegacyAPIResponse[Video]", response)

    return await poll_async(
        fetch,
        is_done=_video_is_done,
        extra_headers=extra_headers,
        poll_interval_ms=poll_interval_ms,
        sleep=resource._sleep,
    )


class VideosHelpers(SyncAPIResource):
    """Polling helpers of ``client.videos``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The generated resource class derives from this mixin: show its `create` parameters on the helpers.
        for name in ("create_and_poll",):
            expand_params_signature(VideosHelpers.__dict__[name], cls, "create", VideoCreateParams, exclude=())

    @typing_extensions.deprecated("The Videos API is deprecated")
    def poll(
        self,
        video_id: str,
        *,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """Retrieve the video until its job is ``completed`` or ``failed``."""
        return _poll_video(
            self,
            video_id,
            poll_interval_ms=poll_interval_ms,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    def create_and_poll(
        self,
        *,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[VideoCreateParams],
    ) -> Video:
        """Start a video generation job and poll it until it is ``completed`` or ``failed``."""
        body, files = _multipart(params)
        video = self._post(
            "/videos",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_MULTIPART_HEADERS,
            ),
            cast_to=Video,
        )
        return _poll_video(
            self,
            video.id,
            poll_interval_ms=poll_interval_ms,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )


class AsyncVideosHelpers(AsyncAPIResource):
    """Polling helpers of ``async_client.videos``."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The generated resource class derives from this mixin: show its `create` parameters on the helpers.
        for name in ("create_and_poll",):
            expand_params_signature(AsyncVideosHelpers.__dict__[name], cls, "create", VideoCreateParams, exclude=())

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def poll(
        self,
        video_id: str,
        *,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Video:
        """Retrieve the video until its job is ``completed`` or ``failed``."""
        return await _poll_video_async(
            self,
            video_id,
            poll_interval_ms=poll_interval_ms,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )

    @typing_extensions.deprecated("The Videos API is deprecated")
    async def create_and_poll(
        self,
        *,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
        **params: Unpack[VideoCreateParams],
    ) -> Video:
        """Start a video generation job and poll it until it is ``completed`` or ``failed``."""
        body, files = _multipart(params)
        video = await self._post(
            "/videos",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                headers=_MULTIPART_HEADERS,
            ),
            cast_to=Video,
        )
        return await _poll_video_async(
            self,
            video.id,
            poll_interval_ms=poll_interval_ms,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            deadline=deadline,
        )
