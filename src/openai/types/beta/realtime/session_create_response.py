# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, TypeAlias

from ...._models import BaseModel
from ...voice_ids_shared import VoiceIdsShared
from ...responses.response_prompt import ResponsePrompt
from ...realtime.realtime_truncation import RealtimeTruncation

__all__ = [
    "SessionCreateResponse",
    "ClientSecret",
    "VoiceID",
    "Voice",
    "InputAudioTranscription",
    "Tracing",
    "TracingTracingConfiguration",
    "TurnDetection",
    "Tool",
]


class ClientSecret(BaseModel):
    """Ephemeral key returned by the API."""

    value: str
    """
    Ephemeral key usable in client environments to authenticate connections
    to the Realtime API. Use this in client-side environments rather than
    a standard API token, which should only be used server-side.
    """

    expires_at: int
    """
    Timestamp for when the token expires. Currently, all tokens expire
    after one minute.
    """


class VoiceID(BaseModel):
    """Custom voice reference."""

    id: str
    """The custom voice ID, e.g. `voice_1234`."""


Voice: TypeAlias = Union[VoiceIdsShared, VoiceID]


class InputAudioTranscription(BaseModel):
    """
    Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
    """

    model: Optional[str] = None
    """The model to use for transcription."""


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


class SessionCreateResponse(BaseModel):
    """
    A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.
    """

    client_secret: ClientSecret
    """Ephemeral key returned by the API."""

    modalities: Optional[List[Literal["text", "audio"]]] = None
    """
    The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
    """

    instructions: Optional[str] = None
    """
    The default system instructions (i.e. system message) prepended to model calls. This field allows the client to
    guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be
    extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk
    quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be
    followed by the model, but they provide guidance to the model on the desired behavior. Note that the server sets
    default instructions which will be used if this field is not set and are visible in the `session.created` event
    at the start of the session.
    """

    voice: Optional[Voice] = None
    """
    The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with an
    `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    the session once the model has responded with audio at least once.
    """

    input_audio_format: Optional[str] = None
    """The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    output_audio_format: Optional[str] = None
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    input_audio_transcription: Optional[InputAudioTranscription] = None
    """
    Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.
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

    turn_detection: Optional[TurnDetection] = None
    """
    Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
    """

    tools: Optional[List[Tool]] = None
    """Tools (functions) available to the model."""

    tool_choice: Optional[str] = None
    """
    How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
    """

    temperature: Optional[float] = None
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

    max_response_output_tokens: Optional[Union[int, Literal["inf"]]] = None
    """
    Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
    """

    truncation: Optional[RealtimeTruncation] = None
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

    prompt: Optional[ResponsePrompt] = None
    """
    Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).
    """
