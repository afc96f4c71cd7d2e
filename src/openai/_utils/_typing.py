"""Runtime introspection of type annotations (unions, Annotated, Literal, generics) and value-kind predicates."""

from __future__ import annotations

import types
import typing
from typing import Any, Dict, List, Tuple, Union, Mapping, TypeVar, Iterable, Sequence

from typing_extensions import TypeIs, Literal, Annotated, get_args, get_origin

__all__ = [
    "extract_type_arg",
    "is_annotated_type",
    "is_dict",
    "is_iterable",
    "is_list",
    "is_list_type",
    "is_literal_type",
    "is_mapping",
    "is_sequence",
    "is_tuple",
    "is_union",
    "is_union_type",
    "literal_values",
    "strip_annotated_type",
]

_T = TypeVar("_T")

# ``X | Y`` builds ``types.UnionType`` while ``Union[X, Y]`` has origin ``typing.Union``; both are unions.
_UNION_ORIGINS: tuple[object, ...] = (Union, types.UnionType)


def is_mapping(obj: object) -> TypeIs[Mapping[str, object]]:
    return isinstance(obj, Mapping)


def is_dict(obj: object) -> TypeIs[Dict[object, object]]:
    return isinstance(obj, dict)


def is_list(obj: object) -> TypeIs[List[object]]:
    return isinstance(obj, list)


def is_tuple(obj: object) -> TypeIs[Tuple[object, ...]]:
    return isinstance(obj, tuple)


def is_sequence(obj: object) -> TypeIs[Sequence[object]]:
    return isinstance(obj, Sequence)


def is_iterable(obj: object) -> TypeIs[Iterable[object]]:
    return isinstance(obj, Iterable)


def is_union(origin: object) -> bool:
    """Whether ``origin`` (the result of ``get_origin``) denotes a union."""
    return origin in _UNION_ORIGINS


def is_union_type(tp: object) -> bool:
    return get_origin(tp) in _UNION_ORIGINS


def is_annotated_type(tp: object) -> bool:
    return get_origin(tp) is Annotated


def is_literal_type(tp: object) -> bool:
    return get_origin(tp) in (Literal, typing.Literal)


def is_list_type(tp: object) -> bool:
    return (get_origin(tp) or tp) in (list, List)


def strip_annotated_type(tp: object) -> object:
    """``Annotated[X, ...]`` → ``X``, recursively; any other type is returned unchanged."""
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def literal_values(tp: object) -> tuple[object, ...]:
    """All values admitted by a (possibly nested or annotated) ``Literal`` type."""
    values: list[object] = []
    for arg in get_args(strip_annotated_type(tp)):
        if is_literal_type(arg):
            values.extend(literal_values(arg))
        else:
            values.append(arg)
    return tuple(values)


def extract_type_arg(tp: object, index: int) -> Any:
    """Return type argument ``index`` of a parametrised generic such as ``list[int]``.

    Raises:
        RuntimeError: ``tp`` has no argument at that position.
    """
    args = get_args(tp)
    try:
        return args[index]
    except IndexError:
        raise RuntimeError(f"Expected type {tp!r} to have a type argument at index {index} but it did not") from None
