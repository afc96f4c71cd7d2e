# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.skills.versions` resource: 4 method(s)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union, Mapping, cast
from functools import cached_property

from typing_extensions import Literal

from openai._files import extract_files
from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, FileTypes, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import AsyncPaginator, SyncCursorPage, AsyncCursorPage
from openai._base_client import make_request_options
from openai.types.skills.skill_version import SkillVersion
from openai.types.skills.deleted_skill_version import DeletedSkillVersion

if TYPE_CHECKING:
    from openai.resources.skills.versions.content import (
        Content,
        AsyncContent,
        ContentWithRawResponse,
        AsyncContentWithRawResponse,
        ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse,
    )

__all__ = [
    "Versions",
    "AsyncVersions",
    "VersionsWithRawResponse",
    "AsyncVersionsWithRawResponse",
    "VersionsWithStreamingResponse",
    "AsyncVersionsWithStreamingResponse",
]


class Versions(SyncAPIResource):
    """Methods of `client.skills.versions`."""

    @cached_property
    def content(self) -> Content:
        from openai.resources.skills.versions.content import Content

        return Content(self._client)

    @cached_property
    def with_raw_response(self) -> VersionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return VersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VersionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return VersionsWithStreamingResponse(self)

    def create(
        self,
        skill_id: str,
        *,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        default: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SkillVersion:
        """
        Create a new immutable skill version.

        Args:
          skill_id: The identifier of the skill to version.

          default: Whether to set this version as the default.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"files": files, "default": default}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["files", "<array>"]])
        return self._post(
            f"/skills/{path_param('skill_id', skill_id)}/versions",
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
            cast_to=SkillVersion,
        )

    def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SkillVersion:
        """
        Get a specific skill version.

        Args:
          version: The version number to retrieve.

          skill_id: The identifier of the skill.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=SkillVersion,
        )

    def list(
        self,
        skill_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncCursorPage[SkillVersion]:
        """
        List skill versions for a skill.

        Args:
          skill_id: The identifier of the skill.

          limit: Number of versions to retrieve.

          order: Sort order of results by version number.

          after: The skill version ID to start after.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/skills/{path_param('skill_id', skill_id)}/versions",
            page=SyncCursorPage[SkillVersion],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=SkillVersion,
        )

    def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> DeletedSkillVersion:
        """
        Delete a skill version.

        Args:
          version: The skill version number.

          skill_id: The identifier of the skill.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=DeletedSkillVersion,
        )


class VersionsWithRawResponse:
    """`Versions` with every method wrapped to return the raw response."""

    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_raw_response_wrapper(versions.create)
        self.retrieve = to_raw_response_wrapper(versions.retrieve)
        self.list = to_raw_response_wrapper(versions.list)
        self.delete = to_raw_response_wrapper(versions.delete)

    @cached_property
    def content(self) -> ContentWithRawResponse:
        from openai.resources.skills.versions.content import ContentWithRawResponse

        return ContentWithRawResponse(self._versions.content)


class VersionsWithStreamingResponse:
    """`Versions` with every method wrapped to return the streamed response."""

    def __init__(self, versions: Versions) -> None:
        self._versions = versions
        self.create = to_streamed_response_wrapper(versions.create)
        self.retrieve = to_streamed_response_wrapper(versions.retrieve)
        self.list = to_streamed_response_wrapper(versions.list)
        self.delete = to_streamed_response_wrapper(versions.delete)

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        from openai.resources.skills.versions.content import ContentWithStreamingResponse

        return ContentWithStreamingResponse(self._versions.content)


class AsyncVersions(AsyncAPIResource):
    """Methods of `async_client.skills.versions`."""

    @cached_property
    def content(self) -> AsyncContent:
        from openai.resources.skills.versions.content import AsyncContent

        return AsyncContent(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncVersionsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncVersionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVersionsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncVersionsWithStreamingResponse(self)

    async def create(
        self,
        skill_id: str,
        *,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        default: bool | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SkillVersion:
        """
        Create a new immutable skill version.

        Args:
          skill_id: The identifier of the skill to version.

          default: Whether to set this version as the default.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"files": files, "default": default}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["files", "<array>"]])
        return await self._post(
            f"/skills/{path_param('skill_id', skill_id)}/versions",
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
            cast_to=SkillVersion,
        )

    async def retrieve(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SkillVersion:
        """
        Get a specific skill version.

        Args:
          version: The version number to retrieve.

          skill_id: The identifier of the skill.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=SkillVersion,
        )

    def list(
        self,
        skill_id: str,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[SkillVersion, AsyncCursorPage[SkillVersion]]:
        """
        List skill versions for a skill.

        Args:
          skill_id: The identifier of the skill.

          limit: Number of versions to retrieve.

          order: Sort order of results by version number.

          after: The skill version ID to start after.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/skills/{path_param('skill_id', skill_id)}/versions",
            page=AsyncCursorPage[SkillVersion],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=SkillVersion,
        )

    async def delete(
        self,
        version: str,
        *,
        skill_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> DeletedSkillVersion:
        """
        Delete a skill version.

        Args:
          version: The skill version number.

          skill_id: The identifier of the skill.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/skills/{path_param('skill_id', skill_id)}/versions/{path_param('version', version)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=DeletedSkillVersion,
        )


class AsyncVersionsWithRawResponse:
    """`AsyncVersions` with every method wrapped to return the raw response."""

    def __init__(self, versions: AsyncVersions) -> None:
        self._versions = versions
        self.create = async_to_raw_response_wrapper(versions.create)
        self.retrieve = async_to_raw_response_wrapper(versions.retrieve)
        self.list = async_to_raw_response_wrapper(versions.list)
        self.delete = async_to_raw_response_wrapper(versions.delete)

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        from openai.resources.skills.versions.content import AsyncContentWithRawResponse

        return AsyncContentWithRawResponse(self._versions.content)


class AsyncVersionsWithStreamingResponse:
    """`AsyncVersions` with every method wrapped to return the streamed response."""

    def __init__(self, versions: AsyncVersions) -> None:
        self._versions = versions
        self.create = async_to_streamed_response_wrapper(versions.create)
        self.retrieve = async_to_streamed_response_wrapper(versions.retrieve)
        self.list = async_to_streamed_response_wrapper(versions.list)
        self.delete = async_to_streamed_response_wrapper(versions.delete)

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        from openai.resources.skills.versions.content import AsyncContentWithStreamingResponse

        return AsyncContentWithStreamingResponse(self._versions.content)
