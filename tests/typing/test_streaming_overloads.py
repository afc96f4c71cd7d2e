# pyright: reportDeprecated=false
# (calls the deprecated Assistants/Videos APIs on purpose)

"""Static expectations of the `stream` overloads of generated methods (checked by pyright and mypy).

`stream` omitted or `False` returns the response model, `stream=True` a `Stream`/`AsyncStream` of the operation's
event type, and a plain `bool` the union of both. The functions are never called: the type checkers are the test.
"""

from __future__ import annotations

from typing import Union

from typing_extensions import assert_type

from openai import OpenAI, AsyncOpenAI
from openai.types import Completion, ImagesResponse, ImageGenStreamEvent
from openai._streaming import Stream, AsyncStream
from openai.types.beta import AssistantStreamEvent
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.audio import TranscriptionStreamEvent, TranscriptionCreateResponse
from openai.types.responses import Response, ResponseStreamEvent
from openai.types.beta.threads import Run


def check_chat_completions(client: OpenAI, flag: bool) -> None:
    plain = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hello"}])
    assert_type(plain, ChatCompletion)
    explicit = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Hello"}], stream=False
    )
    assert_type(explicit, ChatCompletion)
    streamed = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Hello"}], stream=True
    )
    assert_type(streamed, Stream[ChatCompletionChunk])
    for chunk in streamed:
        assert_type(chunk, ChatCompletionChunk)
    either = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Hello"}], stream=flag
    )
    assert_type(either, Union[ChatCompletion, Stream[ChatCompletionChunk]])


async def check_async_chat_completions(client: AsyncOpenAI, flag: bool) -> None:
    plain = await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hello"}])
    assert_type(plain, ChatCompletion)
    streamed = await client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Hello"}], stream=True
    )
    assert_type(streamed, AsyncStream[ChatCompletionChunk])
    async for chunk in streamed:
        assert_type(chunk, ChatCompletionChunk)
    either = await client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Hello"}], stream=flag
    )
    assert_type(either, Union[ChatCompletion, AsyncStream[ChatCompletionChunk]])


def check_completions(client: OpenAI) -> None:
    assert_type(client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say hi"), Completion)
    streamed = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say hi", stream=True)
    assert_type(streamed, Stream[Completion])


def check_responses(client: OpenAI, flag: bool) -> None:
    assert_type(client.responses.create(model="gpt-4o", input="Hello"), Response)
    assert_type(client.responses.create(model="gpt-4o", input="Hello", stream=True), Stream[ResponseStreamEvent])
    assert_type(
        client.responses.create(model="gpt-4o", input="Hello", stream=flag),
        Union[Response, Stream[ResponseStreamEvent]],
    )
    # Retrieving a response can resume its event stream too (a `stream` query parameter).
    assert_type(client.responses.retrieve("resp_123"), Response)
    assert_type(client.responses.retrieve("resp_123", stream=True), Stream[ResponseStreamEvent])


async def check_async_responses(client: AsyncOpenAI) -> None:
    assert_type(await client.responses.create(model="gpt-4o", input="Hello"), Response)
    streamed = await client.responses.create(model="gpt-4o", input="Hello", stream=True)
    assert_type(streamed, AsyncStream[ResponseStreamEvent])


def check_runs(client: OpenAI) -> None:
    assert_type(client.beta.threads.runs.create("thread_123", assistant_id="asst_123"), Run)
    streamed = client.beta.threads.runs.create("thread_123", assistant_id="asst_123", stream=True)
    assert_type(streamed, Stream[AssistantStreamEvent])
    assert_type(client.beta.threads.create_and_run(assistant_id="asst_123", stream=True), Stream[AssistantStreamEvent])


def check_transcriptions_and_images(client: OpenAI) -> None:
    transcription = client.audio.transcriptions.create(file=b"audio", model="gpt-4o-transcribe")
    assert_type(transcription, TranscriptionCreateResponse)
    streamed = client.audio.transcriptions.create(file=b"audio", model="gpt-4o-transcribe", stream=True)
    assert_type(streamed, Stream[TranscriptionStreamEvent])
    assert_type(client.images.generate(prompt="a cat"), ImagesResponse)
    assert_type(client.images.generate(prompt="a cat", stream=True), Stream[ImageGenStreamEvent])
