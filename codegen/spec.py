"""Loading the OpenAPI document and navigating it (`$ref` resolution, JSON pointers).

Every other generator module reads the spec only through `Spec`, so the loader and the pointer syntax live here.
"""

from __future__ import annotations

import hashlib
from typing import Any, cast
from pathlib import Path
from dataclasses import field, dataclass

import yaml

__all__ = ["Spec", "SpecError", "load_spec", "parse_pointer"]


class SpecError(Exception):
    """The spec is malformed or a pointer/`$ref` does not lead anywhere."""


def parse_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer (`#/a/b~1c`) into its unescaped segments (`["a", "b/c"]`)."""
    if pointer in ("#", ""):
        return []
    if not pointer.startswith("#/"):
        raise SpecError(f"only local JSON pointers starting with '#/' are supported, got {pointer!r}")
    # RFC 6901: `~1` stands for `/` and `~0` for `~`, decoded in that order.
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer[2:].split("/")]


@dataclass
class Spec:
    """A parsed OpenAPI document."""

    raw: dict[str, Any]
    sha256: str
    _cache: dict[str, object] = field(default_factory=lambda: {}, repr=False)

    def get(self, pointer: str) -> object:
        """Return the node at JSON pointer `pointer` (e.g. `#/components/schemas/X/properties/y`)."""
        cached = self._cache.get(pointer)
        if cached is not None:
            return cached
        node: object = self.raw
        for part in parse_pointer(pointer):
            if isinstance(node, dict):
                mapping = cast("dict[str, object]", node)
                if part not in mapping:
                    raise SpecError(f"JSON pointer {pointer!r}: no key {part!r}")
                node = mapping[part]
            elif isinstance(node, list):
                items = cast("list[object]", node)
                if not part.isdigit() or int(part) >= len(items):
                    raise SpecError(f"JSON pointer {pointer!r}: {part!r} is not an index of a {len(items)}-item list")
                node = items[int(part)]
            else:
                raise SpecError(f"JSON pointer {pointer!r}: cannot descend into {type(node).__name__} at {part!r}")
        self._cache[pointer] = node
        return node

    def resolve(self, node: object) -> dict[str, Any]:
        """Follow `$ref` chains until a node that is not a reference; the result must be a mapping."""
        seen: list[str] = []
        while isinstance(node, dict) and "$ref" in node:
            ref = cast("dict[str, Any]", node)["$ref"]
            if not isinstance(ref, str):
                raise SpecError(f"$ref must be a string, got {ref!r}")
            if ref in seen:
                raise SpecError(f"$ref cycle: {' -> '.join([*seen, ref])}")
            seen.append(ref)
            node = self.get(ref)
        if not isinstance(node, dict):
            raise SpecError(f"expected a mapping, got {type(node).__name__}: {node!r:.80}")
        return cast("dict[str, Any]", node)


def load_spec(path: str | Path) -> Spec:
    """Parse the YAML (or JSON) OpenAPI document at `path`."""
    data = Path(path).read_bytes()
    # The C loader is ~10x faster than the pure-Python one on the 2 MB spec; fall back if libyaml is missing.
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw: object = yaml.load(data, Loader=loader)
    if not isinstance(raw, dict):
        raise SpecError(f"{path}: the document root must be a mapping, got {type(raw).__name__}")
    root = cast("dict[str, Any]", raw)
    if "openapi" not in root:
        raise SpecError(f"{path}: not an OpenAPI document (no 'openapi' key)")
    return Spec(raw=root, sha256=hashlib.sha256(data).hexdigest())
