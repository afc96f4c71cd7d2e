"""Synthesis of JSON payloads that are valid for the SDK's generated response models.

`Synthesizer.build(tp, overrides)` walks a type annotation (pydantic models, unions, literals, lists, dicts,
scalars) and returns plain JSON data: every required field is filled, `object` literals take their value, ids get
the prefix the API uses for that kind of object (`chatcmpl-…`, `file-…`, `resp_…`), `created`/`*_at` fields get
unix timestamps, and optional fields are left out. `overrides` is a partial payload laid over the result at any
depth: nested mappings are completed the same way, list items are completed one by one, and for unions the
variant whose discriminator literal (`type`, `object`, `role`, `event`) matches is chosen. Handlers therefore
write only the fields they care about and get a complete object back. `validate()` checks the result with the
model itself (adapters are cached per type) before anything is sent.
"""

from __future__ import annotations

import re
import time
import types
import random
import string
import typing
import datetime
import collections.abc
from typing import Any, Union, Callable, cast
from functools import cache

import pydantic
from typing_extensions import Literal, Annotated, get_args, get_origin, is_typeddict

__all__ = ["Synthesizer", "IdFactory", "model_fields", "literal_options", "type_adapter", "MISSING", "resolve_type"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

# Prefixes the API puts on ids, keyed by the object's `object` literal.
_OBJECT_PREFIXES: dict[str, str] = {
    "chat.completion": "chatcmpl-",
    "chat.completion.chunk": "chatcmpl-",
    "chat.completion.message": "chatcmpl-",
    "text_completion": "cmpl-",
    "file": "file-",
    "response": "resp_",
    "batch": "batch_",
    "vector_store": "vs_",
    "vector_store.file": "file-",
    "vector_store.files_batch": "vsfb_",
    "assistant": "asst_",
    "thread": "thread_",
    "thread.message": "msg_",
    "thread.run": "run_",
    "thread.run.step": "step_",
    "fine_tuning.job": "ftjob-",
    "fine_tuning.job.event": "ftevent-",
    "fine_tuning.job.checkpoint": "ftckpt_",
    "checkpoint.permission": "cp_",
    "eval": "eval_",
    "eval.run": "evalrun_",
    "eval.run.output_item": "outputitem_",
    "container": "cntr_",
    "container.file": "cfile_",
    "conversation": "conv_",
    "upload": "upload_",
    "upload.part": "part_",
    "video": "video_",
    "skill": "skill_",
    "organization.project": "proj_",
    "organization.invite": "invite-",
    "organization.user": "user-",
    "organization.admin_api_key": "key_",
    "organization.project.api_key": "key_",
    "organization.project.service_account": "svc_acct_",
    "organization.certificate": "cert_",
    "group": "group_",
    "role": "role_",
    "realtime.session": "sess_",
    "realtime.call": "rtc_",
    "embedding": "emb_",
}

# Prefixes for `<noun>_id` fields and for object kinds recognised by class name.
_NOUN_PREFIXES: dict[str, str] = {
    "file": "file-",
    "assistant": "asst_",
    "thread": "thread_",
    "run": "run_",
    "message": "msg_",
    "step": "step_",
    "vector_store": "vs_",
    "batch": "batch_",
    "response": "resp_",
    "previous_response": "resp_",
    "conversation": "conv_",
    "container": "cntr_",
    "upload": "upload_",
    "part": "part_",
    "eval": "eval_",
    "fine_tuning_job": "ftjob-",
    "project": "proj_",
    "user": "user-",
    "call": "call_",
    "tool_call": "call_",
    "item": "item_",
    "output_item": "outputitem_",
    "video": "video_",
    "skill": "skill_",
    "session": "sess_",
    "input_file": "file-",
    "output_file": "file-",
    "error_file": "file-",
    "training_file": "file-",
    "validation_file": "file-",
    "result_file": "file-",
    "completion": "chatcmpl-",
    "chat_completion": "chatcmpl-",
    "certificate": "cert_",
    "group": "group_",
    "role": "role_",
    "invite": "invite-",
    "api_key": "key_",
    "service_account": "svc_acct_",
    "character": "char_",
    "consent": "cons_",
    "voice": "voice_",
    "alert": "alert_",
    "permission": "cp_",
}

_MODEL_NAMES = (
    "gpt-4o-mini",
    "gpt-4o",
    "gpt-4.1",
    "gpt-5",
    "o3-mini",
    "text-embedding-3-small",
    "whisper-1",
    "dall-e-3",
)


class IdFactory:
    """Deterministic, realistic-looking ids: the same seed gives the same sequence."""

    _ALPHABET = string.ascii_letters + string.digits

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._random = random.Random(seed)

    def reset(self) -> None:
        self._random = random.Random(self._seed)

    def new(self, prefix: str) -> str:
        return prefix + "".join(self._random.choices(self._ALPHABET, k=24))


def _is_model(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


@cache
def _field_table(model: type[pydantic.BaseModel]) -> tuple[tuple[str, Any, bool], ...]:
    if not model.__pydantic_complete__:
        model.model_rebuild()
    table: list[tuple[str, Any, bool]] = []
    for name, info in model.model_fields.items():
        table.append((info.alias or name, info.annotation, info.is_required()))
    return tuple(table)


def model_fields(model: object) -> dict[str, Any]:
    """Wire name → annotation of each field of `model`; empty for anything that is not a model class."""
    if not _is_model(model):
        return {}
    return {alias: annotation for alias, annotation, _ in _field_table(cast("type[pydantic.BaseModel]", model))}


def _strip(tp: Any) -> Any:
    while get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    return tp


def _is_union(tp: object) -> bool:
    origin = get_origin(tp)
    return origin is Union or origin is types.UnionType


def literal_options(tp: Any) -> tuple[object, ...]:
    """All literal values admitted by `tp` (through unions, `Optional` and `Annotated`)."""
    tp = _strip(tp)
    if get_origin(tp) is Literal:
        return tuple(get_args(tp))
    if _is_union(tp):
        found: list[object] = []
        for arg in get_args(tp):
            found.extend(literal_options(arg))
        return tuple(found)
    return ()


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def type_adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    """A cached `TypeAdapter` for `tp` (building one costs far more than using it)."""
    try:
        return _ADAPTERS[tp]
    except KeyError:
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(tp)
        _ADAPTERS[tp] = adapter
        return adapter
    except TypeError:  # unhashable annotation object
        return pydantic.TypeAdapter(tp)


def resolve_type(reference: str) -> Any:
    """Import a `"package.module:Name"` reference."""
    import importlib

    module_name, _, attribute = reference.partition(":")
    if not attribute:
        raise ValueError(f"type reference {reference!r} is not of the form 'module:Name'")
    module = importlib.import_module(module_name)
    try:
        return getattr(module, attribute)
    except AttributeError:
        raise ValueError(f"module {module_name!r} has no attribute {attribute!r}") from None


_DISCRIMINATORS = ("type", "object", "event", "role")


def _variant_matches(variant: Any, overrides: Any) -> bool | None:
    """True/False when a discriminator literal decides the match, None when nothing decides."""
    variant = _strip(variant)
    if not (_is_model(variant) and isinstance(overrides, dict)):
        return None
    fields = model_fields(variant)
    decided: bool | None = None
    for key in _DISCRIMINATORS:
        if key in overrides and key in fields:
            options = literal_options(fields[key])
            if options:
                if overrides[key] not in options:
                    return False
                decided = True
    return decided


class Synthesizer:
    """Builds JSON data for a type; see the module docstring for the rules."""

    def __init__(self, ids: IdFactory | None = None, clock: Callable[[], int] | None = None) -> None:
        self.ids = ids or IdFactory()
        self.clock = clock or (lambda: int(time.time()))
        self._model_index = -1

    def id_for(self, model: object, name: str = "id") -> str:
        """A fresh id for field `name` of `model` (a model class or None)."""
        if name != "id" and name.endswith("_id"):
            noun = name[:-3]
            return self.ids.new(_NOUN_PREFIXES.get(noun, noun.rsplit("_", 1)[-1][:8] + "_"))
        if _is_model(model):
            fields = model_fields(cast("type[pydantic.BaseModel]", model))
            for option in literal_options(fields.get("object")):
                if option == "model":
                    # Model ids are model names, not random tokens.
                    self._model_index += 1
                    return _MODEL_NAMES[self._model_index % len(_MODEL_NAMES)]
                if isinstance(option, str):
                    return self.ids.new(_OBJECT_PREFIXES.get(option, option.rsplit(".", 1)[-1][:8] + "_"))
            return self.ids.new(_prefix_from_class(cast(type, model).__name__))
        return self.ids.new("id_")

    def build(self, tp: Any, overrides: Any = MISSING, *, name: str = "", owner: Any = None, depth: int = 0) -> Any:
        if depth > 40:
            raise RecursionError(f"type nesting too deep while synthesising field {name!r}")
        tp = _strip(tp)
        if tp is Any or tp is object:
            return {} if overrides is MISSING else overrides
        if tp is None or tp is type(None):
            return None
        origin = get_origin(tp)
        if origin is Literal:
            options = get_args(tp)
            return overrides if overrides is not MISSING and overrides in options else options[0]
        if _is_union(tp):
            return self._build_union(tp, overrides, name=name, owner=owner, depth=depth)
        if _is_model(tp):
            return self._build_model(tp, overrides, depth=depth)
        if origin in (list, collections.abc.Sequence, collections.abc.Iterable, tuple, set, frozenset) or tp in (
            list,
            tuple,
        ):
            args = get_args(tp)
            item = args[0] if args else Any
            if isinstance(overrides, (list, tuple)):
                return [self.build(item, value, name=name, depth=depth + 1) for value in cast("list[Any]", overrides)]
            return []
        if origin in (dict, collections.abc.Mapping) or tp is dict:
            args = get_args(tp)
            value_type = args[1] if len(args) == 2 else Any
            if isinstance(overrides, dict):
                return {
                    key: self.build(value_type, value, name=str(key), depth=depth + 1)
                    for key, value in cast("dict[str, Any]", overrides).items()
                }
            return {}
        if overrides is not MISSING:
            return overrides
        return self._scalar(tp, name=name, owner=owner)

    def _build_union(self, tp: Any, overrides: Any, *, name: str, owner: Any, depth: int) -> Any:
        variants = [arg for arg in get_args(tp) if arg is not type(None)]
        if (overrides is None or overrides is MISSING) and len(variants) != len(get_args(tp)):
            # Required-but-nullable fields (`incomplete_details`, `last_error`...) are null unless given.
            return None
        if overrides is not MISSING:
            decided = [variant for variant in variants if _variant_matches(variant, overrides) is True]
            undecided = [variant for variant in variants if _variant_matches(variant, overrides) is None]
            for variant in [*decided, *undecided]:
                candidate = self.build(variant, overrides, name=name, owner=owner, depth=depth + 1)
                try:
                    type_adapter(variant).validate_python(candidate)
                except (pydantic.ValidationError, TypeError):
                    continue
                return candidate
            # Nothing fits: hand the override back unchanged so validation reports the real problem.
            return overrides
        for variant in variants:
            if _is_model(_strip(variant)):
                return self.build(variant, name=name, owner=owner, depth=depth + 1)
        return self.build(variants[0], name=name, owner=owner, depth=depth + 1) if variants else None

    def _build_model(self, model: type[pydantic.BaseModel], overrides: Any, *, depth: int) -> dict[str, Any]:
        given: dict[str, Any] = cast("dict[str, Any]", overrides) if isinstance(overrides, dict) else {}
        result: dict[str, Any] = {}
        for alias, annotation, required in _field_table(model):
            if alias in given:
                result[alias] = self.build(annotation, given[alias], name=alias, owner=model, depth=depth + 1)
            elif required or (alias in _DISCRIMINATORS and _single_literal(annotation)):
                # Optional `type`/`object` literals are filled too: unions discriminate on them.
                if alias == "id" and _strip(annotation) is str:
                    result[alias] = self.id_for(model)
                else:
                    result[alias] = self.build(annotation, name=alias, owner=model, depth=depth + 1)
        for key, value in given.items():
            if key not in result:
                result[key] = value
        return result

    def _scalar(self, tp: Any, *, name: str, owner: Any) -> Any:
        if tp is str:
            return self._string(name, owner)
        if tp is bool:
            return False
        if tp is int:
            if _is_time_field(name):
                return self.clock()
            return 0
        if tp is float:
            return float(self.clock()) if _is_time_field(name) else 0.0
        if tp is bytes:
            return ""
        if tp is datetime.datetime:
            return datetime.datetime.fromtimestamp(self.clock(), datetime.timezone.utc).isoformat()
        if tp is datetime.date:
            return datetime.date.today().isoformat()
        if isinstance(tp, type) and is_typeddict(tp):
            return {}
        if isinstance(tp, typing.TypeVar):
            return {}
        return None

    def _string(self, name: str, owner: Any) -> str:
        if name == "id" or name.endswith("_id"):
            return self.id_for(owner, name)
        if name == "model":
            return _MODEL_NAMES[0]
        if name == "object" and isinstance(owner, type):
            # A free-form `object` field: name the object after its model (`ContainerCreateResponse` → `container`).
            stem = re.sub(r"(Create|Retrieve|Update|List|Delete)?Response$", "", owner.__name__) or owner.__name__
            return re.sub(r"(?<!^)(?=[A-Z])", "_", stem).lower()
        if name.endswith("url"):
            return "https://example.com/" + (name[:-4] if name != "url" else "resource")
        if name == "email":
            return "user@example.com"
        if name in ("created_at", "updated_at") or name.endswith("_at"):
            return datetime.datetime.fromtimestamp(self.clock(), datetime.timezone.utc).isoformat()
        if name in ("name", "title", "filename"):
            return "example" if name != "filename" else "example.txt"
        return ""


def _single_literal(annotation: Any) -> bool:
    return len(literal_options(annotation)) == 1


def _is_time_field(name: str) -> bool:
    return name in ("created", "timestamp", "expires", "last_active") or name.endswith(("_at", "_time"))


def _prefix_from_class(class_name: str) -> str:
    # `ContainerCreateResponse` is a container, not a Responses object: drop the operation suffix first.
    lowered = re.sub(r"(create|retrieve|update|list|delete)?response$", "", class_name.lower()) or "response"
    for noun, prefix in (
        ("chatcompletion", "chatcmpl-"),
        ("completion", "cmpl-"),
        ("response", "resp_"),
        ("fileobject", "file-"),
        ("vectorstore", "vs_"),
        ("assistant", "asst_"),
        ("thread", "thread_"),
        ("message", "msg_"),
        ("conversation", "conv_"),
        ("container", "cntr_"),
        ("upload", "upload_"),
        ("batch", "batch_"),
        ("eval", "eval_"),
        ("video", "video_"),
        ("skill", "skill_"),
    ):
        if noun in lowered:
            return prefix
    return "obj_"
