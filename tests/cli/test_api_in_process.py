"""`openai api ...` called in-process through `openai.cli.main`, for the operations beyond the subprocess tests."""

from __future__ import annotations

import json
import logging
from typing import Iterator
from pathlib import Path

import pytest

import openai
from openai.cli import main
from openai.testing import Server
from openai._module_client import reset_client

_SETTINGS = ("api_key", "base_url", "organization", "api_type", "api_version", "azure_endpoint", "azure_ad_token")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with Server() as running:
        yield running


class Runner:
    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.returncode = 0
        self.stdout = ""
        self.stderr = ""

    def __call__(self, *args: str) -> "Runner":
        result = Runner(self.capsys)
        result.returncode = main(list(args))
        captured = self.capsys.readouterr()
        result.stdout, result.stderr = captured.out, captured.err
        return result


@pytest.fixture
def cli(server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[Runner]:
    """Runs the command in this process against `server`; the module-level settings it changes are restored."""
    server.reset()
    for name in _SETTINGS:
        monkeypatch.setattr(openai, name, getattr(openai, name))
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    reset_client()
    # `-v` configures logging for the process: put the loggers and root handlers back for the tests that follow.
    loggers = [logging.getLogger(name) for name in ("openai", "httpx")]
    levels = [logger.level for logger in loggers]
    root_handlers = list(logging.getLogger().handlers)
    yield Runner(capsys)
    reset_client()
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)
    logging.getLogger().handlers[:] = root_handlers


def test_files_and_fine_tuning_round_trip(cli: Runner, server: Server, tmp_path: Path) -> None:
    training = tmp_path / "train.jsonl"
    training.write_text('{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}\n')
    created = cli("api", "files.create", "-f", str(training), "-p", "fine-tune")
    assert created.returncode == 0, created.stderr
    file = json.loads(created.stdout)
    assert file["filename"] == "train.jsonl" and file["purpose"] == "fine-tune"

    listed = json.loads(cli("api", "files.list").stdout)
    assert [item["id"] for item in listed["data"]] == [file["id"]]

    job_result = cli("api", "fine_tuning.jobs.create", "-m", "gpt-4o-mini", "-F", file["id"], "-H", '{"n_epochs": 2}')
    assert job_result.returncode == 0, job_result.stderr
    job = json.loads(job_result.stdout)
    assert job["training_file"] == file["id"]
    body = server.requests[-1].body
    assert isinstance(body, dict) and body["hyperparameters"] == {"n_epochs": 2}

    retrieved = json.loads(cli("api", "fine_tuning.jobs.retrieve", "-i", job["id"]).stdout)
    assert retrieved["id"] == job["id"]
    jobs = json.loads(cli("api", "fine_tuning.jobs.list", "-l", "5").stdout)
    assert job["id"] in [item["id"] for item in jobs["data"]]
    assert cli("api", "fine_tuning.jobs.list_events", "-i", job["id"]).returncode == 0
    cancelled = cli("api", "fine_tuning.jobs.cancel", "-i", job["id"])
    assert cancelled.returncode == 0, cancelled.stderr
    assert json.loads(cancelled.stdout)["status"] == "cancelled"

    deleted = json.loads(cli("api", "files.delete", "-i", file["id"]).stdout)
    assert deleted == {"id": file["id"], "deleted": True, "object": "file"}


def test_bad_hyperparameters_are_a_usage_error(cli: Runner, server: Server) -> None:
    result = cli("api", "fine_tuning.jobs.create", "-m", "m", "-F", "file-x", "-H", "{not json")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: -H/--hyperparameters is not valid JSON")
    assert server.requests == []


def test_images_and_audio(cli: Runner, server: Server, tmp_path: Path) -> None:
    generated = cli("api", "images.generate", "-p", "a cat", "-n", "2", "-s", "512x512")
    assert generated.returncode == 0, generated.stderr
    assert len(json.loads(generated.stdout)["data"]) == 2
    body = server.requests[-1].body
    assert isinstance(body, dict)
    assert (body["prompt"], body["n"], body["size"], body["response_format"]) == ("a cat", 2, "512x512", "url")

    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert cli("api", "images.create_variation", "-I", str(image)).returncode == 0
    edited = cli("api", "images.edit", "-I", str(image), "-p", "add a hat")
    assert edited.returncode == 0, edited.stderr

    audio = tmp_path / "talk.wav"
    audio.write_bytes(b"RIFF0000WAVE")
    transcript = cli("api", "audio.transcriptions.create", "-f", str(audio), "--language", "en")
    assert transcript.returncode == 0, transcript.stderr
    assert "text" in json.loads(transcript.stdout)
    text = cli("api", "audio.translations.create", "-f", str(audio), "--response-format", "text")
    assert text.returncode == 0, text.stderr
    assert not text.stdout.startswith("{") and text.stdout.endswith("\n")

    missing = cli("api", "audio.transcriptions.create", "-f", str(tmp_path / "nope.wav"))
    assert missing.returncode == 1
    assert missing.stderr == f"Error: no such file: {tmp_path / 'nope.wav'}\n"


def test_an_unknown_role_is_rejected_before_any_request(cli: Runner, server: Server) -> None:
    result = cli("api", "chat.completions.create", "-m", "gpt-4o", "-g", "robot", "hi")
    assert result.returncode == 1
    assert result.stderr == (
        "Error: unknown message role 'robot' in -g/--message; expected one of system, developer, user, assistant\n"
    )
    assert server.requests == []


def test_two_proxies_for_one_scheme_are_an_error(cli: Runner, server: Server) -> None:
    result = cli("-p", "http://127.0.0.1:1", "-p", "http://127.0.0.1:2", "api", "models.list")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: more than one http proxy given")
    assert server.requests == []


def test_azure_flags_build_an_azure_client(cli: Runner, server: Server) -> None:
    result = cli(
        "-t", "azure", "-b", server.url, "--api-version", "2024-10-21", "-k", "azure-key",
        "api", "models.list",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    request = server.requests[-1]
    assert request.query.get("api-version") == "2024-10-21"
    assert request.headers["api-key"] == "azure-key"


def test_verbose_logs_the_request(cli: Runner, server: Server) -> None:
    result = cli("-vv", "api", "models.list")
    assert result.returncode == 0
    assert json.loads(result.stdout)["object"] == "list"


def test_version_and_help(cli: Runner) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli("-V")
    assert exit_info.value.code == 0
    assert cli.capsys.readouterr().out == f"openai {openai.__version__}\n"

    bare = cli()
    assert bare.returncode == 0
    assert bare.stdout.startswith("usage: openai")
    assert "api" in bare.stdout and "tools" in bare.stdout
    api_help = cli("api")
    assert api_help.returncode == 0
    for name in ("chat.completions.create", "models.list", "files.create", "fine_tuning.jobs.list_events"):
        assert name in api_help.stdout
