"""Every public type of `openai.types` is usable at run time: `pydantic.TypeAdapter(T)` builds for it.

Application code validates its own data against the SDK's types (`TypeAdapter(ResponseInputItemParam)`), builds
JSON schemas from them, or nests them in its own models; that needs each model, TypedDict and type alias to be
something pydantic understands, not only something type checkers read. The walk below covers every module of the
package (generated and hand-written), one test per subpackage so the work spreads over the workers.
"""

from __future__ import annotations

import io
import typing
import pkgutil
import importlib
from typing import Any, cast

import pytest
import pydantic
from typing_extensions import is_typeddict

import openai.types

# -------------------------------------------------------------------------------------------------- the walk


def _public_modules() -> list[str]:
    names = ["openai.types"]
    for info in pkgutil.walk_packages(openai.types.__path__, "openai.types."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


def _groups() -> dict[str, list[str]]:
    """Modules by the package they are in (`openai.types.beta.realtime`, ...); a package is in its own group."""
    groups: dict[str, list[str]] = {}
    for module in _public_modules():
        key = module if module in PACKAGES or module == "openai.types" else module.rsplit(".", 1)[0]
        groups.setdefault(key, []).append(module)
    return groups


PACKAGES = {info.name for info in pkgutil.walk_packages(openai.types.__path__, "openai.types.") if info.ispkg}
GROUPS = _groups()


def _adaptable(value: object) -> bool:
    """A pydantic model, a TypedDict or a type alias (`Union[...]`, `Annotated[...]`, `Literal[...]`, ...)."""
    if isinstance(value, type):
        cls: type[object] = value
        return issubclass(cls, pydantic.BaseModel) or is_typeddict(cls)
    return typing.get_origin(value) is not None


def _public_types(module_name: str) -> list[tuple[str, object]]:
    module = importlib.import_module(module_name)
    names: list[str] = list(getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")])
    return [(name, getattr(module, name)) for name in names if _adaptable(getattr(module, name))]


@pytest.mark.parametrize("package", sorted(GROUPS))
def test_type_adapter_builds_for_every_public_type(package: str) -> None:
    failures: list[str] = []
    seen = 0
    for module_name in GROUPS[package]:
        for name, value in _public_types(module_name):
            seen += 1
            try:
                pydantic.TypeAdapter(cast(Any, value))
            except Exception as exc:  # report them all, not only the first
                failures.append(f"{module_name}.{name}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    assert failures == []
    if any(module not in PACKAGES for module in GROUPS[package]):
        assert seen > 0, f"{package}: no public types found"


def test_the_walk_sees_the_whole_package() -> None:
    modules = _public_modules()
    assert len(modules) > 1000
    assert "openai.types.responses.response_input_item_param" in modules
    assert "openai.types.websocket_reconnection" in modules


# ----------------------------------------------------------------------------------- what users do with them


def test_response_input_item_param_validates_user_data() -> None:
    from openai.types.responses import ResponseInputItemParam

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(ResponseInputItemParam)
    message = {"role": "user", "content": [{"type": "input_text", "text": "hi"}]}
    validated = adapter.validate_python(message)
    assert validated["role"] == "user"
    assert list(validated["content"]) == [{"type": "input_text", "text": "hi"}]  # `Iterable[...]`: lazily checked
    call = {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"}
    assert adapter.validate_python(call) == call
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python({"type": "function_call", "call_id": 1})


def test_sequence_not_str_is_a_sequence_at_run_time() -> None:
    from openai._types import SequenceNotStr

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(SequenceNotStr[str])
    assert list(adapter.validate_python(["a", "b"])) == ["a", "b"]
    assert list(adapter.validate_python(("a",))) == ["a"]
    # a plain string is a sequence of strings, but not what such a parameter means: rejected, as type checkers do
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python("ab")


def test_params_with_sequences_validate() -> None:
    from openai.types.vector_stores import FileBatchCreateParams

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(FileBatchCreateParams)
    validated = adapter.validate_python({"file_ids": ["file-1", "file-2"]})
    assert list(validated["file_ids"]) == ["file-1", "file-2"]
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python({"file_ids": "file-1"})


def test_upload_params_accept_files_and_reject_other_objects() -> None:
    from openai.types.audio import TranscriptionCreateParams

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(TranscriptionCreateParams)
    upload = io.BytesIO(b"RIFF")
    for file in (upload, b"RIFF", ("a.wav", upload), ("a.wav", b"RIFF", "audio/wav")):
        validated = adapter.validate_python({"file": file, "model": "whisper-1"})
        assert validated["file"] == file
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python({"file": 3, "model": "whisper-1"})


def test_headers_with_omit_validate() -> None:
    from openai import omit
    from openai.types import ReconnectingOverrides

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(ReconnectingOverrides)
    overrides = {"extra_headers": {"X-Trace": "1", "User-Agent": omit}, "abort": False}
    assert adapter.validate_python(overrides) == overrides
    with pytest.raises(pydantic.ValidationError):
        adapter.validate_python({"extra_headers": {"X-Trace": 1}})


def test_models_nest_in_user_models() -> None:
    from openai.types.chat import ChatCompletionMessageParam

    class Transcript(pydantic.BaseModel):
        messages: list[ChatCompletionMessageParam]

    transcript = Transcript.model_validate({"messages": [{"role": "user", "content": "hi"}]})
    assert transcript.messages == [{"role": "user", "content": "hi"}]
    assert "messages" in Transcript.model_json_schema()["properties"]
