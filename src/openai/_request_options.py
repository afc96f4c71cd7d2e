"""Per-call request options: what generated methods hand to the core, and the resolved form the core works on.

`make_request_options()` is called by every generated method; it folds the method's own query/headers and the
caller's `extra_*` arguments into a plain `RequestOptions` mapping. The core turns that mapping plus the path,
body and files into a `FinalRequestOptions`: the pydantic model outside code knows (official field names), which
the core builds and copies without validation, since that happens once per call on the hot path.

This module does not import pydantic (`import openai` and building a client must not): `FinalRequestOptions`
lives in `_final_request_options` and is imported on first use (the module `__getattr__` below, and
`_base_client` when it builds the first request).
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any, Union, Callable, Iterable, Optional, AsyncIterable, cast
from collections.abc import Mapping

from typing_extensions import Literal, TypedDict

from ._retry import RetryPolicy
from ._types import (
    Body,
    Query,
    Headers,
    Timeout,
    NotGiven,
    RequestOptions,
    not_given,
)

if TYPE_CHECKING:
    from ._final_request_options import FinalRequestOptions as FinalRequestOptions

__all__ = [
    "Security",
    "SecurityOptions",
    "RequestContent",
    "AsyncRequestContent",
    "ExtendedRequestOptions",
    "FinalRequestOptions",
    "make_request_options",
]

Security = Literal["bearer", "admin"]
"""Which credential an endpoint uses: the API key (default) or the admin API key."""

HttpMethod = Literal["get", "post", "put", "patch", "delete"]

RequestContent = Union[bytes, bytearray, memoryview, IO[bytes], Iterable[bytes]]
"""A raw request body (`content=` of the client verbs): bytes, a binary file, or an iterable of byte chunks."""

AsyncRequestContent = Union[RequestContent, AsyncIterable[bytes]]
"""A raw request body for the async client: anything `RequestContent` allows, or an async iterable of chunks."""


class ExtendedRequestOptions(RequestOptions, total=False):
    """`RequestOptions` plus the keys only generated code sets."""

    post_parser: Callable[[Any], Any]
    retry_policy: RetryPolicy
    deadline: Optional[float]


def make_request_options(
    *,
    query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: float | Timeout | None | NotGiven = not_given,
    post_parser: Callable[[Any], Any] | NotGiven = not_given,
    headers: Headers | None = None,
    security: Security | SecurityOptions | None = None,
    idempotency_key: str | None = None,
    synthesize_event_and_data: bool | None = None,
    deadline: float | None | NotGiven = not_given,
) -> ExtendedRequestOptions:
    """Collect one call's options.

    `headers` are the method's own headers (e.g. `OpenAI-Beta`); `extra_headers` from the caller override them.
    `query` is the method's query parameters; `extra_query` overrides them. `extra_body` is merged over the
    JSON body (or added as form fields for multipart). `security="admin"` (or the official spelling
    ``{"admin_api_key_auth": True, "bearer_auth": False}``) makes the call use the admin API key.
    `idempotency_key` is sent as ``Idempotency-Key`` on every attempt of the call.
    `deadline` overrides the client's deadline for this call (seconds for the whole call, retries included; `None`
    removes it); not given, the client's applies.
    """
    options: ExtendedRequestOptions = {}
    if headers:
        options["headers"] = {**headers, **extra_headers} if extra_headers else headers
    elif extra_headers is not None:
        options["headers"] = extra_headers
    if query:
        options["params"] = {**query, **extra_query} if extra_query else query
    elif extra_query is not None:
        options["params"] = extra_query
    if extra_body is not None:
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"`extra_body` must be a mapping of extra JSON keys, got {type(extra_body).__name__}")
        options["extra_json"] = extra_body  # pyright: ignore[reportUnknownArgumentType]
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if not isinstance(post_parser, NotGiven):
        options["post_parser"] = post_parser
    if security is not None and not isinstance(security, str):
        security = _security_kind(security)
    if security is not None:
        if security not in ("bearer", "admin"):
            raise ValueError(f"`security` must be 'bearer' or 'admin', got {security!r}")
        options["security"] = security
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if synthesize_event_and_data:
        options["synthesize_event_and_data"] = True
    if not isinstance(deadline, NotGiven):
        options["deadline"] = deadline
    return options


class SecurityOptions(TypedDict, total=False):
    """Which credentials a request may use (the official spelling of `Security`)."""

    bearer_auth: bool
    admin_api_key_auth: bool


def _security_kind(security: object) -> Security | None:
    """`Security` from either spelling: ``"bearer"``/``"admin"`` or a `SecurityOptions` mapping."""
    if security is None or isinstance(security, str):
        return cast("Security | None", security)
    if isinstance(security, Mapping):
        flags = cast("Mapping[str, object]", security)
        if flags.get("admin_api_key_auth") and not flags.get("bearer_auth", False):
            return "admin"
        return None
    raise TypeError(f"`security` must be 'bearer', 'admin' or a SecurityOptions mapping, got {security!r}")


_OPTION_KEYS = ExtendedRequestOptions.__required_keys__ | ExtendedRequestOptions.__optional_keys__


def __getattr__(name: str) -> Any:
    # `FinalRequestOptions` is a pydantic model; it is imported (with pydantic) only when first asked for.
    if name == "FinalRequestOptions":
        from ._final_request_options import FinalRequestOptions

        return FinalRequestOptions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
