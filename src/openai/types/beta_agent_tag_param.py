# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["BetaAgentTagParam"]


class BetaAgentTagParam(TypedDict, total=False):
    agent_name: Required[str]
    """The canonical name of the agent that produced this item."""
