"""The complete example of the README section "Testing your application" runs and passes as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
