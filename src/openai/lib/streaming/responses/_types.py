"""Snapshot type of the Responses stream helpers: the response as accumulated so far."""

from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.responses.parsed_response import ParsedResponse

__all__ = ["ParsedResponseSnapshot"]

ParsedResponseSnapshot: TypeAlias = ParsedResponse[object]
"""The response accumulated from the events received so far."""
