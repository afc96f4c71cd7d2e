# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, TypeAlias

from .._models import BaseModel
from .voice_ids_shared import VoiceIdsShared
from .audio_transcription_response import AudioTranscriptionResponse
from .realtime.noise_reduction_type import NoiseReductionType
from .realtime.realtime_audio_formats import RealtimeAudioFormats
from .realtime.realtime_function_tool import RealtimeFunctionTool

__all__ = [
    "RealtimeSessionCreateResponse",
    "Audio",
    "AudioInput",
    "AudioInputNoiseReduction",
    "AudioInputTurnDetection",
    "AudioOutput",
    "TracingTracingConfiguration",
    "Tracing",
    "TurnDetection",
]


class AudioInputNoiseReduction(BaseModel):
    """Configuration for input audio noise reduction."""

    type: Optional[NoiseReductionType] = None
    """
    Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for
    far-field microphones such as laptop or conference room microphones.
    """


class AudioInputTurnDetection(BaseModel):
    """Configuration for turn detection."""

    type: Optional[str] = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: Optional[float] = None

    prefix_padding_ms: Optional[int] = None

    silence_duration_ms: Optional[int] = None


class AudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None

    transcription: Optional[AudioTranscriptionResponse] = None
    """Configuration for input audio transcription."""

    noise_reduction: Optional[AudioInputNoiseReduction] = None
    """Configuration for input audio noise reduction."""

    turn_detection: Optional[AudioInputTurnDetection] = None
    """Configuration for turn detection."""


class AudioOutput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None

    voice: Optional[VoiceIdsShared] = None

    speed: Optional[float] = None


class Audio(BaseModel):
    """Configuration for input and output audio for the session."""

    input: Optional[AudioInput] = None

    output: Optional[AudioOutput] = None


class TracingTracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: Optional[str] = None
    """
    The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard.
    """

    group_id: Optional[str] = None
    """
    The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard.
    """

    metadata: Optional[Dict[str, object]] = None
    """
    The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard.
    """


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]


class TurnDetection(BaseModel):
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    type: Optional[str] = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: Optional[float] = None
    """
    Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: Optional[int] = None
    """
    Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: Optional[int] = None
    """
    Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """


class RealtimeSessionCreateResponse(BaseModel):
    """A Realtime session configuration object."""

    id: Optional[str] = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Optional[str] = None
    """The object type. Always `realtime.session`."""

    expires_at: Optional[int] = None
    """Expiration timestamp for the session, in seconds since epoch."""

    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    """
    Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    model: Optional[str] = None
    """The Realtime model used for this session."""

    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    instructions: Optional[str] = None
    """
    The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed
    to be followed by the model, but they provide guidance to the model on the
    desired behavior.

    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
    """

    audio: Optional[Audio] = None
    """Configuration for input and output audio for the session."""

    tracing: Optional[Tracing] = None
    """
    Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    turn_detection: Optional[TurnDetection] = None
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: Optional[List[RealtimeFunctionTool]] = None
    """Tools (functions) available to the model."""

    tool_choice: Optional[str] = None
    """
    How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    """
    Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """
