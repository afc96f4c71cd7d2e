# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""Resource classes of `client.beta.threads` and its sub-resources.

Names resolve lazily (module `__getattr__`), so importing the package does not import every resource module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.resources.beta.threads.threads import (
        Threads as Threads,
        AsyncThreads as AsyncThreads,
        ThreadsWithRawResponse as ThreadsWithRawResponse,
        AsyncThreadsWithRawResponse as AsyncThreadsWithRawResponse,
        ThreadsWithStreamingResponse as ThreadsWithStreamingResponse,
        AsyncThreadsWithStreamingResponse as AsyncThreadsWithStreamingResponse,
    )
    from openai.resources.beta.threads.messages import (
        Messages as Messages,
        AsyncMessages as AsyncMessages,
        MessagesWithRawResponse as MessagesWithRawResponse,
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
    from openai.resources.beta.threads.runs.runs import (
        Runs as Runs,
        AsyncRuns as AsyncRuns,
        RunsWithRawResponse as RunsWithRawResponse,
        AsyncRunsWithRawResponse as AsyncRunsWithRawResponse,
        RunsWithStreamingResponse as RunsWithStreamingResponse,
        AsyncRunsWithStreamingResponse as AsyncRunsWithStreamingResponse,
    )

_EXPORTS: dict[str, str] = {
    "AsyncMessages": "openai.resources.beta.threads.messages",
    "AsyncMessagesWithRawResponse": "openai.resources.beta.threads.messages",
    "AsyncMessagesWithStreamingResponse": "openai.resources.beta.threads.messages",
    "AsyncRuns": "openai.resources.beta.threads.runs.runs",
    "AsyncRunsWithRawResponse": "openai.resources.beta.threads.runs.runs",
    "AsyncRunsWithStreamingResponse": "openai.resources.beta.threads.runs.runs",
    "AsyncThreads": "openai.resources.beta.threads.threads",
    "AsyncThreadsWithRawResponse": "openai.resources.beta.threads.threads",
    "AsyncThreadsWithStreamingResponse": "openai.resources.beta.threads.threads",
    "Messages": "openai.resources.beta.threads.messages",
    "MessagesWithRawResponse": "openai.resources.beta.threads.messages",
    "MessagesWithStreamingResponse": "openai.resources.beta.threads.messages",
    "Runs": "openai.resources.beta.threads.runs.runs",
    "RunsWithRawResponse": "openai.resources.beta.threads.runs.runs",
    "RunsWithStreamingResponse": "openai.resources.beta.threads.runs.runs",
    "Threads": "openai.resources.beta.threads.threads",
    "ThreadsWithRawResponse": "openai.resources.beta.threads.threads",
    "ThreadsWithStreamingResponse": "openai.resources.beta.threads.threads",
}

# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "messages",
        "runs",
        "threads",
    )
)

__all__ = [
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncRuns",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
    "AsyncThreads",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Runs",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "Threads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
]


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
