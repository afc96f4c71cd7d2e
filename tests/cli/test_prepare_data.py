"""`openai tools fine_tunes.prepare_data`: validation of JSONL fine-tuning files."""

from __future__ import annotations

import sys
import json
import subprocess
from pathlib import Path

import pytest

from openai.cli import main


def _chat(question: str, answer: str = "an answer") -> str:
    return json.dumps(
        {
            "messages": [
                {"role": "system", "content": "You answer briefly."},
                {"role": "user", "content": question},
                {"role": "assistant", "content": answer},
            ]
        }
    )


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "data.jsonl"
    path.write_text("".join(line + "\n" for line in lines))
    return path


def _check(path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str]:
    code = main(["tools", "fine_tunes.prepare_data", "-f", str(path), *flags])
    return code, capsys.readouterr().out


def test_a_valid_chat_file_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, *(_chat(f"question {index}") for index in range(12)))
    code, out = _check(path, capsys)
    assert code == 0
    assert "error" not in out.replace("errors:             0", "")
    assert "format:             chat (messages)" in out
    assert "examples:           12 (0 invalid)" in out
    assert "messages:           36 (12 from the assistant)" in out
    assert out.splitlines()[-1] == f"{path}: OK: 12 example(s) in the chat (messages) format"


def test_each_problem_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(
        tmp_path,
        _chat("one"),
        '{"messages": [{"role": "user", "content": "no answer"}]}',
        "{not json",
        "[1, 2]",
        "",
        '{"messages": [{"role": "robot", "content": "q"}, {"role": "assistant", "content": "a", "weight": 2}]}',
        '{"messages": [{"role": "user"}, {"role": "assistant", "content": "a"}], "color": "red"}',
        '{"foo": 1}',
        _chat("one"),
    )
    code, out = _check(path, capsys)
    assert code == 1
    lines = out.splitlines()
    expected = [
        f"{path}:2: error: no assistant message to learn from",
        f"{path}:3: error: not valid JSON: ",
        f"{path}:4: error: expected a JSON object, got an array",
        f"{path}:6: error: messages[1] has unknown role 'robot'",
        f'{path}:6: error: messages[2]: "weight" must be 0 or 1, got 2',
        f'{path}:7: error: example has unrecognised key(s) "color"',
        f'{path}:7: error: messages[1] has no "content"',
        f"{path}:8: error: unrecognised example (keys: foo)",
        f"{path}:9: warning: duplicate of line 1",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), start
    assert "blank lines:        1 (ignored)" in out
    assert "examples:           8 (6 invalid)" in out
    assert lines[-1].startswith(f"{path}: INVALID: 8 error(s), 6 of 8 example(s) invalid")


def test_quiet_prints_only_errors_and_the_verdict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, _chat("a"), _chat("a"), '{"messages": []}')
    code, out = _check(path, capsys, "-q")
    assert code == 1
    assert out.splitlines() == [
        f'{path}:3: error: "messages" is empty',
        f"{path}: INVALID: 1 error(s), 1 of 3 example(s) invalid; fix them before uploading",
    ]


def test_mixed_formats_are_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, *(_chat(str(index)) for index in range(10)), '{"prompt": "p", "completion": " c"}')
    code, out = _check(path, capsys)
    assert code == 1
    assert f"{path}:11: error: this example uses the legacy (prompt / completion) format" in out
    assert "most of the file uses the chat (messages) format (first at line 1)" in out


def test_legacy_and_preference_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    legacy = _write(tmp_path, *(json.dumps({"prompt": f"p{index} ->", "completion": " c"}) for index in range(10)))
    code, out = _check(legacy, capsys)
    assert code == 0
    assert "warning: the prompt/completion format is accepted only by the legacy completion models" in out

    good = {
        "input": {"messages": [{"role": "user", "content": "Say hi"}]},
        "preferred_output": [{"role": "assistant", "content": "Hi!"}],
        "non_preferred_output": [{"role": "assistant", "content": "Go away."}],
    }
    bad = {**good, "non_preferred_output": [{"role": "user", "content": "x"}]}
    missing = {"input": good["input"], "preferred_output": good["preferred_output"]}
    path = tmp_path / "dpo.jsonl"
    path.write_text("\n".join(json.dumps(item) for item in [good] * 10 + [bad, missing]) + "\n")
    code, out = _check(path, capsys)
    assert code == 1
    assert "format:             preference (input / preferred_output / non_preferred_output)" in out
    assert f"{path}:11: error: non_preferred_output[1] must be an assistant message, got role 'user'" in out
    assert f'{path}:12: error: missing "non_preferred_output"' in out


def test_small_and_empty_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _check(_write(tmp_path, _chat("a"), _chat("b")), capsys)
    assert code == 0
    assert "warning: only 2 example(s); a training file needs at least 10" in out

    code, out = _check(_write(tmp_path, "", "  "), capsys)
    assert code == 1
    assert f"{tmp_path / 'data.jsonl'}: error: the file has no examples" in out


def test_as_a_subprocess(tmp_path: Path) -> None:
    good = _write(tmp_path, *(_chat(str(index)) for index in range(10)))
    script = Path(sys.executable).parent / "openai"
    result = subprocess.run(
        [str(script), "tools", "fine_tunes.prepare_data", "-f", str(good), "-q"], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"{good}: OK: 10 example(s) in the chat (messages) format\n",
        "",
    )
    missing = subprocess.run(
        [str(script), "tools", "fine_tunes.prepare_data", "-f", str(tmp_path / "nope.jsonl")],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 1
    assert missing.stderr.startswith(f"Error: cannot read {tmp_path / 'nope.jsonl'}: ")
