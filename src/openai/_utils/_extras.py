"""General helpers that outside code imports from ``openai._utils`` under their official names.

Standard library and typing only, like the rest of this package; anything that needs the SDK imports it lazily.
"""

from __future__ import annotations

import sys
import inspect
import datetime
import functools
import collections.abc
from typing import (
    Any,
    List,
    Tuple,
    TypeVar,
    Callable,
    Iterable,
    Iterator,
    Sequence,
    Awaitable,
    AsyncIterator,
    cast,
)

from typing_extensions import Required, ParamSpec, NotRequired, TypeAliasType, get_args, get_origin

from ._path import path_param
from ._typing import is_tuple, is_mapping, is_sequence

__all__ = [
    "assert_signatures_in_sync",
    "asyncify",
    "consume_async_iterator",
    "consume_sync_iterator",
    "extract_type_var_from_base",
    "function_has_argument",
    "get_async_library",
    "is_async_azure_client",
    "is_azure_client",
    "is_iterable_type",
    "is_mapping_t",
    "is_required_type",
    "is_sequence_t",
    "is_sequence_type",
    "is_tuple_t",
    "is_type_alias_type",
    "json_safe",
    "path_template",
    "removeprefix",
    "removesuffix",
    "required_args",
]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_CallableT = TypeVar("_CallableT", bound=Callable[..., Any])

# The official names of the narrowing helpers (``_t``: "typed" variants); ours already narrow.
is_mapping_t = is_mapping
is_sequence_t = is_sequence
is_tuple_t = is_tuple


def removeprefix(string: str, prefix: str) -> str:
    return string[len(prefix) :] if prefix and string.startswith(prefix) else string


def removesuffix(string: str, suffix: str) -> str:
    return string[: -len(suffix)] if suffix and string.endswith(suffix) else string


def function_has_argument(func: Callable[..., Any], arg_name: str) -> bool:
    """Whether ``func`` declares a parameter called ``arg_name``."""
    return arg_name in inspect.signature(func).parameters


def required_args(*variants: Sequence[str]) -> Callable[[_CallableT], _CallableT]:
    """Decorate a function so that calling it without every argument of at least one variant raises TypeError.

    Each variant is a list of parameter names that together make a valid call (arguments may be passed
    positionally or by keyword).
    """

    def decorator(func: _CallableT) -> _CallableT:
        params = inspect.signature(func).parameters
        positional = [
            name
            for name, p in params.items()
            if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        ]
        for variant in variants:
            for name in variant:
                if name not in params:
                    raise ValueError(f"{func.__name__}() has no parameter {name!r} (required_args)")

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            given = set(kwargs)
            for index in range(len(args)):
                if index >= len(positional):
                    raise TypeError(
                        f"{func.__name__}() takes {len(positional)} positional argument(s) but {len(args)} were given"
                    )
                given.add(positional[index])
            if any(all(name in given for name in variant) for variant in variants):
                return func(*args, **kwargs)
            if len(variants) == 1:
                missing = [name for name in variants[0] if name not in given]
                names = _join([repr(name) for name in missing])
                raise TypeError(f"Missing required argument{'s' if len(missing) > 1 else ''}: {names}")
            options = " or ".join("(" + _join([repr(name) for name in variant]) + ")" for variant in variants)
            raise TypeError(f"Missing required arguments; Expected either {options} arguments to be given")

        return cast(_CallableT, wrapper)

    return decorator


def _join(items: List[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# --- typing helpers -------------------------------------------------------------------------------------------


def is_iterable_type(tp: object) -> bool:
    """Whether ``tp`` is ``Iterable[...]`` (typing or collections.abc spelling)."""
    return get_origin(tp) in (Iterable, collections.abc.Iterable)


def is_sequence_type(tp: object) -> bool:
    """Whether ``tp`` is ``Sequence[...]`` (typing or collections.abc spelling)."""
    return get_origin(tp) in (Sequence, collections.abc.Sequence)


def is_required_type(tp: object) -> bool:
    """Whether ``tp`` is wrapped in ``Required[...]`` / ``NotRequired[...]`` (TypedDict key markers)."""
    return get_origin(tp) in (Required, NotRequired)


def is_type_alias_type(tp: object) -> bool:
    """Whether ``tp`` is a ``TypeAliasType`` (``type X = ...`` statement or typing_extensions equivalent)."""
    return isinstance(tp, TypeAliasType)


def extract_type_var_from_base(
    typ: type[Any],
    *,
    generic_bases: Tuple[type, ...],
    index: int,
    failure_message: str | None = None,
) -> Any:
    """Find type argument ``index`` that a subclass of one of ``generic_bases`` fills in.

    ``class MyStream(Stream[Chunk])`` → ``Chunk`` for ``generic_bases=(Stream,)`` and ``index=0``; a
    parametrised alias (``Stream[Chunk]``) works too.

    Raises:
        RuntimeError: no such argument can be found.
    """
    origin = get_origin(typ)
    if origin is not None and origin in generic_bases:
        args = get_args(typ)
        if index < len(args):
            return args[index]
    cls = origin if inspect.isclass(origin) else typ
    if inspect.isclass(cls):
        for klass in cls.__mro__:
            for base in cast("Tuple[Any, ...]", getattr(klass, "__orig_bases__", ())):
                if get_origin(base) in generic_bases:
                    args = get_args(base)
                    if index < len(args):
                        return args[index]
            metadata: Any = getattr(klass, "__pydantic_generic_metadata__", None)
            if metadata and metadata.get("origin") in generic_bases and index < len(metadata.get("args", ())):
                return metadata["args"][index]
    raise RuntimeError(failure_message or f"Could not resolve type argument {index} of {typ!r} from {generic_bases}")


# --- values ---------------------------------------------------------------------------------------------------


def json_safe(data: object) -> object:
    """``data`` with datetimes/dates as ISO 8601 strings and iterables as lists, recursively."""
    if is_mapping(data):
        return {json_safe(key): json_safe(value) for key, value in data.items()}
    if isinstance(data, (datetime.datetime, datetime.date)):
        return data.isoformat()
    if isinstance(data, (str, bytes, bytearray)):
        return data
    if isinstance(data, Iterable):
        return [json_safe(item) for item in cast("Iterable[object]", data)]
    return data


def consume_sync_iterator(iterator: Iterator[Any]) -> None:
    """Exhaust ``iterator``, discarding its items."""
    for _item in iterator:
        pass


async def consume_async_iterator(iterator: AsyncIterator[Any]) -> None:
    """Exhaust ``iterator``, discarding its items."""
    async for _item in iterator:
        pass


def path_template(template: str, /, **params: object) -> str:
    """Fill ``{name}`` placeholders of a URL path, each value validated and encoded as one path segment.

    ``path_template("/threads/{thread_id}/runs/{run_id}", thread_id="t 1", run_id="r")`` →
    ``"/threads/t%201/runs/r"``. Raises ``ValueError`` for an empty value (see `path_param`) and ``KeyError``
    for a placeholder without a value.
    """
    encoded = {name: path_param(name, value) for name, value in params.items()}
    return template.format_map(encoded)


# --- async ----------------------------------------------------------------------------------------------------


def get_async_library() -> str:
    """The name of the running async library (``"asyncio"``, ``"trio"``), or ``"false"`` when none runs."""
    try:
        import sniffio

        return sniffio.current_async_library()
    except Exception:
        return "false"


def asyncify(function: Callable[_P, _R]) -> Callable[_P, Awaitable[_R]]:
    """Turn a blocking function into an async one that runs it in a worker thread (via anyio)."""

    @functools.wraps(function)
    async def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(functools.partial(function, *args, **kwargs))

    return wrapper


# --- clients --------------------------------------------------------------------------------------------------


def is_azure_client(client: object) -> bool:
    """Whether ``client`` is an `AzureOpenAI` instance."""
    # Looked up, not imported: the core does not depend on `openai.lib`, and without the module loaded no
    # Azure client can exist.
    azure = sys.modules.get("openai.lib.azure")
    return azure is not None and isinstance(client, azure.AzureOpenAI)


def is_async_azure_client(client: object) -> bool:
    """Whether ``client`` is an `AsyncAzureOpenAI` instance."""
    azure = sys.modules.get("openai.lib.azure")
    return azure is not None and isinstance(client, azure.AsyncAzureOpenAI)


# --- signatures -----------------------------------------------------------------------------------------------


def assert_signatures_in_sync(
    source_func: Callable[..., Any],
    check_func: Callable[..., Any],
    *,
    exclude_params: Iterable[str] = (),
    description: str = "",
) -> None:
    """Assert that ``check_func`` takes every parameter of ``source_func`` with the same kind and annotation.

    Raises:
        AssertionError: listing every parameter that is missing or differs.
    """
    excluded = set(exclude_params)
    source = inspect.signature(source_func).parameters
    check = inspect.signature(check_func).parameters
    errors: List[str] = []
    for name, param in source.items():
        if name in excluded:
            continue
        other = check.get(name)
        if other is None:
            errors.append(f"the `{name}` param is missing")
            continue
        if param.kind != other.kind:
            errors.append(f"the `{name}` param is {other.kind.name}, expected {param.kind.name}")
        if param.annotation != other.annotation:
            errors.append(
                f"types for the `{name}` param do not match; source={param.annotation!r} checked={other.annotation!r}"
            )
    if errors:
        where = f" {description}" if description else ""
        raise AssertionError(
            f"{len(errors)} errors encountered when comparing signatures{where}:\n\n" + "\n\n".join(errors)
        )
