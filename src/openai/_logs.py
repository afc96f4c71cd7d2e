"""Logging for the SDK: the `OPENAI_LOG` switch and secret redaction.

`setup_logging()` runs once at import. With `OPENAI_LOG=debug|info` it configures the root handler and puts the
`openai` (and `httpx`) loggers at that level; any other value leaves logging alone.

Secrets never reach a log line: `SensitiveHeadersFilter` sits on the `openai` logger and rewrites the values of
credential headers in any record argument that carries a `headers` mapping; `redact_headers` is the same rule
for code that formats headers itself (reprs, debug dumps).
"""

from __future__ import annotations

import os
import logging
from typing import Any
from collections.abc import Mapping

__all__ = [
    "SENSITIVE_HEADERS",
    "REDACTED",
    "SensitiveHeadersFilter",
    "redact_headers",
    "redact_secret",
    "setup_logging",
    "logger",
]

SENSITIVE_HEADERS = frozenset({"authorization", "api-key", "x-amz-security-token"})
"""Lower-case header names whose values are replaced in logs and reprs."""

REDACTED = "<redacted>"

_LOG_FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"
_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"

logger = logging.getLogger("openai")
httpx_logger = logging.getLogger("httpx")


def redact_headers(headers: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `headers` with every credential header's value replaced by `<redacted>`."""
    return {key: (REDACTED if str(key).lower() in SENSITIVE_HEADERS else value) for key, value in headers.items()}


def redact_secret(text: str, secrets: tuple[str | None, ...]) -> str:
    """`text` with every non-empty secret in `secrets` replaced by `<redacted>` (for messages and reprs)."""
    for secret in secrets:
        if secret and len(secret) >= 4 and secret in text:
            text = text.replace(secret, REDACTED)
    return text


class SensitiveHeadersFilter(logging.Filter):
    """Redacts credential header values in records whose arguments carry a `headers` mapping.

    Handles both a single mapping argument (`log.debug("options: %s", {"headers": ...})`) and mappings inside a
    tuple of arguments. The record is modified in place, so every handler sees the redacted form.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = self._redact_mapping(args)  # type: ignore[arg-type] # LogRecord.args accepts a mapping
        elif isinstance(args, tuple) and args:
            record.args = tuple(
                self._redact_mapping(arg) if isinstance(arg, Mapping) else arg  # pyright: ignore[reportUnknownArgumentType]
                for arg in args
            )
        return True

    @staticmethod
    def _redact_mapping(mapping: Mapping[Any, Any]) -> Mapping[Any, Any]:
        headers = mapping.get("headers")
        if isinstance(headers, Mapping):
            copy = dict(mapping)
            copy["headers"] = redact_headers(headers)  # pyright: ignore[reportUnknownArgumentType]
            return copy
        return mapping


_filter_installed = False


def install_redaction_filter() -> None:
    """Attach the redaction filter to the `openai` logger once (idempotent)."""
    global _filter_installed
    if not _filter_installed:
        logger.addFilter(SensitiveHeadersFilter())
        _filter_installed = True


def setup_logging() -> None:
    """Apply `OPENAI_LOG`: `debug` or `info` turn on the SDK's logging; anything else changes nothing."""
    install_redaction_filter()
    level_name = os.environ.get("OPENAI_LOG")
    if level_name == "debug":
        level = logging.DEBUG
    elif level_name == "info":
        level = logging.INFO
    else:
        return
    logging.basicConfig(format=_LOG_FORMAT, datefmt=_DATE_FORMAT)
    logger.setLevel(level)
    httpx_logger.setLevel(level)
