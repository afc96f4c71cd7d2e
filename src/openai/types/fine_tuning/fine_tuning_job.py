# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

from __future__ import annotations

from typing import List, Union, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from .dpo_method import DpoMethod
from ..shared.metadata import Metadata
from .supervised_method import SupervisedMethod
from .reinforcement_method import ReinforcementMethod
from .fine_tuning_job_wandb_integration_object import FineTuningJobWandbIntegrationObject

__all__ = ["FineTuningJob", "Error", "Hyperparameters", "Method"]


class Error(BaseModel):
    """For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure."""

    code: str
    """A machine-readable error code."""

    message: str
    """A human-readable error message."""

    param: Optional[str] = None
    """
    The parameter that was invalid, usually `training_file` or `validation_file`. This field will be null if the
    failure was not parameter-specific.
    """


class Hyperparameters(BaseModel):
    """
    The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised`
    jobs.
    """

    batch_size: Optional[Union[Literal["auto"], int]] = None
    """
    Number of examples in each batch. A larger batch size means that model parameters
    are updated less frequently, but with lower variance.
    """

    learning_rate_multiplier: Optional[Union[Literal["auto"], float]] = None
    """
    Scaling factor for the learning rate. A smaller learning rate may be useful to avoid
    overfitting.
    """

    n_epochs: Optional[Union[Literal["auto"], int]] = None
    """
    The number of epochs to train the model for. An epoch refers to one full cycle
    through the training dataset.
    """


class Method(BaseModel):
    """The method used for fine-tuning."""

    type: Literal["supervised", "dpo", "reinforcement"]
    """The type of method. Is either `supervised`, `dpo`, or `reinforcement`."""

    supervised: Optional[SupervisedMethod] = None
    """Configuration for the supervised fine-tuning method."""

    dpo: Optional[DpoMethod] = None
    """Configuration for the DPO fine-tuning method."""

    reinforcement: Optional[ReinforcementMethod] = None
    """Configuration for the reinforcement fine-tuning method."""


class FineTuningJob(BaseModel):
    """The `fine_tuning.job` object represents a fine-tuning job that has been created through the API."""

    id: str
    """The object identifier, which can be referenced in the API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    error: Optional[Error] = None
    """For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure."""

    fine_tuned_model: Optional[str] = None
    """
    The name of the fine-tuned model that is being created. The value will be null if the fine-tuning job is still
    running.
    """

    finished_at: Optional[int] = None
    """
    The Unix timestamp (in seconds) for when the fine-tuning job was finished. The value will be null if the
    fine-tuning job is still running.
    """

    hyperparameters: Hyperparameters
    """
    The hyperparameters used for the fine-tuning job. This value will only be returned when running `supervised`
    jobs.
    """

    model: str
    """The base model that is being fine-tuned."""

    object: Literal["fine_tuning.job"]
    """The object type, which is always "fine_tuning.job"."""

    organization_id: str
    """The organization that owns the fine-tuning job."""

    result_files: List[str]
    """
    The compiled results file ID(s) for the fine-tuning job. You can retrieve the results with the [Files
    API](/docs/api-reference/files/retrieve-contents).
    """

    status: Literal["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]
    """
    The current status of the fine-tuning job, which can be either `validating_files`, `queued`, `running`,
    `succeeded`, `failed`, or `cancelled`.
    """

    trained_tokens: Optional[int] = None
    """
    The total number of billable tokens processed by this fine-tuning job. The value will be null if the fine-tuning
    job is still running.
    """

    training_file: str
    """
    The file ID used for training. You can retrieve the training data with the [Files
    API](/docs/api-reference/files/retrieve-contents).
    """

    validation_file: Optional[str] = None
    """
    The file ID used for validation. You can retrieve the validation results with the [Files
    API](/docs/api-reference/files/retrieve-contents).
    """

    integrations: Optional[List[FineTuningJobWandbIntegrationObject]] = None
    """A list of integrations to enable for this fine-tuning job."""

    seed: int
    """The seed used for the fine-tuning job."""

    estimated_finish: Optional[int] = None
    """
    The Unix timestamp (in seconds) for when the fine-tuning job is estimated to finish. The value will be null if
    the fine-tuning job is not running.
    """

    method: Optional[Method] = None
    """The method used for fine-tuning."""

    metadata: Optional[Metadata] = None
    """
    Set of 16 key-value pairs that can be attached to an object. This can be
    useful for storing additional information about the object in a structured
    format, and querying for objects via API or the dashboard.

    Keys are strings with a maximum length of 64 characters. Values are strings
    with a maximum length of 512 characters.
    """
