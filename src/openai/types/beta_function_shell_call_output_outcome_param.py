# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from .beta_function_shell_call_output_timeout_outcome_param import BetaFunctionShellCallOutputTimeoutOutcomeParam

__all__ = ["BetaFunctionShellCallOutputOutcomeParam", "BetaFunctionShellCallOutputOutcomeParamExit"]


class BetaFunctionShellCallOutputOutcomeParamExit(TypedDict, total=False):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Required[Literal["exit"]]
    """The outcome type. Always `exit`."""

    exit_code: Required[int]
    """The exit code returned by the shell process."""


BetaFunctionShellCallOutputOutcomeParam: TypeAlias = Union[
    BetaFunctionShellCallOutputTimeoutOutcomeParam, BetaFunctionShellCallOutputOutcomeParamExit
]
