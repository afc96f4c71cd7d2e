# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ...voice_ids_shared import VoiceIdsShared
from ...responses.response_prompt import ResponsePrompt
from ...realtime.noise_reduction_type import NoiseReductionType
from ...realtime.realtime_function_tool import RealtimeFunctionTool
from ...realtime.realtime_audio_input_turn_detection import RealtimeAudioInputTurnDetection

__all__ = [
    "Session",
    "InputAudioTranscription",
    "InputAudioNoiseReduction",
    "Tracing",
    "TracingTracingConfiguration",
    "Tool",
    "TurnDetection",
]


class InputAudioTranscription(BaseModel):
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as
    guidance of input audio content rather than precisely what the model heard. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the transcription service.
    """

    model: Optional[
        Union[
            str,
            Literal[
                "whisper-1",
                "gpt-transcribe",
                "gpt-live-transcribe",
                "gpt-4o-mini-transcribe",
                "gpt-4o-mini-transcribe-2025-12-15",
                "gpt-4o-transcribe",
                "gpt-4o-transcribe-diarize",
                "gpt-realtime-whisper",
            ],
        ]
    ] = None
    """
    The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`,
    `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`,
    and `gpt-realtime-whisper`.
    """

    language: Optional[str] = None
    """The language of the input audio."""

    languages: Optional[List[str]] = None
    """
    The possible input audio languages configured for transcription, in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    """

    prompt: Optional[str] = None
    """The prompt configured for input audio transcription, when present."""


class InputAudioNoiseReduction(BaseModel):
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    type: Optional[NoiseReductionType] = None
    """
    Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for
    far-field microphones such as laptop or conference room microphones.
    """


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


class Session(BaseModel):
    """Realtime session object for the beta interface."""

    id: Optional[str] = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Optional[Literal["realtime.session"]] = None
    """The object type. Always `realtime.session`."""

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    model: Optional[
        Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
    ] = None
    """The Realtime model used for this session."""

    instructions: Optional[str] = None
    """
    The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not
    guaranteed to be followed by the model, but they provide guidance to the
    model on the desired behavior.


    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
    """

    voice: Optional[VoiceIdsShared] = None
    """
    The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, and `verse`.
    """

    input_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    """
    The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    output_audio_format: Optional[Literal["pcm16", "g711_ulaw", "g711_alaw"]] = None
    """
    The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz.
    """

    input_audio_transcription: Optional[InputAudioTranscription] = None
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as
    guidance of input audio content rather than precisely what the model heard. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the transcription service.
    """

    turn_detection: Optional[RealtimeAudioInputTurnDetection] = None
    """
    Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in
    which case the client must manually trigger model response.

    Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the
    end of user speech.

    Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate
    whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example,
    if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the
    user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

    For `gpt-realtime-whisper` transcription sessions, turn detection must be
    set to `null`; VAD is not supported.
    """

    input_audio_noise_reduction: Optional[InputAudioNoiseReduction] = None
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    speed: Optional[float] = None
    """
    The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: Optional[Tracing] = None
    """
    Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    tools: Optional[List[RealtimeFunctionTool]] = None
    """Tools (functions) available to the model."""

    tool_choice: Optional[str] = None
    """
    How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: Optional[float] = None
    """
    Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of 0.8 is highly
    recommended for best performance.
    """

    max_response_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    """
    Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    expires_at: Optional[int] = None
    """Expiration timestamp for the session, in seconds since epoch."""

    prompt: Optional[ResponsePrompt] = None

    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    """
    Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """


class Tool(BaseModel):
    type: Optional[Literal["function"]] = None
    """The type of the tool, i.e. `function`."""

    name: Optional[str] = None
    """The name of the function."""

    description: Optional[str] = None
    """
    The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: Optional[Dict[str, object]] = None
    """Parameters of the function in JSON Schema."""


class TurnDetection(BaseModel):
    """Configuration for turn detection."""

    type: Optional[str] = None
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: Optional[float] = None

    prefix_padding_ms: Optional[int] = None

    silence_duration_ms: Optional[int] = None

    create_response: Optional[bool] = None
    """Whether or not to automatically generate a response when a VAD stop event occurs."""

    eagerness: Optional[Literal["low", "medium", "high", "auto"]] = None
    """Used only for `semantic_vad` mode. The eagerness of the model to respond."""

    interrupt_response: Optional[bool] = None
    """
    Whether or not to automatically interrupt any ongoing response with output to the default conversation when a VAD
    start event occurs.
    """
