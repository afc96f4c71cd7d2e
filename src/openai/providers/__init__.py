"""Alternative hosts for the OpenAI API, passed to a client as `provider=` (Amazon Bedrock, Google Vertex AI)."""

from __future__ import annotations

from .vertex import vertex as vertex
from .bedrock import bedrock as bedrock
from ._provider import Provider as Provider

__all__ = ["bedrock", "vertex", "Provider"]
