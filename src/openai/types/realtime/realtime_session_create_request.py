# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Union, Optional

from typing_extensions import Literal, Annotated, TypeAlias

from ..._models import BaseModel, PropertyInfo
from .realtime_reasoning import RealtimeReasoning
from .audio_transcription import AudioTranscription
from .realtime_truncation import RealtimeTruncation
from .noise_reduction_type import NoiseReductionType
from .realtime_audio_formats import RealtimeAudioFormats
from .realtime_function_tool import RealtimeFunctionTool
from ..responses.response_prompt import ResponsePrompt
from ..responses.tool_choice_mcp import ToolChoiceMcp
from .realtime_audio_config_output import RealtimeAudioConfigOutput
from ..responses.tool_choice_options import ToolChoiceOptions
from ..responses.tool_choice_function import ToolChoiceFunction
from .realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool
from .realtime_audio_input_turn_detection import RealtimeAudioInputTurnDetection

__all__ = [
    "RealtimeSessionCreateRequest",
    "Audio",
    "AudioInput",
    "AudioInputNoiseReduction",
    "TracingTracingConfiguration",
    "Tracing",
]


class AudioInputNoiseReduction(BaseModel):
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


class AudioInput(BaseModel):
    format: Optional[RealtimeAudioFormats] = None
    """The format of the input audio."""

    transcription: Optional[AudioTranscription] = None
    """
    Configuration for input audio transcription, defaults to off and can be set to `null` to turn off once on. Input
    audio transcription is not native to the model, since the model consumes audio directly. Transcription runs
    asynchronously through [the /audio/transcriptions endpoint](/docs/api-reference/audio/createTranscription) and
    should be treated as guidance of input audio content rather than precisely what the model heard. The client can
    optionally set the language and prompt for transcription, these offer additional guidance to the transcription
    service.
    """

    noise_reduction: Optional[AudioInputNoiseReduction] = None
    """
    Configuration for input audio noise reduction. This can be set to `null` to turn off. Noise reduction filters
    audio added to the input audio buffer before it is sent to VAD and the model. Filtering the audio can improve VAD
    and turn detection accuracy (reducing false positives) and model performance by improving perception of the input
    audio.
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


class Audio(BaseModel):
    """Configuration for input and output audio."""

    input: Optional[AudioInput] = None

    output: Optional[RealtimeAudioConfigOutput] = None


class TracingTracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: Optional[str] = None
    """
    The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard.
    """

    group_id: Optional[str] = None
    """
    The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard.
    """

    metadata: Optional[Dict[str, object]] = None
    """
    The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard.
    """


Tracing: TypeAlias = Union[Literal["auto"], TracingTracingConfiguration]


class RealtimeSessionCreateRequest(BaseModel):
    """Realtime session object configuration."""

    type: Literal["realtime"]
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: Optional[List[Literal["text", "audio"]]] = None
    """
    The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    """

    model: Optional[
        Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
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
    The default system instructions (i.e. system message) prepended to model calls. This field allows the client to
    guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be
    extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk
    quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be
    followed by the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set and are visible in the
    `session.created` event at the start of the session.
    """

    audio: Optional[Audio] = None
    """Configuration for input and output audio."""

    include: Optional[List[Literal["item.input_audio_transcription.logprobs"]]] = None
    """
    Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
    """

    tracing: Optional[Tracing] = None
    """
    Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set
    to null to disable tracing. Once tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
    """

    tools: Optional[
        List[Annotated[Union[RealtimeFunctionTool, RealtimeResponseCreateMcpTool], PropertyInfo(discriminator="type")]]
    ] = None
    """Tools available to the model."""

    tool_choice: Optional[Union[ToolChoiceOptions, ToolChoiceFunction, ToolChoiceMcp]] = None
    """
    How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.
    """

    parallel_tool_calls: Optional[bool] = None
    """
    Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`.
    """

    reasoning: Optional[RealtimeReasoning] = None
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    max_output_tokens: Optional[Union[int, Literal["inf"]]] = None
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
