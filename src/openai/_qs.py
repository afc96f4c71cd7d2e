"""Query-string (and multipart text field) encoding of nested parameters.

Nested mappings become ``key[sub]`` (or ``key.sub``), arrays follow one of four conventions, booleans are
``true``/``false``, and ``None``, empty strings and "not given" sentinels are left out. `stringify_items`
produces unescaped pairs; `stringify` percent-encodes them as ``application/x-www-form-urlencoded``, so the
brackets travel as ``%5B%5D``.
"""

from __future__ import annotations

import enum
import datetime
from typing import Dict, List, Tuple, Union, cast
from urllib.parse import parse_qs, urlencode
from collections.abc import Mapping, Iterable

from typing_extensions import TypeAlias, get_args

from ._types import Omit, NotGiven, ArrayFormat, NestedFormat, not_given as not_given
from ._utils import flatten as flatten

__all__ = [
    "ArrayFormat",
    "Data",
    "NestedFormat",
    "Options",
    "Params",
    "PrimitiveData",
    "Querystring",
    "parse",
    "stringify",
    "stringify_items",
]

PrimitiveData = Union[str, int, float, bool, None]
"""A leaf value of a query string."""
Data: TypeAlias = Union[PrimitiveData, List["Data"], Tuple["Data"], "Mapping[str, Data]"]
"""Any value a query parameter may hold (nested mappings and sequences of leaves)."""
Params = Mapping[str, Data]
"""Query parameters before encoding."""

_ARRAY_FORMATS: frozenset[str] = frozenset(get_args(ArrayFormat))
_NESTED_FORMATS: frozenset[str] = frozenset(get_args(NestedFormat))


def _primitive(value: object) -> str | None:
    """The text form of a leaf value, or ``None`` when the value is to be left out."""
    if value is None or isinstance(value, (NotGiven, Omit)):
        return None
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, enum.Enum):
        return _primitive(value.value)
    if isinstance(value, str):
        return value or None
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8") or None
    return str(value)


class Querystring:
    """An encoder with a fixed array and nesting convention."""

    __slots__ = ("array_format", "nested_format")

    def __init__(self, *, array_format: ArrayFormat = "brackets", nested_format: NestedFormat = "brackets") -> None:
        if array_format not in _ARRAY_FORMATS:
            raise ValueError(f"Unknown array_format {array_format!r}; expected one of {sorted(_ARRAY_FORMATS)}")
        if nested_format not in _NESTED_FORMATS:
            raise ValueError(f"Unknown nested_format {nested_format!r}; expected one of {sorted(_NESTED_FORMATS)}")
        self.array_format: ArrayFormat = array_format
        self.nested_format: NestedFormat = nested_format

    def parse(self, query: str) -> Dict[str, List[str]]:
        """Decode a query string into ``{key: [values...]}`` (keys are left exactly as written)."""
        return parse_qs(query)

    def stringify(self, params: Mapping[str, object]) -> str:
        return urlencode(self.stringify_items(params))

    def stringify_items(self, params: Mapping[str, object]) -> list[tuple[str, str]]:
        if not isinstance(params, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance] -- runtime guard
            raise TypeError(f"Expected query parameters as a mapping, got {type(params).__name__}")
        items: list[tuple[str, str]] = []
        for key, value in params.items():
            self._add(items, str(key), value)
        return items

    def _child_key(self, parent: str, child: str) -> str:
        return f"{parent}.{child}" if self.nested_format == "dots" else f"{parent}[{child}]"

    def _add(self, items: list[tuple[str, str]], key: str, value: object) -> None:
        if isinstance(value, Mapping):
            mapping = cast("Mapping[object, object]", value)
            for sub_key, sub_value in mapping.items():
                self._add(items, self._child_key(key, str(sub_key)), sub_value)
            return
        if isinstance(value, (list, tuple, set, frozenset)) or (
            isinstance(value, Iterable) and not isinstance(value, (str, bytes, bytearray))
        ):
            self._add_array(items, key, list(cast("Iterable[object]", value)))
            return
        text = _primitive(value)
        if text is not None:
            items.append((key, text))

    def _add_array(self, items: list[tuple[str, str]], key: str, values: list[object]) -> None:
        present = [item for item in values if not isinstance(item, (NotGiven, Omit))]
        fmt = self.array_format
        if fmt == "comma":
            texts = [text for text in (_primitive(item) for item in present) if text is not None]
            if texts:
                items.append((key, ",".join(texts)))
            return
        for index, item in enumerate(present):
            if fmt == "brackets":
                item_key = f"{key}[]"
            elif fmt == "indices":
                item_key = f"{key}[{index}]"
            else:
                item_key = key
            self._add(items, item_key, item)


_DEFAULT = Querystring()

parse = _DEFAULT.parse
"""`Querystring.parse` of the default encoder."""


class Options:
    """The array and nesting conventions one encoding uses: explicit values, else those of ``qs``."""

    __slots__ = ("array_format", "nested_format")

    def __init__(
        self,
        qs: Querystring = _DEFAULT,
        *,
        array_format: ArrayFormat | NotGiven = not_given,
        nested_format: NestedFormat | NotGiven = not_given,
    ) -> None:
        self.array_format: ArrayFormat = qs.array_format if isinstance(array_format, NotGiven) else array_format
        self.nested_format: NestedFormat = qs.nested_format if isinstance(nested_format, NotGiven) else nested_format


def stringify(
    params: Mapping[str, object],
    *,
    array_format: ArrayFormat = "brackets",
    nested_format: NestedFormat = "brackets",
) -> str:
    """Encode ``params`` as a percent-encoded query string (without the leading ``?``)."""
    return urlencode(stringify_items(params, array_format=array_format, nested_format=nested_format))


def stringify_items(
    params: Mapping[str, object],
    *,
    array_format: ArrayFormat = "brackets",
    nested_format: NestedFormat = "brackets",
) -> list[tuple[str, str]]:
    """Flatten ``params`` into unescaped ``(key, value)`` pairs, in order.

    Raises:
        ValueError: an unknown ``array_format`` or ``nested_format``.
        TypeError: ``params`` is not a mapping.
    """
    if array_format == "brackets" and nested_format == "brackets":
        return _DEFAULT.stringify_items(params)
    return Querystring(array_format=array_format, nested_format=nested_format).stringify_items(params)
