# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dpo_method import DpoMethod as DpoMethod
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .supervised_method import SupervisedMethod as SupervisedMethod
    from .dpo_hyperparameters import DpoHyperparameters as DpoHyperparameters
    from .reinforcement_method import ReinforcementMethod as ReinforcementMethod
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .supervised_hyperparameters import SupervisedHyperparameters as SupervisedHyperparameters
    from .fine_tuning_job_integration import FineTuningJobIntegration as FineTuningJobIntegration
    from .reinforcement_hyperparameters import ReinforcementHyperparameters as ReinforcementHyperparameters
    from .fine_tuning_job_wandb_integration import FineTuningJobWandbIntegration as FineTuningJobWandbIntegration
    from .fine_tuning_job_wandb_integration_object import (
        FineTuningJobWandbIntegrationObject as FineTuningJobWandbIntegrationObject,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "DpoHyperparameters": ".dpo_hyperparameters",
    "DpoMethod": ".dpo_method",
    "FineTuningJob": ".fine_tuning_job",
    "FineTuningJobEvent": ".fine_tuning_job_event",
    "FineTuningJobIntegration": ".fine_tuning_job_integration",
    "FineTuningJobWandbIntegration": ".fine_tuning_job_wandb_integration",
    "FineTuningJobWandbIntegrationObject": ".fine_tuning_job_wandb_integration_object",
    "ReinforcementHyperparameters": ".reinforcement_hyperparameters",
    "ReinforcementMethod": ".reinforcement_method",
    "SupervisedHyperparameters": ".supervised_hyperparameters",
    "SupervisedMethod": ".supervised_method",
}
_SUBPACKAGES: frozenset[str] = frozenset(
    (
        "alpha",
        "checkpoints",
        "jobs",
    )
)

__all__ = [
    "DpoHyperparameters",
    "DpoMethod",
    "FineTuningJob",
    "FineTuningJobEvent",
    "FineTuningJobIntegration",
    "FineTuningJobWandbIntegration",
    "FineTuningJobWandbIntegrationObject",
    "ReinforcementHyperparameters",
    "ReinforcementMethod",
    "SupervisedHyperparameters",
    "SupervisedMethod",
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
