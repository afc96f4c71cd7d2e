"""The generator's driver: `python -m codegen --spec PATH [--check | --write-spec OUT]`.

Loads the spec and the configuration, builds the type registry and the resource tree, renders every generated
file into a temporary directory, formats it with ruff, then syncs it into the repository (or, with `--check`,
reports the files that differ and exits 1). With `--write-spec OUT` it generates nothing and instead writes the
spec Prism serves: the document with the configured overlays applied, as JSON (see `codegen.prism_spec`).
"""

from __future__ import annotations

import sys
import time
import argparse
from typing import Any, cast
from pathlib import Path

import yaml

from .spec import SpecError, load_spec
from .render import RenderError, diff_tree, sync_tree, render_to_temp
from .typesys import TypeRegistry
from .resources import ConfigError, generate_files
from .prism_spec import write_spec, build_prism_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = Path(__file__).resolve().parent


def load_config(config_dir: Path | None = None) -> dict[str, Any]:
    """`config.yaml`, with `config.types.yaml` (if present) merged in under `types:` and `config.prism.yaml`
    (if present) under `prism_overlays:`."""
    config_dir = config_dir or CONFIG_DIR
    main = config_dir / "config.yaml"
    if not main.exists():
        raise ConfigError(f"{main} is missing")
    config = cast("dict[str, Any]", yaml.load(main.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {})
    types_file = config_dir / "config.types.yaml"
    if types_file.exists():
        types_cfg: object = yaml.load(types_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
        if not isinstance(types_cfg, dict):
            raise ConfigError(f"{types_file}: expected a mapping at the top level")
        types_map = cast("dict[str, Any]", types_cfg)
        config["types"] = types_map.get("types", types_map)
    prism_file = config_dir / "config.prism.yaml"
    if prism_file.exists():
        prism_cfg: object = yaml.load(prism_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
        if not isinstance(prism_cfg, dict) or set(cast("dict[object, object]", prism_cfg)) - {"prism_overlays"}:
            raise ConfigError(f"{prism_file}: expected a mapping with the single key `prism_overlays`")
        if "prism_overlays" in config:
            raise ConfigError(f"prism_overlays is set both in {main} and in {prism_file}; keep one")
        config["prism_overlays"] = cast("dict[str, Any]", prism_cfg).get("prism_overlays") or {}
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description="Generate the SDK from the OpenAPI spec.")
    parser.add_argument("--spec", required=True, help="path to openapi.yaml")
    parser.add_argument("--check", action="store_true", help="verify the committed tree instead of writing it")
    parser.add_argument("--root", default=str(REPO_ROOT), help="repository root to write into (default: this checkout)")
    parser.add_argument(
        "--write-spec",
        metavar="OUT",
        help="write the spec Prism serves (overlays and prism_overlays applied) as JSON to OUT; generate nothing",
    )
    ns = parser.parse_args(argv)
    started = time.perf_counter()
    root = Path(ns.root).resolve()
    if ns.write_spec is not None:
        if ns.check:
            parser.error("--write-spec and --check cannot be combined")
        return _write_prism_spec(ns.spec, Path(ns.write_spec), started)
    try:
        spec = load_spec(ns.spec)
        config = load_config()
        registry = TypeRegistry(spec, config)
        files = generate_files(spec, config, registry, config_dir=CONFIG_DIR)
        keep = frozenset(str(p) for p in cast("list[object]", config.get("keep_files") or []))
        overlap = sorted(keep & files.keys())
        if overlap:
            raise ConfigError(f"keep_files lists files the generator renders: {overlap}")
        with render_to_temp(files, REPO_ROOT) as tmp:
            if ns.check:
                diff = diff_tree(Path(tmp), root, keep=keep)
                if not diff.clean:
                    print("The generated tree is out of date; run ./scripts/generate. Differences:")
                    for line in diff.lines():
                        print(f"  {line}")
                    return 1
                print(f"Generated tree is up to date ({len(files)} files, {time.perf_counter() - started:.1f}s).")
                return 0
            diff = sync_tree(Path(tmp), root, keep=keep)
    except (ConfigError, RenderError) as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return 2
    print(
        f"Generated {len(files)} files in {time.perf_counter() - started:.1f}s: "
        f"{len(diff.changed)} changed, {len(diff.added)} added, {len(diff.removed)} removed."
    )
    return 0


def _write_prism_spec(spec_path: str, out: Path, started: float) -> int:
    try:
        spec = build_prism_spec(load_spec(spec_path), load_config())
        changed = write_spec(spec, out)
    except (ConfigError, SpecError, OSError) as exc:
        print(f"codegen: error: {exc}", file=sys.stderr)
        return 2
    verdict = "written" if changed else "unchanged"
    print(f"Prism spec {out} {verdict} ({time.perf_counter() - started:.1f}s).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
