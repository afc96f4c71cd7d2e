"""A small server-side WebSocket implementation (RFC 6455) for the built-in local server.

This module owns the opening handshake (validating the upgrade request and computing
``Sec-WebSocket-Accept``), a sans-I/O frame codec (:class:`FrameDecoder`, :func:`encode_frame`) and
:class:`WebSocketConnection`, which runs the message layer (fragment reassembly, UTF-8 checks, ping/pong,
the closing handshake) over asyncio streams.

It is hand-written on purpose: the local server must work with nothing but the package's runtime
dependencies, so it cannot require the ``websockets`` library that the SDK's realtime client uses.
Extensions (``permessage-deflate``) and subprotocols are never negotiated, which RFC 6455 allows: a
client that offers them simply gets an uncompressed connection.
"""

from __future__ import annotations

import os
import enum
import base64
import struct
import asyncio
import hashlib
from typing import Union, Mapping, Iterable, Optional
from dataclasses import dataclass

__all__ = [
    "WEBSOCKET_GUID",
    "CloseCode",
    "Opcode",
    "Frame",
    "FrameDecoder",
    "WebSocketProtocolError",
    "HandshakeError",
    "WebSocketConnection",
    "accept_key",
    "check_handshake",
    "encode_frame",
    "encode_close_payload",
    "decode_close_payload",
    "handshake_response",
    "http_error_response",
    "normalize_headers",
]

WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
"""The fixed GUID of RFC 6455 section 1.3, appended to the client key to derive the accept key."""

DEFAULT_MAX_MESSAGE_SIZE = 16 * 1024 * 1024

HeadersInput = Union[Mapping[str, str], Mapping[bytes, bytes], Iterable[tuple[str, str]], Iterable[tuple[bytes, bytes]]]


class Opcode(enum.IntEnum):
    CONTINUATION = 0x0
    TEXT = 0x1
    BINARY = 0x2
    CLOSE = 0x8
    PING = 0x9
    PONG = 0xA


class CloseCode(enum.IntEnum):
    NORMAL = 1000
    GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    UNSUPPORTED_DATA = 1003
    NO_STATUS = 1005
    ABNORMAL = 1006
    INVALID_PAYLOAD = 1007
    POLICY_VIOLATION = 1008
    MESSAGE_TOO_BIG = 1009
    INTERNAL_ERROR = 1011


_CONTROL_OPCODES = frozenset({Opcode.CLOSE, Opcode.PING, Opcode.PONG})
_KNOWN_OPCODES = frozenset(int(op) for op in Opcode)
# Codes a peer may legitimately put on the wire (RFC 6455 section 7.4): 1005/1006/1015 are reserved for
# local reporting only, 1004 is reserved, and 3000-4999 are for libraries and applications.
_SENDABLE_CLOSE_CODES = frozenset({1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014})


class WebSocketProtocolError(Exception):
    """The peer broke RFC 6455; ``close_code`` is the status to fail the connection with."""

    def __init__(self, message: str, close_code: int = CloseCode.PROTOCOL_ERROR) -> None:
        super().__init__(message)
        self.close_code = close_code


class HandshakeError(Exception):
    """The upgrade request is not a valid WebSocket opening handshake; carries the HTTP answer to give."""

    def __init__(self, message: str, status: int = 400, extra_headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.extra_headers: dict[str, str] = dict(extra_headers or {})


@dataclass(frozen=True)
class Frame:
    """One decoded frame, payload already unmasked."""

    fin: bool
    opcode: int
    payload: bytes


# --------------------------------------------------------------------------------------------------------
# handshake


def normalize_headers(headers: HeadersInput) -> dict[str, str]:
    """Flatten any header container into a dict with lower-case names (repeated names joined with ``, ``)."""
    items: Iterable[tuple[str | bytes, str | bytes]]
    if isinstance(headers, Mapping):
        mapping: Mapping[str | bytes, str | bytes] = headers  # type: ignore[assignment]  # str- or bytes-keyed
        items = mapping.items()
    else:
        items = headers
    result: dict[str, str] = {}
    for raw_name, raw_value in items:
        name = (raw_name.decode("latin-1") if isinstance(raw_name, bytes) else raw_name).lower()
        value = raw_value.decode("latin-1") if isinstance(raw_value, bytes) else raw_value
        result[name] = f"{result[name]}, {value}" if name in result else value
    return result


def accept_key(key: str) -> str:
    """``Sec-WebSocket-Accept`` for a client's ``Sec-WebSocket-Key``."""
    digest = hashlib.sha1((key + WEBSOCKET_GUID).encode("ascii")).digest()
    return base64.b64encode(digest).decode("ascii")


def _header_tokens(value: str) -> set[str]:
    return {token.strip().lower() for token in value.split(",") if token.strip()}


def check_handshake(method: str, headers: Mapping[str, str]) -> str:
    """Validate an opening handshake (headers with lower-case names) and return the client key.

    Raises:
        HandshakeError: naming the first requirement of RFC 6455 section 4.2.1 the request misses.
    """
    if method.upper() != "GET":
        raise HandshakeError(
            f"WebSocket upgrade requires GET, got {method!r}", status=405, extra_headers={"Allow": "GET"}
        )
    if "websocket" not in _header_tokens(headers.get("upgrade", "")):
        raise HandshakeError(
            "Missing or invalid `Upgrade: websocket` header", status=426, extra_headers={"Upgrade": "websocket"}
        )
    if "upgrade" not in _header_tokens(headers.get("connection", "")):
        raise HandshakeError("Missing `Connection: Upgrade` header")
    version = headers.get("sec-websocket-version", "").strip()
    if version != "13":
        raise HandshakeError(
            f"Unsupported Sec-WebSocket-Version {version!r}; only 13 is supported",
            status=426,
            extra_headers={"Sec-WebSocket-Version": "13"},
        )
    key = headers.get("sec-websocket-key", "").strip()
    try:
        decoded = base64.b64decode(key.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        decoded = b""
    if len(decoded) != 16:
        raise HandshakeError("Missing or invalid Sec-WebSocket-Key header (must be 16 bytes, base64-encoded)")
    return key


def handshake_response(key: str) -> bytes:
    """The ``101 Switching Protocols`` answer that completes the handshake."""
    return (
        "HTTP/1.1 101 Switching Protocols\r\n"
        "Upgrade: websocket\r\n"
        "Connection: Upgrade\r\n"
        f"Sec-WebSocket-Accept: {accept_key(key)}\r\n"
        "\r\n"
    ).encode("ascii")


_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    426: "Upgrade Required",
}


def http_error_response(
    status: int, body: bytes, *, content_type: str = "application/json", extra_headers: Mapping[str, str] | None = None
) -> bytes:
    """A complete, connection-closing HTTP/1.1 response used to refuse an upgrade."""
    lines = [
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
    ]
    lines.extend(f"{name}: {value}" for name, value in (extra_headers or {}).items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


# --------------------------------------------------------------------------------------------------------
# frame codec


def _apply_mask(payload: bytes, mask: bytes) -> bytes:
    if not payload:
        return payload
    # XOR through big integers: one C-level operation instead of a Python loop per byte.
    repeated = (mask * (len(payload) // 4 + 1))[: len(payload)]
    value = int.from_bytes(payload, "little") ^ int.from_bytes(repeated, "little")
    return value.to_bytes(len(payload), "little")


def encode_frame(opcode: int, payload: bytes = b"", *, fin: bool = True, mask: bool | bytes = False) -> bytes:
    """Encode one frame. Servers send unmasked frames; pass ``mask=True`` (or a 4-byte key) to act as a client."""
    if opcode in _CONTROL_OPCODES and (len(payload) > 125 or not fin):
        raise ValueError("control frames must be final and carry at most 125 bytes")
    first = (0x80 if fin else 0) | (opcode & 0x0F)
    mask_key = b""
    if mask is True:
        mask_key = os.urandom(4)
    elif isinstance(mask, bytes) and mask:
        if len(mask) != 4:
            raise ValueError("a frame mask must be exactly 4 bytes")
        mask_key = mask
    mask_bit = 0x80 if mask_key else 0
    length = len(payload)
    if length < 126:
        header = struct.pack("!BB", first, mask_bit | length)
    elif length < 1 << 16:
        header = struct.pack("!BBH", first, mask_bit | 126, length)
    else:
        header = struct.pack("!BBQ", first, mask_bit | 127, length)
    if mask_key:
        return header + mask_key + _apply_mask(payload, mask_key)
    return header + payload


def encode_close_payload(code: int | None, reason: str = "") -> bytes:
    if code is None:
        return b""
    payload = struct.pack("!H", code) + reason.encode("utf-8")
    if len(payload) > 125:
        raise ValueError("close reason is too long (the frame payload is limited to 125 bytes)")
    return payload


def decode_close_payload(payload: bytes) -> tuple[int, str]:
    """Return ``(code, reason)``; an empty payload means 1005 (no status received)."""
    if not payload:
        return CloseCode.NO_STATUS, ""
    if len(payload) == 1:
        raise WebSocketProtocolError("close frame payload of one byte")
    (code,) = struct.unpack("!H", payload[:2])
    if code not in _SENDABLE_CLOSE_CODES and not 3000 <= code <= 4999:
        raise WebSocketProtocolError(f"invalid close code {code}")
    try:
        reason = payload[2:].decode("utf-8")
    except UnicodeDecodeError:
        raise WebSocketProtocolError("close reason is not valid UTF-8", CloseCode.INVALID_PAYLOAD) from None
    return code, reason


class FrameDecoder:
    """Incremental frame parser: feed bytes in chunks of any size, get complete frames back.

    With ``require_mask=True`` (the server side) unmasked frames are a protocol error, as RFC 6455 section
    5.1 demands; a client-side decoder passes ``False`` and rejects masked frames instead.
    """

    def __init__(self, *, require_mask: bool = True, max_frame_size: int = DEFAULT_MAX_MESSAGE_SIZE) -> None:
        self._buffer = bytearray()
        self._require_mask = require_mask
        self._max_frame_size = max_frame_size

    def feed(self, data: bytes) -> list[Frame]:
        self._buffer += data
        frames: list[Frame] = []
        while True:
            frame = self._next_frame()
            if frame is None:
                return frames
            frames.append(frame)

    def _next_frame(self) -> Frame | None:
        buf = self._buffer
        if len(buf) < 2:
            return None
        first, second = buf[0], buf[1]
        fin = bool(first & 0x80)
        if first & 0x70:
            raise WebSocketProtocolError("reserved bits set but no extension was negotiated")
        opcode = first & 0x0F
        if opcode not in _KNOWN_OPCODES:
            raise WebSocketProtocolError(f"unknown opcode {opcode:#x}")
        masked = bool(second & 0x80)
        if masked != self._require_mask:
            raise WebSocketProtocolError(
                "client frames must be masked" if self._require_mask else "server frames must not be masked"
            )
        length = second & 0x7F
        offset = 2
        if length == 126:
            if len(buf) < 4:
                return None
            (length,) = struct.unpack_from("!H", buf, 2)
            offset = 4
        elif length == 127:
            if len(buf) < 10:
                return None
            (length,) = struct.unpack_from("!Q", buf, 2)
            if length >> 63:
                raise WebSocketProtocolError("frame length has its most significant bit set")
            offset = 10
        if opcode in _CONTROL_OPCODES and (length > 125 or not fin):
            raise WebSocketProtocolError("control frames must be final and carry at most 125 bytes")
        if length > self._max_frame_size:
            raise WebSocketProtocolError(f"frame of {length} bytes exceeds the limit", CloseCode.MESSAGE_TOO_BIG)
        mask = b""
        if masked:
            if len(buf) < offset + 4:
                return None
            mask = bytes(buf[offset : offset + 4])
            offset += 4
        if len(buf) < offset + length:
            return None
        payload = bytes(buf[offset : offset + length])
        del buf[: offset + length]
        if mask:
            payload = _apply_mask(payload, mask)
        return Frame(fin=fin, opcode=opcode, payload=payload)


# --------------------------------------------------------------------------------------------------------
# connection


Message = Union[str, bytes]


class WebSocketConnection:
    """The server end of an upgraded connection, on asyncio streams.

    :meth:`recv` returns whole messages (``str`` for text, ``bytes`` for binary) and ``None`` once the
    connection is closed; control frames are handled inside it. Protocol violations by the peer fail the
    connection with the matching close code (RFC 6455 section 7.1.7).
    """

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._decoder = FrameDecoder(require_mask=True, max_frame_size=max_message_size)
        self._max_message_size = max_message_size
        self._pending: list[Frame] = []
        self._fragments: list[bytes] = []
        self._fragment_opcode: Optional[int] = None
        self._fragment_size = 0
        self._close_sent = False
        self._closed = False
        self.close_code: int | None = None
        """The code of the close frame received from the peer (1005 if it had none; 1006 if the TCP link dropped)."""
        self.close_reason = ""

    @property
    def closed(self) -> bool:
        return self._closed

    async def _read_frame(self) -> Frame | None:
        while not self._pending:
            data = await self._reader.read(65536)
            if not data:
                return None
            self._pending.extend(self._decoder.feed(data))
        return self._pending.pop(0)

    async def recv(self) -> Message | None:
        """The next message, or ``None`` when the connection has been closed (cleanly or not)."""
        while not self._closed:
            try:
                frame = await self._read_frame()
            except WebSocketProtocolError as exc:
                await self._fail(exc.close_code, str(exc))
                return None
            except (ConnectionError, asyncio.IncompleteReadError):
                frame = None
            if frame is None:
                self.close_code = CloseCode.ABNORMAL
                await self._shutdown()
                return None
            try:
                message = await self._handle_frame(frame)
            except WebSocketProtocolError as exc:
                await self._fail(exc.close_code, str(exc))
                return None
            if message is not None:
                return message
        return None

    async def _handle_frame(self, frame: Frame) -> Message | None:
        opcode = frame.opcode
        if opcode == Opcode.PING:
            await self._write(encode_frame(Opcode.PONG, frame.payload))
            return None
        if opcode == Opcode.PONG:
            return None
        if opcode == Opcode.CLOSE:
            code, reason = decode_close_payload(frame.payload)
            self.close_code, self.close_reason = code, reason
            if not self._close_sent:
                # Echo the peer's status code, as RFC 6455 section 5.5.1 suggests.
                echo = None if code == CloseCode.NO_STATUS else code
                await self._send_close(echo, "")
            await self._shutdown()
            return None
        if opcode == Opcode.CONTINUATION:
            if self._fragment_opcode is None:
                raise WebSocketProtocolError("continuation frame without a message in progress")
        else:
            if self._fragment_opcode is not None:
                raise WebSocketProtocolError("new data frame while a fragmented message is in progress")
            self._fragment_opcode = opcode
        self._fragment_size += len(frame.payload)
        if self._fragment_size > self._max_message_size:
            raise WebSocketProtocolError("message exceeds the size limit", CloseCode.MESSAGE_TOO_BIG)
        self._fragments.append(frame.payload)
        if not frame.fin:
            return None
        data = b"".join(self._fragments)
        message_opcode = self._fragment_opcode
        self._fragments, self._fragment_opcode, self._fragment_size = [], None, 0
        if message_opcode == Opcode.TEXT:
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                raise WebSocketProtocolError("text message is not valid UTF-8", CloseCode.INVALID_PAYLOAD) from None
        return data

    async def send(self, message: Message) -> None:
        """Send one text (``str``) or binary (``bytes``) message as a single frame."""
        if self._closed or self._close_sent:
            raise ConnectionError("the WebSocket connection is closed")
        if isinstance(message, str):
            await self._write(encode_frame(Opcode.TEXT, message.encode("utf-8")))
        else:
            await self._write(encode_frame(Opcode.BINARY, bytes(message)))

    async def ping(self, payload: bytes = b"") -> None:
        await self._write(encode_frame(Opcode.PING, payload))

    async def close(self, code: int = CloseCode.NORMAL, reason: str = "") -> None:
        """Start the closing handshake, wait (briefly) for the peer's close frame, then drop the TCP link."""
        if self._closed:
            return
        if not self._close_sent:
            await self._send_close(code, reason)
        try:
            await asyncio.wait_for(self._await_peer_close(), timeout=5)
        except (asyncio.TimeoutError, ConnectionError, WebSocketProtocolError, asyncio.IncompleteReadError):
            pass
        await self._shutdown()

    async def _await_peer_close(self) -> None:
        # A closing endpoint no longer processes data frames: discard them until the peer's close frame.
        while True:
            frame = await self._read_frame()
            if frame is None:
                return
            if frame.opcode == Opcode.CLOSE:
                self.close_code, self.close_reason = decode_close_payload(frame.payload)
                return

    async def abort(self) -> None:
        """Drop the TCP connection without a closing handshake (the peer sees an abnormal closure, 1006).

        Data already written is still delivered first (a FIN, not a reset), so a peer reliably receives every
        message sent before the drop.
        """
        self.close_code = CloseCode.ABNORMAL
        self._closed = True
        try:
            self._writer.close()
            await self._writer.wait_closed()
        except (ConnectionError, OSError):
            pass

    async def _fail(self, code: int, reason: str) -> None:
        self.close_code = code
        if not self._close_sent:
            try:
                await self._send_close(code, reason[:100])
            except ConnectionError:
                pass
        await self._shutdown()

    async def _send_close(self, code: int | None, reason: str) -> None:
        self._close_sent = True
        await self._write(encode_frame(Opcode.CLOSE, encode_close_payload(code, reason)))

    async def _write(self, data: bytes) -> None:
        self._writer.write(data)
        await self._writer.drain()

    async def _shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._writer.close()
            await self._writer.wait_closed()
        except (ConnectionError, OSError):
            pass
