"""Operations → resources: the client surface half of the generator.

`generate_files()` is the entry point the driver calls: it builds the resource tree from the `operations:`
configuration, renders resources, clients, the operations table, `api.md`, `.stats.yml` and the generated tests,
and finally asks the type registry for `src/openai/types/**` (after every method has registered its types).
"""

from __future__ import annotations

from typing import Any
from pathlib import Path

from ..spec import Spec
from .model import Method, Resource, ConfigError, ResourceTree, TypeResolver, build_resources
from .tests import render_tests
from .modules import render_resources
from .outputs import render_stats, render_api_md, render_client, render_operations

__all__ = ["ConfigError", "Method", "Resource", "ResourceTree", "TypeResolver", "build_resources", "generate_files"]


def generate_files(spec: Spec, config: dict[str, Any], registry: TypeResolver, *, config_dir: Path) -> dict[str, str]:
    """Every generated file (path relative to the repository root → unformatted source)."""
    tree = build_resources(spec, config, registry)
    files: dict[str, str] = {}
    files.update(render_resources(tree))
    files.update(render_client(tree))
    files.update(render_operations(tree))
    files.update(render_api_md(tree))
    files.update(render_stats(tree, spec, config_dir))
    files.update(render_tests(tree, spec))
    for path, source in registry.render().items():
        if path in files:
            raise ConfigError(f"{path} is rendered by both the resources and the types half of the generator")
        files[path] = source
    return files
