"""Derive the `types:` section of `codegen/config.yaml` (schema → public module and name) from the surface TSVs.

Run once, by hand, when the reference surface changes (it rewrites only that section, the last of the file, and
the import lists of `tests/contract/`):

    .venv/bin/python -m codegen.tools.derive_types --reference ../shared/reference

The generator itself never reads the TSVs: it reads the YAML this script writes (names, modules and schema
pointers are facts of the public surface and of the spec). Hand-made decisions live in `MANUAL` below so that a
re-derivation reproduces them.
"""

from __future__ import annotations

import csv
import argparse
import textwrap
from typing import Any, cast
from pathlib import Path

import yaml

from codegen.naming import snake_case

# Rows of the surface that the TSVs cannot point at a schema (SDK-only names, or names the matcher missed),
# resolved by reading the spec.  Keys are (module, name).
MANUAL: dict[tuple[str, str], dict[str, Any]] = {
    # The beta server-event union is made of the beta event classes (the spec has only the GA union, whose members
    # carry the GA wire names); members resolve to the classes of openai.types.beta.realtime first.
    ("openai.types.beta.realtime.realtime_server_event", "RealtimeServerEvent"): {
        "members": [
            "ConversationCreatedEvent",
            "ConversationItemCreatedEvent",
            "ConversationItemDeletedEvent",
            "ConversationItemInputAudioTranscriptionCompletedEvent",
            "ConversationItemInputAudioTranscriptionDeltaEvent",
            "ConversationItemInputAudioTranscriptionFailedEvent",
            "ConversationItemRetrieved",
            "ConversationItemTruncatedEvent",
            "ErrorEvent",
            "InputAudioBufferClearedEvent",
            "InputAudioBufferCommittedEvent",
            "InputAudioBufferSpeechStartedEvent",
            "InputAudioBufferSpeechStoppedEvent",
            "RateLimitsUpdatedEvent",
            "ResponseAudioDeltaEvent",
            "ResponseAudioDoneEvent",
            "ResponseAudioTranscriptDeltaEvent",
            "ResponseAudioTranscriptDoneEvent",
            "ResponseContentPartAddedEvent",
            "ResponseContentPartDoneEvent",
            "ResponseCreatedEvent",
            "ResponseDoneEvent",
            "ResponseFunctionCallArgumentsDeltaEvent",
            "ResponseFunctionCallArgumentsDoneEvent",
            "ResponseOutputItemAddedEvent",
            "ResponseOutputItemDoneEvent",
            "ResponseTextDeltaEvent",
            "ResponseTextDoneEvent",
            "SessionCreatedEvent",
            "SessionUpdatedEvent",
            "TranscriptionSessionUpdatedEvent",
            "OutputAudioBufferStarted",
            "OutputAudioBufferStopped",
            "OutputAudioBufferCleared",
        ]
    },
    ("openai.types.conversations.conversation_deleted", "ConversationDeleted"): {
        "schema": "#/components/schemas/DeletedConversation"
    },
    ("openai.types.responses.response_content", "ResponseContent"): {"schema": "#/components/schemas/Content"},
    ("openai.types.beta.beta_response_content", "BetaResponseContent"): {"schema": "#/components/schemas/BetaContent"},
    ("openai.types.responses.response_output_audio", "ResponseOutputAudio"): {
        "schema": "#/components/schemas/OutputAudio"
    },
    ("openai.types.beta.beta_response_output_audio", "BetaResponseOutputAudio"): {
        "schema": "#/components/schemas/BetaOutputAudio"
    },
    ("openai.types.beta.beta_response_input_audio", "BetaResponseInputAudio"): {
        "schema": "#/components/schemas/BetaInputAudio"
    },
    ("openai.types.file_content", "FileContent"): {"code": "str"},
    # not in this spec (the TSV's structural match, WebhookBatchCancelled, is wrong): its fields as published
    ("openai.types.webhooks.safety_identifier_blocked_webhook_event", "SafetyIdentifierBlockedWebhookEvent"): {
        "inline": {
            "type": "object",
            "description": "Sent when requests with a safety identifier are blocked for a safety category.",
            "properties": {
                "id": {"type": "string", "description": "The unique ID of the event."},
                "created_at": {
                    "type": "integer",
                    "description": "The Unix timestamp (in seconds) of when the event was created.",
                },
                "data": {
                    "type": "object",
                    "description": "Event data payload.",
                    "properties": {
                        "model": {"type": "string"},
                        "project_id": {"type": "string"},
                        "request_id": {"type": "string"},
                        "safety_category": {"type": "string"},
                        "safety_identifier": {"type": "string"},
                    },
                    "required": ["safety_category", "safety_identifier"],
                },
                "object": {"type": "string", "enum": ["event"], "description": "The object of the event."},
                "type": {"type": "string", "enum": ["safety_identifier.blocked"], "description": "The event type."},
            },
            "required": ["id", "created_at", "data", "type"],
        }
    },
    ("openai.types.webhooks.safety_identifier_blocked_webhook_event", "Data"): {"skip": True},
    # the query of the GA realtime WebSocket URL
    ("openai.types.realtime.realtime_connect_params", "RealtimeConnectParams"): {
        "inline": {
            "type": "object",
            "properties": {
                "call_id": {"type": "string", "description": "Attach to an existing call (SIP or WebRTC)."},
                "model": {"type": "string", "description": "The Realtime model to connect to."},
            },
        },
        "param": True,
    },
    # the query of the beta realtime WebSocket URL (no operation of the spec describes it)
    ("openai.types.beta.realtime.realtime_connect_params", "RealtimeConnectParams"): {
        "inline": {
            "type": "object",
            "properties": {"model": {"type": "string", "description": "The Realtime model to connect to."}},
            "required": ["model"],
        },
        "param": True,
    },
    ("openai.types.shared.oauth_error_code", "OAuthErrorCode"): {
        "code": 'Union[Literal["invalid_grant", "invalid_subject_token"], str]'
    },
    ("openai.types.shared_params.oauth_error_code", "OAuthErrorCode"): {
        "code": 'Union[Literal["invalid_grant", "invalid_subject_token"], str]',
        "param": True,
    },
    ("openai.types.webhooks.unwrap_webhook_event", "UnwrapWebhookEvent"): {
        "union": "webhooks",
        "discriminator": "type",
    },
}

# Low-confidence matches of the surface that point at a structural look-alike rather than at the schema the
# parent type uses; corrected by reading the spec.  Keys are (module, name).
POINTER_FIXES: dict[tuple[str, str], str] = {
    ("openai.types.beta.realtime.realtime_response_usage", "InputTokenDetails"): (
        "#/components/schemas/RealtimeBetaResponse/properties/usage/properties/input_token_details"
    ),
    ("openai.types.beta.realtime.session_create_params", "ClientSecret"): (
        "#/components/schemas/RealtimeSessionCreateRequest/properties/client_secret"
    ),
    ("openai.types.beta.realtime.session_create_params", "InputAudioTranscription"): (
        "#/components/schemas/RealtimeSessionCreateRequest/properties/input_audio_transcription"
    ),
}

# Names that are SDK-only helpers of hand-written code (`lib/`), not schema types: the generator skips them.
SKIPPED = {
    ("openai.types.chat.parsed_chat_completion", "ContentType"),
    ("openai.types.responses.parsed_response", "ContentType"),
    ("openai.types.websocket_reconnection", "ReconnectingEvent"),
    ("openai.types.websocket_reconnection", "is_recoverable_close"),
    ("openai.types.websocket_reconnection", "ReconnectingOverrides"),
    ("openai.types.websocket_connection_options", "WebSocketConnectionOptions"),
    ("openai.types.websocket_connection_options", "WebsocketConnectionOptions"),
}


# Modules of `openai.types` that are written by hand next to the generated ones: generic "parsed" results of the
# `parse()` helpers (they subclass generated models) and the realtime WebSocket options and reconnection types
# (SDK-only, no schema). The generator neither writes nor deletes them.
HAND_WRITTEN_MODULES = {
    "parsed_chat_completion",
    "parsed_function_tool_call",
    "parsed_response",
    "websocket_connection_options",
    "websocket_reconnection",
}


def is_param_module(module: str) -> bool:
    """Whether `module` holds request-side (TypedDict) types."""
    last = module.rsplit(".", 1)[-1]
    return last.endswith(("_param", "_params")) or ".shared_params" in module or module.endswith(".shared_params")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def derive(reference: Path) -> dict[str, Any]:
    modules: dict[str, dict[str, dict[str, Any]]] = {}
    hand_written: dict[str, set[str]] = {}
    unions: dict[str, list[str]] = {}
    for row in read_tsv(reference / "surface-modules.tsv"):
        module, name, kind = row["module"], row["name"], row["kind"]
        if module.rsplit(".", 1)[-1] in HAND_WRITTEN_MODULES:
            hand_written.setdefault(module, set()).add(name)
            continue
        if name == "-" or (module, name) in SKIPPED:
            continue
        entry: dict[str, Any]
        if (module, name) in MANUAL:
            entry = dict(MANUAL[(module, name)])
            if entry.pop("skip", False):
                continue  # a nested type of a manual entry, named by the generator
        elif (module, name) in POINTER_FIXES:
            entry = {"schema": POINTER_FIXES[(module, name)]}
        elif row["schema"]:
            entry = {"schema": row["schema"]}
        elif kind == "union":
            # SDK-only unions over named members (realtime client events, video input reference)
            entry = {"members": row["fields"].split(",")}
        else:
            entry = {}
        if not entry:
            continue
        if kind == "typeddict" or is_param_module(module):
            entry["param"] = True
        if (
            row["confidence"] in ("low", "none")
            and "schema" in entry
            and (module, name) not in MANUAL
            and (module, name) not in POINTER_FIXES
        ):
            entry["confidence"] = row["confidence"]
        modules.setdefault(module, {})[name] = entry
    # Re-exported names that no module of the reference defines (names newer than the introspected release):
    # give them a module of their own named after them.
    defined = {(m.rsplit(".", 1)[0], n) for m, names in modules.items() for n in names}
    defined |= {(m, n) for m, names in modules.items() for n in names}
    for row in read_tsv(reference / "type-map.tsv"):
        package, name = row["module"], row["name"]
        if row["module"].rsplit(".", 1)[-1] in HAND_WRITTEN_MODULES:
            continue
        if not row["schema"] or any(p == package or p.startswith(package + ".") for p, n in defined if n == name):
            continue
        module = f"{package}.{snake_case(name)}"
        entry = {"schema": row["schema"]}
        if row["kind"] == "typeddict" or name.endswith("Param") or is_param_module(module):
            entry["param"] = True
        modules.setdefault(module, {})[name] = entry
    for (module, name), entry in MANUAL.items():
        if name not in modules.get(module, {}) and not entry.get("skip"):
            modules.setdefault(module, {})[name] = dict(entry)
    exports: dict[str, list[str]] = {}
    for row in read_tsv(reference / "surface-types.tsv"):
        exports.setdefault(row["module"], []).append(row["name"])
    # `openai.types.shared` / `shared_params` are listed with the non-type surface
    for row in read_tsv(reference / "surface-nontypes.tsv"):
        if row["module"] in ("openai.types.shared", "openai.types.shared_params"):
            exports.setdefault(row["module"], []).append(row["name"])
    return {
        "hand_written_modules": {m: sorted(hand_written[m]) for m in sorted(hand_written)},
        "modules": {m: dict(sorted(modules[m].items())) for m in sorted(modules)},
        "exports": {p: sorted(set(exports[p])) for p in sorted(exports)},
        "unions": unions,
    }


def write_surface_lists(reference: Path, data: dict[str, Any]) -> None:
    """The import lists `tests/contract/test_surface_types.py` checks (names and modules only, no TSV needed)."""
    contract = Path(__file__).resolve().parents[2] / "tests" / "contract"
    contract.mkdir(parents=True, exist_ok=True)
    types = [f"{r['module']}\t{r['name']}" for r in read_tsv(reference / "surface-types.tsv")]
    (contract / "surface_types.txt").write_text("\n".join(types) + "\n")
    # the nested names the generator is responsible for (not the hand-written modules, not lib-only helpers)
    generated = [
        f"{module}\t{name}"
        for module, names in data["modules"].items()
        for name in names
        if not (_is_skipped(module, name))
    ]
    generated += [f"{module}\t{name}" for (module, name), entry in MANUAL.items() if entry.get("skip")]
    generated += [
        f"{r['module']}\t{r['name']}"
        for r in read_tsv(reference / "surface-nontypes.tsv")
        if r["module"] in ("openai.types.shared", "openai.types.shared_params")
    ]
    (contract / "surface_modules.txt").write_text("\n".join(sorted(set(generated))) + "\n")


def _is_skipped(module: str, name: str) -> bool:
    return (module, name) in SKIPPED or module.rsplit(".", 1)[-1] in HAND_WRITTEN_MODULES


TYPES_MARKER = "# --- types: schema -> public module and name"


def write_types_section(path: Path, data: dict[str, Any]) -> None:
    """Write `data` as the top-level `types:` key of `path`, leaving every other key's text as it is.

    In `config.yaml` the section is the last one, introduced by `TYPES_MARKER`; a standalone file
    (`config.types.yaml`) holds the section's content at its top level.
    """
    body = yaml.safe_dump(data, sort_keys=False, width=200, allow_unicode=True)
    comment = (
        f"{TYPES_MARKER} (`modules`/`exports`/`hand_written_modules` are derived by\n"
        "# codegen/tools/derive_types.py from the surface TSVs;\n"
        "# `overlays`/`names`/`model_mixins`/`hand_written_exports` are hand-written).\n"
    )
    if path.name != "config.yaml":
        path.write_text(comment + body)
        return
    text = path.read_text() if path.exists() else ""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith((TYPES_MARKER, "types:"))), len(lines))
    end = start
    if start < len(lines):
        end = next((i for i, line in enumerate(lines) if i > start and line.startswith("types:")), start) + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][0] in " -#"):
            end += 1
    before = "".join(lines[:start]).rstrip("\n")
    section = comment + "types:\n" + textwrap.indent(body, "  ")
    after = "".join(lines[end:])
    path.write_text((before + "\n\n" if before else "") + section + (("\n" + after) if after else ""))


def read_types_section(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    loaded: object = yaml.safe_load(path.read_text())
    if not isinstance(loaded, dict):
        return {}
    root = cast("dict[str, Any]", loaded)
    section = root.get("types", root) if path.name == "config.yaml" else root
    return cast("dict[str, Any]", section) if isinstance(section, dict) else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "config.yaml")
    args = parser.parse_args()
    data = derive(args.reference)
    old = read_types_section(args.out)
    # Hand-written sections (overlays, naming overrides) survive a re-derivation.
    for key in (
        "overlays",
        "names",
        "model_mixins",
        "hand_written_exports",
        "model_field_names",
        "same_object",
        "model_bases",
        "response_models",
        "extra_fields",
    ):
        if key in old:
            data[key] = old[key]
    write_types_section(args.out, data)
    write_surface_lists(args.reference, data)
    print(f"wrote {args.out}: {sum(len(v) for v in data['modules'].values())} names in {len(data['modules'])} modules")


if __name__ == "__main__":
    main()
