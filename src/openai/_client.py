# File generated from the OpenAPI spec by codegen (see CONTRIBUTING.md). Do not edit by hand.

"""The `OpenAI` and `AsyncOpenAI` clients: constructor logic from the core, resource namespaces from the spec.

Every top-level resource is a `cached_property` that imports its module on first access, so `import openai` and
`OpenAI()` import no resource or type module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from functools import cached_property

from openai._base_openai import BaseOpenAI, BaseAsyncOpenAI
from openai._client_exports import *  # noqa: F403  # the other names the official `openai._client` exposes

if TYPE_CHECKING:
    from openai.resources.files import (
        Files,
        AsyncFiles,
        FilesWithRawResponse,
        AsyncFilesWithRawResponse,
        FilesWithStreamingResponse,
        AsyncFilesWithStreamingResponse,
    )
    from openai.resources.images import (
        Images,
        AsyncImages,
        ImagesWithRawResponse,
        AsyncImagesWithRawResponse,
        ImagesWithStreamingResponse,
        AsyncImagesWithStreamingResponse,
    )
    from openai.resources.models import (
        Models,
        AsyncModels,
        ModelsWithRawResponse,
        AsyncModelsWithRawResponse,
        ModelsWithStreamingResponse,
        AsyncModelsWithStreamingResponse,
    )
    from openai.resources.videos import (
        Videos,
        AsyncVideos,
        VideosWithRawResponse,
        AsyncVideosWithRawResponse,
        VideosWithStreamingResponse,
        AsyncVideosWithStreamingResponse,
    )
    from openai.resources.batches import (
        Batches,
        AsyncBatches,
        BatchesWithRawResponse,
        AsyncBatchesWithRawResponse,
        BatchesWithStreamingResponse,
        AsyncBatchesWithStreamingResponse,
    )
    from openai.resources.beta.beta import (
        Beta,
        AsyncBeta,
        BetaWithRawResponse,
        AsyncBetaWithRawResponse,
        BetaWithStreamingResponse,
        AsyncBetaWithStreamingResponse,
    )
    from openai.resources.chat.chat import (
        Chat,
        AsyncChat,
        ChatWithRawResponse,
        AsyncChatWithRawResponse,
        ChatWithStreamingResponse,
        AsyncChatWithStreamingResponse,
    )
    from openai.resources.embeddings import (
        Embeddings,
        AsyncEmbeddings,
        EmbeddingsWithRawResponse,
        AsyncEmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
        AsyncEmbeddingsWithStreamingResponse,
    )
    from openai.resources.admin.admin import (
        Admin,
        AsyncAdmin,
        AdminWithRawResponse,
        AsyncAdminWithRawResponse,
        AdminWithStreamingResponse,
        AsyncAdminWithStreamingResponse,
    )
    from openai.resources.audio.audio import (
        Audio,
        AsyncAudio,
        AudioWithRawResponse,
        AsyncAudioWithRawResponse,
        AudioWithStreamingResponse,
        AsyncAudioWithStreamingResponse,
    )
    from openai.resources.completions import (
        Completions,
        AsyncCompletions,
        CompletionsWithRawResponse,
        AsyncCompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
        AsyncCompletionsWithStreamingResponse,
    )
    from openai.resources.evals.evals import (
        Evals,
        AsyncEvals,
        EvalsWithRawResponse,
        AsyncEvalsWithRawResponse,
        EvalsWithStreamingResponse,
        AsyncEvalsWithStreamingResponse,
    )
    from openai.resources.moderations import (
        Moderations,
        AsyncModerations,
        ModerationsWithRawResponse,
        AsyncModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
        AsyncModerationsWithStreamingResponse,
    )
    from openai.resources.skills.skills import (
        Skills,
        AsyncSkills,
        SkillsWithRawResponse,
        AsyncSkillsWithRawResponse,
        SkillsWithStreamingResponse,
        AsyncSkillsWithStreamingResponse,
    )
    from openai.resources.uploads.uploads import (
        Uploads,
        AsyncUploads,
        UploadsWithRawResponse,
        AsyncUploadsWithRawResponse,
        UploadsWithStreamingResponse,
        AsyncUploadsWithStreamingResponse,
    )
    from openai.resources.realtime.realtime import (
        Realtime,
        AsyncRealtime,
        RealtimeWithRawResponse,
        AsyncRealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
        AsyncRealtimeWithStreamingResponse,
    )
    from openai.resources.webhooks.webhooks import (
        Webhooks,
        AsyncWebhooks,
        WebhooksWithRawResponse,
        AsyncWebhooksWithRawResponse,
        WebhooksWithStreamingResponse,
        AsyncWebhooksWithStreamingResponse,
    )
    from openai.resources.responses.responses import (
        Responses,
        AsyncResponses,
        ResponsesWithRawResponse,
        AsyncResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
        AsyncResponsesWithStreamingResponse,
    )
    from openai.resources.containers.containers import (
        Containers,
        AsyncContainers,
        ContainersWithRawResponse,
        AsyncContainersWithRawResponse,
        ContainersWithStreamingResponse,
        AsyncContainersWithStreamingResponse,
    )
    from openai.resources.fine_tuning.fine_tuning import (
        FineTuning,
        AsyncFineTuning,
        FineTuningWithRawResponse,
        AsyncFineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
        AsyncFineTuningWithStreamingResponse,
    )
    from openai.resources.content_provenance_checks import (
        ContentProvenanceChecks,
        AsyncContentProvenanceChecks,
        ContentProvenanceChecksWithRawResponse,
        AsyncContentProvenanceChecksWithRawResponse,
        ContentProvenanceChecksWithStreamingResponse,
        AsyncContentProvenanceChecksWithStreamingResponse,
    )
    from openai.resources.conversations.conversations import (
        Conversations,
        AsyncConversations,
        ConversationsWithRawResponse,
        AsyncConversationsWithRawResponse,
        ConversationsWithStreamingResponse,
        AsyncConversationsWithStreamingResponse,
    )
    from openai.resources.vector_stores.vector_stores import (
        VectorStores,
        AsyncVectorStores,
        VectorStoresWithRawResponse,
        AsyncVectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
        AsyncVectorStoresWithStreamingResponse,
    )

__all__ = [
    "OpenAI",
    "AsyncOpenAI",
    "Client",
    "AsyncClient",
    "OpenAIWithRawResponse",
    "AsyncOpenAIWithRawResponse",
    "OpenAIWithStreamedResponse",
    "AsyncOpenAIWithStreamedResponse",
]


class OpenAI(BaseOpenAI):
    """Synchronous client for the OpenAI API."""

    @cached_property
    def completions(self) -> Completions:
        from openai.resources.completions import Completions

        return Completions(self)

    @cached_property
    def chat(self) -> Chat:
        from openai.resources.chat.chat import Chat

        return Chat(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from openai.resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def files(self) -> Files:
        from openai.resources.files import Files

        return Files(self)

    @cached_property
    def images(self) -> Images:
        from openai.resources.images import Images

        return Images(self)

    @cached_property
    def audio(self) -> Audio:
        from openai.resources.audio.audio import Audio

        return Audio(self)

    @cached_property
    def moderations(self) -> Moderations:
        from openai.resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def models(self) -> Models:
        from openai.resources.models import Models

        return Models(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from openai.resources.fine_tuning.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def vector_stores(self) -> VectorStores:
        from openai.resources.vector_stores.vector_stores import VectorStores

        return VectorStores(self)

    @cached_property
    def beta(self) -> Beta:
        from openai.resources.beta.beta import Beta

        return Beta(self)

    @cached_property
    def batches(self) -> Batches:
        from openai.resources.batches import Batches

        return Batches(self)

    @cached_property
    def uploads(self) -> Uploads:
        from openai.resources.uploads.uploads import Uploads

        return Uploads(self)

    @cached_property
    def responses(self) -> Responses:
        from openai.resources.responses.responses import Responses

        return Responses(self)

    @cached_property
    def evals(self) -> Evals:
        from openai.resources.evals.evals import Evals

        return Evals(self)

    @cached_property
    def containers(self) -> Containers:
        from openai.resources.containers.containers import Containers

        return Containers(self)

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecks:
        from openai.resources.content_provenance_checks import ContentProvenanceChecks

        return ContentProvenanceChecks(self)

    @cached_property
    def admin(self) -> Admin:
        from openai.resources.admin.admin import Admin

        return Admin(self)

    @cached_property
    def skills(self) -> Skills:
        from openai.resources.skills.skills import Skills

        return Skills(self)

    @cached_property
    def videos(self) -> Videos:
        from openai.resources.videos import Videos

        return Videos(self)

    @cached_property
    def realtime(self) -> Realtime:
        from openai.resources.realtime.realtime import Realtime

        return Realtime(self)

    @cached_property
    def conversations(self) -> Conversations:
        from openai.resources.conversations.conversations import Conversations

        return Conversations(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        from openai.resources.webhooks.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        return OpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenAIWithStreamedResponse:
        return OpenAIWithStreamedResponse(self)


class OpenAIWithRawResponse:
    """Every namespace of `OpenAI` wrapped to return raw responses."""

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from openai.resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from openai.resources.chat.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)

    @cached_property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        from openai.resources.embeddings import EmbeddingsWithRawResponse

        return EmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from openai.resources.files import FilesWithRawResponse

        return FilesWithRawResponse(self._client.files)

    @cached_property
    def images(self) -> ImagesWithRawResponse:
        from openai.resources.images import ImagesWithRawResponse

        return ImagesWithRawResponse(self._client.images)

    @cached_property
    def audio(self) -> AudioWithRawResponse:
        from openai.resources.audio.audio import AudioWithRawResponse

        return AudioWithRawResponse(self._client.audio)

    @cached_property
    def moderations(self) -> ModerationsWithRawResponse:
        from openai.resources.moderations import ModerationsWithRawResponse

        return ModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from openai.resources.models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def fine_tuning(self) -> FineTuningWithRawResponse:
        from openai.resources.fine_tuning.fine_tuning import FineTuningWithRawResponse

        return FineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        from openai.resources.vector_stores.vector_stores import VectorStoresWithRawResponse

        return VectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        from openai.resources.beta.beta import BetaWithRawResponse

        return BetaWithRawResponse(self._client.beta)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from openai.resources.batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._client.batches)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        from openai.resources.uploads.uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._client.uploads)

    @cached_property
    def responses(self) -> ResponsesWithRawResponse:
        from openai.resources.responses.responses import ResponsesWithRawResponse

        return ResponsesWithRawResponse(self._client.responses)

    @cached_property
    def evals(self) -> EvalsWithRawResponse:
        from openai.resources.evals.evals import EvalsWithRawResponse

        return EvalsWithRawResponse(self._client.evals)

    @cached_property
    def containers(self) -> ContainersWithRawResponse:
        from openai.resources.containers.containers import ContainersWithRawResponse

        return ContainersWithRawResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecksWithRawResponse:
        from openai.resources.content_provenance_checks import ContentProvenanceChecksWithRawResponse

        return ContentProvenanceChecksWithRawResponse(self._client.content_provenance_checks)

    @cached_property
    def admin(self) -> AdminWithRawResponse:
        from openai.resources.admin.admin import AdminWithRawResponse

        return AdminWithRawResponse(self._client.admin)

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        from openai.resources.skills.skills import SkillsWithRawResponse

        return SkillsWithRawResponse(self._client.skills)

    @cached_property
    def videos(self) -> VideosWithRawResponse:
        from openai.resources.videos import VideosWithRawResponse

        return VideosWithRawResponse(self._client.videos)

    @cached_property
    def realtime(self) -> RealtimeWithRawResponse:
        from openai.resources.realtime.realtime import RealtimeWithRawResponse

        return RealtimeWithRawResponse(self._client.realtime)

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        from openai.resources.conversations.conversations import ConversationsWithRawResponse

        return ConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def webhooks(self) -> WebhooksWithRawResponse:
        from openai.resources.webhooks.webhooks import WebhooksWithRawResponse

        return WebhooksWithRawResponse(self._client.webhooks)


class OpenAIWithStreamedResponse:
    """Every namespace of `OpenAI` wrapped to return streamed responses."""

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from openai.resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from openai.resources.chat.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)

    @cached_property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        from openai.resources.embeddings import EmbeddingsWithStreamingResponse

        return EmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from openai.resources.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._client.files)

    @cached_property
    def images(self) -> ImagesWithStreamingResponse:
        from openai.resources.images import ImagesWithStreamingResponse

        return ImagesWithStreamingResponse(self._client.images)

    @cached_property
    def audio(self) -> AudioWithStreamingResponse:
        from openai.resources.audio.audio import AudioWithStreamingResponse

        return AudioWithStreamingResponse(self._client.audio)

    @cached_property
    def moderations(self) -> ModerationsWithStreamingResponse:
        from openai.resources.moderations import ModerationsWithStreamingResponse

        return ModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from openai.resources.models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def fine_tuning(self) -> FineTuningWithStreamingResponse:
        from openai.resources.fine_tuning.fine_tuning import FineTuningWithStreamingResponse

        return FineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        from openai.resources.vector_stores.vector_stores import VectorStoresWithStreamingResponse

        return VectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        from openai.resources.beta.beta import BetaWithStreamingResponse

        return BetaWithStreamingResponse(self._client.beta)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from openai.resources.batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def uploads(self) -> UploadsWithStreamingResponse:
        from openai.resources.uploads.uploads import UploadsWithStreamingResponse

        return UploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        from openai.resources.responses.responses import ResponsesWithStreamingResponse

        return ResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def evals(self) -> EvalsWithStreamingResponse:
        from openai.resources.evals.evals import EvalsWithStreamingResponse

        return EvalsWithStreamingResponse(self._client.evals)

    @cached_property
    def containers(self) -> ContainersWithStreamingResponse:
        from openai.resources.containers.containers import ContainersWithStreamingResponse

        return ContainersWithStreamingResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecksWithStreamingResponse:
        from openai.resources.content_provenance_checks import ContentProvenanceChecksWithStreamingResponse

        return ContentProvenanceChecksWithStreamingResponse(self._client.content_provenance_checks)

    @cached_property
    def admin(self) -> AdminWithStreamingResponse:
        from openai.resources.admin.admin import AdminWithStreamingResponse

        return AdminWithStreamingResponse(self._client.admin)

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        from openai.resources.skills.skills import SkillsWithStreamingResponse

        return SkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def videos(self) -> VideosWithStreamingResponse:
        from openai.resources.videos import VideosWithStreamingResponse

        return VideosWithStreamingResponse(self._client.videos)

    @cached_property
    def realtime(self) -> RealtimeWithStreamingResponse:
        from openai.resources.realtime.realtime import RealtimeWithStreamingResponse

        return RealtimeWithStreamingResponse(self._client.realtime)

    @cached_property
    def conversations(self) -> ConversationsWithStreamingResponse:
        from openai.resources.conversations.conversations import ConversationsWithStreamingResponse

        return ConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def webhooks(self) -> WebhooksWithStreamingResponse:
        from openai.resources.webhooks.webhooks import WebhooksWithStreamingResponse

        return WebhooksWithStreamingResponse(self._client.webhooks)


class AsyncOpenAI(BaseAsyncOpenAI):
    """Asynchronous client for the OpenAI API."""

    @cached_property
    def completions(self) -> AsyncCompletions:
        from openai.resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from openai.resources.chat.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from openai.resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from openai.resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def images(self) -> AsyncImages:
        from openai.resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from openai.resources.audio.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        from openai.resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def models(self) -> AsyncModels:
        from openai.resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from openai.resources.fine_tuning.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from openai.resources.vector_stores.vector_stores import AsyncVectorStores

        return AsyncVectorStores(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        from openai.resources.beta.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        from openai.resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        from openai.resources.uploads.uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        from openai.resources.responses.responses import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def evals(self) -> AsyncEvals:
        from openai.resources.evals.evals import AsyncEvals

        return AsyncEvals(self)

    @cached_property
    def containers(self) -> AsyncContainers:
        from openai.resources.containers.containers import AsyncContainers

        return AsyncContainers(self)

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecks:
        from openai.resources.content_provenance_checks import AsyncContentProvenanceChecks

        return AsyncContentProvenanceChecks(self)

    @cached_property
    def admin(self) -> AsyncAdmin:
        from openai.resources.admin.admin import AsyncAdmin

        return AsyncAdmin(self)

    @cached_property
    def skills(self) -> AsyncSkills:
        from openai.resources.skills.skills import AsyncSkills

        return AsyncSkills(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        from openai.resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from openai.resources.realtime.realtime import AsyncRealtime

        return AsyncRealtime(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        from openai.resources.conversations.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from openai.resources.webhooks.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        return AsyncOpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamedResponse:
        return AsyncOpenAIWithStreamedResponse(self)


class AsyncOpenAIWithRawResponse:
    """Every namespace of `AsyncOpenAI` wrapped to return raw responses."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from openai.resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from openai.resources.chat.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        from openai.resources.embeddings import AsyncEmbeddingsWithRawResponse

        return AsyncEmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from openai.resources.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._client.files)

    @cached_property
    def images(self) -> AsyncImagesWithRawResponse:
        from openai.resources.images import AsyncImagesWithRawResponse

        return AsyncImagesWithRawResponse(self._client.images)

    @cached_property
    def audio(self) -> AsyncAudioWithRawResponse:
        from openai.resources.audio.audio import AsyncAudioWithRawResponse

        return AsyncAudioWithRawResponse(self._client.audio)

    @cached_property
    def moderations(self) -> AsyncModerationsWithRawResponse:
        from openai.resources.moderations import AsyncModerationsWithRawResponse

        return AsyncModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from openai.resources.models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithRawResponse:
        from openai.resources.fine_tuning.fine_tuning import AsyncFineTuningWithRawResponse

        return AsyncFineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        from openai.resources.vector_stores.vector_stores import AsyncVectorStoresWithRawResponse

        return AsyncVectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        from openai.resources.beta.beta import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._client.beta)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from openai.resources.batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._client.batches)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        from openai.resources.uploads.uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._client.uploads)

    @cached_property
    def responses(self) -> AsyncResponsesWithRawResponse:
        from openai.resources.responses.responses import AsyncResponsesWithRawResponse

        return AsyncResponsesWithRawResponse(self._client.responses)

    @cached_property
    def evals(self) -> AsyncEvalsWithRawResponse:
        from openai.resources.evals.evals import AsyncEvalsWithRawResponse

        return AsyncEvalsWithRawResponse(self._client.evals)

    @cached_property
    def containers(self) -> AsyncContainersWithRawResponse:
        from openai.resources.containers.containers import AsyncContainersWithRawResponse

        return AsyncContainersWithRawResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecksWithRawResponse:
        from openai.resources.content_provenance_checks import AsyncContentProvenanceChecksWithRawResponse

        return AsyncContentProvenanceChecksWithRawResponse(self._client.content_provenance_checks)

    @cached_property
    def admin(self) -> AsyncAdminWithRawResponse:
        from openai.resources.admin.admin import AsyncAdminWithRawResponse

        return AsyncAdminWithRawResponse(self._client.admin)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        from openai.resources.skills.skills import AsyncSkillsWithRawResponse

        return AsyncSkillsWithRawResponse(self._client.skills)

    @cached_property
    def videos(self) -> AsyncVideosWithRawResponse:
        from openai.resources.videos import AsyncVideosWithRawResponse

        return AsyncVideosWithRawResponse(self._client.videos)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithRawResponse:
        from openai.resources.realtime.realtime import AsyncRealtimeWithRawResponse

        return AsyncRealtimeWithRawResponse(self._client.realtime)

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        from openai.resources.conversations.conversations import AsyncConversationsWithRawResponse

        return AsyncConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithRawResponse:
        from openai.resources.webhooks.webhooks import AsyncWebhooksWithRawResponse

        return AsyncWebhooksWithRawResponse(self._client.webhooks)


class AsyncOpenAIWithStreamedResponse:
    """Every namespace of `AsyncOpenAI` wrapped to return streamed responses."""

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from openai.resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from openai.resources.chat.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        from openai.resources.embeddings import AsyncEmbeddingsWithStreamingResponse

        return AsyncEmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from openai.resources.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._client.files)

    @cached_property
    def images(self) -> AsyncImagesWithStreamingResponse:
        from openai.resources.images import AsyncImagesWithStreamingResponse

        return AsyncImagesWithStreamingResponse(self._client.images)

    @cached_property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        from openai.resources.audio.audio import AsyncAudioWithStreamingResponse

        return AsyncAudioWithStreamingResponse(self._client.audio)

    @cached_property
    def moderations(self) -> AsyncModerationsWithStreamingResponse:
        from openai.resources.moderations import AsyncModerationsWithStreamingResponse

        return AsyncModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from openai.resources.models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithStreamingResponse:
        from openai.resources.fine_tuning.fine_tuning import AsyncFineTuningWithStreamingResponse

        return AsyncFineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        from openai.resources.vector_stores.vector_stores import AsyncVectorStoresWithStreamingResponse

        return AsyncVectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        from openai.resources.beta.beta import AsyncBetaWithStreamingResponse

        return AsyncBetaWithStreamingResponse(self._client.beta)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from openai.resources.batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def uploads(self) -> AsyncUploadsWithStreamingResponse:
        from openai.resources.uploads.uploads import AsyncUploadsWithStreamingResponse

        return AsyncUploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        from openai.resources.responses.responses import AsyncResponsesWithStreamingResponse

        return AsyncResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def evals(self) -> AsyncEvalsWithStreamingResponse:
        from openai.resources.evals.evals import AsyncEvalsWithStreamingResponse

        return AsyncEvalsWithStreamingResponse(self._client.evals)

    @cached_property
    def containers(self) -> AsyncContainersWithStreamingResponse:
        from openai.resources.containers.containers import AsyncContainersWithStreamingResponse

        return AsyncContainersWithStreamingResponse(self._client.containers)

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecksWithStreamingResponse:
        from openai.resources.content_provenance_checks import AsyncContentProvenanceChecksWithStreamingResponse

        return AsyncContentProvenanceChecksWithStreamingResponse(self._client.content_provenance_checks)

    @cached_property
    def admin(self) -> AsyncAdminWithStreamingResponse:
        from openai.resources.admin.admin import AsyncAdminWithStreamingResponse

        return AsyncAdminWithStreamingResponse(self._client.admin)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        from openai.resources.skills.skills import AsyncSkillsWithStreamingResponse

        return AsyncSkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def videos(self) -> AsyncVideosWithStreamingResponse:
        from openai.resources.videos import AsyncVideosWithStreamingResponse

        return AsyncVideosWithStreamingResponse(self._client.videos)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithStreamingResponse:
        from openai.resources.realtime.realtime import AsyncRealtimeWithStreamingResponse

        return AsyncRealtimeWithStreamingResponse(self._client.realtime)

    @cached_property
    def conversations(self) -> AsyncConversationsWithStreamingResponse:
        from openai.resources.conversations.conversations import AsyncConversationsWithStreamingResponse

        return AsyncConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def webhooks(self) -> AsyncWebhooksWithStreamingResponse:
        from openai.resources.webhooks.webhooks import AsyncWebhooksWithStreamingResponse

        return AsyncWebhooksWithStreamingResponse(self._client.webhooks)


Client = OpenAI

AsyncClient = AsyncOpenAI
