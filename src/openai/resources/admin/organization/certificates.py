# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `client.admin.organization.certificates` resource: 7 method(s)."""

from __future__ import annotations

from typing import Iterable
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
from openai.types.admin.organization.certificate import Certificate
from openai.types.admin.organization.certificate_list_response import CertificateListResponse
from openai.types.admin.organization.certificate_delete_response import CertificateDeleteResponse
from openai.types.admin.organization.certificate_activate_response import CertificateActivateResponse
from openai.types.admin.organization.certificate_deactivate_response import CertificateDeactivateResponse

__all__ = [
    "Certificates",
    "AsyncCertificates",
    "CertificatesWithRawResponse",
    "AsyncCertificatesWithRawResponse",
    "CertificatesWithStreamingResponse",
    "AsyncCertificatesWithStreamingResponse",
]


class Certificates(SyncAPIResource):
    """Methods of `client.admin.organization.certificates`."""

    @cached_property
    def with_raw_response(self) -> CertificatesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return CertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CertificatesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return CertificatesWithStreamingResponse(self)

    def create(
        self,
        *,
        certificate: str,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
          name: An optional name for the certificate

          certificate: The certificate content in PEM format

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            "/organization/certificates",
            body={"name": name, "certificate": certificate},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Certificate,
        )

    def retrieve(
        self,
        certificate_id: str,
        *,
        include: Iterable[Literal["content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
          certificate_id: Unique ID of the certificate to retrieve.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `content` to fetch the PEM content of the certificate.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get(
            f"/organization/certificates/{path_param('certificate_id', certificate_id)}",
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Certificate,
        )

    def update(
        self,
        certificate_id: str,
        *,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Modify a certificate. Note that only the name can be modified.

        Args:
          certificate_id: Unique ID of the certificate to modify.

          name: The updated name for the certificate

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._post(
            f"/organization/certificates/{path_param('certificate_id', certificate_id)}",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Certificate,
        )

    def list(
        self,
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
        List uploaded certificates for this organization.

        Args:
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
            "/organization/certificates",
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

    def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> CertificateDeleteResponse:
        """
        Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
          certificate_id: Unique ID of the certificate to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._delete(
            f"/organization/certificates/{path_param('certificate_id', certificate_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=CertificateDeleteResponse,
        )

    def activate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[CertificateActivateResponse]:
        """
        Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/certificates/activate",
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
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> SyncPage[CertificateDeactivateResponse]:
        """
        Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/certificates/deactivate",
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
        self.create = to_raw_response_wrapper(certificates.create)
        self.retrieve = to_raw_response_wrapper(certificates.retrieve)
        self.update = to_raw_response_wrapper(certificates.update)
        self.list = to_raw_response_wrapper(certificates.list)
        self.delete = to_raw_response_wrapper(certificates.delete)
        self.activate = to_raw_response_wrapper(certificates.activate)
        self.deactivate = to_raw_response_wrapper(certificates.deactivate)


class CertificatesWithStreamingResponse:
    """`Certificates` with every method wrapped to return the streamed response."""

    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates
        self.create = to_streamed_response_wrapper(certificates.create)
        self.retrieve = to_streamed_response_wrapper(certificates.retrieve)
        self.update = to_streamed_response_wrapper(certificates.update)
        self.list = to_streamed_response_wrapper(certificates.list)
        self.delete = to_streamed_response_wrapper(certificates.delete)
        self.activate = to_streamed_response_wrapper(certificates.activate)
        self.deactivate = to_streamed_response_wrapper(certificates.deactivate)


class AsyncCertificates(AsyncAPIResource):
    """Methods of `async_client.admin.organization.certificates`."""

    @cached_property
    def with_raw_response(self) -> AsyncCertificatesWithRawResponse:
        """A view of this resource whose methods return the raw HTTP response (`.parse()` gives the usual result)."""
        return AsyncCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCertificatesWithStreamingResponse:
        """A view of this resource whose methods return a context manager that does not read the body eagerly."""
        return AsyncCertificatesWithStreamingResponse(self)

    async def create(
        self,
        *,
        certificate: str,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
          name: An optional name for the certificate

          certificate: The certificate content in PEM format

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            "/organization/certificates",
            body={"name": name, "certificate": certificate},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Certificate,
        )

    async def retrieve(
        self,
        certificate_id: str,
        *,
        include: Iterable[Literal["content"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
          certificate_id: Unique ID of the certificate to retrieve.

          include: A list of additional fields to include in the response. Currently the only supported value is
              `content` to fetch the PEM content of the certificate.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._get(
            f"/organization/certificates/{path_param('certificate_id', certificate_id)}",
            options=make_request_options(
                query={"include": include},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Certificate,
        )

    async def update(
        self,
        certificate_id: str,
        *,
        name: str | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Modify a certificate. Note that only the name can be modified.

        Args:
          certificate_id: Unique ID of the certificate to modify.

          name: The updated name for the certificate

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._post(
            f"/organization/certificates/{path_param('certificate_id', certificate_id)}",
            body={"name": name},
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=Certificate,
        )

    def list(
        self,
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
        List uploaded certificates for this organization.

        Args:
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
            "/organization/certificates",
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

    async def delete(
        self,
        certificate_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> CertificateDeleteResponse:
        """
        Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
          certificate_id: Unique ID of the certificate to delete.

          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return await self._delete(
            f"/organization/certificates/{path_param('certificate_id', certificate_id)}",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                deadline=deadline,
                security="admin",
            ),
            cast_to=CertificateDeleteResponse,
        )

    def activate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateActivateResponse, AsyncPage[CertificateActivateResponse]]:
        """
        Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/certificates/activate",
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
        *,
        certificate_ids: SequenceNotStr[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = not_given,
        deadline: float | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateDeactivateResponse, AsyncPage[CertificateDeactivateResponse]]:
        """
        Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

        Args:
          extra_headers: Send extra headers

          extra_query: Add additional query parameters to the request

          extra_body: Add additional JSON properties to the request

          timeout: Override the client-level default timeout for this request, in seconds

          deadline: Override the client-level deadline for this call: the most seconds it may take, retries
              included (`None` removes the client's deadline)
        """
        return self._get_api_list(
            "/organization/certificates/deactivate",
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
        self.create = async_to_raw_response_wrapper(certificates.create)
        self.retrieve = async_to_raw_response_wrapper(certificates.retrieve)
        self.update = async_to_raw_response_wrapper(certificates.update)
        self.list = async_to_raw_response_wrapper(certificates.list)
        self.delete = async_to_raw_response_wrapper(certificates.delete)
        self.activate = async_to_raw_response_wrapper(certificates.activate)
        self.deactivate = async_to_raw_response_wrapper(certificates.deactivate)


class AsyncCertificatesWithStreamingResponse:
    """`AsyncCertificates` with every method wrapped to return the streamed response."""

    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates
        self.create = async_to_streamed_response_wrapper(certificates.create)
        self.retrieve = async_to_streamed_response_wrapper(certificates.retrieve)
        self.update = async_to_streamed_response_wrapper(certificates.update)
        self.list = async_to_streamed_response_wrapper(certificates.list)
        self.delete = async_to_streamed_response_wrapper(certificates.delete)
        self.activate = async_to_streamed_response_wrapper(certificates.activate)
        self.deactivate = async_to_streamed_response_wrapper(certificates.deactivate)
