"""Generation endpoints of the built-in server through the real clients: echo replies, scripted replies,
streams with the real event sequences, tool calls, structured output, embeddings and the rest."""

from __future__ import annotations

import json
import base64
import struct
from typing import Any

from openai import OpenAI, AsyncOpenAI
from openai.testing import Reply, Server, ToolCall
from openai.types.chat import ChatCompletionMessageParam

USER: list[ChatCompletionMessageParam] = [{"role": "user", "content": "What is the capital of France?"}]
TOOLS: Any = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]


# -- chat completions ----------------------------------------------------------------------------------------------


def test_chat_echoes_the_last_user_message_with_usage(oai: OpenAI) -> None:
    completion = oai.chat.completions.create(model="gpt-4o-mini", messages=USER)
    assert completion.id.startswith("chatcmpl-")
    assert completion.object == "chat.completion"
    assert completion.model == "gpt-4o-mini"
    assert completion.choices[0].message.content == "What is the capital of France?"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


async def test_chat_scripted_reply_async(async_oai: AsyncOpenAI, server: Server) -> None:
    server.reply("chat.completions.create", "Paris.")
    completion = await async_oai.chat.completions.create(model="gpt-4o-mini", messages=USER)
    assert completion.choices[0].message.content == "Paris."
    again = await async_oai.chat.completions.create(model="gpt-4o-mini", messages=USER)
    assert again.choices[0].message.content == "What is the capital of France?"


def test_chat_stream_follows_the_real_chunk_sequence(oai: OpenAI, server: Server) -> None:
    server.reply("chat.completions.create", "The capital is Paris.")
    chunks = list(
        oai.chat.completions.create(
            model="gpt-4o-mini", messages=USER, stream=True, stream_options={"include_usage": True}
        )
    )
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "The capital is Paris."
    finish = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert [c.choices[0].finish_reason for c in finish] == ["stop"]
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert len({c.id for c in chunks}) == 1


def test_chat_stream_without_usage_has_no_usage_chunk(oai: OpenAI) -> None:
    chunks = list(oai.chat.completions.create(model="gpt-4o-mini", messages=USER, stream=True))
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.usage is None for c in chunks)


def test_chat_tool_call_when_scripted(oai: OpenAI, server: Server) -> None:
    server.reply("chat.completions.create", tool_calls=[ToolCall("get_weather", {"city": "Paris"}, id="call_1")])
    completion = oai.chat.completions.create(model="gpt-4o-mini", messages=USER, tools=TOOLS)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert call.id == "call_1"
    assert call.function.name == "get_weather"  # type: ignore[union-attr]
    assert json.loads(call.function.arguments) == {"city": "Paris"}  # type: ignore[union-attr]


async def test_chat_tool_call_streams_argument_deltas(async_oai: AsyncOpenAI, server: Server) -> None:
    server.reply("chat.completions.create", tool_calls=[ToolCall("get_weather", '{"city": "Paris, France"}')])
    stream = await async_oai.chat.completions.create(model="gpt-4o-mini", messages=USER, tools=TOOLS, stream=True)
    names: list[str] = []
    arguments = ""
    deltas = 0
    async for chunk in stream:
        for tool in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            if tool.function and tool.function.name:
                names.append(tool.function.name)
            if tool.function and tool.function.arguments:
                arguments += tool.function.arguments
                deltas += 1
    assert names == ["get_weather"]
    assert json.loads(arguments) == {"city": "Paris, France"}
    assert deltas > 1


def test_chat_json_schema_reply_is_valid_for_the_schema(oai: OpenAI) -> None:
    schema: dict[str, object] = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "population": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "kind": {"enum": ["capital", "town"]},
            "location": {"$ref": "#/$defs/Point"},
        },
        "required": ["city", "population", "tags", "kind", "location"],
        "additionalProperties": False,
        "$defs": {"Point": {"type": "object", "properties": {"lat": {"type": "number"}}, "required": ["lat"]}},
    }
    completion = oai.chat.completions.create(
        model="gpt-4o-mini",
        messages=USER,
        response_format={"type": "json_schema", "json_schema": {"name": "City", "schema": schema, "strict": True}},
    )
    content = completion.choices[0].message.content
    assert content is not None
    data = json.loads(content)
    assert set(data) == {"city", "population", "tags", "kind", "location"}
    assert isinstance(data["city"], str) and isinstance(data["population"], int)
    assert data["kind"] == "capital"
    assert data["location"] == {"lat": 0}


def test_chat_finish_reason_and_refusal_can_be_scripted(oai: OpenAI, server: Server) -> None:
    server.queue("chat.completions.create", Reply(text="cut", finish_reason="length"), Reply(refusal="I can't."))
    assert oai.chat.completions.create(model="m", messages=USER).choices[0].finish_reason == "length"
    message = oai.chat.completions.create(model="m", messages=USER).choices[0].message
    assert (message.content, message.refusal) == (None, "I can't.")


def test_stored_chat_completions_can_be_listed_and_their_messages_read(oai: OpenAI) -> None:
    stored = oai.chat.completions.create(model="m", messages=USER, store=True, metadata={"k": "v"})
    oai.chat.completions.create(model="m", messages=USER)
    assert oai.chat.completions.retrieve(stored.id).id == stored.id
    assert [c.id for c in oai.chat.completions.list()] == [stored.id]
    messages = list(oai.chat.completions.messages.list(stored.id))
    assert [m.content for m in messages] == ["What is the capital of France?"]
    assert oai.chat.completions.delete(stored.id).deleted is True


# -- completions, embeddings, moderations, images, audio -------------------------------------------------------------


def test_completions_echo_and_stream(oai: OpenAI) -> None:
    completion = oai.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")
    assert completion.choices[0].text == "Say this is a test"
    pieces = [
        c.choices[0].text for c in oai.completions.create(model="m", prompt="one two three", stream=True) if c.choices
    ]
    assert "".join(pieces) == "one two three"


def test_embeddings_float_vectors_honour_dimensions(oai: OpenAI) -> None:
    result = oai.embeddings.create(
        model="text-embedding-3-small", input=["a", "b"], encoding_format="float", dimensions=8
    )
    assert [len(item.embedding) for item in result.data] == [8, 8]
    assert result.data[0].embedding != result.data[1].embedding
    again = oai.embeddings.create(model="text-embedding-3-small", input="a", encoding_format="float", dimensions=8)
    assert again.data[0].embedding == result.data[0].embedding


def test_embeddings_base64_is_little_endian_float32(server: Server) -> None:
    with server.client(in_process=True) as client:
        raw = client.embeddings.with_raw_response.create(
            model="text-embedding-3-small", input="a", encoding_format="base64", dimensions=4
        )
    encoded = raw.http_response.json()["data"][0]["embedding"]
    decoded = struct.unpack("<4f", base64.b64decode(encoded))
    floats = server.client().embeddings.create(
        model="text-embedding-3-small", input="a", encoding_format="float", dimensions=4
    )
    assert [round(v, 5) for v in decoded] == [round(v, 5) for v in floats.data[0].embedding]


def test_embeddings_default_encoding_is_decoded_by_the_client(oai: OpenAI) -> None:
    result = oai.embeddings.create(model="text-embedding-3-small", input="hello", dimensions=16)
    assert len(result.data[0].embedding) == 16
    assert all(isinstance(value, float) for value in result.data[0].embedding)


def test_moderation_results_per_input(oai: OpenAI) -> None:
    result = oai.moderations.create(input=["a", "b"])
    assert [r.flagged for r in result.results] == [False, False]


def test_images_generate_returns_png_data(oai: OpenAI) -> None:
    result = oai.images.generate(prompt="a cat", model="gpt-image-1", n=2)
    assert result.data is not None and len(result.data) == 2
    assert base64.b64decode(result.data[0].b64_json or "").startswith(b"\x89PNG")


def test_audio_speech_and_transcription(oai: OpenAI) -> None:
    speech = oai.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="hello", response_format="wav")
    assert speech.content.startswith(b"RIFF")
    transcript = oai.audio.transcriptions.create(model="whisper-1", file=("clip.wav", speech.content))
    assert transcript.text == "Transcript of clip.wav."


# -- Responses ------------------------------------------------------------------------------------------------------


def test_responses_echo_store_retrieve_and_input_items(oai: OpenAI) -> None:
    response = oai.responses.create(model="gpt-4o-mini", input="Tell me a joke", instructions="be brief")
    assert response.id.startswith("resp_")
    assert response.status == "completed"
    assert response.instructions == "be brief"
    message = response.output[0]
    assert message.type == "message"
    assert message.content[0].text == "Tell me a joke"  # type: ignore[union-attr]
    assert response.usage is not None and response.usage.total_tokens > 0
    assert oai.responses.retrieve(response.id).id == response.id
    items = list(oai.responses.input_items.list(response.id))
    assert len(items) == 1 and items[0].type == "message"
    oai.responses.delete(response.id)


def test_responses_stream_event_sequence(oai: OpenAI, server: Server) -> None:
    server.reply("responses.create", "Hello there world")
    events = list(oai.responses.create(model="gpt-4o-mini", input="hi", stream=True))
    kinds = [event.type for event in events]
    assert kinds[:5] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
    ]
    assert kinds[-4:] == [
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert [event.sequence_number for event in events] == list(range(len(events)))
    deltas = "".join(getattr(event, "delta", "") for event in events if event.type == "response.output_text.delta")
    assert deltas == "Hello there world"


async def test_responses_function_call_streams_arguments_async(async_oai: AsyncOpenAI, server: Server) -> None:
    server.reply("responses.create", tool_calls=[ToolCall("lookup", {"q": "weather in Paris"})])
    stream = await async_oai.responses.create(
        model="gpt-4o-mini",
        input="weather?",
        tools=[{"type": "function", "name": "lookup", "parameters": {"type": "object"}, "strict": True}],
        stream=True,
    )
    kinds: list[str] = []
    arguments = ""
    async for event in stream:
        kinds.append(event.type)
        if event.type == "response.function_call_arguments.delta":
            arguments += event.delta
    assert "response.function_call_arguments.done" in kinds
    assert json.loads(arguments) == {"q": "weather in Paris"}
    assert kinds[-1] == "response.completed"


def test_responses_json_schema_text_format(oai: OpenAI) -> None:
    response = oai.responses.create(
        model="gpt-4o-mini",
        input="x",
        text={
            "format": {
                "type": "json_schema",
                "name": "T",
                "schema": {"type": "object", "properties": {"n": {"type": "number"}}},
            }
        },
    )
    assert json.loads(response.output[0].content[0].text) == {"n": 0}  # type: ignore[union-attr]
