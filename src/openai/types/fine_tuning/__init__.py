# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import jobs as jobs, alpha as alpha, checkpoints as checkpoints
    from .dpo_method import DpoMethod as DpoMethod
    from .fine_tuning_job import FineTuningJob as FineTuningJob
    from .job_list_params import JobListParams as JobListParams
    from .dpo_method_param import DpoMethodParam as DpoMethodParam
    from .job_create_params import JobCreateParams as JobCreateParams
    from .supervised_method import SupervisedMethod as SupervisedMethod
    from .dpo_hyperparameters import DpoHyperparameters as DpoHyperparameters
    from .reinforcement_method import ReinforcementMethod as ReinforcementMethod
    from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
    from .job_list_events_params import JobListEventsParams as JobListEventsParams
    from .supervised_method_param import SupervisedMethodParam as SupervisedMethodParam
    from .dpo_hyperparameters_param import DpoHyperparametersParam as DpoHyperparametersParam
    from .reinforcement_method_param import ReinforcementMethodParam as ReinforcementMethodParam
    from .supervised_hyperparameters import SupervisedHyperparameters as SupervisedHyperparameters
    from .fine_tuning_job_integration import FineTuningJobIntegration as FineTuningJobIntegration
    from .reinforcement_hyperparameters import ReinforcementHyperparameters as ReinforcementHyperparameters
    from .supervised_hyperparameters_param import SupervisedHyperparametersParam as SupervisedHyperparametersParam
    from .fine_tuning_job_wandb_integration import FineTuningJobWandbIntegration as FineTuningJobWandbIntegration
    from .reinforcement_hyperparameters_param import (
        ReinforcementHyperparametersParam as ReinforcementHyperparametersParam,
    )
    from .fine_tuning_job_wandb_integration_object import (
        FineTuningJobWandbIntegrationObject as FineTuningJobWandbIntegrationObject,
    )

# public name -> module defining it, imported on first access so `import` stays cheap
_LAZY: dict[str, str] = {
    "DpoHyperparameters": ".dpo_hyperparameters",
    "DpoHyperparametersParam": ".dpo_hyperparameters_param",
    "DpoMethod": ".dpo_method",
    "DpoMethodParam": ".dpo_method_param",
    "FineTuningJob": ".fine_tuning_job",
    "FineTuningJobEvent": ".fine_tuning_job_event",
    "FineTuningJobIntegration": ".fine_tuning_job_integration",
    "FineTuningJobWandbIntegration": ".fine_tuning_job_wandb_integration",
    "FineTuningJobWandbIntegrationObject": ".fine_tuning_job_wandb_integration_object",
    "JobCreateParams": ".job_create_params",
    "JobListEventsParams": ".job_list_events_params",
    "JobListParams": ".job_list_params",
    "ReinforcementHyperparameters": ".reinforcement_hyperparameters",
    "ReinforcementHyperparametersParam": ".reinforcement_hyperparameters_param",
    "ReinforcementMethod": ".reinforcement_method",
    "ReinforcementMethodParam": ".reinforcement_method_param",
    "SupervisedHyperparameters": ".supervised_hyperparameters",
    "SupervisedHyperparametersParam": ".supervised_hyperparameters_param",
    "SupervisedMethod": ".supervised_method",
    "SupervisedMethodParam": ".supervised_method_param",
}
# submodules (and subpackages), imported on first attribute access
_SUBMODULES: frozenset[str] = frozenset(
    (
        "alpha",
        "checkpoints",
        "dpo_hyperparameters",
        "dpo_hyperparameters_param",
        "dpo_method",
        "dpo_method_param",
        "fine_tuning_job",
        "fine_tuning_job_event",
        "fine_tuning_job_integration",
        "fine_tuning_job_wandb_integration",
        "fine_tuning_job_wandb_integration_object",
        "job_create_params",
        "job_list_events_params",
        "job_list_params",
        "jobs",
        "reinforcement_hyperparameters",
        "reinforcement_hyperparameters_param",
        "reinforcement_method",
        "reinforcement_method_param",
        "supervised_hyperparameters",
        "supervised_hyperparameters_param",
        "supervised_method",
        "supervised_method_param",
    )
)

__all__ = [
    "DpoHyperparameters",
    "DpoHyperparametersParam",
    "DpoMethod",
    "DpoMethodParam",
    "FineTuningJob",
    "FineTuningJobEvent",
    "FineTuningJobIntegration",
    "FineTuningJobWandbIntegration",
    "FineTuningJobWandbIntegrationObject",
    "JobCreateParams",
    "JobListEventsParams",
    "JobListParams",
    "ReinforcementHyperparameters",
    "ReinforcementHyperparametersParam",
    "ReinforcementMethod",
    "ReinforcementMethodParam",
    "SupervisedHyperparameters",
    "SupervisedHyperparametersParam",
    "SupervisedMethod",
    "SupervisedMethodParam",
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
