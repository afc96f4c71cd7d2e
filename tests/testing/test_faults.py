"""Scripted faults and replies: error statuses with retry headers, dropped connections, broken streams,
in-stream errors, keep-alive comments, delays, and the request log."""

from __future__ import annotations

import httpx
import pytest

import openai
from openai import OpenAI, AsyncOpenAI
from openai.testing import Fault, Reply, Server
from openai.types.chat import ChatCompletionMessageParam

USER: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]


def _retrying(server: Server, in_process: bool) -> OpenAI:
    return server.client(in_process=in_process, max_retries=2)


@pytest.mark.parametrize("in_process", [False, True], ids=["socket", "in_process"])
def test_scripted_503_is_retried_then_succeeds(server: Server, in_process: bool) -> None:
    server.fail("chat.completions.create", 503, retry_after_ms=1)
    with _retrying(server, in_process) as client:
        raw = client.chat.completions.with_raw_response.create(model="m", messages=USER)
    assert raw.retries_taken == 1
    assert raw.parse().choices[0].message.content == "hi"
    assert [r.operation for r in server.requests] == ["chat.completions.create"] * 2
    assert [r.headers["x-stainless-retry-count"] for r in server.requests] == ["0", "1"]


def test_error_body_and_headers_reach_the_client(oai: OpenAI, server: Server) -> None:
    server.fail("chat.completions.create", 429, message="Slow down", code="rate_limit_exceeded", retry_after=1)
    with pytest.raises(openai.RateLimitError) as info:
        oai.chat.completions.create(model="m", messages=USER)
    error = info.value
    assert error.message.startswith("Error code: 429")
    assert error.code == "rate_limit_exceeded"
    assert error.type == "rate_limit_exceeded"
    assert error.response.headers["retry-after"] == "1"
    assert error.request_id is not None and error.request_id.startswith("req_")


def test_should_retry_false_stops_retries(server: Server) -> None:
    server.fail("files.list", 500, should_retry=False)
    with _retrying(server, True) as client, pytest.raises(openai.InternalServerError):
        client.files.list()
    assert len(server.requests) == 1


def test_fault_repeats_for_times_then_clears(server: Server) -> None:
    server.fail("models.list", 500, times=3, retry_after_ms=1)
    with _retrying(server, True) as client, pytest.raises(openai.InternalServerError):
        client.models.list()
    with _retrying(server, True) as client:
        assert len(client.models.list().data) == 3
    assert len(server.requests) == 4


@pytest.mark.parametrize("in_process", [False, True], ids=["socket", "in_process"])
def test_dropped_connection_surfaces_as_connection_error(server: Server, in_process: bool) -> None:
    server.queue("models.list", Fault(drop=True), times=None)
    with server.client(in_process=in_process, max_retries=1) as client, pytest.raises(openai.APIConnectionError):
        client.models.list()
    assert len(server.requests) == 2


@pytest.mark.parametrize("in_process", [False, True], ids=["socket", "in_process"])
def test_dropped_connection_then_success_is_retried(server: Server, in_process: bool) -> None:
    server.queue("models.list", Fault(drop=True))
    with server.client(in_process=in_process, max_retries=1) as client:
        assert len(client.models.list().data) == 3


def test_stream_broken_mid_way_raises_while_iterating(oai: OpenAI, server: Server) -> None:
    server.queue("chat.completions.create", Fault(break_after=2))
    stream = oai.chat.completions.create(model="m", messages=[{"role": "user", "content": "a b c d e"}], stream=True)
    received: list[object] = []
    with pytest.raises((httpx.HTTPError, openai.APIError)):
        for chunk in stream:
            received.append(chunk)
    assert len(received) == 2


async def test_stream_error_event_raises_api_error_async(async_oai: AsyncOpenAI, server: Server) -> None:
    server.queue("chat.completions.create", Fault(error_after=1, message="overloaded mid-stream"))
    stream = await async_oai.chat.completions.create(model="m", messages=USER, stream=True)
    received = 0
    with pytest.raises(openai.APIError, match="overloaded mid-stream"):
        async for _ in stream:
            received += 1
    assert received == 1


def test_truncated_json_body_fails_the_call(server: Server) -> None:
    server.queue("models.list", Fault(break_after=5))
    with server.client(in_process=True, max_retries=0) as client, pytest.raises((httpx.HTTPError, openai.APIError)):
        client.models.list()


def test_keepalive_comments_and_chunk_delays_are_invisible_to_the_client(oai: OpenAI, server: Server) -> None:
    server.queue("chat.completions.create", Reply(text="x y z", keepalive=True, chunk_delay=0.001))
    chunks = list(oai.chat.completions.create(model="m", messages=USER, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "x y z"
    with server.client(in_process=True) as client:
        server.queue("chat.completions.create", Reply(keepalive=True))
        with client.chat.completions.with_streaming_response.create(model="m", messages=USER, stream=True) as raw:
            body = b"".join(raw.iter_bytes())
    assert b": keep-alive\n\n" in body


def test_scripted_json_and_headers_override_the_payload(oai: OpenAI, server: Server) -> None:
    server.queue("files.create", Reply(json={"filename": "renamed.txt"}, headers={"x-custom": "1"}))
    raw = oai.files.with_raw_response.create(file=b"x", purpose="batch")
    assert raw.headers["x-custom"] == "1"
    assert raw.parse().filename == "renamed.txt"


def test_scripted_list_items(oai: OpenAI, server: Server) -> None:
    server.reply("models.list", json=[{"id": "my-model"}, {"id": "other"}])
    assert [m.id for m in oai.models.list()] == ["my-model", "other"]


def test_wildcard_fault_applies_to_any_operation(oai: OpenAI, server: Server) -> None:
    server.fail("*", 400, message="nope")
    with pytest.raises(openai.BadRequestError, match="nope"):
        oai.models.list()


def test_delay_before_headers(server: Server) -> None:
    server.queue("models.list", Reply(delay=0.01))
    with server.client(in_process=True) as client:
        assert client.models.list().data


def test_request_log_records_method_path_query_headers_and_body(oai: OpenAI, server: Server) -> None:
    oai.chat.completions.create(model="m", messages=USER, extra_headers={"X-Trace": "t1"})
    oai.files.list(limit=3, extra_query={"purpose": "batch"})
    oai.files.create(file=("a.txt", b"abc"), purpose="batch")
    chat, listing, upload = server.requests
    assert (chat.method, chat.path, chat.operation) == ("POST", "/chat/completions", "chat.completions.create")
    assert chat.body == {"model": "m", "messages": USER}
    assert chat.headers["x-trace"] == "t1"
    assert listing.query == {"limit": "3", "purpose": "batch"}
    assert upload.body == {"purpose": "batch"}
    assert upload.files == {"file": [("a.txt", b"abc")]}


def test_queue_rejects_bad_arguments(server: Server) -> None:
    with pytest.raises(KeyError, match="unknown operation"):
        server.reply("chat.complete")
    with pytest.raises(ValueError, match="times"):
        server.fail("models.list", 500, times=0)
    with pytest.raises(ValueError, match="status"):
        Fault(status=700)
    with pytest.raises(TypeError, match="Reply or Fault"):
        server.queue("models.list", "oops")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one"):
        server.queue("models.list")


def test_operation_ids_work_as_script_keys(oai: OpenAI, server: Server) -> None:
    server.reply("createChatCompletion", "by id")
    assert oai.chat.completions.create(model="m", messages=USER).choices[0].message.content == "by id"
