# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.projects.certificates` resource: 3 method(s)."""

from __future__ import annotations

from functools import cached_property

from typing_extensions import Literal

from openai._types import Body, Omit, Query, Headers, Timeout, NotGiven, SequenceNotStr, omit, not_given
from openai._utils import path_param
from openai._resource import SyncAPIResource, AsyncAPIResource
from openai._response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from openai.pagination import (
    SyncPage,
    AsyncPage,
    AsyncPaginator,
    SyncConversationCursorPage,
    AsyncConversationCursorPage,
)
from openai._base_client import make_request_options
from openai.types.admin.organization.projects.certificate_list_response import CertificateListResponse
from openai.types.admin.organization.projects.certificate_activate_response import CertificateActivateResponse
from openai.types.admin.organization.projects.certificate_deactivate_response import CertificateDeactivateResponse

__all__ = [
    "Certificates",
    "AsyncCertificates",
    "CertificatesWithRawResponse",
    "AsyncCertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "AsyncCertificatesWithStreamingResponse",
]


class Certificates(SyncAPIResource):
    """Methods of `client.admin.organization.projects.certificates`."""

    @cached_property
    def with_raw_response(self) -> CertificatesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return CertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CertificatesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return CertificatesWithStreamingResponse(self)

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[CertificateListResponse]:
        """
        List certificates for this project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/certificates",
            page=SyncConversationCursorPage[CertificateListResponse],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=CertificateListResponse,
        )

    def activate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[CertificateActivateResponse]:
        """
        Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/certificates/activate",
            body={"certificate_ids": certificate_ids},
            page=SyncPage[CertificateActivateResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=CertificateActivateResponse,
            method="post",
        )

    def deactivate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[CertificateDeactivateResponse]:
        """
        Deactivate certificates at the project level. You can atomically and idempotently deactivate up to 10
        certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/certificates/deactivate",
            body={"certificate_ids": certificate_ids},
            page=SyncPage[CertificateDeactivateResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=CertificateDeactivateResponse,
            method="post",
        )


class CertificatesWithRawResponse:
    """`Certificates` with every method wrapped to return the raw response."""

    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates
        self.list = to_raw_response_wrapper(certificates.list)
        self.activate = to_raw_response_wrapper(certificates.activate)
        self.deactivate = to_raw_response_wrapper(certificates.deactivate)


class CertificatesWithStreamingResponse:
    """`Certificates` with every method wrapped to return the streamed response."""

    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates
        self.list = to_streamed_response_wrapper(certificates.list)
        self.activate = to_streamed_response_wrapper(certificates.activate)
        self.deactivate = to_streamed_response_wrapper(certificates.deactivate)


class AsyncCertificates(AsyncAPIResource):
    """Methods of `async_client.admin.organization.projects.certificates`."""

    @cached_property
    def with_raw_response(self) -> AsyncCertificatesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCertificatesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncCertificatesWithStreamingResponse(self)

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateListResponse, AsyncConversationCursorPage[CertificateListResponse]]:
        """
        List certificates for this project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is
              20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For
              instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call
              can include after=obj_foo in order to fetch the next page of the list.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for
              descending order.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/certificates",
            page=AsyncConversationCursorPage[CertificateListResponse],
            options=make_request_options(
                query={"limit": limit, "after": after, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=CertificateListResponse,
        )

    def activate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateActivateResponse, AsyncPage[CertificateActivateResponse]]:
        """
        Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/certificates/activate",
            body={"certificate_ids": certificate_ids},
            page=AsyncPage[CertificateActivateResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=CertificateActivateResponse,
            method="post",
        )

    def deactivate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateDeactivateResponse, AsyncPage[CertificateDeactivateResponse]]:
        """
        Deactivate certificates at the project level. You can atomically and idempotently deactivate up to 10
        certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            f"/organization/projects/{path_param('project_id', project_id)}/certificates/deactivate",
            body={"certificate_ids": certificate_ids},
            page=AsyncPage[CertificateDeactivateResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            model=CertificateDeactivateResponse,
            method="post",
        )


class AsyncCertificatesWithRawResponse:
    """`AsyncCertificates` with every method wrapped to return the raw response."""

    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates
        self.list = async_to_raw_response_wrapper(certificates.list)
        self.activate = async_to_raw_response_wrapper(certificates.activate)
        self.deactivate = async_to_raw_response_wrapper(certificates.deactivate)


class AsyncCertificatesWithStreamingResponse:
    """`AsyncCertificates` with every method wrapped to return the streamed response."""

    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates
        self.list = async_to_streamed_response_wrapper(certificates.list)
        self.activate = async_to_streamed_response_wrapper(certificates.activate)
        self.deactivate = async_to_streamed_response_wrapper(certificates.deactivate)
