"""The values exchanged between the request-handling core and the per-operation handlers.

A handler receives a `Call` (the matched operation, path parameters, decoded query and body, uploaded files,
the scripted `Reply` if any, and access to the server's state) and returns an `Outcome`: a JSON payload with
the type it must validate against, a list of server-sent events, or raw bytes. `HandlerError` is raised for
API-style failures (404 for unknown ids, 400 for bad arguments) and becomes an OpenAI-style error body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable
from dataclasses import field, dataclass

from ._fake import MISSING, Synthesizer, model_fields, resolve_type, type_adapter
from ._wire import UploadedFile
from ._store import Store
from ._router import Route
from ._script import Reply

if TYPE_CHECKING:
    from ._app import App

__all__ = ["Call", "Outcome", "Event", "HandlerError", "Handler", "DONE"]

DONE = "[DONE]"


class HandlerError(Exception):
    """An API error answer: status plus the fields of the OpenAI error body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code


@dataclass(frozen=True)
class Event:
    """One server-sent event. `data` is JSON data, or a raw string such as `[DONE]` when `raw` is set."""

    data: Any
    name: str | None = None
    model: Any = None
    raw: bool = False


@dataclass
class Outcome:
    status: int = 200
    payload: Any = MISSING
    model: Any = None
    events: list[Event] | None = None
    content: bytes | None = None
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=lambda: {})


@dataclass
class Call:
    app: App
    route: Route
    params: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
    files: dict[str, list[UploadedFile]]
    reply: Reply | None
    headers: dict[str, str]

    @property
    def synth(self) -> Synthesizer:
        return self.app.synth

    @property
    def store(self) -> Store:
        return self.app.store

    @property
    def client_path(self) -> str:
        return self.route.operation.client_path

    @property
    def response_model(self) -> Any:
        reference = self.route.operation.response_type
        return resolve_type(reference) if reference else None

    @property
    def stream_model(self) -> Any:
        reference = self.route.operation.stream_type
        return resolve_type(reference) if reference else None

    @property
    def streaming(self) -> bool:
        # Form bodies (audio uploads) carry the flag as text.
        return self.body.get("stream") in (True, "true")

    @property
    def overrides(self) -> Any:
        """The scripted JSON override, or MISSING."""
        if self.reply is None or self.reply.json is None:
            return MISSING
        return self.reply.json

    def concrete(self, template: str) -> str:
        """`template` with this call's path parameters filled in."""
        path = template
        for name, value in self.params.items():
            path = path.replace("{" + name + "}", value)
        return path

    def overlay(self, model: Any, source: dict[str, Any], *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
        """The entries of `source` that are fields of `model` and valid for that field's type."""
        if model is None or not isinstance(model, type):
            return {}
        fields = model_fields(model)  # pyright: ignore[reportArgumentType] -- checked to be a class above
        result: dict[str, Any] = {}
        for key, value in source.items():
            if key in skip or key in ("id", "object") or key not in fields:
                continue
            try:
                type_adapter(fields[key]).validate_python(value)
            except Exception:
                continue
            result[key] = value
        return result

    def build(self, model: Any, overrides: Any = MISSING) -> Any:
        """Synthesize `model` with `overrides`, then the scripted JSON override on top."""
        merged = merge(overrides, self.overrides)
        return self.synth.build(model, merged)


def merge(base: Any, top: Any) -> Any:
    """Deep-merge two partial payloads (`top` wins; mappings merge recursively)."""
    if top is MISSING:
        return base
    if base is MISSING:
        return top
    if isinstance(base, dict) and isinstance(top, dict):
        result: dict[str, Any] = dict(base)  # pyright: ignore[reportUnknownArgumentType] -- JSON mapping
        for key, value in top.items():  # pyright: ignore[reportUnknownVariableType] -- JSON mapping
            result[key] = merge(result[key], value) if key in result else value  # pyright: ignore[reportUnknownArgumentType] -- JSON value
        return result
    return top


Handler = Callable[[Call], Outcome]
