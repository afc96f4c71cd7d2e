# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .message import Message as Message
    from .conversation import Conversation as Conversation
    from .text_content import TextContent as TextContent
    from .refusal_content import RefusalContent as RefusalContent
    from .conversation_item import ConversationItem as ConversationItem
    from .input_file_content import InputFileContent as InputFileContent
    from .input_text_content import InputTextContent as InputTextContent
    from .input_image_content import InputImageContent as InputImageContent
    from .output_text_content import OutputTextContent as OutputTextContent
    from .conversation_deleted import ConversationDeleted as ConversationDeleted
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ComputerScreenshotContent": ".computer_screenshot_content",
    "Conversation": ".conversation",
    "ConversationDeleted": ".conversation_deleted",
    "ConversationDeletedResource": ".conversation_deleted_resource",
    "ConversationItem": ".conversation_item",
    "ConversationItemList": ".conversation_item_list",
    "InputFileContent": ".input_file_content",
    "InputImageContent": ".input_image_content",
    "InputTextContent": ".input_text_content",
    "Message": ".message",
    "OutputTextContent": ".output_text_content",
    "RefusalContent": ".refusal_content",
    "SummaryTextContent": ".summary_text_content",
    "TextContent": ".text_content",
}
_SUBPACKAGES: frozenset[str] = frozenset(())

__all__ = [
    "ComputerScreenshotContent",
    "Conversation",
    "ConversationDeleted",
    "ConversationDeletedResource",
    "ConversationItem",
    "ConversationItemList",
    "InputFileContent",
    "InputImageContent",
    "InputTextContent",
    "Message",
    "OutputTextContent",
    "RefusalContent",
    "SummaryTextContent",
    "TextContent",
]


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBPACKAGES})
