"""Resource-style senders of realtime client events: ``connection.session.update(...)`` and friends.

Each method builds one client event (wire ``type`` = the dotted path of the call, ``event_id`` only when
given) and hands it to the connection's ``send``. The classes are generic over the parameter types that
differ between the beta and GA protocols; `_sync` and `_async` bind them to the generated param types.
"""

from __future__ import annotations

from typing import Any, Dict, Generic, Mapping, TypeVar, Awaitable

from typing_extensions import Protocol

from ..._types import Omit, NotGiven, omit

__all__ = [
    "SessionSender",
    "TranscriptionSessionSender",
    "ResponseSender",
    "InputAudioBufferSender",
    "OutputAudioBufferSender",
    "ConversationItemSender",
    "ConversationSender",
    "AsyncSessionSender",
    "AsyncTranscriptionSessionSender",
    "AsyncResponseSender",
    "AsyncInputAudioBufferSender",
    "AsyncOutputAudioBufferSender",
    "AsyncConversationItemSender",
    "AsyncConversationSender",
]

_SessionT = TypeVar("_SessionT")
_ResponseT = TypeVar("_ResponseT")
_ItemT = TypeVar("_ItemT")

Given = Omit | NotGiven


class _SyncSink(Protocol):
    def send(self, event: Mapping[str, Any], /) -> None: ...


class _AsyncSink(Protocol):
    def send(self, event: Mapping[str, Any], /) -> Awaitable[None]: ...


def _event(event_type: str, **fields: object) -> Dict[str, object]:
    # Sentinel values (`omit`, `NOT_GIVEN`) are dropped by the connection's serialiser, so optional fields
    # that were not passed never reach the wire.
    return {"type": event_type, **fields}


# --- sync -------------------------------------------------------------------------------------------------


class _SyncSender:
    def __init__(self, connection: _SyncSink) -> None:
        self._connection = connection


class SessionSender(_SyncSender, Generic[_SessionT]):
    def update(self, *, session: _SessionT, event_id: str | Given = omit) -> None:
        """Send ``session.update``: change the session's configuration (the server answers ``session.updated``)."""
        self._connection.send(_event("session.update", session=session, event_id=event_id))


class TranscriptionSessionSender(_SyncSender, Generic[_SessionT]):
    def update(self, *, session: _SessionT, event_id: str | Given = omit) -> None:
        """Send ``transcription_session.update`` (beta protocol): configure a transcription-only session."""
        self._connection.send(_event("transcription_session.update", session=session, event_id=event_id))


class ResponseSender(_SyncSender, Generic[_ResponseT]):
    def create(self, *, response: _ResponseT | Given = omit, event_id: str | Given = omit) -> None:
        """Send ``response.create``: ask the model for a response, optionally overriding session settings."""
        self._connection.send(_event("response.create", response=response, event_id=event_id))

    def cancel(self, *, response_id: str | Given = omit, event_id: str | Given = omit) -> None:
        """Send ``response.cancel``: stop the in-progress response (or the one with ``response_id``)."""
        self._connection.send(_event("response.cancel", response_id=response_id, event_id=event_id))


class InputAudioBufferSender(_SyncSender):
    def append(self, *, audio: str, event_id: str | Given = omit) -> None:
        """Send ``input_audio_buffer.append`` with base64-encoded audio bytes."""
        self._connection.send(_event("input_audio_buffer.append", audio=audio, event_id=event_id))

    def commit(self, *, event_id: str | Given = omit) -> None:
        """Send ``input_audio_buffer.commit``: turn the buffered audio into a user message item."""
        self._connection.send(_event("input_audio_buffer.commit", event_id=event_id))

    def clear(self, *, event_id: str | Given = omit) -> None:
        """Send ``input_audio_buffer.clear``: discard the buffered input audio."""
        self._connection.send(_event("input_audio_buffer.clear", event_id=event_id))


class OutputAudioBufferSender(_SyncSender):
    def clear(self, *, event_id: str | Given = omit) -> None:
        """Send ``output_audio_buffer.clear``: cut off the audio the server is playing (WebRTC sessions)."""
        self._connection.send(_event("output_audio_buffer.clear", event_id=event_id))


class ConversationItemSender(_SyncSender, Generic[_ItemT]):
    def create(self, *, item: _ItemT, previous_item_id: str | Given = omit, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.create``: add an item after ``previous_item_id`` (default: at the end)."""
        self._connection.send(
            _event("conversation.item.create", item=item, previous_item_id=previous_item_id, event_id=event_id)
        )

    def delete(self, *, item_id: str, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.delete``."""
        self._connection.send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    def retrieve(self, *, item_id: str, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.retrieve``; the server answers ``conversation.item.retrieved``."""
        self._connection.send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))

    def truncate(self, *, item_id: str, content_index: int, audio_end_ms: int, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.truncate``: cut an assistant audio item at ``audio_end_ms``."""
        self._connection.send(
            _event(
                "conversation.item.truncate",
                item_id=item_id,
                content_index=content_index,
                audio_end_ms=audio_end_ms,
                event_id=event_id,
            )
        )


class ConversationSender(_SyncSender, Generic[_ItemT]):
    @property
    def item(self) -> ConversationItemSender[_ItemT]:
        return ConversationItemSender(self._connection)


# --- async ------------------------------------------------------------------------------------------------


class _AsyncSender:
    def __init__(self, connection: _AsyncSink) -> None:
        self._connection = connection


class AsyncSessionSender(_AsyncSender, Generic[_SessionT]):
    async def update(self, *, session: _SessionT, event_id: str | Given = omit) -> None:
        """Send ``session.update``: change the session's configuration (the server answers ``session.updated``)."""
        await self._connection.send(_event("session.update", session=session, event_id=event_id))


class AsyncTranscriptionSessionSender(_AsyncSender, Generic[_SessionT]):
    async def update(self, *, session: _SessionT, event_id: str | Given = omit) -> None:
        """Send ``transcription_session.update`` (beta protocol): configure a transcription-only session."""
        await self._connection.send(_event("transcription_session.update", session=session, event_id=event_id))


class AsyncResponseSender(_AsyncSender, Generic[_ResponseT]):
    async def create(self, *, response: _ResponseT | Given = omit, event_id: str | Given = omit) -> None:
        """Send ``response.create``: ask the model for a response, optionally overriding session settings."""
        await self._connection.send(_event("response.create", response=response, event_id=event_id))

    async def cancel(self, *, response_id: str | Given = omit, event_id: str | Given = omit) -> None:
        """Send ``response.cancel``: stop the in-progress response (or the one with ``response_id``)."""
        await self._connection.send(_event("response.cancel", response_id=response_id, event_id=event_id))


class AsyncInputAudioBufferSender(_AsyncSender):
    async def append(self, *, audio: str, event_id: str | Given = omit) -> None:
        """Send ``input_audio_buffer.append`` with base64-encoded audio bytes."""
        await self._connection.send(_event("input_audio_buffer.append", audio=audio, event_id=event_id))

    async def commit(self, *, event_id: str | Given = omit) -> None:
        """Send ``input_audio_buffer.commit``: turn the buffered audio into a user message item."""
        await self._connection.send(_event("input_audio_buffer.commit", event_id=event_id))

    async def clear(self, *, event_id: str | Given = omit) -> None:
        """Send ``input_audio_buffer.clear``: discard the buffered input audio."""
        await self._connection.send(_event("input_audio_buffer.clear", event_id=event_id))


class AsyncOutputAudioBufferSender(_AsyncSender):
    async def clear(self, *, event_id: str | Given = omit) -> None:
        """Send ``output_audio_buffer.clear``: cut off the audio the server is playing (WebRTC sessions)."""
        await self._connection.send(_event("output_audio_buffer.clear", event_id=event_id))


class AsyncConversationItemSender(_AsyncSender, Generic[_ItemT]):
    async def create(self, *, item: _ItemT, previous_item_id: str | Given = omit, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.create``: add an item after ``previous_item_id`` (default: at the end)."""
        await self._connection.send(
            _event("conversation.item.create", item=item, previous_item_id=previous_item_id, event_id=event_id)
        )

    async def delete(self, *, item_id: str, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.delete``."""
        await self._connection.send(_event("conversation.item.delete", item_id=item_id, event_id=event_id))

    async def retrieve(self, *, item_id: str, event_id: str | Given = omit) -> None:
        """Send ``conversation.item.retrieve``; the server answers ``conversation.item.retrieved``."""
        await self._connection.send(_event("conversation.item.retrieve", item_id=item_id, event_id=event_id))

    async def truncate(
        self, *, item_id: str, content_index: int, audio_end_ms: int, event_id: str | Given = omit
    ) -> None:
        """Send ``conversation.item.truncate``: cut an assistant audio item at ``audio_end_ms``."""
        await self._connection.send(
            _event(
                "conversation.item.truncate",
                item_id=item_id,
                content_index=content_index,
                audio_end_ms=audio_end_ms,
                event_id=event_id,
            )
        )


class AsyncConversationSender(_AsyncSender, Generic[_ItemT]):
    @property
    def item(self) -> AsyncConversationItemSender[_ItemT]:
        return AsyncConversationItemSender(self._connection)
