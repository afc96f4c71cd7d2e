"""Every public type users import exists at its module and name.

`surface_types.txt` holds the 872 `(module, name)` rows of `surface-types.tsv` (the names application code imports,
mostly package re-exports such as `openai.types.chat.ChatCompletion`); `surface_modules.txt` the deeper names the
generator defines in each module (`openai.types.chat.chat_completion.Choice`). Both lists are facts of the public
surface, written by `python -m codegen.tools.derive_types` so that this test needs no reference data.
"""

from __future__ import annotations

import sys
import importlib
import subprocess
from types import ModuleType
from typing import Any, cast
from pathlib import Path

HERE = Path(__file__).parent


def _rows(filename: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for line in (HERE / filename).read_text().splitlines():
        module, _, name = line.partition("\t")
        rows.append((module, name))
    return rows


def _missing(rows: list[tuple[str, str]]) -> list[str]:
    missing: list[str] = []
    for module, name in rows:
        try:
            value = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            missing.append(f"{module}.{name}: {type(exc).__name__}: {exc}")
            continue
        if value is None:
            missing.append(f"{module}.{name}: is None")
    return missing


def test_every_surface_type_imports() -> None:
    rows = _rows("surface_types.txt")
    assert len(rows) == 872
    missing = _missing(rows)
    print(f"surface-types: {len(rows) - len(missing)} of {len(rows)} import")  # noqa: T201 - the count is the report
    assert missing == []


def test_every_generated_nested_name_imports() -> None:
    rows = _rows("surface_modules.txt")
    missing = _missing(rows)
    print(f"surface-modules: {len(rows) - len(missing)} of {len(rows)} import")  # noqa: T201 - the count is the report
    assert missing == []


def test_package_exports_are_lazy() -> None:
    # in a fresh interpreter: importing the packages loads no type module; touching a name loads only its module
    script = """
import sys
import openai.types
import openai.types.beta.threads as threads
assert not [m for m in sys.modules if m.startswith("openai.types.") and "." in m[len("openai.types."):]
            and not m.startswith(("openai.types.beta",))], sorted(sys.modules)
before = {m for m in sys.modules if m.startswith("openai.types.")}
assert before <= {"openai.types.beta", "openai.types.beta.threads"}, before
assert "Run" in dir(threads)
assert threads.Run.__module__ == "openai.types.beta.threads.run"
assert "openai.types.beta.threads.run" in sys.modules
assert "openai.types.beta.threads.message" not in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def _generated_modules() -> list[ModuleType]:
    import pkgutil

    import openai.types

    modules: list[ModuleType] = []
    for info in pkgutil.walk_packages(openai.types.__path__, "openai.types."):
        module = importlib.import_module(info.name)
        source = Path(module.__file__ or "")
        if source.is_file() and source.read_text().startswith("# File generated from the OpenAPI spec"):
            modules.append(module)
    return modules


def test_every_generated_response_type_resolves_its_annotations() -> None:
    # pydantic builds models lazily (`defer_build`): force every build so a forward reference that does not
    # resolve (a recursive schema, an import cycle) fails here rather than in a user's first request
    from pydantic import TypeAdapter

    from openai._models import BaseModel

    failures: list[str] = []
    built = 0
    for module in _generated_modules():
        if hasattr(module, "__path__"):
            continue  # packages only re-export
        if module.__name__.rsplit(".", 1)[-1].endswith(("_param", "_params")) or ".shared_params" in module.__name__:
            continue  # request TypedDicts are never validated by pydantic
        for name in getattr(module, "__all__", []):
            value: object = getattr(module, name)
            try:
                if isinstance(value, type) and issubclass(value, BaseModel):
                    if value.__module__ == module.__name__:
                        value.model_rebuild(force=True)
                else:
                    TypeAdapter(cast(Any, value))  # a union, alias or Annotated type, not a class
            except Exception as exc:  # every failure is collected and reported with its cause
                failures.append(f"{module.__name__}.{name}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
            built += 1
    assert built > 2500
    assert failures == []
