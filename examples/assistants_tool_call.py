#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
# pyright: reportDeprecated=false
# (the Assistants API is deprecated in favor of the Responses API; this example shows the existing API)
"""Assistants run with a function tool call, streamed through an event handler.

The run is streamed with `client.beta.threads.runs.stream(...)`; when it stops with `requires_action`, the tool
outputs are computed locally and sent back with `submit_tool_outputs_stream(...)`, whose text is printed as it
arrives. A second run shows the polling helpers (`create_and_poll`, `submit_tool_outputs_and_poll`). With
neither OPENAI_BASE_URL nor OPENAI_API_KEY set it starts the built-in local server and scripts the tool call,
so it runs offline.
"""

from __future__ import annotations

import os
import sys
import json
import contextlib
from typing import Dict, List

from typing_extensions import override

from openai import OpenAI
from openai.lib.streaming import AssistantEventHandler
from openai.types.beta.threads import Run, Text, TextDelta
from openai.types.beta.threads.runs import ToolCall
from openai.types.beta.threads.run_submit_tool_outputs_params import ToolOutput


def get_weather(city: str) -> str:
    """The local implementation of the tool the assistant may call."""
    return json.dumps({"city": city, "forecast": "sunny", "temperature_c": 21})


def tool_outputs_for(run: Run) -> List[ToolOutput]:
    if run.required_action is None:
        return []
    outputs: List[ToolOutput] = []
    for call in run.required_action.submit_tool_outputs.tool_calls:
        arguments: Dict[str, str] = json.loads(call.function.arguments or "{}")
        if call.function.name == "get_weather":
            outputs.append({"tool_call_id": call.id, "output": get_weather(arguments.get("city", "unknown"))})
    return outputs


class PrintingHandler(AssistantEventHandler):
    """Prints text as it streams and announces tool calls."""

    @override
    def on_text_created(self, text: Text) -> None:
        print("assistant > ", end="", flush=True)

    @override
    def on_text_delta(self, delta: TextDelta, snapshot: Text) -> None:
        print(delta.value or "", end="", flush=True)

    @override
    def on_text_done(self, text: Text) -> None:
        print()

    @override
    def on_tool_call_created(self, tool_call: ToolCall) -> None:
        print(f"assistant > calling tool ({tool_call.type})")


def main() -> int:
    with contextlib.ExitStack() as stack:
        server = None
        if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
            from openai.testing import Server, ToolCall as ScriptedToolCall

            server = stack.enter_context(Server())
            client = stack.enter_context(OpenAI(base_url=server.url, api_key="test"))
            print(f"(using the built-in server at {server.url})")
            weather_call = ScriptedToolCall("get_weather", {"city": "Paris"})
            server.reply("beta.threads.runs.create", tool_calls=[weather_call], times=2)
        else:
            client = stack.enter_context(OpenAI())

        assistant = client.beta.assistants.create(
            model="gpt-4o-mini",
            instructions="You are a weather bot. Use the provided function to answer questions.",
            tools=[
                {
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "description": "Current weather in a city",
                        "parameters": {
                            "type": "object",
                            "properties": {"city": {"type": "string"}},
                            "required": ["city"],
                        },
                    },
                }
            ],
        )
        thread = client.beta.threads.create(messages=[{"role": "user", "content": "What's the weather in Paris?"}])

        # 1. Streaming: the run stops for the tool call, the outputs resume it.
        with client.beta.threads.runs.stream(
            thread_id=thread.id, assistant_id=assistant.id, event_handler=PrintingHandler()
        ) as stream:
            run = stream.get_final_run()
        print(f"run status: {run.status}")
        if run.status == "requires_action":
            with client.beta.threads.runs.submit_tool_outputs_stream(
                tool_outputs=tool_outputs_for(run),
                run_id=run.id,
                thread_id=thread.id,
                event_handler=PrintingHandler(),
            ) as stream:
                stream.until_done()
                print(f"run status: {stream.get_final_run().status}")

        # 2. Polling: the same exchange without streaming.
        run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
        if run.status == "requires_action":
            run = client.beta.threads.runs.submit_tool_outputs_and_poll(
                tool_outputs=tool_outputs_for(run), run_id=run.id, thread_id=thread.id
            )
        print(f"polled run status: {run.status}")
        if run.status != "completed":
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
