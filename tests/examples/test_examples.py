"""Every script in `examples/` runs to completion against the built-in server.

Each script is run in a fresh interpreter with OPENAI_BASE_URL and OPENAI_API_KEY removed from the
environment, so it starts `openai.testing.Server` itself, exactly as on a machine with no API key. Adding a
file to `examples/` is enough to have it tested.
"""

from __future__ import annotations

import os
import sys
import subprocess
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
# A guard against a hung script, not a performance bound: the suite may run on a busy machine.
TIMEOUT_SECONDS = 300


def test_examples_directory_has_scripts() -> None:
    assert any(script.name == "demo.py" for script in SCRIPTS)


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
def test_example_runs_against_the_builtin_server(script: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("OPENAI_BASE_URL", "OPENAI_API_KEY")}
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=EXAMPLES.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
    )
    assert result.returncode == 0, f"{script.name} exited with {result.returncode}\n{result.stdout}\n{result.stderr}"


def test_example_scripts_are_executable_with_the_project_shebang() -> None:
    for script in SCRIPTS:
        first_line = script.read_text(encoding="utf-8").splitlines()[0]
        assert first_line.startswith("#!/usr/bin/env -S sh -c"), f"{script.name} lacks the project shebang"
        assert os.access(script, os.X_OK), f"{script.name} is not executable"
