"""``client.files.wait_for_processing`` and the ``purpose="assistants"`` upload used by the vector-store helpers.

``FilesHelpers`` / ``AsyncFilesHelpers`` are the bases of the generated ``Files`` resources (see
``codegen/config.yaml``); the upload functions are shared with `openai.lib.vector_stores_helpers`.
"""

from __future__ import annotations

import time
from typing import Dict

from .._files import extract_files
from .._types import Body, Query, Headers, Timeout, NotGiven, FileTypes, not_given
from .._utils import path_param
from .._resource import SyncAPIResource, AsyncAPIResource
from .._base_client import make_request_options
from ..types.file_object import FileObject

__all__ = ["FilesHelpers", "AsyncFilesHelpers", "upload_assistants_file", "async_upload_assistants_file"]

# `status` values after which a file no longer changes on its own.
FILE_PROCESSED_STATUSES = frozenset({"processed", "error", "deleted"})

_MULTIPART_HEADERS = {"Content-Type": "multipart/form-data"}


def _upload_parts(file: FileTypes) -> tuple[Dict[str, object], list[tuple[str, FileTypes]]]:
    body: Dict[str, object] = {"file": file, "purpose": "assistants"}
    return body, extract_files(body, paths=[["file"]])


def upload_assistants_file(
    resource: SyncAPIResource,
    file: FileTypes,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | Timeout | None | NotGiven = not_given,
) -> FileObject:
    """Upload ``file`` through ``POST /files`` with ``purpose="assistants"`` (what ``files.create`` sends)."""
    body, files = _upload_parts(file)
    return resource._post(
        "/files",
        body=body,
        files=files,
        options=make_request_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            headers=_MULTIPART_HEADERS,
        ),
        cast_to=FileObject,
    )


async def async_upload_assistants_file(
    resource: AsyncAPIResource,
    file: FileTypes,
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | Timeout | None | NotGiven = not_given,
) -> FileObject:
    """Async twin of `upload_assistants_file`."""
    body, files = _upload_parts(file)
    return await resource._post(
        "/files",
        body=body,
        files=files,
        options=make_request_options(
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            headers=_MULTIPART_HEADERS,
        ),
        cast_to=FileObject,
    )


def _check_budget(poll_interval: float, max_wait_seconds: float) -> None:
    if poll_interval < 0:
        raise ValueError(f"poll_interval must be >= 0 seconds, got {poll_interval}")
    if max_wait_seconds < 0:
        raise ValueError(f"max_wait_seconds must be >= 0 seconds, got {max_wait_seconds}")


def _timed_out(file: FileObject, max_wait_seconds: float) -> RuntimeError:
    return RuntimeError(
        f"Giving up on waiting for file {file.id} to finish processing after {max_wait_seconds} seconds "
        f"(last status: {file.status!r})"
    )


class FilesHelpers(SyncAPIResource):
    """``wait_for_processing`` of ``client.files``."""

    def wait_for_processing(
        self,
        id: str,
        *,
        poll_interval: float = 5.0,
        max_wait_seconds: float = 30 * 60,
    ) -> FileObject:
        """Retrieve the file every ``poll_interval`` seconds until it is processed, failed or deleted.

        Raises:
            RuntimeError: the file is still being processed after ``max_wait_seconds``.
        """
        _check_budget(poll_interval, max_wait_seconds)
        path = f"/files/{path_param('id', id)}"
        start = time.monotonic()
        while True:
            file = self._get(path, cast_to=FileObject, options=make_request_options())
            if file.status in FILE_PROCESSED_STATUSES:
                return file
            if time.monotonic() - start >= max_wait_seconds:
                raise _timed_out(file, max_wait_seconds)
            self._sleep(poll_interval)


class AsyncFilesHelpers(AsyncAPIResource):
    """``wait_for_processing`` of ``async_client.files``."""

    async def wait_for_processing(
        self,
        id: str,
        *,
        poll_interval: float = 5.0,
        max_wait_seconds: float = 30 * 60,
    ) -> FileObject:
        """Retrieve the file every ``poll_interval`` seconds until it is processed, failed or deleted.

        Raises:
            RuntimeError: the file is still being processed after ``max_wait_seconds``.
        """
        _check_budget(poll_interval, max_wait_seconds)
        path = f"/files/{path_param('id', id)}"
        start = time.monotonic()
        while True:
            file = await self._get(path, cast_to=FileObject, options=make_request_options())
            if file.status in FILE_PROCESSED_STATUSES:
                return file
            if time.monotonic() - start >= max_wait_seconds:
                raise _timed_out(file, max_wait_seconds)
            await self._sleep(poll_interval)
