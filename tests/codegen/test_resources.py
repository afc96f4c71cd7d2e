"""Tests of the resources half of the generator (`codegen.resources`, `codegen.render`) on a small fixture spec.

The fixture (`fixtures/resources/widgets.yaml` + `config.yaml`) has one of each kind of operation: a streaming
create, GET and POST list methods, path parameters (positional and keyword-only), a no-body delete, a binary
download, and an admin-only multipart upload with a header parameter. The golden files under
`fixtures/resources/golden/` are the formatted output (suffixed `.golden` so no tool treats them as code);
refresh them with
`UPDATE_GOLDEN=1 .venv/bin/pytest tests/codegen/test_resources.py`.
"""

from __future__ import annotations

import os
import re
import ast
from typing import Any, cast
from pathlib import Path

import yaml
import pytest

from codegen.spec import Spec, load_spec
from codegen.render import (
    BANNER,
    RenderError,
    diff_tree,
    sync_tree,
    materialize,
    render_to_temp,
)
from codegen.typesys import TypeExpr, ParamField
from codegen.resources import ConfigError, generate_files, build_resources
from codegen.resources.model import camel, split_ref, wrap_text
from codegen.resources.tests import render_tests
from codegen.resources.modules import render_resources
from codegen.resources.outputs import render_stats, render_api_md, render_client, render_operations
from codegen.resources.examples import ExampleBuilder

FIXTURES = Path(__file__).parent / "fixtures" / "resources"
GOLDEN = FIXTURES / "golden"
REPO_ROOT = Path(__file__).resolve().parents[2]


class FakeRegistry:
    """A type resolver with simple, predictable types, so these tests do not depend on the types half."""

    def __init__(self, spec: Spec, config: dict[str, Any]) -> None:
        self.spec = spec
        self.config = config

    def response_type(self, schema: dict[str, Any], *, hint_module: str, hint_name: str) -> TypeExpr:
        return TypeExpr(hint_name, frozenset({(hint_module, hint_name)}))

    def stream_event_type(self, schema_pointer: str) -> TypeExpr:
        name = schema_pointer.rsplit("/", 1)[1]
        module = "openai.types." + re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
        return TypeExpr(name, frozenset({(module, name)}))

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
        fields: list[ParamField] = []
        for p in query_params:
            fields.append(self._fake_field(p["name"], self.spec.resolve(p["schema"]), bool(p.get("required")), p))
        if body_schema is not None:
            node = self.spec.resolve(body_schema)
            required = set(node.get("required", []))
            for name, prop in node.get("properties", {}).items():
                fields.append(self._fake_field(name, self.spec.resolve(prop), name in required, prop))
        return fields

    def _fake_field(self, name: str, node: dict[str, Any], required: bool, doc: dict[str, Any]) -> ParamField:
        is_file = node.get("format") == "binary" or node.get("items", {}).get("format") == "binary"
        imports: frozenset[tuple[str, str]]
        if node.get("format") == "binary":
            code, imports = "FileTypes", frozenset({("openai._types", "FileTypes")})
        elif is_file:
            code, imports = (
                "SequenceNotStr[FileTypes]",
                frozenset({("openai._types", "FileTypes"), ("openai._types", "SequenceNotStr")}),
            )
        elif "enum" in node:
            code = "Literal[" + ", ".join(repr(v) for v in node["enum"]) + "]"
            imports = frozenset({("typing_extensions", "Literal")})
        else:
            code = {"integer": "int", "boolean": "bool", "string": "str"}.get(str(node.get("type")), "object")
            imports = frozenset()
        return ParamField(
            name=name,
            wire_name=name,
            type=TypeExpr(code, imports),
            required=required,
            description=doc.get("description"),
            deprecated=False,
            is_file=is_file,
        )

    def render(self) -> dict[str, str]:
        return {}


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec(FIXTURES / "widgets.yaml")


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    return cast("dict[str, Any]", yaml.safe_load((FIXTURES / "config.yaml").read_text()))


@pytest.fixture(scope="module")
def files(spec: Spec, config: dict[str, Any]) -> dict[str, str]:
    return generate_files(spec, config, FakeRegistry(spec, config), config_dir=FIXTURES)


def _method_source(source: str, cls: str, name: str) -> list[str]:
    """Source of every definition (overloads included) of `cls.name` in `source`."""
    tree = ast.parse(source)
    out: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == name:
                    out.append(ast.get_source_segment(source, item) or "")
    return out


# ---------------------------------------------------------------------------------------------------- naming


def test_camel_joins_snake_case_segments() -> None:
    assert camel("fine_tuning") == "FineTuning"
    assert camel("files") == "Files"


def test_split_ref_requires_module_and_name() -> None:
    assert split_ref("openai.types.widget:Widget") == ("openai.types.widget", "Widget")
    with pytest.raises(ConfigError, match="expected 'module:Name'"):
        split_ref("openai.types.widget")


def test_wrap_text_wraps_prose_and_keeps_list_items() -> None:
    text = "word " * 30 + "\n\n- first item\n- second item"
    lines = wrap_text(text, 40)
    assert all(len(line) <= 40 for line in lines)
    assert lines[-2:] == ["- first item", "- second item"]


def test_wrap_text_shortens_the_first_line_by_the_offset() -> None:
    lines = wrap_text("alpha beta gamma delta", 16, first_offset=6)
    assert len(lines[0]) <= 10
    assert " ".join(lines) == "alpha beta gamma delta"


# ---------------------------------------------------------------------------------------------- the model


def test_resource_tree_follows_client_paths(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    assert [r.attr for r in tree.top] == ["widgets", "hooks"]
    widgets = tree.top[0]
    assert [m.name for m in widgets.methods] == ["create", "list", "search", "retrieve", "delete", "content"]
    assert widgets.is_package and widgets.file == "widgets/widgets.py"
    assert widgets.module == "openai.resources.widgets.widgets"
    (parts,) = widgets.children
    assert parts.file == "widgets/parts.py" and parts.class_name == "Parts"
    assert tree.top[1].methods == [] and tree.top[1].file == "hooks.py"


def test_method_details_come_from_config_and_spec(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    methods = {m.client_path: m for m in tree.methods()}
    upload = methods["widgets.parts.upload"]
    assert [a.name for a in upload.positional] == ["part_id"]
    assert [a.name for a in upload.keyword_path] == ["widget_id"]
    assert upload.multipart and upload.file_paths == [["data"], ["extras", "<array>"]]
    assert upload.security == "admin"
    assert [a.name for a in upload.header_args] == ["betas"]
    assert upload.body_required == ["data"]
    create = methods["widgets.create"]
    assert create.stream is not None and create.stream.code == "WidgetEvent"
    assert "stream" not in [a.name for a in create.params]
    assert methods["widgets.list"].spec_query_params == ["limit", "after"]
    assert methods["widgets.delete"].kind == "none" and methods["widgets.delete"].headers == {"Accept": "*/*"}
    assert methods["widgets.content"].kind == "binary"


def test_path_args_must_name_exactly_the_path_parameters(spec: Spec, config: dict[str, Any]) -> None:
    broken = {**config, "operations": {**config["operations"]}}
    broken["operations"]["widgets.retrieve"] = {**config["operations"]["widgets.retrieve"], "args": ["id"]}
    with pytest.raises(ConfigError, match=r"widgets.retrieve: args \['id'\]"):
        build_resources(spec, broken, FakeRegistry(spec, broken))


def test_unknown_operation_is_a_config_error(spec: Spec, config: dict[str, Any]) -> None:
    broken = {**config, "operations": {"widgets.nope": {"operation": "GET /nope", "returns": "None"}}}
    with pytest.raises(ConfigError, match="no operation 'GET /nope'"):
        build_resources(spec, broken, FakeRegistry(spec, broken))


def test_operation_with_params_but_no_params_module_is_a_config_error(spec: Spec, config: dict[str, Any]) -> None:
    entry = {k: v for k, v in config["operations"]["widgets.search"].items() if k != "params"}
    broken = {**config, "operations": {"widgets.search": entry}}
    with pytest.raises(ConfigError, match="has no `params:`"):
        build_resources(spec, broken, FakeRegistry(spec, broken))


# ------------------------------------------------------------------------------------------ rendered methods


def test_streaming_method_has_three_overloads_and_an_implementation(files: dict[str, str]) -> None:
    source = files["src/openai/resources/widgets/widgets.py"]
    sync_defs = _method_source(source, "Widgets", "create")
    async_defs = _method_source(source, "AsyncWidgets", "create")
    assert len(sync_defs) == len(async_defs) == 4
    assert "stream: Literal[False] | Omit = omit" in sync_defs[0] and "-> Widget:" in sync_defs[0]
    assert "stream: Literal[True]," in sync_defs[1] and "-> Stream[WidgetEvent]:" in sync_defs[1]
    assert "stream: bool," in sync_defs[2] and "-> Widget | Stream[WidgetEvent]:" in sync_defs[2]
    assert "stream_cls=Stream[WidgetEvent]" in sync_defs[3]
    assert "-> AsyncStream[WidgetEvent]:" in async_defs[1]
    assert "stream_cls=AsyncStream[WidgetEvent]" in async_defs[3]
    # Required keyword arguments come before `stream` in the overloads that require it.
    assert sync_defs[1].index("name: str") < sync_defs[1].index("stream: Literal[True]")


def test_sync_and_async_classes_have_the_same_methods(files: dict[str, str]) -> None:
    source = files["src/openai/resources/widgets/widgets.py"]
    tree = ast.parse(source)
    methods: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            methods[node.name] = sorted(
                {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
            )
    assert methods["Widgets"] == methods["AsyncWidgets"]
    assert methods["WidgetsWithRawResponse"] == methods["AsyncWidgetsWithRawResponse"]


def test_list_methods_use_the_page_class_and_post_lists_say_so(files: dict[str, str]) -> None:
    source = files["src/openai/resources/widgets/widgets.py"]
    (list_sync,) = _method_source(source, "Widgets", "list")
    assert "page=SyncCursorPage[Widget]" in list_sync and "query={'limit': limit, 'after': after}" in list_sync
    (list_async,) = _method_source(source, "AsyncWidgets", "list")
    assert list_async.startswith("def list") and "-> AsyncPaginator[Widget, AsyncCursorPage[Widget]]" in list_async
    (search,) = _method_source(source, "Widgets", "search")
    assert "page=SyncPage[Widget]" in search and "method='post'" in search and "body={'query': query}" in search


def test_path_params_are_checked_and_headers_accept_and_security_applied(files: dict[str, str]) -> None:
    widgets = files["src/openai/resources/widgets/widgets.py"]
    (retrieve,) = _method_source(widgets, "Widgets", "retrieve")
    assert "f\"/widgets/{path_param('widget_id', widget_id)}\"" in retrieve
    assert "headers={'OpenAI-Beta': 'widgets=v2'}" in retrieve
    (delete,) = _method_source(widgets, "Widgets", "delete")
    assert "cast_to=NoneType" in delete and "'Accept': '*/*'" in delete
    (content,) = _method_source(widgets, "Widgets", "content")
    assert "cast_to=HttpxBinaryResponseContent" in content and "'Accept': 'application/binary'" in content
    assert "to_custom_streamed_response_wrapper(" in widgets
    parts = files["src/openai/resources/widgets/parts.py"]
    (upload,) = _method_source(parts, "Parts", "upload")
    assert "def upload(self, part_id: str, *, widget_id: str, data: FileTypes," in upload
    assert (
        "extract_files(cast('Mapping[str, object]', multipart_body), paths=[['data'], ['extras', '<array>']])" in upload
    )
    assert "'Content-Type': 'multipart/form-data'" in upload and "security='admin'" in upload
    assert "method_headers['openai-beta'] = ','.join(betas)" in upload


def test_docstrings_carry_summary_description_and_args(files: dict[str, str]) -> None:
    (impl,) = _method_source(files["src/openai/resources/widgets/widgets.py"], "Widgets", "create")[3:]
    doc = ast.get_docstring(cast(ast.FunctionDef, ast.parse(impl).body[0])) or ""
    assert doc.startswith("Create a widget.\n\nCreates a widget and returns it")
    assert "Args:\n  name: The widget's name." in doc and "  color: Its color." in doc
    assert "  timeout: Override the client-level default timeout" in doc


def test_every_generated_python_file_parses(files: dict[str, str]) -> None:
    for path, source in files.items():
        if path.endswith(".py"):
            ast.parse(source, filename=path)


def test_client_imports_resources_lazily(files: dict[str, str]) -> None:
    client = files["src/openai/_client.py"]
    module_level_imports = [node for node in ast.parse(client).body if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert all("resources" not in (getattr(n, "module", "") or "") for n in module_level_imports)
    assert "from openai.resources.widgets.widgets import Widgets\n" in client
    assert "Client = OpenAI" in client and "AsyncClient = AsyncOpenAI" in client


def test_package_init_is_lazy(files: dict[str, str]) -> None:
    init = files["src/openai/resources/widgets/__init__.py"]
    assert '"Parts": "openai.resources.widgets.parts"' in init
    assert "def __getattr__(name: str) -> object:" in init


def test_operations_table_rows(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    source = render_operations(tree)["src/openai/_operations.py"]
    namespace: dict[str, Any] = {}
    exec(compile(source, "_operations.py", "exec"), namespace)
    rows = {op.client_path: op for op in namespace["OPERATIONS"]}
    upload = rows["widgets.parts.upload"]
    assert upload.method == "POST" and upload.path == "/widgets/{widget_id}/parts/{part_id}"
    assert upload.path_params == ("part_id", "widget_id") and upload.multipart and upload.security == "admin"
    assert upload.params_type == "openai.types.widgets.part_upload_params:PartUploadParams"
    assert rows["widgets.list"].page == "cursor" and rows["widgets.list"].query_params == ("limit", "after")
    assert rows["widgets.create"].stream_type == "openai.types.widget_event:WidgetEvent"
    assert rows["widgets.content"].binary and rows["widgets.content"].response_type is None
    assert rows["widgets.create"].body_required == ("name",)


def test_api_md_links_methods_and_types(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    md = render_api_md(tree)["api.md"]
    assert '<a href="./src/openai/resources/widgets/widgets.py">retrieve</a>(widget_id)' in md
    assert "from openai.types.widget import Widget" in md
    assert "client.widgets.parts." in md and "part_id, *, widget_id" in md


def test_stats_count_endpoints_and_hash_inputs(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    stats = yaml.safe_load(render_stats(tree, spec, FIXTURES)[".stats.yml"])
    assert stats["configured_endpoints"] == 7
    assert stats["openapi_spec_hash"] == spec.sha256
    assert re.fullmatch(r"[0-9a-f]{64}", stats["config_hash"])


def test_client_renders_every_top_level_resource(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    client = render_client(tree)["src/openai/_client.py"]
    assert "def widgets(self) -> Widgets:" in client and "def hooks(self) -> AsyncHooks:" in client


# ------------------------------------------------------------------------------------------------ tests + values


def test_generated_tests_cover_each_method_kind(files: dict[str, str]) -> None:
    tests = files["tests/api_resources/test_widgets.py"]
    for name in (
        "test_method_create_overload_1",
        "test_method_create_with_all_params_overload_1",
        "test_method_create_overload_2",
        "test_raw_response_create_overload_2",
        "test_streaming_response_list",
        "test_path_params_retrieve",
        "test_method_content",
    ):
        assert f"def {name}(self, client: OpenAI)" in tests
        assert f"async def {name}(self, async_client: AsyncOpenAI)" in tests
    assert 'match=r"Expected a non-empty value for `widget_id`"' in tests
    parts = files["tests/api_resources/widgets/test_parts.py"]
    assert "def test_path_params_upload_part_id(" in parts and "def test_path_params_upload_widget_id(" in parts
    assert "data=b'raw file contents'" in parts
    assert "tests/api_resources/widgets/__init__.py" in files


def test_examples_respect_schema_constraints(spec: Spec) -> None:
    builder = ExampleBuilder(spec)
    request = spec.get("#/components/schemas/CreateWidgetRequest")
    value = cast("dict[str, Any]", builder.value(request, full=True))
    assert len(value["name"]) >= 10
    assert value["color"] == "red"
    # The first `oneOf` branch, with its required key and its const discriminator.
    assert value["shape"] == {"kind": "polygon", "sides": 3}
    assert builder.value({"type": "integer", "default": 20}) == 20
    assert builder.value({"type": "integer"}) == 1
    assert builder.value({"type": "integer", "minimum": 16}) == 16
    assert builder.value({"type": "string", "format": "binary"}) == b"raw file contents"
    assert builder.value({"type": "array", "minItems": 2, "items": {"type": "boolean"}}) == [True, True]
    assert builder.value({"anyOf": [{"type": "null"}, {"type": "string", "enum": ["a"]}]}) == "a"


def test_render_tests_only_for_resources_with_methods(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    paths = sorted(render_tests(tree, spec))
    assert "tests/api_resources/test_hooks.py" not in paths
    assert "tests/api_resources/test_widgets.py" in paths


def test_resources_are_rendered_as_modules_and_packages(spec: Spec, config: dict[str, Any]) -> None:
    tree = build_resources(spec, config, FakeRegistry(spec, config))
    assert sorted(render_resources(tree)) == [
        "src/openai/resources/__init__.py",
        "src/openai/resources/hooks.py",
        "src/openai/resources/widgets/__init__.py",
        "src/openai/resources/widgets/parts.py",
        "src/openai/resources/widgets/widgets.py",
    ]


# ------------------------------------------------------------------------------------------- writing the tree


def test_materialize_adds_the_banner_and_refuses_foreign_paths(tmp_path: Path) -> None:
    materialize({"src/openai/resources/x.py": "X = 1\n", "api.md": "# API\n"}, tmp_path)
    assert (tmp_path / "src/openai/resources/x.py").read_text().startswith(BANNER + "\n")
    assert (tmp_path / "api.md").read_text() == "# API\n"
    with pytest.raises(RenderError, match="outside the directories the generator owns"):
        materialize({"src/openai/_models.py": ""}, tmp_path)


def test_sync_writes_changes_and_removes_stale_files_but_keeps_listed_ones(tmp_path: Path) -> None:
    rendered, repo = tmp_path / "rendered", tmp_path / "repo"
    materialize({"src/openai/types/a.py": "A = 1\n", "src/openai/types/b.py": "B = 2\n"}, rendered)
    materialize(
        {
            "src/openai/types/a.py": "A = 0\n",
            "src/openai/types/old/c.py": "C = 3\n",
            "src/openai/types/hand.py": "H = 4\n",
        },
        repo,
    )
    keep = frozenset({"src/openai/types/hand.py"})
    diff = diff_tree(rendered, repo, keep=keep)
    assert diff.changed == ("src/openai/types/a.py",)
    assert diff.added == ("src/openai/types/b.py",)
    assert diff.removed == ("src/openai/types/old/c.py",)
    assert not diff.clean
    sync_tree(rendered, repo, keep=keep)
    assert (repo / "src/openai/types/a.py").read_text().endswith("A = 1\n")
    assert not (repo / "src/openai/types/old").exists()
    assert (repo / "src/openai/types/hand.py").exists()
    assert diff_tree(rendered, repo, keep=keep).clean


def test_rendering_is_deterministic_and_matches_golden(spec: Spec, config: dict[str, Any]) -> None:
    first = generate_files(spec, config, FakeRegistry(spec, config), config_dir=FIXTURES)
    second = generate_files(spec, config, FakeRegistry(spec, config), config_dir=FIXTURES)
    assert first == second
    with render_to_temp(first, REPO_ROOT) as tmp:
        rendered = Path(tmp)
        if os.environ.get("UPDATE_GOLDEN"):
            for path in sorted(rendered.rglob("*")):
                if path.is_file() and ".ruff_cache" not in path.parts:
                    target = GOLDEN / f"{path.relative_to(rendered)}.golden"
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(path.read_bytes())
        produced = {
            p.relative_to(rendered).as_posix(): p.read_text()
            for p in rendered.rglob("*")
            if p.is_file() and ".ruff_cache" not in p.parts
        }
    expected = {
        p.relative_to(GOLDEN).as_posix().removesuffix(".golden"): p.read_text()
        for p in GOLDEN.rglob("*.golden")
        if p.is_file()
    }
    assert sorted(produced) == sorted(expected)
    for path, source in produced.items():
        assert source == expected[path], f"{path} differs from its golden copy (UPDATE_GOLDEN=1 to refresh)"


def test_aliases_expose_another_resource_class(spec: Spec, config: dict[str, Any]) -> None:
    aliased = {**config, "resources": {**config["resources"], "aliases": {"widgets.hook_view": "hooks"}}}
    tree = build_resources(spec, aliased, FakeRegistry(spec, aliased))
    source = render_resources(tree)["src/openai/resources/widgets/widgets.py"]
    assert "def hook_view(self) -> Hooks:" in source and "def hook_view(self) -> AsyncHooks:" in source
    assert "return HooksWithRawResponse(self._widgets.hook_view)" in source
    broken = {**config, "resources": {**config["resources"], "aliases": {"widgets.x": "nowhere"}}}
    with pytest.raises(ConfigError, match="not a resource"):
        build_resources(spec, broken, FakeRegistry(spec, broken))


def _with_mixin(config: dict[str, Any], path: str, entry: dict[str, Any]) -> dict[str, Any]:
    return {**config, "resources": {**config["resources"], "mixins": {path: entry}}}


def test_views_wrap_the_mixin_helpers_listed_in_config(spec: Spec, config: dict[str, Any]) -> None:
    entry = {"sync": "openai.lib.widget_helpers:WidgetHelpers", "async": "openai.lib.widget_helpers:AsyncWidgetHelpers"}
    wrapped = _with_mixin(config, "widgets", {**entry, "wrap": ["parse"]})
    source = render_resources(build_resources(spec, wrapped, FakeRegistry(spec, wrapped)))[
        "src/openai/resources/widgets/widgets.py"
    ]
    assert "class Widgets(WidgetHelpers):" in source and "class AsyncWidgets(AsyncWidgetHelpers):" in source
    views = {
        "WidgetsWithRawResponse": "self.parse = to_raw_response_wrapper(widgets.parse)",
        "AsyncWidgetsWithRawResponse": "self.parse = async_to_raw_response_wrapper(widgets.parse)",
        "WidgetsWithStreamingResponse": "self.parse = to_streamed_response_wrapper(widgets.parse)",
        "AsyncWidgetsWithStreamingResponse": "self.parse = async_to_streamed_response_wrapper(widgets.parse)",
    }
    for cls, line in views.items():
        (init,) = _method_source(source, cls, "__init__")
        assert line in init, cls
    # Without `wrap` the helpers stay off the views: stream managers and polling helpers are not wrapped.
    plain = _with_mixin(config, "widgets", entry)
    plain_source = render_resources(build_resources(spec, plain, FakeRegistry(spec, plain)))[
        "src/openai/resources/widgets/widgets.py"
    ]
    assert "widgets.parse" not in plain_source


@pytest.mark.parametrize(
    ("wrap", "message"),
    [
        ("parse", "expected a list of method names, got str"),
        (["parse", "parse"], "'parse' is listed twice"),
        (["not a name"], "'not a name' is not a method name"),
        (["class"], "'class' is not a method name"),
        (["create"], "'create' is a generated method, wrapped already"),
    ],
)
def test_bad_wrap_lists_are_config_errors(spec: Spec, config: dict[str, Any], wrap: object, message: str) -> None:
    entry = {"sync": "openai.lib.w:W", "async": "openai.lib.w:AsyncW", "wrap": wrap}
    broken = _with_mixin(config, "widgets", entry)
    with pytest.raises(ConfigError, match=re.escape(f"resources.mixins.widgets.wrap: {message}")):
        render_resources(build_resources(spec, broken, FakeRegistry(spec, broken)))


def test_reexports_import_hand_written_classes_into_the_resource_module(spec: Spec, config: dict[str, Any]) -> None:
    names = {"Handle": "openai.lib.widget_io:WidgetHandle", "Stream": "openai.lib.widget_io:Stream"}
    configured = {**config, "resources": {**config["resources"], "reexports": {"widgets": names}}}
    source = render_resources(build_resources(spec, configured, FakeRegistry(spec, configured)))[
        "src/openai/resources/widgets/widgets.py"
    ]
    assert "from openai.lib.widget_io import WidgetHandle as Handle" in source
    assert "from openai.lib.widget_io import Stream\n" in source
    assert '"Handle",' in source and '"Stream",' in source


@pytest.mark.parametrize(
    ("reexports", "message"),
    [
        ({"nowhere": {"X": "m:X"}}, "resources.reexports: 'nowhere' is not a resource"),
        ({"widgets": ["X"]}, "resources.reexports.widgets: expected a mapping"),
        ({"widgets": {"not a name": "m:X"}}, "'not a name' is not a Python name"),
        ({"widgets": {"AsyncWidgetsWithRawResponse": "m:X"}}, "is a class the module defines"),
        ({"widgets": {"X": "no_colon"}}, "expected 'module:Name', got 'no_colon'"),
    ],
)
def test_bad_reexports_are_config_errors(
    spec: Spec, config: dict[str, Any], reexports: dict[str, object], message: str
) -> None:
    broken = {**config, "resources": {**config["resources"], "reexports": reexports}}
    with pytest.raises(ConfigError, match=re.escape(message)):
        build_resources(spec, broken, FakeRegistry(spec, broken))


# ------------------------------------------------------------------------------------------------ the driver


def test_load_config_merges_the_types_file(tmp_path: Path) -> None:
    from codegen.__main__ import load_config

    (tmp_path / "config.yaml").write_text("operations: {}\n")
    assert load_config(tmp_path) == {"operations": {}}
    (tmp_path / "config.types.yaml").write_text("types:\n  names: {A: B}\n")
    assert load_config(tmp_path) == {"operations": {}, "types": {"names": {"A": "B"}}}
    (tmp_path / "config.types.yaml").write_text("- not a mapping\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_config(tmp_path)


def test_driver_writes_then_checks_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import codegen.__main__ as driver

    monkeypatch.setattr(driver, "CONFIG_DIR", FIXTURES)
    monkeypatch.setattr(driver, "TypeRegistry", FakeRegistry)
    args = ["--spec", str(FIXTURES / "widgets.yaml"), "--root", str(tmp_path)]
    assert driver.main(args) == 0
    assert (tmp_path / "src/openai/resources/widgets/widgets.py").read_text().startswith(BANNER)
    assert driver.main([*args, "--check"]) == 0
    (tmp_path / "src/openai/resources/hooks.py").write_text("# edited by hand\n")
    (tmp_path / "src/openai/resources/stray.py").write_text("")
    capsys.readouterr()
    assert driver.main([*args, "--check"]) == 1
    out = capsys.readouterr().out
    assert "changed: src/openai/resources/hooks.py" in out and "stale:   src/openai/resources/stray.py" in out
    assert driver.main(args) == 0
    assert not (tmp_path / "src/openai/resources/stray.py").exists()
    assert driver.main([*args, "--check"]) == 0


def _with_prepare(config: dict[str, Any], path: str, ref: object) -> dict[str, Any]:
    operations = {**config["operations"], path: {**config["operations"][path], "prepare": ref}}
    return {**config, "operations": operations}


def test_prepare_hook_sees_the_request_before_it_is_sent(spec: Spec, config: dict[str, Any]) -> None:
    hooked = _with_prepare(config, "widgets.retrieve", "openai.lib.widget_helpers:prepare_widget")
    source = render_resources(build_resources(spec, hooked, FakeRegistry(spec, hooked)))[
        "src/openai/resources/widgets/widgets.py"
    ]
    assert "from openai.lib.widget_helpers import prepare_widget" in source
    for cls in ("Widgets", "AsyncWidgets"):
        (retrieve,) = _method_source(source, cls, "retrieve")
        call = retrieve[retrieve.index("prepared_body, prepared_options, prepared_cast_to = prepare_widget(") :]
        # A GET sends no body: the hook gets None and the call sends the options and type the hook returned.
        assert "prepare_widget(None," in " ".join(call.split())
        assert "options=prepared_options, cast_to=prepared_cast_to" in " ".join(call.split())
        assert "body=prepared_body" not in call
    ast.parse(source)
    # Methods without a hook are generated as before.
    (create,) = [s for s in _method_source(source, "Widgets", "create") if "self._post" in s]
    assert "prepare_widget" not in create


@pytest.mark.parametrize(
    ("path", "ref", "message"),
    [
        ("widgets.retrieve", 3, "prepare must be 'module:function'"),
        ("widgets.retrieve", "no_colon", "expected 'module:Name'"),
        ("widgets.list", "openai.lib.w:hook", "prepare hooks are supported on plain"),
        ("widgets.parts.upload", "openai.lib.w:hook", "prepare hooks are supported on plain"),
    ],
)
def test_bad_prepare_hooks_are_config_errors(
    spec: Spec, config: dict[str, Any], path: str, ref: object, message: str
) -> None:
    broken = _with_prepare(config, path, ref)
    with pytest.raises(ConfigError, match=re.escape(message)):
        build_resources(spec, broken, FakeRegistry(spec, broken))
