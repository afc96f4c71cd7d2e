"""Example argument values for the generated tests, synthesised from the spec's schemas.

Values must pass the spec's own request validation (the Prism mock rejects what the spec forbids), so they
honour `const`/`enum`, numeric minimums and maximums, string lengths, formats and array sizes, pick one branch of
a `oneOf`/`anyOf` and fill nested objects with their required keys plus any `const`-like discriminators (which
keeps a `oneOf` from matching two branches). Output is Python source text.
"""

from __future__ import annotations

from typing import Any, cast

from ..spec import Spec

__all__ = ["ExampleBuilder", "FILE_EXAMPLE"]

FILE_EXAMPLE = b"raw file contents"
MAX_DEPTH = 6
# Schema keys that describe a value without constraining its shape.
_ANNOTATION_KEYS = frozenset({"nullable", "description", "title", "default", "deprecated", "example", "examples"})


class ExampleBuilder:
    """Builds example values (as Python objects) for schemas of one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def node(self, schema: object) -> dict[str, Any]:
        """The resolved mapping of a schema node (`{}` for anything that is not a mapping)."""
        if not isinstance(schema, dict):
            return {}
        return self.spec.resolve(cast("dict[str, Any]", schema))

    def value(self, schema: object, *, full: bool = False, depth: int = 0) -> object:
        """An example for `schema`; `full` also fills optional keys of this (top-level) object."""
        node = self.node(schema)
        if "const" in node:
            return node["const"]
        enum = [v for v in node.get("enum", []) if v is not None]
        if enum:
            return enum[0]
        if "default" in node and node.get("type") in ("string", "boolean") and node["default"] is not None:
            return node["default"]
        for key in ("oneOf", "anyOf"):
            branches = [b for b in node.get(key, []) if self.spec.resolve(b).get("type") != "null"]
            if branches:
                return self.value(self._pick_branch(branches), full=full, depth=depth + 1)
        if node.get("allOf") and "properties" not in node:
            # `allOf: [{$ref: X}, {nullable: true}]` is X; only parts that constrain the value count.
            parts = [p for p in node["allOf"] if set(self.node(p)) - _ANNOTATION_KEYS]
            if len(parts) == 1:
                return self.value(parts[0], full=full, depth=depth + 1)
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [str(k) for k in cast("list[object]", kind) if k != "null"]
            kind = kinds[0] if kinds else "null"
        if kind is None:
            if "properties" in node or "allOf" in node:
                kind = "object"
            elif "items" in node:
                kind = "array"
        if kind == "string":
            return self._string(node)
        if kind == "integer":
            return int(self._number(node, fallback=1))
        if kind == "number":
            return self._number(node, fallback=0)
        if kind == "boolean":
            return True
        if kind == "array":
            count = max(1, int(node.get("minItems", 1)))
            item = self.value(node.get("items", {}), depth=depth + 1) if depth < MAX_DEPTH else "string"
            return [item for _ in range(count)]
        if kind == "object":
            return self.object_value(node, full=full, depth=depth)
        if kind == "null":
            return None
        # An unconstrained schema (`{}`): any JSON value is accepted.
        return "string"

    def object_value(self, node: dict[str, Any], *, full: bool, depth: int) -> dict[str, object]:
        props, required = self.properties(node)
        if not props:
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and depth < MAX_DEPTH:
                extra = cast("dict[str, Any]", extra)
                return {"foo": self.value(extra, depth=depth + 1)}
            return {"foo": "string"} if extra not in (None, False) or node.get("type") == "object" else {}
        out: dict[str, object] = {}
        for name, raw_prop in props.items():
            prop = cast("object", raw_prop)
            resolved = self.node(prop)
            discriminator = "const" in resolved or len(resolved.get("enum", [])) == 1
            if name in required or discriminator or (full and not resolved.get("deprecated")):
                if depth >= MAX_DEPTH and name not in required:
                    continue
                out[name] = self.value(prop, depth=depth + 1)
        return out

    def properties(self, node: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        props: dict[str, Any] = dict(node.get("properties", {}))
        required: list[str] = list(node.get("required", []))
        for part in node.get("allOf", []):
            sub_props, sub_required = self.properties(self.spec.resolve(part))
            props.update(sub_props)
            required.extend(r for r in sub_required if r not in required)
        return props, [r for r in required if r in props]

    def is_file(self, schema: object) -> bool:
        node = self.node(schema)
        return node.get("format") == "binary" or node.get("contentMediaType") == "application/octet-stream"

    def _pick_branch(self, branches: list[Any]) -> Any:
        # Prefer a plain scalar branch (a model id string rather than an object), then the first one.
        for b in branches:
            if self.spec.resolve(b).get("type") == "string" and "enum" not in self.spec.resolve(b):
                return b
        return branches[0]

    def _string(self, node: dict[str, Any]) -> object:
        fmt = node.get("format")
        if fmt == "binary" or node.get("contentMediaType") == "application/octet-stream":
            return FILE_EXAMPLE
        if fmt == "date-time":
            return "2019-12-27T18:11:19.117Z"
        if fmt == "date":
            return "2019-12-27"
        if fmt == "uri":
            return "https://example.com"
        if fmt == "email":
            return "dev@stainless.com"
        if fmt == "uuid":
            return "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
        value = "string"
        min_len = int(node.get("minLength", 0))
        max_len = node.get("maxLength")
        if len(value) < min_len:
            value = "x" * min_len
        if max_len is not None and len(value) > int(max_len):
            value = "x" * max(int(max_len), min_len)
        return value

    def _number(self, node: dict[str, Any], *, fallback: float) -> float:
        # The default is the value the API itself would use, so it always satisfies undocumented bounds (a
        # `limit` of 0 is rejected although the schema states no minimum); else the lowest allowed value.
        default = node.get("default")
        if isinstance(default, (int, float)) and not isinstance(default, bool):
            return default
        low = node.get("minimum")
        exclusive_low = node.get("exclusiveMinimum")
        high = node.get("maximum")
        exclusive_high = node.get("exclusiveMaximum")
        value: float = fallback
        if isinstance(low, (int, float)):
            value = low
        if isinstance(exclusive_low, (int, float)) and not isinstance(exclusive_low, bool):
            value = max(value, exclusive_low + 1)
        if isinstance(high, (int, float)) and value > high:
            value = high
        if (
            isinstance(exclusive_high, (int, float))
            and not isinstance(exclusive_high, bool)
            and value >= exclusive_high
        ):
            value = exclusive_high - 1
        return value


def to_source(value: object) -> str:
    """Python source for an example value (JSON-like data plus bytes)."""
    return repr(value)
