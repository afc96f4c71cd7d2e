"""Response bodies the mocked OpenAI API returns in the interop tests, and the clients under test."""

from __future__ import annotations

import json
from typing import Any, Callable

import openai

API_KEY = "sk-interop-test"
CHAT_URL = "https://api.openai.com/v1/chat/completions"
MODELS_URL = "https://api.openai.com/v1/models"

CHAT_COMPLETION: dict[str, Any] = {
    "id": "chatcmpl-interop",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello from the mock", "refusal": None},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
}


def chunk(content: str | None, finish_reason: str | None = None) -> dict[str, Any]:
    delta: dict[str, Any] = {} if content is None else {"content": content}
    return {
        "id": "chatcmpl-interop",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}],
    }


STREAM_PARTS = ["Hel", "lo", " stream"]
SSE_BODY = (
    "".join(f"data: {json.dumps(chunk(part))}\n\n" for part in STREAM_PARTS)
    + f"data: {json.dumps(chunk(None, 'stop'))}\n\n"
    + "data: [DONE]\n\n"
).encode()
SSE_HEADERS = {"content-type": "text/event-stream"}

MESSAGES: list[Any] = [{"role": "user", "content": "Say hello"}]

# The clients an application builds without thinking about transports: the SDK's own default client, and the
# documented way to customise it while keeping the defaults.
SYNC_CLIENTS: dict[str, Callable[[], openai.OpenAI]] = {
    "default": lambda: openai.OpenAI(api_key=API_KEY),
    "DefaultHttpxClient": lambda: openai.OpenAI(api_key=API_KEY, http_client=openai.DefaultHttpxClient()),
}
ASYNC_CLIENTS: dict[str, Callable[[], openai.AsyncOpenAI]] = {
    "default": lambda: openai.AsyncOpenAI(api_key=API_KEY),
    "DefaultAsyncHttpxClient": lambda: openai.AsyncOpenAI(
        api_key=API_KEY, http_client=openai.DefaultAsyncHttpxClient()
    ),
}
