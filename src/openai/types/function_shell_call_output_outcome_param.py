# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam

__all__ = ["FunctionShellCallOutputOutcomeParam", "FunctionShellCallOutputOutcomeParamExit"]


class FunctionShellCallOutputOutcomeParamExit(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""


FunctionShellCallOutputOutcomeParam: TypeAlias = Union[
    FunctionShellCallOutputTimeoutOutcomeParam, FunctionShellCallOutputOutcomeParamExit
]
