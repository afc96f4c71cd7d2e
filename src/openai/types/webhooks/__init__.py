# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .unwrap_webhook_event import UnwrapWebhookEvent as UnwrapWebhookEvent
    from .batch_failed_webhook_event import BatchFailedWebhookEvent as BatchFailedWebhookEvent
    from .batch_expired_webhook_event import BatchExpiredWebhookEvent as BatchExpiredWebhookEvent
    from .batch_cancelled_webhook_event import BatchCancelledWebhookEvent as BatchCancelledWebhookEvent
    from .batch_completed_webhook_event import BatchCompletedWebhookEvent as BatchCompletedWebhookEvent
    from .eval_run_failed_webhook_event import EvalRunFailedWebhookEvent as EvalRunFailedWebhookEvent
    from .response_failed_webhook_event import ResponseFailedWebhookEvent as ResponseFailedWebhookEvent
    from .eval_run_canceled_webhook_event import EvalRunCanceledWebhookEvent as EvalRunCanceledWebhookEvent
    from .eval_run_succeeded_webhook_event import EvalRunSucceededWebhookEvent as EvalRunSucceededWebhookEvent
    from .live_call_incoming_webhook_event import LiveCallIncomingWebhookEvent as LiveCallIncomingWebhookEvent
    from .response_cancelled_webhook_event import ResponseCancelledWebhookEvent as ResponseCancelledWebhookEvent
    from .response_completed_webhook_event import ResponseCompletedWebhookEvent as ResponseCompletedWebhookEvent
    from .response_incomplete_webhook_event import ResponseIncompleteWebhookEvent as ResponseIncompleteWebhookEvent
    from .fine_tuning_job_failed_webhook_event import FineTuningJobFailedWebhookEvent as FineTuningJobFailedWebhookEvent
    from .realtime_call_incoming_webhook_event import (
        RealtimeCallIncomingWebhookEvent as RealtimeCallIncomingWebhookEvent,
    )
    from .fine_tuning_job_cancelled_webhook_event import (
        FineTuningJobCancelledWebhookEvent as FineTuningJobCancelledWebhookEvent,
    )
    from .fine_tuning_job_succeeded_webhook_event import (
        FineTuningJobSucceededWebhookEvent as FineTuningJobSucceededWebhookEvent,
    )
    from .safety_identifier_blocked_webhook_event import (
        SafetyIdentifierBlockedWebhookEvent as SafetyIdentifierBlockedWebhookEvent,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "BatchCancelledWebhookEvent": ".batch_cancelled_webhook_event",
    "BatchCompletedWebhookEvent": ".batch_completed_webhook_event",
    "BatchExpiredWebhookEvent": ".batch_expired_webhook_event",
    "BatchFailedWebhookEvent": ".batch_failed_webhook_event",
    "EvalRunCanceledWebhookEvent": ".eval_run_canceled_webhook_event",
    "EvalRunFailedWebhookEvent": ".eval_run_failed_webhook_event",
    "EvalRunSucceededWebhookEvent": ".eval_run_succeeded_webhook_event",
    "FineTuningJobCancelledWebhookEvent": ".fine_tuning_job_cancelled_webhook_event",
    "FineTuningJobFailedWebhookEvent": ".fine_tuning_job_failed_webhook_event",
    "FineTuningJobSucceededWebhookEvent": ".fine_tuning_job_succeeded_webhook_event",
    "LiveCallIncomingWebhookEvent": ".live_call_incoming_webhook_event",
    "RealtimeCallIncomingWebhookEvent": ".realtime_call_incoming_webhook_event",
    "ResponseCancelledWebhookEvent": ".response_cancelled_webhook_event",
    "ResponseCompletedWebhookEvent": ".response_completed_webhook_event",
    "ResponseFailedWebhookEvent": ".response_failed_webhook_event",
    "ResponseIncompleteWebhookEvent": ".response_incomplete_webhook_event",
    "SafetyIdentifierBlockedWebhookEvent": ".safety_identifier_blocked_webhook_event",
    "UnwrapWebhookEvent": ".unwrap_webhook_event",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "batch_cancelled_webhook_event",
        "batch_completed_webhook_event",
        "batch_expired_webhook_event",
        "batch_failed_webhook_event",
        "eval_run_canceled_webhook_event",
        "eval_run_failed_webhook_event",
        "eval_run_succeeded_webhook_event",
        "fine_tuning_job_cancelled_webhook_event",
        "fine_tuning_job_failed_webhook_event",
        "fine_tuning_job_succeeded_webhook_event",
        "live_call_incoming_webhook_event",
        "realtime_call_incoming_webhook_event",
        "response_cancelled_webhook_event",
        "response_completed_webhook_event",
        "response_failed_webhook_event",
        "response_incomplete_webhook_event",
        "safety_identifier_blocked_webhook_event",
        "unwrap_webhook_event",
    )
)

__all__ = [
    "BatchCancelledWebhookEvent",
    "BatchCompletedWebhookEvent",
    "BatchExpiredWebhookEvent",
    "BatchFailedWebhookEvent",
    "EvalRunCanceledWebhookEvent",
    "EvalRunFailedWebhookEvent",
    "EvalRunSucceededWebhookEvent",
    "FineTuningJobCancelledWebhookEvent",
    "FineTuningJobFailedWebhookEvent",
    "FineTuningJobSucceededWebhookEvent",
    "LiveCallIncomingWebhookEvent",
    "RealtimeCallIncomingWebhookEvent",
    "ResponseCancelledWebhookEvent",
    "ResponseCompletedWebhookEvent",
    "ResponseFailedWebhookEvent",
    "ResponseIncompleteWebhookEvent",
    "SafetyIdentifierBlockedWebhookEvent",
    "UnwrapWebhookEvent",
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
