"""The exceptions a realtime or Responses WebSocket connection raises when its WebSocket is closed.

They are `openai.WebSocketConnectionClosedError` (the SDK's documented error, with ``code`` and ``reason``)
and, at the same time, the ``websockets`` exception the official SDK lets escape (``ConnectionClosedError``
for an abnormal close such as a dropped TCP connection, ``ConnectionClosedOK`` for a normal one), so
``except`` clauses written for either keep working. This module imports ``websockets`` and is therefore only
imported once a connection is being opened.
"""

from __future__ import annotations

from websockets.exceptions import ConnectionClosed, ConnectionClosedOK, ConnectionClosedError

from ..._exceptions import WebSocketConnectionClosedError

__all__ = ["RealtimeConnectionClosedError", "RealtimeConnectionClosedOK", "connection_closed_error"]


def _describe(code: int | None, reason: str | None, *, dropped: bool) -> str:
    if dropped:
        return "The WebSocket connection was dropped without a closing handshake (code 1006)"
    text = "The WebSocket connection is closed"
    if code is not None:
        text += f" (code {code}{f': {reason}' if reason else ''})"
    return text


def _init_sdk_side(error: WebSocketConnectionClosedError, message: str, code: int | None, reason: str | None) -> None:
    # `WebSocketConnectionClosedError.__init__` would chain through `super()` into the websockets constructor,
    # which takes different arguments; set the same state directly instead.
    Exception.__init__(error, message)
    error.code = code
    error.reason = reason
    error.unsent_messages = []


# Both bases declare `code`/`reason`: the SDK error as plain attributes, `websockets` as deprecated read-only
# properties. The class attributes below shadow those properties so the SDK's `__init__` can assign them.
class RealtimeConnectionClosedError(WebSocketConnectionClosedError, ConnectionClosedError):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride] -- see comment above
    """The connection closed abnormally: the server dropped it or closed it with an error code."""

    code: int | None = None  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride] -- shadows the websockets property
    reason: str | None = None  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride] -- shadows the websockets property

    def __init__(self, cause: ConnectionClosed) -> None:
        ConnectionClosedError.__init__(self, cause.rcvd, cause.sent, cause.rcvd_then_sent)
        code = cause.rcvd.code if cause.rcvd is not None else (cause.sent.code if cause.sent is not None else 1006)
        reason = cause.rcvd.reason if cause.rcvd is not None else None
        _init_sdk_side(self, _describe(code, reason, dropped=cause.rcvd is None and cause.sent is None), code, reason)

    def __str__(self) -> str:
        return str(self.args[0])


class RealtimeConnectionClosedOK(WebSocketConnectionClosedError, ConnectionClosedOK):  # type: ignore[misc]  # pyright: ignore[reportIncompatibleVariableOverride] -- see comment above
    """Raised by ``recv()``/``send()`` on a connection that was closed normally."""

    code: int | None = None  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride] -- shadows the websockets property
    reason: str | None = None  # type: ignore[assignment]  # pyright: ignore[reportIncompatibleVariableOverride] -- shadows the websockets property

    def __init__(self, cause: ConnectionClosed) -> None:
        ConnectionClosedOK.__init__(self, cause.rcvd, cause.sent, cause.rcvd_then_sent)
        closing = cause.rcvd if cause.rcvd is not None else cause.sent
        code = closing.code if closing is not None else None
        reason = closing.reason if closing is not None else None
        _init_sdk_side(self, _describe(code, reason, dropped=False), code, reason)

    def __str__(self) -> str:
        return str(self.args[0])


def connection_closed_error(cause: ConnectionClosed) -> WebSocketConnectionClosedError:
    """The SDK exception for a ``websockets`` close exception (raise it ``from cause``)."""
    if isinstance(cause, ConnectionClosedOK):
        return RealtimeConnectionClosedOK(cause)
    return RealtimeConnectionClosedError(cause)
