# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union

from typing_extensions import Literal, Annotated

from .._models import BaseModel, PropertyInfo

__all__ = ["BetaModeration", "InputModerationResult", "InputError"]


class InputModerationResult(BaseModel):
    """A moderation result produced for the response input or output."""

    type: Literal["moderation_result"]
    """The object type, which was always `moderation_result` for successful moderation results."""

    model: str
    """The moderation model that produced this result."""

    flagged: bool
    """A boolean indicating whether the content was flagged by any category."""

    categories: Dict[str, bool]
    """A dictionary of moderation categories to booleans, True if the input is flagged under this category."""

    category_scores: Dict[str, float]
    """A dictionary of moderation categories to scores."""

    category_applied_input_types: Dict[str, List[Literal["text", "image"]]]
    """Which modalities of input are reflected by the score for each category."""


class InputError(BaseModel):
    """An error produced while attempting moderation for the response input or output."""

    type: Literal["error"]
    """The object type, which was always `error` for moderation failures."""

    code: str
    """The error code."""

    message: str
    """The error message."""


class BetaModeration(BaseModel):
    """Moderation results or errors for the response input and output."""

    input: Annotated[Union[InputModerationResult, InputError], PropertyInfo(discriminator="type")]
    """Moderation for the response input."""

    output: Annotated[Union[InputModerationResult, InputError], PropertyInfo(discriminator="type")]
    """Moderation for the response output."""
