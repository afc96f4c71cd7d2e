"""``embeddings.create`` asks for base64 by default and decodes it to float lists (CONTRACT 8.9)."""

from __future__ import annotations

import json
import base64
import struct
from typing import Any, Dict, List, Callable, Iterator

import httpx
import pytest

from openai import OpenAI, AsyncOpenAI, omit
from openai.testing import Server
from openai._base_client import make_request_options
from openai.types.embedding import Embedding
from openai.resources.embeddings import Embeddings, AsyncEmbeddings
from openai.lib.embeddings_helpers import (
    EmbeddingsHelpers,
    AsyncEmbeddingsHelpers,
    decode_base64_embedding,
    prepare_embeddings_request,
)
from openai.types.create_embedding_response import CreateEmbeddingResponse

BASE_URL = "http://127.0.0.1:4010/v1"
MODEL = "text-embedding-3-small"


def _embeddings(client: OpenAI) -> Embeddings:
    return client.embeddings


def _async_embeddings(client: AsyncOpenAI) -> AsyncEmbeddings:
    return client.embeddings


def test_embeddings_resources_derive_from_the_helper_mixins() -> None:
    assert issubclass(Embeddings, EmbeddingsHelpers)
    assert issubclass(AsyncEmbeddings, AsyncEmbeddingsHelpers)


def _b64(values: List[float]) -> str:
    return base64.b64encode(struct.pack(f"<{len(values)}f", *values)).decode()


def _response(data: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {
        "object": "list",
        "data": data,
        "model": MODEL,
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }


class Recorder:
    def __init__(self, reply: Dict[str, Any]) -> None:
        self.reply = reply
        self.bodies: List[Dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(json.loads(request.content))
        return httpx.Response(200, json=self.reply)


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> OpenAI:
    return OpenAI(api_key="test", base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def _async_client(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncOpenAI:
    return AsyncOpenAI(
        api_key="test", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )


VALUES = [1.5, -2.25, 0.0, 3.0e-8, 1024.0]


def test_default_requests_base64_and_decodes_floats() -> None:
    recorder = Recorder(_response([{"object": "embedding", "index": 0, "embedding": _b64(VALUES)}]))
    result = _embeddings(_client(recorder)).create(input="hi", model=MODEL)
    assert recorder.bodies == [{"input": "hi", "model": MODEL, "encoding_format": "base64"}]
    decoded = result.data[0].embedding
    assert isinstance(decoded, list)
    assert decoded == [struct.unpack("<f", struct.pack("<f", v))[0] for v in VALUES]


@pytest.mark.parametrize("encoding_format", ["float", "base64"])
def test_explicit_format_leaves_response_untouched(encoding_format: Any) -> None:
    raw: object = VALUES if encoding_format == "float" else _b64(VALUES)
    recorder = Recorder(_response([{"object": "embedding", "index": 0, "embedding": raw}]))
    result = _embeddings(_client(recorder)).create(input="hi", model=MODEL, encoding_format=encoding_format)
    assert recorder.bodies[0]["encoding_format"] == encoding_format
    assert result.data[0].embedding == raw


def test_empty_data_with_implicit_format_raises() -> None:
    recorder = Recorder(_response([]))
    with pytest.raises(ValueError, match="No embedding data received"):
        _embeddings(_client(recorder)).create(input="hi", model=MODEL)
    # An explicit format is the caller's choice: an empty list is returned as is.
    assert _embeddings(_client(recorder)).create(input="hi", model=MODEL, encoding_format="float").data == []


def test_several_embeddings_are_all_decoded() -> None:
    data = [{"object": "embedding", "index": i, "embedding": _b64([float(i), float(-i)])} for i in range(3)]
    result = _embeddings(_client(Recorder(_response(data)))).create(input=["a", "b", "c"], model=MODEL)
    assert [item.embedding for item in result.data] == [[0.0, -0.0], [1.0, -1.0], [2.0, -2.0]]


def test_raw_response_view_decodes_on_parse() -> None:
    recorder = Recorder(_response([{"object": "embedding", "index": 0, "embedding": _b64([0.5])}]))
    raw = _embeddings(_client(recorder)).with_raw_response.create(input="hi", model=MODEL)
    assert raw.parse().data[0].embedding == [0.5]
    assert recorder.bodies[0]["encoding_format"] == "base64"


def test_resource_sends_through_the_client_and_the_hook_adjusts_only_implicit_formats() -> None:
    client = _client(Recorder({"ok": True}))
    # No rebinding: the resource posts through the client; the generated `create` calls the request hook.
    assert _embeddings(client)._post == client.post
    options = make_request_options(timeout=5.0)
    body: Dict[str, object] = {"input": "hi", "model": MODEL, "encoding_format": "float"}
    assert prepare_embeddings_request(body, options, CreateEmbeddingResponse) == (
        body,
        options,
        CreateEmbeddingResponse,
    )
    implicit, decoding, cast_to = prepare_embeddings_request(
        {"input": "hi", "model": MODEL, "encoding_format": omit}, options, CreateEmbeddingResponse
    )
    assert implicit == {"input": "hi", "model": MODEL, "encoding_format": "base64"}
    assert decoding.get("timeout") == 5.0 and callable(decoding.get("post_parser"))
    assert "post_parser" not in options  # the caller's options are not changed in place
    assert issubclass(cast_to, CreateEmbeddingResponse)


@pytest.mark.parametrize("use_numpy", [False, True])
def test_decoders_agree(use_numpy: bool) -> None:
    encoded = _b64(VALUES)
    expected = list(struct.unpack(f"<{len(VALUES)}f", base64.b64decode(encoded)))
    assert decode_base64_embedding(encoded, use_numpy=use_numpy) == expected


_MALFORMED = [
    ("not base64!", "Invalid base64"),
    ("AAA=", "whole number"),
    ("AAAA\n", "Invalid base64"),  # whitespace is not skipped
    ("AA=A", "Invalid base64"),  # padding in the middle
    ("AAAAA", "Invalid base64"),  # a length that is not a multiple of four
    ("AB-_", "Invalid base64"),  # the URL-safe alphabet is not the API's
    ("\u00e9AAA", "Invalid base64"),  # not ASCII
]


@pytest.mark.parametrize(("data", "match"), _MALFORMED)
def test_malformed_base64_is_reported(data: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        decode_base64_embedding(data)


@pytest.mark.parametrize(("data", "match"), _MALFORMED)
def test_malformed_base64_is_reported_without_pybase64(data: str, match: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from openai.lib import embeddings_helpers

    monkeypatch.setattr(embeddings_helpers, "_b64decode", embeddings_helpers._stdlib_b64decode)
    with pytest.raises(ValueError, match=match):
        decode_base64_embedding(data)


def test_fast_base64_decoder_is_used_when_installed() -> None:
    from openai.lib import embeddings_helpers

    pybase64 = pytest.importorskip("pybase64")
    decode = embeddings_helpers._load_b64decode()
    assert decode is not embeddings_helpers._stdlib_b64decode
    encoded = _b64(VALUES * 97)
    assert decode(encoded) == base64.b64decode(encoded) == pybase64.b64decode(encoded)


def test_missing_pybase64_falls_back_to_the_stdlib(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from openai.lib import embeddings_helpers

    monkeypatch.setattr(embeddings_helpers, "_b64decode", None)
    monkeypatch.setitem(sys.modules, "pybase64", None)  # `import pybase64` raises ImportError
    assert embeddings_helpers._load_b64decode() is embeddings_helpers._stdlib_b64decode
    assert decode_base64_embedding(_b64([1.5, -2.0]), use_numpy=False) == [1.5, -2.0]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


def test_decoded_embedding_matches_float_format_on_local_server(server: Server) -> None:
    embeddings = _embeddings(server.client())
    implicit = embeddings.create(input="the same text", model=MODEL)
    explicit = embeddings.create(input="the same text", model=MODEL, encoding_format="float")
    assert server.requests[-2].body["encoding_format"] == "base64"
    assert implicit.data[0].embedding == pytest.approx(explicit.data[0].embedding, rel=1e-6, abs=1e-7)


async def test_async_default_base64() -> None:
    recorder = Recorder(_response([{"object": "embedding", "index": 0, "embedding": _b64([2.0, 4.0])}]))
    result = await _async_embeddings(_async_client(recorder)).create(input="hi", model=MODEL)
    assert result.data[0].embedding == [2.0, 4.0]
    assert recorder.bodies[0]["encoding_format"] == "base64"
    with pytest.raises(ValueError, match="No embedding data received"):
        await _async_embeddings(_async_client(Recorder(_response([])))).create(input="hi", model=MODEL)


@pytest.mark.parametrize("strict", [False, True])
def test_result_is_a_plain_response_in_both_validation_modes(strict: bool) -> None:
    recorder = Recorder(_response([{"object": "embedding", "index": 0, "embedding": _b64([0.25, -1.0])}]))
    client = OpenAI(
        api_key="test",
        base_url=BASE_URL,
        _strict_response_validation=strict,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    result = _embeddings(client).create(input="hi", model=MODEL)
    assert type(result) is CreateEmbeddingResponse
    assert type(result.data[0]) is Embedding
    assert result.data[0].embedding == [0.25, -1.0]
    assert result.usage.total_tokens == 1


def _float32(values: List[float]) -> List[float]:
    return list(struct.unpack(f"<{len(values)}f", struct.pack(f"<{len(values)}f", *values)))


class FormatServer:
    """Answers base64 or float lists for the same vectors, as the caller's ``encoding_format`` asks."""

    def __init__(self, count: int = 4, dims: int = 64) -> None:
        self.vectors = [_float32([(i * dims + j) / 7.0 - 3.0 for j in range(dims)]) for i in range(count)]
        self.vectors[0][:3] = [1.0, 0.0, -2.0]  # integral values: they must still come back as floats

    def __call__(self, request: httpx.Request) -> httpx.Response:
        fmt = json.loads(request.content).get("encoding_format")
        data = [
            {"object": "embedding", "index": i, "embedding": _b64(v) if fmt == "base64" else v}
            for i, v in enumerate(self.vectors)
        ]
        reply = _response(data)
        reply["extra_key"] = {"kept": True}
        return httpx.Response(200, json=reply)


@pytest.fixture(params=["numpy", "stdlib", "stdlib-base64"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    from openai.lib import embeddings_helpers

    if request.param.startswith("stdlib"):
        # As if numpy were not installed: the lazy lookup has run and found nothing.
        monkeypatch.setattr(embeddings_helpers, "_numpy_loaded", True)
        monkeypatch.setattr(embeddings_helpers, "_numpy", None)
    else:
        pytest.importorskip("numpy")
    if request.param == "stdlib-base64":
        # As if pybase64 were not installed: the stdlib's strict decoder.
        monkeypatch.setattr(embeddings_helpers, "_b64decode", embeddings_helpers._stdlib_b64decode)
    return str(request.param)


def _assert_identical(default: CreateEmbeddingResponse, explicit: CreateEmbeddingResponse) -> None:
    assert type(default) is type(explicit) is CreateEmbeddingResponse
    assert default.model_dump() == explicit.model_dump()
    assert default.model_dump_json() == explicit.model_dump_json()
    assert default.to_dict() == explicit.to_dict()
    assert default.model_fields_set == explicit.model_fields_set
    assert default.model_extra == explicit.model_extra == {"extra_key": {"kept": True}}
    for mine, theirs in zip(default.data, explicit.data, strict=True):
        assert type(mine) is type(theirs) is Embedding
        assert mine.model_fields_set == theirs.model_fields_set
        assert mine.embedding == theirs.embedding
        assert all(type(value) is float for value in mine.embedding)


def test_default_format_equals_float_format_exactly(decoder: str) -> None:
    embeddings = _embeddings(_client(FormatServer()))
    default = embeddings.create(input="x", model=MODEL)
    explicit = embeddings.create(input="x", model=MODEL, encoding_format="float")
    _assert_identical(default, explicit)


async def test_async_default_format_equals_float_format_exactly(decoder: str) -> None:
    embeddings = _async_embeddings(_async_client(FormatServer()))
    default = await embeddings.create(input="x", model=MODEL)
    explicit = await embeddings.create(input="x", model=MODEL, encoding_format="float")
    _assert_identical(default, explicit)


def _wire(vectors: List[List[float]]) -> Dict[str, Any]:
    return _response([{"object": "embedding", "index": i, "embedding": _b64(v)} for i, v in enumerate(vectors)])


def _regular_path(payload: Dict[str, Any]) -> CreateEmbeddingResponse:
    """What validation of the wire shape and the decoding step build, without the one-pass parse."""
    from openai.lib import embeddings_helpers

    validated = super(embeddings_helpers._Base64EmbeddingResponse, embeddings_helpers._Base64EmbeddingResponse)
    wire = validated.model_validate_json(json.dumps(payload))
    assert type(wire) is embeddings_helpers._Base64EmbeddingResponse
    result = embeddings_helpers._decode_response(wire)
    assert isinstance(result, CreateEmbeddingResponse)
    return result


@pytest.mark.parametrize("dims", [1536, 256, 5, 0])
def test_one_pass_parse_builds_what_validation_builds(dims: int, decoder: str) -> None:
    from openai.lib import embeddings_helpers

    vectors = [_float32([(i * 31 + j) / 17.0 - 2.0 for j in range(dims)]) for i in range(3)]
    payload = _wire(vectors)
    fast = embeddings_helpers._fast_response(json.dumps(payload).encode())
    assert fast is not None
    regular = _regular_path(payload)
    assert type(fast) is type(regular) is CreateEmbeddingResponse
    assert fast == regular
    assert fast.model_dump() == regular.model_dump() and fast.model_dump_json() == regular.model_dump_json()
    assert fast.model_fields_set == regular.model_fields_set
    assert fast.model_extra == regular.model_extra == {}
    assert type(fast.usage) is type(regular.usage)
    assert fast.usage.model_extra == regular.usage.model_extra
    assert repr(fast) == repr(regular) and list(vars(fast)) == list(vars(regular))
    for mine, theirs, vector in zip(fast.data, regular.data, vectors, strict=True):
        assert type(mine) is Embedding and mine == theirs
        assert list(vars(mine)) == list(vars(theirs)) and list(mine) == list(theirs)
        assert mine.model_fields_set == theirs.model_fields_set and mine.model_extra == theirs.model_extra
        assert mine.embedding == vector and all(type(value) is float for value in mine.embedding)
    # The instances are complete pydantic models: copy, assignment and re-validation behave as usual.
    assert CreateEmbeddingResponse.model_validate(fast.model_dump()) == fast
    copied = fast.model_copy(deep=True)
    copied.data[0].index = 7
    assert fast.data[0].index == 0 and "index" in copied.data[0].model_fields_set


def _changed(payload: Dict[str, Any], change: str) -> None:
    item, usage = payload["data"][0], payload["usage"]
    if change == "extra top-level key":
        payload["extra_key"] = 1
    elif change == "extra item key":
        item["extra"] = 1
    elif change == "extra usage key":
        usage["cached"] = 1
    elif change == "float index":
        item["index"] = 0.0
    elif change == "bool index":
        item["index"] = True
    elif change == "float list":
        item["embedding"] = [1.0, 2.0]
    elif change == "other object":
        payload["object"] = "other"
    elif change == "null model":
        payload["model"] = None
    elif change == "string count":
        usage["prompt_tokens"] = "1"
    elif change == "no usage":
        del payload["usage"]
    elif change == "no data":
        payload["data"] = []
    elif change == "bad base64":
        payload["data"][1]["embedding"] = "@@@@"
    elif change == "partial float":
        payload["data"][1]["embedding"] = "AAA="  # two bytes: not a whole float32
    else:
        raise AssertionError(change)


@pytest.mark.parametrize(
    "change",
    [
        "extra top-level key",
        "extra item key",
        "extra usage key",
        "float index",
        "bool index",
        "float list",
        "other object",
        "null model",
        "string count",
        "no usage",
        "no data",
        "bad base64",
        "partial float",
    ],
)
def test_other_shapes_go_through_validation(change: str) -> None:
    from openai.lib import embeddings_helpers

    payload = _wire([[1.0, 2.0], [3.0, 4.0]])
    _changed(payload, change)
    assert embeddings_helpers._fast_response(json.dumps(payload)) is None


def test_unusual_replies_keep_their_behaviour() -> None:
    payload = _wire([[1.0, 2.0]])
    payload["data"][0]["extra"] = {"kept": True}
    payload["data"].append({"object": "embedding", "index": 1, "embedding": [5.0, 6.0]})  # a server that sent floats
    result = _embeddings(_client(lambda _request: httpx.Response(200, json=payload))).create(input="x", model=MODEL)
    assert type(result) is CreateEmbeddingResponse
    assert result.data[0].embedding == [1.0, 2.0] and result.data[0].model_extra == {"extra": {"kept": True}}
    assert result.data[1].embedding == [5.0, 6.0]

    bad = _wire([[1.0]])
    bad["data"][0]["embedding"] = "@@@@"
    with pytest.raises(ValueError, match="Invalid base64"):
        _embeddings(_client(lambda _request: httpx.Response(200, json=bad))).create(input="x", model=MODEL)
    partial = _wire([[1.0], [2.0]])
    partial["data"][1]["embedding"] = "AAA="
    with pytest.raises(ValueError, match="whole number of float32"):
        _embeddings(_client(lambda _request: httpx.Response(200, json=partial))).create(input="x", model=MODEL)
