# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from .._models import BaseModel, PropertyInfo
from .beta_function_shell_call_output_timeout_outcome import BetaFunctionShellCallOutputTimeoutOutcome

__all__ = ["BetaFunctionShellCallOutputOutcome", "BetaFunctionShellCallOutputOutcomeExit"]


class BetaFunctionShellCallOutputOutcomeExit(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """The exit code returned by the shell process."""


BetaFunctionShellCallOutputOutcome: TypeAlias = Annotated[
    Union[BetaFunctionShellCallOutputTimeoutOutcome, BetaFunctionShellCallOutputOutcomeExit],
    PropertyInfo(discriminator="type"),
]
