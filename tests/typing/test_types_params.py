"""Static and runtime expectations of the generated request params (TypedDicts) that pyright and mypy check.

Covers: `Required` keys, `Iterable`/`SequenceNotStr` arrays, union members as params, streaming variants of a
method's params, nested TypedDicts of a params module, files, and `shared_params` twins of shared models.
"""

from __future__ import annotations

from typing import Dict, List, Union

from typing_extensions import Literal, assert_type

from openai.types import FileCreateParams, EmbeddingCreateParams
from openai.types.chat import (
    ChatCompletionMessageParam,
    ChatCompletionUserMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionContentPartTextParam,
)
from openai.types.shared_params import Metadata, ChatModel
from openai.types.chat.completion_create_params import (
    CompletionCreateParams,
    CompletionCreateParamsStreaming,
    CompletionCreateParamsNonStreaming,
)


def _messages() -> List[ChatCompletionMessageParam]:
    text: ChatCompletionContentPartTextParam = {"type": "text", "text": "What is in this file?"}
    user: ChatCompletionUserMessageParam = {"role": "user", "content": [text]}
    system: ChatCompletionSystemMessageParam = {"role": "system", "content": "Be brief."}
    return [system, user, {"role": "assistant", "content": "A list."}]


def test_message_params_are_plain_dicts_with_wire_keys() -> None:
    messages = _messages()
    assert messages[1] == {"role": "user", "content": [{"type": "text", "text": "What is in this file?"}]}
    first = messages[0]
    if first["role"] == "system":
        assert_type(first, ChatCompletionSystemMessageParam)
        assert first["content"] == "Be brief."


def test_streaming_and_non_streaming_params() -> None:
    model: ChatModel = "gpt-5.5"
    metadata: Metadata = {"team": "sdk"}
    streaming: CompletionCreateParamsStreaming = {
        "model": model,
        "messages": _messages(),
        "stream": True,
        "metadata": metadata,
    }
    plain: CompletionCreateParamsNonStreaming = {"model": "my-fine-tune", "messages": iter(_messages())}
    either: List[CompletionCreateParams] = [streaming, plain]
    assert_type(streaming["stream"], Literal[True])
    assert [params.get("stream") for params in either] == [True, None]


def test_string_arrays_and_unions() -> None:
    single: EmbeddingCreateParams = {"input": "one text", "model": "text-embedding-3-small"}
    many: EmbeddingCreateParams = {"input": ("a", "b"), "model": "text-embedding-3-small"}
    tokens: EmbeddingCreateParams = {"input": [[1, 2, 3]], "model": "text-embedding-3-small", "dimensions": 8}
    assert [p["input"] for p in (single, many, tokens)] == ["one text", ("a", "b"), [[1, 2, 3]]]


def test_file_params_take_file_values() -> None:
    upload: FileCreateParams = {"file": ("data.jsonl", b"{}\n", "application/jsonl"), "purpose": "batch"}
    assert upload["purpose"] == "batch"
    assert isinstance(upload["file"], tuple)


def test_free_form_maps() -> None:
    metadata: Metadata = {"a": "1"}
    as_dict: Dict[str, str] = metadata
    value: Union[str, None] = as_dict.get("a")
    assert value == "1"
