"""The type system of the generator: spec schemas → Python type expressions and the `src/openai/types` tree.

`TypeRegistry` is the interface the resources half of the generator codes against (see CONTRIBUTING.md and
issue 3): it names response/request types for operations and renders every module under `src/openai/types/`.

How it works, in short:

- Every schema node is addressed by its JSON pointer (nodes reached through `$ref`, `allOf` merging or the
  operations are mapped back to their pointer by identity, see `Spec`).
- The `types:` section of `codegen/config.yaml` names public types: module → name → schema pointer,
  flavoured `model` (pydantic response model) or `param` (request `TypedDict`). A node with a configured name in
  the flavour being rendered is referenced (or defined, when the current module is one of its homes) by that
  name; component schemas without a configured name get a public module of their own (`Foo` →
  `openai.types.foo` / `openai.types.foo_param`); other inline objects and unions become nested types of the
  module being rendered, named from the property path (`naming.py`).
- References inside generated code are placeholders (`_ref(module, name)`) until a module is rendered, so import
  aliases can be chosen once every local name of the module is known.
"""

from __future__ import annotations

import re
import json
import textwrap
from typing import Any, Literal, cast
from dataclasses import field, dataclass

from .spec import Spec, SpecError
from .naming import (
    MODEL_RESERVED,
    singular,
    twin_home,
    snake_case,
    pascal_case,
    schema_home,
    variant_name,
    is_identifier,
    relative_import,
    python_identifier,
    primary_module_name,
)

__all__ = ["TypeExpr", "ParamField", "TypeRegistry", "TypeSystemError", "BANNER"]

BANNER = "# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand."
TYPES_ROOT = "openai.types"
# Pointer prefix of schemas written in the configuration (`inline:` entries) rather than found in the spec.
_CONFIG_POINTER = "config:"

Flavour = Literal["model", "param"]

# A reference to the public name `name` defined in `module`, resolved to a bare or imported name at render time.
_REF_RE = re.compile("\x02([^|\x03]+)\\|([^\x03]+)\x03")
# The same reference in an annotation of a class body, which Python never evaluates at import time.
_ANY_REF_RE = re.compile("([\x02\x04])([^|\x03]+)\\|([^\x03]+)\x03")

# Names generated modules may use from outside the types tree; imported wholesale and pruned by `ruff --fix`.
_TYPING = ("Dict", "List", "Union", "Optional", "Iterable")
_TYPING_EXT = ("Literal", "Required", "TypeAlias", "TypedDict", "Annotated")
_CORE_TYPES = ("FileTypes", "SequenceNotStr")
_CORE_MODELS = ("BaseModel", "PropertyInfo")
_EXTERNAL_IMPORTS: dict[str, tuple[str, str]] = {
    **{n: ("typing", n) for n in _TYPING},
    **{n: ("typing_extensions", n) for n in _TYPING_EXT},
    **{n: ("openai._types", n) for n in _CORE_TYPES},
    "PropertyInfo": ("openai._models", "PropertyInfo"),
}


class TypeSystemError(Exception):
    """The configuration or the spec cannot be turned into types (the message names the schema and the problem)."""


def _ref(module: str, name: str) -> str:
    return f"\x02{module}|{name}\x03"


@dataclass(frozen=True)
class TypeExpr:
    """A Python type expression plus the imports it needs."""

    code: str
    """Source text, e.g. `Iterable[ChatCompletionMessageParam]` or `completion_create_params.ResponseFormat`."""
    imports: frozenset[tuple[str, str]]
    """(absolute module, name) pairs the code needs, e.g. `("openai.types.chat", "completion_create_params")`."""


@dataclass(frozen=True)
class ParamField:
    """One keyword argument of a generated method (a body or query key)."""

    name: str
    wire_name: str
    type: TypeExpr
    required: bool
    description: str | None
    deprecated: bool
    is_file: bool
    schema: dict[str, Any] | None = None
    """The key's schema when the spec's body does not declare it (`types.param_properties`)."""


@dataclass
class _Field:
    name: str
    wire: str
    code: str
    nullable: bool
    required: bool
    doc: str | None
    deprecated: bool = False
    source: str | None = None
    """Pointer of the property schema the field comes from (shared by a model and a model extending it)."""
    overrides: bool = False
    """A model field that replaces the field of the same name of the base model with another type."""


@dataclass
class _Def:
    name: str
    kind: Literal["model", "typeddict", "alias", "pending"]
    doc: str | None = None
    fields: list[_Field] = field(default_factory=lambda: [])
    code: str = ""
    bases: list[str] = field(default_factory=lambda: [])
    mixins: list[str] = field(default_factory=lambda: [])
    """Hand-written base classes of a model (references), before `BaseModel`."""
    parent: str | None = None
    """The generated model this model extends (a reference), in place of `BaseModel`; its fields are inherited."""


@dataclass
class _Module:
    name: str
    defs: dict[str, _Def] = field(default_factory=lambda: {})
    by_ptr: dict[tuple[str, str], str] = field(default_factory=lambda: {})
    reserved: set[str] = field(default_factory=lambda: set())


def normalise_doc(text: object) -> str | None:
    """Spec markdown → docstring body: dedented, trailing spaces removed, safe inside triple quotes."""
    if not isinstance(text, str):
        return None
    lines = [line.rstrip() for line in textwrap.dedent(text.replace("\r\n", "\n")).strip().splitlines()]
    doc = "\n".join(lines).strip()
    if not doc:
        return None
    return doc


_MARKDOWN_BLOCK_RE = re.compile(r"^\s*([-*+>|#]|\d+[.)]\s|```|\s)")


def wrap_doc(doc: str, width: int) -> str:
    """Re-flow plain markdown paragraphs to `width`; lists, tables, headings, quotes and code stay as written."""
    out: list[str] = []
    for paragraph in doc.split("\n\n"):
        lines = paragraph.split("\n")
        if any(_MARKDOWN_BLOCK_RE.match(line) for line in lines) or all(len(line) <= width for line in lines):
            out.append(paragraph)
            continue
        out.append(textwrap.fill(" ".join(lines), width=width, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)


def _doc_literal(doc: str, indent: str) -> str:
    doc = wrap_doc(doc, 120 - len(indent) - 3)
    body = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body += " "
    body = "\n".join((indent + line) if line and i else line for i, line in enumerate(body.split("\n")))
    if "\n" in body:
        return f'{indent}"""\n{indent}{body}\n{indent}"""'
    return f'{indent}"""{body}"""'


def _literal_value(value: object) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    raise TypeSystemError(f"enum/const value {value!r} cannot be a Literal")


def _as_dict(node: object) -> dict[str, Any] | None:
    return cast("dict[str, Any]", node) if isinstance(node, dict) else None


class TypeRegistry:
    """Collects every public type of the spec and renders the `src/openai/types` tree."""

    def __init__(self, spec: Spec, config: dict[str, Any]) -> None:
        self.spec = spec
        types_cfg = config.get("types", config)
        if not isinstance(types_cfg, dict):
            raise TypeSystemError("config: the `types` section must be a mapping")
        self.config = cast("dict[str, Any]", types_cfg)
        self._modules: dict[str, _Module] = {}
        self._configured: dict[tuple[str, Flavour], list[tuple[str, str]]] = {}
        self._entries: dict[str, dict[str, dict[str, Any]]] = {}
        self._by_name: dict[tuple[str, Flavour], list[str]] = {}
        self._auto: dict[tuple[str, Flavour], tuple[str, str]] = {}
        self._auto_owner: dict[str, str] = {}
        self._ptr_index: dict[int, str] | None = None
        self._roots_done = False
        self._load_config()
        self._apply_overlays()
        self._strip_array_brackets()

    # ------------------------------------------------------------------ configuration

    def _load_config(self) -> None:
        modules: object = self.config.get("modules") or {}
        if not isinstance(modules, dict):
            raise TypeSystemError("config types.modules must map module names to {name: entry}")
        # names of `_param` modules that the official SDK publishes as response models, not TypedDicts
        response_models = {str(ref) for ref in cast("list[object]", self.config.get("response_models") or [])}
        for module, names in cast("dict[str, Any]", modules).items():
            if not module.startswith(TYPES_ROOT + ".") or not isinstance(names, dict):
                raise TypeSystemError(f"config types.modules: {module!r} is not a module under {TYPES_ROOT}")
            entries = cast("dict[str, dict[str, Any]]", names)
            for name in list(entries):
                if f"{module}:{name}" in response_models:
                    entries[name] = {k: v for k, v in entries[name].items() if k != "param"}
            self._entries[module] = entries
            for name, entry in entries.items():
                if not isinstance(entry, dict):  # pyright: ignore[reportUnnecessaryIsInstance] - YAML input
                    raise TypeSystemError(f"config types.modules.{module}.{name}: expected a mapping")
                flav: Flavour = "param" if entry.get("param") else "model"
                self._by_name.setdefault((name, flav), []).append(module)
                pointer = entry.get("schema")
                if isinstance(pointer, str):
                    self._configured.setdefault((pointer, flav), []).append((module, name))
        # names the official SDK gives to the very object defined under another name (`types.same_object`): they
        # are aliases, so references to their schema go to the defining name
        same = cast("dict[str, str]", self.config.get("same_object") or {})
        self._same_object: dict[tuple[str, str], tuple[str, str]] = {}
        for alias, canonical in same.items():
            alias_module, _, alias_name = alias.partition(":")
            canonical_module, _, canonical_name = canonical.partition(":")
            if canonical_name not in self._entries.get(canonical_module, {}):
                raise TypeSystemError(f"config types.same_object[{alias!r}]: {canonical} is not a configured name")
            self._same_object[(alias_module, alias_name)] = (canonical_module, canonical_name)
        for key, homes in self._configured.items():
            homes[:] = [h for h in homes if h not in self._same_object]
            if not homes:
                raise TypeSystemError(f"config types.same_object: every name of the schema {key[0]} is an alias")
        for homes in self._configured.values():
            # the canonical home first: the module named after the type, then the shallowest, then by name
            homes.sort(key=lambda mn: (_is_params_module(mn[0]), not primary_module_name(*mn), mn[0].count("."), mn))

    def _apply_overlays(self) -> None:
        """Apply `types.overlays` (JSON pointer → keys to set; a `null` value removes the key) to the loaded spec.

        Corrections of the spec live in the configuration, never in the spec file; they are applied to the
        in-memory document once, in place, so every node keeps its identity (and its pointer) and both halves of
        the generator see the corrected schema.
        """
        overlays: object = self.config.get("overlays") or {}
        if not isinstance(overlays, dict):
            raise TypeSystemError("config types.overlays must map JSON pointers to mappings")
        for pointer, patch in cast("dict[str, Any]", overlays).items():
            if not isinstance(patch, dict):
                raise TypeSystemError(f"config types.overlays[{pointer!r}]: expected a mapping of keys to set")
            try:
                node = self.spec.get(pointer)
            except SpecError as exc:
                raise TypeSystemError(f"config types.overlays: {exc}") from exc
            target = _as_dict(node)
            if target is None:
                raise TypeSystemError(f"config types.overlays[{pointer!r}]: the spec has no schema object there")
            for key, value in cast("dict[str, Any]", patch).items():
                if value is None:
                    target.pop(key, None)
                else:
                    target[key] = value

    def _strip_array_brackets(self) -> None:
        """Rename array query parameters spelled `name[]` in the spec to `name`, in place, for both halves.

        The core's query encoder writes every list as `name[]=a&name[]=b`, so the brackets belong to the encoding,
        not to the name: the Python argument, the params TypedDict key and the query key are all `name`
        (`runs.create(include=[...])` sends `include[]=...`). Keeping them would yield `include__` and, once
        encoded, `include[][]`. A non-array parameter with brackets in its name is left as the spec spells it.
        """
        paths = _as_dict(self.spec.raw.get("paths")) or {}
        holders: list[dict[str, Any]] = []
        for item in paths.values():
            item_map = _as_dict(item) or {}
            holders.append(item_map)
            holders.extend(op for op in map(_as_dict, item_map.values()) if op is not None)
        components = _as_dict(self.spec.raw.get("components")) or {}
        params: list[dict[str, Any]] = list(
            filter(None, map(_as_dict, (_as_dict(components.get("parameters")) or {}).values()))
        )
        for holder in holders:
            listed: object = holder.get("parameters")
            if isinstance(listed, list):
                params.extend(p for p in map(_as_dict, cast("list[object]", listed)) if p is not None)
        for param in params:
            name: object = param.get("name")
            if param.get("in") != "query" or not isinstance(name, str) or not name.endswith("[]"):
                continue
            schema, _ = self._deref(_as_dict(param.get("schema")) or {})
            variants, _, _ = self._split_null(schema)
            if variants and all(self._deref(v)[0].get("type") == "array" for v in variants):
                param["name"] = name[:-2]

    # ------------------------------------------------------------------ spec navigation

    def _pointer(self, node: object) -> str | None:
        if self._ptr_index is None:
            index: dict[int, str] = {}
            stack: list[tuple[object, str]] = [(self.spec.raw, "#")]
            while stack:
                cur, ptr = stack.pop()
                if isinstance(cur, dict):
                    mapping = cast("dict[str, object]", cur)
                    if id(mapping) in index:
                        continue
                    index[id(mapping)] = ptr
                    for key, value in mapping.items():
                        if isinstance(value, (dict, list)):
                            stack.append((cast(object, value), f"{ptr}/{key.replace('~', '~0').replace('/', '~1')}"))
                elif isinstance(cur, list):
                    for i, value in enumerate(cast("list[object]", cur)):
                        if isinstance(value, (dict, list)):
                            stack.append((cast(object, value), f"{ptr}/{i}"))
            self._ptr_index = index
        return self._ptr_index.get(id(node))

    def _node(self, pointer: str) -> dict[str, Any]:
        if pointer.startswith(_CONFIG_POINTER):
            # a schema written in the configuration (`inline:`) for a type no part of the spec describes
            module, _, name = pointer[len(_CONFIG_POINTER) :].rpartition(".")
            return cast("dict[str, Any]", self._entries[module][name]["inline"])
        node = self.spec.get(pointer)
        found = _as_dict(node)
        if found is None:
            raise TypeSystemError(f"{pointer}: expected a schema object")
        return found

    def _deref(self, node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Follow `$ref`s; returns the target and its pointer (or the node's own pointer)."""
        ptr = self._pointer(node)
        seen = 0
        while "$ref" in node:
            ptr = str(node["$ref"])
            node = self._node(ptr)
            seen += 1
            if seen > 50:
                raise TypeSystemError(f"{ptr}: $ref chain too long (cycle?)")
        return node, ptr

    def _merge(self, node: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], set[str], str | None]:
        """Properties (in spec order), required keys and description of an object schema, `allOf` merged."""
        props: dict[str, dict[str, Any]] = {}
        required: set[str] = set()
        doc: str | None = None
        for part in cast("list[dict[str, Any]]", node.get("allOf") or []):
            target, _ = self._deref(part)
            p, r, d = self._merge(target)
            props.update(p)
            required |= r
            doc = d or doc
        for key, value in cast("dict[str, dict[str, Any]]", node.get("properties") or {}).items():
            props[key] = value
        required |= set(node.get("required") or [])
        doc = normalise_doc(node.get("description")) or doc
        return props, required, doc

    def _is_object(self, node: dict[str, Any]) -> bool:
        if node.get("properties"):
            return True
        if node.get("allOf") and not node.get("oneOf") and not node.get("anyOf"):
            raw_parts = cast("list[dict[str, Any]]", node["allOf"])
            real = [p for p in raw_parts if not set(p) <= _ANNOTATION_KEYS]
            if len(real) == 1 and len(raw_parts) > 1:
                return False  # a reference with annotations (`nullable`), see `_split_null`
            parts = [self._deref(p)[0] for p in raw_parts]
            return any(self._is_object(p) for p in parts)
        return False

    def _split_null(self, node: dict[str, Any]) -> tuple[list[dict[str, Any]], bool, bool]:
        """Variants of a schema without its `null` alternative: (variants, nullable, is_union)."""
        nullable = node.get("nullable") is True
        parts = cast("list[dict[str, Any]]", node.get("allOf") or [])
        if parts and not node.get("properties"):
            # `allOf: [{$ref: X}, {nullable: true}]`: annotation-only parts modify the one real part
            real = [p for p in parts if not set(p) <= _ANNOTATION_KEYS]
            if len(real) == 1 and len(parts) > 1:
                nullable = nullable or any(p.get("nullable") is True for p in parts)
                variants, inner_nullable, is_union = self._split_null(real[0])
                return variants, nullable or inner_nullable, is_union
        types = node.get("type")
        if isinstance(types, list):
            kinds = [t for t in cast("list[str]", types) if t != "null"]
            nullable = nullable or len(kinds) < len(cast("list[str]", types))
            if len(kinds) == 1:
                return [{**node, "type": kinds[0]}], nullable, False
            return [{**node, "type": k} for k in kinds], nullable, True
        if "enum" in node and None in node["enum"]:
            values = [v for v in node["enum"] if v is not None]
            return ([{**node, "enum": values}] if values else []), True, False
        if types == "null":
            return [], True, False
        for key in ("oneOf", "anyOf"):
            if key in node and not node.get("properties"):
                members: list[dict[str, Any]] = []
                for member in cast("list[dict[str, Any]]", node[key]):
                    if member.get("type") == "null" and len(member) <= 2:
                        nullable = True
                        continue
                    members.append(member)
                return members, nullable, True
        return [node], nullable, False

    # ------------------------------------------------------------------ modules and names

    def _module(self, name: str) -> _Module:
        mod = self._modules.get(name)
        if mod is None:
            mod = _Module(name)
            mod.reserved.update(self._entries.get(name, {}))
            self._modules[name] = mod
        return mod

    def _claim_configured(self, mod: _Module, hint: str, node: dict[str, Any], flav: Flavour) -> str | None:
        """`hint` itself when this module configures that name for a schema of the same shape.

        The surface's matcher sometimes points a nested name at a structural twin of the schema a field actually
        uses (`Agent` → `Beta_AgentTagParam` where the field refers to `Beta_AgentTag`): the field then takes the
        configured name instead of a numbered fallback, and the configured pointer becomes an alias of it.
        """
        entry = self._entries.get(mod.name, {}).get(hint)
        if entry is None or hint in mod.defs or "schema" not in entry:
            return None
        if bool(entry.get("param")) != (flav == "param"):
            return None
        pointer = str(entry["schema"])
        try:
            configured = self._node(pointer)
        except Exception:  # a pointer the spec does not have: the configured entry will report it
            return None
        if self._shape(configured) != self._shape(node):
            return None
        mod.by_ptr[(pointer, flav)] = hint
        return hint

    def _shape(self, node: dict[str, Any]) -> tuple[object, ...]:
        target, _ = self._deref(node)
        if self._is_object(target):
            props, _, _ = self._merge(target)
            return ("object", tuple(sorted(props)))
        variants, _, is_union = self._split_null(target)
        if is_union:
            return ("union", len(variants))
        return ("other", json.dumps(target, sort_keys=True, default=str)[:2000])

    def _local_name(self, mod: _Module, hint: str) -> str:
        base = hint or "Type"
        name, n = base, 1
        while name in mod.defs or (name in mod.reserved and name not in mod.defs) or name in _TYPING + _TYPING_EXT:
            n += 1
            name = f"{base}{n}"
        return name

    def _home(self, pointer: str, flav: Flavour, mod: _Module | None) -> tuple[str, str] | None:
        """Where the public type for (`pointer`, `flav`) lives, preferring `mod` when it is one of its homes."""
        homes = self._configured.get((pointer, flav))
        if homes:
            if mod is not None:
                for home in homes:
                    if home[0] == mod.name:
                        return home
            if primary_module_name(*homes[0]) or mod is None:
                return homes[0]
            # A nested type of another module (`chat_completion.Choice`) is not imported but defined again
            # where it is used, as the public surface does; it also keeps the import graph free of cycles.
            return None
        return self._auto_home(pointer, flav)

    def _auto_home(self, pointer: str, flav: Flavour) -> tuple[str, str] | None:
        """A public home for a component schema nobody configured (only objects and unions get one)."""
        if (pointer, flav) in self._auto:
            return self._auto[(pointer, flav)]
        if not pointer.startswith("#/components/schemas/") or pointer.count("/") != 3:
            return None
        node = self._node(pointer)
        variants, _, is_union = self._split_null(node)
        if not (self._is_object(node) or (is_union and len(variants) > 1)):
            return None
        other = self._configured.get((pointer, "param" if flav == "model" else "model"))
        if other and primary_module_name(*other[0]):
            module, name = twin_home(*other[0], to_param=flav == "param")
        else:
            module, name = schema_home(pointer.rsplit("/", 1)[1], param=flav == "param", root=TYPES_ROOT)
        if module in self._entries and name not in self._entries[module]:
            module = f"{module}_{'param_' if flav == 'param' else ''}schema"
        while self._auto_owner.get(f"{module}.{name}", pointer) != pointer:
            module += "_"
        self._auto_owner[f"{module}.{name}"] = pointer
        self._auto[(pointer, flav)] = (module, name)
        return module, name

    def _named_ref(self, pointer: str, mod: _Module, flav: Flavour, hint: str) -> tuple[str, bool]:
        """Code referencing the schema at `pointer`, and whether it allows `null` (public types never include it)."""
        node = self._node(pointer)
        home = self._home(pointer, flav, mod)
        if home is None:
            # not a public type: expand it where it is used
            return self._structural(node, pointer, mod, flav, hint)
        self._define(home[0], home[1], pointer, flav)
        return _ref(*home), self._split_null(node)[1]

    # ------------------------------------------------------------------ definitions

    def _define(self, module: str, name: str, pointer: str, flav: Flavour) -> None:
        mod = self._module(module)
        existing = mod.by_ptr.get((pointer, flav))
        if existing is not None:
            if existing != name and name not in mod.defs:
                mod.defs[name] = _Def(name, "alias", code=_ref(module, existing))
            return
        if name in mod.defs:
            return
        mod.by_ptr[(pointer, flav)] = name
        mod.defs[name] = _Def(name, "pending")
        entry = self._entries.get(module, {}).get(name, {})
        if "members" in entry:
            # the schema gives the union its home; its members are the configured classes, one flat union
            self._define_member_union(module, name, entry, flav)
            return
        prefix = "" if primary_module_name(module, name) else name
        built = self._build(self._node(pointer), pointer, mod, flav, name, prefix)
        mixins = self._mixins(module, name)
        if mixins:
            if built.kind != "model":
                raise TypeSystemError(
                    f"config types.model_mixins.{module}.{name}: only response models take mixins, "
                    f"but the schema {pointer} renders as a {built.kind}"
                )
            built.mixins = mixins
        mod.defs[name] = built

    def _mixins(self, module: str, name: str) -> list[str]:
        """References to the configured hand-written bases of `module.name` (`types.model_mixins`)."""
        by_module = cast("dict[str, dict[str, object]]", self.config.get("model_mixins") or {})
        configured = by_module.get(module, {}).get(name)
        if configured is None:
            return []
        if not isinstance(configured, list):
            raise TypeSystemError(f"config types.model_mixins.{module}.{name}: expected a list of 'module:Class'")
        refs: list[str] = []
        for spec in cast("list[object]", configured):
            target = spec if isinstance(spec, str) else ""
            base_module, _, base_name = target.partition(":")
            if not base_module.startswith(TYPES_ROOT + ".") or not is_identifier(base_name):
                raise TypeSystemError(
                    f"config types.model_mixins.{module}.{name}: {spec!r} is not 'module:Class' with the module "
                    f"under {TYPES_ROOT} (types may import only the core and each other)"
                )
            refs.append(_ref(base_module, base_name))
        return refs

    def _build(
        self, node: dict[str, Any], pointer: str | None, mod: _Module, flav: Flavour, name: str, prefix: str
    ) -> _Def:
        target, target_ptr = self._deref(node)
        if target is not node and target_ptr is not None and self._home(target_ptr, flav, None) is not None:
            # a named schema that is another public type: an alias of it
            return _Def(name, "alias", code=self._named_ref(target_ptr, mod, flav, prefix)[0], doc=None)
        if self._is_object(target):
            return self._build_class(target, mod, flav, name, prefix)
        variants, _, is_union = self._split_null(target)
        hint = prefix or name
        if is_union and len(variants) == 1 and "$ref" not in variants[0] and self._is_object(variants[0]):
            # `oneOf: [{inline object}]` (or with `null`): the object itself carries the name
            return self._build_class(variants[0], mod, flav, name, prefix)
        if is_union and len(variants) > 1:
            code = self._union(variants, target, mod, flav, hint)
        else:
            # `null` is left to the places that use the type (`Optional[Name]`)
            code, _ = self._structural(target, target_ptr if target is node else pointer, mod, flav, hint)
        return _Def(name, "alias", code=code, doc=normalise_doc(target.get("description")))

    def _param_properties(self, node: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """`types.param_properties`: keys the request (TypedDict) form of an object schema has beyond the spec's.

        Unlike an overlay, these leave the response models of the same schema alone (the official SDK kept keys
        of older API versions in its params only).
        """
        extra: object = self.config.get("param_properties") or {}
        if not isinstance(extra, dict):
            raise TypeSystemError("config types.param_properties must map JSON pointers to {key: schema}")
        ptr = self._pointer(node)
        found: object = cast("dict[str, Any]", extra).get(ptr) if ptr is not None else None
        if found is None:
            return {}
        if not isinstance(found, dict):
            raise TypeSystemError(f"config types.param_properties[{ptr!r}]: expected a mapping of keys to schemas")
        return cast("dict[str, dict[str, Any]]", found)

    def _build_class(self, node: dict[str, Any], mod: _Module, flav: Flavour, name: str, prefix: str) -> _Def:
        props, required, doc = self._merge(node)
        if flav == "param":
            props.update(self._param_properties(node))
        if node.get("deprecated"):
            doc = "Deprecated." + (f"\n\n{doc}" if doc else "")
        fields: list[_Field] = []
        for wire, prop in props.items():
            fields.append(self._field(wire, prop, wire in required, mod, flav, prefix))
        return _Def(name, "model" if flav == "model" else "typeddict", doc=doc, fields=fields)

    def _field(
        self, wire: str, prop: dict[str, Any], required: bool, mod: _Module, flav: Flavour, prefix: str
    ) -> _Field:
        hint = prefix + pascal_case(wire)
        code, nullable = self._type(prop, mod, flav, hint)
        doc = normalise_doc(prop.get("description")) or self._inherited_doc(prop)
        if prop.get("deprecated"):
            doc = "Deprecated." + (f"\n\n{doc}" if doc else "")
        reserved = MODEL_RESERVED if flav == "model" else frozenset[str]()
        name = python_identifier(wire, reserved=reserved)
        if flav == "model" and name.startswith("model_"):
            # pydantic's namespace: the model field gets another name and keeps the wire name as its alias
            renames = cast("dict[str, str]", self.config.get("model_field_names") or {})
            name = renames.get(wire) or f"api_{name}"
        return _Field(
            name,
            wire,
            code,
            nullable,
            required,
            doc,
            deprecated=bool(prop.get("deprecated")),
            source=self._pointer(prop),
        )

    def _inherited_doc(self, prop: dict[str, Any]) -> str | None:
        """The description of a referenced schema (or of its only non-null variant), for a field without one."""
        if "$ref" not in prop and not prop.get("allOf") and not prop.get("anyOf") and not prop.get("oneOf"):
            return None
        target, _ = self._deref(prop)
        doc = normalise_doc(target.get("description"))
        if doc is None:
            variants, _, _ = self._split_null(target)
            if len(variants) == 1 and variants[0] is not target:
                doc = normalise_doc(self._deref(variants[0])[0].get("description"))
        if doc is None and len(prop.get("allOf") or []) == 1:
            doc = normalise_doc(self._deref(prop["allOf"][0])[0].get("description"))
        return doc

    # ------------------------------------------------------------------ type expressions

    def _type(self, node: dict[str, Any], mod: _Module, flav: Flavour, hint: str) -> tuple[str, bool]:
        """Code for a schema used at some position, and whether `null` is allowed there."""
        if "$ref" in node:
            code, nullable = self._named_ref(str(node["$ref"]), mod, flav, hint)
            return code, nullable or node.get("nullable") is True
        ptr = self._pointer(node)
        if ptr is not None and (ptr, flav) in self._configured:
            return self._named_ref(ptr, mod, flav, hint)
        return self._structural(node, ptr, mod, flav, hint)

    def _structural(
        self, node: dict[str, Any], ptr: str | None, mod: _Module, flav: Flavour, hint: str
    ) -> tuple[str, bool]:
        variants, nullable, is_union = self._split_null(node)
        if not variants:
            return "None", False
        if is_union:
            if len(variants) == 1:
                code, nullable2 = self._type(variants[0], mod, flav, hint)
                return code, nullable or nullable2
            code = self._union(variants, node, mod, flav, hint)
            if any(not self._is_trivial(v) for v in variants):
                name = self._local_alias(mod, ptr, flav, hint, code, node)
                return _ref(mod.name, name), nullable
            return code, nullable
        node = variants[0]
        if "$ref" in node:
            code, nullable2 = self._type(node, mod, flav, hint)
            return code, nullable or nullable2
        if "const" in node:
            return f"Literal[{_literal_value(node['const'])}]", nullable
        if "enum" in node:
            values: list[object] = list(node["enum"])
            if all(isinstance(v, (str, int, bool)) and not isinstance(v, float) for v in values) and values:
                return f"Literal[{', '.join(_literal_value(v) for v in values)}]", nullable
        if self._is_object(node):
            return self._local_class(node, ptr, mod, flav, hint), nullable
        if node.get("allOf"):
            parts = cast("list[dict[str, Any]]", node["allOf"])
            if len(parts) == 1:
                code, nullable2 = self._type(parts[0], mod, flav, hint)
                return code, nullable or nullable2
        kind = node.get("type")
        if kind == "array" or (kind is None and "items" in node):
            items = _as_dict(node.get("items")) or {}
            item_code, item_null = self._type(items, mod, flav, singular(hint))
            if item_null:
                item_code = f"Optional[{item_code}]"
            if flav == "param":
                if item_code == "str":
                    return "SequenceNotStr[str]", nullable
                if item_code == "FileTypes":
                    return "SequenceNotStr[FileTypes]", nullable
                return f"Iterable[{item_code}]", nullable
            return f"List[{item_code}]", nullable
        if kind == "object" or "additionalProperties" in node:
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value_code, value_null = self._type(cast("dict[str, Any]", extra), mod, flav, hint + "Item")
                return f"Dict[str, {f'Optional[{value_code}]' if value_null else value_code}]", nullable
            return "Dict[str, object]", nullable
        if kind == "string":
            if node.get("format") == "binary" and flav == "param":
                return "FileTypes", nullable
            return "str", nullable
        if kind == "integer":
            return "int", nullable
        if kind == "number":
            return "float", nullable
        if kind == "boolean":
            return "bool", nullable
        return "object", nullable

    def _is_trivial(self, node: dict[str, Any]) -> bool:
        """Whether a union member renders inline (a reference, a literal or a primitive)."""
        if "$ref" in node:
            return True
        return not self._is_object(node) and not node.get("oneOf") and not node.get("anyOf")

    def _local_class(self, node: dict[str, Any], ptr: str | None, mod: _Module, flav: Flavour, hint: str) -> str:
        if ptr is not None and (ptr, flav) in mod.by_ptr:
            return _ref(mod.name, mod.by_ptr[(ptr, flav)])
        name = self._claim_configured(mod, hint, node, flav) or self._local_name(mod, hint)
        if ptr is not None:
            mod.by_ptr[(ptr, flav)] = name
        mod.defs[name] = _Def(name, "pending")
        mod.defs[name] = self._build_class(node, mod, flav, name, name)
        return _ref(mod.name, name)

    def _local_alias(
        self, mod: _Module, ptr: str | None, flav: Flavour, hint: str, code: str, node: dict[str, Any]
    ) -> str:
        if ptr is not None and (ptr, flav) in mod.by_ptr:
            return mod.by_ptr[(ptr, flav)]
        name = self._claim_configured(mod, hint, node, flav) or self._local_name(mod, hint)
        if ptr is not None:
            mod.by_ptr[(ptr, flav)] = name
        mod.defs[name] = _Def(name, "alias", code=code)
        return name

    def _configured_suffix(self, member: dict[str, Any]) -> str | None:
        """How the surface names this union member relative to its union elsewhere (`Voice` → `VoiceID`: `ID`)."""
        pointer = self._pointer(member)
        if pointer is None or "/" not in pointer:
            return None
        parent = pointer.rsplit("/", 2)[0]
        for (_, member_name), (_, union_name) in zip(self._names_for(pointer), self._names_for(parent), strict=False):
            if member_name.startswith(union_name) and len(member_name) > len(union_name):
                return member_name[len(union_name) :]
        return None

    def _names_for(self, pointer: str) -> list[tuple[str, str]]:
        return [*self._configured.get((pointer, "model"), []), *self._configured.get((pointer, "param"), [])]

    def _variant_hint(self, member: dict[str, Any], index: int, hint: str) -> str:
        suffix = self._configured_suffix(member)
        if suffix is not None:
            return hint + suffix
        target, _ = self._deref(member)
        props, _, _ = self._merge(target) if self._is_object(target) else ({}, set[str](), None)
        # a variant is named after its tag: `type: "text"` → `<hint>Text`, `event: "thread.run.created"` →
        # `<hint>ThreadRunCreated`
        tag_value: str | None = None
        for key in ("type", "event"):
            tag = _as_dict(props.get(key))
            if tag is None:
                continue
            values = tag.get("enum") or ([tag["const"]] if "const" in tag else [])
            if len(values) == 1 and isinstance(values[0], str):
                tag_value = values[0]
                break
        title = member.get("title") or target.get("title")
        return variant_name(hint, tag=tag_value, title=title if isinstance(title, str) else None, index=index)

    def _discriminator(self, members: list[dict[str, Any]], node: dict[str, Any]) -> str | None:
        disc = _as_dict(node.get("discriminator"))
        prop = str(disc["propertyName"]) if disc and "propertyName" in disc else "type"
        seen: set[str] = set()
        for member in members:
            target, _ = self._deref(member)
            if not self._is_object(target):
                return None
            props, _, _ = self._merge(target)
            tag = _as_dict(props.get(prop))
            if tag is None:
                return None
            tag, _ = self._deref(tag)
            values = tag.get("enum") or ([tag["const"]] if "const" in tag else [])
            if not values or not all(isinstance(v, str) for v in values):
                return None
            if seen & set(values):
                # Members sharing a tag (realtime `message` items told apart by `role`) cannot be chosen by it:
                # a discriminator would send every such value to the first of them when the core builds
                # responses loosely. Without one, validation tries each member and loose construction scores the
                # members' literal fields (`type` and `role`), which picks the right one. Nested tagged unions
                # would validate faster, but `openai._models` does not look into nested unions when it
                # constructs loosely, so the flat union is the one both paths agree on.
                return None
            seen.update(cast("list[str]", values))
        return prop

    def _union(
        self, members: list[dict[str, Any]], node: dict[str, Any], mod: _Module, flav: Flavour, hint: str
    ) -> str:
        codes: list[str] = []
        nullable = False
        for i, member in enumerate(members):
            code, member_null = self._type(member, mod, flav, self._variant_hint(member, i, hint))
            nullable = nullable or member_null
            if code not in codes:
                codes.append(code)
        code = codes[0] if len(codes) == 1 else f"Union[{', '.join(codes)}]"
        if flav == "model" and len(codes) > 1:
            disc = self._discriminator(members, node)
            if disc is not None:
                code = f"Annotated[{code}, PropertyInfo(discriminator={json.dumps(disc)})]"
        return f"Optional[{code}]" if nullable else code

    # ------------------------------------------------------------------ configured roots

    def _define_roots(self) -> None:
        if self._roots_done:
            return
        self._roots_done = True
        for (module, name), (canonical_module, canonical_name) in self._same_object.items():
            entry = self._entries[canonical_module][canonical_name]
            flav: Flavour = "param" if entry.get("param") else "model"
            if "schema" in entry:
                self._define(canonical_module, canonical_name, str(entry["schema"]), flav)
            mod = self._module(module)
            mod.defs[name] = _Def(name, "alias", code=_ref(canonical_module, canonical_name))
            if "schema" in entry and str(self._entries.get(module, {}).get(name, {}).get("schema")) == entry["schema"]:
                mod.by_ptr[(str(entry["schema"]), flav)] = name
        for module in sorted(self._entries):
            if _is_params_module(module) and not any("inline" in e for e in self._entries[module].values()):
                continue  # method params modules come from `request_params()`
            # the type the module is named after first, so its nested types follow in field order
            entries = sorted(self._entries[module].items(), key=lambda kv: not primary_module_name(module, kv[0]))
            for name, entry in entries:
                flav: Flavour = "param" if entry.get("param") else "model"
                if "schema" in entry:
                    self._define(module, name, str(entry["schema"]), flav)
                elif "inline" in entry:
                    self._define(module, name, f"{_CONFIG_POINTER}{module}.{name}", flav)
                elif "code" in entry:
                    self._module(module).defs.setdefault(name, _Def(name, "alias", code=str(entry["code"])))
                elif entry.get("union") == "webhooks":
                    self._define_webhook_union(module, name, entry)
                elif "members" in entry:
                    self._define_member_union(module, name, entry, flav)

    def _define_params_leftovers(self) -> None:
        """Configured names of registered params modules that their params never reached (kept for the surface)."""
        for module in sorted(self._entries):
            mod = self._modules.get(module)
            if not _is_params_module(module) or mod is None or not mod.defs:
                continue
            for name, entry in self._entries[module].items():
                if name in mod.defs:
                    continue
                flav: Flavour = "param" if entry.get("param") else "model"
                if "schema" in entry and not str(entry["schema"]).endswith("/parameters"):
                    self._define(module, name, str(entry["schema"]), flav)
                elif "members" in entry:
                    self._define_member_union(module, name, entry, flav)

    def _define_webhook_union(self, module: str, name: str, entry: dict[str, Any]) -> None:
        mod = self._module(module)
        codes: list[str] = []
        for event, item in cast("dict[str, Any]", self.spec.raw.get("webhooks") or {}).items():
            for operation in cast("dict[str, dict[str, Any]]", item).values():
                body = _as_dict((_as_dict(operation.get("requestBody")) or {}).get("content")) or {}
                schema = _as_dict((_as_dict(body.get("application/json")) or {}).get("schema"))
                if schema is None or "$ref" not in schema:
                    raise TypeSystemError(f"webhooks.{event}: the payload must be a $ref to a component schema")
                codes.append(self._named_ref(str(schema["$ref"]), mod, "model", name)[0])
        code = f"Union[{', '.join(codes)}]"
        if entry.get("discriminator"):
            code = f"Annotated[{code}, PropertyInfo(discriminator={json.dumps(str(entry['discriminator']))})]"
        mod.defs[name] = _Def(name, "alias", code=code)

    def _define_member_union(self, module: str, name: str, entry: dict[str, Any], flav: Flavour) -> None:
        mod = self._module(module)
        package = module.rsplit(".", 1)[0]
        codes: list[str] = []
        schemas: list[dict[str, Any]] = []
        for member in cast("list[str]", entry["members"]):
            if member in ("FileTypes", "str", "object"):
                codes.append(member)
                schemas.append({"type": "string"})
                continue
            homes = self._by_name.get((member, flav)) or self._by_name.get((member, "model")) or []
            if not homes:
                raise TypeSystemError(f"config types.modules.{module}.{name}: unknown union member {member!r}")
            # the closest home: this module, then a module of this package, then the rest by name
            home = sorted(homes, key=lambda m: (m != module, m.rsplit(".", 1)[0] != package, m))[0]
            member_entry = self._entries[home][member]
            member_flav: Flavour = "param" if member_entry.get("param") else "model"
            if "schema" in member_entry:
                self._define(home, member, str(member_entry["schema"]), member_flav)
                schemas.append(self._node(str(member_entry["schema"])))
            else:
                schemas.append({})
            codes.append(_ref(home, member))
        code = f"Union[{', '.join(codes)}]"
        # discriminated like the spec's own unions when every member is an object with a constant `type`
        tag: dict[str, Any] = (
            {"discriminator": {"propertyName": entry["discriminator"]}} if "discriminator" in entry else {}
        )
        disc = self._discriminator(schemas, tag) if flav == "model" and len(codes) > 1 else None
        if disc is not None:
            code = f"Annotated[{code}, PropertyInfo(discriminator={json.dumps(disc)})]"
        mod.defs[name] = _Def(name, "alias", code=code)

    # ------------------------------------------------------------------ the interface for the resources half

    def _external(self, code: str) -> TypeExpr:
        imports: set[tuple[str, str]] = set()

        def replace(match: re.Match[str]) -> str:
            module, name = match.group(1), match.group(2)
            if primary_module_name(module, name):
                imports.add((module, name))
                return name
            package, base = module.rsplit(".", 1)
            imports.add((package, base))
            return f"{base}.{name}"

        out = _REF_RE.sub(replace, code)
        for word in set(re.findall(r"\b[A-Za-z_]\w*\b", out)):
            if word in _EXTERNAL_IMPORTS:
                imports.add(_EXTERNAL_IMPORTS[word])
        return TypeExpr(out, frozenset(imports))

    def response_type(self, schema: dict[str, Any], *, hint_module: str, hint_name: str) -> TypeExpr:
        """The public model/union/alias for a response body schema."""
        mod = self._module(hint_module)
        ptr = self._pointer(schema)
        if "$ref" in schema or (ptr is not None and (ptr, "model") in self._configured):
            code, nullable = self._named_ref(str(schema.get("$ref", ptr)), mod, "model", hint_name)
            return self._external(f"Optional[{code}]" if nullable else code)
        target = schema
        variants, nullable, is_union = self._split_null(target)
        if self._is_object(target) or (is_union and len(variants) > 1):
            if hint_name not in mod.defs:
                if ptr is not None:
                    mod.by_ptr[(ptr, "model")] = hint_name
                mod.defs[hint_name] = _Def(hint_name, "pending")
                prefix = "" if primary_module_name(hint_module, hint_name) else hint_name
                mod.defs[hint_name] = self._build(target, ptr, mod, "model", hint_name, prefix)
            code = _ref(hint_module, hint_name)
            return self._external(f"Optional[{code}]" if nullable else code)
        code, nullable = self._structural(target, ptr, mod, "model", hint_name)
        return self._external(f"Optional[{code}]" if nullable else code)

    def stream_event_type(self, schema_pointer: str) -> TypeExpr:
        """The public type of one event of a server-sent-events stream."""
        node = self._node(schema_pointer)
        hint = pascal_case(schema_pointer.rsplit("/", 1)[-1])
        home = self._home(schema_pointer, "model", None)
        if home is not None:
            self._define(home[0], home[1], schema_pointer, "model")
            return self._external(_ref(*home))
        code, nullable = self._structural(
            node, schema_pointer, self._module(f"{TYPES_ROOT}.{snake_case(hint)}"), "model", hint
        )
        return self._external(f"Optional[{code}]" if nullable else code)

    def request_params(
        self,
        *,
        module: str,
        class_name: str,
        body_schema: dict[str, Any] | None,
        query_params: list[dict[str, Any]],
        streaming: bool,
        path_params: list[dict[str, Any]] | None = None,
        header_params: list[dict[str, Any]] | None = None,
    ) -> list[ParamField]:
        """Register the params TypedDict `class_name` in `module` and return its fields in spec order.

        `path_params` (the method's keyword-only path parameters) and `header_params` become keys of the TypedDict
        too, as in the official layout (`RunSubmitToolOutputsParams["thread_id"]`, `betas` for `openai-beta`), but
        not returned fields: the method passes them in the URL and headers, never in the body or query.
        """
        mod = self._module(module)
        if class_name in mod.defs:
            if class_name not in mod.by_ptr.values():
                raise TypeSystemError(f"{module}.{class_name} is registered twice")
            # the configured schema of these params was already referenced from elsewhere: the params win
            mod.defs.pop(class_name)
        mod.defs[class_name] = _Def(class_name, "pending")
        prefix = "" if primary_module_name(module, class_name) else class_name
        fields: list[_Field] = []
        results: list[ParamField] = []
        files: list[bool] = []
        extra_schemas: dict[str, dict[str, Any]] = {}
        doc: str | None = None
        if body_schema is not None:
            body, _ = self._deref(body_schema)
            props, required, doc = self._merge(body)
            extra = self._param_properties(body)
            props.update(extra)
            for wire, prop in props.items():
                fields.append(self._field(wire, prop, wire in required, mod, "param", prefix))
                files.append(self._is_file(prop))
                if wire in extra:
                    extra_schemas[wire] = prop
        for raw_param in query_params:
            param, _ = self._deref(raw_param)
            wire = str(param["name"])
            schema_node = _as_dict(param.get("schema")) or {}
            f = self._field(wire, schema_node, bool(param.get("required")), mod, "param", prefix)
            f.doc = normalise_doc(param.get("description")) or f.doc
            if param.get("deprecated"):
                f.doc = "Deprecated." + (f"\n\n{f.doc}" if f.doc else "")
                f.deprecated = True
            fields.append(f)
            files.append(False)
        leading: list[_Field] = []
        for raw_param in path_params or []:
            param, _ = self._deref(raw_param)
            wire = str(param["name"])
            leading.append(_Field(wire, wire, "str", False, True, normalise_doc(param.get("description"))))
        trailing: list[_Field] = []
        for raw_param in header_params or []:
            param, _ = self._deref(raw_param)
            schema_node = _as_dict(param.get("schema")) or {}
            key = str(schema_node.get("x-stainless-param") or python_identifier(str(param["name"]).replace("-", "_")))
            f = self._field(key, schema_node, bool(param.get("required")), mod, "param", prefix)
            if f.code.startswith("Iterable["):  # header values are sent comma-joined: a list, as the method takes
                f.code = "List[" + f.code.removeprefix("Iterable[")
            f.code = f"Annotated[{f.code}, PropertyInfo(alias={json.dumps(str(param['name']))})]"
            f.doc = normalise_doc(param.get("description")) or f.doc
            trailing.append(f)
        for f, is_file in zip(fields, files, strict=True):
            code = f"Optional[{f.code}]" if f.nullable else f.code
            results.append(
                ParamField(
                    name=f.name,
                    wire_name=f.wire,
                    type=self._external(code),
                    required=f.required,
                    description=f.doc,
                    deprecated=f.deprecated,
                    is_file=is_file,
                    schema=extra_schemas.get(f.wire),
                )
            )
        stream_field = next((f for f in fields if f.wire == "stream"), None)
        fields = [*leading, *fields, *trailing]
        if streaming and stream_field is not None:
            base = f"{class_name}Base"
            # the Base/NonStreaming/Streaming classes take the place of the params class, before nested types
            position = list(mod.defs).index(class_name)
            before = dict(list(mod.defs.items())[:position])
            after = dict(list(mod.defs.items())[position + 1 :])
            mod.defs.clear()
            mod.defs.update(before)
            mod.defs[base] = _Def(base, "typeddict", doc=doc, fields=[f for f in fields if f.wire != "stream"])
            non_streaming = _Field("stream", "stream", "Literal[False]", True, False, stream_field.doc)
            streaming_field = _Field("stream", "stream", "Literal[True]", False, True, stream_field.doc)
            mod.defs[f"{class_name}NonStreaming"] = _Def(
                f"{class_name}NonStreaming", "typeddict", fields=[non_streaming], bases=[base]
            )
            mod.defs[f"{class_name}Streaming"] = _Def(
                f"{class_name}Streaming", "typeddict", fields=[streaming_field], bases=[base]
            )
            mod.defs[class_name] = _Def(
                class_name,
                "alias",
                code=f"Union[{_ref(module, class_name + 'NonStreaming')}, {_ref(module, class_name + 'Streaming')}]",
            )
            mod.defs.update(after)
        else:
            mod.defs[class_name] = _Def(class_name, "typeddict", doc=doc, fields=fields)
        return results

    def _is_file(self, prop: dict[str, Any]) -> bool:
        target, _ = self._deref(prop)
        variants, _, _ = self._split_null(target)
        for v in variants:
            v, _ = self._deref(v)
            if v.get("format") == "binary":
                return True
            items = _as_dict(v.get("items"))
            if v.get("type") == "array" and items is not None and self._deref(items)[0].get("format") == "binary":
                return True
        return False

    # ------------------------------------------------------------------ rendering

    def modules(self) -> dict[str, _Module]:
        """Every module registered so far (after the configured roots are defined)."""
        self._define_roots()
        return self._modules

    def render(self) -> dict[str, str]:
        """Path relative to the repository root → source, for every file under `src/openai/types/`."""
        self._define_roots()
        self._define_params_leftovers()
        self._apply_extra_fields()
        self._apply_model_bases()
        out: dict[str, str] = {}
        packages: set[str] = {TYPES_ROOT}
        for name in sorted(self._modules):
            mod = self._modules[name]
            if not mod.defs:
                continue
            parts = name.split(".")
            for i in range(2, len(parts)):
                packages.add(".".join(parts[:i]))
        # packages the official layout has although no type lives in them (`openai.types.beta.chat`)
        for package in cast("list[str]", self.config.get("empty_packages") or []):
            if not package.startswith(TYPES_ROOT + "."):
                raise TypeSystemError(f"config types.empty_packages: {package!r} is not under {TYPES_ROOT}")
            parts = package.split(".")
            for i in range(2, len(parts) + 1):
                packages.add(".".join(parts[:i]))
        cycles = self._import_cycles()
        for name in sorted(self._modules):
            mod = self._modules[name]
            if mod.defs:
                out[_path(name, package=False)] = self._render_module(mod, cycles.get(name, frozenset()))
        for package in sorted(packages):
            out[_path(package, package=True)] = self._render_package(package, packages)
        return dict(sorted(out.items()))

    def _apply_extra_fields(self) -> None:
        """Optional fields that `types.extra_fields` gives a response model beyond (or instead of) its schema's.

        For the legacy types whose schema the spec no longer has: the official SDK still publishes these fields.
        A field with a wire name the model already has replaces it.
        """
        configured = cast("dict[str, dict[str, dict[str, Any]]]", self.config.get("extra_fields") or {})
        for ref, props in configured.items():
            module, _, name = ref.partition(":")
            mod = self._modules.get(module)
            d = mod.defs.get(name) if mod is not None else None
            if mod is None or d is None or d.kind != "model":
                raise TypeSystemError(f"config types.extra_fields: {ref} is not a generated response model")
            prefix = "" if primary_module_name(module, name) else name
            for wire, prop in props.items():
                added = self._field(wire, prop, False, mod, "model", prefix)
                at = next((i for i, f in enumerate(d.fields) if f.wire == wire), None)
                if at is None:
                    d.fields.append(added)
                else:
                    d.fields[at] = added

    def _apply_model_bases(self) -> None:
        """Make the models of `types.model_bases` subclasses of their configured base model.

        A subclass keeps only the fields it adds or changes; a field equal to the base's (same name, alias, type
        and default, nested types compared by the schema they come from) is inherited instead.
        """
        configured = cast("dict[str, str]", self.config.get("model_bases") or {})
        full: dict[tuple[str, str], list[_Field]] = {}
        for child, base in configured.items():
            for ref in (child, base):
                module, _, name = ref.partition(":")
                entry = self._entries.get(module, {}).get(name)
                if entry is not None and "schema" in entry and not entry.get("param"):
                    self._define(module, name, str(entry["schema"]), "model")
                d = self._modules[module].defs.get(name) if module in self._modules else None
                if d is None or d.kind != "model":
                    raise TypeSystemError(f"config types.model_bases: {ref} is not a generated response model")
                full.setdefault((module, name), list(d.fields))
        origin = {
            (module, name): ptr
            for module, mod in self._modules.items()
            for (ptr, flav), name in mod.by_ptr.items()
            if flav == "model"
        }

        def normalised(f: _Field) -> str:
            line = self._model_field(f)
            return _REF_RE.sub(lambda m: origin.get((m.group(1), m.group(2)), m.group(0)), line)

        for child, base in configured.items():
            child_module, _, child_name = child.partition(":")
            base_module, _, base_name = base.partition(":")
            base_fields = {f.name: f for f in full[(base_module, base_name)]}
            inherited = {name: normalised(f) for name, f in base_fields.items()}
            d = self._modules[child_module].defs[child_name]
            d.parent = _ref(base_module, base_name)
            kept: list[_Field] = []
            for f in d.fields:
                same = base_fields.get(f.name)
                if same is not None and f.source is not None and same.source == f.source:
                    if (same.required, same.nullable) == (f.required, f.nullable):
                        continue  # the base's own property: its type is the base's, whatever names it got here
                    f.code = same.code  # the same type, required here: the base's names for it
                if inherited.get(f.name) == normalised(f):
                    continue
                f.overrides = f.name in inherited
                kept.append(f)
            d.fields = kept
            self._prune_unused(self._modules[child_module])

    def _prune_unused(self, mod: _Module) -> None:
        """Drop nested types of `mod` that nothing uses any more (a subclass inherits the fields that used them)."""
        configured = self._entries.get(mod.name, {})
        used: set[str] = set(configured)
        todo = [name for name in mod.defs if name in configured]
        while todo:
            d = mod.defs.get(todo.pop())
            if d is None:
                continue
            text = " ".join([d.code, d.parent or "", *d.mixins, *(f.code for f in d.fields)])
            local = [m.group(2) for m in _REF_RE.finditer(text) if m.group(1) == mod.name]
            for name in [*local, *d.bases]:
                if name not in used:
                    used.add(name)
                    todo.append(name)
        for name in [n for n in mod.defs if n not in used]:
            del mod.defs[name]
            for key in [k for k, v in mod.by_ptr.items() if v == name]:
                del mod.by_ptr[key]

    def _module_uses(self, mod: _Module) -> dict[str, bool]:
        """Modules that `mod` references → whether some reference is evaluated at import time."""
        uses: dict[str, bool] = {}
        for d in mod.defs.values():
            text = self._render_def(d)
            for match in _ANY_REF_RE.finditer(text):
                module = match.group(2)
                if module != mod.name:
                    uses[module] = uses.get(module, False) or match.group(1) == "\x02"
        return uses

    def _import_cycles(self) -> dict[str, frozenset[str]]:
        """For each module, the other modules of its import cycle (strongly connected component)."""
        graph = {name: sorted(self._module_uses(mod)) for name, mod in self._modules.items() if mod.defs}
        # Kosaraju, iteratively: finishing order on the graph, then components on the reversed graph.
        order: list[str] = []
        seen: set[str] = set()
        for start in graph:
            if start in seen:
                continue
            seen.add(start)
            stack: list[tuple[str, int]] = [(start, 0)]
            while stack:
                node, i = stack.pop()
                targets = graph.get(node, [])
                if i < len(targets):
                    stack.append((node, i + 1))
                    nxt = targets[i]
                    if nxt not in seen and nxt in graph:
                        seen.add(nxt)
                        stack.append((nxt, 0))
                else:
                    order.append(node)
        reverse: dict[str, list[str]] = {name: [] for name in graph}
        for name, targets in graph.items():
            for target in targets:
                if target in reverse:
                    reverse[target].append(name)
        component: dict[str, int] = {}
        for root in reversed(order):
            if root in component:
                continue
            component[root] = len(component)
            todo = [root]
            while todo:
                node = todo.pop()
                for prev in reverse[node]:
                    if prev not in component:
                        component[prev] = component[root]
                        todo.append(prev)
        members: dict[int, set[str]] = {}
        for name, c in component.items():
            members.setdefault(c, set()).add(name)
        return {name: frozenset(members[c] - {name}) for name, c in component.items() if len(members[c]) > 1}

    def _render_module(self, mod: _Module, cycle: frozenset[str]) -> str:
        local = set(mod.defs)
        imported: dict[tuple[str, str], str] = {}
        # an alias of the same name defined elsewhere is a plain re-export: `from .x import Name`
        reexports = {
            d.name: match.group(1)
            for d in mod.defs.values()
            if d.kind == "alias"
            and (match := _REF_RE.fullmatch(d.code)) is not None
            and match.group(2) == d.name
            and match.group(1) != mod.name
        }
        for name, module in reexports.items():
            imported[(module, name)] = name
        module_aliases: dict[str, str] = {}
        taken = set(local) | set(_TYPING) | set(_TYPING_EXT) | set(_CORE_TYPES) | set(_CORE_MODELS) | {"FieldInfo"}

        def resolve(match: re.Match[str]) -> str:
            lazy, module, name = match.group(1) == "\x04", match.group(2), match.group(3)
            if module == mod.name:
                return name
            if lazy and module in cycle:
                # importing the name would fail while the cycle is half-initialised; the module object exists,
                # and pydantic/type checkers resolve `module.Name` in annotations later
                if module not in module_aliases:
                    alias = "_" + module.rsplit(".", 1)[-1]
                    while alias in taken:
                        alias += "_"
                    taken.add(alias)
                    module_aliases[module] = alias
                return f"{module_aliases[module]}.{name}"
            key = (module, name)
            if key not in imported:
                alias = name
                if alias in taken:
                    alias = pascal_case(module.rsplit(".", 1)[-1]) + name
                    while alias in taken:
                        alias += "_"
                taken.add(alias)
                imported[key] = alias
            return imported[key]

        blocks: list[str] = []
        ordered = self._ordered_defs(mod)
        for d in ordered:
            if d.name not in reexports:
                blocks.append(_ANY_REF_RE.sub(resolve, self._render_def(d)))
        late = self._late_models(mod, ordered)
        if late:
            # models of a cycle: their annotations can be resolved only now that every class of the module exists
            blocks.append("\n".join(f"{name}.model_rebuild()" for name in late))
        lines = [
            BANNER,
            "",
            "from __future__ import annotations",
            "",
            "import builtins",
            f"from typing import {', '.join(_TYPING)}",
            f"from typing_extensions import {', '.join(_TYPING_EXT)}",
            "",
            "from pydantic import Field as FieldInfo",
            "",
            f"from {relative_import(mod.name, 'openai._types')} import {', '.join(_CORE_TYPES)}",
            f"from {relative_import(mod.name, 'openai._models')} import {', '.join(_CORE_MODELS)}",
        ]
        for (module, name), alias in sorted(imported.items()):
            suffix = f" as {alias}" if alias != name else ""
            lines.append(f"from {relative_import(mod.name, module)} import {name}{suffix}")
        for module, alias in sorted(module_aliases.items()):
            package, base = module.rsplit(".", 1)
            lines.append(f"from {relative_import(mod.name, package)} import {base} as {alias}")
        public = list(mod.defs)
        lines += ["", f"__all__ = [{', '.join(json.dumps(n) for n in public)}]", ""]
        return "\n".join(lines) + "\n\n" + "\n\n\n".join(blocks) + "\n"

    def _ordered_defs(self, mod: _Module) -> list[_Def]:
        """Definitions in registration order, moved after the local names they use.

        Runtime code (aliases, functional TypedDicts, base classes) needs its names defined first; a model's field
        annotations do too, so that pydantic resolves them when the class is created (no `ForwardRef` left in
        `model_fields`). Only a real cycle between models leaves a name undefined at class creation; such models
        are completed at the end of the module (see `_late_models`).
        """
        order: list[_Def] = []
        state: dict[str, int] = {}

        def visit(name: str) -> None:
            if state.get(name):
                return
            state[name] = 1
            d = mod.defs[name]
            runtime = d.kind == "alias" or (d.kind == "typeddict" and self._functional(d))
            deps = list(d.bases)
            if d.parent is not None:
                deps += [m.group(2) for m in _REF_RE.finditer(d.parent) if m.group(1) == mod.name]
            if runtime or d.kind == "model":
                code = d.code if d.kind == "alias" else " ".join(f.code for f in d.fields)
                deps += [m.group(2) for m in _REF_RE.finditer(code) if m.group(1) == mod.name]
            for dep in deps:
                if dep in mod.defs and dep != name:
                    visit(dep)
            order.append(d)
            state[name] = 2

        for name in mod.defs:
            visit(name)
        return order

    def _late_models(self, mod: _Module, order: list[_Def]) -> list[str]:
        """Models whose annotations use a local name defined after them (a cycle), in definition order."""
        position = {d.name: i for i, d in enumerate(order)}
        late: list[str] = []
        for i, d in enumerate(order):
            if d.kind != "model":
                continue
            code = " ".join(f.code for f in d.fields)
            if any(m.group(1) == mod.name and position.get(m.group(2), -1) > i for m in _REF_RE.finditer(code)):
                late.append(d.name)
        return late

    @staticmethod
    def _functional(d: _Def) -> bool:
        return any(not is_identifier(f.wire) for f in d.fields)

    def _render_def(self, d: _Def) -> str:
        if d.kind == "pending":
            raise TypeSystemError(f"{d.name}: definition never completed (recursive alias?)")
        if d.kind == "alias":
            return f"{d.name}: TypeAlias = {d.code}"
        if d.kind == "typeddict" and self._functional(d):
            items = ", ".join(f"{json.dumps(f.wire)}: {self._param_annotation(f)}" for f in d.fields)
            return f'{d.name} = TypedDict("{d.name}", {{{items}}}, total=False)'
        if d.kind == "typeddict":
            head = f"class {d.name}({', '.join(d.bases) if d.bases else 'TypedDict'}, total=False):"
        else:
            head = f"class {d.name}({''.join(m + ', ' for m in d.mixins)}{d.parent or 'BaseModel'}):"
        body: list[str] = []
        if d.doc:
            body.append(_doc_literal(d.doc, "    "))
        shadowed = _BUILTIN_TYPES & {f.name for f in d.fields}
        for f in d.fields:
            if d.kind == "typeddict":
                line = f"    {f.wire}: {self._param_annotation(f)}"
            else:
                line = f"    {self._model_field(f)}"
                if f.overrides:
                    # a field of the base model, narrowed here (required, or a narrower type): sound for data
                    line += "  # pyright: ignore[reportIncompatibleVariableOverride, reportGeneralTypeIssues]"
            if shadowed:
                line = _qualify_builtins(line, shadowed)
            body.append(line.replace("\x02", "\x04"))
            if f.doc:
                body.append(_doc_literal(f.doc, "    "))
            body.append("")
        if not d.fields and not d.doc:
            body.append("    pass")
        return head + "\n" + "\n".join(body).rstrip()

    @staticmethod
    def _param_annotation(f: _Field) -> str:
        code = f"Optional[{f.code}]" if f.nullable else f.code
        return f"Required[{code}]" if f.required else code

    @staticmethod
    def _model_field(f: _Field) -> str:
        # A nullable field defaults to `None` even when the spec requires the key: servers omit such keys.
        optional = f.nullable or not f.required
        code = f"Optional[{f.code}]" if optional else f.code
        if f.name != f.wire:
            default = ", default=None" if optional else ""
            return f"{f.name}: {code} = FieldInfo(alias={json.dumps(f.wire)}{default})"
        return f"{f.name}: {code}" + (" = None" if optional else "")

    def _render_package(self, package: str, packages: set[str]) -> str:
        exports = cast("dict[str, list[str]]", self.config.get("exports") or {})
        names = list(exports.get(package, []))
        # names of hand-written modules the package re-exports (`types.hand_written_exports`)
        extra = cast("dict[str, list[str]]", self.config.get("hand_written_exports") or {})
        for name in extra.get(package, []):
            if not any(name in listed for listed in self._hand_written().values()):
                raise TypeSystemError(
                    f"config types.hand_written_exports.{package}: {name!r} is not listed in types.hand_written_modules"
                )
            if name not in names:
                names.append(name)
        # the type each module of the package is named after is importable from the package too
        # (`from openai.types import FileCreateParams`), as the configured exports already do for most
        for module in sorted(self._modules):
            if module.rsplit(".", 1)[0] != package:
                continue
            for name in self._modules[module].defs:
                if primary_module_name(module, name) and name not in names:
                    names.append(name)
        lazy: dict[str, str] = {}
        for name in names:
            module = self._find_definition(package, name)
            if module is None:
                raise TypeSystemError(f"{package}.{name}: exported by config types.exports but defined nowhere")
            lazy[name] = relative_import(package + ".__init__", module)
        subpackages = sorted(p.rsplit(".", 1)[1] for p in packages if p.rsplit(".", 1)[0] == package and p != package)
        # every public module of the package is reachable as an attribute, as after an eager import
        submodules = set(subpackages)
        for module in [*(m for m, mod in self._modules.items() if mod.defs), *self._hand_written()]:
            parent, _, base = module.rpartition(".")
            if parent == package and not base.startswith("_"):
                submodules.add(base)
        clash = sorted(submodules & set(lazy))
        if clash:
            raise TypeSystemError(f"{package}: {clash} name both a submodule and an exported type")
        lines = [
            BANNER,
            "",
            "from __future__ import annotations",
            "",
        ]
        lines += ["from typing import TYPE_CHECKING", ""]
        if lazy or subpackages:
            lines.append("if TYPE_CHECKING:")
            for sub in subpackages:
                lines.append(f"    from . import {sub} as {sub}")
            for name, module in sorted(lazy.items(), key=lambda kv: (kv[1], kv[0])):
                lines.append(f"    from {module} import {name} as {name}")
            lines.append("")
        lines.append("# public name -> module defining it, imported on first access so `import` stays cheap")
        lines.append("_LAZY: dict[str, str] = {")
        for name, module in sorted(lazy.items()):
            lines.append(f"    {json.dumps(name)}: {json.dumps(module)},")
        lines.append("}")
        lines.append("# submodules (and subpackages), imported on first attribute access")
        lines.append(
            f"_SUBMODULES: frozenset[str] = frozenset(({''.join(json.dumps(s) + ', ' for s in sorted(submodules))}))"
        )
        lines.append("")
        lines.append(f"__all__ = [{', '.join(json.dumps(n) for n in sorted(lazy))}]")
        lines.append("")
        lines.append(
            textwrap.dedent(
                """
                if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

                    def __getattr__(name: str) -> object:
                        import importlib

                        if name in _SUBMODULES:
                            return importlib.import_module(f".{name}", __name__)
                        module = _LAZY.get(name)
                        if module is None:
                            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
                        value = getattr(importlib.import_module(module, __name__), name)
                        globals()[name] = value
                        return value


                def __dir__() -> list[str]:
                    return sorted({*globals(), *_LAZY, *_SUBMODULES})
                """
            ).strip()
        )
        return "\n".join(lines) + "\n"

    def _hand_written(self) -> dict[str, list[str]]:
        return cast("dict[str, list[str]]", self.config.get("hand_written_modules") or {})

    def _find_definition(self, package: str, name: str) -> str | None:
        candidates = [m for m, mod in self._modules.items() if name in mod.defs]
        if not candidates:
            candidates = [m for m, names in self._hand_written().items() if name in names]
        if not candidates:
            return None

        def rank(module: str) -> tuple[int, int, str]:
            inside = module.startswith(package + ".")
            return (
                0 if primary_module_name(module, name) and inside else 1 if inside else 2,
                module.count("."),
                module,
            )

        return sorted(candidates, key=rank)[0]


# Schema keys that describe a value without constraining its type.
_ANNOTATION_KEYS = frozenset(
    {"nullable", "description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly"}
)

_BUILTIN_TYPES = frozenset({"object", "str", "int", "float", "bool"})
_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"')


def _qualify_builtins(line: str, names: frozenset[str] | set[str]) -> str:
    """`builtins.object` for builtin types that a field of the same class shadows (`object: Literal[...]`)."""
    head, sep, annotation = line.partition(": ")
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(names)) + r")(?!\w)")
    parts: list[str] = []
    pos = 0
    for match in _STRING_RE.finditer(annotation):
        parts.append(pattern.sub(r"builtins.\1", annotation[pos : match.start()]))
        parts.append(match.group(0))
        pos = match.end()
    parts.append(pattern.sub(r"builtins.\1", annotation[pos:]))
    return head + sep + "".join(parts)


def _is_params_module(module: str) -> bool:
    """Whether `module` holds a method's params (`..._params`), rendered by `TypeRegistry.request_params()`."""
    return module.rsplit(".", 1)[-1].endswith("_params")


def _path(module: str, *, package: bool) -> str:
    rel = module.replace(".", "/")
    return f"src/{rel}/__init__.py" if package else f"src/{rel}.py"
