"""Every naming rule of the generated types in one place: identifiers, modules, nested type names, imports."""

from __future__ import annotations

import re
import keyword

__all__ = [
    "pascal_case",
    "snake_case",
    "singular",
    "python_identifier",
    "is_identifier",
    "relative_import",
    "primary_module_name",
    "twin_home",
    "schema_home",
    "variant_name",
    "MODEL_RESERVED",
]

# Attributes of pydantic's and the core's `BaseModel` that a field must not shadow: such fields get a trailing
# underscore and keep their wire name as an alias.
MODEL_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "to_dict",
        "to_json",
        "update_forward_refs",
        "validate",
        "model_config",
        "model_fields",
        "model_extra",
        "model_fields_set",
        "model_computed_fields",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
    }
)

_WORD_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+")
# Words the public surface spells in capitals when they start a PascalCase word (`APIKeyCreated`).
_ACRONYMS = {"api": "API"}


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.replace("'", ""))


def pascal_case(text: str) -> str:
    """`input_audio.transcription` → `InputAudioTranscription`; keeps existing capitals of `fooBar`."""
    words = _words(text)
    out = "".join(_ACRONYMS.get(w, w[:1].upper() + w[1:]) for w in words)
    if not out:
        return "Type"
    if out[0].isdigit():
        out = "_" + out
    return out


def snake_case(name: str) -> str:
    """`AdminAPIKey` → `admin_api_key`; `ChatCompletionMessageParam` → `chat_completion_message_param`."""
    return "_".join(w.lower() for w in _words(name)) or "type"


def singular(word: str) -> str:
    """A crude English singular for array item names (`choices` → `choice`, `entries` → `entry`)."""
    lowered = word.lower()
    if lowered.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lowered.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "os")) and len(word) > 3:
        return word[:-1]
    return word


def is_identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


def python_identifier(wire_name: str, *, reserved: frozenset[str] = frozenset()) -> str:
    """A valid Python identifier for a wire key: keywords and reserved names get a trailing `_`."""
    if is_identifier(wire_name) and wire_name not in reserved and not wire_name.startswith("_"):
        return wire_name
    name = re.sub(r"\W", "_", wire_name).lstrip("_")
    if not name or name[0].isdigit():
        name = "field_" + name
    if keyword.iskeyword(name) or name in reserved or name == wire_name:
        name += "_"
    return name


def primary_module_name(module: str, name: str) -> bool:
    """Whether `name` is the type its module is named after (`chat_completion.ChatCompletion`)."""
    return module.rsplit(".", 1)[-1] == snake_case(name)


def relative_import(from_module: str, to_module: str) -> str:
    """The relative module spec that `from_module` uses to import `to_module` (`..shared.chat_model`)."""
    src = from_module.split(".")[:-1]  # the package that holds `from_module`
    dst = to_module.split(".")
    common = 0
    while common < len(src) and common < len(dst) and src[common] == dst[common]:
        common += 1
    dots = "." * (len(src) - common + 1)
    return dots + ".".join(dst[common:])


def twin_home(module: str, name: str, *, to_param: bool) -> tuple[str, str]:
    """The module and name of the other flavour of a public type.

    `shared.x.X` ↔ `shared_params.x.X`; `foo.Foo` ↔ `foo_param.FooParam`.
    """
    shared, shared_params = "openai.types.shared.", "openai.types.shared_params."
    if to_param:
        if module.startswith(shared):
            return shared_params + module[len(shared) :], name
        if name.endswith("Param"):
            return module, name
        return module + "_param", name + "Param"
    if module.startswith(shared_params):
        return shared + module[len(shared_params) :], name
    if module.endswith("_param") and name.endswith("Param"):
        return module[: -len("_param")], name[: -len("Param")]
    return module, name


def schema_home(schema_name: str, *, param: bool, root: str = "openai.types") -> tuple[str, str]:
    """The public module and name of a component schema that no configuration names (`Foo` → `foo.Foo`)."""
    name = pascal_case(schema_name)
    if param:
        name = name if name.endswith("Param") else name + "Param"
    elif name.endswith("Param") and len(name) > len("Param"):
        name = name[: -len("Param")]  # a request-side schema used in a response: the model flavour drops it
    return f"{root}.{snake_case(name)}", name


def variant_name(union_name: str, *, tag: str | None, title: str | None, index: int) -> str:
    """The name of an inline member of a union: after its tag value, else its title, else its position."""
    if tag:
        return union_name + pascal_case(tag)
    if title and title.strip():
        return union_name + pascal_case(title)
    return f"{union_name}Variant{index}"
