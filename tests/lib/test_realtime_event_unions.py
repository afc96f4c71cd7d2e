"""Realtime unions: beta server events are the beta classes (beta wire names); GA items are chosen by role."""

from __future__ import annotations

from typing import Any, cast

import pytest
from pydantic import TypeAdapter

from openai._models import construct_type
from openai.types.realtime import ConversationItem
from openai.types.beta.realtime import (
    RealtimeServerEvent,
    ResponseTextDoneEvent,
    ResponseAudioDoneEvent,
    ResponseTextDeltaEvent,
    ResponseAudioDeltaEvent,
)
from openai.types.realtime.realtime_conversation_item_user_message import RealtimeConversationItemUserMessage
from openai.types.realtime.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from openai.types.beta.realtime.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from openai.types.realtime.realtime_conversation_item_system_message import RealtimeConversationItemSystemMessage
from openai.types.beta.realtime.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from openai.types.realtime.realtime_conversation_item_assistant_message import (
    RealtimeConversationItemAssistantMessage,
)

_PART = {"event_id": "ev_1", "response_id": "resp_1", "item_id": "item_1", "output_index": 0, "content_index": 0}


@pytest.mark.parametrize(
    ("wire", "extra", "cls"),
    [
        ("response.text.delta", {"delta": "Hel"}, ResponseTextDeltaEvent),
        ("response.text.done", {"text": "Hello"}, ResponseTextDoneEvent),
        ("response.audio.delta", {"delta": "AAAA"}, ResponseAudioDeltaEvent),
        ("response.audio.done", {}, ResponseAudioDoneEvent),
        ("response.audio_transcript.delta", {"delta": "He"}, ResponseAudioTranscriptDeltaEvent),
        ("response.audio_transcript.done", {"transcript": "Hello"}, ResponseAudioTranscriptDoneEvent),
    ],
)
def test_beta_wire_names_build_the_beta_classes(wire: str, extra: dict[str, Any], cls: type[Any]) -> None:
    value = {"type": wire, **_PART, **extra}
    event = construct_type(type_=RealtimeServerEvent, value=value)
    assert type(event) is cls
    assert isinstance(event, cls)
    assert cast(Any, event).type == wire
    # strict validation agrees with loose construction
    assert type(cls.model_validate(value)) is cls


def test_beta_classes_declare_the_beta_wire_names() -> None:
    assert ResponseTextDeltaEvent.model_validate({"type": "response.text.delta", **_PART, "delta": "x"}).delta == "x"
    with pytest.raises(ValueError):
        ResponseTextDeltaEvent.model_validate({"type": "response.output_text.delta", **_PART, "delta": "x"})


@pytest.mark.parametrize(
    ("role", "part", "cls"),
    [
        ("system", "input_text", RealtimeConversationItemSystemMessage),
        ("user", "input_text", RealtimeConversationItemUserMessage),
        ("assistant", "output_text", RealtimeConversationItemAssistantMessage),
    ],
)
def test_ga_conversation_items_are_chosen_by_type_then_role(role: str, part: str, cls: type[Any]) -> None:
    value = {"type": "message", "id": "item_1", "role": role, "content": [{"type": part, "text": "hi"}]}
    assert type(construct_type(type_=ConversationItem, value=value)) is cls
    # an item the API sent with an unexpected extra key still lands on the member its literals name
    assert type(construct_type(type_=ConversationItem, value={**value, "unexpected": 1})) is cls
    assert type(TypeAdapter(ConversationItem).validate_python(value)) is cls


def test_ga_conversation_item_other_types_still_resolve() -> None:
    value = {"type": "function_call", "name": "f", "arguments": "{}", "call_id": "c1"}
    assert type(construct_type(type_=ConversationItem, value=value)) is RealtimeConversationItemFunctionCall
