"""The beta realtime server-event union is made of the beta event classes, with the beta wire names."""

from __future__ import annotations

from typing import Any, cast

import pytest

from openai._models import construct_type
from openai.types.beta.realtime import (
    RealtimeServerEvent,
    ResponseTextDoneEvent,
    ResponseAudioDoneEvent,
    ResponseTextDeltaEvent,
    ResponseAudioDeltaEvent,
)
from openai.types.beta.realtime.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from openai.types.beta.realtime.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent

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
