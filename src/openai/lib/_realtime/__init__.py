"""Implementation of WebSocket connections: realtime sessions and the Responses API over a WebSocket.

The public names live in `openai.lib.realtime_connect` and `openai.lib.responses_connect`. `_common` holds the
I/O-free decisions (URL, headers, event encoding and decoding), `_senders` the resource-style realtime event
senders, `_sync` / `_async` the connection and manager bases (`SyncWebSocketConnection`, ...) and the realtime
flavours, `_responses` the Responses flavours, `_reconnect` the reconnection policy and send queue, and `_errors`
the close exceptions (the only module importing ``websockets`` at import time).
"""
