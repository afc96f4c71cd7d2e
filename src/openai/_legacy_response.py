"""`.with_raw_response` results (`LegacyAPIResponse`) and binary bodies (`HttpxBinaryResponseContent`).

A `LegacyAPIResponse` wraps a response whose body has already been read (or, for `stream=True` calls, the live
response feeding a stream). `parse()` is synchronous for both clients and produces what the plain call would
have returned; results are cached per target type.
"""

from __future__ import annotations

import os
import datetime
import warnings
from typing import TYPE_CHECKING, Any, Dict, Union, Generic, TypeVar, Iterator, Optional, AsyncIterator, cast

import httpx

from ._http import parse_response
from ._types import not_given
from ._constants import REQUEST_ID_HEADER
from ._ratelimits import RateLimits

if TYPE_CHECKING:
    from ._final_request_options import FinalRequestOptions

__all__ = ["LegacyAPIResponse", "HttpxBinaryResponseContent"]

_R = TypeVar("_R")
_T = TypeVar("_T")


class LegacyAPIResponse(Generic[_R]):
    """The raw HTTP response of a call, plus `parse()` to get the value the call normally returns."""

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

    def parse(self, *, to: type[_T] | None = None) -> Union[_R, _T]:
        """The parsed body: the call's usual return value, or an instance of `to` when given (cached)."""
        key = self._cast_to if to is None else to
        try:
            return cast("Union[_R, _T]", self._parsed[key])
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
        return cast("Union[_R, _T]", parsed)

    @property
    def request_id(self) -> Optional[str]:
        value: Optional[str] = self.http_response.headers.get(REQUEST_ID_HEADER)
        return value

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
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    def __repr__(self) -> str:
        return (
            f"<{self.__class__.__name__} [{self.status_code} {self.http_response.reason_phrase}] type={self._cast_to}>"
        )


class HttpxBinaryResponseContent:
    """A binary response body (file contents, speech audio) with helpers to read or save it."""

    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    @property
    def encoding(self) -> Optional[str]:
        return self.response.encoding

    @property
    def charset_encoding(self) -> Optional[str]:
        return self.response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        return self.response.json(**kwargs)

    def read(self) -> bytes:
        return self.response.read()

    def iter_bytes(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: Optional[int] = None) -> Iterator[str]:
        return self.response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.response.iter_lines()

    def iter_raw(self, chunk_size: Optional[int] = None) -> Iterator[bytes]:
        return self.response.iter_raw(chunk_size)

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the whole body to `file` (overwriting it)."""
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes():
                f.write(data)

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: Optional[int] = None) -> None:
        """Deprecated: the body is already buffered; use `write_to_file()` or `.with_streaming_response`."""
        warnings.warn(
            "stream_to_file() is deprecated because the body is already read; use write_to_file(), or "
            "`.with_streaming_response.<method>()` with `stream_to_file()` to really stream",
            DeprecationWarning,
            stacklevel=2,
        )
        with open(file, mode="wb") as f:
            for data in self.response.iter_bytes(chunk_size):
                f.write(data)

    def close(self) -> None:
        return self.response.close()

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_bytes(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.response.aiter_bytes(chunk_size):
            yield chunk

    async def aiter_text(self, chunk_size: Optional[int] = None) -> AsyncIterator[str]:
        async for chunk in self.response.aiter_text(chunk_size):
            yield chunk

    async def aiter_lines(self) -> AsyncIterator[str]:
        async for line in self.response.aiter_lines():
            yield line

    async def aiter_raw(self, chunk_size: Optional[int] = None) -> AsyncIterator[bytes]:
        async for chunk in self.response.aiter_raw(chunk_size):
            yield chunk

    async def astream_to_file(self, file: str | os.PathLike[str], *, chunk_size: Optional[int] = None) -> None:
        """Write the body to `file` without blocking the event loop on file I/O."""
        import anyio

        path = anyio.Path(os.fspath(file))
        async with await path.open(mode="wb") as f:
            async for data in self.response.aiter_bytes(chunk_size):
                await f.write(data)

    async def aclose(self) -> None:
        return await self.response.aclose()


# --- names outside code imports from `openai._legacy_response` (official spellings) ----------------------------

from typing_extensions import ParamSpec  # noqa: E402

from ._types import is_given as is_given  # noqa: E402
from ._utils import (  # noqa: E402
    extract_type_arg as extract_type_arg,
    is_annotated_type as is_annotated_type,
    is_type_alias_type as is_type_alias_type,
)
from ._compat import http_response_types as http_response_types  # noqa: E402
from ._models import BaseModel as BaseModel, is_basemodel as is_basemodel, add_request_id as add_request_id  # noqa: E402
from ._constants import RAW_RESPONSE_HEADER as RAW_RESPONSE_HEADER  # noqa: E402
from ._streaming import (  # noqa: E402
    Stream as Stream,
    AsyncStream as AsyncStream,
    is_stream_class_type as is_stream_class_type,
    extract_stream_chunk_type as extract_stream_chunk_type,
)
from ._exceptions import (  # noqa: E402
    MissingStreamClassError as MissingStreamClassError,
    APIResponseValidationError as APIResponseValidationError,
)

if TYPE_CHECKING:
    from ._response import (
        to_raw_response_wrapper as to_raw_response_wrapper,
        async_to_raw_response_wrapper as async_to_raw_response_wrapper,
    )

P = ParamSpec("P")
R = TypeVar("R")


def __getattr__(name: str) -> object:
    # `openai._response` imports this module, so its wrappers are looked up on first access.
    if name in ("to_raw_response_wrapper", "async_to_raw_response_wrapper"):
        from . import _response

        return getattr(_response, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
