"""`Provider`, the base class of providers (defined in the core module `openai._provider`)."""

from __future__ import annotations

from .._provider import Provider as Provider

__all__ = ["Provider"]
