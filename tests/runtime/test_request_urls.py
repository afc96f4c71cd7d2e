"""Requests are built from parsed `httpx.URL`s (as the official client builds them), parsed once per URL."""

from __future__ import annotations

from typing import Any, List

import httpx

import openai
from openai._pipeline import _URL_CACHE_SIZE


class RecordingClient(httpx.Client):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls: List[Any] = []

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:  # type: ignore[override]
        self.urls.append(url)
        return super().build_request(method, url, **kwargs)


def _reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"object": "list", "data": [], "has_more": False, "url": str(request.url)})


def test_build_request_receives_parsed_urls_reused_per_url() -> None:
    http_client = RecordingClient(transport=httpx.MockTransport(_reply))
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1/v1", http_client=http_client)
    client.models.list()
    client.models.list()
    client.files.list(limit=1)
    client.files.list(limit=2)
    first, second, third, fourth = http_client.urls
    assert all(isinstance(url, httpx.URL) for url in http_client.urls)
    assert first is second and str(first) == "http://127.0.0.1/v1/models"
    assert str(third).endswith("/v1/files?limit=1") and str(fourth).endswith("/v1/files?limit=2")


def test_url_cache_is_bounded() -> None:
    http_client = RecordingClient(transport=httpx.MockTransport(_reply))
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1/v1", http_client=http_client)
    for limit in range(_URL_CACHE_SIZE + 50):
        client.files.list(limit=limit)
    assert 0 < len(client._url_cache) <= _URL_CACHE_SIZE
    assert str(http_client.urls[-1]).endswith(f"limit={_URL_CACHE_SIZE + 49}")


def test_paths_with_odd_characters_reach_the_server_unchanged() -> None:
    seen: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return httpx.Response(200, json={"id": "f", "object": "file", "deleted": True})

    client = openai.OpenAI(
        api_key="k", base_url="http://127.0.0.1/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.files.delete("file-a b/c")
    client.files.delete("file-a b/c")
    assert seen[0] == seen[1] and seen[0].startswith("/v1/files/file-a")
