# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Literal, Annotated, TypeAlias

from .._models import BaseModel, PropertyInfo
from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome

__all__ = ["FunctionShellCallOutputOutcome", "FunctionShellCallOutputOutcomeExit"]


class FunctionShellCallOutputOutcomeExit(BaseModel):
    """Indicates that the shell commands finished and returned an exit code."""

    type: Literal["exit"]
    """The outcome type. Always `exit`."""

    exit_code: int
    """The exit code returned by the shell process."""


FunctionShellCallOutputOutcome: TypeAlias = Annotated[
    Union[FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputOutcomeExit], PropertyInfo(discriminator="type")
]
