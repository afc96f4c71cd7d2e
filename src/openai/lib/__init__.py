"""Hand-written extensions on top of the generated SDK (helpers, streaming managers, Azure, realtime).

The generator never writes here. Nothing is imported eagerly: each helper module is imported by whoever uses it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._tools import pydantic_function_tool as pydantic_function_tool
    from ._parsing import ResponseFormatT as ResponseFormatT

# name -> module (relative to this package) for the public names re-exported lazily.
_LAZY_EXPORTS = {
    "pydantic_function_tool": "._tools",
    "ResponseFormatT": "._parsing",
}

# submodules reachable as attributes (`openai.lib.azure`), imported on first access
_SUBMODULES = frozenset({"azure", "bedrock", "streaming"})


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module_name = _LAZY_EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module_name, __name__), name)
