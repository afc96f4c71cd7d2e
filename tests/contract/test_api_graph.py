"""The installed package against the public object graph of the official release it reports as its version.

Runs ``../shared/tools/check_api_graph.py`` (the drop-in target's own checker) over
``../shared/reference/api-graph-3.3.1.jsonl`` and requires every finding to be a difference kept on purpose, listed
with its reason in ``docs/api-graph-exceptions.md``. An entry there that no longer matches a finding fails too, so the
list only ever names real differences.
"""

from __future__ import annotations

import re
import sys
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CHECKER = SHARED / "tools" / "check_api_graph.py"
GRAPH = SHARED / "reference" / "api-graph-3.3.1.jsonl"
EXCEPTIONS = ROOT / "docs" / "api-graph-exceptions.md"

# One entry per line: "- `<start of the checker's finding>`: reason".
_ENTRY = re.compile(r"^- `([^`]+)`\s*[:\u2014-]\s*(\S.*)$")


def exceptions() -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in EXCEPTIONS.read_text(encoding="utf-8").splitlines():
        match = _ENTRY.match(line.strip())
        if match:
            entries[match.group(1)] = match.group(2)
    return entries


def test_exception_entries_all_give_a_reason() -> None:
    for line in EXCEPTIONS.read_text(encoding="utf-8").splitlines():
        if line.startswith("- "):
            assert _ENTRY.match(line.strip()), f'malformed entry (want "- `finding`: reason"): {line}'


@pytest.mark.skipif(
    not (CHECKER.exists() and GRAPH.exists()),
    reason="../shared (the api graph and its checker) is not beside the checkout",
)
def test_api_graph_holds_apart_from_listed_exceptions() -> None:
    run = subprocess.run(
        [sys.executable, str(CHECKER), str(GRAPH), "--show", "1000000"],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    lines = run.stdout.splitlines()
    summary = [line for line in lines if line.startswith(("== ", "api-graph:"))]
    assert summary and summary[-1].startswith("api-graph:"), run.stdout[-2000:] + run.stderr[-2000:]
    findings = [line.strip() for line in lines if line.startswith("    ") and not line.strip().startswith("... and")]
    allowed = exceptions()
    unexplained = [f for f in findings if not any(f.startswith(prefix) for prefix in allowed)]
    stale = [prefix for prefix in allowed if not any(f.startswith(prefix) for f in findings)]
    report = "\n".join(summary)
    assert not unexplained, (
        f"{len(unexplained)} differences from the official graph:\n" + "\n".join(unexplained[:80]) + "\n" + report
    )
    assert not stale, "docs/api-graph-exceptions.md lists differences that no longer occur:\n" + "\n".join(stale)
