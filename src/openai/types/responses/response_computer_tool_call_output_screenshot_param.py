# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = ["ResponseComputerToolCallOutputScreenshotParam"]


class ResponseComputerToolCallOutputScreenshotParam(TypedDict, total=False):
    """A computer screenshot image used with the computer use tool."""

    type: Required[Literal["computer_screenshot"]]
    """
    Specifies the event type. For a computer screenshot, this property is
    always set to `computer_screenshot`.
    """

    image_url: str
    """The URL of the screenshot image."""

    file_id: str
    """The identifier of an uploaded file that contains the screenshot."""
