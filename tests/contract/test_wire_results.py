# pyright: reportDeprecated=false
# (These tests call Assistants API methods, deprecated like the official ones, on purpose.)

"""What API responses parse into, as application code sees it (official 3.3.1 behaviour).

- transcriptions/translations: the result class follows the requested `response_format`, whatever the body holds
- Assistants streams: events are the classes of `openai.types.beta.assistant_stream_event` (`ThreadRunCreated`)
- moderation categories: slash-named API fields are reachable by attribute and dumped under their API names
"""

from __future__ import annotations

import json
from typing import Any, Iterator

import httpx
import pytest

import openai
import openai.testing
from openai.types.beta import AssistantStreamEvent
from openai.types.audio import (
    Translation,
    Transcription,
    TranslationVerbose,
    TranscriptionVerbose,
    TranscriptionDiarized,
)
from openai.types.beta.assistant_stream_event import (
    ThreadRunQueued,
    ThreadRunCreated,
    ThreadMessageDelta,
    ThreadRunCompleted,
)


def _client(body: object, *, content_type: str = "application/json") -> openai.OpenAI:
    def handler(request: httpx.Request) -> httpx.Response:
        content = body if isinstance(body, str) else json.dumps(body)
        return httpx.Response(200, content=content.encode(), headers={"content-type": content_type})

    return openai.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


@pytest.fixture(scope="module")
def server() -> Iterator[openai.testing.Server]:
    with openai.testing.Server() as running:
        yield running


# ------------------------------------------------------------------------------------------------ audio


MINIMAL_VERBOSE = {"text": "hello", "language": "english", "duration": 1.5}


def test_verbose_json_transcription_is_transcription_verbose() -> None:
    client = _client(MINIMAL_VERBOSE)
    result: Any = client.audio.transcriptions.create(
        file=("a.wav", b"RIFF"), model="whisper-1", response_format="verbose_json"
    )
    assert type(result) is TranscriptionVerbose
    assert (result.language, result.duration, result.text) == ("english", 1.5, "hello")


def test_transcription_class_follows_response_format() -> None:
    client = _client(MINIMAL_VERBOSE)
    default: Any = client.audio.transcriptions.create(file=("a.wav", b"RIFF"), model="whisper-1")
    assert type(default) is Transcription
    as_json: Any = client.audio.transcriptions.create(
        file=("a.wav", b"RIFF"), model="whisper-1", response_format="json"
    )
    assert type(as_json) is Transcription
    diarized: Any = client.audio.transcriptions.create(
        file=("a.wav", b"RIFF"), model="gpt-4o-transcribe-diarize", response_format="diarized_json"
    )
    assert type(diarized) is TranscriptionDiarized


def test_text_formats_are_strings() -> None:
    client = _client("1\n00:00:00,000 --> 00:00:01,000\nhello\n", content_type="text/plain")
    for fmt in ("text", "srt", "vtt"):
        result: Any = client.audio.transcriptions.create(
            file=("a.wav", b"RIFF"), model="whisper-1", response_format=fmt
        )
        assert result == "1\n00:00:00,000 --> 00:00:01,000\nhello\n"


def test_verbose_json_translation_is_translation_verbose() -> None:
    client = _client(MINIMAL_VERBOSE)
    verbose: Any = client.audio.translations.create(
        file=("a.wav", b"RIFF"), model="whisper-1", response_format="verbose_json"
    )
    assert type(verbose) is TranslationVerbose
    plain: Any = client.audio.translations.create(file=("a.wav", b"RIFF"), model="whisper-1")
    assert type(plain) is Translation


def test_verbose_json_through_the_built_in_server(server: openai.testing.Server) -> None:
    client = openai.OpenAI(base_url=server.url, api_key="sk-test")
    result: Any = client.audio.transcriptions.create(
        file=("a.wav", b"RIFF"), model="whisper-1", response_format="verbose_json"
    )
    assert isinstance(result, TranscriptionVerbose)
    raw = client.audio.transcriptions.with_raw_response.create(
        file=("a.wav", b"RIFF"), model="whisper-1", response_format="verbose_json"
    )
    assert isinstance(raw.parse(), TranscriptionVerbose)


async def test_verbose_json_async() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=MINIMAL_VERBOSE)

    client = openai.AsyncOpenAI(
        api_key="sk-test", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    result: Any = await client.audio.transcriptions.create(
        file=("a.wav", b"RIFF"), model="whisper-1", response_format="verbose_json"
    )
    assert type(result) is TranscriptionVerbose


# ----------------------------------------------------------------------------------------- assistants


def test_assistant_stream_events_are_the_official_classes(server: openai.testing.Server) -> None:
    client = openai.OpenAI(base_url=server.url, api_key="sk-test")
    thread = client.beta.threads.create()
    events = list(client.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_1", stream=True))
    assert isinstance(events[0], ThreadRunCreated)
    assert isinstance(events[1], ThreadRunQueued)
    assert isinstance(events[-1], ThreadRunCompleted)
    assert any(isinstance(e, ThreadMessageDelta) for e in events)
    for event in events:
        assert type(event).__module__ == "openai.types.beta.assistant_stream_event"


def test_assistant_event_handler_sees_the_official_classes(server: openai.testing.Server) -> None:
    client = openai.OpenAI(base_url=server.url, api_key="sk-test")
    thread = client.beta.threads.create()
    with client.beta.threads.runs.stream(thread_id=thread.id, assistant_id="asst_1") as stream:
        kinds = [type(event).__name__ for event in stream]
    assert kinds[0] == "ThreadRunCreated"
    assert kinds[-1] == "ThreadRunCompleted"


def test_assistant_stream_event_is_discriminated_on_event() -> None:
    import pydantic

    from openai._models import construct_type

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(AssistantStreamEvent)
    run = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "t", "assistant_id": "a"}
    # partial data, constructed loosely as responses are: the tag alone picks the class
    assert type(construct_type(type_=AssistantStreamEvent, value={"event": "thread.run.created", "data": run})) is (
        ThreadRunCreated
    )
    with pytest.raises(pydantic.ValidationError) as info:
        adapter.validate_python({"event": "thread.run.unknown", "data": run})
    assert "union_tag_invalid" in str(info.value)


# ----------------------------------------------------------------------------------------- moderation


SLASH_CATEGORIES = {
    "harassment": False,
    "harassment/threatening": True,
    "hate": False,
    "hate/threatening": False,
    "illicit": False,
    "illicit/violent": False,
    "self-harm": False,
    "self-harm/instructions": False,
    "self-harm/intent": True,
    "sexual": False,
    "sexual/minors": False,
    "violence": False,
    "violence/graphic": False,
}


def test_moderation_slash_categories_are_reachable() -> None:
    body = {
        "id": "modr-1",
        "model": "omni-moderation-latest",
        "results": [
            {
                "flagged": True,
                "categories": SLASH_CATEGORIES,
                "category_scores": {k: (0.9 if v else 0.0) for k, v in SLASH_CATEGORIES.items()},
                "category_applied_input_types": {k: ["text"] for k in SLASH_CATEGORIES},
            }
        ],
    }
    result = _client(body).moderations.create(input="x").results[0]
    assert result.categories.harassment_threatening is True
    assert result.categories.self_harm_intent is True
    assert result.category_scores.harassment_threatening == 0.9
    assert result.category_applied_input_types.violence_graphic == ["text"]
    dumped = result.categories.model_dump(by_alias=True)
    assert dumped["harassment/threatening"] is True
    assert dumped["self-harm/intent"] is True
    assert "harassment_threatening" not in dumped
    assert json.loads(result.categories.model_dump_json(by_alias=True)) == SLASH_CATEGORIES


def test_moderation_slash_categories_from_partial_data() -> None:
    body = {
        "id": "modr-1",
        "model": "m",
        "results": [{"flagged": True, "categories": {"harassment/threatening": True}}],
    }
    result = _client(body).moderations.create(input="x").results[0]
    assert result.categories.harassment_threatening is True
    assert result.categories.model_dump(by_alias=True, exclude_unset=True) == {"harassment/threatening": True}
