# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..chat_model import ChatModel
from .responses_model import ResponsesModel

__all__ = ["AllModels"]


AllModels: TypeAlias = Union[ChatModel, ResponsesModel]
