# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import versions as versions
    from .skill_version import SkillVersion as SkillVersion
    from .skill_version_list import SkillVersionList as SkillVersionList
    from .version_list_params import VersionListParams as VersionListParams
    from .deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from .version_create_params import VersionCreateParams as VersionCreateParams

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "DeletedSkillVersion": ".deleted_skill_version",
    "SkillVersion": ".skill_version",
    "SkillVersionList": ".skill_version_list",
    "VersionCreateParams": ".version_create_params",
    "VersionListParams": ".version_list_params",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "deleted_skill_version",
        "skill_version",
        "skill_version_list",
        "version_create_params",
        "version_list_params",
        "versions",
    )
)

__all__ = ["DeletedSkillVersion", "SkillVersion", "SkillVersionList", "VersionCreateParams", "VersionListParams"]

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
