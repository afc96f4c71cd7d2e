"""The spec served to Prism: the loaded document with `types.overlays` and `prism_overlays` applied, written as JSON.

Prism answers every request with the response examples of the spec. A few of them contradict the spec's own
schemas, so the generated API tests would fail on data the real API never sends. The corrections live in the
configuration (`prism_overlays`, applied here only, never to code generation); the spec file itself is never
edited or committed, and the corrected copy goes to `.cache/`.
"""

from __future__ import annotations

import os
import json
import datetime
import tempfile
from typing import Any, cast
from pathlib import Path

from .spec import Spec, SpecError
from .resources import ConfigError

__all__ = ["apply_overlays", "build_prism_spec", "dump_spec", "write_spec"]


def apply_overlays(spec: Spec, overlays: object, section: str) -> None:
    """Apply `overlays` (JSON pointer → keys to set; a `null` value removes the key) to `spec`, in place.

    `section` names the configuration section in error messages (`types.overlays`, `prism_overlays`).
    """
    if overlays is None:
        return
    if not isinstance(overlays, dict):
        raise ConfigError(f"config {section} must map JSON pointers to mappings, got {type(overlays).__name__}")
    for pointer, patch in cast("dict[object, object]", overlays).items():
        if not isinstance(pointer, str):
            raise ConfigError(f"config {section}: the key {pointer!r} is not a JSON pointer string")
        if not isinstance(patch, dict):
            raise ConfigError(f"config {section}[{pointer!r}]: expected a mapping of keys to set")
        try:
            node = spec.get(pointer)
        except SpecError as exc:
            raise ConfigError(f"config {section}: {exc}") from exc
        if not isinstance(node, dict):
            raise ConfigError(
                f"config {section}[{pointer!r}]: the spec has a {type(node).__name__} there, not a mapping"
            )
        target = cast("dict[str, Any]", node)
        for key, value in cast("dict[str, Any]", patch).items():
            if value is None:
                target.pop(key, None)
            else:
                # A fresh copy per pointer: YAML anchors let several pointers share one patch value, and the
                # spec must not end up with aliased nodes that a later overlay would edit in two places.
                target[key] = json.loads(json.dumps(value, default=_json_default))


def build_prism_spec(spec: Spec, config: dict[str, Any]) -> Spec:
    """Apply the configured `types.overlays`, then `prism_overlays`, to `spec` (in place) and return it.

    Both apply: the types overlays keep Prism's view of the schemas the same as the generated types', and the
    Prism overlays come last so an example fix may rely on a corrected schema.
    """
    types_cfg: object = config.get("types") or {}
    if not isinstance(types_cfg, dict):
        raise ConfigError("config: the `types` section must be a mapping")
    apply_overlays(spec, cast("dict[str, Any]", types_cfg).get("overlays"), "types.overlays")
    apply_overlays(spec, config.get("prism_overlays"), "prism_overlays")
    return spec


def _json_default(value: object) -> object:
    # YAML reads unquoted `2024-10-01` as a date; the spec means the text, which is what JSON must carry.
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(f"the spec holds a {type(value).__name__} ({value!r:.80}), which JSON cannot represent")


def dump_spec(spec: Spec) -> str:
    """The spec as JSON text: key order as in the document, so the same input always gives the same bytes."""
    try:
        return json.dumps(spec.raw, ensure_ascii=False, separators=(",", ":"), default=_json_default) + "\n"
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"the spec cannot be written as JSON: {exc}") from exc


def write_spec(spec: Spec, path: Path) -> bool:
    """Write `spec` as JSON to `path` (atomically; parent directories are created). Return whether it changed."""
    text = dump_spec(spec)
    if path.is_dir():
        raise ConfigError(f"--write-spec {path}: is a directory, expected a file path")
    try:
        if path.exists() and path.read_text(encoding="utf-8") == text:
            # Unchanged: keep the mtime so tools keyed on it (make-style checks) do not redo work.
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        # Through a temporary file in the same directory: a Prism starting concurrently never reads half a file.
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            # mkstemp creates the file private (0600); the spec is no secret, so give it a regular file's mode.
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigError(f"--write-spec {path}: {exc.strerror or exc}") from exc
    return True
