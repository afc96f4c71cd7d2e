# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ..beta_approximate_location_param import BetaApproximateLocationParam

__all__ = ["BetaWebSearchPreviewToolParam", "UserLocation"]


class BetaWebSearchPreviewToolParam(TypedDict, total=False):
    """
    This tool searches the web for relevant results to use in a response. Learn more about the [web search
    tool](https://platform.openai.com/docs/guides/tools-web-search).
    """

    type: Required[Literal["web_search_preview", "web_search_preview_2025_03_11"]]
    """The type of the web search tool. One of `web_search_preview` or `web_search_preview_2025_03_11`."""

    user_location: Optional[BetaApproximateLocationParam]

    search_context_size: Literal["low", "medium", "high"]
    """
    High level guidance for the amount of context window space to use for the search. One of `low`, `medium`, or
    `high`. `medium` is the default.
    """

    search_content_types: Iterable[Literal["text", "image"]]


class UserLocation(TypedDict, total=False):
    """The approximate location of the user."""

    type: Literal["approximate"]
    """The type of location approximation. Always `approximate`."""

    country: Optional[str]
    """The two-letter [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user, e.g. `US`."""

    region: Optional[str]
    """Free text input for the region of the user, e.g. `California`."""

    city: Optional[str]
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: Optional[str]
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones) of the user, e.g. `America/Los_Angeles`."""
