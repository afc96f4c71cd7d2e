# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, TypedDict

__all__ = ["ConversationItemWithReferenceParam", "Content"]


class ConversationItemWithReferenceParam(TypedDict, total=False):
    """The item to add to the conversation."""

    id: str
    """
    For an item of type (`message` | `function_call` | `function_call_output`)
    this field allows the client to assign the unique ID of the item. It is
    not required because the server will generate one if not provided.

    For an item of type `item_reference`, this field is required and is a
    reference to any item that has previously existed in the conversation.
    """

    type: Literal["message", "function_call", "function_call_output"]
    """The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`)."""

    object: Literal["realtime.item"]
    """Identifier for the API object being returned - always `realtime.item`."""

    status: Literal["completed", "incomplete", "in_progress"]
    """
    The status of the item (`completed`, `incomplete`, `in_progress`). These have no effect
    on the conversation, but are accepted for consistency with the
    `conversation.item.created` event.
    """

    role: Literal["user", "assistant", "system"]
    """
    The role of the message sender (`user`, `assistant`, `system`), only
    applicable for `message` items.
    """

    content: Iterable[Content]
    """
    The content of the message, applicable for `message` items.
    - Message items of role `system` support only `input_text` content
    - Message items of role `user` support `input_text` and `input_audio`
      content
    - Message items of role `assistant` support `text` content.
    """

    call_id: str
    """
    The ID of the function call (for `function_call` and
    `function_call_output` items). If passed on a `function_call_output`
    item, the server will check that a `function_call` item with the same
    ID exists in the conversation history.
    """

    name: str
    """The name of the function being called (for `function_call` items)."""

    arguments: str
    """The arguments of the function call (for `function_call` items)."""

    output: str
    """The output of the function call (for `function_call_output` items)."""


class Content(TypedDict, total=False):
    type: Literal["input_audio", "input_text", "item_reference", "text"]
    """The content type (`input_text`, `input_audio`, `item_reference`, `text`)."""

    text: str
    """The text content, used for `input_text` and `text` content types."""

    id: str
    """
    ID of a previous conversation item to reference (for `item_reference`
    content types in `response.create` events). These can reference both
    client and server created items.
    """

    audio: str
    """Base64-encoded audio bytes, used for `input_audio` content type."""

    transcript: str
    """The transcript of the audio, used for `input_audio` content type."""
