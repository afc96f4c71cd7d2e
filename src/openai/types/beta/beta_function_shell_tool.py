# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .beta_container_auto import BetaContainerAuto
from .beta_local_environment import BetaLocalEnvironment
from .beta_container_reference import BetaContainerReference

__all__ = ["BetaFunctionShellTool", "Environment"]


Environment: TypeAlias = Annotated[
    Union[BetaContainerAuto, BetaLocalEnvironment, BetaContainerReference], PropertyInfo(discriminator="type")
]


class BetaFunctionShellTool(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`."""

    environment: Optional[Environment] = None

    allowed_callers: Optional[List[Literal["direct", "programmatic"]]] = None
    """The tool invocation context(s)."""
