"""The response models match the official object graph: one object per name group, the same bases, the same fields.

Runs `../shared/tools/check_api_graph.py` (when the shared reference is next to the checkout) on the checks about
response models: `identity` (names that are one object), `bases` (package base classes) and `fields` (pydantic
fields: present, alias, required or defaulting, annotations resolved). Every finding must be one of the differences
listed below with its reason.
"""

from __future__ import annotations

import sys
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CHECKER = SHARED / "tools" / "check_api_graph.py"
GRAPH = SHARED / "reference" / "api-graph-3.3.1.jsonl"

# Differences kept on purpose, with their reason (none today).
KNOWN: dict[str, str] = {}


@pytest.mark.skipif(
    not (CHECKER.exists() and GRAPH.exists()), reason="the shared reference is not next to the checkout"
)
def test_response_models_match_the_official_graph() -> None:
    out = subprocess.run(
        [sys.executable, str(CHECKER), str(GRAPH), "--only", "identity,bases,fields", "--show", "100000"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert "== fields:" in out.stdout, out.stderr
    findings = [line.strip() for line in out.stdout.splitlines() if line.startswith("    ")]
    unexpected = [f for f in findings if f not in KNOWN]
    assert unexpected == []
