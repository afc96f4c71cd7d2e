"""Runtime signatures of helpers whose request parameters arrive as ``**params: Unpack[SomeParams]``.

A helper such as ``runs.create_and_poll(*, thread_id, poll_interval_ms, ..., **params: Unpack[RunCreateParamsBase])``
accepts exactly the keys of the params TypedDict, and type checkers see them through ``Unpack``. At run time,
though, ``inspect.signature`` would show a bare ``**params``. `expand_params_signature` gives such a helper the
signature it really has: ``**params`` replaced by the keyword parameters of the generated method it mirrors,
restricted to the keys of the TypedDict (so every name shown is one the helper sends on). Tools that inspect
signatures (IDEs, frameworks, the signature-sync tests) then see the helper in step with the method it wraps.
"""

from __future__ import annotations

import inspect
from typing import Any, Callable, Iterable

__all__ = ["expand_params_signature"]


def expand_params_signature(
    helper: Callable[..., Any],
    owner: type,
    source_name: str,
    params_type: type,
    *,
    exclude: Iterable[str] = (),
) -> None:
    """Set ``helper.__signature__``: its own parameters, with ``**params`` expanded from ``source``.

    Args:
        helper: the helper function (the object stored on the class, decorators included).
        owner: the generated resource class (a subclass of the helper's mixin).
        source_name: the generated method of ``owner`` whose keyword parameters the helper mirrors.
        params_type: the TypedDict of ``**params``; only its keys are added.
        exclude: names of ``source`` the helper deliberately does not take (e.g. ``stream``).

    Raises:
        TypeError: ``helper`` has no ``**params``, or a key of ``params_type`` is not a parameter of ``source``.
    """
    own = inspect.signature(helper)
    own_params = list(own.parameters.values())
    var_kw = [p for p in own_params if p.kind is inspect.Parameter.VAR_KEYWORD]
    if not var_kw:
        raise TypeError(f"{helper.__qualname__} has no **params to expand")
    source: Callable[..., Any] = getattr(owner, source_name)
    required: frozenset[str] = getattr(params_type, "__required_keys__", frozenset())
    optional: frozenset[str] = getattr(params_type, "__optional_keys__", frozenset())
    keys = required | optional
    source_params = inspect.signature(source).parameters
    unknown = sorted(keys - set(source_params))
    if unknown:
        raise TypeError(f"{params_type.__name__} keys {unknown} are not parameters of {source.__qualname__}")
    taken = {p.name for p in own_params} | set(exclude)
    added = [
        p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for name, p in source_params.items()
        if name in keys and name not in taken
    ]
    # The helper's own keyword parameters stay first, then the request parameters, then the request options
    # (`extra_headers` and what follows), as in the generated methods.
    kept = [p for p in own_params if p.kind is not inspect.Parameter.VAR_KEYWORD]
    options_at = next((i for i, p in enumerate(kept) if p.name == "extra_headers"), len(kept))
    parameters = [*kept[:options_at], *added, *kept[options_at:]]
    helper.__signature__ = own.replace(parameters=parameters)  # type: ignore[attr-defined]
