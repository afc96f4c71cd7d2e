# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

__all__ = [
    "RunSubmitToolOutputsParamsBase",
    "RunSubmitToolOutputsParamsNonStreaming",
    "RunSubmitToolOutputsParamsStreaming",
    "RunSubmitToolOutputsParams",
    "ToolOutput",
]


class RunSubmitToolOutputsParamsBase(TypedDict, total=False):
    thread_id: Required[str]
    """The ID of the [thread](/docs/api-reference/threads) to which this run belongs."""

    tool_outputs: Required[Iterable[ToolOutput]]
    """A list of tools for which the outputs are being submitted."""


class RunSubmitToolOutputsParamsNonStreaming(RunSubmitToolOutputsParamsBase, total=False):
    stream: Optional[Literal[False]]
    """
    If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run
    enters a terminal state with a `data: [DONE]` message.
    """


class RunSubmitToolOutputsParamsStreaming(RunSubmitToolOutputsParamsBase, total=False):
    stream: Required[Literal[True]]
    """
    If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the Run
    enters a terminal state with a `data: [DONE]` message.
    """


RunSubmitToolOutputsParams: TypeAlias = Union[
    RunSubmitToolOutputsParamsNonStreaming, RunSubmitToolOutputsParamsStreaming
]


class ToolOutput(TypedDict, total=False):
    tool_call_id: str
    """The ID of the tool call in the `required_action` object within the run object the output is being submitted for."""

    output: str
    """The output of the tool call to be submitted to continue the run."""
