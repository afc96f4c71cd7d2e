# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .chat_session import ChatSession as ChatSession
    from .chatkit_thread import ChatKitThread as ChatKitThread
    from .chatkit_attachment import ChatKitAttachment as ChatKitAttachment
    from .thread_list_params import ThreadListParams as ThreadListParams
    from .chat_session_status import ChatSessionStatus as ChatSessionStatus
    from .chatkit_widget_item import ChatKitWidgetItem as ChatKitWidgetItem
    from .chat_session_history import ChatSessionHistory as ChatSessionHistory
    from .session_create_params import SessionCreateParams as SessionCreateParams
    from .thread_delete_response import ThreadDeleteResponse as ThreadDeleteResponse
    from .chat_session_file_upload import ChatSessionFileUpload as ChatSessionFileUpload
    from .chat_session_rate_limits import ChatSessionRateLimits as ChatSessionRateLimits
    from .chatkit_thread_item_list import ChatKitThreadItemList as ChatKitThreadItemList
    from .thread_list_items_params import ThreadListItemsParams as ThreadListItemsParams
    from .chat_session_workflow_param import ChatSessionWorkflowParam as ChatSessionWorkflowParam
    from .chatkit_response_output_text import ChatKitResponseOutputText as ChatKitResponseOutputText
    from .chat_session_rate_limits_param import ChatSessionRateLimitsParam as ChatSessionRateLimitsParam
    from .chat_session_expires_after_param import ChatSessionExpiresAfterParam as ChatSessionExpiresAfterParam
    from .chatkit_thread_user_message_item import ChatKitThreadUserMessageItem as ChatKitThreadUserMessageItem
    from .chat_session_chatkit_configuration import ChatSessionChatKitConfiguration as ChatSessionChatKitConfiguration
    from .chat_session_automatic_thread_titling import (
        ChatSessionAutomaticThreadTitling as ChatSessionAutomaticThreadTitling,
    )
    from .chatkit_thread_assistant_message_item import (
        ChatKitThreadAssistantMessageItem as ChatKitThreadAssistantMessageItem,
    )
    from .chat_session_chatkit_configuration_param import (
        ChatSessionChatKitConfigurationParam as ChatSessionChatKitConfigurationParam,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "ChatKitAttachment": ".chatkit_attachment",
    "ChatKitResponseOutputText": ".chatkit_response_output_text",
    "ChatKitThread": ".chatkit_thread",
    "ChatKitThreadAssistantMessageItem": ".chatkit_thread_assistant_message_item",
    "ChatKitThreadItemList": ".chatkit_thread_item_list",
    "ChatKitThreadUserMessageItem": ".chatkit_thread_user_message_item",
    "ChatKitWidgetItem": ".chatkit_widget_item",
    "ChatSession": ".chat_session",
    "ChatSessionAutomaticThreadTitling": ".chat_session_automatic_thread_titling",
    "ChatSessionChatKitConfiguration": ".chat_session_chatkit_configuration",
    "ChatSessionChatKitConfigurationParam": ".chat_session_chatkit_configuration_param",
    "ChatSessionExpiresAfterParam": ".chat_session_expires_after_param",
    "ChatSessionFileUpload": ".chat_session_file_upload",
    "ChatSessionHistory": ".chat_session_history",
    "ChatSessionRateLimits": ".chat_session_rate_limits",
    "ChatSessionRateLimitsParam": ".chat_session_rate_limits_param",
    "ChatSessionStatus": ".chat_session_status",
    "ChatSessionWorkflowParam": ".chat_session_workflow_param",
    "SessionCreateParams": ".session_create_params",
    "ThreadDeleteResponse": ".thread_delete_response",
    "ThreadListItemsParams": ".thread_list_items_params",
    "ThreadListParams": ".thread_list_params",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "chat_session",
        "chat_session_automatic_thread_titling",
        "chat_session_chatkit_configuration",
        "chat_session_chatkit_configuration_param",
        "chat_session_expires_after_param",
        "chat_session_file_upload",
        "chat_session_history",
        "chat_session_rate_limits",
        "chat_session_rate_limits_param",
        "chat_session_status",
        "chat_session_workflow_param",
        "chatkit_attachment",
        "chatkit_response_output_text",
        "chatkit_thread",
        "chatkit_thread_assistant_message_item",
        "chatkit_thread_item_list",
        "chatkit_thread_user_message_item",
        "chatkit_widget_item",
        "session_create_params",
        "thread_delete_response",
        "thread_list_items_params",
        "thread_list_params",
    )
)

__all__ = [
    "ChatKitAttachment",
    "ChatKitResponseOutputText",
    "ChatKitThread",
    "ChatKitThreadAssistantMessageItem",
    "ChatKitThreadItemList",
    "ChatKitThreadUserMessageItem",
    "ChatKitWidgetItem",
    "ChatSession",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionChatKitConfiguration",
    "ChatSessionChatKitConfigurationParam",
    "ChatSessionExpiresAfterParam",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatSessionRateLimitsParam",
    "ChatSessionStatus",
    "ChatSessionWorkflowParam",
    "SessionCreateParams",
    "ThreadDeleteResponse",
    "ThreadListItemsParams",
    "ThreadListParams",
]

if not TYPE_CHECKING:  # type checkers read the imports above and flag names that do not exist

    def __getattr__(name: str) -> object:
        import importlib

        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})
