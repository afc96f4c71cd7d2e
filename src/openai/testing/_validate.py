"""Request validation against the generated params TypedDicts, reported the way the API reports it.

The params types are written for type checkers, not for validation: they use `Iterable[...]` (which pydantic
validates lazily, i.e. not at all), `SequenceNotStr[...]` (a Protocol pydantic cannot build), file unions with
`IO[bytes]`/`PathLike`, and `Annotated[..., PropertyInfo(alias=...)]` keys. `_rewrite` turns such a type into an
equivalent validation type (lists, `Any` for file content, TypedDicts rebuilt with wire names) once per params
type; the resulting `TypeAdapter` is cached. JSON bodies are validated strictly (a string is not a number);
query strings and form fields, which are all text, in lax mode.
"""

from __future__ import annotations

import os
import types
import typing
import datetime
import threading
import collections.abc
from typing import IO, Any, Union, Mapping, Sequence, cast
from dataclasses import dataclass

import pydantic
from typing_extensions import Literal, Required, Annotated, TypedDict, NotRequired, get_args, get_origin, is_typeddict

from ._fake import resolve_type

__all__ = ["Problem", "RequestValidator"]


@dataclass(frozen=True)
class Problem:
    message: str
    param: str | None
    code: str | None


def _is_file_type(tp: Any) -> bool:
    if tp is bytes or tp is IO or get_origin(tp) is IO or tp is os.PathLike or get_origin(tp) is os.PathLike:
        return True
    # IO and PathLike are protocols/ABCs pyright will not accept in issubclass; compare by MRO instead.
    return isinstance(tp, type) and any(base in (IO, os.PathLike) for base in tp.__mro__)


class _Rewriter:
    def __init__(self) -> None:
        self._typeddicts: dict[int, Any] = {}

    def rewrite(self, tp: Any) -> Any:
        origin = get_origin(tp)
        if origin is Annotated:
            return self.rewrite(get_args(tp)[0])
        if origin in (Required, NotRequired):
            return self.rewrite(get_args(tp)[0])
        if tp is Any or tp is object or isinstance(tp, typing.TypeVar):
            return Any
        if tp is type(None) or tp is None:
            return type(None)
        if origin is Literal:
            return tp
        if origin is Union or origin is types.UnionType:
            args = get_args(tp)
            if any(_is_file_type(arg) or _is_file_type(get_origin(arg)) for arg in args):
                return Any
            rewritten = tuple(self.rewrite(arg) for arg in args)
            return Union[rewritten]  # pyright: ignore[reportInvalidTypeArguments] -- runtime-built union
        if _is_file_type(tp) or _is_file_type(origin):
            return Any
        if tp in (str, int, float, bool):
            return tp
        if tp in (datetime.datetime, datetime.date):
            return str
        if isinstance(tp, type) and is_typeddict(tp):
            return self._typeddict(tp)
        if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
            return Any
        if origin in (dict, collections.abc.Mapping) or tp in (dict, Mapping):
            args = get_args(tp)
            return types.GenericAlias(dict, (str, self.rewrite(args[1]))) if len(args) == 2 else dict[str, Any]
        if origin is tuple:
            args = get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return types.GenericAlias(list, (self.rewrite(args[0]),))
            return list[Any]
        if origin is not None and (
            origin in (list, set, frozenset, collections.abc.Iterable, collections.abc.Sequence)
            or getattr(origin, "__name__", "") == "SequenceNotStr"
        ):
            args = get_args(tp)
            return types.GenericAlias(list, (self.rewrite(args[0]) if args else Any,))
        if tp in (list, Sequence):
            return list[Any]
        return Any

    def _typeddict(self, td: type) -> Any:
        key = id(td)
        if key in self._typeddicts:
            return self._typeddicts[key]
        # Placeholder first so recursive TypedDicts terminate (they validate as plain mappings one level down).
        self._typeddicts[key] = dict[str, Any]
        hints = typing.get_type_hints(td, include_extras=True)
        required_keys = cast("frozenset[str]", getattr(td, "__required_keys__", frozenset[str]()))
        fields: dict[str, Any] = {}
        for name, hint in hints.items():
            wire = name
            if get_origin(hint) is Annotated:
                for meta in get_args(hint)[1:]:
                    alias = getattr(meta, "alias", None)
                    if isinstance(alias, str):
                        wire = alias
            inner = self.rewrite(hint)
            fields[wire] = Required[inner] if _is_required(hint, name in required_keys) else NotRequired[inner]
        # The functional form with a computed name and keys; called through `Any` because type checkers only
        # accept literal arguments there.
        make_typeddict: Any = TypedDict
        rebuilt = make_typeddict(td.__name__, fields)
        self._typeddicts[key] = rebuilt
        return rebuilt


def _is_required(hint: Any, default: bool) -> bool:
    # With postponed annotations `__required_keys__` cannot see `Required[...]`, but the evaluated hint can.
    while True:
        origin = get_origin(hint)
        if origin is Required:
            return True
        if origin is NotRequired:
            return False
        if origin is Annotated:
            hint = get_args(hint)[0]
            continue
        return default


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_EXPECTED = {
    "string_type": "a string",
    "int_type": "an integer",
    "int_parsing": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "a boolean",
    "bool_parsing": "a boolean",
    "list_type": "an array",
    "dict_type": "an object",
    "model_type": "an object",
    "none_required": "null",
}


def _param_path(data: object, loc: tuple[int | str, ...], missing: bool) -> tuple[str, Any]:
    """Turn a pydantic error location into the API's `a.b[0].c` form, skipping union variant tags."""
    path = ""
    current: Any = data
    for index, element in enumerate(loc):
        # Type checks through helpers, so `current` keeps its `Any` type for the next step.
        if _is_mapping(current) and isinstance(element, str) and element in current:
            path = f"{path}.{element}" if path else element
            current = current[element]
        elif _is_list(current) and isinstance(element, int):
            path = f"{path}[{element}]"
            current = current[element]
        elif missing and index == len(loc) - 1 and isinstance(element, str):
            path = f"{path}.{element}" if path else element
    return path, current


def _is_mapping(value: object) -> bool:
    return isinstance(value, dict)


def _is_list(value: object) -> bool:
    return isinstance(value, list)


class RequestValidator:
    """Validates request data for operations by their params type; see the module docstring."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._adapters: dict[str, pydantic.TypeAdapter[Any] | None] = {}
        self._rewriter = _Rewriter()

    def adapter(self, params_type: str) -> pydantic.TypeAdapter[Any] | None:
        """The cached adapter, or None when the params type cannot be turned into a validator."""
        with self._lock:
            if params_type in self._adapters:
                return self._adapters[params_type]
            try:
                adapter: pydantic.TypeAdapter[Any] | None = pydantic.TypeAdapter(
                    self._rewriter.rewrite(resolve_type(params_type))
                )
            except (ImportError, ValueError, NameError, TypeError, pydantic.PydanticSchemaGenerationError):
                # Validation is best-effort: the required-keys check of the operation table still applies.
                adapter = None
            self._adapters[params_type] = adapter
            return adapter

    def validate(
        self,
        params_type: str | None,
        body_required: Sequence[str],
        data: dict[str, Any],
        *,
        strict: bool,
    ) -> Problem | None:
        for key in body_required:
            if key not in data:
                return Problem(f"Missing required parameter: '{key}'.", key, "missing_required_parameter")
        if params_type is None:
            return None
        adapter = self.adapter(params_type)
        if adapter is None:
            return None
        try:
            adapter.validate_python(data, strict=strict)
        except pydantic.ValidationError as exc:
            return self._problem(exc, data)
        return None

    @staticmethod
    def _problem(exc: pydantic.ValidationError, data: dict[str, Any]) -> Problem:
        best: Problem | None = None
        best_depth = -1
        for error in exc.errors(include_url=False):
            kind = error["type"]
            missing = kind == "missing"
            param, value = _param_path(data, error["loc"], missing)
            depth = param.count(".") + param.count("[")
            if missing:
                problem = Problem(f"Missing required parameter: '{param}'.", param, "missing_required_parameter")
            elif kind in ("literal_error", "enum"):
                expected = error.get("ctx", {}).get("expected", "")
                problem = Problem(
                    f"Invalid value: {value!r}. Supported values are: {expected}.", param, "invalid_value"
                )
            elif kind in _EXPECTED:
                problem = Problem(
                    f"Invalid type for '{param}': expected {_EXPECTED[kind]}, but got {_describe(value)} instead.",
                    param,
                    "invalid_type",
                )
            else:
                problem = Problem(f"Invalid value for '{param}': {error['msg']}.", param, "invalid_value")
            if depth > best_depth:
                best, best_depth = problem, depth
        assert best is not None
        return best
