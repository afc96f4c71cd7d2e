# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from ..voice_ids_shared_param import VoiceIdsSharedParam
from .realtime_audio_formats_param import RealtimeAudioFormatsParam

__all__ = ["RealtimeResponseCreateAudioOutputParam", "Output", "OutputVoice", "OutputVoiceID"]


class RealtimeResponseCreateAudioOutputParam(TypedDict, total=False):
    """Configuration for audio input and output."""

    output: Output


class Output(TypedDict, total=False):
    format: RealtimeAudioFormatsParam
    """The format of the output audio."""

    voice: OutputVoice
    """
    The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with
    an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
    during the session once the model has responded with audio at least once.
    We recommend `marin` and `cedar` for best quality.
    """


class OutputVoiceID(TypedDict, total=False):
    """Custom voice reference."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""


OutputVoice: TypeAlias = Union[VoiceIdsSharedParam, OutputVoiceID]
