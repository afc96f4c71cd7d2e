"""One-off derivation of the `resources:`/`operations:` sections of `codegen/config.yaml`.

The generator never reads the reference TSVs: this script turns `surface-methods.tsv` (client paths, argument
order, return types, params modules) plus facts from the spec (security, multipart bodies, streaming) into the
committed configuration, which is then maintained by hand. Re-run it only to re-derive from scratch:

    .venv/bin/python -m codegen.tools.derive_operations --spec ../shared/reference/openapi.yaml \
        --reference ../shared/reference > codegen/config.yaml
"""

from __future__ import annotations

import re
import csv
import sys
import argparse
from typing import Any
from pathlib import Path

import yaml

from codegen.spec import Spec, load_spec

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

PAGE_KINDS = {
    "SyncPage": "page",
    "SyncCursorPage": "cursor",
    "SyncConversationCursorPage": "conversation_cursor",
    "SyncNextCursorPage": "next_cursor",
}

# CONTRACT §2.1: method headers that the official client sets on whole resource families.
BETA_HEADERS: tuple[tuple[str, dict[str, str]], ...] = (
    ("beta.assistants.", {"OpenAI-Beta": "assistants=v2"}),
    ("beta.threads.", {"OpenAI-Beta": "assistants=v2"}),
    ("vector_stores.", {"OpenAI-Beta": "assistants=v2"}),
    ("beta.realtime.sessions.create", {"OpenAI-Beta": "realtime=v1"}),
    ("beta.realtime.transcription_sessions.create", {"OpenAI-Beta": "realtime=v1"}),
    ("beta.chatkit.", {"OpenAI-Beta": "chatkit_beta=v1"}),
)

# CONTRACT §2.1: Accept overrides for binary bodies.
ACCEPT_OVERRIDES = {
    "files.content": "application/binary",
    "containers.files.content.retrieve": "application/binary",
    "skills.content.retrieve": "application/binary",
    "skills.versions.content.retrieve": "application/binary",
    "videos.download_content": "application/binary",
    "audio.speech.create": "application/octet-stream",
    "realtime.calls.create": "application/sdp",
}

# Return types whose row names no defining module.
RETURN_OVERRIDES = {
    "beta.chatkit.threads.list_items": "openai.types.beta.chatkit.chatkit_thread_item_list:Data",
}

# Operations that take `stream` although the spec's response lists no `text/event-stream` schema.
STREAM_OVERRIDES = {
    "completions.create": "#/components/schemas/CreateCompletionResponse",
    "beta.threads.create_and_run": "#/components/schemas/AssistantStreamEvent",
    "beta.threads.runs.create": "#/components/schemas/AssistantStreamEvent",
    "beta.threads.runs.submit_tool_outputs": "#/components/schemas/AssistantStreamEvent",
    "responses.retrieve": "#/components/schemas/ResponseStreamEvent",
    "beta.responses.retrieve": "#/components/schemas/BetaResponseStreamEvent",
}

# Our names for the `proposed` rows (operations no published SDK has), following the rest of the surface.
PROPOSED: dict[str, dict[str, Any]] = {
    "audio.voice_consents.create": {
        "returns": "openai.types.voice_consent_resource:VoiceConsentResource",
        "params": "openai.types.audio.voice_consent_create_params:VoiceConsentCreateParams",
    },
    "audio.voice_consents.list": {
        "returns": "openai.types.voice_consent_resource:VoiceConsentResource",
        "page": "cursor",
        "params": "openai.types.audio.voice_consent_list_params:VoiceConsentListParams",
    },
    "audio.voice_consents.retrieve": {"returns": "openai.types.voice_consent_resource:VoiceConsentResource"},
    "audio.voice_consents.update": {
        "returns": "openai.types.voice_consent_resource:VoiceConsentResource",
        "params": "openai.types.audio.voice_consent_update_params:VoiceConsentUpdateParams",
    },
    "audio.voice_consents.delete": {
        "returns": "openai.types.voice_consent_deleted_resource:VoiceConsentDeletedResource"
    },
    "audio.voices.create": {
        "returns": "openai.types.voice_resource:VoiceResource",
        "params": "openai.types.audio.voice_create_params:VoiceCreateParams",
    },
    "realtime.translations.client_secrets.create": {
        "returns": "openai.types.realtime.realtime_translation_client_secret_create_response:RealtimeTranslationClientSecretCreateResponse",
        "params": "openai.types.realtime.translations.client_secret_create_params:ClientSecretCreateParams",
    },
}


def camel(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def schema_index(reference: Path) -> dict[str, str]:
    """Schema pointer → `module:Name` of the public type defined from it (exact/high matches only)."""
    index: dict[str, str] = {}
    for row in read_tsv(reference / "surface-modules.tsv"):
        if row["schema"] and row["confidence"] in ("exact", "high") and row["name"] != "-":
            index.setdefault(row["schema"], f"{row['module']}:{row['name']}")
    return index


def properties(spec: Spec, schema: object) -> dict[str, Any]:
    """Properties of an object schema, including those of its `allOf` parts."""
    node = spec.resolve(schema)
    found: dict[str, Any] = dict(node.get("properties", {}))
    for part in node.get("allOf", []):
        found.update(properties(spec, part))
    return found


def find_operation(spec: Spec, verb: str, path: str) -> dict[str, Any]:
    item = spec.raw["paths"].get(path)
    if item is None or verb.lower() not in item:
        raise SystemExit(f"surface row {verb} {path}: no such operation in the spec")
    op: dict[str, Any] = item[verb.lower()]
    return op


def parse_args(args: str) -> tuple[list[str], list[str], bool]:
    """`run_id, *, thread_id, **params` → (["run_id"], ["thread_id"], True)."""
    positional: list[str] = []
    keyword: list[str] = []
    has_params = False
    target = positional
    for token in (t.strip() for t in args.split(",") if t.strip()):
        if token == "*":
            target = keyword
        elif token == "**params":
            has_params = True
        else:
            target.append(token)
    return positional, keyword, has_params


def derive(spec: Spec, reference: Path) -> dict[str, Any]:
    index = schema_index(reference)
    operations: dict[str, Any] = {}
    seen_ops: set[tuple[str, str]] = set()
    for row in read_tsv(reference / "surface-methods.tsv"):
        if row["verb"] == "HELPER":
            continue
        client_path = row["client_method"].removeprefix("client.")
        op = find_operation(spec, row["verb"], row["path"])
        seen_ops.add((row["verb"].lower(), row["path"]))
        path_params = re.findall(r"{([^}]+)}", row["path"])
        entry: dict[str, Any] = {"operation": f"{row['verb']} {row['path']}"}
        if row["seen_in"] == "proposed":
            proposed = PROPOSED[client_path]
            positional = path_params[-1:]
            keyword = path_params[:-1]
            entry["proposed"] = True
            returns = proposed["returns"]
            page = proposed.get("page")
            params = proposed.get("params")
        else:
            positional, keyword, has_params = parse_args(row["args"])
            if sorted(positional + keyword) != sorted(path_params):
                raise SystemExit(f"{client_path}: args {row['args']!r} do not cover path params {path_params}")
            ret = row["returns"]
            page = None
            match = re.fullmatch(r"(\w+)\[(\w+)\]", ret)
            if match:
                page = PAGE_KINDS[match.group(1)]
                ret = match.group(2)
            if ret in ("None", "str", "HttpxBinaryResponseContent"):
                returns = ret
            elif client_path in RETURN_OVERRIDES:
                returns = RETURN_OVERRIDES[client_path]
            else:
                modules = [m for m in row["return_modules"].split(",") if m]
                if len(modules) != 1:
                    raise SystemExit(f"{client_path}: expected one return module, got {modules}")
                returns = f"{modules[0]}:{ret}"
            params = None
            if has_params:
                module = row["param_modules"]
                params = f"{module}:{camel(module.rsplit('.', 1)[1])}"
        if positional:
            entry["args"] = positional
        if keyword:
            entry["keyword_args"] = keyword
        entry["returns"] = returns
        if page:
            entry["page"] = page
        if params:
            entry["params"] = params
        body = op.get("requestBody")
        content: dict[str, Any] = spec.resolve(body).get("content", {}) if body else {}
        if "multipart/form-data" in content:
            entry["multipart"] = True
        stream_pointer = STREAM_OVERRIDES.get(client_path)
        if stream_pointer is None:
            for code, response in op.get("responses", {}).items():
                if code.startswith("2"):
                    sse = spec.resolve(response).get("content", {}).get("text/event-stream")
                    body_props = properties(spec, next(iter(content.values()))["schema"]) if content else {}
                    if sse and "stream" in body_props:
                        stream_pointer = sse["schema"]["$ref"]
        if stream_pointer:
            entry["stream"] = {"schema": stream_pointer, "type": index[stream_pointer]}
        accept = ACCEPT_OVERRIDES.get(client_path)
        if accept is None and returns == "None":
            accept = "*/*"
        if accept:
            entry["accept"] = accept
        headers: dict[str, str] = {}
        for prefix, values in BETA_HEADERS:
            if client_path.startswith(prefix) or client_path == prefix:
                headers.update(values)
        if headers:
            entry["headers"] = headers
        security = op.get("security")
        if security and any("AdminApiKeyAuth" in s for s in security):
            entry["security"] = "admin"
        operations[client_path] = entry
    missing = [
        f"{verb.upper()} {path}"
        for path, item in spec.raw["paths"].items()
        for verb in item
        if verb in HTTP_METHODS and (verb, path) not in seen_ops
    ]
    if missing:
        raise SystemExit(f"operations of the spec without a surface row: {missing}")
    return operations


def write_surface(reference: Path, out: Path) -> None:
    """One line per surface method: `api` or `helper`, a tab, the attribute path below the client."""
    lines = ["# Derived from surface-methods.tsv by codegen/tools/derive_operations.py: kind<TAB>client attribute path"]
    for row in read_tsv(reference / "surface-methods.tsv"):
        kind = "helper" if row["verb"] == "HELPER" else "api"
        lines.append(f"{kind}\t{row['client_method'].removeprefix('client.')}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", required=True)
    parser.add_argument("--reference", required=True, help="directory holding surface-*.tsv")
    parser.add_argument(
        "--surface-out",
        type=Path,
        help="also write the method list the contract test checks (tests/contract/surface_methods.txt)",
    )
    ns = parser.parse_args(argv)
    if ns.surface_out:
        write_surface(Path(ns.reference), ns.surface_out)
    spec = load_spec(ns.spec)
    operations = derive(spec, Path(ns.reference))
    header = (
        "# Generator configuration: the resources/operations half (see CONTRIBUTING.md).\n"
        "# `operations` maps each client method path to its spec operation and surface details;\n"
        "# `resources` gives per-resource class names and hand-written base classes from openai.lib.\n"
    )
    # `keep_files` and `resources` are maintained by hand: carry them over from the current configuration.
    current_path = Path(__file__).resolve().parents[1] / "config.yaml"
    current: dict[str, Any] = {}
    if current_path.exists():
        current = yaml.safe_load(current_path.read_text(encoding="utf-8")) or {}
    keep = {"keep_files": current.get("keep_files", [])}
    resources = current.get("resources", {"class_names": {}, "extra": [], "aliases": {}, "mixins": {}})
    sys.stdout.write(header)
    sys.stdout.write(
        "# Hand-written files inside the directories the generator owns: never compared, rewritten or deleted.\n"
    )
    sys.stdout.write(yaml.safe_dump(keep, sort_keys=False, width=120))
    sys.stdout.write(yaml.safe_dump({"resources": resources}, sort_keys=False, width=120))
    sys.stdout.write(yaml.safe_dump({"operations": operations}, sort_keys=False, width=120))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
