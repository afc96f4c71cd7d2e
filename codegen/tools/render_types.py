"""Render the types tree on its own into a preview directory (a development shortcut).

    .venv/bin/python -m codegen.tools.render_types [--reference ../shared/reference] [--out DIR]

The real driver (`python -m codegen`) registers every operation's params through `TypeRegistry.request_params()`;
this tool imitates those calls from `surface-methods.tsv` so the types half can be iterated on alone. It is not
used at generation time.
"""

from __future__ import annotations

import csv
import time
import argparse
import tempfile
import subprocess
from typing import Any, cast
from pathlib import Path

from codegen.spec import Spec, load_spec
from codegen.naming import pascal_case
from codegen.typesys import TypeRegistry
from codegen.__main__ import load_config

ROOT = Path(__file__).resolve().parents[2]


def _body_keys(spec: Spec, schema: dict[str, Any]) -> set[str]:
    keys = set(cast("dict[str, Any]", schema.get("properties") or {}))
    for part in cast("list[dict[str, Any]]", schema.get("allOf") or []):
        keys |= _body_keys(spec, spec.resolve(part))
    return keys


def register_operations(registry: TypeRegistry, spec: Spec, reference: Path) -> int:
    """Call `request_params()`/`response_type()` for every method row that names a params module."""
    count = 0
    with (reference / "surface-methods.tsv").open(newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    seen: set[str] = set()
    for row in rows:
        if row["verb"] in ("HELPER", "-"):
            continue
        item = cast("dict[str, Any]", spec.raw["paths"][row["path"]])
        operation = cast("dict[str, Any]", item[row["verb"].lower()])
        module = row["param_modules"].split(",")[0].strip()
        if module and module not in seen:
            seen.add(module)
            body: dict[str, Any] | None = None
            request_body = cast("dict[str, Any]", operation.get("requestBody") or {})
            content = cast("dict[str, Any]", request_body.get("content") or {})
            for media in ("application/json", "multipart/form-data", "application/x-www-form-urlencoded"):
                if media in content:
                    body = content[media]["schema"]
                    break
            params = [*item.get("parameters", []), *operation.get("parameters", [])]
            query = [p for p in params if spec.resolve(p).get("in") == "query"]
            streaming = any(spec.resolve(p).get("name") == "stream" for p in query) or (
                body is not None and "stream" in _body_keys(spec, spec.resolve(body))
            )
            registry.request_params(
                module=module,
                class_name=pascal_case(module.rsplit(".", 1)[1]),
                body_schema=body,
                query_params=query,
                streaming=streaming,
            )
            count += 1
        ret_module = row["return_modules"].split(",")[0].strip()
        responses = cast("dict[str, dict[str, Any]]", operation.get("responses") or {})
        ok = responses.get("200") or responses.get("201") or {}
        media = cast("dict[str, dict[str, Any]]", ok.get("content") or {}).get("application/json") or {}
        schema = cast("dict[str, Any] | None", media.get("schema"))
        if ret_module and schema is not None and row["returns"].isidentifier():
            registry.response_type(schema, hint_module=ret_module, hint_name=row["returns"])
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "codegen-types-preview")
    args = parser.parse_args()
    start = time.perf_counter()
    spec = load_spec(args.reference / "openapi.yaml")
    registry = TypeRegistry(spec, load_config())
    ops = register_operations(registry, spec, args.reference)
    files = registry.render()
    print(f"rendered {len(files)} files ({ops} params modules) in {time.perf_counter() - start:.1f}s")
    with tempfile.TemporaryDirectory() as tmp:
        for rel, text in files.items():
            path = Path(tmp) / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        ruff = str(ROOT / ".venv" / "bin" / "ruff")
        subprocess.run([ruff, "format", "--quiet", "--line-length", "120", tmp], check=True)
        subprocess.run(
            [ruff, "check", "--quiet", "--fix", "--select", "I,F401", "--line-length", "120", tmp],
            check=False,
            cwd=ROOT,
        )
        written = 0
        for rel in files:
            new = (Path(tmp) / rel).read_bytes()
            path = args.out / rel
            if not path.exists() or path.read_bytes() != new:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(new)
                written += 1
    print(f"{written} files written under {args.out} in {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
