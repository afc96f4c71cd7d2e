"""The README's respx example runs as written, with sockets blocked."""

from __future__ import annotations

import re
from typing import Any
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def _example() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### With respx, pytest-httpx or vcrpy\n")
    match = re.search(r"```python\n(.*?)```", text[start:], re.S)
    assert match is not None
    return match.group(1)


@pytest.mark.disable_socket
async def test_readme_respx_example_passes() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(_example(), str(README), "exec"), namespace)
    await namespace["test_no_models"]()
