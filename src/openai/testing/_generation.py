"""Handlers of the generation endpoints and of the resources whose behaviour the generic store cannot derive.

Replies are deterministic: by default the model "answers" with the last user input (an echo), or with a
JSON object valid for the requested `json_schema`; a scripted `Reply` replaces the text, asks for tool calls,
or changes the finish reason. Streams follow the real event sequences:

- chat completions: a role chunk, content (or tool-call argument) chunks, a finish chunk, a usage chunk when
  `stream_options.include_usage` is set, then `data: [DONE]`;
- Responses: `response.created`, `response.in_progress`, then per output item `response.output_item.added`,
  `response.content_part.added`, `response.output_text.delta`…, `response.output_text.done`,
  `response.content_part.done`, `response.output_item.done` (function calls: argument deltas), and
  `response.completed`, with increasing `sequence_number`;
- Assistants runs: `thread.run.created` … `thread.message.delta` … `thread.run.completed`, then
  `event: done` / `data: [DONE]`.

Every payload is built with the response model's `Synthesizer`, so fields the handler does not mention are
still present and valid.
"""

from __future__ import annotations

import re
import json
import math
import zlib
import base64
import struct
import hashlib
from typing import Any, Callable, cast

from ._call import DONE, Call, Event, Outcome, HandlerError
from ._fake import MISSING, model_fields, resolve_type
from ._store import Record
from ._script import ToolCall

__all__ = ["HANDLERS"]

HANDLERS: dict[str, Callable[[Call], Outcome]] = {}

_DEFAULT_TEXT = "Hello from the openai.testing built-in server."


def _handler(*names: str) -> Callable[[Callable[[Call], Outcome]], Callable[[Call], Outcome]]:
    def register(function: Callable[[Call], Outcome]) -> Callable[[Call], Outcome]:
        for name in names:
            HANDLERS[name] = function
        return function

    return register


# -- shared helpers -------------------------------------------------------------------------------------------


def _text_of(content: Any) -> str:
    """Plain text of a message `content`: a string, or the text parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts: list[str] = []
        for part in cast(Any, content):
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                part_dict = cast("dict[str, Any]", part)
                text = part_dict.get("text")
                if isinstance(text, dict):
                    text = cast("dict[str, Any]", text).get("value")
                if isinstance(text, str):
                    texts.append(text)
        return " ".join(texts)
    return ""


def _last_user_text(messages: Any) -> str:
    if isinstance(messages, str):
        return messages
    if not isinstance(messages, list):
        return ""
    for message in reversed(cast(Any, messages)):
        if isinstance(message, dict):
            message_dict = cast("dict[str, Any]", message)
            if message_dict.get("role") == "user":
                return _text_of(message_dict.get("content"))
    return ""


def _tokens(text: str) -> int:
    return len(text.split())


def _pieces(text: str, size: int | None) -> list[str]:
    """Stream deltas: one word (with its trailing space) each, or fixed-size slices."""
    if not text:
        return []
    if size:
        return [text[i : i + size] for i in range(0, len(text), size)]
    return re.findall(r"\S+\s*|\s+", text)


def _is_null_schema(option: Any) -> bool:
    return isinstance(option, dict) and cast("dict[str, Any]", option).get("type") == "null"


def _int_param(call: Call, name: str, default: int) -> int:
    value = call.body.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _as_list(value: object) -> list[Any]:
    """The items of a JSON list, or an empty list for anything else."""
    if not isinstance(value, list):
        return []
    return list(cast(Any, value))


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The mapping entries of a JSON list (anything else gives an empty list)."""
    if not isinstance(value, list):
        return []
    return [cast("dict[str, Any]", item) for item in cast(Any, value) if isinstance(item, dict)]


def _schema_instance(schema: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """A JSON value valid for a (strict-mode) JSON schema."""
    if not isinstance(schema, dict) or depth > 20:
        return None
    node = cast("dict[str, Any]", schema)
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = {"$defs": defs, "definitions": defs}
        for part in ref[2:].split("/"):
            target = cast("dict[str, Any]", target).get(part, {}) if isinstance(target, dict) else {}
        return _schema_instance(target, defs, depth + 1)
    if "const" in node:
        return node["const"]
    if isinstance(node.get("enum"), list) and node["enum"]:
        return node["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        options = node.get(key)
        if isinstance(options, list) and options:
            chosen = [o for o in cast(Any, options) if not _is_null_schema(o)]
            return _schema_instance(chosen[0] if chosen else options[0], defs, depth + 1)
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in cast(Any, kind) if k != "null"]
        kind = kinds[0] if kinds else "null"
    if kind == "object" or (kind is None and "properties" in node):
        properties = cast("dict[str, Any]", node.get("properties") or {})
        return {name: _schema_instance(sub, defs, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        minimum = node.get("minItems", 0)
        count = minimum if isinstance(minimum, int) else 0
        return [_schema_instance(node.get("items", {}), defs, depth + 1) for _ in range(count)]
    if kind == "string":
        return "example"
    if kind == "integer":
        low = node.get("minimum", 0)
        return low if isinstance(low, int) else 0
    if kind == "number":
        low = node.get("minimum", 0)
        return low if isinstance(low, (int, float)) else 0
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


def _schema_reply(fmt: Any) -> str | None:
    """The JSON text of a reply for a `json_schema` / `json_object` response format, else None."""
    if not isinstance(fmt, dict):
        return None
    fmt_dict = cast("dict[str, Any]", fmt)
    if fmt_dict.get("type") == "json_object":
        return "{}"
    if fmt_dict.get("type") != "json_schema":
        return None
    # Chat nests the schema under `json_schema`; Responses puts it on the format itself.
    holder = cast(
        "dict[str, Any]", fmt_dict.get("json_schema") if isinstance(fmt_dict.get("json_schema"), dict) else fmt_dict
    )
    schema = holder.get("schema")
    if not isinstance(schema, dict):
        return "{}"
    schema_dict = cast("dict[str, Any]", schema)
    defs = cast("dict[str, Any]", schema_dict.get("$defs") or schema_dict.get("definitions") or {})
    return json.dumps(_schema_instance(schema_dict, defs), separators=(",", ":"))


def _arguments(call: ToolCall) -> str:
    if isinstance(call.arguments, str):
        return call.arguments
    return json.dumps(dict(call.arguments), separators=(",", ":"))


def _model_for(call: Call, operation: str) -> Any:
    route = call.app.router.lookup(operation)
    if route.operation.response_type is None:
        raise HandlerError(500, f"operation {operation} has no response model", type="server_error")
    return resolve_type(route.operation.response_type)


# -- chat completions ---------------------------------------------------------------------------------------------


def _chat_plan(call: Call) -> tuple[str | None, list[dict[str, Any]], str, str | None]:
    """(content, tool calls, finish reason, refusal) of the chat reply."""
    reply = call.reply
    tool_calls: list[dict[str, Any]] = []
    if reply is not None and reply.tool_calls:
        for tool in reply.tool_calls:
            tool_calls.append(
                {
                    "id": tool.id or call.synth.ids.new("call_"),
                    "type": "function",
                    "function": {"name": tool.name, "arguments": _arguments(tool)},
                }
            )
    refusal = reply.refusal if reply is not None else None
    if reply is not None and reply.text is not None:
        content: str | None = reply.text
    else:
        content = _schema_reply(call.body.get("response_format")) or _last_user_text(call.body.get("messages"))
        content = content or _DEFAULT_TEXT
    if tool_calls:
        content = reply.text if reply is not None else None
    if refusal is not None:
        content = None
    finish = "tool_calls" if tool_calls else "stop"
    if reply is not None and reply.finish_reason is not None:
        finish = reply.finish_reason
    return content, tool_calls, finish, refusal


@_handler("chat.completions.create")
def chat_completions_create(call: Call) -> Outcome:
    model = call.response_model
    content, tool_calls, finish, refusal = _chat_plan(call)
    completion_id = call.synth.ids.new("chatcmpl-")
    created = call.synth.clock()
    model_name = call.body.get("model", "gpt-4o-mini")
    n = _int_param(call, "n", 1)
    prompt_tokens = sum(_tokens(_text_of(m.get("content"))) for m in _dicts(call.body.get("messages")))
    completion_tokens = _tokens(content or "") + sum(_tokens(t["function"]["arguments"]) for t in tool_calls)
    usage = {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens * n,
        "total_tokens": prompt_tokens + completion_tokens * n,
    }
    message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": refusal}
    if tool_calls:
        message["tool_calls"] = tool_calls
    payload: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model_name,
        "system_fingerprint": "fp_openai_testing",
        "service_tier": call.body.get("service_tier") or "default",
        "choices": [
            {"index": index, "message": message, "finish_reason": finish, "logprobs": None} for index in range(n)
        ],
        "usage": usage,
    }
    if call.body.get("metadata") is not None:
        payload["metadata"] = call.body["metadata"]
    built = call.build(model, payload)
    if call.body.get("store") is True:
        record = Record(cast("dict[str, Any]", built))
        record.extras["messages"] = list(call.body.get("messages", []))
        call.store.put("/chat/completions", completion_id, record)
    if not call.streaming:
        return Outcome(payload=built, model=model)
    chunk_model = call.stream_model
    base = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model_name}
    base["system_fingerprint"] = "fp_openai_testing"
    include_usage = isinstance(call.body.get("stream_options"), dict) and call.body["stream_options"].get(
        "include_usage"
    )
    reply = call.reply

    def chunk(choices: list[dict[str, Any]], usage_value: Any = None) -> Event:
        data = {**base, "choices": choices}
        if include_usage:
            data["usage"] = usage_value
        return Event(call.synth.build(chunk_model, data), model=chunk_model)

    events: list[Event] = []
    for index in range(n):
        events.append(chunk([{"index": index, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]))
        for piece in _pieces(content or "", reply.chunk_size if reply else None):
            events.append(chunk([{"index": index, "delta": {"content": piece}, "finish_reason": None}]))
        if refusal:
            for piece in _pieces(refusal, reply.chunk_size if reply else None):
                events.append(chunk([{"index": index, "delta": {"refusal": piece}, "finish_reason": None}]))
        for position, tool in enumerate(tool_calls):
            head = {
                "index": position,
                "id": tool["id"],
                "type": "function",
                "function": {"name": tool["function"]["name"], "arguments": ""},
            }
            events.append(chunk([{"index": index, "delta": {"tool_calls": [head]}, "finish_reason": None}]))
            for piece in _pieces(tool["function"]["arguments"], reply.chunk_size if reply else 8):
                delta = {"tool_calls": [{"index": position, "function": {"arguments": piece}}]}
                events.append(chunk([{"index": index, "delta": delta, "finish_reason": None}]))
        events.append(chunk([{"index": index, "delta": {}, "finish_reason": finish}]))
    if include_usage:
        events.append(chunk([], usage))
    events.append(Event(DONE, raw=True))
    return Outcome(events=events)


@_handler("chat.completions.messages.list")
def chat_completion_messages(call: Call) -> Outcome:
    completion_id = call.params.get("completion_id", "")
    record = call.store.get("/chat/completions", completion_id)
    if record is None and not call.app.lenient_ids:
        raise HandlerError(404, f"No chat completion found with id '{completion_id}'.", param="completion_id")
    model = call.response_model
    messages: list[Any] = list(record.extras.get("messages", [])) if record is not None else []
    items: list[Any] = []
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            continue
        message_dict = cast("dict[str, Any]", message)
        content = message_dict.get("content")
        items.append(
            call.synth.build(
                model,
                {
                    **call.overlay(model, message_dict),
                    "id": f"{completion_id}-{index}",
                    "content": content if isinstance(content, str) else _text_of(content),
                },
            )
        )
    from ._store import paginate

    return Outcome(payload=paginate(items, call.query, call.route.operation.page))


# -- completions, embeddings, moderations -------------------------------------------------------------------------


@_handler("completions.create")
def completions_create(call: Call) -> Outcome:
    model = call.response_model
    prompt = call.body.get("prompt")
    prompt_text = prompt if isinstance(prompt, str) else _text_of(prompt) if isinstance(prompt, list) else ""
    reply = call.reply
    text = reply.text if reply is not None and reply.text is not None else (prompt_text or _DEFAULT_TEXT)
    finish = reply.finish_reason if reply is not None and reply.finish_reason else "stop"
    completion_id = call.synth.ids.new("cmpl-")
    created = call.synth.clock()
    model_name = call.body.get("model", "gpt-3.5-turbo-instruct")
    usage = {
        "prompt_tokens": _tokens(prompt_text),
        "completion_tokens": _tokens(text),
        "total_tokens": _tokens(prompt_text) + _tokens(text),
    }
    base = {"id": completion_id, "object": "text_completion", "created": created, "model": model_name}
    if not call.streaming:
        payload = {**base, "choices": [{"index": 0, "text": text, "finish_reason": finish, "logprobs": None}]}
        return Outcome(payload=call.build(model, {**payload, "usage": usage}), model=model)
    stream_model = call.stream_model or model
    events: list[Event] = []
    for piece in _pieces(text, reply.chunk_size if reply else None):
        data = {**base, "choices": [{"index": 0, "text": piece, "finish_reason": None, "logprobs": None}]}
        events.append(Event(call.synth.build(stream_model, data), model=stream_model))
    final = {**base, "choices": [{"index": 0, "text": "", "finish_reason": finish, "logprobs": None}]}
    events.append(Event(call.synth.build(stream_model, final), model=stream_model))
    include_usage = isinstance(call.body.get("stream_options"), dict) and call.body["stream_options"].get(
        "include_usage"
    )
    if include_usage:
        events.append(
            Event(call.synth.build(stream_model, {**base, "choices": [], "usage": usage}), model=stream_model)
        )
    events.append(Event(DONE, raw=True))
    return Outcome(events=events)


def _embedding(text: str, dimensions: int) -> list[float]:
    # A deterministic unit vector derived from the text, so equal inputs embed equally.
    seed = hashlib.sha256(text.encode("utf-8")).digest()
    values: list[float] = []
    counter = 0
    while len(values) < dimensions:
        block = hashlib.sha256(seed + counter.to_bytes(4, "little")).digest()
        values.extend((byte - 127.5) / 127.5 for byte in block)
        counter += 1
    values = values[:dimensions]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [round(v / norm, 6) for v in values]


@_handler("embeddings.create")
def embeddings_create(call: Call) -> Outcome:
    model = call.response_model
    raw: object = call.body.get("input")
    entries = _as_list(raw)
    inputs: list[str]
    if isinstance(raw, str):
        inputs = [raw]
    elif entries and all(isinstance(x, int) for x in entries):
        # One input given as token ids.
        inputs = [" ".join(str(x) for x in entries)]
    else:
        inputs = [x if isinstance(x, str) else " ".join(str(t) for t in _as_list(x)) for x in entries]
    model_name = str(call.body.get("model", "text-embedding-3-small"))
    default_dims = 3072 if "large" in model_name else 1536
    dimensions = _int_param(call, "dimensions", default_dims)
    if dimensions < 1:
        raise HandlerError(400, f"Invalid 'dimensions': must be at least 1, got {dimensions}.", param="dimensions")
    vectors = [_embedding(text, dimensions) for text in inputs]
    tokens = sum(_tokens(text) for text in inputs)
    payload = {
        "object": "list",
        "model": model_name,
        "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)],
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
    built = cast("dict[str, Any]", call.build(model, payload))
    if call.body.get("encoding_format") != "base64":
        return Outcome(payload=built, model=model)
    # Validate the float form against the model, then send base64 of little-endian float32, like the API.
    from ._fake import type_adapter

    if model is not None:
        type_adapter(model).validate_python(built)
    for item in cast("list[dict[str, Any]]", built.get("data", [])):
        vector = cast("list[float]", item["embedding"])
        item["embedding"] = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
    return Outcome(payload=built)


@_handler("moderations.create")
def moderations_create(call: Call) -> Outcome:
    model = call.response_model
    raw = call.body.get("input")
    count = len(cast(Any, raw)) if isinstance(raw, list) and raw and not isinstance(raw[0], dict) else 1
    payload = {
        "id": call.synth.ids.new("modr-"),
        "model": call.body.get("model", "omni-moderation-latest"),
        "results": [{"flagged": False} for _ in range(count)],
    }
    return Outcome(payload=call.build(model, payload), model=model)


# -- images and audio ----------------------------------------------------------------------------------------------


def _png() -> bytes:
    def block(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x10\xa3\x7f\xff")
    return b"\x89PNG\r\n\x1a\n" + block(b"IHDR", header) + block(b"IDAT", pixels) + block(b"IEND", b"")


_PNG_B64 = base64.b64encode(_png()).decode("ascii")


@_handler("images.generate", "images.edit", "images.create_variation")
def images_create(call: Call) -> Outcome:
    model = call.response_model
    n = call.body.get("n")
    count = int(n) if isinstance(n, (int, str)) and str(n).isdigit() else 1
    as_url = call.body.get("response_format") == "url"
    prompt = call.body.get("prompt") if isinstance(call.body.get("prompt"), str) else None
    data: list[dict[str, Any]] = []
    for index in range(count):
        item: dict[str, Any] = {"url": f"https://example.com/images/{index}.png"} if as_url else {"b64_json": _PNG_B64}
        if prompt is not None:
            item["revised_prompt"] = prompt
        data.append(item)
    if call.streaming and call.stream_model is not None:
        # Partial images (when asked for) then one completed event per image, like the API.
        stream_model = call.stream_model
        prefix = "image_edit" if call.client_path.endswith("edit") else "image_generation"
        partials = call.body.get("partial_images")
        events: list[Event] = []
        for _ in range(count):
            for partial in range(int(partials) if isinstance(partials, int) else 0):
                partial_kind = f"{prefix}.partial_image"
                fields = {"type": partial_kind, "b64_json": _PNG_B64, "partial_image_index": partial}
                events.append(Event(call.synth.build(stream_model, fields), name=partial_kind, model=stream_model))
            kind = f"{prefix}.completed"
            events.append(
                Event(
                    call.synth.build(stream_model, {"type": kind, "b64_json": _PNG_B64}), name=kind, model=stream_model
                )
            )
        return Outcome(events=events)
    payload = {"created": call.synth.clock(), "data": data}
    return Outcome(payload=call.build(model, payload), model=model)


def _wav(seconds: float = 0.1, rate: int = 24000) -> bytes:
    samples = int(seconds * rate)
    data = b"\x00\x00" * samples
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(data),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        rate,
        rate * 2,
        2,
        16,
        b"data",
        len(data),
    )
    return header + data


_AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/opus",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}


@_handler("audio.speech.create")
def audio_speech(call: Call) -> Outcome:
    if call.reply is not None and call.reply.content is not None:
        return Outcome(content=call.reply.content, content_type="application/octet-stream")
    fmt = str(call.body.get("response_format", "mp3"))
    return Outcome(content=_wav(), content_type=_AUDIO_TYPES.get(fmt, "application/octet-stream"))


@_handler("audio.transcriptions.create", "audio.translations.create")
def audio_transcribe(call: Call) -> Outcome:
    model = call.response_model
    uploads = call.files.get("file", [])
    filename = uploads[0].filename if uploads and uploads[0].filename else "audio"
    reply = call.reply
    text = reply.text if reply is not None and reply.text is not None else f"Transcript of {filename}."
    fmt = call.body.get("response_format", "json")
    if fmt in ("text", "srt", "vtt"):
        if fmt == "srt":
            text = f"1\n00:00:00,000 --> 00:00:01,000\n{text}\n"
        elif fmt == "vtt":
            text = f"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n{text}\n"
        return Outcome(content=text.encode("utf-8"), content_type="text/plain; charset=utf-8")
    if call.streaming and call.stream_model is not None:
        stream_model = call.stream_model
        events = [
            Event(call.synth.build(stream_model, {"type": "transcript.text.delta", "delta": piece}), model=stream_model)
            for piece in _pieces(text, reply.chunk_size if reply else None)
        ]
        events.append(
            Event(call.synth.build(stream_model, {"type": "transcript.text.done", "text": text}), model=stream_model)
        )
        return Outcome(events=events)
    payload: dict[str, Any] = {"text": text}
    if fmt == "verbose_json":
        payload.update({"language": "english", "duration": 1.0, "segments": []})
    return Outcome(payload=call.build(model, payload), model=model)


# -- files and uploads -----------------------------------------------------------------------------------------------


@_handler("files.create")
def files_create(call: Call) -> Outcome:
    model = call.response_model
    uploads = call.files.get("file", [])
    if not uploads:
        raise HandlerError(400, "Missing required parameter: 'file'.", param="file", code="missing_required_parameter")
    upload = uploads[0]
    extra = {"bytes": len(upload.content), "filename": upload.filename or "upload", "status": "uploaded"}
    record = call.app.create_record(call, model, extra)
    return Outcome(payload=record.data, model=model)


@_handler("uploads.create")
def uploads_create(call: Call) -> Outcome:
    model = call.response_model
    record = call.app.create_record(call, model, {"status": "pending"})
    record.extras["parts"] = []
    return Outcome(payload=record.data, model=model)


def _upload(call: Call) -> Record:
    # Part and complete operations address the upload like item actions, so the generic lookup applies
    # (404 for unknown uploads, or a fresh pending one with `lenient_ids`).
    record = call.app.lookup(call, _model_for(call, "uploads.create"))
    record.data.setdefault("status", "pending")
    return record


@_handler("uploads.parts.create")
def uploads_parts_create(call: Call) -> Outcome:
    model = call.response_model
    upload = _upload(call)
    if upload.data.get("status") != "pending" and not call.app.lenient_ids:
        raise HandlerError(
            400,
            f"Upload {upload.data.get('id')} is {upload.data.get('status')}; parts can only be added while it is pending.",
        )
    data = call.files.get("data", [])
    part_id = call.synth.ids.new("part_")
    payload = call.build(model, {"id": part_id, "upload_id": upload.data.get("id"), "object": "upload.part"})
    call.store.put(
        f"/uploads/{upload.data.get('id')}/parts",
        part_id,
        Record(cast("dict[str, Any]", payload), content=data[0].content if data else b""),
    )
    return Outcome(payload=payload, model=model)


@_handler("uploads.complete")
def uploads_complete(call: Call) -> Outcome:
    model = call.response_model
    upload = _upload(call)
    upload_id = cast(str, upload.data.get("id"))
    part_ids = call.body.get("part_ids", [])
    content = b""
    for part_id in part_ids:
        part = call.store.get(f"/uploads/{upload_id}/parts", str(part_id))
        if part is None and call.app.lenient_ids:
            continue
        if part is None:
            raise HandlerError(400, f"No part found with id '{part_id}' for upload '{upload_id}'.", param="part_ids")
        content += part.content or b""
    expected = upload.data.get("bytes")
    if isinstance(expected, int) and expected != len(content) and not call.app.lenient_ids:
        raise HandlerError(
            400,
            f"The parts add up to {len(content)} bytes but the upload was created for {expected} bytes.",
            param="part_ids",
        )
    file_model = _model_for(call, "files.retrieve")
    file_id = call.synth.ids.new("file-")
    file_data = call.synth.build(
        file_model,
        {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "filename": upload.data.get("filename", "upload"),
            "purpose": upload.data.get("purpose", "assistants"),
            "status": "processed",
        },
    )
    call.store.put(
        "/files",
        file_id,
        Record(cast("dict[str, Any]", file_data), content=content, content_type=upload.data.get("mime_type")),
    )
    upload.data = cast("dict[str, Any]", call.build(model, {**upload.data, "status": "completed", "file": file_data}))
    return Outcome(payload=upload.data, model=model)


# -- realtime sessions (beta) ------------------------------------------------------------------------------------


@_handler("beta.realtime.sessions.create", "beta.realtime.transcription_sessions.create")
def realtime_session_create(call: Call) -> Outcome:
    """A session with its ephemeral key: the requested configuration echoed back, plus `client_secret`."""
    model = call.response_model
    payload: dict[str, Any] = dict(call.build(model, call.overlay(model, call.body)))
    for key, value in call.body.items():
        # The session settings the response model does not list are echoed as the API answers them.
        payload.setdefault(key, value)
    payload["id"] = payload.get("id") or call.app.ids.new("sess_")
    kind = "transcription_session" if "transcription" in call.client_path else "session"
    payload["object"] = payload.get("object") or f"realtime.{kind}"
    payload["client_secret"] = {"value": call.app.ids.new("ek_"), "expires_at": call.synth.clock() + 60}
    return Outcome(payload=payload, model=model)


# -- Responses -----------------------------------------------------------------------------------------------------


def _input_items(call: Call, raw: Any) -> list[dict[str, Any]]:
    if isinstance(raw, str):
        return [
            {
                "id": call.synth.ids.new("msg_"),
                "type": "message",
                "role": "user",
                "status": "completed",
                "content": [{"type": "input_text", "text": raw}],
            }
        ]
    items: list[dict[str, Any]] = []
    for item in cast(Any, raw if isinstance(raw, list) else []):
        if not isinstance(item, dict):
            continue
        entry = dict(cast("dict[str, Any]", item))
        entry.setdefault("type", "message")
        entry.setdefault("id", call.synth.ids.new("msg_"))
        if entry["type"] == "message":
            entry.setdefault("status", "completed")
            if isinstance(entry.get("content"), str):
                kind = "output_text" if entry.get("role") == "assistant" else "input_text"
                entry["content"] = [{"type": kind, "text": entry["content"]}]
        items.append(entry)
    return items


def _responses_reply(call: Call) -> tuple[str | None, list[ToolCall], str | None]:
    reply = call.reply
    text_config = call.body.get("text")
    fmt = cast("dict[str, Any]", text_config).get("format") if isinstance(text_config, dict) else None
    if reply is not None and reply.text is not None:
        text: str | None = reply.text
    else:
        text = _schema_reply(fmt) or _last_user_text(_input_items(call, call.body.get("input"))) or _DEFAULT_TEXT
    tools = list(reply.tool_calls) if reply is not None else []
    if tools and (reply is None or reply.text is None):
        text = None
    refusal = reply.refusal if reply is not None else None
    return text, tools, refusal


@_handler("responses.create")
def responses_create(call: Call) -> Outcome:
    model = call.response_model
    text, tools, refusal = _responses_reply(call)
    response_id = call.synth.ids.new("resp_")
    created = call.synth.clock()
    output: list[dict[str, Any]] = []
    if text is not None or refusal is not None:
        part: dict[str, Any] = (
            {"type": "refusal", "refusal": refusal}
            if refusal is not None
            else {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
        )
        output.append(
            {
                "type": "message",
                "id": call.synth.ids.new("msg_"),
                "status": "completed",
                "role": "assistant",
                "content": [part],
            }
        )
    for tool in tools:
        output.append(
            {
                "type": "function_call",
                "id": call.synth.ids.new("fc_"),
                "call_id": tool.id or call.synth.ids.new("call_"),
                "name": tool.name,
                "arguments": _arguments(tool),
                "status": "completed",
            }
        )
    input_items = _input_items(call, call.body.get("input"))
    input_tokens = sum(_tokens(_text_of(item.get("content"))) for item in input_items)
    output_tokens = _tokens(text or refusal or "") + sum(_tokens(_arguments(tool)) for tool in tools)
    reply = call.reply
    status = "incomplete" if reply is not None and reply.finish_reason == "length" else "completed"
    payload: dict[str, Any] = {
        **call.overlay(model, call.body, skip=("status", "output", "usage")),
        "id": response_id,
        "object": "response",
        "created_at": created,
        "status": status,
        "model": call.body.get("model", "gpt-4o-mini"),
        "output": output,
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
        "parallel_tool_calls": call.body.get("parallel_tool_calls", True),
        "tool_choice": call.body.get("tool_choice", "auto"),
        "tools": call.body.get("tools", []),
        "usage": {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": input_tokens + output_tokens,
        },
    }
    if call.body.get("background") is True and not call.streaming:
        payload["status"] = "queued"
    if isinstance(model, type) and "output_text" in model_fields(model):
        # The published model carries the SDK's `output_text` convenience as a field: fill it.
        payload["output_text"] = text or ""
    final = cast("dict[str, Any]", call.build(model, payload))
    if call.body.get("store") is not False:
        record = Record(final)
        record.extras["input_items"] = input_items
        call.store.put("/responses", response_id, record)
    if not call.streaming:
        return Outcome(payload=final, model=model)
    return Outcome(events=_response_events(call, final))


def _response_events(call: Call, final: dict[str, Any]) -> list[Event]:
    stream_model = call.stream_model
    reply = call.reply
    size = reply.chunk_size if reply else None
    events: list[Event] = []

    def emit(kind: str, **fields: Any) -> None:
        data = {"type": kind, "sequence_number": len(events), **fields}
        events.append(Event(call.synth.build(stream_model, data), name=kind, model=stream_model))

    pending: dict[str, Any] = {**final, "status": "in_progress", "output": [], "usage": None}
    emit("response.created", response=pending)
    emit("response.in_progress", response=pending)
    for output_index, item in enumerate(cast("list[dict[str, Any]]", final.get("output", []))):
        item_id = item.get("id")
        if item.get("type") == "message":
            emit(
                "response.output_item.added",
                output_index=output_index,
                item={**item, "status": "in_progress", "content": []},
            )
            for content_index, part in enumerate(cast("list[dict[str, Any]]", item.get("content", []))):
                is_text = part.get("type") == "output_text"
                empty = {**part, "text": ""} if is_text else {**part, "refusal": ""}
                emit(
                    "response.content_part.added",
                    item_id=item_id,
                    output_index=output_index,
                    content_index=content_index,
                    part=empty,
                )
                whole = cast(str, part.get("text") if is_text else part.get("refusal")) or ""
                kind = "response.output_text" if is_text else "response.refusal"
                for piece in _pieces(whole, size):
                    extra: dict[str, Any] = {"logprobs": []} if is_text else {}
                    emit(
                        f"{kind}.delta",
                        item_id=item_id,
                        output_index=output_index,
                        content_index=content_index,
                        delta=piece,
                        **extra,
                    )
                done_fields: dict[str, Any] = {"text": whole, "logprobs": []} if is_text else {"refusal": whole}
                emit(
                    f"{kind}.done",
                    item_id=item_id,
                    output_index=output_index,
                    content_index=content_index,
                    **done_fields,
                )
                emit(
                    "response.content_part.done",
                    item_id=item_id,
                    output_index=output_index,
                    content_index=content_index,
                    part=part,
                )
        elif item.get("type") == "function_call":
            arguments = cast(str, item.get("arguments", ""))
            emit(
                "response.output_item.added",
                output_index=output_index,
                item={**item, "arguments": "", "status": "in_progress"},
            )
            for piece in _pieces(arguments, size or 8):
                emit("response.function_call_arguments.delta", item_id=item_id, output_index=output_index, delta=piece)
            emit(
                "response.function_call_arguments.done",
                item_id=item_id,
                output_index=output_index,
                arguments=arguments,
                name=item.get("name"),
            )
        emit("response.output_item.done", output_index=output_index, item=item)
    terminal = "response.incomplete" if final.get("status") == "incomplete" else "response.completed"
    emit(terminal, response=final)
    return events


@_handler("responses.input_items.list")
def responses_input_items(call: Call) -> Outcome:
    response_id = call.params.get("response_id", "")
    record = call.store.get("/responses", response_id)
    if record is None and (not call.app.lenient_ids or call.store.is_deleted("/responses", response_id)):
        raise HandlerError(404, f"No response found with id '{response_id}'.", param="response_id")
    model = call.response_model
    stored: list[Any] = list(record.extras.get("input_items", [])) if record else []
    items = [call.synth.build(model, item) for item in stored]
    from ._store import PaginationError, paginate

    try:
        return Outcome(payload=paginate(items, call.query, call.route.operation.page))
    except PaginationError as exc:
        raise HandlerError(400, str(exc), param=exc.param) from None


# -- conversations ----------------------------------------------------------------------------------------------------


@_handler("conversations.create")
def conversations_create(call: Call) -> Outcome:
    model = call.response_model
    record = call.app.create_record(call, model)
    conversation_id = cast(str, record.data["id"])
    for item in _input_items(call, call.body.get("items") or []):
        call.store.put(f"/conversations/{conversation_id}/items", cast(str, item["id"]), Record(item))
    return Outcome(payload=record.data, model=model)


@_handler("conversations.items.create")
def conversation_items_create(call: Call) -> Outcome:
    call.app.check_parents(call, "/conversations/{conversation_id}/items")
    conversation_id = call.params.get("conversation_id", "")
    item_model = _model_for(call, "conversations.items.retrieve")
    items: list[Any] = []
    for item in _input_items(call, call.body.get("items") or []):
        built = cast("dict[str, Any]", call.synth.build(item_model, item))
        call.store.put(f"/conversations/{conversation_id}/items", cast(str, built.get("id", item["id"])), Record(built))
        items.append(built)
    model = call.response_model
    payload = {
        "object": "list",
        "data": items,
        "first_id": items[0].get("id") if items else None,
        "last_id": items[-1].get("id") if items else None,
        "has_more": False,
    }
    return Outcome(payload=call.build(model, payload), model=model)


# -- Assistants: threads, messages, runs ------------------------------------------------------------------------------


def _message_data(
    call: Call, thread_id: str, role: str, text: str, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    message_model = _model_for(call, "beta.threads.messages.create")
    payload: dict[str, Any] = {
        "id": call.synth.ids.new("msg_"),
        "object": "thread.message",
        "created_at": call.synth.clock(),
        "thread_id": thread_id,
        "role": role,
        "status": "completed",
        "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
        "attachments": [],
        "metadata": {},
        **(extra or {}),
    }
    return cast("dict[str, Any]", call.synth.build(message_model, payload))


def _add_messages(call: Call, thread_id: str, messages: Any) -> None:
    for message in cast(Any, messages if isinstance(messages, list) else []):
        if isinstance(message, dict):
            message_dict = cast("dict[str, Any]", message)
            data = _message_data(
                call,
                thread_id,
                str(message_dict.get("role", "user")),
                _text_of(message_dict.get("content")),
                {"metadata": message_dict.get("metadata") or {}},
            )
            call.store.put(f"/threads/{thread_id}/messages", cast(str, data["id"]), Record(data))


@_handler("beta.threads.create")
def threads_create(call: Call) -> Outcome:
    model = call.response_model
    record = call.app.create_record(call, model)
    _add_messages(call, cast(str, record.data["id"]), call.body.get("messages"))
    return Outcome(payload=record.data, model=model)


@_handler("beta.threads.messages.create")
def messages_create(call: Call) -> Outcome:
    call.app.check_parents(call, "/threads/{thread_id}/messages")
    thread_id = call.params.get("thread_id", "")
    model = call.response_model
    data = _message_data(
        call,
        thread_id,
        str(call.body.get("role", "user")),
        _text_of(call.body.get("content")),
        {
            **call.overlay(model, call.body, skip=("content", "role")),
            **({} if call.overrides is MISSING else call.overrides),
        },
    )
    call.store.put(f"/threads/{thread_id}/messages", cast(str, data["id"]), Record(data))
    return Outcome(payload=data, model=model)


def _thread_text(call: Call, thread_id: str) -> str:
    for record in reversed(call.store.items(f"/threads/{thread_id}/messages")):
        if record.data.get("role") == "user":
            return _text_of(record.data.get("content"))
    return ""


def _start_run(call: Call, thread_id: str) -> Outcome:
    model = call.response_model
    _add_messages(call, thread_id, call.body.get("additional_messages"))
    reply = call.reply
    text = (
        reply.text if reply is not None and reply.text is not None else (_thread_text(call, thread_id) or _DEFAULT_TEXT)
    )
    tools = list(reply.tool_calls) if reply is not None else []
    run_id = call.synth.ids.new("run_")
    assistant_id = str(call.body.get("assistant_id", ""))
    base: dict[str, Any] = {
        **call.overlay(model, call.body, skip=("status",)),
        "id": run_id,
        "object": "thread.run",
        "created_at": call.synth.clock(),
        "thread_id": thread_id,
        "assistant_id": assistant_id,
        "instructions": call.body.get("instructions") or "",
        "model": call.body.get("model") or "gpt-4o-mini",
        "tools": call.body.get("tools") or [],
        "metadata": call.body.get("metadata") or {},
        "parallel_tool_calls": call.body.get("parallel_tool_calls", True),
    }
    queued = cast("dict[str, Any]", call.build(model, {**base, "status": "queued"}))
    record = call.store.put(f"/threads/{thread_id}/runs", run_id, Record(queued))
    if tools:
        required = {
            "type": "submit_tool_outputs",
            "submit_tool_outputs": {
                "tool_calls": [
                    {
                        "id": t.id or call.synth.ids.new("call_"),
                        "type": "function",
                        "function": {"name": t.name, "arguments": _arguments(t)},
                    }
                    for t in tools
                ]
            },
        }
        record.data = cast(
            "dict[str, Any]", call.build(model, {**base, "status": "requires_action", "required_action": required})
        )
        record.extras["pending_text"] = text if reply is not None and reply.text is not None else None
        if not call.streaming:
            return Outcome(payload=queued if not tools else record.data, model=model)
        return Outcome(events=_run_events(call, record, queued, record.data, None))
    message = _finish_run(call, record, text)
    if not call.streaming:
        # The run completes on its next retrieve (see App._advance), as if it had been processed in between.
        return Outcome(payload=queued, model=model)
    return Outcome(events=_run_events(call, record, queued, record.data, message))


def _finish_run(call: Call, record: Record, text: str) -> dict[str, Any]:
    thread_id = cast(str, record.data["thread_id"])
    run_id = cast(str, record.data["id"])
    message = _message_data(
        call, thread_id, "assistant", text, {"run_id": run_id, "assistant_id": record.data.get("assistant_id")}
    )
    call.store.put(f"/threads/{thread_id}/messages", cast(str, message["id"]), Record(message))
    step_model = _model_for(call, "beta.threads.runs.steps.retrieve")
    step = call.synth.build(
        step_model,
        {
            "id": call.synth.ids.new("step_"),
            "object": "thread.run.step",
            "created_at": call.synth.clock(),
            "run_id": run_id,
            "thread_id": thread_id,
            "assistant_id": record.data.get("assistant_id", ""),
            "type": "message_creation",
            "status": "completed",
            "step_details": {"type": "message_creation", "message_creation": {"message_id": message["id"]}},
        },
    )
    call.store.put(
        f"/threads/{thread_id}/runs/{run_id}/steps", cast(str, step["id"]), Record(cast("dict[str, Any]", step))
    )
    usage = {"prompt_tokens": _tokens(_thread_text(call, thread_id)), "completion_tokens": _tokens(text)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    run_model = _model_for(call, "beta.threads.runs.retrieve")
    now = call.synth.clock()
    record.data = cast(
        "dict[str, Any]",
        call.synth.build(
            run_model,
            {**record.data, "status": "queued", "required_action": None, "usage": usage, "started_at": now},
        ),
    )
    record.extras["final"] = {"status": "completed", "completed_at": now}
    record.extras["message"] = message
    record.extras["step"] = step
    return message


def _run_events(
    call: Call, record: Record, queued: dict[str, Any], current: dict[str, Any], message: dict[str, Any] | None
) -> list[Event]:
    stream_model = call.stream_model
    reply = call.reply
    events: list[Event] = []

    def emit(name: str, data: Any) -> None:
        events.append(Event(data, name=name))

    emit("thread.run.created", queued)
    emit("thread.run.queued", queued)
    in_progress = {**queued, "status": "in_progress", "started_at": call.synth.clock()}
    emit("thread.run.in_progress", in_progress)
    if message is None:
        emit("thread.run.requires_action", current)
    else:
        step = cast("dict[str, Any]", record.extras["step"])
        emit("thread.run.step.created", {**step, "status": "in_progress"})
        emit("thread.run.step.in_progress", {**step, "status": "in_progress"})
        emit("thread.message.created", {**message, "status": "in_progress", "content": []})
        emit("thread.message.in_progress", {**message, "status": "in_progress", "content": []})
        text = _text_of(message.get("content"))
        for piece in _pieces(text, reply.chunk_size if reply else None):
            delta: dict[str, Any] = {
                "content": [{"index": 0, "type": "text", "text": {"value": piece, "annotations": []}}]
            }
            emit("thread.message.delta", {"id": message["id"], "object": "thread.message.delta", "delta": delta})
        emit("thread.message.completed", message)
        emit("thread.run.step.completed", step)
        record.data.update(record.extras.pop("final", {}))
        emit("thread.run.completed", record.data)
    events.append(Event(DONE, name="done", raw=True))
    # The SDK parses `thread.*` events as {"event": name, "data": data}: validate that shape.
    if stream_model is not None:
        from ._fake import type_adapter

        adapter = type_adapter(stream_model)
        for event in events[:-1]:
            adapter.validate_python({"event": event.name, "data": event.data})
    return events


@_handler("beta.threads.runs.create")
def runs_create(call: Call) -> Outcome:
    call.app.check_parents(call, "/threads/{thread_id}/runs")
    return _start_run(call, call.params.get("thread_id", ""))


@_handler("beta.threads.create_and_run")
def threads_create_and_run(call: Call) -> Outcome:
    thread_model = _model_for(call, "beta.threads.create")
    raw_thread = call.body.get("thread")
    thread_body: dict[str, Any] = cast("dict[str, Any]", raw_thread) if isinstance(raw_thread, dict) else {}
    thread_id = call.synth.ids.new("thread_")
    thread = call.synth.build(
        thread_model,
        {
            "id": thread_id,
            "object": "thread",
            "created_at": call.synth.clock(),
            "metadata": thread_body.get("metadata") or {},
        },
    )
    call.store.put("/threads", thread_id, Record(cast("dict[str, Any]", thread)))
    _add_messages(call, thread_id, thread_body.get("messages"))
    return _start_run(call, thread_id)


@_handler("beta.threads.runs.submit_tool_outputs")
def runs_submit_tool_outputs(call: Call) -> Outcome:
    call.app.check_parents(call, "/threads/{thread_id}/runs/{run_id}")
    thread_id = call.params.get("thread_id", "")
    run_id = call.params.get("run_id", "")
    record = call.store.get(f"/threads/{thread_id}/runs", run_id)
    if record is None:
        if not call.app.lenient_ids:
            raise HandlerError(404, f"No run found with id '{run_id}'.", param="run_id")
        record = call.store.put(
            f"/threads/{thread_id}/runs",
            run_id,
            Record(
                cast(
                    "dict[str, Any]",
                    call.synth.build(
                        call.response_model, {"id": run_id, "thread_id": thread_id, "status": "requires_action"}
                    ),
                )
            ),
        )
    if record.data.get("status") != "requires_action" and not call.app.lenient_ids:
        raise HandlerError(
            400, f'Runs in status "{record.data.get("status")}" do not accept tool outputs.', param="run_id"
        )
    outputs = [str(o.get("output", "")) for o in _dicts(call.body.get("tool_outputs"))]
    reply = call.reply
    pending = record.extras.get("pending_text")
    text = (
        reply.text if reply is not None and reply.text is not None else (pending or " ".join(outputs) or _DEFAULT_TEXT)
    )
    queued = {**record.data, "status": "queued", "required_action": None}
    record.data = queued
    message = _finish_run(call, record, text)
    if not call.streaming:
        return Outcome(payload=record.data, model=call.response_model)
    return Outcome(events=_run_events(call, record, queued, record.data, message)[3:])


def complete_run_on_retrieve(record: Record) -> None:
    """Apply the completion a run was waiting for (used by the runs retrieve handler)."""
    final = record.extras.pop("final", None)
    if final:
        record.data.update(cast("dict[str, Any]", final))


@_handler("beta.threads.runs.retrieve")
def runs_retrieve(call: Call) -> Outcome:
    model = call.response_model
    record = call.app.lookup(call, model)
    complete_run_on_retrieve(record)
    return Outcome(payload=record.data, model=model)
