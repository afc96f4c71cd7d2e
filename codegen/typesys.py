"""The type system of the generator: spec schemas → Python type expressions and the `src/openai/types` tree.

`TypeRegistry` is the interface the resources half of the generator codes against (see CONTRIBUTING.md and
issue 3): it names response/request types for operations and renders every module under `src/openai/types/`.
"""

from __future__ import annotations

from typing import Any
from dataclasses import dataclass

from .spec import Spec

__all__ = ["TypeExpr", "ParamField", "TypeRegistry"]


@dataclass(frozen=True)
class TypeExpr:
    """A Python type expression plus the imports it needs."""

    code: str
    """Source text, e.g. `Iterable[ChatCompletionMessageParam]` or `completion_create_params.ResponseFormat`."""
    imports: frozenset[tuple[str, str]]
    """(absolute module, name) pairs the code needs, e.g. `("openai.types.chat", "completion_create_params")`."""


@dataclass(frozen=True)
class ParamField:
    """One keyword argument of a generated method (a body or query key)."""

    name: str
    wire_name: str
    type: TypeExpr
    required: bool
    description: str | None
    deprecated: bool
    is_file: bool


class TypeRegistry:
    """Collects every public type of the spec and renders the `src/openai/types` tree."""

    def __init__(self, spec: Spec, config: dict[str, Any]) -> None:
        self.spec = spec
        self.config = config

    def response_type(self, schema: dict[str, Any], *, hint_module: str, hint_name: str) -> TypeExpr:
        """The public model/union/alias for a response body schema."""
        return TypeExpr("object", frozenset())

    def stream_event_type(self, schema_pointer: str) -> TypeExpr:
        """The public type of one event of a server-sent-events stream."""
        return TypeExpr("object", frozenset())

    def request_params(
        self,
        *,
        module: str,
        class_name: str,
        body_schema: dict[str, Any] | None,
        query_params: list[dict[str, Any]],
        streaming: bool,
    ) -> list[ParamField]:
        """Register the params TypedDict `class_name` in `module` and return its fields in spec order."""
        return []

    def render(self) -> dict[str, str]:
        """Path relative to the repository root → source, for every file under `src/openai/types/`."""
        return {}
