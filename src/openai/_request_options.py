"""Per-call request options: what generated methods hand to the core, and the resolved form the core works on.

`make_request_options()` is called by every generated method; it folds the method's own query/headers and the
caller's `extra_*` arguments into a plain `RequestOptions` mapping. The core turns that mapping plus the path,
body and files into a `FinalRequestOptions`: a slotted, mutable-by-convention-only record. It is a plain class
rather than a pydantic model on purpose: it is built once per call on the hot path and copied (shallowly) only
when a page asks for the next page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Callable, Optional

from typing_extensions import Literal

from ._logs import redact_headers
from ._types import (
    Body,
    Omit,
    Query,
    Headers,
    Timeout,
    NotGiven,
    AnyMapping,
    RequestFiles,
    RequestOptions,
    not_given,
)
from ._constants import RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER

if TYPE_CHECKING:
    from ._retry import RetryPolicy

__all__ = ["Security", "ExtendedRequestOptions", "FinalRequestOptions", "make_request_options"]

Security = Literal["bearer", "admin"]
"""Which credential an endpoint uses: the API key (default) or the admin API key."""

HttpMethod = Literal["get", "post", "put", "patch", "delete"]


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
    security: Security | None = None,
) -> ExtendedRequestOptions:
    """Collect one call's options.

    `headers` are the method's own headers (e.g. `OpenAI-Beta`); `extra_headers` from the caller override them.
    `query` is the method's query parameters; `extra_query` overrides them. `extra_body` is merged over the
    JSON body (or added as form fields for multipart). `security="admin"` makes the call use the admin API key.
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
    if security is not None:
        if security not in ("bearer", "admin"):
            raise ValueError(f"`security` must be 'bearer' or 'admin', got {security!r}")
        options["security"] = security
    return options


class FinalRequestOptions:
    """Everything needed to send one logical request (all its attempts)."""

    __slots__ = (
        "method",
        "url",
        "params",
        "headers",
        "max_retries",
        "timeout",
        "files",
        "idempotency_key",
        "post_parser",
        "json_data",
        "extra_json",
        "follow_redirects",
        "security",
        "retry_policy",
        "deadline",
        "synthesize_event_and_data",
    )

    method: str
    url: str
    params: Mapping[str, object]
    headers: Mapping[str, Any] | None
    max_retries: int | NotGiven
    timeout: float | Timeout | None | NotGiven
    files: RequestFiles | None
    idempotency_key: str | None
    post_parser: Callable[[Any], Any] | NotGiven
    json_data: Body | None
    extra_json: AnyMapping | None
    follow_redirects: bool | None
    security: Security | None
    retry_policy: RetryPolicy | None
    deadline: float | None | NotGiven
    synthesize_event_and_data: bool

    def __init__(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, Any] | None = None,
        max_retries: int | NotGiven = not_given,
        timeout: float | Timeout | None | NotGiven = not_given,
        files: RequestFiles | None = None,
        idempotency_key: str | None = None,
        post_parser: Callable[[Any], Any] | NotGiven = not_given,
        json_data: Body | None = None,
        extra_json: AnyMapping | None = None,
        follow_redirects: bool | None = None,
        security: Security | None = None,
        retry_policy: RetryPolicy | None = None,
        deadline: float | None | NotGiven = not_given,
        synthesize_event_and_data: bool = False,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params if params is not None else {}
        self.headers = headers
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.idempotency_key = idempotency_key
        self.post_parser = post_parser
        self.json_data = json_data
        self.extra_json = extra_json
        self.follow_redirects = follow_redirects
        self.security = security
        self.retry_policy = retry_policy
        self.deadline = deadline
        self.synthesize_event_and_data = synthesize_event_and_data

    @classmethod
    def build(
        cls,
        method: str,
        url: str,
        options: Mapping[str, Any],
        *,
        json_data: Body | None = None,
        files: RequestFiles | None = None,
    ) -> FinalRequestOptions:
        """Build from a `RequestOptions` mapping, rejecting keys the core does not know (typos fail loudly)."""
        unknown = options.keys() - _OPTION_KEYS
        if unknown:
            raise TypeError(f"Unknown request option(s): {', '.join(sorted(unknown))}")
        max_retries = options.get("max_retries", not_given)
        if max_retries is None:
            raise TypeError("`max_retries` must be an int (use 0 to disable retries), not None")
        return cls(
            method,
            url,
            params=options.get("params"),
            headers=options.get("headers"),
            max_retries=max_retries,
            timeout=options.get("timeout", not_given),
            files=files,
            idempotency_key=options.get("idempotency_key"),
            post_parser=options.get("post_parser", not_given),
            json_data=json_data,
            extra_json=options.get("extra_json"),
            follow_redirects=options.get("follow_redirects"),
            security=options.get("security"),
            retry_policy=options.get("retry_policy"),
            deadline=options.get("deadline", not_given),
            synthesize_event_and_data=bool(options.get("synthesize_event_and_data", False)),
        )

    def copy(self, **changes: Any) -> FinalRequestOptions:
        """A shallow copy with some attributes replaced (the originals are never mutated)."""
        new = object.__new__(FinalRequestOptions)
        for name in self.__slots__:
            setattr(new, name, changes.pop(name) if name in changes else getattr(self, name))
        if changes:
            raise TypeError(f"Unknown request option(s): {', '.join(sorted(changes))}")
        return new

    def get_max_retries(self, default: int) -> int:
        return default if isinstance(self.max_retries, NotGiven) else self.max_retries

    def raw_response_kind(self) -> str | None:
        """The `X-Stainless-Raw-Response` value set by a raw/streaming wrapper, if any (any header case)."""
        return _lookup(self.headers, RAW_RESPONSE_HEADER)

    def override_cast_to(self) -> type[Any] | None:
        """A response class requested by a custom wrapper (carried through the headers, never sent)."""
        value: Any = _lookup(self.headers, OVERRIDE_CAST_TO_HEADER)
        return value if isinstance(value, type) else None

    def to_log_dict(self) -> dict[str, Any]:
        """The options as logged at DEBUG: credential header values are redacted here and by the log filter."""
        data: dict[str, Any] = {"method": self.method, "url": self.url}
        if self.params:
            data["params"] = self.params
        if self.headers:
            data["headers"] = redact_headers({k: v for k, v in self.headers.items() if k != OVERRIDE_CAST_TO_HEADER})
        if self.json_data is not None:
            data["json_data"] = self.json_data
        if self.extra_json is not None:
            data["extra_json"] = self.extra_json
        if self.files is not None:
            data["files"] = "<files>"
        if not isinstance(self.timeout, NotGiven):
            data["timeout"] = self.timeout
        if not isinstance(self.max_retries, NotGiven):
            data["max_retries"] = self.max_retries
        return data

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.to_log_dict().items())
        return f"FinalRequestOptions({fields})"


_OPTION_KEYS = ExtendedRequestOptions.__required_keys__ | ExtendedRequestOptions.__optional_keys__


def _lookup(headers: Mapping[str, Any] | None, name: str) -> Optional[Any]:
    if not headers:
        return None
    value = headers.get(name)
    if value is not None:
        return None if isinstance(value, Omit) else value
    lowered = name.lower()
    for key, candidate in headers.items():
        if key.lower() == lowered:
            return None if isinstance(candidate, Omit) else candidate
    return None
