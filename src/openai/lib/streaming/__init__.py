"""Stream helpers: chat completions (``.chat``), Responses (``.responses``), Assistants event handlers and the
shared delta rules.

The Assistants names are exported lazily, so importing this package does not load the Assistants types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._assistants import (
        AssistantEventHandler as AssistantEventHandler,
        AssistantEventHandlerT as AssistantEventHandlerT,
        AssistantStreamManager as AssistantStreamManager,
        AsyncAssistantEventHandler as AsyncAssistantEventHandler,
        AsyncAssistantEventHandlerT as AsyncAssistantEventHandlerT,
        AsyncAssistantStreamManager as AsyncAssistantStreamManager,
    )

# name -> module (relative to this package) for the public names re-exported lazily.
_LAZY_EXPORTS = {
    "AssistantEventHandler": "._assistants",
    "AssistantEventHandlerT": "._assistants",
    "AssistantStreamManager": "._assistants",
    "AsyncAssistantEventHandler": "._assistants",
    "AsyncAssistantEventHandlerT": "._assistants",
    "AsyncAssistantStreamManager": "._assistants",
}


def __getattr__(name: str) -> object:
    module_name = _LAZY_EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name, __name__), name)
