"""Routing of requests to operations, and the resource families derived from the operation table.

The table is `openai._operations.OPERATIONS` (generated from the spec) or any sequence of rows with the same
attributes. Each row's path template becomes a matcher; literal query strings in templates
(`/responses?beta=true`) must be present in the request's query. Literal segments win over parameters, so
`/videos/characters` is never read as `/videos/{video_id}`.

Every operation also gets a *role* in a resource family, derived from its path and method name:
`create` (POST on a collection that has an item path), `list`, `retrieve`, `update`, `delete` (on the item
path), `action` (a POST on a sub-path of an item, such as `/batches/{batch_id}/cancel`), `content` (a GET of
the item's `/content`), or `other` (everything stateless: generation endpoints, searches, singletons).
"""

from __future__ import annotations

import re
from typing import Any, Protocol, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

__all__ = ["OperationRow", "Route", "Router", "Match", "load_operations"]


class OperationRow(Protocol):
    """The attributes of `openai._operations.Operation` the server reads."""

    @property
    def id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def client_path(self) -> str: ...
    @property
    def params_type(self) -> str | None: ...
    @property
    def response_type(self) -> str | None: ...
    @property
    def page(self) -> str | None: ...
    @property
    def stream_type(self) -> str | None: ...
    @property
    def binary(self) -> bool: ...
    @property
    def multipart(self) -> bool: ...
    @property
    def path_params(self) -> tuple[str, ...]: ...
    @property
    def query_params(self) -> tuple[str, ...]: ...
    @property
    def body_required(self) -> tuple[str, ...]: ...
    @property
    def security(self) -> str: ...


def load_operations() -> tuple[OperationRow, ...]:
    """The generated operation table of the installed package."""
    from .. import _operations  # pyright: ignore[reportAttributeAccessIssue] -- generated module

    return tuple(_operations.OPERATIONS)  # pyright: ignore[reportUnknownArgumentType, reportUnknownMemberType] -- generated table


_PARAM = re.compile(r"\{([^}/]+)\}")
_ITEM_VERBS = {"GET": "retrieve", "POST": "update", "DELETE": "delete", "PATCH": "update", "PUT": "update"}


@dataclass(frozen=True)
class Route:
    """An operation with its compiled matcher and its role in a resource family."""

    operation: OperationRow
    template: str  # path template without the literal query
    literal_query: tuple[tuple[str, str], ...]
    pattern: re.Pattern[str] | None  # None for templates without parameters
    param_names: tuple[str, ...]
    literal_segments: int
    role: str
    collection: str | None  # collection template for stateful roles
    item_param: str | None  # the collection's item parameter name

    @property
    def method_name(self) -> str:
        return self.operation.client_path.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Match:
    route: Route
    params: dict[str, str]


def _split_template(path: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    template, _, query = path.partition("?")
    pairs: list[tuple[str, str]] = []
    for item in query.split("&") if query else ():
        name, _, value = item.partition("=")
        pairs.append((name, value))
    return template, tuple(pairs)


class Router:
    """Matches `(method, path, query)` to a `Route`; see the module docstring."""

    def __init__(self, operations: Sequence[OperationRow]) -> None:
        templates: dict[str, set[str]] = {}
        for operation in operations:
            template, _ = _split_template(operation.path)
            templates.setdefault(template, set()).add(operation.method.upper())
        # A collection is any path followed by a parameter somewhere in the table: `/uploads` is one because of
        # `/uploads/{upload_id}/complete`, even though `/uploads/{upload_id}` itself has no operation.
        item_of: dict[str, str] = {}
        for template in templates:
            segments = template.split("/")
            for index, segment in enumerate(segments):
                found = _PARAM.fullmatch(segment)
                if found and index > 1:
                    item_of.setdefault("/".join(segments[:index]), found.group(1))

        self.routes: list[Route] = []
        self._static: dict[tuple[str, str], list[Route]] = {}
        self._dynamic: dict[tuple[str, int], list[Route]] = {}
        self.by_client_path: dict[str, Route] = {}
        self.by_id: dict[str, Route] = {}
        self.creatable: set[str] = set()
        for operation in operations:
            route = self._route(operation, item_of)
            self.routes.append(route)
            self.by_client_path.setdefault(operation.client_path, route)
            self.by_id.setdefault(operation.id, route)
            if route.role == "create" and route.collection is not None:
                self.creatable.add(route.collection)
            method = operation.method.upper()
            if route.pattern is None:
                self._static.setdefault((method, route.template), []).append(route)
            else:
                key = (method, route.template.count("/"))
                self._dynamic.setdefault(key, []).append(route)
        for bucket in [*self._static.values(), *self._dynamic.values()]:
            # Literal query first (it is the more specific route), then more literal segments first.
            bucket.sort(key=lambda r: (-len(r.literal_query), -r.literal_segments))

    @staticmethod
    def _route(operation: OperationRow, item_of: dict[str, str]) -> Route:
        template, literal_query = _split_template(operation.path)
        names = tuple(_PARAM.findall(template))
        pattern: re.Pattern[str] | None = None
        if names:
            regex = "".join(
                "([^/]+)" if _PARAM.fullmatch(part) else re.escape(part) for part in re.split(r"(\{[^}/]+\})", template)
            )
            pattern = re.compile(regex)
        segments = [part for part in template.split("/") if part]
        literal_segments = sum(1 for part in segments if not _PARAM.fullmatch(part))
        role, collection, item_param = _role(operation, template, item_of)
        return Route(operation, template, literal_query, pattern, names, literal_segments, role, collection, item_param)

    def match(self, method: str, path: str, query: dict[str, Any]) -> Match | None:
        """The route for a request path (already stripped of the `/v1` prefix), or None."""
        method = method.upper()
        for route in self._static.get((method, path), ()):
            if _query_ok(route, query):
                return Match(route, {})
        for route in self._dynamic.get((method, path.count("/")), ()):
            assert route.pattern is not None
            found = route.pattern.fullmatch(path)
            if found and _query_ok(route, query):
                return Match(
                    route, {name: unquote(value) for name, value in zip(route.param_names, found.groups(), strict=True)}
                )
        return None

    def allowed_methods(self, path: str) -> list[str]:
        """Methods that would match `path`, for 405-style diagnostics."""
        methods: list[str] = []
        for (method, template), _ in self._static.items():
            if template == path:
                methods.append(method)
        for (method, _), routes in self._dynamic.items():
            if any(route.pattern is not None and route.pattern.fullmatch(path) for route in routes):
                methods.append(method)
        return sorted(set(methods))

    def lookup(self, operation: str) -> Route:
        """The route for a client path (`"chat.completions.create"`) or an operation id.

        Raises:
            KeyError: no operation has that name.
        """
        route = self.by_client_path.get(operation) or self.by_id.get(operation)
        if route is None:
            raise KeyError(
                f"unknown operation {operation!r}: use a client path such as 'chat.completions.create' or an operation id"
            )
        return route


def _query_ok(route: Route, query: dict[str, Any]) -> bool:
    return all(query.get(name) == value for name, value in route.literal_query)


def _role(operation: OperationRow, template: str, item_of: dict[str, str]) -> tuple[str, str | None, str | None]:
    method = operation.method.upper()
    name = operation.client_path.rsplit(".", 1)[-1]
    parent, _, last = template.rpartition("/")
    last_param = _PARAM.fullmatch(last)
    if last_param and parent in item_of and item_of[parent] == last_param.group(1):
        role = _ITEM_VERBS.get(method, "other")
        if name in ("cancel",) and method == "POST":
            role = "action"
        return role, parent, last_param.group(1)
    if template in item_of:
        if method == "POST" and operation.page is None and not name.startswith(("search", "run", "validate")):
            return "create", template, item_of[template]
        if method == "GET" and operation.page is not None:
            return "list", template, item_of[template]
    grand, _, _ = parent.rpartition("/")
    parent_last = parent.rpartition("/")[2]
    parent_param = _PARAM.fullmatch(parent_last)
    if parent_param and grand in item_of and item_of[grand] == parent_param.group(1) and template not in item_of:
        if method == "GET" and last == "content":
            return "content", grand, parent_param.group(1)
        if method == "POST" and operation.page is None:
            return "action", grand, parent_param.group(1)
    return "other", None, None
