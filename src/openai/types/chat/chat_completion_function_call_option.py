# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = ["ChatCompletionFunctionCallOption"]


class ChatCompletionFunctionCallOption(BaseModel):
    """Specifying a particular function via `{"name": "my_function"}` forces the model to call that function."""

    name: str
    """The name of the function to call."""
