# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ....._models import BaseModel

__all__ = ["ProjectRateLimit"]


class ProjectRateLimit(BaseModel):
    """Represents a project rate limit config."""

    object: Literal["project.rate_limit"]
    """The object type, which is always `project.rate_limit`"""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    model: str
    """The model this rate limit applies to."""

    max_requests_per_1_minute: int
    """The maximum requests per minute."""

    max_tokens_per_1_minute: int
    """The maximum tokens per minute."""

    max_images_per_1_minute: Optional[int] = None
    """The maximum images per minute. Only present for relevant models."""

    max_audio_megabytes_per_1_minute: Optional[int] = None
    """The maximum audio megabytes per minute. Only present for relevant models."""

    max_requests_per_1_day: Optional[int] = None
    """The maximum requests per day. Only present for relevant models."""

    batch_1_day_max_input_tokens: Optional[int] = None
    """The maximum batch input tokens per day. Only present for relevant models."""
