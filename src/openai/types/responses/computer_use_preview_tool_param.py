# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ComputerUsePreviewToolParam"]


class ComputerUsePreviewToolParam(TypedDict, total=False):
    """
    A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    type: Required[Literal["computer_use_preview"]]
    """The type of the computer use tool. Always `computer_use_preview`."""

    environment: Required[Literal["windows", "mac", "linux", "ubuntu", "browser"]]
    """The type of computer environment to control."""

    display_width: Required[int]
    """The width of the computer display."""

    display_height: Required[int]
    """The height of the computer display."""
