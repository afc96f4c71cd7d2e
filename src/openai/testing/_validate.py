"""Request validation against the generated params TypedDicts, reported the way the API reports it.

The params types are written for type checkers, not for validation: they use `Iterable[...]` (which pydantic
validates lazily, i.e. not at all), `SequenceNotStr[...]` (a Protocol pydantic cannot build), file unions with
`IO[bytes]`/`PathLike`, and `Annotated[..., PropertyInfo(alias=...)]` keys. `_rewrite` turns such a type into an
equivalent validation type (lists, `Any` for file content, TypedDicts rebuilt with wire names) once per params
type; the resulting `TypeAdapter` is cached. JSON bodies are validated strictly (a string is not a number);
query strings and form fields, which are all text, in lax mode.

`required` in the spec describes the objects the API *returns* as much as the ones it accepts (one schema serves
both), so a params type marks some keys `Required` that requests leave out. The validator follows what the API
accepts: a required key that may be `null` may also be absent (absent and `null` mean "use the default"), and
so may a required key whose documentation states its default ("Defaults to `auto`."). `REQUEST_OPTIONAL` lists
the few keys the spec requires although the API never expects them in a request.

Errors inside a union are reported for the member the data meant: members whose constant discriminator (`type`,
`role`, ...) does not match the data are set aside, so an `input_image` part missing a key is reported as that
missing key, not as "expected 'input_text'" from a sibling member.
"""

from __future__ import annotations

import os
import re
import ast
import sys
import types
import typing
import inspect
import datetime
import threading
import collections.abc
from typing import IO, Any, Union, Mapping, Sequence, cast
from dataclasses import dataclass

import pydantic
from typing_extensions import Literal, Required, Annotated, TypedDict, NotRequired, get_args, get_origin, is_typeddict

from ._fake import resolve_type

__all__ = ["Problem", "RequestValidator", "REQUEST_OPTIONAL"]

# Keys the spec lists as required in a request body although the API never expects them there, by params type.
REQUEST_OPTIONAL: dict[str, frozenset[str]] = {
    # `client_secret` is the ephemeral key the API *returns*; the spec copies it into the request schema of
    # `POST /realtime/sessions`, and neither the API nor the official SDK ever sends it.
    "openai.types.beta.realtime.session_create_params:SessionCreateParams": frozenset({"client_secret"}),
}

# Documentation of a key that states the value the API uses when the key is left out.
_DOCUMENTED_DEFAULT = re.compile(r"\bdefaults\s+to\b", re.IGNORECASE)


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
        self._typeddicts: dict[tuple[int, frozenset[str]], Any] = {}
        # The wire keys of every rebuilt TypedDict by name (the name validation errors give a union member).
        self.member_keys: dict[str, frozenset[str]] = {}
        # ... and the keys each one pins to a single literal value (`type: "function"`, `stream: true`).
        self.member_constants: dict[str, frozenset[str]] = {}

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

    def rewrite_params(self, tp: Any, optional: frozenset[str]) -> Any:
        """`rewrite` for a top-level params type, whose keys in `optional` are never required."""
        if not optional:
            return self.rewrite(tp)
        if isinstance(tp, type) and is_typeddict(tp):
            return self._typeddict(tp, optional)
        if get_origin(tp) is Union or get_origin(tp) is types.UnionType:
            return Union[tuple(self.rewrite_params(arg, optional) for arg in get_args(tp))]  # pyright: ignore[reportInvalidTypeArguments] -- runtime-built union
        return self.rewrite(tp)

    def _typeddict(self, td: type, optional: frozenset[str] = frozenset()) -> Any:
        key = (id(td), optional)
        if key in self._typeddicts:
            return self._typeddicts[key]
        # Placeholder first so recursive TypedDicts terminate (they validate as plain mappings one level down).
        self._typeddicts[key] = dict[str, Any]
        hints = typing.get_type_hints(td, include_extras=True)
        required_keys = cast("frozenset[str]", getattr(td, "__required_keys__", frozenset[str]()))
        defaulted = _documented_defaults(td)
        fields: dict[str, Any] = {}
        for name, hint in hints.items():
            wire = name
            if get_origin(hint) is Annotated:
                for meta in get_args(hint)[1:]:
                    alias = getattr(meta, "alias", None)
                    if isinstance(alias, str):
                        wire = alias
            inner = self.rewrite(hint)
            required = _is_required(hint, name in required_keys)
            if required and (_accepts_none(inner) or name in defaulted or wire in optional):
                required = False
            fields[wire] = Required[inner] if required else NotRequired[inner]
        # The functional form with a computed name and keys; called through `Any` because type checkers only
        # accept literal arguments there.
        make_typeddict: Any = TypedDict
        rebuilt = make_typeddict(td.__name__, fields)
        self.member_keys[td.__name__] = self.member_keys.get(td.__name__, frozenset()) | frozenset(fields)
        constants = frozenset(name for name, tp in fields.items() if _is_constant(get_args(tp)[0]))
        self.member_constants[td.__name__] = self.member_constants.get(td.__name__, frozenset()) | constants
        self._typeddicts[key] = rebuilt
        return rebuilt


def _is_constant(tp: Any) -> bool:
    return get_origin(tp) is Literal and len(get_args(tp)) == 1


def _accepts_none(tp: Any) -> bool:
    if tp is type(None):
        return True
    origin = get_origin(tp)
    return (origin is Union or origin is types.UnionType) and any(_accepts_none(arg) for arg in get_args(tp))


_module_defaults: dict[str, dict[str, frozenset[str]]] = {}


def _documented_defaults(td: type) -> frozenset[str]:
    """Keys of `td` (and the TypedDicts it extends) whose attribute docstring states a default value."""
    names = set(_defaults_of_module(td.__module__).get(td.__qualname__, frozenset()))
    for base in cast("tuple[Any, ...]", getattr(td, "__orig_bases__", ())):
        if isinstance(base, type) and is_typeddict(base):
            names |= _documented_defaults(base)
    return frozenset(names)


def _defaults_of_module(module_name: str) -> dict[str, frozenset[str]]:
    """For each top-level class of a module, the attributes whose docstring states a default; read once."""
    cached = _module_defaults.get(module_name)
    if cached is not None:
        return cached
    result: dict[str, frozenset[str]] = {}
    module = sys.modules.get(module_name)
    try:
        tree = ast.parse(inspect.getsource(module)) if module is not None else None
    except (OSError, TypeError, SyntaxError):
        # No source (a frozen or bytecode-only install): every required key stays required.
        tree = None
    for cls in tree.body if tree is not None else []:
        if not isinstance(cls, ast.ClassDef):
            continue
        names: set[str] = set()
        for statement, following in zip(cls.body, cls.body[1:], strict=False):
            if (
                isinstance(statement, ast.AnnAssign)
                and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
                and _DOCUMENTED_DEFAULT.search(following.value.value)
            ):
                names.add(statement.target.id)
        result[cls.name] = frozenset(names)
    _module_defaults[module_name] = result
    return result


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
        self._optional: dict[str, frozenset[str]] = {}
        self._rewriter = _Rewriter()

    def adapter(self, params_type: str, *, partial: bool = False) -> pydantic.TypeAdapter[Any] | None:
        """The cached adapter, or None when the params type cannot be turned into a validator.

        `partial`: no top-level key is required (see `validate`).
        """
        key = f"{params_type} (partial)" if partial else params_type
        with self._lock:
            if key in self._adapters:
                return self._adapters[key]
            try:
                tp = resolve_type(params_type)
                optional = REQUEST_OPTIONAL.get(params_type, frozenset())
                if partial:
                    optional = optional | _top_level_keys(tp)
                self._optional[key] = _optional_top_level(tp) | optional
                adapter: pydantic.TypeAdapter[Any] | None = pydantic.TypeAdapter(
                    self._rewriter.rewrite_params(tp, optional)
                )
            except (ImportError, ValueError, NameError, TypeError, pydantic.PydanticSchemaGenerationError):
                # Validation is best-effort: the required-keys check of the operation table still applies.
                adapter = None
            self._adapters[key] = adapter
            return adapter

    def validate(
        self,
        params_type: str | None,
        body_required: Sequence[str],
        data: dict[str, Any],
        *,
        strict: bool,
        partial: bool = False,
    ) -> Problem | None:
        """The first problem of `data` for an operation, or None.

        `partial`: the body is another of the operation's content types (JSON for an operation the SDK sends as
        multipart, such as `POST /images/edits`), whose schema the params type does not describe; the keys it
        shares with the params type are checked, but none is required.
        """
        adapter = self.adapter(params_type, partial=partial) if params_type is not None else None
        key = f"{params_type} (partial)" if partial else params_type
        optional: frozenset[str] = self._optional.get(key, frozenset()) if key is not None else frozenset()
        if partial:
            body_required = ()
        for key in body_required:
            if key not in data and key not in optional:
                return Problem(f"Missing required parameter: '{key}'.", key, "missing_required_parameter")
        if adapter is None:
            return None
        try:
            adapter.validate_python(data, strict=strict)
        except pydantic.ValidationError as exc:
            return _problem(exc, data, self._rewriter.member_keys, self._rewriter.member_constants)
        return None


def _top_level_keys(tp: Any) -> frozenset[str]:
    if get_origin(tp) is Union or get_origin(tp) is types.UnionType:
        keys: frozenset[str] = frozenset()
        for arg in get_args(tp):
            keys |= _top_level_keys(arg)
        return keys
    if isinstance(tp, type) and is_typeddict(tp):
        return frozenset(typing.get_type_hints(tp))
    return frozenset()


def _optional_top_level(tp: Any) -> frozenset[str]:
    """Keys a top-level params type (or any member of a params union) lets requests leave out."""
    if get_origin(tp) is Union or get_origin(tp) is types.UnionType:
        keys: frozenset[str] = frozenset()
        for arg in get_args(tp):
            keys |= _optional_top_level(arg)
        return keys
    if not (isinstance(tp, type) and is_typeddict(tp)):
        return frozenset()
    hints = typing.get_type_hints(tp, include_extras=True)
    defaulted = _documented_defaults(tp)
    return frozenset(name for name, hint in hints.items() if name in defaulted or _accepts_none(_unwrap(hint)))


def _unwrap(hint: Any) -> Any:
    """The value type of a key's hint, without `Required`/`NotRequired`/`Annotated` around it."""
    while get_origin(hint) in (Required, NotRequired, Annotated):
        hint = get_args(hint)[0]
    return hint


def _union_tags(data: object, loc: tuple[int | str, ...], *, ends_with_key: bool) -> list[tuple[int, Any]]:
    """The elements of an error location that name a union member rather than a key or an index, as (index,
    the data the member was tried on) pairs.

    `ends_with_key`: the last element is a key even when the data lacks it (the location of a missing key).
    """
    tags: list[tuple[int, Any]] = []
    current: Any = data
    for index, element in enumerate(loc):
        if _is_mapping(current) and isinstance(element, str) and element in current:
            current = current[element]
        elif _is_list(current) and isinstance(element, int) and 0 <= element < len(current):
            current = current[element]
        elif isinstance(element, str) and not (ends_with_key and index == len(loc) - 1):
            tags.append((index, current))
    return tags


def _problem(
    exc: pydantic.ValidationError,
    data: dict[str, Any],
    member_keys: Mapping[str, frozenset[str]],
    member_constants: Mapping[str, frozenset[str]],
) -> Problem:
    errors = exc.errors(include_url=False)
    located = [(tuple(error["loc"]), error) for error in errors]
    # A union member whose discriminator (a `type`/`role`-like or one-value literal key right under the member, or
    # a missing `type`) does not match the data, or that is another kind of JSON value, is not the member the data
    # meant: its errors are set aside.
    mismatched: set[tuple[int | str, ...]] = set()
    for loc, error in located:
        kind = error["type"]
        tags = _union_tags(data, loc, ends_with_key=kind == "missing")
        for index, value in tags:
            keys = member_keys.get(str(loc[index]))
            if (
                keys is not None
                and _is_mapping(value)
                and any(k in value and k not in keys for k in _DISCRIMINATOR_KEYS)
            ):
                # The data carries a discriminator key (`type`, `role`) the member does not even declare.
                mismatched.add(loc[: index + 1])
        if tags and tags[-1][0] == len(loc) - 1 and kind in _EXPECTED:
            # The member is another kind of JSON value altogether (a string member for an array).
            mismatched.add(loc)
        if not tags or tags[-1][0] != len(loc) - 2:
            continue
        discriminator = loc[-1] in _DISCRIMINATOR_KEYS or _single_option(error)
        constant = str(loc[-1]) in member_constants.get(str(loc[tags[-1][0]]), frozenset())
        if (kind == "literal_error" and discriminator) or (kind == "missing" and (loc[-1] == "type" or constant)):
            mismatched.add(loc[: tags[-1][0] + 1])

    def set_aside(loc: tuple[int | str, ...], below: int) -> bool:
        return any(len(m) < below and loc[: len(m)] == m for m in mismatched)

    relevant = [error for loc, error in located if not set_aside(loc, len(loc) + 1)]
    if not relevant:
        # No member matches: report the discriminator value with what every plausible member accepts there.
        literals = [
            error for loc, error in located if error["type"] == "literal_error" and not set_aside(loc, len(loc) - 1)
        ]
        if literals:
            return _literal_problem(literals, data)
        relevant = errors
    best: Problem | None = None
    best_depth = -1
    for error in relevant:
        kind = error["type"]
        missing = kind == "missing"
        param, value = _param_path(data, error["loc"], missing)
        depth = param.count(".") + param.count("[")
        if missing:
            problem = Problem(f"Missing required parameter: '{param}'.", param, "missing_required_parameter")
        elif kind in ("literal_error", "enum"):
            expected = error.get("ctx", {}).get("expected", "")
            problem = Problem(f"Invalid value: {value!r}. Supported values are: {expected}.", param, "invalid_value")
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


# Keys whose literal value tells the members of a union apart.
_DISCRIMINATOR_KEYS = frozenset({"type", "role", "object", "event"})
_OPTION_SEPARATOR = re.compile(r",\s*|\s+or\s+")


def _single_option(error: Any) -> bool:
    return len(_OPTION_SEPARATOR.split(str(error.get("ctx", {}).get("expected", "")))) == 1


def _literal_problem(errors: Sequence[Any], data: dict[str, Any]) -> Problem:
    """The deepest discriminator mismatch, listing the values of every union member at that place."""
    by_param: dict[str, tuple[Any, list[str]]] = {}
    for error in errors:
        if error["type"] != "literal_error":
            continue
        param, value = _param_path(data, error["loc"], False)
        expected = str(error.get("ctx", {}).get("expected", ""))
        entry = by_param.setdefault(param, (value, []))
        for option in _OPTION_SEPARATOR.split(expected):
            if option and option not in entry[1]:
                entry[1].append(option)
    param = max(by_param, key=lambda p: p.count(".") + p.count("["))
    value, options = by_param[param]
    return Problem(f"Invalid value: {value!r}. Supported values are: {', '.join(options)}.", param, "invalid_value")
