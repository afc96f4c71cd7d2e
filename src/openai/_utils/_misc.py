"""Small conversions for configuration values (environment variables, headers) and shared caching helpers."""

from __future__ import annotations

import functools
from typing import Any, TypeVar, Callable, Iterable

__all__ = [
    "coerce_boolean",
    "coerce_float",
    "coerce_integer",
    "deepcopy_minimal",
    "flatten",
    "lru_cache",
    "maybe_coerce_boolean",
    "maybe_coerce_float",
    "maybe_coerce_integer",
]

_T = TypeVar("_T")
_F = TypeVar("_F", bound=Callable[..., Any])


def lru_cache(*, maxsize: int | None = 128) -> Callable[[_F], _F]:
    """``functools.lru_cache`` that keeps the decorated function's signature for type checkers."""

    def decorator(func: _F) -> _F:
        return functools.lru_cache(maxsize=maxsize)(func)  # type: ignore[return-value]  # same call signature

    return decorator


def coerce_integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ValueError(f"Expected an integer, got {value!r}") from None


def coerce_float(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"Expected a number, got {value!r}") from None


def coerce_boolean(value: str) -> bool:
    """``"true"``, ``"1"`` and ``"on"`` (any case) are true; everything else is false."""
    return value.strip().lower() in ("true", "1", "on")


def maybe_coerce_integer(value: str | None) -> int | None:
    return None if value is None else coerce_integer(value)


def maybe_coerce_float(value: str | None) -> float | None:
    return None if value is None else coerce_float(value)


def maybe_coerce_boolean(value: str | None) -> bool | None:
    return None if value is None else coerce_boolean(value)


def flatten(items: Iterable[Iterable[_T]]) -> list[_T]:
    return [item for group in items for item in group]


def deepcopy_minimal(value: _T) -> _T:
    """Copy only the dict and list containers of ``value``, sharing every leaf (files, models, strings).

    Cheaper than ``copy.deepcopy`` and safe for bodies that contain file objects, which must not be copied.
    """
    if isinstance(value, dict):
        return {key: deepcopy_minimal(item) for key, item in value.items()}  # type: ignore[return-value]  # pyright: ignore[reportUnknownVariableType, reportReturnType] -- same dict shape
    if isinstance(value, list):
        return [deepcopy_minimal(item) for item in value]  # type: ignore[return-value]  # pyright: ignore[reportUnknownVariableType, reportReturnType] -- same list shape
    return value
