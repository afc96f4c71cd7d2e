"""The realtime WebSocket option and reconnection types: public in `openai.types`, shared with `openai.lib`."""

from __future__ import annotations

import sys
import subprocess
import dataclasses

import pytest

import openai
from openai.lib import realtime_connect
from openai.lib._realtime import _common, _reconnect
from openai.types.websocket_reconnection import ReconnectingEvent, ReconnectingOverrides, is_recoverable_close
from openai.types.websocket_connection_options import WebSocketConnectionOptions, WebsocketConnectionOptions


def test_one_definition_reached_from_every_import_path() -> None:
    assert openai.ReconnectingEvent is ReconnectingEvent
    assert openai.ReconnectingOverrides is ReconnectingOverrides
    assert realtime_connect.ReconnectingEvent is ReconnectingEvent
    assert realtime_connect.ReconnectingOverrides is ReconnectingOverrides
    assert realtime_connect.is_recoverable_close is is_recoverable_close
    assert _reconnect.is_recoverable_close is is_recoverable_close
    assert realtime_connect.WebsocketConnectionOptions is WebSocketConnectionOptions
    assert _common.WebsocketConnectionOptions is WebsocketConnectionOptions is WebSocketConnectionOptions


def test_types_modules_do_not_import_the_lib() -> None:
    # the layering rule (core -> types -> resources -> lib): importing the types must not pull `openai.lib` in
    code = (
        "import sys\n"
        "import openai.types.websocket_reconnection, openai.types.websocket_connection_options\n"
        "print(sorted(m for m in sys.modules if m.startswith('openai.lib')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (None, True),
        (1006, True),
        (1011, True),
        (1012, True),
        (1013, True),
        (1014, True),
        (1000, False),
        (1001, False),
        (1008, False),
        (4000, False),
    ],
)
def test_recoverable_close_codes(code: int | None, expected: bool) -> None:
    assert is_recoverable_close(code) is expected


def test_reconnecting_event_is_immutable_with_fresh_defaults() -> None:
    first = ReconnectingEvent(attempt=1, max_attempts=5, delay=0.5, close_code=1006)
    second = ReconnectingEvent(attempt=2, max_attempts=5, delay=1.0, close_code=1011)
    assert first.extra_query == {} and first.extra_headers == {}
    assert first.extra_query is not second.extra_query
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.attempt = 3  # type: ignore[misc]  # pyright: ignore[reportAttributeAccessIssue] - the point of the test


def test_typeddicts_list_the_accepted_keys() -> None:
    assert set(ReconnectingOverrides.__annotations__) == {"abort", "extra_query", "extra_headers"}
    assert set(WebSocketConnectionOptions.__annotations__) == {
        "extensions",
        "subprotocols",
        "compression",
        "max_size",
        "max_queue",
        "write_limit",
    }
    assert not ReconnectingOverrides.__required_keys__ and not WebSocketConnectionOptions.__required_keys__
