"""Options for the WebSocket connection of realtime sessions (hand-written; listed in `keep_files`).

`client.realtime.connect(websocket_connection_options=...)` forwards these keywords to `websockets`' `connect()`.
The type lives in `openai.types` so applications can annotate their options without importing `openai.lib`.
"""

from __future__ import annotations

from typing import Any, Union, Optional, Sequence

from typing_extensions import Literal, TypeAlias, TypedDict

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]


class WebSocketConnectionOptions(TypedDict, total=False):
    """Keywords for `websockets`' `connect()`; any other keyword that function accepts may be passed too."""

    extensions: Optional[Sequence[Any]]
    """Extensions to negotiate (`websockets` extension factories)."""

    subprotocols: Optional[Sequence[str]]
    """Subprotocols to offer."""

    compression: Optional[Literal["deflate"]]
    """`"deflate"` (the default) enables per-message compression; `None` disables it."""

    max_size: Optional[int]
    """Largest incoming message, in bytes; `None` for no limit."""

    max_queue: Union[int, tuple[Optional[int], Optional[int]], None]
    """High-water mark (and optional low-water mark) of the incoming message buffer."""

    write_limit: Union[int, tuple[int, Optional[int]]]
    """High-water mark (and optional low-water mark) of the outgoing write buffer, in bytes."""


# the spelling of earlier releases, kept so code written against either name keeps working
WebsocketConnectionOptions: TypeAlias = WebSocketConnectionOptions
