"""The server's HTTP surface: routing errors, authentication, request validation through the clients, the
socket adapter's HTTP/1.1 handling (keep-alive, chunked bodies), the realtime seam, the command line and the
pytest plugin."""

from __future__ import annotations

import sys
import socket
import subprocess

import httpx
import pytest

import openai
from openai import OpenAI, AsyncOpenAI
from openai.testing import Server

pytest_plugins = ["pytester"]


def test_url_port_and_host(server: Server) -> None:
    assert server.host == "127.0.0.1"
    assert server.url == f"http://127.0.0.1:{server.port}/v1"
    assert Server().url.endswith("/v1")
    with pytest.raises(RuntimeError, match="not running"):
        _ = Server().port


def test_only_loopback_hosts_are_accepted() -> None:
    with pytest.raises(ValueError, match="loopback"):
        Server("0.0.0.0")
    with pytest.raises(ValueError, match="port"):
        Server(port=70000)


def test_unknown_path_is_an_openai_style_404(oai: OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as info:
        oai.get("/no/such/thing", cast_to=object)
    assert info.value.body == {
        "message": "Invalid URL (GET /v1/no/such/thing)",
        "type": "invalid_request_error",
        "param": None,
        "code": None,
    }


@pytest.mark.parametrize("in_process", [False, True], ids=["socket", "in_process"])
def test_missing_api_key_is_401(server: Server, in_process: bool) -> None:
    transport = server.transport() if in_process else None
    with httpx.Client(transport=transport) as http:
        response = http.get(server.url + "/models")
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "invalid_request_error"


def test_missing_required_parameter_is_400_naming_it(oai: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        oai.chat.completions.create(model="m", messages=[], extra_body={"model": None})
    assert info.value.param == "model"


async def test_wrong_enum_value_is_400_naming_the_nested_parameter(async_oai: AsyncOpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        await async_oai.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "a"}, {"role": "wizard", "content": "b"}],  # type: ignore[list-item]
        )
    assert info.value.param == "messages[1].role"
    assert info.value.code == "invalid_value"


def test_wrong_type_is_400_with_invalid_type(oai: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        oai.chat.completions.create(model="m", messages=[{"role": "user", "content": "a"}], temperature="hot")  # type: ignore[arg-type]
    assert (info.value.param, info.value.code) == ("temperature", "invalid_type")


def test_invalid_json_body_is_400(server: Server) -> None:
    with httpx.Client(transport=server.transport()) as http:
        response = http.post(
            server.url + "/chat/completions",
            content=b"{not json",
            headers={"Authorization": "Bearer k", "Content-Type": "application/json"},
        )
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]["message"]


def test_keep_alive_reuses_one_connection(server: Server) -> None:
    with httpx.Client(headers={"Authorization": "Bearer k"}) as http:
        for _ in range(3):
            assert http.get(server.url + "/models").status_code == 200
        pool = http._transport._pool  # type: ignore[attr-defined] # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType, reportUnknownVariableType] -- httpx internals: count open connections
        assert len(pool.connections) == 1  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType] -- as above


def test_chunked_request_body_and_streamed_response_over_the_socket(server: Server) -> None:
    def body() -> object:
        yield b'{"model": "m", "messages": [{"role": "user", '
        yield b'"content": "chunked hello"}], "stream": true}'

    with httpx.Client(headers={"Authorization": "Bearer k", "Content-Type": "application/json"}) as http:
        with http.stream("POST", server.url + "/chat/completions", content=body()) as response:  # type: ignore[arg-type]
            assert response.headers["transfer-encoding"] == "chunked"
            text = response.read().decode()
    assert "chunked " in text and text.rstrip().endswith("data: [DONE]")


def test_raw_socket_http10_closes_the_connection(server: Server) -> None:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(b"GET /v1/models HTTP/1.0\r\nAuthorization: Bearer k\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, payload = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK")
    assert b"connection: close" in head.lower()
    assert payload.startswith(b'{"object":"list"')


def test_malformed_request_line_is_400(server: Server) -> None:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(b"NONSENSE\r\n\r\n")
        data = sock.recv(65536)
    assert data.startswith(b"HTTP/1.1 400")


def test_websocket_upgrade_on_realtime_paths_is_handed_over(server: Server) -> None:
    request = (
        b"GET /v1/realtime?model=gpt-realtime HTTP/1.1\r\n"
        b"Host: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        b"Authorization: Bearer k\r\n\r\n"
    )
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(request)
        data = sock.recv(65536)
    status_line = data.split(b"\r\n", 1)[0]
    # 101 when the realtime endpoint is installed, 501 in builds without it; never an HTTP route answer.
    assert status_line in (b"HTTP/1.1 101 Switching Protocols", b"HTTP/1.1 501 Not Implemented")


def test_stop_is_idempotent_and_restart_picks_a_port() -> None:
    server = Server().start()
    first = server.port
    server.stop()
    server.stop()
    assert not server.running
    with server:
        assert server.port > 0
    assert first > 0


def test_http_clients_need_a_running_server() -> None:
    with pytest.raises(RuntimeError, match="running server"):
        Server().client(in_process=False)
    with pytest.raises(RuntimeError, match="running server"):
        Server().async_client(in_process=False)


def test_module_client_helpers_route_in_process() -> None:
    from openai.testing import client, async_client

    with client() as sync_client:
        assert sync_client.models.list().data
    assert isinstance(async_client(), AsyncOpenAI)


def test_command_line_prints_the_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "openai.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("openai.testing server listening on http://127.0.0.1:")
        url = line.rsplit(" ", 1)[1].strip()
        response = httpx.get(url + "/models", headers={"Authorization": "Bearer k"})
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_command_line_reports_a_busy_port(server: Server) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openai.testing", "--port", str(server.port)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "could not start" in result.stderr


def test_pytest_plugin_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from openai.testing import Server

        def test_sync(openai_server, openai_client):
            assert isinstance(openai_server, Server)
            openai_server.reply("chat.completions.create", "scripted")
            completion = openai_client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
            assert completion.choices[0].message.content == "scripted"

        def test_state_is_reset_between_tests(openai_server):
            assert openai_server.requests == []

        async def test_async(async_openai_client):
            page = await async_openai_client.models.list()
            assert page.data
        """
    )
    # The plugin is loaded through its `pytest11` entry point, as in any project that installs the SDK.
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "asyncio_mode=auto")
    result.assert_outcomes(passed=3)


def test_pytest_plugin_is_registered_as_an_entry_point() -> None:
    from importlib.metadata import entry_points

    plugins = {entry.name: entry.value for entry in entry_points(group="pytest11")}
    assert plugins.get("openai_testing") == "openai.testing.pytest_plugin"
