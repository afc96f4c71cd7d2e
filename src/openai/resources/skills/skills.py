# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.skills` resource: 5 method(s)."""

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
from openai.types.skill import Skill
from openai._base_client import make_request_options
from openai.types.deleted_skill import DeletedSkill

if TYPE_CHECKING:
    from openai.resources.skills.content import (
        Content,
        AsyncContent,
        ContentWithRawResponse,
        AsyncContentWithRawResponse,
        ContentWithStreamingResponse,
        AsyncContentWithStreamingResponse,
    )
    from openai.resources.skills.versions.versions import (
        Versions,
        AsyncVersions,
        VersionsWithRawResponse,
        AsyncVersionsWithRawResponse,
        VersionsWithStreamingResponse,
        AsyncVersionsWithStreamingResponse,
    )

__all__ = [
    "Skills",
    "AsyncSkills",
    "SkillsWithRawResponse",
    "AsyncSkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "AsyncSkillsWithStreamingResponse",
]


class Skills(SyncAPIResource):
    """Methods of `client.skills`."""

    @cached_property
    def content(self) -> Content:
        from openai.resources.skills.content import Content

        return Content(self._client)

    @cached_property
    def versions(self) -> Versions:
        from openai.resources.skills.versions.versions import Versions

        return Versions(self._client)

    @cached_property
    def with_raw_response(self) -> SkillsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return SkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SkillsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return SkillsWithStreamingResponse(self)

    def create(
        self,
        *,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Skill:
        """
        Create a new skill.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"files": files}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["files", "<array>"]])
        return self._post(
            "/skills",
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
            cast_to=Skill,
        )

    def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Skill:
        """
        Get a skill by its ID.

        Args:
          skill_id: The identifier of the skill to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/skills/{path_param('skill_id', skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Skill,
        )

    def update(
        self,
        skill_id: str,
        *,
        default_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Skill:
        """
        Update the default version pointer for a skill.

        Args:
          skill_id: The identifier of the skill.

          default_version: The skill version number to set as default.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/skills/{path_param('skill_id', skill_id)}",
            body={"default_version": default_version},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Skill,
        )

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
    ) -> SyncCursorPage[Skill]:
        """
        List all skills for the current project.

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
            "/skills",
            page=SyncCursorPage[Skill],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Skill,
        )

    def delete(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> DeletedSkill:
        """
        Delete a skill by its ID.

        Args:
          skill_id: The identifier of the skill to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/skills/{path_param('skill_id', skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=DeletedSkill,
        )


class SkillsWithRawResponse:
    """`Skills` with every method wrapped to return the raw response."""

    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_raw_response_wrapper(skills.create)
        self.retrieve = to_raw_response_wrapper(skills.retrieve)
        self.update = to_raw_response_wrapper(skills.update)
        self.list = to_raw_response_wrapper(skills.list)
        self.delete = to_raw_response_wrapper(skills.delete)

    @cached_property
    def content(self) -> ContentWithRawResponse:
        from openai.resources.skills.content import ContentWithRawResponse

        return ContentWithRawResponse(self._skills.content)

    @cached_property
    def versions(self) -> VersionsWithRawResponse:
        from openai.resources.skills.versions.versions import VersionsWithRawResponse

        return VersionsWithRawResponse(self._skills.versions)


class SkillsWithStreamingResponse:
    """`Skills` with every method wrapped to return the streamed response."""

    def __init__(self, skills: Skills) -> None:
        self._skills = skills
        self.create = to_streamed_response_wrapper(skills.create)
        self.retrieve = to_streamed_response_wrapper(skills.retrieve)
        self.update = to_streamed_response_wrapper(skills.update)
        self.list = to_streamed_response_wrapper(skills.list)
        self.delete = to_streamed_response_wrapper(skills.delete)

    @cached_property
    def content(self) -> ContentWithStreamingResponse:
        from openai.resources.skills.content import ContentWithStreamingResponse

        return ContentWithStreamingResponse(self._skills.content)

    @cached_property
    def versions(self) -> VersionsWithStreamingResponse:
        from openai.resources.skills.versions.versions import VersionsWithStreamingResponse

        return VersionsWithStreamingResponse(self._skills.versions)


class AsyncSkills(AsyncAPIResource):
    """Methods of `async_client.skills`."""

    @cached_property
    def content(self) -> AsyncContent:
        from openai.resources.skills.content import AsyncContent

        return AsyncContent(self._client)

    @cached_property
    def versions(self) -> AsyncVersions:
        from openai.resources.skills.versions.versions import AsyncVersions

        return AsyncVersions(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSkillsWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncSkillsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncSkillsWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncSkillsWithStreamingResponse(self)

    async def create(
        self,
        *,
        files: Union[SequenceNotStr[FileTypes], FileTypes] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Skill:
        """
        Create a new skill.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        multipart_body = {"files": files}
        multipart_files = extract_files(cast("Mapping[str, object]", multipart_body), paths=[["files", "<array>"]])
        return await self._post(
            "/skills",
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
            cast_to=Skill,
        )

    async def retrieve(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Skill:
        """
        Get a skill by its ID.

        Args:
          skill_id: The identifier of the skill to retrieve.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/skills/{path_param('skill_id', skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Skill,
        )

    async def update(
        self,
        skill_id: str,
        *,
        default_version: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Skill:
        """
        Update the default version pointer for a skill.

        Args:
          skill_id: The identifier of the skill.

          default_version: The skill version number to set as default.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/skills/{path_param('skill_id', skill_id)}",
            body={"default_version": default_version},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=Skill,
        )

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
    ) -> AsyncPaginator[Skill, AsyncCursorPage[Skill]]:
        """
        List all skills for the current project.

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
            "/skills",
            page=AsyncCursorPage[Skill],
            options=make_request_options(
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            model=Skill,
        )

    async def delete(
        self,
        skill_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> DeletedSkill:
        """
        Delete a skill by its ID.

        Args:
          skill_id: The identifier of the skill to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/skills/{path_param('skill_id', skill_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
            ),
            cast_to=DeletedSkill,
        )


class AsyncSkillsWithRawResponse:
    """`AsyncSkills` with every method wrapped to return the raw response."""

    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_raw_response_wrapper(skills.create)
        self.retrieve = async_to_raw_response_wrapper(skills.retrieve)
        self.update = async_to_raw_response_wrapper(skills.update)
        self.list = async_to_raw_response_wrapper(skills.list)
        self.delete = async_to_raw_response_wrapper(skills.delete)

    @cached_property
    def content(self) -> AsyncContentWithRawResponse:
        from openai.resources.skills.content import AsyncContentWithRawResponse

        return AsyncContentWithRawResponse(self._skills.content)

    @cached_property
    def versions(self) -> AsyncVersionsWithRawResponse:
        from openai.resources.skills.versions.versions import AsyncVersionsWithRawResponse

        return AsyncVersionsWithRawResponse(self._skills.versions)


class AsyncSkillsWithStreamingResponse:
    """`AsyncSkills` with every method wrapped to return the streamed response."""

    def __init__(self, skills: AsyncSkills) -> None:
        self._skills = skills
        self.create = async_to_streamed_response_wrapper(skills.create)
        self.retrieve = async_to_streamed_response_wrapper(skills.retrieve)
        self.update = async_to_streamed_response_wrapper(skills.update)
        self.list = async_to_streamed_response_wrapper(skills.list)
        self.delete = async_to_streamed_response_wrapper(skills.delete)

    @cached_property
    def content(self) -> AsyncContentWithStreamingResponse:
        from openai.resources.skills.content import AsyncContentWithStreamingResponse

        return AsyncContentWithStreamingResponse(self._skills.content)

    @cached_property
    def versions(self) -> AsyncVersionsWithStreamingResponse:
        from openai.resources.skills.versions.versions import AsyncVersionsWithStreamingResponse

        return AsyncVersionsWithStreamingResponse(self._skills.versions)
