"""Request bodies the spec itself shows, and the ones the generated "all params" tests send, as data for
`test_spec_requests.py`.

Three sources:

- `curl_requests`: every `x-oaiMeta` example's `curl` command, read like curl would (`-d` JSON bodies, `-F`
  form fields and `@file` uploads, the query string of the URL);
- `python_requests`: every example's `python` snippet: the call of the example's method, its arguments evaluated
  from the snippet's own assignments (`open(...)` is a file, a model constructor `X(a=1)` the object `{"a": 1}`);
- `all_params_calls`: the calls of the generated `test_method_*_with_all_params*` tests in `tests/api_resources`.

Examples address objects by made-up ids, and some URLs of the examples have typos (`files_batches`), so a request
is sent to its own operation's path template filled with placeholder ids, with the example's query and body.
"""

from __future__ import annotations

import os
import re
import ast
import json
import shlex
from typing import Any, Iterator, Sequence, cast
from pathlib import Path
from dataclasses import field, dataclass
from urllib.parse import urlsplit, parse_qsl

import yaml

from openai._operations import OPERATIONS, Operation

ROOT = Path(__file__).resolve().parents[2]
FILE_CONTENT = b"example file contents"


def spec_path() -> Path:
    return Path(os.environ.get("SPEC_PATH") or ROOT.parent / "shared" / "reference" / "openapi.yaml")


def load_spec() -> dict[str, Any]:
    path = spec_path()
    if not path.exists():
        raise FileNotFoundError(f"the OpenAPI spec is needed for these tests: set SPEC_PATH (looked at {path})")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return cast("dict[str, Any]", yaml.load(path.read_bytes(), Loader=loader))


@dataclass
class SpecRequest:
    """One request: `json` for a JSON body, `form` + `files` for multipart, `kwargs` for a Python call."""

    source: str  # "curl POST /responses #2 (Image input)"
    operation: Operation
    query: dict[str, Any] = field(default_factory=lambda: {})
    json: dict[str, Any] | None = None
    form: dict[str, Any] | None = None
    files: list[tuple[str, tuple[str | None, bytes, str | None]]] = field(default_factory=lambda: [])
    problem: str | None = None  # why no request could be read from the example

    @property
    def path(self) -> str:
        template = self.operation.path.split("?", 1)[0]
        return re.sub(r"\{([^}]+)\}", lambda m: f"{m.group(1)}_example", template)


def _operations() -> dict[tuple[str, str], Operation]:
    return {(op.method.upper(), op.path): op for op in OPERATIONS}


def _examples(spec: dict[str, Any]) -> Iterator[tuple[Operation, int, str, dict[str, Any]]]:
    operations = _operations()
    for path, item in cast("dict[str, Any]", spec["paths"]).items():
        for method, raw in cast("dict[str, Any]", item).items():
            if not isinstance(raw, dict):
                continue
            meta: dict[str, Any] = cast("dict[str, Any]", raw).get("x-oaiMeta") or {}
            examples: object = meta.get("examples")
            if examples is None:
                continue
            operation = operations[(method.upper(), path)]
            listed = cast("list[dict[str, Any]]", examples if isinstance(examples, list) else [examples])
            for index, example in enumerate(listed, 1):
                request = example.get("request")
                if isinstance(request, dict):
                    title = str(example.get("title") or "")
                    yield operation, index, title, cast("dict[str, Any]", request)


def _label(kind: str, operation: Operation, index: int, title: str) -> str:
    return f"{kind} {operation.method.upper()} {operation.path} #{index}" + (f" ({title})" if title else "")


# -- curl -------------------------------------------------------------------------------------------------------


def curl_requests(spec: dict[str, Any]) -> list[SpecRequest]:
    out: list[SpecRequest] = []
    for operation, index, title, request in _examples(spec):
        command = request.get("curl")
        if isinstance(command, str):
            out.append(_from_curl(command, SpecRequest(_label("curl", operation, index, title), operation)))
    return out


def _from_curl(command: str, request: SpecRequest) -> SpecRequest:
    # Headers play no part in validation, and an unbalanced quote in one (the spec has one) would stop shlex.
    lines = [line for line in command.splitlines() if not re.match(r"\s*(-H|--header)\s", line)]
    try:
        tokens = shlex.split(" ".join(line.rstrip().removesuffix("\\") for line in lines))
    except ValueError as exc:
        request.problem = f"not a shell command: {exc}"
        return request
    data: str | None = None
    form: list[str] = []
    url = ""
    position = 1
    while position < len(tokens):
        token = tokens[position]
        if token in ("-d", "--data", "--data-raw", "--data-binary"):
            data = tokens[position + 1]
            position += 2
        elif token in ("-F", "--form"):
            form.append(tokens[position + 1])
            position += 2
        elif token in ("-X", "--request", "-o", "--output", "-D", "--dump-header"):
            position += 2
        else:
            if token.startswith(("http://", "https://")):
                url = token
            position += 1
    request.query = dict(parse_qsl(urlsplit(url).query))
    if data is not None and data.strip():
        try:
            body = json.loads(data)
        except ValueError as exc:
            request.problem = f"the -d body is not JSON: {exc}"
            return request
        if not isinstance(body, dict):
            request.problem = "the -d body is not a JSON object"
            return request
        request.json = cast("dict[str, Any]", body)
    if form:
        request.form = {}
        for item in form:
            name, _, value = item.partition("=")
            value, _, content_type = value.partition(";type=")
            if value.startswith(("@", "<")):
                filename = value[1:].rsplit("/", 1)[-1] if value.startswith("@") else None
                request.files.append((name, (filename, FILE_CONTENT, content_type or None)))
            elif content_type:
                request.files.append((name, (None, value.encode(), content_type)))
            else:
                previous = request.form.get(name)
                if previous is None:
                    request.form[name] = value
                else:
                    request.form[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
    return request


# -- python -----------------------------------------------------------------------------------------------------


class Unresolved(Exception):
    """A snippet expression this reader does not evaluate."""


def python_requests(spec: dict[str, Any]) -> list[SpecRequest]:
    out: list[SpecRequest] = []
    for operation, index, title, request in _examples(spec):
        snippet = request.get("python")
        if isinstance(snippet, str):
            out.append(_from_python(snippet, SpecRequest(_label("python", operation, index, title), operation)))
    return out


def _chain(node: ast.expr) -> list[str] | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


def _evaluate(node: ast.expr, env: dict[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Dict):
        if any(key is None for key in node.keys):
            raise Unresolved("a ** expansion in a dict")
        return {
            _evaluate(cast("ast.expr", k), env): _evaluate(v, env) for k, v in zip(node.keys, node.values, strict=True)
        }
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [_evaluate(item, env) for item in node.elts]
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        if node.id in ("True", "False", "None"):
            return {"True": True, "False": False, "None": None}[node.id]
        raise Unresolved(f"the name {node.id!r}")
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(_evaluate(v, env)) if isinstance(v, ast.FormattedValue) else str(cast(ast.Constant, v).value)
            for v in node.values
        )
    if isinstance(node, ast.FormattedValue):
        return _evaluate(node.value, env)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_evaluate(node.operand, env)
    if isinstance(node, ast.Call):
        chain = _chain(node.func) or []
        if chain[-1:] in (["open"], ["read_bytes"]) or chain[-2:] == ["Path", "open"]:
            return FILE_CONTENT
        if not node.args and all(k.arg is not None for k in node.keywords):
            # A model or TypedDict constructor: the object it builds is its keyword arguments.
            return {cast(str, k.arg): _evaluate(k.value, env) for k in node.keywords}
        if chain and all(isinstance(a, (ast.Constant, ast.JoinedStr)) for a in node.args) and not node.keywords:
            # A helper of the snippet that turns a file name into a value (`to_data_url("a.wav")`).
            return f"data:application/octet-stream;base64,{'A' * 8}"
    raise Unresolved(ast.unparse(node)[:80])


def _from_python(snippet: str, request: SpecRequest) -> SpecRequest:
    try:
        tree = ast.parse(snippet)
    except SyntaxError as exc:
        request.problem = f"not Python: {exc}"
        return request
    operation = request.operation
    env: dict[str, Any] = {}
    calls: list[tuple[str, ast.Call]] = []
    for node in ast.walk(tree):
        bindings: list[tuple[ast.expr, ast.expr]] = []
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            bindings.append((node.targets[0], node.value))
        if isinstance(node, ast.With):
            bindings.extend((item.optional_vars, item.context_expr) for item in node.items if item.optional_vars)
        for target, value in bindings:
            if isinstance(target, ast.Name):
                try:
                    env[target.id] = _evaluate(value, env)
                except Unresolved:
                    pass
        chain = _chain(node.func) if isinstance(node, ast.Call) else None
        if isinstance(node, ast.Call) and chain and chain[0] in ("client", "openai") and len(chain) > 2:
            path = [part for part in chain[1:] if part not in ("with_raw_response", "with_streaming_response")]
            calls.append((".".join(path), node))
    wanted = (operation.client_path, operation.client_path.removeprefix("beta."))
    matching = [node for path, node in calls if path in wanted]
    if not matching and len(calls) == 1:
        # The snippet spells the method differently from the SDK (`beta.chat_kit.threads.delete`).
        matching = [calls[0][1]]
    if not matching:
        request.problem = f"no call of {operation.client_path} in the snippet"
        return request
    call = matching[0]
    # Path parameters only pick the object (the request goes to placeholder ids), so they need not evaluate.
    positional = call.args[len(operation.path_params) :]
    if positional:
        request.problem = f"{len(call.args)} positional arguments for {len(operation.path_params)} path parameters"
        return request
    try:
        keywords = {
            k.arg: _evaluate(k.value, env)
            for k in call.keywords
            if k.arg is not None and k.arg not in operation.path_params
        }
    except Unresolved as exc:
        request.problem = f"cannot evaluate {exc}"
        return request
    body: dict[str, Any] = dict(keywords.pop("extra_body", None) or {})
    request.query = dict(keywords.pop("extra_query", None) or {})
    keywords.pop("extra_headers", None)
    keywords.pop("timeout", None)
    for name, value in keywords.items():
        if name in operation.query_params:
            request.query[name] = value
        else:
            body[name] = value
    if operation.multipart:
        request.form = {}
        for name, value in body.items():
            files: list[object] = cast("list[object]", value) if isinstance(value, list) else [value]
            if files and all(isinstance(f, bytes) for f in files):
                key = f"{name}[]" if isinstance(value, list) else name
                request.files.extend((key, (f"{name}.bin", f, None)) for f in cast("list[bytes]", files))
            else:
                request.form[name] = value
    elif body or operation.method.upper() not in ("GET", "DELETE"):
        request.json = body
    return request


# -- generated all-params tests -------------------------------------------------------------------------------


@dataclass
class GeneratedCall:
    source: str  # "tests/api_resources/test_files.py::test_method_create_with_all_params"
    client_path: list[str]
    args: list[Any]
    kwargs: dict[str, Any]


def all_params_calls(root: Path = ROOT) -> list[GeneratedCall]:
    calls: list[GeneratedCall] = []
    for test_file in sorted((root / "tests" / "api_resources").rglob("test_*.py")):
        tree = ast.parse(test_file.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("TestAsync")):
            for test in cls.body:
                if not (isinstance(test, ast.FunctionDef) and "_with_all_params" in test.name):
                    continue
                for node in ast.walk(test):
                    chain = _chain(node.func) if isinstance(node, ast.Call) else None
                    if isinstance(node, ast.Call) and chain and chain[0] == "client" and len(chain) > 1:
                        calls.append(
                            GeneratedCall(
                                f"{test_file.relative_to(root)}::{cls.name}::{test.name}",
                                chain[1:],
                                [ast.literal_eval(a) for a in node.args],
                                {cast(str, k.arg): ast.literal_eval(k.value) for k in node.keywords},
                            )
                        )
                        break
    return calls


def describe(requests: Sequence[SpecRequest]) -> str:
    return "\n".join(f"  {r.source}: {r.problem}" for r in requests)


# -- bodies derived from the request schemas --------------------------------------------------------------------


@dataclass
class SchemaBody:
    source: str  # "schema POST /responses application/json, branches #3"
    operation: Operation
    body: dict[str, Any]
    content_type: str


def schema_bodies(spec: dict[str, Any], variants: int = 12) -> list[SchemaBody]:
    """Bodies for every request schema of the spec, every optional key filled at every level, and the `k`-th
    member of every `oneOf`/`anyOf` for k = 0..variants-1 (so each member of a union of up to `variants`
    members appears in some body). Built by the generator's own example builder; distinct bodies only."""
    from codegen.spec import Spec
    from codegen.resources import examples

    class Variant(examples.ExampleBuilder):
        def __init__(self, spec: Spec, k: int) -> None:
            super().__init__(spec)
            self.k = k

        def value(self, schema: object, *, full: bool = False, depth: int = 0) -> object:
            node = self.node(schema)
            # `anyOf`/`oneOf` members that only add `required` to the object around them (one of two keys must be
            # given) choose keys, not a shape: the object keeps its properties.
            for key in ("oneOf", "anyOf"):
                members = [self.node(m) for m in cast("list[object]", node.get(key, []))]
                if "properties" in node and members and all(set(m) <= {"required", "description"} for m in members):
                    node = {k: v for k, v in node.items() if k != key}
                    required = cast("list[str]", members[self.k % len(members)].get("required", []))
                    node["required"] = [*cast("list[str]", node.get("required", [])), *required]
            return super().value(node, full=full, depth=depth)

        def object_value(self, node: dict[str, Any], *, full: bool, depth: int) -> dict[str, object]:
            return super().object_value(node, full=True, depth=depth)

        def _pick_branch(self, branches: list[Any]) -> Any:
            return branches[self.k % len(branches)]

    wrapped = Spec(raw=spec, sha256="")
    operations = _operations()
    out: list[SchemaBody] = []
    # Deeper than the generated tests go, so nested unions are reached too; restored for the generator's tests.
    depth = examples.MAX_DEPTH
    examples.MAX_DEPTH = max(depth, 10)
    try:
        for path, item in cast("dict[str, Any]", spec["paths"]).items():
            for method, raw in cast("dict[str, Any]", item).items():
                if not isinstance(raw, dict) or "requestBody" not in raw:
                    continue
                operation = operations[(method.upper(), path)]
                content = cast("dict[str, Any]", cast("dict[str, Any]", raw)["requestBody"].get("content", {}))
                for content_type, media in content.items():
                    if content_type not in ("application/json", "multipart/form-data"):
                        continue
                    seen: set[str] = set()
                    for k in range(variants):
                        value = Variant(wrapped, k).value(media["schema"], full=True)
                        if not isinstance(value, dict):
                            continue
                        body = cast("dict[str, Any]", value)
                        if repr(body) not in seen:
                            seen.add(repr(body))
                            source = f"schema {method.upper()} {path} {content_type}, branches #{k}"
                            out.append(SchemaBody(source, operation, body, content_type))
    finally:
        examples.MAX_DEPTH = depth
    return out
