# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..beta_function_shell_call_output_outcome_param import BetaFunctionShellCallOutputOutcomeParam
from ..beta_function_shell_call_output_exit_outcome_param import BetaFunctionShellCallOutputExitOutcomeParam

__all__ = ["BetaResponseFunctionShellCallOutputContentParam", "Outcome", "OutcomeTimeout", "OutcomeExit"]


class BetaResponseFunctionShellCallOutputContentParam(TypedDict, total=False):
    """Captured stdout and stderr for a portion of a shell tool call output."""

    stdout: Required[str]
    """Captured stdout output for the shell call."""

    stderr: Required[str]
    """Captured stderr output for the shell call."""

    outcome: Required[BetaFunctionShellCallOutputOutcomeParam]
    """The exit or timeout outcome associated with this shell call."""


class OutcomeTimeout(TypedDict, total=False):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Required[Literal["timeout"]]
    """The outcome type. Always `timeout`."""


Outcome: TypeAlias = Union[OutcomeTimeout, BetaFunctionShellCallOutputExitOutcomeParam]


class OutcomeExit(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""
