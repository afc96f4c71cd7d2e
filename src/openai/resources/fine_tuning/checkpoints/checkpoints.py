# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.fine_tuning.checkpoints` resource: 0 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._resource import SyncAPIResource, AsyncAPIResource

if TYPE_CHECKING:
    from openai.resources.fine_tuning.checkpoints.permissions import (
        Permissions,
        AsyncPermissions,
        PermissionsWithRawResponse,
        AsyncPermissionsWithRawResponse,
        PermissionsWithStreamingResponse,
        AsyncPermissionsWithStreamingResponse,
    )

__all__ = [
    "Checkpoints",
    "AsyncCheckpoints",
    "CheckpointsWithRawResponse",
    "AsyncCheckpointsWithRawResponse",
    "CheckpointsWithStreamingResponse",
    "AsyncCheckpointsWithStreamingResponse",
]


class Checkpoints(SyncAPIResource):
    """Methods of `client.fine_tuning.checkpoints`."""

    @cached_property
    def permissions(self) -> Permissions:
        from openai.resources.fine_tuning.checkpoints.permissions import Permissions

        return Permissions(self._client)

    @cached_property
    def with_raw_response(self) -> CheckpointsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return CheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CheckpointsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return CheckpointsWithStreamingResponse(self)


class CheckpointsWithRawResponse:
    """`Checkpoints` with every method wrapped to return the raw response."""

    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> PermissionsWithRawResponse:
        from openai.resources.fine_tuning.checkpoints.permissions import PermissionsWithRawResponse

        return PermissionsWithRawResponse(self._checkpoints.permissions)


class CheckpointsWithStreamingResponse:
    """`Checkpoints` with every method wrapped to return the streamed response."""

    def __init__(self, checkpoints: Checkpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> PermissionsWithStreamingResponse:
        from openai.resources.fine_tuning.checkpoints.permissions import PermissionsWithStreamingResponse

        return PermissionsWithStreamingResponse(self._checkpoints.permissions)


class AsyncCheckpoints(AsyncAPIResource):
    """Methods of `async_client.fine_tuning.checkpoints`."""

    @cached_property
    def permissions(self) -> AsyncPermissions:
        from openai.resources.fine_tuning.checkpoints.permissions import AsyncPermissions

        return AsyncPermissions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncCheckpointsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCheckpointsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncCheckpointsWithStreamingResponse(self)


class AsyncCheckpointsWithRawResponse:
    """`AsyncCheckpoints` with every method wrapped to return the raw response."""

    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> AsyncPermissionsWithRawResponse:
        from openai.resources.fine_tuning.checkpoints.permissions import AsyncPermissionsWithRawResponse

        return AsyncPermissionsWithRawResponse(self._checkpoints.permissions)


class AsyncCheckpointsWithStreamingResponse:
    """`AsyncCheckpoints` with every method wrapped to return the streamed response."""

    def __init__(self, checkpoints: AsyncCheckpoints) -> None:
        self._checkpoints = checkpoints

    @cached_property
    def permissions(self) -> AsyncPermissionsWithStreamingResponse:
        from openai.resources.fine_tuning.checkpoints.permissions import AsyncPermissionsWithStreamingResponse

        return AsyncPermissionsWithStreamingResponse(self._checkpoints.permissions)
