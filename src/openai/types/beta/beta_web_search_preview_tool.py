# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["BetaWebSearchPreviewTool", "UserLocation"]


class UserLocation(BaseModel):
    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: Optional[str] = None
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""

    region: Optional[str] = None
    """Free text input for the region of the user, e.g. `California`."""

    city: Optional[str] = None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: Optional[str] = None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""


class BetaWebSearchPreviewTool(BaseModel):
    """
    This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

    user_location: Optional[UserLocation] = None

    search_context_size: Optional[Literal["low", "medium", "high"]] = None
    """
    High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """

    search_content_types: Optional[List[Literal["text", "image"]]] = None
