# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Iterable, Optional

from typing_extensions import Literal, Required, Annotated, TypedDict

from ..._models import PropertyInfo
from .beta_response_input_item_param import BetaResponseInputItemParam
from ..beta_model_ids_compaction_param import BetaModelIdsCompactionParam

__all__ = ["ResponseCompactParams", "PromptCacheOptions"]


class ResponseCompactParams(TypedDict, total=False):
    model: Required[Optional[BetaModelIdsCompactionParam]]
    """
    Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different
    capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse
    and compare available models.
    """

    input: Optional[Union[str, Iterable[BetaResponseInputItemParam]]]
    """Text, image, or file inputs to the model, used to generate a response"""

    previous_response_id: Optional[str]
    """
    The unique ID of the previous response to the model. Use this to create multi-turn conversations. Learn more
    about [conversation state](/docs/guides/conversation-state). Cannot be used in conjunction with `conversation`.
    """

    instructions: Optional[str]
    """
    A system (or developer) message inserted into the model's context. When used along with `previous_response_id`,
    the instructions from a previous response will not be carried over to the next response. This makes it simple to
    swap out system (or developer) messages in new responses.
    """

    prompt_cache_key: Optional[str]
    """A key to use when reading from or writing to the prompt cache."""

    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]

    prompt_cache_options: Optional[PromptCacheOptions]
    """
    Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.
    """

    service_tier: Optional[Literal["auto", "default", "fast", "flex", "priority"]]

    betas: Annotated[List[Literal["responses_multi_agent=v1"]], PropertyInfo(alias="openai-beta")]
    """Optional beta features to enable for this request."""


class PromptCacheOptions(TypedDict, total=False):
    """
    Options for prompt caching. Supported for `gpt-5.6` and later models. By default, OpenAI automatically chooses
    one implicit cache breakpoint. You can add explicit breakpoints to content blocks with `prompt_cache_breakpoint`.
    Each request can write up to four breakpoints. For cache matching, OpenAI considers up to the latest 80
    breakpoints in the conversation, without a content-block lookback limit. Set `mode` to `explicit` to disable the
    implicit breakpoint. The `ttl` defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](/docs/guides/prompt-caching) for current details.
    """

    ttl: Literal["30m"]
    """
    The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. Defaults to
    `30m`, which is currently the only supported value. The backend may retain cache entries for longer.
    """

    mode: Literal["implicit", "explicit"]
    """
    Controls whether OpenAI automatically creates an implicit cache breakpoint. Defaults to `implicit`. With
    `implicit`, OpenAI creates one implicit breakpoint and writes up to the latest three explicit breakpoints in the
    request. With `explicit`, OpenAI does not create an implicit breakpoint and writes up to the latest four explicit
    breakpoints. If there are no explicit breakpoints, the request does not use prompt caching.
    """
