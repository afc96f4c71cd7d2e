"""`.with_streaming_response` results (`APIResponse` / `AsyncAPIResponse`) and the wrappers that request them.

The wrappers do one thing: add the `X-Stainless-Raw-Response` header to a generated method's call (`true` for
the legacy raw response, `stream` for a streamed one, `raw` for a non-legacy raw one); the core sees the header
and returns the matching object instead of the parsed value. A streamed response is sent on entering the
context manager with its body unread, and closed on exit.
"""

from __future__ import annotations

import os
import datetime
import functools
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Union,
    Generic,
    TypeVar,
    Callable,
    Iterator,
    Optional,
    Awaitable,
    AsyncIterator,
    cast,
)

import httpx
from typing_extensions import ParamSpec

from ._http import library_errors, parse_response
from ._types import not_given
from ._constants import REQUEST_ID_HEADER, RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER
from ._exceptions import StreamAlreadyConsumed, APIStreamInterruptedError
from ._ratelimits import RateLimits
from ._legacy_response import LegacyAPIResponse

if TYPE_CHECKING:
    from ._final_request_options import FinalRequestOptions

__all__ = [
    "BaseAPIResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "BinaryAPIResponse",
    "AsyncBinaryAPIResponse",
    "StreamedBinaryAPIResponse",
    "AsyncStreamedBinaryAPIResponse",
    "ResponseContextManager",
    "AsyncResponseContextManager",
    "to_raw_response_wrapper",
    "async_to_raw_response_wrapper",
    "to_streamed_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_raw_response_wrapper",
    "async_to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_T = TypeVar("_T")
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")


class BaseAPIResponse(Generic[_R]):
    """Properties shared by the sync and async streamed responses."""

    http_response: httpx.Response
    retries_taken: int

    def __init__(
        self,
        *,
        raw: httpx.Response,
        cast_to: Any,
        client: Any,
        stream: bool,
        stream_cls: type[Any] | None,
        options: FinalRequestOptions,
        retries_taken: int = 0,
    ) -> None:
        self.http_response = raw
        self.retries_taken = retries_taken
        self._cast_to = cast_to
        self._client = client
        self._stream = stream
        self._stream_cls = stream_cls
        self._options = options
        self._parsed: Dict[Any, Any] = {}

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limits(self) -> Optional[RateLimits]:
        """The `x-ratelimit-*` values of this response (`None` when the server sent none)."""
        return RateLimits.from_headers(self.http_response.headers)

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get(REQUEST_ID_HEADER)
        return value

    def _parse_cached(self, to: Any) -> Any:
        key = self._cast_to if to is None else to
        try:
            return self._parsed[key]
        except (KeyError, TypeError):
            pass
        options = self._options if to is None else self._options.copy(post_parser=not_given)
        parsed = parse_response(
            cast_to=key,
            response=self.http_response,
            client=self._client,
            options=options,
            stream=self._stream,
            stream_cls=self._stream_cls,
        )
        try:
            self._parsed[key] = parsed
        except TypeError:  # unhashable target type: parse again next time
            pass
        return parsed

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )


class APIResponse(BaseAPIResponse[_R]):
    """A live response from a blocking client; the body is read only when asked for."""

    def parse(self, *, to: type[_T] | None = None) -> Union[_R, _T]:
        """Read the body (unless the call streams) and return the call's usual value, or a `to` instance."""
        if not self._stream:
            self.read()
        return cast("Union[_R, _T]", self._parse_cached(to))

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except library_errors("StreamConsumed") as err:
            raise StreamAlreadyConsumed() from err
        except library_errors("TransportError") as err:
            raise APIStreamInterruptedError.from_cause(err, self.http_response.request) from err

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> object:
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        self.http_response.close()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        yield from self.http_response.iter_lines()


class AsyncAPIResponse(BaseAPIResponse[_R]):
    """A live response from an async client; the body is read only when asked for."""

    async def parse(self, *, to: type[_T] | None = None) -> Union[_R, _T]:
        """Read the body (unless the call streams) and return the call's usual value, or a `to` instance."""
        if not self._stream:
            await self.read()
        return cast("Union[_R, _T]", self._parse_cached(to))

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except library_errors("StreamConsumed") as err:
            raise StreamAlreadyConsumed() from err
        except library_errors("TransportError") as err:
            raise APIStreamInterruptedError.from_cause(err, self.http_response.request) from err

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        async for line in self.http_response.aiter_lines():
            yield line


class BinaryAPIResponse(APIResponse[bytes]):
    """A raw binary response; `write_to_file()` saves the whole body."""

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        with open(file, mode="wb") as f:
            for data in self.iter_bytes():
                f.write(data)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """Async twin of `BinaryAPIResponse`."""

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        import anyio

        path = anyio.Path(os.fspath(file))
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes():
                await f.write(data)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A streamed binary response; `stream_to_file()` writes it chunk by chunk as it arrives."""

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: Optional[int] = None) -> None:
        with open(file, mode="wb") as f:
            for data in self.iter_bytes(chunk_size):
                f.write(data)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """Async twin of `StreamedBinaryAPIResponse`."""

    async def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: Optional[int] = None) -> None:
        import anyio

        path = anyio.Path(os.fspath(file))
        async with await path.open(mode="wb") as f:
            async for data in self.iter_bytes(chunk_size):
                await f.write(data)


# -- context managers for streamed responses --------------------------------------------------------------------


class ResponseContextManager(Generic[_APIResponseT]):
    """Sends the request on `__enter__` and closes the response on `__exit__`."""

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self._response: _APIResponseT | None = None

    def __enter__(self) -> _APIResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    """Sends the request on `__aenter__` and closes the response on `__aexit__`."""

    def __init__(self, api_request: Awaitable[_AsyncAPIResponseT]) -> None:
        self._api_request = api_request
        self._response: _AsyncAPIResponseT | None = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self._response = await self._api_request
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, exc_tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


# -- wrappers ---------------------------------------------------------------------------------------------------


def _with_marker(kwargs: Dict[str, Any], kind: str, response_cls: type[Any] | None = None) -> Dict[str, Any]:
    extra_headers: Dict[str, Any] = dict(kwargs.get("extra_headers") or {})
    extra_headers[RAW_RESPONSE_HEADER] = kind
    if response_cls is not None:
        extra_headers[OVERRIDE_CAST_TO_HEADER] = response_cls
    kwargs["extra_headers"] = extra_headers
    return kwargs


def to_raw_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, LegacyAPIResponse[_R]]:
    """`method(...)` → the `LegacyAPIResponse` of that call."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> LegacyAPIResponse[_R]:
        return cast(LegacyAPIResponse[_R], func(*args, **_with_marker(kwargs, "true")))

    return wrapped


def async_to_raw_response_wrapper(func: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[LegacyAPIResponse[_R]]]:
    """Async twin of `to_raw_response_wrapper` (also accepts list methods returning an `AsyncPaginator`)."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> LegacyAPIResponse[_R]:
        return cast(LegacyAPIResponse[_R], await func(*args, **_with_marker(kwargs, "true")))

    return wrapped


def to_streamed_response_wrapper(func: Callable[_P, _R]) -> Callable[_P, ResponseContextManager[APIResponse[_R]]]:
    """`method(...)` → a context manager yielding the unread `APIResponse` of that call."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[APIResponse[_R]]:
        marked = _with_marker(kwargs, "stream")
        return ResponseContextManager(cast(Callable[[], APIResponse[_R]], functools.partial(func, *args, **marked)))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[_P, Awaitable[_R]],
) -> Callable[_P, AsyncResponseContextManager[AsyncAPIResponse[_R]]]:
    """Async twin of `to_streamed_response_wrapper`."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[AsyncAPIResponse[_R]]:
        marked = _with_marker(kwargs, "stream")
        return AsyncResponseContextManager(cast(Awaitable[AsyncAPIResponse[_R]], _await(func(*args, **marked))))

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[_P, object], response_cls: type[_APIResponseT]
) -> Callable[_P, ResponseContextManager[_APIResponseT]]:
    """Like `to_streamed_response_wrapper`, but the response is an instance of `response_cls`."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> ResponseContextManager[_APIResponseT]:
        marked = _with_marker(kwargs, "stream", response_cls)
        return ResponseContextManager(cast(Callable[[], _APIResponseT], functools.partial(func, *args, **marked)))

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[_P, Awaitable[object]], response_cls: type[_AsyncAPIResponseT]
) -> Callable[_P, AsyncResponseContextManager[_AsyncAPIResponseT]]:
    """Async twin of `to_custom_streamed_response_wrapper`."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseContextManager[_AsyncAPIResponseT]:
        marked = _with_marker(kwargs, "stream", response_cls)
        return AsyncResponseContextManager(cast(Awaitable[_AsyncAPIResponseT], _await(func(*args, **marked))))

    return wrapped


def to_custom_raw_response_wrapper(
    func: Callable[_P, object], response_cls: type[_APIResponseT]
) -> Callable[_P, _APIResponseT]:
    """`method(...)` → an instance of `response_cls` (an `APIResponse` subclass) with the body read lazily."""

    @functools.wraps(func)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> _APIResponseT:
        return cast(_APIResponseT, func(*args, **_with_marker(kwargs, "raw", response_cls)))

    return wrapped


def async_to_custom_raw_response_wrapper(
    func: Callable[_P, Awaitable[object]], response_cls: type[_AsyncAPIResponseT]
) -> Callable[_P, Awaitable[_AsyncAPIResponseT]]:
    """Async twin of `to_custom_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> _AsyncAPIResponseT:
        return cast(_AsyncAPIResponseT, await func(*args, **_with_marker(kwargs, "raw", response_cls)))

    return wrapped


async def _await(awaitable: Awaitable[_T]) -> _T:
    # Turns any awaitable (a coroutine, or an `AsyncPaginator`) into a coroutine the context manager can await.
    return await awaitable


# --- names outside code imports from `openai._response` (official spellings) -----------------------------------

from ._types import is_given as is_given  # noqa: E402
from ._utils import (  # noqa: E402
    extract_type_arg as extract_type_arg,
    is_annotated_type as is_annotated_type,
    is_type_alias_type as is_type_alias_type,
    extract_type_var_from_base as extract_type_var_from_base,
)
from ._compat import (  # noqa: E402
    http_response_types as http_response_types,
    stream_consumed_exceptions as stream_consumed_exceptions,
)
from ._models import BaseModel as BaseModel, is_basemodel as is_basemodel, add_request_id as add_request_id  # noqa: E402
from ._streaming import (  # noqa: E402
    Stream as Stream,
    AsyncStream as AsyncStream,
    is_stream_class_type as is_stream_class_type,
    extract_stream_chunk_type as extract_stream_chunk_type,
)
from ._exceptions import (  # noqa: E402
    OpenAIError as OpenAIError,
    MissingStreamClassError as MissingStreamClassError,
    APIResponseValidationError as APIResponseValidationError,
)

P = ParamSpec("P")
R = TypeVar("R")


def extract_response_type(typ: type[BaseAPIResponse[Any]]) -> type:
    """The parsed type of a response class: ``APIResponse[ChatCompletion]`` → ``ChatCompletion``."""
    return cast(
        type,
        extract_type_var_from_base(
            typ,
            generic_bases=(BaseAPIResponse, APIResponse, AsyncAPIResponse),
            index=0,
        ),
    )
