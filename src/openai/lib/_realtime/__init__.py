"""Implementation of realtime (WebSocket) connections; the public names live in `openai.lib.realtime_connect`.

`_common` holds the I/O-free decisions (URL, headers, event encoding and decoding), `_senders` the
resource-style event senders, `_sync` / `_async` the two connection flavours, and `_errors` the close
exceptions (the only module importing ``websockets`` at import time).
"""
