"""How the command reports a failure: one readable line, no traceback."""

from __future__ import annotations

from typing import Any, cast

__all__ = ["CLIError", "describe_error"]


class CLIError(Exception):
    """A mistake in the command's arguments or input that the user can fix."""


def describe_error(exc: BaseException) -> str:
    """One line naming what went wrong: the API's status and message, a connection problem, or the exception."""
    from .._exceptions import APIStatusError, APIConnectionError

    if isinstance(exc, APIStatusError):
        text = f"{exc.status_code} {exc.response.reason_phrase}".rstrip()
        message = _api_message(exc.body) or exc.message
        text = f"{text}: {message}"
        if exc.request_id:
            text += f" (request id: {exc.request_id})"
    elif isinstance(exc, APIConnectionError):
        text = exc.message.rstrip(".")
        cause = exc.__cause__
        text = f"{text}: {cause}" if cause is not None and str(cause) else f"{text}."
        text += f" ({exc.request.method} {exc.request.url})"
    elif isinstance(exc, FileNotFoundError) and exc.filename is not None:
        text = f"no such file: {exc.filename}"
    elif isinstance(exc, (CLIError, OSError)) or type(exc).__module__.startswith("openai"):
        text = str(exc) or type(exc).__name__
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


def _api_message(body: object) -> str | None:
    if isinstance(body, dict):
        error = cast("dict[str, Any]", body).get("error", body)
        if isinstance(error, dict):
            message = cast("dict[str, Any]", error).get("message")
            if isinstance(message, str) and message:
                return message
    return None
