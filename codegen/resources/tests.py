"""Rendering `tests/api_resources/**`: one test module per resource with methods, sync and async classes.

For every method: a call with the required arguments only, one with every argument, the raw and streamed views,
and an empty value for each path parameter (which must raise `ValueError` before any I/O). Streaming operations
get each of those for the plain (`stream` omitted) and the streamed (`stream=True`) overloads.
"""

from __future__ import annotations

from typing import Any, cast

from ..spec import Spec
from .model import PAGE_CLASSES, Arg, Method, Resource, ResourceTree
from .modules import ImportSet, jinja_env
from .examples import ExampleBuilder

__all__ = ["render_tests"]


def _example(builder: ExampleBuilder, arg: Arg, *, full: bool) -> str:
    if arg.location == "header":
        schema: dict[str, Any] = arg.schema or {}
        items = cast("dict[str, Any]", schema.get("items", {}))
        enum = cast("list[str] | None", items.get("enum"))
        return repr([enum[0]] if enum else ["string"]) if schema.get("type") == "array" else repr("string")
    if arg.is_file and arg.schema is None:
        return repr(b"raw file contents")
    return repr(builder.value(arg.schema or {}, full=False, depth=0 if full else 1))


def _args(builder: ExampleBuilder, m: Method, *, full: bool, stream: bool | None, empty: str | None = None) -> str:
    parts: list[str] = []
    for a in m.positional:
        parts.append(repr("" if a.name == empty else a.name))
    for a in m.keyword_path:
        parts.append(f"{a.name}={'' if a.name == empty else a.name!r}")
    # A body that requires one of several key groups gets the first group even in the "required only" call.
    group: set[str] = set(m.body_alternatives[0]) if m.body_alternatives else set()
    for a in m.params:
        if a.required or (a.location == "body" and a.wire_name in group):
            parts.append(f"{a.name}={_example(builder, a, full=full)}")
    if stream is True:
        parts.append("stream=True")
    for a in m.params:
        if not a.required and full and not (a.location == "body" and a.wire_name in group):
            parts.append(f"{a.name}={_example(builder, a, full=full)}")
    if stream is False and full:
        parts.append("stream=False")
    return ", ".join(parts)


def _check(m: Method, imports: ImportSet, *, is_async: bool, streamed: bool) -> str:
    if streamed:
        return "await result.close()" if is_async else "result.close()"
    if m.kind == "none":
        return "assert result is None"
    if m.kind == "str":
        return 'assert_matches_type(str, result, path=["response"])'
    if m.kind == "binary":
        imports.add("openai._legacy_response", "HttpxBinaryResponseContent")
        return "assert isinstance(result, HttpxBinaryResponseContent)"
    imports.add_expr(m.returns)
    expected = m.returns.code
    if m.page:
        sync_cls, async_cls = PAGE_CLASSES[m.page]
        page_cls = async_cls if is_async else sync_cls
        imports.add("openai.pagination", page_cls)
        expected = f"{page_cls}[{expected}]"
    return f'assert_matches_type({expected}, result, path=["response"])'


def _method_tests(builder: ExampleBuilder, m: Method, imports: ImportSet) -> dict[str, Any]:
    variants: list[tuple[str, bool | None]] = [("", None)]
    if m.stream is not None:
        variants = [("_overload_1", False), ("_overload_2", True)]
    cases: list[dict[str, str]] = []
    wrapper_cases: list[dict[str, object]] = []
    for suffix, stream in variants:
        streamed = stream is True
        check = _check(m, imports, is_async=False, streamed=streamed)
        async_check = _check(m, imports, is_async=True, streamed=streamed)
        required_args = _args(builder, m, full=False, stream=stream)
        all_args = _args(builder, m, full=True, stream=stream)
        cases.append({"suffix": suffix, "args": required_args, "check": check, "async_check": async_check})
        if all_args != required_args:
            cases.append(
                {"suffix": f"_with_all_params{suffix}", "args": all_args, "check": check, "async_check": async_check}
            )
        wrapper_cases.append(
            {"suffix": suffix, "args": required_args, "check": check, "async_check": async_check, "streamed": streamed}
        )
    path_cases: list[dict[str, str]] = []
    first_stream = variants[0][1]
    for a in m.path_args:
        suffix = f"_{a.name}" if len(m.path_args) > 1 else ""
        path_cases.append(
            {
                "suffix": suffix,
                "param": a.name,
                "args": _args(builder, m, full=False, stream=first_stream, empty=a.name),
            }
        )
    if m.kind == "binary":
        imports.add("openai._response", "StreamedBinaryAPIResponse")
        imports.add("openai._response", "AsyncStreamedBinaryAPIResponse")
    return {
        "name": m.name,
        "cases": cases,
        "wrapper_cases": wrapper_cases,
        "path_cases": path_cases,
        "binary": m.kind == "binary",
        "deprecated": m.deprecated is not None,
        "http_method": repr(m.http_method),
        "path": repr(m.path),
    }


def _test_path(r: Resource) -> str:
    return "tests/api_resources/" + "/".join([*r.path[:-1], f"test_{r.path[-1]}.py"])


def render_tests(tree: ResourceTree, spec: Spec) -> dict[str, str]:
    builder = ExampleBuilder(spec)
    env = jinja_env()
    template = env.get_template("test_resource.py.jinja")
    out: dict[str, str] = {}
    packages: set[str] = {"tests/api_resources"}
    for r in tree.walk():
        if not r.methods:
            continue
        imports = ImportSet()
        tests = [_method_tests(builder, m, imports) for m in r.methods]
        path = _test_path(r)
        parent = path.rsplit("/", 1)[0]
        while parent.startswith("tests/api_resources"):
            packages.add(parent)
            parent = parent.rsplit("/", 1)[0]
        out[path] = template.render(
            dotted=".".join(r.path),
            class_name=r.class_name,
            imports=imports.lines(),
            tests=tests,
            any_binary=any(t["binary"] for t in tests),
            any_deprecated=any(t["deprecated"] for t in tests),
        )
    for package in sorted(packages):
        out[f"{package}/__init__.py"] = '"""Generated tests of the API resources."""\n'
    return out
