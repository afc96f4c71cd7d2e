"""`FinalRequestOptions`: the resolved options of one call, as the pydantic model outside code knows.

Kept apart from `_request_options` so that `import openai` and building a client do not import pydantic; this
module is imported when the first request is built (or when outside code asks for the class).
"""

from __future__ import annotations

import inspect
from typing import Any, Dict, Union, Mapping, Callable, Optional

import pydantic
from typing_extensions import override

from ._logs import redact_headers
from ._retry import RetryPolicy
from ._types import Body, Omit, Timeout, NotGiven, AnyMapping, RequestFiles, not_given
from ._constants import RAW_RESPONSE_HEADER, OVERRIDE_CAST_TO_HEADER
from ._request_options import (
    _OPTION_KEYS,  # pyright: ignore[reportPrivateUsage]
    Security,
    AsyncRequestContent,
    _security_kind,  # pyright: ignore[reportPrivateUsage]
)

__all__ = ["FinalRequestOptions"]


class FinalRequestOptions(pydantic.BaseModel):
    """Everything needed to send one logical request (all its attempts).

    A pydantic model with the official field names, so outside code can build one and send it with
    ``client.request(cast_to, options)``: ``FinalRequestOptions.construct(method="post", url="/chat/completions",
    json_data={...})``. Unset values may be given as `NOT_GIVEN`; `construct` drops them so defaults apply.
    ``security`` takes ``"bearer"``/``"admin"`` or a `SecurityOptions` mapping and is stored as the former.
    Internally the core builds instances without validation (`build`, `copy`), which keeps the hot path cheap.
    """

    model_config = pydantic.ConfigDict(arbitrary_types_allowed=True, defer_build=True, protected_namespaces=())

    method: str
    url: str
    params: Mapping[str, object] = {}
    headers: Optional[Mapping[str, Any]] = None
    max_retries: Union[int, NotGiven] = not_given
    timeout: Union[float, Timeout, None, NotGiven] = not_given
    files: Optional[RequestFiles] = None
    idempotency_key: Optional[str] = None
    post_parser: Union[Callable[[Any], Any], NotGiven] = not_given
    follow_redirects: Optional[bool] = None
    security: Optional[Security] = None
    synthesize_event_and_data: Optional[bool] = None
    content: Optional[AsyncRequestContent] = None
    json_data: Optional[Body] = None
    extra_json: Optional[AnyMapping] = None
    retry_policy: Optional[RetryPolicy] = None
    deadline: Union[float, None, NotGiven] = not_given

    @pydantic.field_validator("security", mode="before")
    @classmethod
    def _accept_security_options(cls, value: object) -> Security | None:
        return _security_kind(value)

    @classmethod
    def construct(cls, _fields_set: set[str] | None = None, **values: Any) -> FinalRequestOptions:  # pyright: ignore[reportIncompatibleMethodOverride, reportDeprecated]
        """Build without validation, leaving out values that are `NOT_GIVEN` (their defaults apply)."""
        kwargs = {key: value for key, value in values.items() if not isinstance(value, NotGiven)}
        if "security" in kwargs:
            kwargs["security"] = _security_kind(kwargs["security"])
        return cls.model_construct(_fields_set, **kwargs)

    @classmethod
    def _fast(cls, values: Dict[str, Any]) -> FinalRequestOptions:
        """An instance from a complete field dict, without validation (the core's hot path)."""
        new = cls.__new__(cls)
        object.__setattr__(new, "__dict__", values)
        object.__setattr__(new, "__pydantic_fields_set__", set(values))
        object.__setattr__(new, "__pydantic_extra__", None)
        object.__setattr__(new, "__pydantic_private__", None)
        return new

    @classmethod
    def build(
        cls,
        method: str,
        url: str,
        options: Mapping[str, Any],
        *,
        json_data: Body | None = None,
        files: RequestFiles | None = None,
        content: AsyncRequestContent | None = None,
    ) -> FinalRequestOptions:
        """Build from a `RequestOptions` mapping, rejecting keys the core does not know (typos fail loudly).

        `content` is a raw body sent as is; it cannot be combined with a JSON `body` or `files`.
        """
        unknown = options.keys() - _OPTION_KEYS
        if unknown:
            raise TypeError(f"Unknown request option(s): {', '.join(sorted(unknown))}")
        max_retries = options.get("max_retries", not_given)
        if max_retries is None:
            raise TypeError("`max_retries` must be an int (use 0 to disable retries), not None")
        if content is not None and (json_data is not None or files is not None):
            raise TypeError("The `content` argument cannot be combined with `body` or `files`: pass one request body")
        if content is not None:
            content = _replayable_content(content)
        params = options.get("params")
        return cls._fast(
            {
                "method": method,
                "url": url,
                "params": params if params is not None else {},
                "headers": options.get("headers"),
                "max_retries": max_retries,
                "timeout": options.get("timeout", not_given),
                "files": files,
                "idempotency_key": options.get("idempotency_key"),
                "post_parser": options.get("post_parser", not_given),
                "follow_redirects": options.get("follow_redirects"),
                "security": _security_kind(options.get("security")),
                "synthesize_event_and_data": bool(options.get("synthesize_event_and_data", False)),
                "content": content,
                "json_data": json_data,
                "extra_json": options.get("extra_json"),
                "retry_policy": options.get("retry_policy"),
                "deadline": options.get("deadline", not_given),
            }
        )

    def copy(self, **changes: Any) -> FinalRequestOptions:  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        """A shallow copy with some attributes replaced (the originals are never mutated)."""
        values = dict(self.__dict__)
        unknown = changes.keys() - values.keys()
        if unknown:
            raise TypeError(f"Unknown request option(s): {', '.join(sorted(unknown))}")
        values.update(changes)
        if "security" in changes:
            values["security"] = _security_kind(changes["security"])
        return type(self)._fast(values)

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
        if self.content is not None:
            data["content"] = "<raw content>"
        if not isinstance(self.timeout, NotGiven):
            data["timeout"] = self.timeout
        if not isinstance(self.max_retries, NotGiven):
            data["max_retries"] = self.max_retries
        return data

    @override
    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.to_log_dict().items())
        return f"FinalRequestOptions({fields})"

    @override
    def __str__(self) -> str:
        return self.__repr__()


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


def _replayable_content(content: AsyncRequestContent) -> AsyncRequestContent:
    """Bytes-like and file contents become bytes once per call, so every attempt (retries) sends the same body."""
    if isinstance(content, (bytearray, memoryview)):
        return bytes(content)
    read = getattr(content, "read", None)
    if not isinstance(content, bytes) and callable(read) and not inspect.iscoroutinefunction(read):
        data = read()
        if not isinstance(data, bytes):
            raise TypeError(f"A `content` file must be opened in binary mode, got {type(data).__name__} from read()")
        return data
    return content
