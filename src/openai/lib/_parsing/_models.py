"""Cheap re-typing of response models into their ``Parsed*`` subclasses.

A parsed result is the same data as the response with a few extra fields (``parsed``, ``parsed_arguments``).
Dumping the response to a dict and constructing the subclass again would walk the whole tree; instead the new
instance reuses the source's already-built field values and only the overridden fields change.
"""

from __future__ import annotations

from typing import Any, Dict, TypeVar

import pydantic

__all__ = ["rebuild_model"]

_ModelT = TypeVar("_ModelT", bound=pydantic.BaseModel)


def rebuild_model(cls: type[_ModelT], source: pydantic.BaseModel, /, **overrides: object) -> _ModelT:
    """Return an instance of ``cls`` holding ``source``'s values (extras and private attributes included).

    Keys of ``overrides`` replace or add values and count as explicitly set, so they appear in ``to_dict()``.
    Values that are not fields of ``cls`` (the source's own fields, its extras, unknown overrides) become extra
    fields when ``cls`` allows them and are dropped otherwise. No validation runs, exactly like the lenient
    construction of responses. Fields of ``cls`` that neither ``source`` nor ``overrides`` provide get their
    defaults.
    """
    fields = cls.model_fields
    extra_allowed = cls.model_config.get("extra") == "allow"
    values: Dict[str, Any] = {}
    extra_values: Dict[str, Any] = {}
    source_set = source.model_fields_set
    for key, value in source.__dict__.items():
        if key in fields:
            values[key] = value
        elif extra_allowed and key in source_set:
            # A field of the source's class that the target lacks: kept only if the API actually sent it.
            extra_values[key] = value
    source_extra = source.__pydantic_extra__
    for items in (source_extra.items() if source_extra else (), overrides.items()):
        for key, value in items:
            if key in fields:
                values[key] = value
            elif extra_allowed:
                extra_values[key] = value
    for name, field in fields.items():
        if name not in values and not field.is_required():
            values[name] = field.get_default(call_default_factory=True)

    fields_set = {key for key in source_set if key in fields or key in extra_values}
    fields_set.update(key for key in overrides if key in fields or key in extra_values)

    instance = cls.__new__(cls)
    # These are the slots pydantic's own model_construct fills; setting them directly skips any construction
    # logic a base class layers on top of model_construct (which would re-walk already-built values).
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", fields_set)
    object.__setattr__(instance, "__pydantic_extra__", extra_values if extra_allowed else None)
    private = source.__pydantic_private__
    if private is not None:
        object.__setattr__(instance, "__pydantic_private__", dict(private))
    else:
        _init_private(instance)
    return instance


_IMMUTABLE = (type(None), str, int, float, bool, bytes, tuple, frozenset)


class _ConstructPlan:
    """What ``construct_model`` needs to know about a class, computed once per class."""

    __slots__ = ("defaults", "extra_allowed", "factories", "fields")

    def __init__(self, cls: type[pydantic.BaseModel]) -> None:
        fields = cls.model_fields
        self.fields = frozenset(fields)
        self.defaults: Dict[str, Any] = {}
        self.factories: Dict[str, Any] = {}
        for name, field in fields.items():
            if field.is_required():
                continue
            default: object = field.default
            if field.default_factory is not None or not isinstance(default, _IMMUTABLE):
                # Factories and mutable defaults go through pydantic, which copies them per instance.
                self.factories[name] = field
            else:
                self.defaults[name] = default
        self.extra_allowed = cls.model_config.get("extra") == "allow"


_PLANS: Dict[type, _ConstructPlan] = {}


def construct_model(cls: type[_ModelT], /, **values: object) -> _ModelT:
    """Return an instance of ``cls`` holding ``values`` as set fields, without validation.

    Used for snapshots and stream events (once per chunk), whose values are already-built models or plain
    strings. Fields not given get their defaults; unknown keys become extra fields.
    """
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _ConstructPlan(cls)
    data: Dict[str, Any] = dict(plan.defaults)
    for name, field in plan.factories.items():
        data[name] = field.get_default(call_default_factory=True)
    extra: Dict[str, Any] | None = None
    for key, value in values.items():
        if key in plan.fields:
            data[key] = value
        else:
            if extra is None:
                extra = {}
            extra[key] = value
    instance = cls.__new__(cls)
    object.__setattr__(instance, "__dict__", data)
    object.__setattr__(instance, "__pydantic_fields_set__", set(values))
    object.__setattr__(instance, "__pydantic_extra__", (extra or {}) if plan.extra_allowed else None)
    _init_private(instance)
    return instance


def _init_private(instance: pydantic.BaseModel) -> None:
    # Mirrors model_construct: models with private attributes (``_request_id``) initialise them in their
    # post-init hook; others just get an empty slot.
    if type(instance).__pydantic_post_init__:
        instance.model_post_init(None)
    else:
        object.__setattr__(instance, "__pydantic_private__", None)
