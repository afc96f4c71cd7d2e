"""Rendering `src/openai/resources/**`: one module per resource, sync and async classes from one template macro.

The Python fragments that differ per method (signatures, overloads, the request call) are computed here so the
template (`templates/resource.py.jinja`) only lays them out; both the sync and the async class are rendered from
the same macro with an `is_async` flag, so the pair cannot drift.
"""

from __future__ import annotations

import re
import keyword
from pathlib import Path
from dataclasses import dataclass

import jinja2

from .model import PAGE_CLASSES, Arg, Method, Resource, ConfigError, ResourceTree, camel, split_ref, method_docstring
from ..typesys import TypeExpr

__all__ = ["ImportSet", "jinja_env", "render_resources", "PAGE_CLASSES"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def jinja_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["camel"] = camel
    return env


class ImportSet:
    """Collects `from module import name` lines, deduplicated and sorted."""

    def __init__(self) -> None:
        self._names: dict[str, set[str]] = {}
        self._modules: set[str] = set()

    def add(self, module: str, name: str) -> None:
        self._names.setdefault(module, set()).add(name)

    def add_expr(self, expr: TypeExpr) -> None:
        for module, name in expr.imports:
            self.add(module, name)

    def add_module(self, module: str) -> None:
        """`import module` (used for `typing_extensions.deprecated`, whose bare name reads like a parameter)."""
        self._modules.add(module)

    def lines(self) -> list[str]:
        plain = [f"import {m}" for m in sorted(self._modules)]
        return plain + [
            f"from {m} import {', '.join(sorted(names))}" for m, names in sorted(self._names.items()) if names
        ]

    def names(self) -> set[str]:
        return {n for names in self._names.values() for n in names}


def _default(arg: Arg) -> str:
    return "" if arg.required else " = omit"


def _annotation(arg: Arg) -> str:
    return arg.type.code if arg.required else f"{arg.type.code} | Omit"


@dataclass
class MethodView:
    """Pre-computed source fragments of one method for the templates (sync and async differ only in a few)."""

    m: Method
    variants: list[dict[str, str]]  # overloads first, then the implementation
    decorators: list[str]
    """Decorators of every variant (overloads and implementation), e.g. the deprecation marker."""
    docstring: str
    call: str
    call_async: str
    is_list: bool


def _signature(method: Method, *, stream_variant: str | None, is_async: bool) -> tuple[str, str]:
    """(parameter list source, return annotation) of one overload/implementation."""
    parts: list[str] = ["self"]
    parts.extend(f"{a.name}: str" for a in method.positional)
    kw: list[str] = []
    required = [a for a in method.params if a.required]
    optional = [a for a in method.params if not a.required]
    kw.extend(f"{a.name}: str" for a in method.keyword_path)
    stream_t = method.stream.code if method.stream is not None else ""
    stream_cls = ("AsyncStream" if is_async else "Stream") + f"[{stream_t}]"
    ret = _return_annotation(method, is_async)
    if method.stream is not None:
        if stream_variant == "false":
            kw.extend(f"{a.name}: {_annotation(a)}" for a in required)
            kw.append("stream: Literal[False] | Omit = omit")
            kw.extend(f"{a.name}: {_annotation(a)}{_default(a)}" for a in optional)
        elif stream_variant == "true":
            kw.extend(f"{a.name}: {_annotation(a)}" for a in required)
            kw.append("stream: Literal[True]")
            kw.extend(f"{a.name}: {_annotation(a)}{_default(a)}" for a in optional)
            ret = stream_cls
        elif stream_variant == "bool":
            kw.extend(f"{a.name}: {_annotation(a)}" for a in required)
            kw.append("stream: bool")
            kw.extend(f"{a.name}: {_annotation(a)}{_default(a)}" for a in optional)
            ret = f"{ret} | {stream_cls}"
        else:
            kw.extend(f"{a.name}: {_annotation(a)}" for a in required)
            kw.append("stream: Literal[False] | Literal[True] | Omit = omit")
            kw.extend(f"{a.name}: {_annotation(a)}{_default(a)}" for a in optional)
            ret = f"{ret} | {stream_cls}"
    else:
        kw.extend(f"{a.name}: {_annotation(a)}" for a in required)
        kw.extend(f"{a.name}: {_annotation(a)}{_default(a)}" for a in optional)
    kw.extend(
        [
            "extra_headers: Headers | None = None",
            "extra_query: Query | None = None",
            "extra_body: Body | None = None",
            "timeout: float | Timeout | None | NotGiven = not_given",
            "deadline: float | None | NotGiven = not_given",
        ]
    )
    parts.append("*")
    parts.extend(kw)
    return ", ".join(parts), ret


def _return_annotation(method: Method, is_async: bool) -> str:
    if method.page:
        sync_cls, async_cls = PAGE_CLASSES[method.page]
        item = method.returns.code
        if is_async:
            return f"AsyncPaginator[{item}, {async_cls}[{item}]]"
        return f"{sync_cls}[{item}]"
    return method.returns.code


def _path_expr(method: Method) -> str:
    if not method.path_args:
        return repr(method.path)
    rendered = re.sub(r"{([^}]+)}", lambda m: "{path_param(" + repr(m.group(1)) + ", " + m.group(1) + ")}", method.path)
    return "f" + repr(rendered)


def _dict_expr(args: list[Arg], *, with_stream: bool = False) -> str:
    items = [f"{a.wire_name!r}: {a.name}" for a in args]
    if with_stream:
        items.append("'stream': stream")
    return "{" + ", ".join(items) + "}"


def _call(method: Method, is_async: bool) -> str:
    """The statements of the method body after the path checks."""
    lines: list[str] = []
    body_args = method.body_args
    query_args = method.query_args
    stream_in_query = method.stream is not None and method.http_method == "GET"
    stream_in_body = method.stream is not None and not stream_in_query
    has_body = bool(body_args) or stream_in_body
    option_kw: list[str] = []
    if query_args or stream_in_query:
        option_kw.append(f"query={_dict_expr(query_args, with_stream=stream_in_query)}")
    option_kw.extend(f"{n}={n}" for n in ("extra_headers", "extra_query", "extra_body", "timeout", "deadline"))
    headers: list[str] = [f"{k!r}: {v!r}" for k, v in method.headers.items()]
    if method.multipart:
        headers.append("'Content-Type': 'multipart/form-data'")
    for h in method.header_args:
        value = f"','.join({h.name})" if h.type.code.startswith("List[") else h.name
        if h.required:
            headers.append(f"{h.wire_name!r}: {value}")
    optional_header_args = [h for h in method.header_args if not h.required]
    if headers or optional_header_args:
        if optional_header_args:
            lines.append(f"method_headers: dict[str, str] = {{{', '.join(headers)}}}")
            for h in optional_header_args:
                value = f"','.join({h.name})" if h.type.code.startswith("List[") else h.name
                lines.append(f"if not isinstance({h.name}, Omit):")
                lines.append(f"    method_headers[{h.wire_name!r}] = {value}")
            option_kw.append("headers=method_headers")
        else:
            option_kw.append(f"headers={{{', '.join(headers)}}}")
    if method.security != "api_key":
        option_kw.append(f"security={method.security!r}")
    options = f"make_request_options({', '.join(option_kw)})"
    path = _path_expr(method)
    if method.kind == "none":
        cast_to = "NoneType"
    elif method.kind == "str":
        cast_to = "str"
    elif method.kind == "binary":
        cast_to = "HttpxBinaryResponseContent"
    elif method.returns_class:
        cast_to = method.returns.code
    else:
        cast_to = f"cast(Any, {method.returns.code})"
    if method.cast_by is not None:
        # the response type follows an argument's value (`response_format`), as the API's response does
        arg, by_value, default = method.cast_by
        table = ", ".join(f"{value!r}: {t.code}" for value, t in by_value)
        lines.append(f"cast_to_by_{arg}: dict[str, Any] = {{{table}}}")
        cast_to = f"cast_to_by_{arg}.get({arg} if isinstance({arg}, str) else '', {default.code})"
    if method.multipart and has_body:
        lines.append(f"multipart_body = {_dict_expr(body_args, with_stream=stream_in_body)}")
        paths = repr(method.file_paths)
        lines.append(f"multipart_files = extract_files(cast('Mapping[str, object]', multipart_body), paths={paths})")
        body_expr = "multipart_body"
        files_expr = "multipart_files"
    else:
        body_expr = _dict_expr(body_args, with_stream=stream_in_body) if has_body else ""
        files_expr = ""
    verb = method.http_method.lower()
    if method.page:
        sync_cls, async_cls = PAGE_CLASSES[method.page]
        page_cls = async_cls if is_async else sync_cls
        model = method.returns.code if method.returns_class else f"cast(Any, {method.returns.code})"
        kwargs = [path, f"page={page_cls}[{method.returns.code}]", f"options={options}", f"model={model}"]
        if has_body:
            kwargs.insert(1, f"body={body_expr}")
        if verb != "get":
            kwargs.append(f"method={verb!r}")
        lines.append(f"return self._get_api_list({', '.join(kwargs)})")
        return "\n".join(lines)
    kwargs = [path]
    sends_body = has_body and verb != "get"
    if method.prepare is not None:
        # A hand-written hook (config `prepare:`) sees the request before it is sent and may change the body, the
        # options (a `post_parser` for the result) and the response type.
        hook = split_ref(method.prepare)[1]
        hook_body = body_expr if sends_body else "None"
        lines.append(f"prepared_body, prepared_options, prepared_cast_to = {hook}({hook_body}, {options}, {cast_to})")
        body_expr, options, cast_to = "prepared_body", "prepared_options", "prepared_cast_to"
    if sends_body:
        kwargs.append(f"body={body_expr}")
    if files_expr:
        kwargs.append(f"files={files_expr}")
    kwargs.append(f"options={options}")
    kwargs.append(f"cast_to={cast_to}")
    if method.stream is not None:
        stream_cls = ("AsyncStream" if is_async else "Stream") + f"[{method.stream.code}]"
        kwargs.append("stream=stream or False")
        kwargs.append(f"stream_cls={stream_cls}")
    call = f"self._{verb}({', '.join(kwargs)})"
    if is_async:
        call = f"await {call}"
    if not method.returns_class and method.kind == "model":
        ret = _return_annotation(method, is_async)
        if method.stream is not None:
            stream_cls = ("AsyncStream" if is_async else "Stream") + f"[{method.stream.code}]"
            ret = f"{ret} | {stream_cls}"
        call = f"cast({ret!r}, {call})"
    lines.append(f"return {call}")
    return "\n".join(lines)


def method_view(method: Method) -> MethodView:
    variants: list[dict[str, str]] = []
    if method.stream is not None:
        for variant in ("false", "true", "bool"):
            sync_sig, sync_ret = _signature(method, stream_variant=variant, is_async=False)
            async_sig, async_ret = _signature(method, stream_variant=variant, is_async=True)
            variants.append(
                {"sig": sync_sig, "ret": sync_ret, "async_sig": async_sig, "async_ret": async_ret, "overload": "1"}
            )
    sync_sig, sync_ret = _signature(method, stream_variant=None, is_async=False)
    async_sig, async_ret = _signature(method, stream_variant=None, is_async=True)
    variants.append({"sig": sync_sig, "ret": sync_ret, "async_sig": async_sig, "async_ret": async_ret, "overload": ""})
    decorators: list[str] = []
    if method.deprecated is not None:
        decorators.append(f"@typing_extensions.deprecated({method.deprecated!r})")
    return MethodView(
        m=method,
        variants=variants,
        decorators=decorators,
        docstring=method_docstring(method, indent=8),
        call=_call(method, is_async=False),
        call_async=_call(method, is_async=True),
        is_list=method.page is not None,
    )


def _resource_imports(resource: Resource) -> list[str]:
    imports = ImportSet()
    for name in ("Body", "Omit", "Query", "Headers", "NotGiven", "Timeout", "omit", "not_given"):
        imports.add("openai._types", name)
    base_sync = "SyncAPIResource"
    base_async = "AsyncAPIResource"
    if resource.mixins:
        sm, sn = split_ref(resource.mixins[0])
        am, an = split_ref(resource.mixins[1])
        imports.add(sm, sn)
        imports.add(am, an)
    else:
        imports.add("openai._resource", base_sync)
        imports.add("openai._resource", base_async)
    imports.add("functools", "cached_property")
    imports.add("openai._response", "to_raw_response_wrapper")
    imports.add("openai._response", "async_to_raw_response_wrapper")
    imports.add("openai._response", "to_streamed_response_wrapper")
    imports.add("openai._response", "async_to_streamed_response_wrapper")
    if not resource.methods:
        return imports.lines()
    imports.add("openai._base_client", "make_request_options")
    for m in resource.methods:
        if m.deprecated is not None:
            imports.add_module("typing_extensions")
        if m.prepare is not None:
            imports.add(*split_ref(m.prepare))
        imports.add_expr(m.returns)
        for a in [*m.path_args, *m.params]:
            imports.add_expr(a.type)
        if m.path_args:
            imports.add("openai._utils", "path_param")
        if m.stream is not None:
            imports.add_expr(m.stream)
            imports.add("openai._streaming", "Stream")
            imports.add("openai._streaming", "AsyncStream")
            imports.add("typing_extensions", "Literal")
            imports.add("typing", "overload")
        if m.page:
            sync_cls, async_cls = PAGE_CLASSES[m.page]
            imports.add("openai.pagination", sync_cls)
            imports.add("openai.pagination", async_cls)
            imports.add("openai.pagination", "AsyncPaginator")
        if m.kind == "binary":
            imports.add("openai._response", "StreamedBinaryAPIResponse")
            imports.add("openai._response", "AsyncStreamedBinaryAPIResponse")
            imports.add("openai._response", "to_custom_streamed_response_wrapper")
            imports.add("openai._response", "async_to_custom_streamed_response_wrapper")
        if m.kind == "none":
            imports.add("openai._types", "NoneType")
        if m.multipart:
            imports.add("openai._files", "extract_files")
            imports.add("typing", "Mapping")
            imports.add("typing", "cast")
        if not m.returns_class and m.kind == "model":
            imports.add("typing", "Any")
            imports.add("typing", "cast")
        for h in m.header_args:
            imports.add_expr(h.type)
        if m.cast_by is not None:
            imports.add("typing", "Any")
            imports.add_expr(m.cast_by[2])
            for _, t in m.cast_by[1]:
                imports.add_expr(t)
    return imports.lines()


def render_resource_module(env: jinja2.Environment, resource: Resource) -> str:
    template = env.get_template("resource.py.jinja")
    children = [
        {
            "attr": c.attr,
            "class_name": c.class_name,
            "module": c.module,
        }
        for c in resource.children
    ]
    children.extend({"attr": attr, "class_name": c.class_name, "module": c.module} for attr, c in resource.aliases)
    for m in resource.methods:
        if keyword.iskeyword(m.name):
            raise ConfigError(f"{m.client_path}: method name is a Python keyword")
    generated = {m.name for m in resource.methods}
    for name in resource.wrapped_helpers:
        if name in generated:
            raise ConfigError(
                f"resources.mixins.{'.'.join(resource.path)}.wrap: {name!r} is a generated method, wrapped already"
            )
    base_sync = split_ref(resource.mixins[0])[1] if resource.mixins else "SyncAPIResource"
    base_async = split_ref(resource.mixins[1])[1] if resource.mixins else "AsyncAPIResource"
    return template.render(
        resource=resource,
        imports=_resource_imports(resource),
        children=children,
        methods=[method_view(m) for m in resource.methods],
        base_sync=base_sync,
        base_async=base_async,
        docstring=f"The `client.{'.'.join(resource.path)}` resource: {len(resource.methods)} method(s).",
        any_deprecated=any(m.deprecated is not None for m in resource.methods),
    )


def _package_init(env: jinja2.Environment, exports: dict[str, str], doc: str, submodules: set[str]) -> str:
    """A lazily importing package `__init__.py` (name → module; submodules reachable as attributes)."""
    clash = sorted(submodules & exports.keys())
    if clash:
        raise ConfigError(f"{doc}: {clash} name both a submodule and an exported class")
    return env.get_template("package_init.py.jinja").render(
        exports=sorted(exports.items()), doc=doc, submodules=sorted(submodules)
    )


def _class_names(r: Resource) -> list[str]:
    n = r.class_name
    return [
        n,
        f"Async{n}",
        f"{n}WithRawResponse",
        f"Async{n}WithRawResponse",
        f"{n}WithStreamingResponse",
        f"Async{n}WithStreamingResponse",
    ]


def render_resources(tree: ResourceTree) -> dict[str, str]:
    """Every file under `src/openai/resources/` (paths relative to the repository root)."""
    env = jinja_env()
    out: dict[str, str] = {}
    for resource in tree.walk():
        out[f"src/openai/resources/{resource.file}"] = render_resource_module(env, resource)
        if resource.is_package:
            exports: dict[str, str] = {}
            for name in _class_names(resource):
                exports[name] = resource.module
            for child in resource.children:
                for name in _class_names(child):
                    exports[name] = child.module
            out[f"src/openai/resources/{'/'.join(resource.path)}/__init__.py"] = _package_init(
                env,
                exports,
                f"Resource classes of `client.{'.'.join(resource.path)}` and its sub-resources.",
                {resource.attr, *(child.attr for child in resource.children)},
            )
    top_exports: dict[str, str] = {}
    for resource in tree.top:
        for name in _class_names(resource):
            top_exports[name] = resource.module
    out["src/openai/resources/__init__.py"] = _package_init(
        env,
        top_exports,
        "Resource classes of the clients' top-level namespaces, imported on first use.",
        {resource.attr for resource in tree.top},
    )
    return out
