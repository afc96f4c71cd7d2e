"""Writing the generated tree: render into a temporary directory, format it with ruff, then sync or check.

The generator owns whole directories (`OWNED_DIRS`) and a few single files (`OWNED_FILES`). Syncing writes the
files whose content changed and deletes files inside the owned directories that the generator no longer
produces, so renamed types never linger. `--check` mode compares the same way without touching the tree.
"""

from __future__ import annotations

import sys
import shutil
import tempfile
import subprocess
from pathlib import Path
from dataclasses import dataclass

__all__ = [
    "BANNER",
    "OWNED_DIRS",
    "OWNED_FILES",
    "TreeDiff",
    "RenderError",
    "format_tree",
    "diff_tree",
    "sync_tree",
    "materialize",
    "render_to_temp",
]

BANNER = "# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand."

OWNED_DIRS: tuple[str, ...] = ("src/openai/resources", "src/openai/types", "tests/api_resources")
OWNED_FILES: tuple[str, ...] = ("src/openai/_client.py", "src/openai/_operations.py", "api.md", ".stats.yml")

# Artefacts of running the code that live inside owned directories but are not generated output.
_IGNORED_PARTS = ("__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache")


class RenderError(Exception):
    """The rendered tree could not be formatted or written."""


@dataclass(frozen=True)
class TreeDiff:
    """How the working tree differs from freshly generated output (paths relative to the repository root)."""

    changed: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)

    def lines(self) -> list[str]:
        return (
            [f"changed: {p}" for p in self.changed]
            + [f"missing: {p}" for p in self.added]
            + [f"stale:   {p}" for p in self.removed]
        )


def _check_owned(path: str) -> None:
    if path in OWNED_FILES:
        return
    if any(path.startswith(d + "/") for d in OWNED_DIRS):
        return
    raise RenderError(f"generated file {path!r} lies outside the directories the generator owns")


def materialize(files: dict[str, str], root: Path) -> None:
    """Write `files` (relative path → source) under `root`, prefixing Python files with the banner."""
    for rel, source in sorted(files.items()):
        _check_owned(rel)
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".py") and not source.startswith(BANNER):
            source = f"{BANNER}\n\n{source}"
        target.write_text(source, encoding="utf-8")


def format_tree(root: Path, *, repo_root: Path) -> None:
    """Run ruff once over the whole rendered tree: import sorting/unused imports, then formatting."""
    config = repo_root / "pyproject.toml"
    ruff = _ruff_executable()
    targets = [str(root / d) for d in OWNED_DIRS if (root / d).exists()]
    targets += [str(root / f) for f in OWNED_FILES if f.endswith(".py") and (root / f).exists()]
    if not targets:
        return
    steps = [
        [ruff, "check", "--config", str(config), "--fix", "--exit-zero", "--quiet", "--select", "I,F401", *targets],
        [ruff, "format", "--config", str(config), "--quiet", *targets],
    ]
    for cmd in steps:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=root)
        if proc.returncode != 0:
            raise RenderError(f"`{' '.join(cmd[:3])} ...` failed:\n{proc.stdout}{proc.stderr}")


def _ruff_executable() -> str:
    # Prefer the ruff installed next to the running interpreter (the project's .venv), so the formatter's
    # version is the locked one and not whatever is first on PATH.
    candidate = Path(sys.executable).with_name("ruff")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("ruff")
    if found is None:
        raise RenderError("ruff is not installed: run ./scripts/bootstrap")
    return found


def _walk(root: Path, keep: frozenset[str] = frozenset()) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for d in OWNED_DIRS:
        base = root / d
        if not base.exists():
            continue
        for path in base.rglob("*"):
            if path.is_file() and not any(part in _IGNORED_PARTS for part in path.parts):
                rel = path.relative_to(root).as_posix()
                if rel not in keep:
                    found[rel] = path
    for f in OWNED_FILES:
        if (root / f).is_file():
            found[f] = root / f
    return found


def diff_tree(rendered: Path, repo_root: Path, *, keep: frozenset[str] = frozenset()) -> TreeDiff:
    """Compare the formatted output in `rendered` with the owned part of the working tree at `repo_root`.

    `keep` lists hand-written files that live inside the owned directories; they are neither compared nor removed.
    """
    new = _walk(rendered)
    old = _walk(repo_root, keep)
    changed = sorted(p for p in new.keys() & old.keys() if new[p].read_bytes() != old[p].read_bytes())
    return TreeDiff(
        changed=tuple(changed),
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
    )


def sync_tree(rendered: Path, repo_root: Path, *, keep: frozenset[str] = frozenset()) -> TreeDiff:
    """Make the owned part of `repo_root` equal to `rendered` (except the `keep` files); returns what changed."""
    diff = diff_tree(rendered, repo_root, keep=keep)
    for rel in (*diff.changed, *diff.added):
        target = repo_root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rendered / rel, target)
    for rel in diff.removed:
        (repo_root / rel).unlink()
    # Drop directories left empty by removals (only inside the owned directories).
    for d in OWNED_DIRS:
        base = repo_root / d
        if not base.exists():
            continue
        for path in sorted(base.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            if path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return diff


def render_to_temp(files: dict[str, str], repo_root: Path) -> tempfile.TemporaryDirectory[str]:
    """Materialize and format `files` in a fresh temporary directory (the caller cleans it up)."""
    tmp = tempfile.TemporaryDirectory(prefix="codegen-")
    root = Path(tmp.name)
    materialize(files, root)
    format_tree(root, repo_root=repo_root)
    return tmp
