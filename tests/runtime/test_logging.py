"""Logging (CONTRACT 12): the detailed DEBUG lines, retry notices, `OPENAI_LOG`, and secret redaction."""

from __future__ import annotations

import sys
import logging
import subprocess

import pytest

from openai import APIStatusError
from openai._logs import SensitiveHeadersFilter, setup_logging, redact_headers
from openai._base_client import make_request_options

from .conftest import API_KEY, Harness, make_handler, json_response

SECRET_HEADERS = {"Authorization": f"Bearer {API_KEY}", "api-key": "azure-secret-key", "X-Amz-Security-Token": "amz"}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG, logger="openai")
    return caplog


async def test_debug_lines_describe_the_request_and_response(
    harness: Harness, debug_logs: pytest.LogCaptureFixture
) -> None:
    response = json_response({"ok": True}, headers={"x-request-id": "req_log"})
    client = harness.client(make_handler(response))
    await harness.call(client.post("/things", cast_to=object, body={"a": 1}, options={"params": {"p": 1}}))
    messages = [record.getMessage() for record in debug_logs.records]
    options_line = next(m for m in messages if m.startswith("Request options: "))
    assert "'method': 'post'" in options_line and "'url': '/things'" in options_line
    assert "'json_data': {'a': 1}" in options_line and "'params': {'p': 1}" in options_line
    assert "Sending HTTP Request: POST http://testserver/v1/things?p=1" in messages
    assert any(m.startswith('HTTP Response: POST http://testserver/v1/things?p=1 "200 OK" Headers(') for m in messages)
    assert "request_id: req_log" in messages
    assert any(m.startswith("HTTP Request took ") and m.endswith(" seconds") for m in messages)
    assert all(record.name == "openai._base_client" for record in debug_logs.records)


async def test_retries_are_logged_at_info(harness: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="openai")
    client = harness.client(make_handler(json_response({}, status=500), json_response({})))
    await harness.call(client.get("/things", cast_to=object))
    assert "Retrying request to /things in 0.500000 seconds" in [r.getMessage() for r in caplog.records]


async def test_credentials_never_reach_the_logs(harness: Harness, debug_logs: pytest.LogCaptureFixture) -> None:
    client = harness.client(make_handler(json_response({"error": "x"}, status=400)))
    with pytest.raises(APIStatusError) as info:
        await harness.call(
            client.get("/things", cast_to=object, options=make_request_options(extra_headers=SECRET_HEADERS))
        )
    text = debug_logs.text + str(info.value) + repr(info.value)
    for secret in (API_KEY, "azure-secret-key", "amz"):
        assert secret not in text
    assert "<redacted>" in debug_logs.text


def test_filter_redacts_headers_in_mapping_arguments() -> None:
    record = logging.LogRecord("openai", logging.DEBUG, __file__, 1, "options: %s", None, None)
    record.args = {"headers": dict(SECRET_HEADERS), "url": "/x"}
    SensitiveHeadersFilter().filter(record)
    assert record.getMessage().count("<redacted>") == 3
    assert API_KEY not in record.getMessage()

    tuple_record = logging.LogRecord(
        "openai", logging.DEBUG, __file__, 1, "%s %s", ({"headers": {"authorization": "Bearer x"}}, "tail"), None
    )
    SensitiveHeadersFilter().filter(tuple_record)
    assert tuple_record.getMessage() == "{'headers': {'authorization': '<redacted>'}} tail"


def test_redact_headers_is_case_insensitive() -> None:
    assert redact_headers({"AUTHORIZATION": "a", "Api-Key": "b", "x-other": "c"}) == {
        "AUTHORIZATION": "<redacted>",
        "Api-Key": "<redacted>",
        "x-other": "c",
    }


def test_setup_logging_ignores_other_values(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("openai")
    before = logger.level
    monkeypatch.setenv("OPENAI_LOG", "verbose")
    setup_logging()
    assert logger.level == before


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("info", logging.INFO)])
def test_openai_log_environment_variable(value: str, level: int) -> None:
    # A fresh interpreter: OPENAI_LOG is read at import time.
    code = (
        "import logging, openai; "
        "print(logging.getLogger('openai').level, logging.getLogger('httpx').level, len(logging.getLogger().handlers))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"OPENAI_LOG": value, "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [str(level), str(level), "1"]


def test_redaction_filter_is_installed_on_the_package_logger() -> None:
    assert any(isinstance(f, SensitiveHeadersFilter) for f in logging.getLogger("openai").filters)
