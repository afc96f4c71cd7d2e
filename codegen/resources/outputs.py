"""The generated files around the resources: `_client.py`, `_operations.py`, `api.md`, `.stats.yml`.

Each function takes the built `ResourceTree` and returns file sources keyed by path relative to the repository
root; the driver formats and writes them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..spec import Spec
from .model import PAGE_CLASSES, Method, Resource, ResourceTree
from .modules import jinja_env

__all__ = ["GENERATOR_VERSION", "render_client", "render_operations", "render_api_md", "render_stats"]

GENERATOR_VERSION = "0.1.0"


def render_client(tree: ResourceTree) -> dict[str, str]:
    resources = [{"attr": r.attr, "class_name": r.class_name, "module": r.module} for r in tree.top]
    return {"src/openai/_client.py": jinja_env().get_template("client.py.jinja").render(resources=resources)}


def _opt(value: str | None) -> str:
    return "None" if value is None else repr(value)


def _tuple(values: list[str]) -> str:
    if not values:
        return "()"
    return "(" + ", ".join(repr(v) for v in values) + ",)"


def render_operations(tree: ResourceTree) -> dict[str, str]:
    rows: list[dict[str, str]] = []
    for m in tree.methods():
        rows.append(
            {
                "id": m.operation_id,
                "method": m.http_method,
                "path": m.path,
                "client_path": m.client_path,
                "params_type": _opt(f"{m.params_ref[0]}:{m.params_ref[1]}" if m.params_ref else None),
                "response_type": _opt(m.return_ref),
                "page": _opt(m.page),
                "stream_type": _opt(m.stream_ref),
                "binary": repr(m.kind == "binary"),
                "multipart": repr(m.multipart),
                "path_params": _tuple([a.wire_name for a in m.path_args]),
                "query_params": _tuple(m.spec_query_params),
                "body_required": _tuple(m.body_required),
                "security": m.security,
            }
        )
    source = jinja_env().get_template("operations.py.jinja").render(operations=rows)
    return {"src/openai/_operations.py": source}


def _type_link(module: str, name: str) -> str:
    path = "src/" + module.replace(".", "/") + ".py"
    return f'<a href="./{path}">{name}</a>'


def _return_md(m: Method) -> str:
    if m.kind == "none":
        return "None"
    if m.kind == "str":
        return "str"
    if m.kind == "binary":
        return "HttpxBinaryResponseContent"
    link = m.returns.code
    if m.return_ref:
        module, _, name = m.return_ref.partition(":")
        if name == m.returns.code:
            link = _type_link(module, name)
    if m.page:
        return f"{PAGE_CLASSES[m.page][0]}[{link}]"
    if m.stream is not None:
        return f"{link} | Stream[{m.stream.code}]"
    return link


def _args_md(m: Method) -> str:
    parts = [a.name for a in m.positional]
    if m.keyword_path:
        parts.append("*")
        parts.extend(a.name for a in m.keyword_path)
    if m.params_ref:
        module, _, _ = m.params_ref[0].partition(":")
        parts.append(f'\\*\\*<a href="./src/{module.replace(".", "/")}.py">params</a>')
    return ", ".join(parts)


def _resource_md(r: Resource, level: int, out: list[str]) -> None:
    out.append(f"{'#' * min(level, 6)} {' '.join(p.replace('_', ' ').title() for p in r.path[-1:])}")
    out.append("")
    types: dict[str, set[str]] = {}
    for m in r.methods:
        for ref in (m.return_ref, m.stream_ref):
            if ref:
                module, _, name = ref.partition(":")
                types.setdefault(module, set()).add(name)
    if types:
        out.append("Types:")
        out.append("")
        out.append("```python")
        for module, names in sorted(types.items()):
            out.append(f"from {module} import {', '.join(sorted(names))}")
        out.append("```")
        out.append("")
    if r.methods:
        out.append("Methods:")
        out.append("")
        path = "src/openai/resources/" + r.file
        for m in r.methods:
            dotted = ".".join(r.path)
            out.append(
                f'- <code title="{m.http_method.lower()} {m.path}">client.{dotted}.'
                f'<a href="./{path}">{m.name}</a>({_args_md(m)}) -> {_return_md(m)}</code>'
            )
        out.append("")
    for child in r.children:
        _resource_md(child, level + 1, out)


def render_api_md(tree: ResourceTree) -> dict[str, str]:
    out: list[str] = [
        "<!-- File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand. -->",
        "",
        "# API reference",
        "",
        "Every method of `OpenAI` (the same names exist on `AsyncOpenAI`, awaited), with its types.",
        "",
    ]
    for r in tree.top:
        _resource_md(r, 2, out)
    return {"api.md": "\n".join(out).rstrip("\n") + "\n"}


def _hash_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def render_stats(tree: ResourceTree, spec: Spec, config_dir: Path) -> dict[str, str]:
    configs = sorted(p for p in config_dir.glob("config*.yaml") if p.is_file())
    lines = [
        "# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.",
        f"configured_endpoints: {len({(m.http_method, m.path) for m in tree.methods()})}",
        f"openapi_spec_hash: {spec.sha256}",
        f"config_hash: {_hash_files(configs)}",
        f"generator_version: {GENERATOR_VERSION}",
    ]
    return {".stats.yml": "\n".join(lines) + "\n"}
