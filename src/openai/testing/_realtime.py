"""The realtime WebSocket endpoint of the built-in local server.

The socket adapter hands every ``Upgrade: websocket`` request whose path ends in ``/realtime`` to
:func:`serve`. It answers the opening handshake (or refuses it with an OpenAI-style HTTP error), then runs a
:class:`RealtimeSession` over the connection: a sans-I/O state machine that turns each client event into the
server events the real API sends for a text conversation.

The protocol flavour follows the request, like the real service: the ``OpenAI-Beta: realtime=v1`` header
selects the beta protocol (``response.text.delta`` events, ``modalities``), its absence the GA one
(``response.output_text.delta``, ``output_modalities``, ``session.type``). Replies are deterministic: the
assistant echoes the last user text of the conversation. Invalid client events (malformed JSON, unknown
``type``, missing or mistyped fields) produce an ``error`` event of type ``invalid_request_error`` and leave
the session usable.
"""

from __future__ import annotations

import re
import json
import time
import uuid
import base64
import asyncio
import binascii
from typing import Any, Dict, List, Callable, Optional
from urllib.parse import urlsplit, parse_qsl

from ._websocket import (
    HeadersInput,
    HandshakeError,
    WebSocketConnection,
    check_handshake,
    normalize_headers,
    handshake_response,
    http_error_response,
)

__all__ = ["serve", "RealtimeSession", "DEFAULT_GA_MODEL", "EMPTY_CONVERSATION_REPLY"]

Event = Dict[str, Any]

DEFAULT_GA_MODEL = "gpt-realtime"
"""The model reported by a GA session opened without ``model`` (e.g. with only ``call_id``)."""

EMPTY_CONVERSATION_REPLY = "Hello! How can I help you today?"
"""The assistant's reply when the conversation holds no user text to echo."""


def _new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:22]}"


class _InvalidEvent(Exception):
    """A client event the real API would reject; becomes an ``error`` server event."""

    def __init__(self, message: str, *, code: str, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.param = param


def _missing(param: str) -> _InvalidEvent:
    return _InvalidEvent(f"Missing required parameter: '{param}'.", code="missing_required_parameter", param=param)


def _invalid_type(param: str, expected: str, value: object) -> _InvalidEvent:
    return _InvalidEvent(
        f"Invalid type for '{param}': expected {expected}, but got {_json_type_name(value)}.",
        code="invalid_type",
        param=param,
    )


def _json_type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a decimal"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _require(event: Event, key: str) -> object:
    if key not in event or event[key] is None:
        raise _missing(key)
    return event[key]


def _require_object(event: Event, key: str) -> Event:
    value = _require(event, key)
    if not isinstance(value, dict):
        raise _invalid_type(key, "an object", value)
    return value  # pyright: ignore[reportUnknownVariableType] -- decoded JSON object


def _require_str(event: Event, key: str) -> str:
    value = _require(event, key)
    if not isinstance(value, str):
        raise _invalid_type(key, "a string", value)
    return value


def _require_int(event: Event, key: str) -> int:
    value = _require(event, key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _invalid_type(key, "a non-negative integer", value)
    return value


def _optional_str(event: Event, key: str) -> str | None:
    value = event.get(key)
    if value is not None and not isinstance(value, str):
        raise _invalid_type(key, "a string", value)
    return value


# Type checks the real service applies to the commonly used session fields (others are stored as given).
_SESSION_FIELD_TYPES: Dict[str, tuple[type | tuple[type, ...], str]] = {
    "instructions": (str, "a string"),
    "voice": (str, "a string"),
    "tools": (list, "an array"),
    "tool_choice": ((str, dict), "a string or an object"),
    "temperature": ((int, float), "a number"),
    "speed": ((int, float), "a number"),
}


def _words(text: str) -> list[str]:
    # Deltas are whole words with their trailing whitespace, so joining them gives the text back exactly.
    return re.findall(r"\S+\s*|\s+", text) or [""]


def _text_parts(item: Event) -> list[str]:
    """The ``text`` strings of an item's content parts, in order (other parts and malformed content skipped)."""
    content: object = item.get("content")
    if not isinstance(content, list):
        return []
    texts: list[str] = []
    for part in content:  # pyright: ignore[reportUnknownVariableType] -- decoded JSON
        if isinstance(part, dict):
            text: object = part.get("text")  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType] -- decoded JSON
            if isinstance(text, str):
                texts.append(text)
    return texts


class RealtimeSession:
    """One realtime conversation: feed it client messages, get back the server events to send, in order."""

    def __init__(self, *, beta: bool, model: str | None, call_id: str | None = None) -> None:
        self.beta = beta
        self.model = model or DEFAULT_GA_MODEL
        self.call_id = call_id
        self.session_id = _new_id("sess_")
        self.expires_at = int(time.time()) + 30 * 60
        self.conversation_id = _new_id("conv_")
        self.items: Dict[str, Event] = {}
        """Conversation items by id, in conversation order (dicts keep insertion order)."""
        self.audio_buffer = bytearray()
        self.last_response_id: str | None = None
        self.config: Event = self._initial_config()
        self._handlers: Dict[str, Callable[[Event], List[Event]]] = {
            "session.update": self._session_update,
            "conversation.item.create": self._item_create,
            "conversation.item.delete": self._item_delete,
            "conversation.item.retrieve": self._item_retrieve,
            "conversation.item.truncate": self._item_truncate,
            "input_audio_buffer.append": self._audio_append,
            "input_audio_buffer.commit": self._audio_commit,
            "input_audio_buffer.clear": self._audio_clear,
            "output_audio_buffer.clear": self._output_audio_clear,
            "response.create": self._response_create,
            "response.cancel": self._response_cancel,
        }
        if beta:
            self._handlers["transcription_session.update"] = self._transcription_session_update

    # ----------------------------------------------------------------------------------------------------
    # entry points

    def opening_events(self) -> list[Event]:
        """What the server sends as soon as the connection is open."""
        return [self._event("session.created", session=self._session_object())]

    def handle(self, message: str | bytes) -> list[Event]:
        """Process one client message and return the server events it causes."""
        client_event_id: str | None = None
        try:
            if isinstance(message, bytes):
                raise _InvalidEvent(
                    "Binary messages are not supported; send client events as JSON text messages.",
                    code="invalid_value",
                )
            try:
                event = json.loads(message)
            except json.JSONDecodeError as exc:
                raise _InvalidEvent(
                    f"The client event is not valid JSON: {exc.msg} (line {exc.lineno} column {exc.colno}).",
                    code="invalid_json",
                ) from None
            if not isinstance(event, dict):
                raise _InvalidEvent("A client event must be a JSON object.", code="invalid_type")
            event_dict: Event = event  # pyright: ignore[reportUnknownVariableType] -- decoded JSON object
            raw_id = event_dict.get("event_id")
            client_event_id = raw_id if isinstance(raw_id, str) else None
            event_type = _require_str(event_dict, "type")
            handler = self._handlers.get(event_type)
            if handler is None:
                supported = ", ".join(f"'{name}'" for name in self._handlers)
                raise _InvalidEvent(
                    f"Invalid value: '{event_type}'. Supported values are: {supported}.",
                    code="invalid_value",
                    param="type",
                )
            return handler(event_dict)
        except _InvalidEvent as exc:
            return [self._error_event(exc, client_event_id)]

    # ----------------------------------------------------------------------------------------------------
    # building blocks

    def _event(self, event_type: str, **fields: object) -> Event:
        return {"type": event_type, "event_id": _new_id("event_"), **fields}

    def _error_event(self, exc: _InvalidEvent, client_event_id: str | None) -> Event:
        return self._event(
            "error",
            error={
                "type": "invalid_request_error",
                "code": exc.code,
                "message": exc.message,
                "param": exc.param,
                "event_id": client_event_id,
            },
        )

    def _initial_config(self) -> Event:
        if self.beta:
            return {
                "model": self.model,
                "modalities": ["text", "audio"],
                "instructions": "",
                "voice": "alloy",
                "input_audio_format": "pcm16",
                "output_audio_format": "pcm16",
                "input_audio_transcription": None,
                "turn_detection": {
                    "type": "server_vad",
                    "threshold": 0.5,
                    "prefix_padding_ms": 300,
                    "silence_duration_ms": 200,
                    "create_response": True,
                    "interrupt_response": True,
                },
                "input_audio_noise_reduction": None,
                "tools": [],
                "tool_choice": "auto",
                "temperature": 0.8,
                "max_response_output_tokens": "inf",
                "speed": 1.0,
                "tracing": None,
            }
        return {
            "type": "realtime",
            "model": self.model,
            "output_modalities": ["audio"],
            "instructions": "",
            "audio": {
                "input": {
                    "format": {"type": "audio/pcm", "rate": 24000},
                    "transcription": None,
                    "noise_reduction": None,
                    "turn_detection": {
                        "type": "server_vad",
                        "threshold": 0.5,
                        "prefix_padding_ms": 300,
                        "silence_duration_ms": 200,
                        "create_response": True,
                        "interrupt_response": True,
                    },
                },
                "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "alloy", "speed": 1.0},
            },
            "include": None,
            "tools": [],
            "tool_choice": "auto",
            "max_output_tokens": "inf",
            "tracing": None,
            "truncation": "auto",
            "prompt": None,
        }

    def _session_object(self) -> Event:
        session: Event = {"id": self.session_id, "object": "realtime.session"}
        session.update(self.config)
        session["expires_at"] = self.expires_at
        return session

    def _last_item_id(self) -> str | None:
        return next(reversed(self.items), None)

    def _find_item(self, item_id: str, param: str = "item_id") -> Event:
        item = self.items.get(item_id)
        if item is None:
            raise _InvalidEvent(
                f"Item with item_id '{item_id}' not found in the conversation.", code="item_not_found", param=param
            )
        return item

    def _insert_item(self, item: Event, previous_item_id: str | None) -> str | None:
        """Insert after ``previous_item_id`` (``None`` appends; ``"root"`` prepends); return the actual predecessor."""
        if previous_item_id is None:
            predecessor = self._last_item_id()
            self.items[item["id"]] = item
            return predecessor
        if previous_item_id != "root":
            self._find_item(previous_item_id, "previous_item_id")
        rebuilt: Dict[str, Event] = {}
        if previous_item_id == "root":
            rebuilt[item["id"]] = item
        for key, value in self.items.items():
            rebuilt[key] = value
            if key == previous_item_id:
                rebuilt[item["id"]] = item
        self.items = rebuilt
        return None if previous_item_id == "root" else previous_item_id

    # ----------------------------------------------------------------------------------------------------
    # session

    def _session_update(self, event: Event) -> list[Event]:
        session = _require_object(event, "session")
        if not self.beta:
            session_type = session.get("type")
            if session_type is None:
                raise _missing("session.type")
            if session_type not in ("realtime", "transcription"):
                raise _InvalidEvent(
                    f"Invalid value: '{session_type}'. Supported values are: 'realtime' and 'transcription'.",
                    code="invalid_value",
                    param="session.type",
                )
        for key, (expected, description) in _SESSION_FIELD_TYPES.items():
            value = session.get(key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, expected)):
                raise _invalid_type(f"session.{key}", description, value)
        modality_key = "modalities" if self.beta else "output_modalities"
        if modality_key in session:
            modalities = session[modality_key]
            if not isinstance(modalities, list) or any(m not in ("text", "audio") for m in modalities):  # pyright: ignore[reportUnknownVariableType] -- decoded JSON
                raise _InvalidEvent(
                    f"Invalid value for 'session.{modality_key}': expected a list of 'text' and/or 'audio'.",
                    code="invalid_value",
                    param=f"session.{modality_key}",
                )
        for key, value in session.items():
            current = self.config.get(key)
            if isinstance(current, dict) and isinstance(value, dict):
                merged: Event = dict(current)  # pyright: ignore[reportUnknownArgumentType] -- JSON object
                merged.update(value)  # pyright: ignore[reportUnknownArgumentType] -- JSON object
                self.config[key] = merged
            else:
                self.config[key] = value
        return [self._event("session.updated", session=self._session_object())]

    def _transcription_session_update(self, event: Event) -> list[Event]:
        session = _require_object(event, "session")
        transcription: Event = {"id": _new_id("sess_"), "object": "realtime.transcription_session"}
        transcription.update(session)
        return [self._event("transcription_session.updated", session=transcription)]

    # ----------------------------------------------------------------------------------------------------
    # conversation items

    def _item_create(self, event: Event) -> list[Event]:
        item = dict(_require_object(event, "item"))
        previous_item_id = _optional_str(event, "previous_item_id")
        item_type = item.get("type")
        if item_type is None:
            raise _missing("item.type")
        if item_type not in ("message", "function_call", "function_call_output"):
            raise _InvalidEvent(
                f"Invalid value: '{item_type}'. Supported values are: 'message', 'function_call', and "
                "'function_call_output'.",
                code="invalid_value",
                param="item.type",
            )
        if item_type == "message":
            role = item.get("role")
            if role is None:
                raise _missing("item.role")
            if role not in ("user", "assistant", "system"):
                raise _InvalidEvent(
                    f"Invalid value: '{role}'. Supported values are: 'user', 'assistant', and 'system'.",
                    code="invalid_value",
                    param="item.role",
                )
            content = item.get("content")
            if content is None:
                raise _missing("item.content")
            if not isinstance(content, list):
                raise _invalid_type("item.content", "an array", content)
        elif item_type == "function_call_output":
            if not isinstance(item.get("call_id"), str):
                raise _missing("item.call_id")
            if not isinstance(item.get("output"), str):
                raise _missing("item.output")
        else:
            for key in ("call_id", "name", "arguments"):
                if not isinstance(item.get(key), str):
                    raise _missing(f"item.{key}")
        item_id = item.get("id")
        if item_id is None:
            item["id"] = _new_id("item_")
        elif not isinstance(item_id, str):
            raise _invalid_type("item.id", "a string", item_id)
        elif item_id in self.items:
            raise _InvalidEvent(
                f"Item with id '{item_id}' already exists in the conversation.",
                code="duplicate_item_id",
                param="item.id",
            )
        item["object"] = "realtime.item"
        item.setdefault("status", "completed")
        predecessor = self._insert_item(item, previous_item_id)
        if self.beta:
            return [self._event("conversation.item.created", previous_item_id=predecessor, item=item)]
        return [
            self._event("conversation.item.created", previous_item_id=predecessor, item=item),
            self._event("conversation.item.added", previous_item_id=predecessor, item=item),
            self._event("conversation.item.done", previous_item_id=predecessor, item=item),
        ]

    def _item_delete(self, event: Event) -> list[Event]:
        item_id = _require_str(event, "item_id")
        self._find_item(item_id)
        del self.items[item_id]
        return [self._event("conversation.item.deleted", item_id=item_id)]

    def _item_retrieve(self, event: Event) -> list[Event]:
        item = self._find_item(_require_str(event, "item_id"))
        return [self._event("conversation.item.retrieved", item=item)]

    def _item_truncate(self, event: Event) -> list[Event]:
        item_id = _require_str(event, "item_id")
        content_index = _require_int(event, "content_index")
        audio_end_ms = _require_int(event, "audio_end_ms")
        item = self._find_item(item_id)
        if item.get("role") != "assistant":
            raise _InvalidEvent("Only assistant message items can be truncated.", code="invalid_value", param="item_id")
        content = item.get("content")
        if not isinstance(content, list) or content_index >= len(content):  # pyright: ignore[reportUnknownArgumentType] -- JSON
            raise _InvalidEvent(
                f"Content index {content_index} is out of range for item '{item_id}'.",
                code="invalid_value",
                param="content_index",
            )
        return [
            self._event(
                "conversation.item.truncated", item_id=item_id, content_index=content_index, audio_end_ms=audio_end_ms
            )
        ]

    # ----------------------------------------------------------------------------------------------------
    # audio buffers

    def _audio_append(self, event: Event) -> list[Event]:
        audio = _require_str(event, "audio")
        try:
            self.audio_buffer += base64.b64decode(audio, validate=True)
        except (binascii.Error, ValueError):
            raise _InvalidEvent(
                "Invalid 'audio': expected base64-encoded audio bytes.", code="invalid_value", param="audio"
            ) from None
        # The real service acknowledges appends only implicitly (on commit), so nothing is sent here.
        return []

    def _audio_commit(self, event: Event) -> list[Event]:
        del event
        if not self.audio_buffer:
            raise _InvalidEvent(
                "Error committing input audio buffer: the buffer is empty.", code="input_audio_buffer_commit_empty"
            )
        audio = base64.b64encode(bytes(self.audio_buffer)).decode("ascii")
        self.audio_buffer.clear()
        item: Event = {
            "id": _new_id("item_"),
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [{"type": "input_audio", "audio": audio, "transcript": None}],
        }
        predecessor = self._insert_item(item, None)
        return [
            self._event("input_audio_buffer.committed", previous_item_id=predecessor, item_id=item["id"]),
            self._event("conversation.item.created", previous_item_id=predecessor, item=item),
        ]

    def _audio_clear(self, event: Event) -> list[Event]:
        del event
        self.audio_buffer.clear()
        return [self._event("input_audio_buffer.cleared")]

    def _output_audio_clear(self, event: Event) -> list[Event]:
        del event
        return [self._event("output_audio_buffer.cleared", response_id=self.last_response_id)]

    # ----------------------------------------------------------------------------------------------------
    # responses

    def _reply_text(self, input_items: list[Event] | None) -> str:
        items = input_items if input_items is not None else list(self.items.values())
        for item in reversed(items):
            if item.get("type") != "message" or item.get("role") != "user":
                continue
            for text in reversed(_text_parts(item)):
                if text:
                    return text
        return EMPTY_CONVERSATION_REPLY

    def _count_input_words(self, input_items: list[Event] | None) -> int:
        # A rough token count: one per word of text input, at least one per item.
        total = 0
        for item in input_items if input_items is not None else self.items.values():
            total += max(sum(len(text.split()) for text in _text_parts(item)), 1)
        return total

    def _response_create(self, event: Event) -> list[Event]:
        params: Event = {}
        if event.get("response") is not None:
            params = _require_object(event, "response")
        conversation = params.get("conversation", "auto")
        if conversation not in ("auto", "none"):
            raise _InvalidEvent(
                f"Invalid value: '{conversation}'. Supported values are: 'auto' and 'none'.",
                code="invalid_value",
                param="response.conversation",
            )
        input_items: list[Event] | None = None
        if params.get("input") is not None:
            raw_input = params["input"]
            if not isinstance(raw_input, list):
                raise _invalid_type("response.input", "an array", raw_input)
            input_items = [part for part in raw_input if isinstance(part, dict)]  # pyright: ignore[reportUnknownVariableType] -- JSON
        metadata = params.get("metadata")
        text = self._reply_text(input_items)

        modality_key = "modalities" if self.beta else "output_modalities"
        modalities = params.get(modality_key, self.config.get(modality_key))
        response_id = _new_id("resp_")
        item_id = _new_id("item_")
        content_type = "text" if self.beta else "output_text"
        in_conversation = conversation == "auto"
        conversation_id = self.conversation_id if in_conversation else None

        def response(status: str, output: list[Event], usage: Event | None) -> Event:
            body: Event = {
                "id": response_id,
                "object": "realtime.response",
                "status": status,
                "status_details": None if status == "in_progress" else {"type": status, "reason": None, "error": None},
                "output": output,
                "conversation_id": conversation_id,
                modality_key: modalities,
                "max_output_tokens": params.get("max_output_tokens", self.config.get("max_output_tokens", "inf")),
                "metadata": metadata,
                "usage": usage,
            }
            if self.beta:
                body["voice"] = self.config.get("voice")
                body["output_audio_format"] = self.config.get("output_audio_format")
                body["temperature"] = params.get("temperature", self.config.get("temperature"))
            else:
                body["audio"] = {"output": dict(self.config.get("audio", {}).get("output", {}))}
            return body

        def item(status: str, content: list[Event]) -> Event:
            return {
                "id": item_id,
                "object": "realtime.item",
                "type": "message",
                "status": status,
                "role": "assistant",
                "content": content,
            }

        location: Event = {"response_id": response_id, "item_id": item_id, "output_index": 0, "content_index": 0}
        delta_type = "response.text.delta" if self.beta else "response.output_text.delta"
        done_type = "response.text.done" if self.beta else "response.output_text.done"
        final_item = item("completed", [{"type": content_type, "text": text}])
        input_tokens = self._count_input_words(input_items)
        output_tokens = len(_words(text))
        usage: Event = {
            "total_tokens": input_tokens + output_tokens,
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "input_token_details": {"text_tokens": input_tokens, "audio_tokens": 0, "cached_tokens": 0},
            "output_token_details": {"text_tokens": output_tokens, "audio_tokens": 0},
        }

        events: list[Event] = [
            self._event("response.created", response=response("in_progress", [], None)),
            self._event(
                "response.output_item.added", response_id=response_id, output_index=0, item=item("in_progress", [])
            ),
        ]
        predecessor: str | None = None
        if in_conversation:
            predecessor = self._insert_item(final_item, None)
            added = "conversation.item.created" if self.beta else "conversation.item.added"
            events.append(self._event(added, previous_item_id=predecessor, item=item("in_progress", [])))
        events.append(self._event("response.content_part.added", **location, part={"type": "text", "text": ""}))
        events.extend(self._event(delta_type, **location, delta=piece) for piece in _words(text) if piece)
        events.append(self._event(done_type, **location, text=text))
        events.append(self._event("response.content_part.done", **location, part={"type": "text", "text": text}))
        events.append(
            self._event("response.output_item.done", response_id=response_id, output_index=0, item=final_item)
        )
        if in_conversation and not self.beta:
            events.append(self._event("conversation.item.done", previous_item_id=predecessor, item=final_item))
        events.append(self._event("response.done", response=response("completed", [final_item], usage)))
        self.last_response_id = response_id
        return events

    def _response_cancel(self, event: Event) -> list[Event]:
        response_id = _optional_str(event, "response_id")
        # Responses of this server complete within the handling of `response.create`, so there is never an
        # active one left to cancel; the real API reports exactly this case as an error.
        message = (
            f"Cancellation failed: no active response found with id '{response_id}'."
            if response_id
            else "Cancellation failed: no active response found."
        )
        raise _InvalidEvent(message, code="response_cancel_not_active")


def error_json(message: str, *, code: str, param: str | None = None, type_: str = "invalid_request_error") -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": param, "code": code}}).encode("utf-8")


async def refuse(
    writer: asyncio.StreamWriter, status: int, body: bytes, extra_headers: Optional[Dict[str, str]] = None
) -> None:
    writer.write(http_error_response(status, body, extra_headers=extra_headers))
    try:
        await writer.drain()
        writer.close()
        await writer.wait_closed()
    except (ConnectionError, OSError):
        pass


async def serve(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    method: str,
    target: str,
    headers: HeadersInput,
    state: object,
) -> None:
    """Serve one realtime WebSocket connection whose request line and headers have already been read.

    ``state`` is the server's shared state; realtime conversations are per connection and do not use it.
    Returns when the connection is closed, by either side.
    """
    del state
    header_map = normalize_headers(headers)
    try:
        key = check_handshake(method, header_map)
    except HandshakeError as exc:
        await refuse(writer, exc.status, error_json(str(exc), code="invalid_websocket_handshake"), exc.extra_headers)
        return
    if not header_map.get("authorization") and not header_map.get("api-key"):
        await refuse(
            writer,
            401,
            error_json(
                "You didn't provide an API key. You need to provide your API key in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                code="missing_api_key",
            ),
        )
        return
    query = dict(parse_qsl(urlsplit(target).query, keep_blank_values=True))
    beta_tokens = {token.strip() for token in header_map.get("openai-beta", "").split(",")}
    beta = "realtime=v1" in beta_tokens
    # Azure names the deployment instead of the model.
    model = query.get("model") or query.get("deployment") or None
    if beta and model is None:
        await refuse(
            writer,
            400,
            error_json("Missing required parameter: 'model'.", code="missing_required_parameter", param="model"),
        )
        return

    writer.write(handshake_response(key))
    await writer.drain()
    connection = WebSocketConnection(reader, writer)
    session = RealtimeSession(beta=beta, model=model, call_id=query.get("call_id") or None)
    try:
        for event in session.opening_events():
            await connection.send(json.dumps(event))
        while True:
            message = await connection.recv()
            if message is None:
                break
            for event in session.handle(message):
                await connection.send(json.dumps(event))
    except (ConnectionError, OSError):
        # The client vanished mid-send; there is nobody left to report to.
        await connection.abort()
