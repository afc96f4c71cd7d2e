# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union, Iterable, Optional

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...voice_ids_shared_param import VoiceIdsSharedParam
from ...responses.response_prompt_param import ResponsePromptParam
from ...realtime.realtime_truncation_param import RealtimeTruncationParam

__all__ = [
    "SessionCreateParams",
    "ClientSecret",
    "ClientSecretExpiresAfter",
    "VoiceID",
    "Voice",
    "InputAudioNoiseReduction",
    "InputAudioTranscription",
    "Tracing",
    "TracingTracingConfiguration",
    "TurnDetection",
    "Tool",
]


class SessionCreateParams(TypedDict, total=False):
    """Configuration of a new beta Realtime session."""

    client_secret: ClientSecret
    """Ephemeral key returned by the API."""

    modalities: Iterable[Literal["text", "audio"]]
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    model: Literal[
        "gpt-realtime",
        "gpt-realtime-2025-08-28",
        "gpt-4o-realtime-preview",
        "gpt-4o-realtime-preview-2024-10-01",
        "gpt-4o-realtime-preview-2024-12-17",
        "gpt-4o-realtime-preview-2025-06-03",
        "gpt-4o-mini-realtime-preview",
        "gpt-4o-mini-realtime-preview-2024-12-17",
    ]
    """The Realtime model used for this session."""

    instructions: str
    """
    The default system instructions (i.e. system message) prepended to model calls. This field allows the client to
    guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be
    extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk
    quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be
    followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets
    default instructions which will be used if this field is not set and are visible in the `session.created` event
    at the start of the session.
    """

    voice: Voice
    """A built-in voice name or a custom voice reference."""

    input_audio_format: str
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_noise_reduction: InputAudioNoiseReduction
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
    """

    output_audio_format: str
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: InputAudioTranscription
    """
    Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    speed: float
    """
    The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.
    """

    tracing: Tracing
    """
    Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    turn_detection: TurnDetection
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: Iterable[Tool]
    """Tools (functions) available to the model."""

    tool_choice: str
    """
    How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: float
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

    max_response_output_tokens: Union[int, Literal["inf"]]
    """
    Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    truncation: RealtimeTruncationParam
    """
    When the number of tokens in a conversation exceeds the model's input token limit, the conversation be truncated,
    meaning messages (starting from the oldest) will not be included in the model's context. A 32k context model with
    4,096 max output tokens can only include 28,224 tokens in the context before truncation occurs.

    Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to
    control token usage and cost.

    Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are
    dropped from the beginning of the context. However, clients can also configure truncation to retain messages up
    to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve the
    cache rate.

    Truncation can be disabled entirely, which means the server will never truncate but would instead return an error
    if the conversation exceeds the model's input token limit.
    """

    prompt: Optional[ResponsePromptParam]
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """


class ClientSecret(TypedDict, total=False):
    """Ephemeral key returned by the API."""

    value: Required[str]
    """
    Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: Required[int]
    """
    Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """

    expires_after: ClientSecretExpiresAfter
    """
    Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
    """


class ClientSecretExpiresAfter(TypedDict, total=False):
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


class VoiceID(TypedDict, total=False):
    """Custom voice reference."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""


Voice: TypeAlias = Union[VoiceIdsSharedParam, VoiceID]


class InputAudioNoiseReduction(TypedDict, total=False):
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


class InputAudioTranscription(TypedDict, total=False):
    """
    Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    model: str
    """The model to use for transcription."""

    language: str
    """The language of the input audio, in ISO-639-1 format (e.g. `en`)."""

    prompt: str
    """Text to guide the model's style or continue a previous audio segment."""


class TracingTracingConfiguration(TypedDict, total=False):
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


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]


class TurnDetection(TypedDict, total=False):
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


class Tool(TypedDict, total=False):
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
