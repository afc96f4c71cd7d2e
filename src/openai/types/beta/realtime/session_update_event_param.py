# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...._types import SequenceNotStr
from ...voice_ids_shared_param import VoiceIdsSharedParam
from ...responses.response_prompt_param import ResponsePromptParam
from ...realtime.realtime_function_tool_param import RealtimeFunctionToolParam
from ...realtime.realtime_session_create_request_param import RealtimeSessionCreateRequestParam
from ...realtime.realtime_audio_input_turn_detection_param import RealtimeAudioInputTurnDetectionParam
from ...realtime.realtime_transcription_session_create_request_param import (
    RealtimeTranscriptionSessionCreateRequestParam,
)

__all__ = [
    "SessionUpdateEventParam",
    "Session",
    "SessionInputAudioTranscription",
    "SessionInputAudioNoiseReduction",
    "SessionTracing",
    "SessionTracingTracingConfiguration",
    "SessionClientSecret",
    "SessionClientSecretExpiresAfter",
    "SessionTool",
    "SessionTurnDetection",
]


class SessionUpdateEventParam(TypedDict, total=False):
    """
    Send this event to update the session’s default configuration.
    The client may send this event at any time to update any field,
    except for `voice`. However, note that once a session has been
    initialized with a particular `model`, it can’t be changed to
    another model using `session.update`.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present are updated. To clear a field like
    `instructions`, pass an empty string.
    """

    event_id: str
    """Optional client-generated ID used to identify this event."""

    type: Required[Literal["session.update"]]
    """The event type, must be `session.update`."""

    session: Required[Session]
    """Realtime session object for the beta interface."""


class Session(TypedDict, total=False):
    """Realtime session object for the beta interface."""

    id: str
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Literal["realtime.session"]
    """The object type. Always `realtime.session`."""

    modalities: Iterable[Literal["text", "audio"]]
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    model: Union[
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
    """The Realtime model used for this session."""

    instructions: str
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

    voice: VoiceIdsSharedParam
    """
    The voice the model uses to respond. Voice cannot be changed during the
    session once the model has responded with audio at least once. Current
    voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
    `shimmer`, and `verse`.
    """

    input_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    """
    The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.
    """

    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    """
    The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz.
    """

    input_audio_transcription: Optional[SessionInputAudioTranscription]
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as
    guidance of input audio content rather than precisely what the model heard. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the transcription service.
    """

    turn_detection: Optional[RealtimeAudioInputTurnDetectionParam]
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

    input_audio_noise_reduction: SessionInputAudioNoiseReduction
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    speed: float
    """
    The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: Optional[SessionTracing]
    """
    Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    tools: Iterable[RealtimeFunctionToolParam]
    """Tools (functions) available to the model."""

    tool_choice: str
    """
    How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float
    """
    Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of 0.8 is highly
    recommended for best performance.
    """

    max_response_output_tokens: Union[int, Literal["inf"]]
    """
    Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    expires_at: int
    """Expiration timestamp for the session, in seconds since epoch."""

    prompt: Optional[ResponsePromptParam]

    include: Optional[Iterable[Literal["item.input_audio_transcription.logprobs"]]]
    """
    Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    client_secret: SessionClientSecret
    """
    Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).
    """


class SessionInputAudioTranscription(TypedDict, total=False):
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions
    endpoint](https://platform.openai.com/docs/api-reference/audio/createTranscription) and should be treated as
    guidance of input audio content rather than precisely what the model heard. The client can optionally set the
    language and prompt for transcription, these offer additional guidance to the transcription service.
    """

    model: Union[
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
    """
    The model used for transcription. Current options are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`,
    `gpt-4o-mini-transcribe`, `gpt-4o-mini-transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`,
    and `gpt-realtime-whisper`.
    """

    language: str
    """The language of the input audio."""

    languages: SequenceNotStr[str]
    """
    The possible input audio languages configured for transcription, in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
    """

    prompt: str
    """The prompt configured for input audio transcription, when present."""


class SessionInputAudioNoiseReduction(TypedDict, total=False):
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    type: Literal["near_field", "far_field"]
    """
    Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is for
    far-field microphones such as laptop or conference room microphones.
    """


class SessionTracingTracingConfiguration(TypedDict, total=False):
    """Granular configuration for tracing."""

    workflow_name: str
    """
    The name of the workflow to attach to this trace. This is used to
    name the trace in the traces dashboard.
    """

    group_id: str
    """
    The group id to attach to this trace to enable filtering and
    grouping in the traces dashboard.
    """

    metadata: Dict[str, object]
    """
    The arbitrary metadata to attach to this trace to enable
    filtering in the traces dashboard.
    """


SessionTracing: TypeAlias = Union[Literal["auto"], SessionTracingTracingConfiguration]


class SessionClientSecret(TypedDict, total=False):
    """
    Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).
    """

    expires_after: SessionClientSecretExpiresAfter
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    session: Union[RealtimeSessionCreateRequestParam, RealtimeTranscriptionSessionCreateRequestParam]
    """
    Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session.
    """


class SessionClientSecretExpiresAfter(TypedDict, total=False):
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """

    anchor: Literal["created_at"]
    """
    The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time
    of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
    """

    seconds: int
    """
    The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours).
    This default to 600 seconds (10 minutes) if not specified.
    """


class SessionTool(TypedDict, total=False):
    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """
    The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
    """

    parameters: Dict[str, object]
    """Parameters of the function in JSON Schema."""


class SessionTurnDetection(TypedDict, total=False):
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    type: str
    """Type of turn detection, only `server_vad` is currently supported."""

    threshold: float
    """
    Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
    """

    prefix_padding_ms: int
    """
    Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
    """

    silence_duration_ms: int
    """
    Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
    """

    create_response: bool
    """Whether to generate a response automatically when a VAD stop event occurs."""

    eagerness: Literal["low", "medium", "high", "auto"]
    """Used only for `semantic_vad` mode. The eagerness of the model to respond."""

    interrupt_response: bool
    """Whether to interrupt an ongoing response when a VAD start event occurs."""
