"""Validation of a JSONL fine-tuning file (`openai tools fine_tunes.prepare_data`).

Every non-blank line must be one JSON object in one of the fine-tuning formats:

- chat: `{"messages": [{"role": ..., "content": ...}, ...], "tools"?: [...]}` with at least one assistant
  message to learn from;
- preference (DPO): `{"input": {"messages": [...]}, "preferred_output": [assistant message],
  "non_preferred_output": [assistant message]}`;
- legacy: `{"prompt": "...", "completion": "..."}` (only for the legacy completion models).

All examples of a file must use the same format. Problems are reported as `FILE:LINE: error|warning: MESSAGE`.
"""

from __future__ import annotations

import sys
import json
from typing import Any, Dict, List, cast
from dataclasses import field, dataclass

from ._errors import CLIError

__all__ = ["Report", "check_file", "check_lines"]

CHAT = "chat"
PREFERENCE = "preference"
LEGACY = "legacy"
_FORMAT_NAMES = {
    CHAT: "chat (messages)",
    PREFERENCE: "preference (input / preferred_output / non_preferred_output)",
    LEGACY: "legacy (prompt / completion)",
}
MIN_EXAMPLES = 10

_ROLES = ("system", "developer", "user", "assistant", "tool", "function")
_MESSAGE_KEYS = {"role", "content", "name", "weight", "tool_calls", "function_call", "tool_call_id", "refusal"}
_CHAT_KEYS = {"messages", "tools", "functions", "parallel_tool_calls", "metadata"}
_PREFERENCE_KEYS = {"input", "preferred_output", "non_preferred_output", "metadata"}
_LEGACY_KEYS = {"prompt", "completion"}
_CONTENT_PART_TYPES = {"text", "image_url", "input_audio", "file"}


@dataclass
class Problem:
    line: int
    severity: str  # "error" or "warning"
    message: str


@dataclass
class Report:
    """What the check found in a file."""

    problems: List[Problem] = field(default_factory=lambda: [])
    examples: int = 0
    invalid_examples: int = 0
    blank_lines: int = 0
    formats: Dict[str, int] = field(default_factory=lambda: {})
    messages: int = 0
    assistant_messages: int = 0
    characters: List[int] = field(default_factory=lambda: [])

    @property
    def errors(self) -> List[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def warnings(self) -> List[Problem]:
        return [problem for problem in self.problems if problem.severity == "warning"]

    @property
    def format(self) -> str | None:
        return max(self.formats, key=lambda name: self.formats[name]) if self.formats else None


class _Example:
    """Collects the problems of one line."""

    def __init__(self, report: Report, line: int) -> None:
        self.report = report
        self.line = line
        self.failed = False

    def error(self, message: str) -> None:
        self.failed = True
        self.report.problems.append(Problem(self.line, "error", message))

    def warning(self, message: str) -> None:
        self.report.problems.append(Problem(self.line, "warning", message))


def check_lines(lines: List[bytes]) -> Report:
    """Check the raw lines of a JSONL file and return what was found."""
    report = Report()
    first_line_of_format: dict[str, int] = {}
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            report.blank_lines += 1
            continue
        report.examples += 1
        example = _Example(report, number)
        kind = _check_line(example, raw)
        if kind is not None:
            report.formats[kind] = report.formats.get(kind, 0) + 1
            first_line_of_format.setdefault(kind, number)
            canonical = raw.strip().decode("utf-8", "replace")
            if canonical in seen:
                example.warning(f"duplicate of line {seen[canonical]}")
            else:
                seen[canonical] = number
        if example.failed:
            report.invalid_examples += 1

    if len(report.formats) > 1:
        main_format = report.format
        assert main_format is not None
        for kind, line in sorted(first_line_of_format.items(), key=lambda item: item[1]):
            if kind != main_format:
                report.problems.append(
                    Problem(
                        line,
                        "error",
                        f"this example uses the {_FORMAT_NAMES[kind]} format but most of the file uses the "
                        f"{_FORMAT_NAMES[main_format]} format (first at line {first_line_of_format[main_format]}); "
                        f"{report.formats[kind]} example(s) in this format; a file must use one format",
                    )
                )
    if report.examples == 0:
        report.problems.append(Problem(0, "error", "the file has no examples"))
    elif report.examples < MIN_EXAMPLES:
        report.problems.append(
            Problem(
                0,
                "warning",
                f"only {report.examples} example(s); a training file needs at least {MIN_EXAMPLES} "
                "(fine for a validation file)",
            )
        )
    if report.format == LEGACY:
        report.problems.append(
            Problem(
                0,
                "warning",
                "the prompt/completion format is accepted only by the legacy completion models "
                "(babbage-002, davinci-002); chat models need the messages format",
            )
        )
    report.problems.sort(key=lambda problem: problem.line)
    return report


def _check_line(example: _Example, raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        example.error(f"not valid UTF-8 (byte {exc.start + 1})")
        return None
    try:
        data: object = json.loads(text)
    except ValueError as exc:
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        column = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        example.error(f"not valid JSON: {message}{column}")
        return None
    if not isinstance(data, dict):
        example.error(f"expected a JSON object, got {_json_type(data)}")
        return None
    obj = cast("dict[str, Any]", data)
    report = example.report
    report.characters.append(len(text))
    if "messages" in obj:
        _check_chat(example, obj)
        return CHAT
    if obj.keys() & {"input", "preferred_output", "non_preferred_output"}:
        _check_preference(example, obj)
        return PREFERENCE
    if obj.keys() & _LEGACY_KEYS:
        _check_legacy(example, obj)
        return LEGACY
    keys = ", ".join(sorted(obj)) or "none"
    example.error(
        "unrecognised example (keys: " + keys + '); expected "messages" (chat), '
        '"input"/"preferred_output"/"non_preferred_output" (preference) or "prompt"/"completion" (legacy)'
    )
    return None


def _check_chat(example: _Example, obj: dict[str, Any]) -> None:
    _unknown_keys(example, obj, _CHAT_KEYS, "example")
    messages = _check_messages(example, obj["messages"], "messages", allow_weight=True)
    if messages is None:
        return
    learnable = [
        message for message in messages if message.get("role") == "assistant" and message.get("weight", 1) != 0
    ]
    if not learnable:
        example.error('no assistant message to learn from (add {"role": "assistant", ...} with weight 1)')
    _check_tools(example, obj)


def _check_preference(example: _Example, obj: dict[str, Any]) -> None:
    _unknown_keys(example, obj, _PREFERENCE_KEYS, "example")
    for key in ("input", "preferred_output", "non_preferred_output"):
        if key not in obj:
            example.error(
                f'missing "{key}" (a preference example needs input, preferred_output and non_preferred_output)'
            )
    input_value = obj.get("input")
    if input_value is not None:
        if not isinstance(input_value, dict):
            example.error(f'"input" must be an object with "messages", got {_json_type(input_value)}')
        else:
            prompt = cast("dict[str, Any]", input_value)
            _unknown_keys(example, prompt, {"messages", "tools", "parallel_tool_calls"}, '"input"')
            if "messages" not in prompt:
                example.error('"input" has no "messages"')
            else:
                messages = _check_messages(example, prompt["messages"], "input.messages", allow_weight=False)
                if messages and messages[-1].get("role") == "assistant":
                    example.warning(
                        '"input.messages" ends with an assistant message; it should end with the turn to answer'
                    )
            _check_tools(example, prompt)
    for key in ("preferred_output", "non_preferred_output"):
        if key not in obj:
            continue
        output = _check_messages(example, obj[key], key, allow_weight=False)
        if output is None:
            continue
        for index, message in enumerate(output, start=1):
            if message.get("role") != "assistant":
                example.error(f"{key}[{index}] must be an assistant message, got role {message.get('role')!r}")
    if "preferred_output" in obj and obj.get("preferred_output") == obj.get("non_preferred_output"):
        example.error("preferred_output and non_preferred_output are identical")


def _check_legacy(example: _Example, obj: dict[str, Any]) -> None:
    _unknown_keys(example, obj, _LEGACY_KEYS, "example")
    for key in ("prompt", "completion"):
        if key not in obj:
            example.error(f'missing "{key}"')
        elif not isinstance(obj[key], str):
            example.error(f'"{key}" must be a string, got {_json_type(obj[key])}')
    completion = obj.get("completion")
    if isinstance(completion, str) and not completion.strip():
        example.error('"completion" is empty')


def _check_messages(example: _Example, value: object, where: str, *, allow_weight: bool) -> list[dict[str, Any]] | None:
    if not isinstance(value, list):
        example.error(f'"{where}" must be a list of messages, got {_json_type(value)}')
        return None
    items = cast("list[object]", value)
    if not items:
        example.error(f'"{where}" is empty')
        return None
    messages: list[dict[str, Any]] = []
    for index, item in enumerate(items, start=1):
        label = f"{where}[{index}]"
        if not isinstance(item, dict):
            example.error(f"{label} must be an object, got {_json_type(item)}")
            continue
        message = cast("dict[str, Any]", item)
        messages.append(message)
        example.report.messages += 1
        _unknown_keys(example, message, _MESSAGE_KEYS, label)
        role = message.get("role")
        if role is None:
            example.error(f'{label} has no "role"')
            continue
        if role not in _ROLES:
            example.error(f"{label} has unknown role {role!r}; expected one of {', '.join(_ROLES)}")
            continue
        if role == "assistant":
            example.report.assistant_messages += 1
        _check_content(example, message, label, role)
        if "weight" in message:
            if not allow_weight:
                example.error(f'{label}: "weight" is not allowed here')
            elif role != "assistant":
                example.error(f'{label}: "weight" is only allowed on assistant messages')
            elif message["weight"] not in (0, 1) or isinstance(message["weight"], bool):
                example.error(f'{label}: "weight" must be 0 or 1, got {json.dumps(message["weight"])}')
        if role == "tool" and not isinstance(message.get("tool_call_id"), str):
            example.error(f'{label}: a tool message needs a string "tool_call_id"')
    return messages


def _check_content(example: _Example, message: dict[str, Any], label: str, role: str) -> None:
    calls_a_tool = bool(message.get("tool_calls") or message.get("function_call"))
    if "content" not in message or message["content"] is None:
        if not (role == "assistant" and calls_a_tool):
            example.error(f'{label} has no "content"')
        return
    content = message["content"]
    if isinstance(content, str):
        if not content.strip() and not calls_a_tool:
            example.warning(f"{label} has empty content")
        return
    if isinstance(content, list):
        parts = cast("list[object]", content)
        if not parts:
            example.error(f"{label} has an empty content list")
        for position, part in enumerate(parts, start=1):
            if not isinstance(part, dict):
                example.error(f"{label}.content[{position}] must be an object, got {_json_type(part)}")
                continue
            kind = cast("dict[str, Any]", part).get("type")
            if kind not in _CONTENT_PART_TYPES:
                example.error(
                    f"{label}.content[{position}] has unknown type {kind!r}; expected one of "
                    + ", ".join(sorted(_CONTENT_PART_TYPES))
                )
        return
    example.error(f"{label}: content must be a string or a list of content parts, got {_json_type(content)}")


def _check_tools(example: _Example, obj: dict[str, Any]) -> None:
    for key in ("tools", "functions"):
        if key in obj and not isinstance(obj[key], list):
            example.error(f'"{key}" must be a list, got {_json_type(obj[key])}')


def _unknown_keys(example: _Example, obj: dict[str, Any], allowed: set[str], label: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        names = ", ".join(f'"{name}"' for name in unknown)
        example.error(f"{label} has unrecognised key(s) {names}")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def check_file(path: str, *, quiet: bool = False) -> int:
    """Check the file at `path`, print the problems and a summary; return 0 when it is valid, 1 otherwise."""
    try:
        with open(path, "rb") as file:
            lines = file.read().splitlines()
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror or exc}") from None

    report = check_lines(lines)
    out = sys.stdout
    for problem in report.problems:
        if quiet and problem.severity != "error":
            continue
        location = f"{path}:{problem.line}" if problem.line else path
        out.write(f"{location}: {problem.severity}: {problem.message}\n")

    errors, warnings = len(report.errors), len(report.warnings)
    if not quiet:
        if report.problems:
            out.write("\n")
        out.write(f"Summary of {path}\n")
        kind = report.format
        out.write(f"  format:             {_FORMAT_NAMES[kind] if kind else 'unknown'}\n")
        out.write(f"  examples:           {report.examples} ({report.invalid_examples} invalid)\n")
        if report.blank_lines:
            out.write(f"  blank lines:        {report.blank_lines} (ignored)\n")
        if report.messages:
            out.write(f"  messages:           {report.messages} ({report.assistant_messages} from the assistant)\n")
        if report.characters:
            total = sum(report.characters)
            out.write(
                f"  example length:     {min(report.characters)} to {max(report.characters)} characters, "
                f"~{max(1, total // 4)} tokens in all (estimate)\n"
            )
        out.write(f"  errors:             {errors}\n")
        out.write(f"  warnings:           {warnings}\n")
    if errors:
        out.write(
            f"{path}: INVALID: {errors} error(s), {report.invalid_examples} of {report.examples} example(s) invalid; "
            "fix them before uploading\n"
        )
        return 1
    out.write(f"{path}: OK: {report.examples} example(s) in the {_FORMAT_NAMES[report.format or CHAT]} format\n")
    return 0
