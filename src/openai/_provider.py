"""The interface between a client and a `provider=`: base URL, authentication headers and request signing.

A core module (outside `openai.providers`), so building a client imports no provider implementation.
"""

from __future__ import annotations

from typing import Mapping

import httpx

__all__ = ["Provider"]


class Provider:
    """Base class of providers; a client routes its requests through the provider it was built with."""

    #: Short name used in error messages (e.g. "bedrock").
    name: str = "provider"

    @property
    def base_url(self) -> str:
        """The API base URL the client uses unless `base_url=` is given explicitly."""
        raise NotImplementedError(f"{type(self).__name__} must define `base_url`")

    def auth_headers(self) -> Mapping[str, str]:
        """Headers that authenticate a call from the sync client (may be empty when requests are signed)."""
        return {}

    async def async_auth_headers(self) -> Mapping[str, str]:
        """Headers that authenticate a call from the async client."""
        return self.auth_headers()

    def prepare_request(self, request: httpx.Request) -> None:
        """Adjust the fully built request in place right before each attempt is sent (e.g. sign it)."""
