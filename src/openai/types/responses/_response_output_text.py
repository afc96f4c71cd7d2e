"""The `output_text` convenience property of `Response` (hand-written; the generator names it as a base class).

The spec lists `output_text` as an SDK-only property: it is not sent by the API but computed from `output`. The
generated `Response` model derives from `ResponseOutputTextMixin` (see `types.model_mixins` in
`codegen/config.yaml`), and an overlay removes the spec's `output_text` property so no field shadows it.
"""

from __future__ import annotations

from typing import List, Protocol

from .response_output_item import ResponseOutputItem

__all__ = ["ResponseOutputTextMixin"]


class _HasOutput(Protocol):
    # a read-only property in the protocol, so the (mutable) model field satisfies it
    @property
    def output(self) -> List[ResponseOutputItem]: ...


class ResponseOutputTextMixin:
    """Adds `output_text` to a model with an `output: List[ResponseOutputItem]` field."""

    __slots__ = ()

    @property
    def output_text(self: _HasOutput) -> str:
        """The text of every `output_text` content part of every `message` output item, concatenated in order.

        An empty string when the response has no text output (only tool calls, a refusal, or nothing yet).
        """
        texts: list[str] = []
        for item in self.output:
            if item.type != "message":
                continue
            for part in item.content:
                if part.type == "output_text":
                    texts.append(part.text)
        return "".join(texts)
