#!/usr/bin/env -S sh -c 'exec "$(dirname "$0")/../.venv/bin/python" "$0" "$@"'
"""Structured outputs: parse model answers straight into pydantic models.

Shows `client.chat.completions.parse(response_format=Model)`, strict function tools made with
`openai.pydantic_function_tool(Model)` whose calls come back as model instances, and
`client.responses.parse(text_format=Model)`. With neither OPENAI_BASE_URL nor OPENAI_API_KEY set it starts the
built-in local server and scripts its answers, so it runs offline.
"""

from __future__ import annotations

import os
import sys
import contextlib
from typing import List, Optional

import pydantic

import openai
from openai import OpenAI


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathAnswer(pydantic.BaseModel):
    """A worked answer to a maths question."""

    steps: List[Step]
    final_answer: str


class GetWeather(pydantic.BaseModel):
    """Look up the current weather in a city."""

    city: str
    units: Optional[str] = pydantic.Field(default=None, description="'C' or 'F'")


def main() -> int:
    with contextlib.ExitStack() as stack:
        server = None
        if not os.environ.get("OPENAI_BASE_URL") and not os.environ.get("OPENAI_API_KEY"):
            from openai.testing import Server, ToolCall

            server = stack.enter_context(Server())
            client = stack.enter_context(OpenAI(base_url=server.url, api_key="test"))
            print(f"(using the built-in server at {server.url})")
            answer = '{"steps": [{"explanation": "Subtract 7 from both sides", "output": "8x = -30"}], "final_answer": "x = -3.75"}'
            server.reply("chat.completions.create", answer)
            server.reply(
                "chat.completions.create", tool_calls=[ToolCall("GetWeather", {"city": "Paris", "units": "C"})]
            )
            server.reply("responses.create", answer)
        else:
            client = stack.enter_context(OpenAI())

        # 1. A pydantic model as the response format.
        completion = client.chat.completions.parse(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "You are a helpful maths tutor."},
                {"role": "user", "content": "Solve 8x + 7 = -23"},
            ],
            response_format=MathAnswer,
        )
        message = completion.choices[0].message
        if message.refusal:
            print("refused:", message.refusal)
        elif message.parsed is not None:
            for step in message.parsed.steps:
                print(f"- {step.explanation}: {step.output}")
            print("answer:", message.parsed.final_answer)

        # 2. A strict function tool built from a pydantic model; its arguments are parsed into the model.
        completion = client.chat.completions.parse(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "What's the weather like in Paris?"}],
            tools=[openai.pydantic_function_tool(GetWeather)],
        )
        for tool_call in completion.choices[0].message.tool_calls or []:
            arguments = tool_call.function.parsed_arguments
            assert isinstance(arguments, GetWeather)
            print(f"tool call {tool_call.function.name}: city={arguments.city} units={arguments.units}")

        # 3. The Responses API: `text_format` and `output_parsed`.
        response = client.responses.parse(model="gpt-4o-mini", input="Solve 8x + 7 = -23", text_format=MathAnswer)
        parsed = response.output_parsed
        print("responses answer:", parsed.final_answer if parsed is not None else None)

        if server is not None:
            sent = [request for request in server.requests if request.path.endswith("/chat/completions")]
            schema_name = sent[0].body["response_format"]["json_schema"]["name"]
            print(f"(sent {len(server.requests)} requests; first response_format schema: {schema_name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
