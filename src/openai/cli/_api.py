"""`openai api <resource.method>`: one sub-command per common API operation.

Each command builds its arguments from the flags, calls the client and prints the result: the API's JSON,
indented, or for text generation the generated text (streamed as it arrives with `--stream`).
"""

from __future__ import annotations

import sys
import json
import argparse
from typing import TYPE_CHECKING, Any, TypeVar, Callable, cast
from pathlib import Path

from .._types import Omit, omit
from ._errors import CLIError

if TYPE_CHECKING:
    from .._client import OpenAI
    from ..types.completion import Completion
    from ..types.chat.chat_completion import ChatCompletion
    from ..types.fine_tuning.job_create_params import Hyperparameters

__all__ = ["register"]

_T = TypeVar("_T")
Handler = Callable[["OpenAI", argparse.Namespace], None]

_ROLES = ("system", "developer", "user", "assistant")


def _opt(value: _T | None) -> _T | Omit:
    return omit if value is None else value


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _print_result(result: object) -> None:
    from .._models import BaseModel

    if isinstance(result, BaseModel):
        text = result.to_json(indent=2)
    elif isinstance(result, str):
        text = result
    elif isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        sys.stdout.flush()
        return
    else:
        text = json.dumps(result, indent=2, default=str)
    _write(text if text.endswith("\n") else text + "\n")


# -- chat.completions ------------------------------------------------------------------------------------------


def _chat_create(client: OpenAI, args: argparse.Namespace) -> None:
    messages: list[Any] = []
    for role, content in args.message:
        if role not in _ROLES:
            raise CLIError(f"unknown message role {role!r} in -g/--message; expected one of {', '.join(_ROLES)}")
        messages.append({"role": role, "content": content})
    params: dict[str, Any] = {
        "model": args.model,
        "messages": messages,
        "n": _opt(args.n),
        "max_tokens": _opt(args.max_tokens),
        "temperature": _opt(args.temperature),
        "top_p": _opt(args.top_p),
        "stop": _opt(args.stop),
    }
    if args.stream:
        stream = client.chat.completions.create(**params, stream=True)
        with stream:
            _write_streamed_choices(
                ((choice.index, choice.delta.content) for chunk in stream for choice in chunk.choices),
                multiple=(args.n or 1) > 1,
                header="Chat Completion",
            )
        return
    completion = cast("ChatCompletion", client.chat.completions.create(**params))
    _write_choices([(choice.index, choice.message.content) for choice in completion.choices], header="Chat Completion")


def _write_choices(choices: list[tuple[int, str | None]], *, header: str) -> None:
    multiple = len(choices) > 1
    for index, content in choices:
        if multiple:
            _write(f"===== {header} {index} =====\n")
        text = content if content is not None else ""
        _write(text if text.endswith("\n") else text + "\n")


def _write_streamed_choices(pieces: Any, *, multiple: bool, header: str) -> None:
    current: int | None = None
    wrote_any = False
    at_line_start = True
    for index, text in pieces:
        if not text:
            continue
        if multiple and index != current:
            if not at_line_start:
                _write("\n")
            _write(f"===== {header} {index} =====\n")
            current = index
        _write(text)
        wrote_any = True
        at_line_start = text.endswith("\n")
    if wrote_any and not at_line_start:
        _write("\n")


def _add_chat(groups: Any) -> None:
    parser = _command(groups, "chat.completions.create", "create a chat completion", _chat_create)
    required = parser.add_argument_group("required arguments")
    required.add_argument(
        "-g",
        "--message",
        action="append",
        nargs=2,
        metavar=("ROLE", "CONTENT"),
        required=True,
        help="a message of the conversation (repeatable), e.g. -g user 'Hello'",
    )
    required.add_argument("-m", "--model", required=True, help="the model to use, e.g. gpt-4o")
    parser.add_argument("-n", "--n", type=int, help="how many completions to generate")
    parser.add_argument("-M", "--max-tokens", type=int, help="maximum number of tokens to generate")
    parser.add_argument("-t", "--temperature", type=float, help="sampling temperature, 0 to 2")
    parser.add_argument("-P", "--top_p", "--top-p", dest="top_p", type=float, help="nucleus sampling mass")
    parser.add_argument("--stop", help="a sequence where the generation stops")
    parser.add_argument("--stream", action="store_true", help="print the text as it is generated")


# -- completions -----------------------------------------------------------------------------------------------


def _completion_create(client: OpenAI, args: argparse.Namespace) -> None:
    params: dict[str, Any] = {
        "model": args.model,
        "prompt": args.prompt if args.prompt is not None else "",
        "n": _opt(args.n),
        "max_tokens": _opt(args.max_tokens),
        "temperature": _opt(args.temperature),
        "top_p": _opt(args.top_p),
        "stop": _opt(args.stop),
        "logprobs": _opt(args.logprobs),
        "best_of": _opt(args.best_of),
        "echo": _opt(args.echo),
        "frequency_penalty": _opt(args.frequency_penalty),
        "presence_penalty": _opt(args.presence_penalty),
        "suffix": _opt(args.suffix),
        "user": _opt(args.user),
    }
    if args.stream:
        stream = client.completions.create(**params, stream=True)
        with stream:
            _write_streamed_choices(
                ((choice.index, choice.text) for chunk in stream for choice in chunk.choices),
                multiple=(args.n or 1) > 1,
                header="Completion",
            )
        return
    completion = cast("Completion", client.completions.create(**params))
    _write_choices([(choice.index, choice.text) for choice in completion.choices], header="Completion")


def _add_completions(groups: Any) -> None:
    parser = _command(groups, "completions.create", "create a (legacy) text completion", _completion_create)
    parser.add_argument("-m", "--model", required=True, help="the model to use, e.g. gpt-3.5-turbo-instruct")
    parser.add_argument("-p", "--prompt", help="the prompt to complete")
    parser.add_argument("--stream", action="store_true", help="print the text as it is generated")
    parser.add_argument("-M", "--max-tokens", type=int, help="maximum number of tokens to generate")
    parser.add_argument("-t", "--temperature", type=float, help="sampling temperature, 0 to 2")
    parser.add_argument("-P", "--top_p", "--top-p", dest="top_p", type=float, help="nucleus sampling mass")
    parser.add_argument("-n", "--n", type=int, help="how many completions to generate")
    parser.add_argument("--stop", help="a sequence where the generation stops")
    parser.add_argument("--logprobs", type=int, help="include the log probabilities of this many tokens")
    parser.add_argument("--best_of", "--best-of", dest="best_of", type=int, help="generate this many server-side")
    parser.add_argument("--echo", action="store_true", default=None, help="echo the prompt in the completion")
    parser.add_argument("--frequency_penalty", "--frequency-penalty", dest="frequency_penalty", type=float)
    parser.add_argument("--presence_penalty", "--presence-penalty", dest="presence_penalty", type=float)
    parser.add_argument("--suffix", help="text that comes after the completion")
    parser.add_argument("--user", help="an end-user identifier")


# -- models ----------------------------------------------------------------------------------------------------


def _add_models(groups: Any) -> None:
    _command(groups, "models.list", "list the models", lambda client, _args: _print_result(client.models.list()))
    for name, description in (("retrieve", "show a model"), ("delete", "delete a fine-tuned model")):
        parser = _command(groups, f"models.{name}", description, _by_id(lambda client: client.models, name))
        parser.add_argument("-i", "--id", required=True, help="the model id")


def _by_id(resource: Callable[[OpenAI], Any], method: str) -> Handler:
    def run(client: OpenAI, args: argparse.Namespace) -> None:
        _print_result(getattr(resource(client), method)(args.id))

    return run


# -- files -----------------------------------------------------------------------------------------------------


def _files_create(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(client.files.create(file=_existing(args.file), purpose=args.purpose))


def _files_list(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(client.files.list(purpose=_opt(args.purpose), limit=_opt(args.limit), after=_opt(args.after)))


def _add_files(groups: Any) -> None:
    parser = _command(groups, "files.create", "upload a file", _files_create)
    parser.add_argument("-f", "--file", required=True, help="the file to upload")
    parser.add_argument(
        "-p",
        "--purpose",
        required=True,
        help="why it is uploaded: fine-tune, batch, assistants, vision, user_data, evals",
    )
    for name, description in (("retrieve", "show a file's metadata"), ("delete", "delete a file")):
        parser = _command(groups, f"files.{name}", description, _by_id(lambda client: client.files, name))
        parser.add_argument("-i", "--id", required=True, help="the file id")
    parser = _command(groups, "files.list", "list the uploaded files", _files_list)
    parser.add_argument("-p", "--purpose", help="only files with this purpose")
    parser.add_argument("-l", "--limit", type=int, help="how many files per page")
    parser.add_argument("-a", "--after", help="the id of the file to list after")


def _existing(path: str) -> Path:
    file = Path(path)
    if not file.is_file():
        raise CLIError(f"no such file: {path}")
    return file


# -- images ----------------------------------------------------------------------------------------------------


def _images_generate(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(
        client.images.generate(
            prompt=args.prompt,
            model=_opt(args.model),
            n=args.num_images,
            size=args.size,
            response_format=args.response_format,
        )
    )


def _images_edit(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(
        client.images.edit(
            image=_existing(args.image),
            mask=_existing(args.mask) if args.mask is not None else omit,
            prompt=args.prompt,
            model=_opt(args.model),
            n=args.num_images,
            size=args.size,
            response_format=args.response_format,
        )
    )


def _images_variation(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(
        client.images.create_variation(
            image=_existing(args.image),
            model=_opt(args.model),
            n=args.num_images,
            size=args.size,
            response_format=args.response_format,
        )
    )


def _image_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-m", "--model", help="the image model, e.g. dall-e-2, dall-e-3, gpt-image-1")
    parser.add_argument("-n", "--num-images", type=int, default=1, help="how many images (default: 1)")
    parser.add_argument("-s", "--size", default="1024x1024", help="image size (default: 1024x1024)")
    parser.add_argument(
        "--response-format", default="url", choices=("url", "b64_json"), help="how images are returned (default: url)"
    )


def _add_images(groups: Any) -> None:
    parser = _command(groups, "images.generate", "generate images from a prompt", _images_generate)
    parser.add_argument("-p", "--prompt", required=True, help="what to draw")
    _image_options(parser)
    parser = _command(groups, "images.edit", "edit an image", _images_edit)
    parser.add_argument("-p", "--prompt", required=True, help="the edit to make")
    parser.add_argument("-I", "--image", required=True, help="the image file to edit (PNG)")
    parser.add_argument("-M", "--mask", help="a PNG whose transparent areas mark where to edit")
    _image_options(parser)
    parser = _command(groups, "images.create_variation", "create variations of an image", _images_variation)
    parser.add_argument("-I", "--image", required=True, help="the image file (PNG)")
    _image_options(parser)


# -- audio -----------------------------------------------------------------------------------------------------


def _transcribe(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(
        client.audio.transcriptions.create(
            file=_existing(args.file),
            model=args.model,
            language=_opt(args.language),
            prompt=_opt(args.prompt),
            temperature=_opt(args.temperature),
            response_format=_opt(args.response_format),
        )
    )


def _translate(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(
        client.audio.translations.create(
            file=_existing(args.file),
            model=args.model,
            prompt=_opt(args.prompt),
            temperature=_opt(args.temperature),
            response_format=_opt(args.response_format),
        )
    )


def _add_audio(groups: Any) -> None:
    for name, description, handler in (
        ("transcriptions.create", "transcribe an audio file", _transcribe),
        ("translations.create", "translate an audio file into English text", _translate),
    ):
        parser = _command(groups, f"audio.{name}", description, handler)
        parser.add_argument("-f", "--file", required=True, help="the audio file")
        parser.add_argument("-m", "--model", default="whisper-1", help="the model (default: whisper-1)")
        parser.add_argument("--response-format", help="json, text, srt, verbose_json or vtt (default: the API's, json)")
        if handler is _transcribe:
            parser.add_argument("--language", help="the spoken language (ISO-639-1), e.g. en")
        parser.add_argument("-t", "--temperature", type=float, help="sampling temperature, 0 to 1")
        parser.add_argument("--prompt", help="text to guide the style or continue a previous segment")


# -- fine_tuning.jobs ------------------------------------------------------------------------------------------


def _jobs_create(client: OpenAI, args: argparse.Namespace) -> None:
    hyperparameters: Hyperparameters | Omit = omit
    if args.hyperparameters is not None:
        try:
            parsed: object = json.loads(args.hyperparameters)
        except ValueError as exc:
            raise CLIError(f"-H/--hyperparameters is not valid JSON: {exc}") from None
        if not isinstance(parsed, dict):
            raise CLIError("-H/--hyperparameters must be a JSON object, e.g. '{\"n_epochs\": 3}'")
        hyperparameters = cast("Hyperparameters", parsed)
    _print_result(
        client.fine_tuning.jobs.create(
            model=args.model,
            training_file=args.training_file,
            hyperparameters=hyperparameters,
            validation_file=_opt(args.validation_file),
            suffix=_opt(args.suffix),
            seed=_opt(args.seed),
        )
    )


def _jobs_list(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(client.fine_tuning.jobs.list(after=_opt(args.after), limit=_opt(args.limit)))


def _jobs_events(client: OpenAI, args: argparse.Namespace) -> None:
    _print_result(client.fine_tuning.jobs.list_events(args.id, after=_opt(args.after), limit=_opt(args.limit)))


def _add_fine_tuning(groups: Any) -> None:
    parser = _command(groups, "fine_tuning.jobs.create", "start a fine-tuning job", _jobs_create)
    parser.add_argument("-m", "--model", required=True, help="the base model, e.g. gpt-4o-mini-2024-07-18")
    parser.add_argument("-F", "--training-file", required=True, help="id of an uploaded training file")
    parser.add_argument("-H", "--hyperparameters", help="JSON object, e.g. '{\"n_epochs\": 3}'")
    parser.add_argument("-s", "--suffix", help="up to 64 characters added to the fine-tuned model's name")
    parser.add_argument("-V", "--validation-file", help="id of an uploaded validation file")
    parser.add_argument("--seed", type=int, help="seed for reproducible training")
    for name, description in (("retrieve", "show a fine-tuning job"), ("cancel", "cancel a fine-tuning job")):
        parser = _command(groups, f"fine_tuning.jobs.{name}", description, _by_id(lambda c: c.fine_tuning.jobs, name))
        parser.add_argument("-i", "--id", required=True, help="the job id")
    parser = _command(groups, "fine_tuning.jobs.list", "list fine-tuning jobs", _jobs_list)
    parser.add_argument("-a", "--after", help="the id of the job to list after")
    parser.add_argument("-l", "--limit", type=int, help="how many jobs per page")
    parser = _command(groups, "fine_tuning.jobs.list_events", "list a job's events", _jobs_events)
    parser.add_argument("-i", "--id", required=True, help="the job id")
    parser.add_argument("-a", "--after", help="the id of the event to list after")
    parser.add_argument("-l", "--limit", type=int, help="how many events per page")


# -- registration ----------------------------------------------------------------------------------------------


def _command(groups: Any, name: str, description: str, handler: Handler) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = groups.add_parser(name, help=description, description=description)
    parser.set_defaults(run_api=handler, help_parser=parser)
    return parser


def register(parser: argparse.ArgumentParser) -> None:
    groups = parser.add_subparsers(title="operations", metavar="<resource.method>")
    _add_chat(groups)
    _add_completions(groups)
    _add_models(groups)
    _add_files(groups)
    _add_fine_tuning(groups)
    _add_images(groups)
    _add_audio(groups)
