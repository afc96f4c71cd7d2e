"""Every exception the SDK raises, and the mapping from an HTTP error response to the right one.

The tree::

    OpenAIError(Exception)
    ├── APIError                          message, request, body, code, param, type
    │   ├── APIStatusError                + response, status_code, request_id, rate_limits
    │   │   ├── BadRequestError           400
    │   │   ├── AuthenticationError       401
    │   │   │   └── OAuthError            + error
    │   │   ├── PermissionDeniedError     403
    │   │   ├── NotFoundError             404
    │   │   ├── ConflictError             409
    │   │   ├── UnprocessableEntityError  422
    │   │   ├── RateLimitError            429
    │   │   └── InternalServerError       >= 500
    │   ├── APIResponseValidationError    + response, status_code
    │   └── APIConnectionError            "Connection error."
    │       ├── APITimeoutError           "Request timed out."
    │       └── APIStreamInterruptedError also an httpx.TransportError
    ├── LengthFinishReasonError           + completion
    ├── ContentFilterFinishReasonError
    ├── StreamAlreadyConsumed
    ├── APIRemovedInV1
    ├── MutuallyExclusiveAuthError
    ├── WebSocketConnectionClosedError    + code, reason, unsent_messages
    ├── WebSocketQueueFullError
    └── SubjectTokenProviderError
    InvalidWebhookSignatureError(ValueError)   deliberately not an OpenAIError

Messages are built only from the status code and the response body, never from request headers, so an API
key cannot leak through ``str()`` or ``repr()`` of an error.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Dict, Type, Union, ClassVar, Iterable, Optional, cast
from collections.abc import Mapping

import httpx
from typing_extensions import Literal

from ._ratelimits import RateLimits

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIRemovedInV1",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamInterruptedError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ContentFilterFinishReasonError",
    "InternalServerError",
    "InvalidWebhookSignatureError",
    "LengthFinishReasonError",
    "MutuallyExclusiveAuthError",
    "NotFoundError",
    "OAuthError",
    "OAuthErrorCode",
    "MissingStreamClassError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamAlreadyConsumed",
    "SubjectTokenProviderError",
    "UnprocessableEntityError",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
    "async_make_status_error_from_response",
    "make_status_error",
    "make_status_error_from_response",
]


class OpenAIError(Exception):
    """Base class of every error raised by the SDK itself (webhook signature errors excepted)."""


def _str_or_none(body: object, key: str) -> Optional[str]:
    if not isinstance(body, dict):
        return None
    value = cast("dict[str, object]", body).get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


class APIError(OpenAIError):
    """An error tied to an API request: a status error, a connection failure, or an error inside a stream."""

    message: str
    request: httpx.Request
    body: object | None
    """The decoded error payload: the value under ``"error"`` when the JSON has one, else the whole body."""
    code: Optional[str]
    param: Optional[str]
    type: Optional[str]

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        self.request = request
        self.message = message
        self.body = body
        self.code = _str_or_none(body, "code")
        self.param = _str_or_none(body, "param")
        self.type = _str_or_none(body, "type")

    def __str__(self) -> str:
        return self.message


class APIResponseValidationError(APIError):
    """The response did not match the expected schema (only raised with strict response validation)."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")

    @property
    def rate_limits(self) -> Optional[RateLimits]:
        """The `x-ratelimit-*` values reported with this error response, or `None` when it carried none."""
        return RateLimits.from_headers(self.response.headers)


# The subclasses narrow ``status_code`` to their literal code as a class attribute (the documented contract);
# instances still receive the real status from the response, which is always that code.
class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class OAuthError(AuthenticationError):
    """Exchanging a credential for an access token failed; ``error`` is the OAuth error code (e.g. ``invalid_grant``)."""

    error: str | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None, error: str | None = None
    ) -> None:
        super().__init__(message, response=response, body=body)
        if error is None:
            error = body if isinstance(body, str) else _str_or_none(body, "error")
        self.error = error


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # pyright: ignore[reportIncompatibleVariableOverride] -- narrows to literal


class InternalServerError(APIStatusError):
    """Any status of 500 or above."""


class APIConnectionError(APIError):
    """The request could not be completed: DNS, connect, TLS, or a read that failed before the whole response body
    of a non-streamed call arrived (the HTTP library's error is the ``__cause__``)."""

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


# httpx declares ``request`` as a property with a setter while APIError annotates a plain attribute; both store
# and return the same ``httpx.Request``, so the combination is sound at runtime.
class APIStreamInterruptedError(APIConnectionError, httpx.TransportError):  # pyright: ignore[reportIncompatibleVariableOverride] -- see above
    """The connection dropped while a response body or event stream was being read.

    It is both an `APIConnectionError` and an ``httpx.TransportError``. Instances built with `from_cause` are
    additionally instances of the original httpx exception class (e.g. ``httpx.RemoteProtocolError``), so code
    written for the official SDK, which lets that httpx error escape, keeps catching it. The original exception
    is always the ``__cause__``.
    """

    _variants: ClassVar[Dict[Type[httpx.TransportError], Type[APIStreamInterruptedError]]] = {}

    def __init__(
        self, *, message: str = "Connection lost while reading the response stream.", request: httpx.Request
    ) -> None:
        super().__init__(message=message, request=request)

    @classmethod
    def from_cause(
        cls, cause: BaseException, request: httpx.Request, *, reading: str = "the response stream"
    ) -> APIStreamInterruptedError:
        """Build the error for ``cause`` (raise it ``from cause``); the message includes the cause's text."""
        detail = str(cause)
        message = f"Connection lost while reading {reading}"
        message = f"{message}: {detail}" if detail else f"{message}."
        if isinstance(cause, httpx.TransportError) and not isinstance(cause, APIStreamInterruptedError):
            return cls._variant_for(type(cause))(message=message, request=request)
        return cls(message=message, request=request)

    @classmethod
    def _variant_for(cls, cause_type: Type[httpx.TransportError]) -> Type[APIStreamInterruptedError]:
        variant = cls._variants.get(cause_type)
        if variant is None:
            # A subclass of both classes keeps ``except httpx.ReadError`` (or whichever class was raised) working.
            variant = type(
                cls.__name__, (cls, cause_type), {"__module__": cls.__module__, "__qualname__": cls.__qualname__}
            )
            cls._variants[cause_type] = variant
        return variant

    def __reduce__(self) -> tuple[object, ...]:
        # Dynamic variants are not importable by name; pickle as the plain class with the same message.
        return (_rebuild_stream_interrupted, (self.message, self.request))


def _rebuild_stream_interrupted(message: str, request: httpx.Request) -> APIStreamInterruptedError:
    return APIStreamInterruptedError(message=message, request=request)


class LengthFinishReasonError(OpenAIError):
    """Structured parsing failed because generation stopped at the token limit."""

    completion: object

    def __init__(self, *, completion: object) -> None:
        message = "Could not parse response content as the length limit was reached"
        usage = getattr(completion, "usage", None)
        if usage is not None:
            message += f" - {usage!r}"
        super().__init__(message)
        self.completion = completion


class ContentFilterFinishReasonError(OpenAIError):
    """Structured parsing failed because the content filter stopped the generation."""

    def __init__(self) -> None:
        super().__init__("Could not parse response content as the request was rejected by the content filter")


class StreamAlreadyConsumed(OpenAIError):
    """The response body was read after it had already been streamed, so it is no longer available."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "The response content has already been streamed and cannot be read again. Read it once, either "
            "by streaming (iter_bytes, iter_text, iter_lines) or in full (read, text, json, parse), not both."
        )


class APIRemovedInV1(OpenAIError):
    """A pre-1.0 module-level API (``openai.Completion`` and friends) was used."""

    symbol: str

    def __init__(self, *, symbol: str) -> None:
        super().__init__(
            f"`openai.{symbol}` is not available in openai>=1.0.0: the v0 module-level API was removed. "
            "Create a client (`client = openai.OpenAI()`) and call its resources instead, or pin `openai==0.28`."
        )
        self.symbol = symbol


class MutuallyExclusiveAuthError(OpenAIError):
    """More than one of the Azure credentials was given."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or "The `api_key`, `azure_ad_token` and `azure_ad_token_provider` arguments are mutually exclusive; "
            "pass only one of them."
        )


class WebSocketConnectionClosedError(OpenAIError):
    """The realtime WebSocket connection closed; ``code``/``reason`` come from the close frame when known."""

    code: int | None
    reason: str | None
    unsent_messages: list[str | bytes]
    """Messages queued while reconnecting that were never sent (empty when nothing was pending)."""

    def __init__(
        self,
        message: str | None = None,
        *,
        unsent_messages: Iterable[str | bytes] = (),
        code: int | None = None,
        reason: str | None = None,
    ) -> None:
        if message is None:
            message = "The WebSocket connection is closed"
            if code is not None:
                message += f" (code {code}{f': {reason}' if reason else ''})"
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.unsent_messages = list(unsent_messages)


class WebSocketQueueFullError(OpenAIError):
    """The outgoing message queue of a realtime connection is full while it is reconnecting."""

    def __init__(self, message: str = "The WebSocket send queue is full.") -> None:
        super().__init__(message)


class SubjectTokenProviderError(OpenAIError):
    """A workload-identity subject token provider failed to produce a token."""


class InvalidWebhookSignatureError(ValueError):
    """A webhook payload's signature or timestamp did not verify."""


# --- building status errors -----------------------------------------------------------------------------------

_STATUS_ERRORS: Mapping[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _status_error_class(status_code: int) -> Type[APIStatusError]:
    cls = _STATUS_ERRORS.get(status_code)
    if cls is not None:
        return cls
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


def _default_message(status_code: int, body: object) -> str:
    if body is None:
        return f"Error code: {status_code}"
    if isinstance(body, str):
        return body or f"Error code: {status_code}"
    return f"Error code: {status_code} - {body!r}"


def make_status_error(response: httpx.Response, body: object, *, message: str | None = None) -> APIStatusError:
    """Build the status error for ``response`` whose decoded body (JSON value, text, or ``None``) is ``body``.

    Without ``message`` the message follows the SDK rules: ``Error code: <status> - <repr(body)>`` for decoded
    JSON, the text itself for a non-JSON body, ``Error code: <status>`` when there is nothing to show. The
    error's ``body`` is the value under ``"error"`` when ``body`` is a mapping that has one.
    """
    status_code = response.status_code
    if message is None:
        message = _default_message(status_code, body)
    data: object = body
    if isinstance(body, Mapping):
        mapping = cast("Mapping[str, object]", body)
        if "error" in mapping:
            data = mapping["error"]
    return _status_error_class(status_code)(message, response=response, body=data)


def _decode_error_body(response: httpx.Response) -> tuple[object, str]:
    status_code = response.status_code
    text = response.text.strip()
    if not text:
        return text, f"Error code: {status_code}"
    try:
        decoded: object = json.loads(text)
    except ValueError:
        return text, text
    return decoded, f"Error code: {status_code} - {decoded!r}"


def make_status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the status error for an error response, reading its body if it is still open and unread.

    A response that was closed before its body was read yields ``body=None`` and ``Error code: <status>``.
    """
    if response.is_closed and not response.is_stream_consumed:
        return make_status_error(response, None)
    if not _is_read(response):
        if response.is_stream_consumed:
            return make_status_error(response, None)
        try:
            response.read()
        except Exception:
            # The status is known: a connection lost inside the error body must not hide it behind a raw
            # transport error. The error carries no body then.
            response.close()
            return make_status_error(response, None)
    body, message = _decode_error_body(response)
    return make_status_error(response, body, message=message)


async def async_make_status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Async twin of `make_status_error_from_response` for responses of an ``httpx.AsyncClient``."""
    if response.is_closed and not response.is_stream_consumed:
        return make_status_error(response, None)
    if not _is_read(response):
        if response.is_stream_consumed:
            return make_status_error(response, None)
        try:
            await response.aread()
        except Exception:
            await response.aclose()
            return make_status_error(response, None)
    body, message = _decode_error_body(response)
    return make_status_error(response, body, message=message)


def _is_read(response: httpx.Response) -> bool:
    # httpx exposes no public flag for "body buffered"; ``_content`` is set exactly when it is.
    return hasattr(response, "_content")


OAuthErrorCode = Union[Literal["invalid_grant", "invalid_subject_token"], str]
"""The ``error`` code of an `OAuthError` (known values, or any string the server sends)."""


class MissingStreamClassError(TypeError):
    """A streaming request was made without saying which stream class to return (``stream_cls``)."""

    def __init__(self) -> None:
        super().__init__(
            "The `stream` argument was set to `True` but the `stream_cls` argument was not given. "
            "See `openai._streaming` for reference"
        )


# Names outside code imports from `openai._exceptions` (official spellings).
from ._utils import is_dict as is_dict  # noqa: E402

if TYPE_CHECKING:
    from ._models import construct_type as construct_type


def __getattr__(name: str) -> object:
    # `import openai` imports this module and must not import pydantic, so `_models` is loaded on first use.
    if name == "construct_type":
        from ._models import construct_type

        return construct_type
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
