"""The intermediate model of the client surface: `Resource`s holding `Method`s, built from config + spec.

`build_resources()` joins the `operations:` section of the configuration with the spec (parameters, bodies,
docs) and the `TypeRegistry` (type expressions) into a `ResourceTree`. Rendering lives in the sibling modules.
"""

from __future__ import annotations

import re
import keyword
import textwrap
from typing import Any, Protocol, cast
from dataclasses import field, dataclass

from ..spec import Spec
from ..typesys import TypeExpr, ParamField

__all__ = [
    "Arg",
    "ConfigError",
    "TypeResolver",
    "Method",
    "Resource",
    "ResourceTree",
    "build_resources",
    "camel",
    "split_ref",
    "method_docstring",
    "wrap_text",
    "PAGE_CLASSES",
]

LINE_LENGTH = 120

PAGE_CLASSES = {
    "page": ("SyncPage", "AsyncPage"),
    "cursor": ("SyncCursorPage", "AsyncCursorPage"),
    "conversation_cursor": ("SyncConversationCursorPage", "AsyncConversationCursorPage"),
    "next_cursor": ("SyncNextCursorPage", "AsyncNextCursorPage"),
}

OPTION_PARAMS = ("extra_headers", "extra_query", "extra_body", "timeout", "deadline")


class TypeResolver(Protocol):
    """The part of `codegen.typesys.TypeRegistry` this half of the generator uses (tests substitute a fake)."""

    def response_type(self, schema: dict[str, Any], *, hint_module: str, hint_name: str) -> TypeExpr: ...

    def stream_event_type(self, schema_pointer: str) -> TypeExpr: ...

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
    ) -> list[ParamField]: ...

    def render(self) -> dict[str, str]: ...


class ConfigError(Exception):
    """The operations configuration does not fit the spec."""


def camel(snake: str) -> str:
    """`fine_tuning` → `FineTuning`."""
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def split_ref(ref: str) -> tuple[str, str]:
    """`openai.types.chat.chat_completion:ChatCompletion` → (module, name)."""
    module, sep, name = ref.partition(":")
    if not sep or not module or not name:
        raise ConfigError(f"expected 'module:Name', got {ref!r}")
    return module, name


# --------------------------------------------------------------------------------------------------- the model


@dataclass
class Arg:
    """One argument of a generated method (path, body, query or header)."""

    name: str
    wire_name: str
    location: str  # "path" | "body" | "query" | "header"
    type: TypeExpr
    required: bool
    description: str | None
    is_file: bool = False
    schema: dict[str, Any] | None = None


@dataclass
class Method:
    """One generated method (one row of the surface) and how it maps onto its spec operation."""

    name: str
    client_path: str
    operation_id: str
    http_method: str
    path: str
    summary: str | None
    description: str | None
    deprecated: str | None
    """The `DeprecationWarning` message when calling the method warns (spec `deprecated` or configuration)."""
    positional: list[Arg]
    keyword_path: list[Arg]
    params: list[Arg]
    params_ref: tuple[str, str] | None
    returns: TypeExpr
    return_ref: str | None  # "module:Name" of the model (item model for pages) for the operations table
    returns_class: bool  # the return type is a class (pass it straight as `cast_to`/`model`)
    kind: str  # "model" | "none" | "str" | "binary"
    page: str | None
    stream: TypeExpr | None
    stream_ref: str | None
    multipart: bool
    file_paths: list[list[str]]
    headers: dict[str, str]
    security: str
    proposed: bool
    spec_query_params: list[str]
    body_required: list[str]
    body_alternatives: list[list[str]]
    """Required key sets of a body that says "one of these groups" (`anyOf`/`oneOf` of `required` lists)."""
    stream_doc: str | None = None
    """The spec's description of the `stream` parameter of a streaming operation."""
    cast_by: tuple[str, list[tuple[str, TypeExpr]], TypeExpr] | None = None
    """(argument, [(value, type)], default type): the response type chosen by an argument's value at run time
    (`response_format="verbose_json"` parses a `TranscriptionVerbose`)."""
    prepare: str | None = None
    """`module:function` of a hand-written request hook (config `prepare:`): the generated method passes it the
    body, the request options and the response type, and sends what it returns `(body, options, cast_to)`. The
    seam for helpers that change what a generated method sends or how its result is parsed (a `post_parser` in
    the options)."""

    @property
    def path_args(self) -> list[Arg]:
        return [*self.positional, *self.keyword_path]

    @property
    def body_args(self) -> list[Arg]:
        return [a for a in self.params if a.location == "body"]

    @property
    def query_args(self) -> list[Arg]:
        return [a for a in self.params if a.location == "query"]

    @property
    def header_args(self) -> list[Arg]:
        return [a for a in self.params if a.location == "header"]


@dataclass
class Resource:
    """A namespace on the client (`client.chat.completions`) with its methods and sub-resources."""

    path: tuple[str, ...]
    class_name: str
    mixins: tuple[str, str] | None = None  # ("module:SyncMixin", "module:AsyncMixin")
    wrapped_helpers: tuple[str, ...] = ()
    """Mixin methods that the raw/streaming views wrap like generated methods (`parse`)."""
    methods: list[Method] = field(default_factory=lambda: [])
    children: list[Resource] = field(default_factory=lambda: [])
    aliases: list[tuple[str, Resource]] = field(default_factory=lambda: [])
    """Attributes that expose another resource's class (`client.beta.chat` is a `Chat`)."""
    reexports: list[tuple[str, str, str]] = field(default_factory=lambda: [])
    """(exported name, module, name there): hand-written classes importable from the resource module."""
    as_package: bool = False
    """Laid out as a package (`webhooks/webhooks.py`) even without sub-resources, as the official layout is."""

    @property
    def attr(self) -> str:
        return self.path[-1]

    @property
    def is_package(self) -> bool:
        return bool(self.children) or self.as_package

    @property
    def file(self) -> str:
        """Path of the resource module relative to `src/openai/resources/`."""
        if self.is_package:
            return "/".join(self.path) + f"/{self.attr}.py"
        return "/".join(self.path) + ".py"

    @property
    def module(self) -> str:
        return "openai.resources." + self.file.removesuffix(".py").replace("/", ".")

    @property
    def package(self) -> str:
        """The package users import the class from (`openai.resources.chat.completions`)."""
        return "openai.resources." + ".".join(self.path)

    def walk(self) -> list[Resource]:
        out: list[Resource] = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass
class ResourceTree:
    top: list[Resource]

    def walk(self) -> list[Resource]:
        out: list[Resource] = []
        for r in self.top:
            out.extend(r.walk())
        return out

    def methods(self) -> list[Method]:
        return [m for r in self.walk() for m in r.methods]


# ------------------------------------------------------------------------------------------------- building


def _properties(spec: Spec, schema: object) -> tuple[dict[str, Any], list[str]]:
    """Properties and required names of an object schema, merging `allOf` parts."""
    node = spec.resolve(schema)
    props: dict[str, Any] = dict(node.get("properties", {}))
    required: list[str] = list(node.get("required", []))
    for part in node.get("allOf", []):
        sub_props, sub_req = _properties(spec, part)
        props.update(sub_props)
        required.extend(r for r in sub_req if r not in required)
    return props, required


def _is_binary(spec: Spec, schema: object) -> tuple[bool, bool]:
    """(is a file, is a list of files) for a multipart property schema."""
    node = spec.resolve(schema)
    if node.get("format") == "binary" or node.get("contentMediaType") == "application/octet-stream":
        return True, False
    if node.get("type") == "array" and "items" in node:
        inner, _ = _is_binary(spec, node["items"])
        return inner, inner
    for key in ("oneOf", "anyOf"):
        for branch in node.get(key, []):
            is_file, is_list = _is_binary(spec, branch)
            if is_file:
                return True, is_list
    return False, False


def _is_class_schema(spec: Spec, schema: object) -> bool:
    """Whether the public type of `schema` is a class (a model) rather than a union/alias."""
    node = spec.resolve(schema)
    if node.get("oneOf") or node.get("anyOf"):
        return False
    if node.get("type") == "object" or "properties" in node or "allOf" in node:
        return True
    return False


def _response_schema(spec: Spec, op: dict[str, Any]) -> dict[str, Any] | None:
    for code, response in op.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        content = cast("dict[str, Any]", spec.resolve(response).get("content") or {})
        media = cast("dict[str, Any] | None", content.get("application/json"))
        if media and "schema" in media:
            return cast("dict[str, Any]", media["schema"])
    return None


def _ref_of(expr: TypeExpr) -> str | None:
    """`module:Name` when the expression is a single imported name (what the registry actually chose)."""
    for module, name in expr.imports:
        if name == expr.code and len(expr.imports) == 1:
            return f"{module}:{name}"
    return None


def _body_alternatives(spec: Spec, body_schema: dict[str, Any] | None) -> list[list[str]]:
    if body_schema is None:
        return []
    node = spec.resolve(body_schema)
    groups: list[list[str]] = []
    for key in ("anyOf", "oneOf"):
        for branch in cast("list[object]", node.get(key, [])):
            required = spec.resolve(branch).get("required")
            if isinstance(required, list):
                groups.append([str(r) for r in cast("list[object]", required)])
    return groups


def _class_name(config: dict[str, Any], attr: str) -> str:
    overrides: dict[str, str] = config.get("resources", {}).get("class_names", {}) or {}
    return overrides.get(attr) or camel(attr)


def _wrapped_helpers(path: tuple[str, ...], mixin: dict[str, Any]) -> tuple[str, ...]:
    """The `wrap` list of a mixin entry: helper methods exposed on `with_raw_response`/`with_streaming_response`."""
    where = "resources.mixins." + ".".join(path) + ".wrap"
    raw: object = mixin.get("wrap", [])
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: expected a list of method names, got {type(raw).__name__}")
    names: list[str] = []
    for item in cast("list[object]", raw):
        if not isinstance(item, str) or not item.isidentifier() or keyword.iskeyword(item):
            raise ConfigError(f"{where}: {item!r} is not a method name")
        if item in names:
            raise ConfigError(f"{where}: {item!r} is listed twice")
        names.append(item)
    return tuple(names)


def _ensure_resource(
    tree: dict[tuple[str, ...], Resource], top: list[Resource], path: tuple[str, ...], config: dict[str, Any]
) -> Resource:
    existing = tree.get(path)
    if existing is not None:
        return existing
    resource = Resource(path=path, class_name=_class_name(config, path[-1]))
    mixins: dict[str, Any] = config.get("resources", {}).get("mixins", {}) or {}
    mixin = mixins.get(".".join(path))
    if mixin:
        resource.mixins = (mixin["sync"], mixin["async"])
        resource.wrapped_helpers = _wrapped_helpers(path, mixin)
    packages = cast("list[str]", config.get("resources", {}).get("packages", []) or [])
    resource.as_package = ".".join(path) in packages
    tree[path] = resource
    if len(path) == 1:
        top.append(resource)
    else:
        _ensure_resource(tree, top, path[:-1], config).children.append(resource)
    return resource


def build_resources(spec: Spec, config: dict[str, Any], registry: TypeResolver) -> ResourceTree:
    """Build the resource tree for every entry of `config["operations"]`, in configuration order."""
    operations: dict[str, Any] = config.get("operations") or {}
    if not operations:
        raise ConfigError("the configuration has no `operations:` section")
    tree: dict[tuple[str, ...], Resource] = {}
    top: list[Resource] = []
    for client_path, entry in operations.items():
        *res_path, method_name = client_path.split(".")
        if not res_path:
            raise ConfigError(f"{client_path}: a method must live on a resource")
        resource = _ensure_resource(tree, top, tuple(res_path), config)
        method = _build_method(spec, registry, client_path, method_name, entry)
        method.deprecated = _deprecation(config, client_path, spec_deprecated=method.deprecated is not None)
        resource.methods.append(method)
    extras = cast("list[str]", config.get("resources", {}).get("extra", []) or [])
    for extra in extras:
        _ensure_resource(tree, top, tuple(extra.split(".")), config)
    aliases = cast("dict[str, str]", config.get("resources", {}).get("aliases", {}) or {})
    for alias, target in aliases.items():
        alias_path = tuple(alias.split("."))
        target_resource = tree.get(tuple(target.split(".")))
        if target_resource is None:
            raise ConfigError(f"resources.aliases: {alias} points at {target!r}, which is not a resource")
        if len(alias_path) < 2 or alias_path in tree:
            raise ConfigError(f"resources.aliases: {alias} must be a new attribute of an existing resource")
        _ensure_resource(tree, top, alias_path[:-1], config).aliases.append((alias_path[-1], target_resource))
    _add_reexports(tree, config)
    return ResourceTree(top=top)


def _deprecation(config: dict[str, Any], client_path: str, *, spec_deprecated: bool) -> str | None:
    """The warning message of a deprecated method, or None.

    `resources.deprecated` maps a method path or a resource prefix (`beta.assistants`) to the message; the longest
    matching key wins. An operation the spec marks deprecated without a configured message gets a generic one.
    """
    raw: object = config.get("resources", {}).get("deprecated", {}) or {}
    if not isinstance(raw, dict):
        raise ConfigError("resources.deprecated: expected a mapping of method paths or prefixes to messages")
    best: tuple[int, str] | None = None
    for key, message in cast("dict[object, object]", raw).items():
        if not isinstance(key, str) or not isinstance(message, str) or not message:
            raise ConfigError(f"resources.deprecated: {key!r}: expected a non-empty message")
        if client_path == key or client_path.startswith(key + "."):
            if best is None or len(key) > best[0]:
                best = (len(key), message)
    if best is not None:
        return best[1]
    if spec_deprecated:
        return f"`{client_path}` is deprecated"
    return None


def _add_reexports(tree: dict[tuple[str, ...], Resource], config: dict[str, Any]) -> None:
    """`resources.reexports`: resource path → {exported name: 'module:Name'} (users import these from there)."""
    raw: object = config.get("resources", {}).get("reexports", {}) or {}
    if not isinstance(raw, dict):
        raise ConfigError("resources.reexports: expected a mapping of resource paths to {name: 'module:Name'}")
    for path, names in cast("dict[str, object]", raw).items():
        resource = tree.get(tuple(path.split(".")))
        if resource is None:
            raise ConfigError(f"resources.reexports: {path!r} is not a resource")
        if not isinstance(names, dict):
            raise ConfigError(f"resources.reexports.{path}: expected a mapping of names to 'module:Name'")
        own = {resource.class_name, f"Async{resource.class_name}"}
        own |= {f"{n}With{kind}" for n in tuple(own) for kind in ("RawResponse", "StreamingResponse")}
        for exported, ref in cast("dict[object, object]", names).items():
            if not isinstance(exported, str) or not exported.isidentifier() or keyword.iskeyword(exported):
                raise ConfigError(f"resources.reexports.{path}: {exported!r} is not a Python name")
            if exported in own:
                raise ConfigError(f"resources.reexports.{path}: {exported!r} is a class the module defines")
            if not isinstance(ref, str):
                raise ConfigError(f"resources.reexports.{path}.{exported}: expected 'module:Name', got {ref!r}")
            module, name = split_ref(ref)
            resource.reexports.append((exported, module, name))


def _build_method(spec: Spec, registry: TypeResolver, client_path: str, name: str, entry: dict[str, Any]) -> Method:
    verb, _, path = str(entry["operation"]).partition(" ")
    item = spec.raw["paths"].get(path)
    if item is None or verb.lower() not in item:
        raise ConfigError(f"{client_path}: the spec has no operation {entry['operation']!r}")
    op: dict[str, Any] = item[verb.lower()]
    parameters = [spec.resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    by_location: dict[str, list[dict[str, Any]]] = {"path": [], "query": [], "header": []}
    for p in parameters:
        by_location.setdefault(p["in"], []).append(p)

    spec_path_params = re.findall(r"{([^}]+)}", path)
    positional_names: list[str] = list(entry.get("args", []))
    keyword_names: list[str] = list(entry.get("keyword_args", []))
    if sorted(positional_names + keyword_names) != sorted(spec_path_params):
        raise ConfigError(
            f"{client_path}: args {positional_names} + keyword_args {keyword_names} must name exactly the path "
            f"parameters {spec_path_params}"
        )
    path_docs = {p["name"]: p.get("description") for p in by_location["path"]}

    def path_arg(n: str) -> Arg:
        return Arg(
            name=n,
            wire_name=n,
            location="path",
            type=TypeExpr("str", frozenset()),
            required=True,
            description=path_docs.get(n),
        )

    stream_cfg: dict[str, Any] | None = entry.get("stream")
    streaming = stream_cfg is not None

    body = op.get("requestBody")
    content: dict[str, Any] = spec.resolve(body).get("content", {}) if body else {}
    multipart = bool(entry.get("multipart"))
    body_schema: dict[str, Any] | None = None
    if content:
        media = content.get("multipart/form-data") if multipart else content.get("application/json")
        if media is None:
            media = next(iter(content.values()))
        body_schema = cast("dict[str, Any]", media.get("schema"))

    params: list[Arg] = []
    params_ref: tuple[str, str] | None = None
    stream_doc: str | None = None
    if entry.get("params"):
        params_ref = split_ref(entry["params"])
        fields = registry.request_params(
            module=params_ref[0],
            class_name=params_ref[1],
            body_schema=body_schema,
            query_params=by_location["query"],
            streaming=streaming,
            path_params=[next((p for p in by_location["path"] if p["name"] == n), {"name": n}) for n in keyword_names],
            header_params=by_location["header"],
        )
        query_names = {p["name"] for p in by_location["query"]}
        body_props = _properties(spec, body_schema)[0] if body_schema else {}
        for f in fields:
            if streaming and f.wire_name == "stream":
                stream_doc = f.description
                continue
            params.append(
                _arg_from_field(f, "query" if f.wire_name in query_names else "body", body_props, by_location)
            )
    elif body_schema is not None or by_location["query"]:
        raise ConfigError(f"{client_path}: the operation takes a body or query parameters but has no `params:`")
    for p in by_location["header"]:
        params.append(_header_arg(p))

    body_required: list[str] = []
    if body_schema is not None:
        declared, required_names = _properties(spec, body_schema)
        # The spec lists some required names that the schema does not declare; nobody can send those.
        body_required = [r for r in required_names if r in declared]

    file_paths: list[list[str]] = []
    if multipart and body_schema is not None:
        for prop_name, prop in _properties(spec, body_schema)[0].items():
            is_file, is_list = _is_binary(spec, prop)
            if is_file:
                file_paths.append([prop_name, "<array>"] if is_list else [prop_name])

    returns_cfg = str(entry["returns"])
    page = entry.get("page")
    kind = "model"
    return_ref: str | None = None
    returns_class = True
    if returns_cfg == "None":
        kind, returns = "none", TypeExpr("None", frozenset())
    elif returns_cfg == "str":
        kind, returns = "str", TypeExpr("str", frozenset())
    elif returns_cfg == "HttpxBinaryResponseContent":
        kind = "binary"
        returns = TypeExpr(
            "HttpxBinaryResponseContent", frozenset({("openai._legacy_response", "HttpxBinaryResponseContent")})
        )
    else:
        module, type_name = split_ref(returns_cfg)
        return_ref = returns_cfg
        schema = _response_schema(spec, op)
        if schema is not None and page:
            data = _properties(spec, schema)[0].get("data")
            schema = cast("dict[str, Any]", spec.resolve(data)["items"]) if data else None
        if schema is not None:
            returns = registry.response_type(schema, hint_module=module, hint_name=type_name)
            returns_class = _is_class_schema(spec, schema)
        else:
            returns = TypeExpr(type_name, frozenset({(module, type_name)}))
        if returns.code == "object":
            # The registry has not mapped this schema yet: fall back to the configured public name.
            returns = TypeExpr(type_name, frozenset({(module, type_name)}))
        return_ref = _ref_of(returns) or return_ref

    stream_type: TypeExpr | None = None
    stream_ref: str | None = None
    if stream_cfg is not None:
        stream_ref = str(stream_cfg["type"])
        s_module, s_name = split_ref(stream_ref)
        stream_type = registry.stream_event_type(str(stream_cfg["schema"]))
        if stream_type.code == "object":
            stream_type = TypeExpr(s_name, frozenset({(s_module, s_name)}))
        stream_ref = _ref_of(stream_type) or stream_ref

    cast_by = _cast_by(client_path, entry.get("cast_by"), params)

    headers: dict[str, str] = dict(entry.get("headers") or {})
    if entry.get("accept"):
        headers["Accept"] = str(entry["accept"])

    return Method(
        name=name,
        client_path=client_path,
        operation_id=str(op.get("operationId", client_path)),
        http_method=verb.upper(),
        path=path,
        summary=op.get("summary"),
        description=op.get("description"),
        deprecated="deprecated" if op.get("deprecated") else None,
        positional=[path_arg(n) for n in positional_names],
        keyword_path=[path_arg(n) for n in keyword_names],
        params=params,
        params_ref=params_ref,
        returns=returns,
        return_ref=return_ref,
        returns_class=returns_class,
        kind=kind,
        page=str(page) if page else None,
        stream=stream_type,
        stream_ref=stream_ref,
        multipart=multipart,
        file_paths=file_paths,
        headers=headers,
        security=str(entry.get("security", "api_key")),
        proposed=bool(entry.get("proposed")),
        spec_query_params=[str(p["name"]) for p in by_location["query"]],
        body_required=body_required,
        body_alternatives=_body_alternatives(spec, body_schema),
        stream_doc=stream_doc,
        cast_by=cast_by,
        prepare=_prepare_hook(client_path, entry.get("prepare"), page=bool(page), multipart=multipart),
    )


def _prepare_hook(client_path: str, ref: object, *, page: bool, multipart: bool) -> str | None:
    if ref is None:
        return None
    if not isinstance(ref, str):
        raise ConfigError(f"{client_path}: prepare must be 'module:function', got {ref!r}")
    split_ref(ref)
    if page or multipart:
        raise ConfigError(f"{client_path}: prepare hooks are supported on plain (not paginated, not multipart) calls")
    return ref


def _type_ref(ref: str) -> TypeExpr:
    if ref == "str":
        return TypeExpr("str", frozenset())
    module, name = split_ref(ref)
    return TypeExpr(name, frozenset({(module, name)}))


def _cast_by(
    client_path: str, raw: object, params: list[Arg]
) -> tuple[str, list[tuple[str, TypeExpr]], TypeExpr] | None:
    """`cast_by: {param: response_format, default: 'module:Name', values: {verbose_json: 'module:Name', text: str}}`."""
    if raw is None:
        return None
    where = f"operations.{client_path}.cast_by"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping with `param`, `default` and `values`")
    entry = cast("dict[str, Any]", raw)
    param = str(entry.get("param"))
    if not any(a.name == param for a in params):
        raise ConfigError(f"{where}: {param!r} is not a parameter of the method")
    values = cast("dict[str, str]", entry.get("values") or {})
    if not values or "default" not in entry:
        raise ConfigError(f"{where}: needs `default` and at least one entry in `values`")
    return param, [(str(k), _type_ref(str(v))) for k, v in values.items()], _type_ref(str(entry["default"]))


def _arg_from_field(
    f: ParamField, location: str, body_props: dict[str, Any], by_location: dict[str, list[dict[str, Any]]]
) -> Arg:
    schema: dict[str, Any] | None
    if location == "query":
        schema = next((p.get("schema") for p in by_location["query"] if p["name"] == f.wire_name), None)
    else:
        schema = body_props.get(f.wire_name, f.schema)
    return Arg(
        name=f.name,
        wire_name=f.wire_name,
        location=location,
        type=f.type,
        required=f.required,
        description=f.description,
        is_file=f.is_file,
        schema=schema,
    )


def _header_arg(p: dict[str, Any]) -> Arg:
    schema: dict[str, Any] = p.get("schema", {})
    name = str(schema.get("x-stainless-param") or re.sub(r"\W+", "_", p["name"]).strip("_").lower())
    if keyword.iskeyword(name):
        name += "_"
    if schema.get("type") == "array":
        items = schema.get("items", {})
        enum = items.get("enum")
        inner = "Literal[" + ", ".join(repr(v) for v in enum) + "]" if enum else "str"
        imports = {("typing", "List")}
        if enum:
            imports.add(("typing_extensions", "Literal"))
        type_expr = TypeExpr(f"List[{inner}]", frozenset(imports))
    else:
        type_expr = TypeExpr("str", frozenset())
    return Arg(
        name=name,
        wire_name=p["name"],
        location="header",
        type=type_expr,
        required=bool(p.get("required")),
        description=p.get("description"),
        schema=schema,
    )


# ------------------------------------------------------------------------------------------------ docstrings


def normalize_markdown(text: str) -> str:
    """Trim the spec's markdown, drop trailing whitespace and collapse runs of blank lines."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out)


def wrap_text(text: str, width: int, *, first_offset: int = 0) -> list[str]:
    """Wrap prose paragraphs to `width`, keeping list items, tables and code blocks line by line.

    `first_offset` is how many more columns the first output line has in front of it than the others (the
    `name: ` of an `Args:` entry), so that line is wrapped shorter.
    """
    out: list[str] = []
    in_code = False
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            lead = " " * first_offset if not out else ""
            lines = textwrap.wrap(
                " ".join(paragraph), width, initial_indent=lead, break_long_words=False, break_on_hyphens=False
            )
            if lines and lead:
                lines[0] = lines[0][len(lead) :]
            out.extend(lines or [""])
            paragraph.clear()

    for line in normalize_markdown(text).splitlines():
        stripped = line.strip()
        if stripped.startswith("```"):
            flush()
            in_code = not in_code
            out.append(line)
        elif in_code or stripped.startswith(("|", "#")):
            flush()
            out.append(line)
        elif not stripped:
            flush()
            out.append("")
        elif bullet := re.match(r"^\s*(?:[-*+]|\d+[.)])\s", line):
            flush()
            indent = len(bullet.group(0))
            out.extend(
                textwrap.wrap(
                    line, width, subsequent_indent=" " * indent, break_long_words=False, break_on_hyphens=False
                )
                or [line]
            )
        else:
            paragraph.append(stripped)
    flush()
    return out


def escape_docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def method_docstring(method: Method, indent: int) -> str:
    """The method's docstring body (without quotes), wrapped for a method at `indent` spaces."""
    width = LINE_LENGTH - indent
    parts: list[str] = []
    summary = (method.summary or "").strip()
    description = (method.description or "").strip()
    if summary:
        parts.extend(wrap_text(summary, width))
    if description and description != summary:
        if parts:
            parts.append("")
        parts.extend(wrap_text(description, width))
    documented = [a for a in [*method.path_args, *method.params] if a.description]
    if method.stream is not None:
        stream_doc = method.stream_doc or (
            "If set, the response is streamed back as server-sent events and returned as a stream of events."
        )
        documented.append(Arg("stream", "stream", "body", TypeExpr("bool", frozenset()), False, stream_doc))
    if parts:
        parts.append("")
    parts.append("Args:")
    for a in documented:
        body = wrap_text(a.description or "", width - 6, first_offset=len(a.name) + 4 - 6)
        first, rest = (body[0] if body else ""), body[1:]
        parts.append(f"  {a.name}: {first}".rstrip())
        parts.extend((f"      {line}" if line else "") for line in rest)
        parts.append("")
    parts.extend(
        [
            "  extra_headers: Send extra headers",
            "",
            "  extra_query: Add additional query parameters to the request",
            "",
            "  extra_body: Add additional JSON properties to the request",
            "",
            "  timeout: Override the client-level default timeout for this request, in seconds",
            "",
            "  deadline: Override the client-level deadline for this call: the most seconds it may take, retries",
            "      included (`None` removes the client's deadline)",
        ]
    )
    text = "\n".join(parts).strip("\n")
    return escape_docstring(text)
