"""Snapshot types of the chat completions stream helpers: the completion as accumulated so far."""

from __future__ import annotations

from typing_extensions import TypeAlias

from ....types.chat.parsed_chat_completion import ParsedChoice, ParsedChatCompletion, ParsedChatCompletionMessage

__all__ = ["ParsedChatCompletionMessageSnapshot", "ParsedChatCompletionSnapshot", "ParsedChoiceSnapshot"]

ParsedChatCompletionMessageSnapshot: TypeAlias = ParsedChatCompletionMessage[object]
"""A message being streamed: ``content`` so far, and ``parsed`` holding the partial JSON decoded from it."""

ParsedChoiceSnapshot: TypeAlias = ParsedChoice[object]
"""A choice being streamed (``finish_reason`` stays ``None`` until the choice ends)."""


ParsedChatCompletionSnapshot: TypeAlias = ParsedChatCompletion[object]
"""The completion accumulated from the chunks received so far."""
