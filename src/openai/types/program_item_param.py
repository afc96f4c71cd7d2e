# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ProgramItemParam"]


class ProgramItemParam(TypedDict, total=False):
    id: Required[str]
    """The unique ID of this program item."""

    type: Required[Literal["program"]]
    """The item type. Always `program`."""

    call_id: Required[str]
    """The stable call ID of the program item."""

    code: Required[str]
    """The JavaScript source executed by programmatic tool calling."""

    fingerprint: Required[str]
    """Opaque program replay fingerprint that must be round-tripped."""
