"""The complete example of docs/testing.md ("Testing your application") runs and passes as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"

pytest_plugins = ["pytester"]


def test_documented_example_passes(pytester: pytest.Pytester) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    app, tests = blocks[0], blocks[1]
    assert "# app.py" in app and "# test_app.py" in tests
    pytester.makepyfile(app=app, test_app=tests)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "asyncio_mode=auto", "test_app.py")
    result.assert_outcomes(passed=6)
