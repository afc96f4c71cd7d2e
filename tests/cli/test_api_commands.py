"""`openai api ...` run as a real subprocess (console script and `python -m openai`) against the built-in server."""

from __future__ import annotations

import os
import sys
import json
import time
import signal
import subprocess
from typing import Any, Iterator
from pathlib import Path

import pytest

from openai.testing import Fault, Server

SCRIPT = Path(sys.executable).parent / "openai"


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


@pytest.fixture(autouse=True)
def _clean(server: Server) -> None:
    server.reset()


def _env(server: Server, **overrides: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    env.update(OPENAI_BASE_URL=server.url, OPENAI_API_KEY="sk-test")
    env.update(overrides)
    return env


def run(server: Server, *args: str, module: bool = False, **env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "openai", *args] if module else [str(SCRIPT), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=_env(server, **env))


def test_the_console_script_is_installed() -> None:
    assert SCRIPT.exists()


def test_models_list_prints_the_api_json(server: Server) -> None:
    result = run(server, "api", "models.list")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    page = json.loads(result.stdout)
    assert page["object"] == "list"
    assert "gpt-4o" in [model["id"] for model in page["data"]]
    assert result.stdout.startswith('{\n  "data": [')  # pretty-printed, indented by 2
    request = server.requests[-1]
    assert (request.method, request.path) == ("GET", "/models")
    assert request.headers["authorization"] == "Bearer sk-test"


def test_python_dash_m_openai_runs_the_same_command(server: Server) -> None:
    result = run(server, "api", "models.retrieve", "-i", "gpt-4o", module=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "gpt-4o"


def test_chat_completion_streams_the_text(server: Server) -> None:
    server.reply("chat.completions.create", "Hello from the stream")
    result = run(server, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi", "--stream")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Hello from the stream\n"
    body = server.requests[-1].body
    assert isinstance(body, dict)
    assert body["model"] == "gpt-4o"
    assert body["stream"] is True
    assert body["messages"] == [{"role": "user", "content": "hi"}]


def test_chat_completion_without_stream_prints_the_message(server: Server) -> None:
    server.reply("chat.completions.create", "Plain answer")
    result = run(
        server,
        "api",
        "chat.completions.create",
        "-m",
        "gpt-4o",
        "-g",
        "system",
        "be brief",
        "-g",
        "user",
        "hi",
        "-M",
        "20",
        "-t",
        "0.5",
        "-P",
        "0.9",
        "--stop",
        "END",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Plain answer\n"
    body: dict[str, Any] = server.requests[-1].body
    messages: list[dict[str, object]] = body["messages"]
    assert body["max_tokens"] == 20 and body["temperature"] == 0.5 and body["top_p"] == 0.9 and body["stop"] == "END"
    assert "stream" not in body
    assert [message["role"] for message in messages] == ["system", "user"]


def test_several_choices_get_a_header_each(server: Server) -> None:
    result = run(server, "api", "chat.completions.create", "-m", "gpt-4o", "-g", "user", "hi", "-n", "2")
    assert result.returncode == 0, result.stderr
    assert "===== Chat Completion 0 =====\n" in result.stdout
    assert "===== Chat Completion 1 =====\n" in result.stdout


def test_an_api_error_is_one_line_on_stderr_and_exit_1(server: Server) -> None:
    server.fail("models.list", 401, message="Incorrect API key provided: sk-test.", code="invalid_api_key")
    result = run(server, "api", "models.list")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error: 401 Unauthorized: Incorrect API key provided: sk-test.")
    assert "Traceback" not in result.stderr


def test_not_found_names_the_object(server: Server) -> None:
    result = run(server, "api", "files.retrieve", "-i", "file-missing")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: 404 Not Found: ")
    assert "file-missing" in result.stderr


def test_missing_api_key_is_reported(server: Server) -> None:
    result = run(server, "api", "models.list", OPENAI_API_KEY="")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "OPENAI_API_KEY" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_global_flags_override_the_environment(server: Server) -> None:
    result = run(
        server,
        "-k",
        "sk-flag",
        "-o",
        "org-flag",
        "--base-url",
        server.url,
        "api",
        "models.list",
        OPENAI_BASE_URL="http://127.0.0.1:9/nowhere",
    )
    assert result.returncode == 0, result.stderr
    headers = server.requests[-1].headers
    assert headers["authorization"] == "Bearer sk-flag"
    assert headers["openai-organization"] == "org-flag"


def test_connection_error_is_one_line(server: Server, tmp_path: Path) -> None:
    result = run(server, "-b", "http://127.0.0.1:9/v1", "api", "models.list")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: Connection error")
    assert len(result.stderr.splitlines()) == 1


def test_completions_create(server: Server) -> None:
    server.reply("completions.create", "once upon a time")
    result = run(server, "api", "completions.create", "-m", "gpt-3.5-turbo-instruct", "-p", "tell", "--stream")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "once upon a time\n"


def test_ctrl_c_exits_1(server: Server) -> None:
    server.queue("models.list", Fault(status=500, delay=30))
    process = subprocess.Popen(
        [str(SCRIPT), "api", "models.list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(server)
    )
    try:
        deadline = time.monotonic() + 30
        while not server.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.requests, "the command never reached the server"
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 1
    assert b"Traceback" not in stderr


def test_a_closed_pipe_ends_the_command_quietly(server: Server) -> None:
    models = [{"id": f"model-{index}", "object": "model", "created": 0, "owned_by": "x"} for index in range(5000)]
    server.reply("models.list", json={"object": "list", "data": models})
    command = f"'{SCRIPT}' api models.list | head -1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60, env=_env(server))
    assert result.stdout == "{\n"
    assert result.stderr == ""


def test_the_cli_example_script_runs() -> None:
    script = Path(__file__).resolve().parents[2] / "examples" / "cli.sh"
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    env["PATH"] = f"{SCRIPT.parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHON"] = sys.executable
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: 10 example(s)" in result.stdout
    assert result.stdout.rstrip().endswith("exit status 1")
    assert result.stderr.startswith("Error: 404 Not Found: ")


def test_import_openai_does_not_load_the_command_line() -> None:
    code = "import sys, openai; openai.OpenAI; print(sorted(m for m in sys.modules if m.startswith(('openai.cli', 'openai.__main__'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
