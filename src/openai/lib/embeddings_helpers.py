"""The default-base64 behaviour of ``client.embeddings.create``.

When the caller does not choose an ``encoding_format``, the request asks for ``"base64"`` (a quarter of the JSON
size of float lists) and the SDK decodes each embedding back to a ``list[float]``: little-endian float32, through
numpy when it is installed, else through the stdlib ``array`` module. A caller-chosen format is left untouched.

The generated ``create`` passes its request through `prepare_embeddings_request` (its ``prepare:`` hook in
``codegen/config.yaml``) before sending it. Without an explicit format the hook sets it, has the response parsed
as its wire shape (vectors as strings, so strict validation accepts them) and adds the decoding step as the
request's ``post_parser`` (so raw-response views decode on ``.parse()`` too); the caller gets a plain
`CreateEmbeddingResponse` with float lists. The decoded lists are final, so the models are built without walking
the floats again.
"""

from __future__ import annotations

import sys
import base64
import binascii
import functools
from array import array
from typing import Any, Dict, List, Type, Tuple, Union, Mapping, TypeVar, Callable, Optional, cast

import jiter
import pydantic
from typing_extensions import Self, override

from .._types import Omit, NotGiven
from .._resource import SyncAPIResource, AsyncAPIResource
from ..types.embedding import Embedding
from .._request_options import ExtendedRequestOptions
from ..types.create_embedding_response import Usage, CreateEmbeddingResponse

__all__ = ["EmbeddingsHelpers", "AsyncEmbeddingsHelpers", "decode_base64_embedding", "prepare_embeddings_request"]

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)

_numpy_loaded = False
_numpy: Any = None
_b64decode: Optional[Callable[[str], bytes]] = None


def _load_numpy() -> Any:
    # numpy is optional; the lookup happens once, on first use, so importing the SDK never pays for it.
    global _numpy_loaded, _numpy
    if not _numpy_loaded:
        try:
            import numpy
        except ImportError:
            _numpy = None
        else:
            _numpy = numpy
        _numpy_loaded = True
    return _numpy


def _stdlib_b64decode(data: str) -> bytes:
    return base64.b64decode(data, validate=True)


def _load_b64decode() -> Callable[[str], bytes]:
    """The strict base64 decoder: pybase64's SIMD one when it is installed (a dependency), else the stdlib's.

    Both reject the same inputs (anything outside the alphabet, bad padding) with `binascii.Error`; pybase64
    decodes a 1536-dimension vector about twenty times faster.
    """
    global _b64decode
    if _b64decode is None:
        try:
            import pybase64
        except ImportError:
            _b64decode = _stdlib_b64decode
        else:
            _b64decode = functools.partial(pybase64.b64decode, validate=True)
    return _b64decode


_LITTLE_ENDIAN = sys.byteorder == "little"


def _decode_stdlib(raw: bytes) -> List[float]:
    values = array("f", raw)
    if not _LITTLE_ENDIAN:
        values.byteswap()
    return values.tolist()


def decode_base64_embedding(data: str, *, use_numpy: Optional[bool] = None) -> List[float]:
    """Decode one base64 embedding (little-endian float32 values) to a list of floats.

    ``use_numpy=None`` uses numpy when installed; ``False`` forces the stdlib path, ``True`` requires numpy.

    Raises:
        ValueError: the string is not valid base64 or its length is not a whole number of float32 values.
    """
    numpy = _load_numpy() if use_numpy is not False else None
    if use_numpy and numpy is None:
        raise ImportError("numpy was requested for decoding embeddings but is not installed")
    return _decode(data, _load_b64decode(), _float32_converter(numpy))


def _float32_converter(numpy: Any) -> Callable[[bytes], List[float]]:
    """Little-endian float32 bytes to a list of floats: numpy's when it is installed, the stdlib's otherwise."""
    if numpy is None:
        return _decode_stdlib
    frombuffer, little_endian_float32 = numpy.frombuffer, numpy.dtype("<f4")

    def convert(raw: bytes) -> List[float]:
        values: List[float] = frombuffer(raw, little_endian_float32).tolist()
        return values

    return convert


def _decode(data: str, b64decode: Callable[[str], bytes], to_floats: Callable[[bytes], List[float]]) -> List[float]:
    try:
        raw = b64decode(data)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise ValueError(f"Invalid base64 embedding data: {exc}") from exc
    if len(raw) % 4:
        raise ValueError(f"Base64 embedding data is {len(raw)} bytes long, not a whole number of float32 values")
    return to_floats(raw)


def _decode_many(
    encoded: List[str], b64decode: Callable[[str], bytes], to_floats: Callable[[bytes], List[float]]
) -> List[List[float]]:
    """Decode the vectors of one response.

    Vector by vector: joining them first (to convert all at once) costs a large allocation and copy that is worth
    more than the per-vector calls it saves.
    """
    try:
        return [to_floats(b64decode(text)) for text in encoded]
    except (binascii.Error, ValueError, TypeError):
        # A malformed vector (not base64, or not a whole number of float32 values): the one-by-one path reports
        # which one and why.
        return [_decode(text, b64decode, to_floats) for text in encoded]


class _Base64Embedding(Embedding):
    """Wire shape of an embedding requested as base64: the vector arrives as a string."""

    embedding: Union[List[float], str]  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride] -- the wire form before decoding


class _Base64EmbeddingResponse(CreateEmbeddingResponse):
    """What the core validates the response against (strict mode checks the wire shape, strings included)."""

    data: List[_Base64Embedding]  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride] -- the wire form before decoding

    @classmethod
    @override
    def model_validate_json(cls, json_data: Union[str, bytes, bytearray], **kwargs: Any) -> Self:
        # The reply as the API sends it is parsed, checked and decoded in one pass; anything else (other or extra
        # keys, other types, bad base64, validation options) goes through pydantic, which decides as it always does.
        if not kwargs:
            fast = _fast_response(json_data)
            if fast is not None:
                return cast(Self, fast)  # already final: `_decode_response` passes it through
        return super().model_validate_json(json_data, **kwargs)


_RESPONSE_KEYS = frozenset(("data", "model", "object", "usage"))
_EMBEDDING_KEYS = frozenset(("embedding", "index", "object"))
_USAGE_KEYS = frozenset(("prompt_tokens", "total_tokens"))


def _fast_response(json_data: Union[str, bytes, bytearray]) -> Optional[CreateEmbeddingResponse]:
    """The usual default-format reply as the final response, or None when it is anything but the usual shape.

    The shape accepted is exactly what validation accepts unchanged (the documented keys, exact types, the literal
    ``object`` values), so the result equals what validating and decoding would build.
    """
    try:
        payload = jiter.from_json(json_data.encode() if isinstance(json_data, str) else bytes(json_data))
    except ValueError:
        return None
    if type(payload) is not dict or payload.keys() != _RESPONSE_KEYS:
        return None
    fields = cast("Dict[str, Any]", payload)
    data: Any = fields["data"]
    model: Any = fields["model"]
    usage: Any = fields["usage"]
    if fields["object"] != "list" or type(model) is not str or type(data) is not list or not data:
        return None
    counts = cast("Dict[str, Any]", usage)
    if type(usage) is not dict or counts.keys() != _USAGE_KEYS or any(type(n) is not int for n in counts.values()):
        return None
    items = cast("List[Dict[str, Any]]", data)
    b64decode = _load_b64decode()
    to_floats = _float32_converter(_load_numpy())
    embeddings: List[Embedding] = []
    # One pass per item: check its shape, decode its vector, build its model.
    for item in items:
        if type(item) is not dict or item.keys() != _EMBEDDING_KEYS or item["object"] != "embedding":
            return None
        # The string is taken out of the parsed reply so that it is freed as soon as it is decoded: each vector's
        # text makes room for the next vector's lists instead of the heap growing by the whole reply.
        index, text = item["index"], item.pop("embedding")
        if type(index) is not int or type(text) is not str:
            return None
        try:
            vector = to_floats(b64decode(text))
            del text
        except (binascii.Error, ValueError, TypeError):
            return None  # reported by the regular path, with its context
        embeddings.append(_validated(Embedding, {"index": index, "embedding": vector, "object": "embedding"}))
    return _validated(
        CreateEmbeddingResponse,
        {
            "data": embeddings,
            "model": model,
            "object": "list",
            "usage": _validated(
                Usage, {"prompt_tokens": counts["prompt_tokens"], "total_tokens": counts["total_tokens"]}
            ),
        },
    )


def _validated(model: Type[_ModelT], values: Dict[str, Any]) -> _ModelT:
    """``model`` with ``values`` as its fields, in the state validation leaves (all of them set, no extra fields)."""
    built = _new(model)
    _set(built, "__dict__", values)
    _set_fields_set(built, set(values))
    _set_extra(built, {})
    _set_private(built, None)
    return built


# The inherited `usage: Usage` annotation is a forward reference in the generated module; resolving it here (where
# `Usage` is imported) completes the subclass before its first use.
_Base64EmbeddingResponse.model_rebuild(_types_namespace={"Usage": Usage})


def _decode_response(response: object) -> object:
    """Decode every base64 vector and return a plain `CreateEmbeddingResponse` (the type ``create`` declares)."""
    if not isinstance(response, _Base64EmbeddingResponse):
        # Already final (the one-pass parse), or the caller asked a raw view for another type: leave it.
        return response
    data = response.data
    if not data:
        raise ValueError("No embedding data received")
    states: List[Dict[str, Any]] = [vars(item) for item in data]
    encoded = [state for state in states if isinstance(state.get("embedding"), str)]
    if encoded:
        vectors = _decode_many(
            [state["embedding"] for state in encoded], _load_b64decode(), _float32_converter(_load_numpy())
        )
        for state, vector in zip(encoded, vectors, strict=True):
            state["embedding"] = vector
    vars(response)["data"] = [_adopted(Embedding, item) for item in data]
    return _adopted(CreateEmbeddingResponse, response)


def _adopted(model: Type[_ModelT], source: pydantic.BaseModel) -> _ModelT:
    """An instance of ``model`` that takes over ``source``'s state (fields, fields set, extra fields) as it is.

    ``source`` is a wire-shape model the parser built for this call alone and drops afterwards; the wire-shape
    classes are subclasses with the same fields, and every value is final (validated or loosely constructed with the
    response, vectors just decoded to Python floats). Taking the state over allocates nothing per field and walks no
    float again (fewer new containers also means fewer garbage-collector passes over the fresh float lists).
    """
    built = _new(model)
    _set(built, "__dict__", source.__dict__)
    _set_fields_set(built, source.__pydantic_fields_set__)
    _set_extra(built, source.__pydantic_extra__)
    _set_private(built, None)
    return built


_new = object.__new__
_set = object.__setattr__
# `BaseModel`'s slots, set through their descriptors (what `object.__setattr__` would find for each name).
_model_slots: Mapping[str, Any] = vars(pydantic.BaseModel)
_set_fields_set = _model_slots["__pydantic_fields_set__"].__set__
_set_extra = _model_slots["__pydantic_extra__"].__set__
_set_private = _model_slots["__pydantic_private__"].__set__


def _implicit_format(body: object) -> Optional[Dict[str, object]]:
    """The body with ``encoding_format="base64"`` when the caller left it out, else None (leave it alone)."""
    if not isinstance(body, dict):
        return None
    fields = cast("Dict[str, object]", body)
    current = fields.get("encoding_format")
    if current is not None and not isinstance(current, (Omit, NotGiven)):
        return None
    return {**fields, "encoding_format": "base64"}


def prepare_embeddings_request(
    body: Dict[str, object], options: ExtendedRequestOptions, cast_to: Type[CreateEmbeddingResponse]
) -> Tuple[Dict[str, object], ExtendedRequestOptions, Type[CreateEmbeddingResponse]]:
    """Request hook of the generated ``embeddings.create`` (``prepare:`` in ``codegen/config.yaml``).

    Without a caller-chosen ``encoding_format`` the request asks for base64, the response is validated as its wire
    shape (vectors as strings) and the decoding runs as the request's ``post_parser`` (so raw-response views
    decode on ``.parse()`` too). A caller-chosen format is sent and parsed as is.
    """
    implicit = _implicit_format(body)
    if implicit is None:
        return body, options, cast_to
    decoding: ExtendedRequestOptions = {**options, "post_parser": _decode_response}
    return implicit, decoding, _Base64EmbeddingResponse


class EmbeddingsHelpers(SyncAPIResource):
    """Base of ``client.embeddings`` (the default-base64 behaviour lives in `prepare_embeddings_request`)."""


class AsyncEmbeddingsHelpers(AsyncAPIResource):
    """Base of ``async_client.embeddings`` (the default-base64 behaviour lives in `prepare_embeddings_request`)."""
