"""The complete example of the README section "Testing your application" runs and passes as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from openai.testing import Server

README = Path(__file__).resolve().parents[2] / "README.md"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


pytest_plugins = ["pytester"]


def test_documented_example_passes(pytester: pytest.Pytester) -> None:
    blocks = re.findall(r"```python\n(.*?)```", _section("Testing your application"), re.S)
    app, tests = blocks[0], blocks[1]
    assert "# app.py" in app and "# test_app.py" in tests
    pytester.makepyfile(app=app, test_app=tests)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "asyncio_mode=auto", "test_app.py")
    result.assert_outcomes(passed=6)


def test_vision_examples_run_against_the_built_in_server(
    server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = re.findall(r"```python\n(.*?)```", _section("Usage").split("### Images as input (vision)")[1], re.S)
    assert len(blocks) == 2
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", "test")
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "__readme__"})

    responses_call, chat_call = server.requests
    assert (responses_call.operation, chat_call.operation) == ("responses.create", "chat.completions.create")
    assert responses_call.body["input"][0]["content"][1] == {
        "type": "input_image",
        "image_url": "https://upload.wikimedia.org/wikipedia/commons/3/3f/Fronalpstock_big.jpg",
    }
    image_part = chat_call.body["messages"][0]["content"][1]
    assert image_part["image_url"]["url"].startswith("data:image/png;base64,iVBORw0KGgo")
    printed = capsys.readouterr().out.splitlines()
    # The built-in server echoes the last user text.
    assert printed == ["What is in this image?", "Describe this picture in one sentence."]
