"""Alternative hosts for the OpenAI API, passed to a client as `provider=` (currently Amazon Bedrock)."""

from __future__ import annotations

from .bedrock import bedrock as bedrock
from ._provider import Provider as Provider

__all__ = ["bedrock", "Provider"]
