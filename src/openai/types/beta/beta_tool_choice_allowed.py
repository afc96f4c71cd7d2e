# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaToolChoiceAllowed"]


class BetaToolChoiceAllowed(BaseModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Literal["allowed_tools"]
    """Allowed tool configuration type. Always `allowed_tools`."""

    mode: Literal["auto", "required"]
    """
    Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a
    message.

    `required` requires the model to call one or more of the allowed tools.
    """

    tools: List[Dict[str, object]]
    """
    A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
    """
