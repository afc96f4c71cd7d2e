"""openai.testing: a built-in local OpenAI server for testing applications without the network.

```python
from openai import OpenAI
from openai.testing import Server

with Server() as server:
    client = OpenAI(base_url=server.url, api_key="test")
    server.reply("chat.completions.create", "Hi there!")
    completion = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
```

The server implements every operation of the SDK's generated surface from the SDK's own models: stateful
resources (create → retrieve / list / update / delete), generation endpoints with deterministic replies and
real streaming event sequences, request validation with API-style errors, scripted replies and injected
faults, and a request log. Clients can also reach it without sockets through `Server.transport()` /
`Server.async_transport()`, or `client()` / `async_client()` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._script import Fault, Reply, ToolCall, RecordedRequest
from ._server import Server

if TYPE_CHECKING:
    from .._client import OpenAI, AsyncOpenAI

__all__ = ["Server", "Reply", "Fault", "ToolCall", "RecordedRequest", "client", "async_client"]


def client(server: Server | None = None, **options: Any) -> OpenAI:
    """An `OpenAI` client routed in-process to `server` (a fresh, unstarted `Server` when omitted)."""
    return (server or Server()).client(**options)


def async_client(server: Server | None = None, **options: Any) -> AsyncOpenAI:
    """An `AsyncOpenAI` client routed in-process to `server` (a fresh, unstarted `Server` when omitted)."""
    return (server or Server()).async_client(**options)
