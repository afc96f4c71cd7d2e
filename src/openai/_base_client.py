"""The client shells: `SyncAPIClient` / `AsyncAPIClient` send, sleep and close; `BaseClient` decides.

Every decision of a call lives in `BaseClient` (`_pipeline`) and is shared by both shells: headers in the
documented merge order, the request itself, the retry decision and delay, logging, and turning the final
response into the call's result. The two shells below run the same loop, one with blocking I/O and one with
`await`; keep their methods short and in the same order so they read side by side.

Generated resources reach this module through `make_request_options` and the verbs `get/post/put/patch/delete`
and `get_api_list` (see CONTRIBUTING.md, "The seam between generated code and the core"). The HTTP clients
with the SDK's defaults live in `_http_clients` and are re-exported here.
"""

from __future__ import annotations

import time
import logging
import importlib
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Type,
    Mapping,
    TypeVar,
    cast,
    overload,
)

import httpx
from typing_extensions import Self, Literal

from ._http import (
    client_timeout,
    as_httpx_timeout,
    is_httpx2_client,
    is_supported_client,
)
from ._hooks import Hooks
from ._retry import RetryPolicy
from ._types import (
    Body,
    Timeout,
    NotGiven,
    ResponseT,
    RequestFiles,
    RequestOptions,
    HttpxRequestFiles,
    not_given,
)
from ._pipeline import BaseClient as BaseClient
from ._platform import async_library_header
from ._constants import (
    DEFAULT_TIMEOUT,
)
from ._exceptions import (
    make_status_error_from_response,
    async_make_status_error_from_response,
)
from ._http_clients import (
    DefaultHttpxClient as DefaultHttpxClient,
    DefaultHttpx2Client as DefaultHttpx2Client,
    DefaultAioHttpClient as DefaultAioHttpClient,
    SyncHttpxClientWrapper as SyncHttpxClientWrapper,
    AsyncHttpxClientWrapper as AsyncHttpxClientWrapper,
    DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
    DefaultAsyncHttpx2Client as DefaultAsyncHttpx2Client,
)
from ._request_options import (
    RequestContent,
    AsyncRequestContent,
    ExtendedRequestOptions,
    make_request_options,
)

if TYPE_CHECKING:
    from .pagination import BaseSyncPage, BaseAsyncPage, AsyncPaginator

__all__ = [
    "BaseClient",
    "SyncAPIClient",
    "AsyncAPIClient",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DefaultHttpx2Client",
    "DefaultAsyncHttpx2Client",
    "SyncHttpxClientWrapper",
    "AsyncHttpxClientWrapper",
    "FinalRequestOptions",
    "make_request_options",
    "ExtendedRequestOptions",
]

log = logging.getLogger("openai._base_client")

_StreamT = TypeVar("_StreamT")
_ItemT = TypeVar("_ItemT")
_SyncPageT = TypeVar("_SyncPageT", bound="BaseSyncPage[Any]")
_AsyncPageT = TypeVar("_AsyncPageT", bound="BaseAsyncPage[Any]")

_EMPTY_OPTIONS: RequestOptions = {}

_final_options_class: type[FinalRequestOptions] | None = None
"""`FinalRequestOptions`, once the first request has imported it (it imports pydantic, which `import openai` and
building a client must not)."""


def _build_options(
    method: str,
    path: str,
    options: Mapping[str, Any],
    body: Body | None = None,
    files: RequestFiles | None = None,
    content: AsyncRequestContent | None = None,
) -> FinalRequestOptions:
    cls = _final_options_class
    if cls is None:
        cls = _load_final_options_class()
    return cls.build(method, path, options, json_data=body, files=files, content=content)


def _load_final_options_class() -> type[FinalRequestOptions]:
    global _final_options_class
    from ._final_request_options import FinalRequestOptions

    _final_options_class = FinalRequestOptions
    return FinalRequestOptions


# --------------------------------------------------------------------------------------------------------------
# Sync shell
# --------------------------------------------------------------------------------------------------------------


def _detach_stream(response: object, content: bytes) -> None:
    """Replace the consumed body stream of ``response`` with its bytes.

    httpx wraps the stream of every response it sends in an object that refers back to the response, so each
    response (with its body) is a reference cycle that only the garbage collector frees. Once the body is read the
    wrapper has done its work (the stream is closed and `elapsed` set): with the bytes in its place the response is
    freed as soon as it is dropped, and a large body does not wait for, nor trigger, a collection. (Responses of
    other HTTP libraries, such as httpx2, are left as they are.)
    """
    if isinstance(response, httpx.Response):
        response.stream = httpx.ByteStream(content)


class SyncAPIClient(BaseClient[httpx.Client, Any]):
    """Blocking client: sends with `httpx.Client`, sleeps with `time.sleep`."""

    _client: httpx.Client

    def __init__(
        self,
        *,
        version: str,
        base_url: str | httpx.URL,
        max_retries: int = 2,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.Client | None = None,
        custom_headers: Mapping[str, str] | None = None,
        custom_query: Mapping[str, object] | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
        _strict_response_validation: bool,
    ) -> None:
        if http_client is not None and not is_supported_client(http_client, is_async=False):
            raise TypeError(
                f"Invalid `http_client` argument; Expected an instance of `httpx.Client` but got {type(http_client)}"
            )
        timeout = _resolve_timeout(timeout, http_client)
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=custom_headers,
            custom_query=custom_query,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
        )
        self._client = http_client or SyncHttpxClientWrapper(base_url=base_url, timeout=as_httpx_timeout(timeout))
        self._uses_httpx2 = is_httpx2_client(self._client)

    # -- lifecycle ------------------------------------------------------------------------------------------

    def is_closed(self) -> bool:
        return self._client.is_closed

    def close(self) -> None:
        """Close the HTTP client (shared with copies made by `with_options()`)."""
        if hasattr(self, "_client"):
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _resolve_auth(self, options: FinalRequestOptions) -> Mapping[str, str]:
        return self._auth_headers_for(options.security)

    # -- the loop -------------------------------------------------------------------------------------------

    def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: type[Any] | None = None,
    ) -> Any:
        """Send a call (with retries) and return its result."""
        call = self._begin_call(options)
        auth = self._resolve_auth(call.options)
        files = _sync_files(call.options.files)
        send_kwargs = self._send_kwargs(call.options)
        read_body = self._reads_body(call.options, stream)
        while True:
            wait = self._rate_limit_wait(call)
            if wait:
                self._sleep(wait)
            request = self._build_request(call, auth, files)
            self._prepare_request(request)
            self._before_send(call, request)
            try:
                response = self._client.send(request, **send_kwargs)
            except Exception as err:
                self._sleep(self._retry_after_send_error(call, request, err))
                continue
            delay = self._retry_after_response(call, response)
            if delay is None:
                if not read_body or response.is_error:
                    break
                # Reading the body is part of the attempt: a connection lost here is retried like one lost
                # before the headers (and wrapped in `APIConnectionError` when it is not).
                try:
                    content = response.read()
                except Exception as err:
                    response.close()
                    self._sleep(self._retry_after_body_error(call, request, err))
                    continue
                _detach_stream(response, content)
                break
            response.close()
            self._sleep(delay)

        if response.is_error:
            raise self._failed(call, request, make_status_error_from_response(response)) from None
        return self._process_response(
            cast_to=cast_to,
            options=call.options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=call.retries_taken,
        )

    def _request_api_list(self, model: type[Any], page: type[_SyncPageT], options: FinalRequestOptions) -> _SyncPageT:
        return cast(_SyncPageT, self.request(page, options))

    # -- verbs ----------------------------------------------------------------------------------------------

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: Literal[True],
        stream_cls: type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: bool,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT: ...

    def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = _EMPTY_OPTIONS,
        stream: bool = False,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT:
        opts = _build_options("get", path, options)
        return cast("ResponseT | _StreamT", self.request(cast_to, opts, stream=stream, stream_cls=stream_cls))

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = ...,
        files: RequestFiles | None = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = ...,
        files: RequestFiles | None = None,
        stream: Literal[True],
        stream_cls: type[_StreamT],
    ) -> _StreamT: ...

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = ...,
        files: RequestFiles | None = None,
        stream: bool,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT: ...

    def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        files: RequestFiles | None = None,
        stream: bool = False,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT:
        opts = _build_options("post", path, options, body, files, content)
        return cast("ResponseT | _StreamT", self.request(cast_to, opts, stream=stream, stream_cls=stream_cls))

    def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        files: RequestFiles | None = None,
    ) -> ResponseT:
        return cast(ResponseT, self.request(cast_to, _build_options("patch", path, options, body, files, content)))

    def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        files: RequestFiles | None = None,
    ) -> ResponseT:
        return cast(ResponseT, self.request(cast_to, _build_options("put", path, options, body, files, content)))

    def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: RequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
    ) -> ResponseT:
        return cast(ResponseT, self.request(cast_to, _build_options("delete", path, options, body, content=content)))

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[_SyncPageT],
        body: Body | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        method: str = "get",
    ) -> _SyncPageT:
        opts = _build_options(method, path, options, body)
        return self._request_api_list(model, page, opts)


def _sync_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    if files is None:
        return None
    from ._files import to_httpx_files

    return to_httpx_files(files)


# --------------------------------------------------------------------------------------------------------------
# Async shell
# --------------------------------------------------------------------------------------------------------------


class AsyncAPIClient(BaseClient[httpx.AsyncClient, Any]):
    """Non-blocking client: sends with `httpx.AsyncClient`, sleeps with `anyio.sleep`."""

    _client: httpx.AsyncClient
    _is_async = True

    def __init__(
        self,
        *,
        version: str,
        base_url: str | httpx.URL,
        max_retries: int = 2,
        timeout: float | Timeout | None | NotGiven = not_given,
        http_client: httpx.AsyncClient | None = None,
        custom_headers: Mapping[str, str] | None = None,
        custom_query: Mapping[str, object] | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None = None,
        hooks: Hooks | None = None,
        wait_for_rate_limits: bool = False,
        _strict_response_validation: bool,
    ) -> None:
        if http_client is not None and not is_supported_client(http_client, is_async=True):
            raise TypeError(
                "Invalid `http_client` argument; Expected an instance of `httpx.AsyncClient` "
                f"but got {type(http_client)}"
            )
        timeout = _resolve_timeout(timeout, http_client)
        super().__init__(
            version=version,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            custom_headers=custom_headers,
            custom_query=custom_query,
            retry_policy=retry_policy,
            deadline=deadline,
            hooks=hooks,
            wait_for_rate_limits=wait_for_rate_limits,
            _strict_response_validation=_strict_response_validation,
        )
        self._client = http_client or AsyncHttpxClientWrapper(base_url=base_url, timeout=as_httpx_timeout(timeout))
        self._uses_httpx2 = is_httpx2_client(self._client)

    # -- lifecycle ------------------------------------------------------------------------------------------

    def is_closed(self) -> bool:
        return self._client.is_closed

    async def close(self) -> None:
        """Close the HTTP client (shared with copies made by `with_options()`)."""
        if hasattr(self, "_client"):
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)

    def _async_header(self) -> str:
        return async_library_header()

    async def _resolve_auth(self, options: FinalRequestOptions) -> Mapping[str, str]:
        return self._auth_headers_for(options.security)

    # -- the loop -------------------------------------------------------------------------------------------

    async def request(
        self,
        cast_to: Any,
        options: FinalRequestOptions,
        *,
        stream: bool = False,
        stream_cls: type[Any] | None = None,
    ) -> Any:
        """Send a call (with retries) and return its result."""
        call = self._begin_call(options)
        auth = await self._resolve_auth(call.options)
        files = await _async_files(call.options.files)
        send_kwargs = self._send_kwargs(call.options)
        read_body = self._reads_body(call.options, stream)
        while True:
            wait = self._rate_limit_wait(call)
            if wait:
                await self._sleep(wait)
            request = self._build_request(call, auth, files)
            self._prepare_request(request)
            self._before_send(call, request)
            try:
                response = await self._client.send(request, **send_kwargs)
            except Exception as err:
                await self._sleep(self._retry_after_send_error(call, request, err))
                continue
            delay = self._retry_after_response(call, response)
            if delay is None:
                if not read_body or response.is_error:
                    break
                # See the sync loop: the body read belongs to the attempt.
                try:
                    content = await response.aread()
                except Exception as err:
                    await response.aclose()
                    await self._sleep(self._retry_after_body_error(call, request, err))
                    continue
                _detach_stream(response, content)
                break
            await response.aclose()
            await self._sleep(delay)

        if response.is_error:
            raise self._failed(call, request, await async_make_status_error_from_response(response)) from None
        return self._process_response(
            cast_to=cast_to,
            options=call.options,
            response=response,
            stream=stream,
            stream_cls=stream_cls,
            retries_taken=call.retries_taken,
        )

    async def _request_api_list(
        self, model: type[Any], page: type[_AsyncPageT], options: FinalRequestOptions
    ) -> _AsyncPageT:
        return cast(_AsyncPageT, await self.request(page, options))

    # -- verbs ----------------------------------------------------------------------------------------------

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: Literal[True],
        stream_cls: type[_StreamT],
    ) -> _StreamT: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = ...,
        stream: bool,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        options: RequestOptions = _EMPTY_OPTIONS,
        stream: bool = False,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT:
        opts = _build_options("get", path, options)
        return cast("ResponseT | _StreamT", await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls))

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = ...,
        files: RequestFiles | None = None,
        stream: Literal[False] = False,
    ) -> ResponseT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = ...,
        files: RequestFiles | None = None,
        stream: Literal[True],
        stream_cls: type[_StreamT],
    ) -> _StreamT: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = ...,
        files: RequestFiles | None = None,
        stream: bool,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        files: RequestFiles | None = None,
        stream: bool = False,
        stream_cls: type[_StreamT] | None = None,
    ) -> ResponseT | _StreamT:
        opts = _build_options("post", path, options, body, files, content)
        return cast("ResponseT | _StreamT", await self.request(cast_to, opts, stream=stream, stream_cls=stream_cls))

    async def patch(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        files: RequestFiles | None = None,
    ) -> ResponseT:
        return cast(
            ResponseT, await self.request(cast_to, _build_options("patch", path, options, body, files, content))
        )

    async def put(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        files: RequestFiles | None = None,
    ) -> ResponseT:
        return cast(ResponseT, await self.request(cast_to, _build_options("put", path, options, body, files, content)))

    async def delete(
        self,
        path: str,
        *,
        cast_to: Type[ResponseT],
        body: Body | None = None,
        content: AsyncRequestContent | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
    ) -> ResponseT:
        return cast(
            ResponseT, await self.request(cast_to, _build_options("delete", path, options, body, content=content))
        )

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_ItemT],
        page: Type[_AsyncPageT],
        body: Body | None = None,
        options: RequestOptions = _EMPTY_OPTIONS,
        method: str = "get",
    ) -> AsyncPaginator[_ItemT, _AsyncPageT]:
        """Not a coroutine: the paginator is awaited for the first page or iterated for every item."""
        from .pagination import AsyncPaginator

        opts = _build_options(method, path, options, body)
        return AsyncPaginator(client=self, options=opts, page_cls=page, model=model)


async def _async_files(files: RequestFiles | None) -> HttpxRequestFiles | None:
    if files is None:
        return None
    from ._files import async_to_httpx_files

    return await async_to_httpx_files(files)


def _resolve_timeout(
    timeout: float | Timeout | None | NotGiven, http_client: httpx.Client | httpx.AsyncClient | None
) -> float | Timeout | None:
    """The client timeout: explicit value, else a custom HTTP client's own non-default timeout, else the SDK's."""
    if not isinstance(timeout, NotGiven):
        return timeout
    if http_client is not None:
        # Adopt the custom client's timeout unless it is the HTTP library's own default (5 s everywhere).
        if client_timeout(http_client) != httpx.Timeout(5.0):
            return http_client.timeout  # the client's own object (an `httpx2.Timeout` for an httpx2 client)
    return DEFAULT_TIMEOUT


# --------------------------------------------------------------------------------------------------------------
# Names outside code imports from `openai._base_client` (official spellings): resolved on first access, from
# `_base_client_names` or from the modules below (which import pydantic, or are needed only by a request).
# --------------------------------------------------------------------------------------------------------------

if TYPE_CHECKING:
    from ._files import to_httpx_files as to_httpx_files, async_to_httpx_files as async_to_httpx_files
    from ._compat import (
        PYDANTIC_V1 as PYDANTIC_V1,
        model_copy as model_copy,
        model_dump as model_dump,
        status_exceptions as status_exceptions,
        timeout_exceptions as timeout_exceptions,
        http_response_types as http_response_types,
        is_httpx2_sync_client as is_httpx2_sync_client,
        is_httpx2_async_client as is_httpx2_async_client,
        is_legacy_httpx_sync_client as is_legacy_httpx_sync_client,
        is_legacy_httpx_async_client as is_legacy_httpx_async_client,
    )
    from ._models import (
        GenericModel as GenericModel,
        validate_type as validate_type,
        construct_type as construct_type,
    )
    from ._response import (
        APIResponse as APIResponse,
        BaseAPIResponse as BaseAPIResponse,
        AsyncAPIResponse as AsyncAPIResponse,
        extract_response_type as extract_response_type,
    )
    from ._streaming import (
        Stream as Stream,
        SSEDecoder as SSEDecoder,
        AsyncStream as AsyncStream,
        SSEBytesDecoder as SSEBytesDecoder,
    )
    from .pagination import (
        BasePage as BasePage,
        PageInfo as PageInfo,
        BaseSyncPage as BaseSyncPage,
        BaseAsyncPage as BaseAsyncPage,
        AsyncPaginator as AsyncPaginator,
    )
    from ._utils._extras import asyncify as asyncify
    from ._legacy_response import LegacyAPIResponse as LegacyAPIResponse
    from ._base_client_names import (
        MAX_RETRY_DELAY as MAX_RETRY_DELAY,
        DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
        INITIAL_RETRY_DELAY as INITIAL_RETRY_DELAY,
        RAW_RESPONSE_HEADER as RAW_RESPONSE_HEADER,
        HTTPX_DEFAULT_TIMEOUT as HTTPX_DEFAULT_TIMEOUT,
        MAX_RETRY_AFTER_DELAY as MAX_RETRY_AFTER_DELAY,
        OVERRIDE_CAST_TO_HEADER as OVERRIDE_CAST_TO_HEADER,
        DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS,
        Arch as Arch,
        Omit as Omit,
        Query as Query,
        Headers as Headers,
        Platform as Platform,
        OtherArch as OtherArch,
        SyncPageT as SyncPageT,
        AnyMapping as AnyMapping,
        AsyncPageT as AsyncPageT,
        PostParser as PostParser,
        BinaryTypes as BinaryTypes,
        OpenAIError as OpenAIError,
        Querystring as Querystring,
        HttpxSendArgs as HttpxSendArgs,
        OtherPlatform as OtherPlatform,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        SecurityOptions as SecurityOptions,
        AsyncBinaryTypes as AsyncBinaryTypes,
        APIConnectionError as APIConnectionError,
        ForceMultipartDict as ForceMultipartDict,
        ModelBuilderProtocol as ModelBuilderProtocol,
        SensitiveHeadersFilter as SensitiveHeadersFilter,
        APIResponseValidationError as APIResponseValidationError,
        is_dict as is_dict,
        is_list as is_list,
        is_given as is_given,
        lru_cache as lru_cache,
        is_mapping as is_mapping,
        get_platform as get_platform,
        openapi_dumps as openapi_dumps,
        get_architecture as get_architecture,
        platform_headers as platform_headers,
        get_python_runtime as get_python_runtime,
        get_python_version as get_python_version,
    )
    from ._final_request_options import FinalRequestOptions as FinalRequestOptions

_LAZY_EXPORTS: dict[str, tuple[str, str]] = {
    "to_httpx_files": ("._files", "to_httpx_files"),
    "async_to_httpx_files": ("._files", "async_to_httpx_files"),
    "PYDANTIC_V1": ("._compat", "PYDANTIC_V1"),
    "model_copy": ("._compat", "model_copy"),
    "model_dump": ("._compat", "model_dump"),
    "status_exceptions": ("._compat", "status_exceptions"),
    "timeout_exceptions": ("._compat", "timeout_exceptions"),
    "http_response_types": ("._compat", "http_response_types"),
    "is_httpx2_sync_client": ("._compat", "is_httpx2_sync_client"),
    "is_httpx2_async_client": ("._compat", "is_httpx2_async_client"),
    "is_legacy_httpx_sync_client": ("._compat", "is_legacy_httpx_sync_client"),
    "is_legacy_httpx_async_client": ("._compat", "is_legacy_httpx_async_client"),
    "GenericModel": ("._models", "GenericModel"),
    "validate_type": ("._models", "validate_type"),
    "construct_type": ("._models", "construct_type"),
    "APIResponse": ("._response", "APIResponse"),
    "BaseAPIResponse": ("._response", "BaseAPIResponse"),
    "AsyncAPIResponse": ("._response", "AsyncAPIResponse"),
    "extract_response_type": ("._response", "extract_response_type"),
    "Stream": ("._streaming", "Stream"),
    "SSEDecoder": ("._streaming", "SSEDecoder"),
    "AsyncStream": ("._streaming", "AsyncStream"),
    "SSEBytesDecoder": ("._streaming", "SSEBytesDecoder"),
    "BasePage": (".pagination", "BasePage"),
    "PageInfo": (".pagination", "PageInfo"),
    "BaseSyncPage": (".pagination", "BaseSyncPage"),
    "BaseAsyncPage": (".pagination", "BaseAsyncPage"),
    "AsyncPaginator": (".pagination", "AsyncPaginator"),
    "LegacyAPIResponse": ("._legacy_response", "LegacyAPIResponse"),
    "asyncify": ("._utils._extras", "asyncify"),
    "FinalRequestOptions": ("._final_request_options", "FinalRequestOptions"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY_EXPORTS.get(name)
    if target is None:
        if name.startswith("__"):  # e.g. `__path__`, asked by every `from openai._base_client import ...`
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        names = importlib.import_module("._base_client_names", __package__)
        if name not in names.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        target = ("._base_client_names", name)
    module_name, attribute = target
    value = getattr(importlib.import_module(module_name, __package__), attribute)
    globals()[name] = value
    return value
