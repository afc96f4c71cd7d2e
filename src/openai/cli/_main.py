"""Entry point of the `openai` command: global flags, the `api` and `tools` groups, and error reporting."""

from __future__ import annotations

import os
import sys
import logging
import argparse
import traceback
from typing import TYPE_CHECKING, Sequence

import httpx

from ._errors import CLIError, describe_error

if TYPE_CHECKING:
    from .._client import OpenAI

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    from . import _api, _tools
    from .._version import __version__

    parser = argparse.ArgumentParser(
        prog="openai",
        description="Call the OpenAI API from the command line and check fine-tuning data.",
        epilog=(
            "Environment: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID; for Azure "
            "AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION. Flags override the environment."
        ),
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log requests (-v) or debug details (-vv)")
    parser.add_argument("-b", "--api-base", "--base-url", dest="api_base", help="base URL of the API")
    parser.add_argument("-k", "--api-key", help="API key (default: $OPENAI_API_KEY)")
    parser.add_argument(
        "-p",
        "--proxy",
        action="append",
        metavar="URL",
        help="proxy URL; one proxy carries all traffic; repeat -p to give one proxy per URL scheme (http, https)",
    )
    parser.add_argument("-o", "--organization", help="organization id (default: $OPENAI_ORG_ID)")
    parser.add_argument("-t", "--api-type", choices=("openai", "azure"), help="which API to talk to")
    parser.add_argument("--api-version", help="Azure API version (default: $OPENAI_API_VERSION)")
    parser.add_argument("--azure-endpoint", help="Azure endpoint, e.g. https://NAME.openai.azure.com")
    parser.add_argument("--azure-ad-token", help="Microsoft Entra ID (Azure AD) token")
    parser.add_argument("-V", "--version", action="version", version=f"openai {__version__}")
    parser.set_defaults(help_parser=parser)

    groups = parser.add_subparsers(title="commands", metavar="{api,tools}")
    api = groups.add_parser("api", help="call an API operation, e.g. `openai api models.list`")
    api.set_defaults(help_parser=api)
    _api.register(api)
    tools = groups.add_parser("tools", help="client-side tools, e.g. `openai tools fine_tunes.prepare_data`")
    tools.set_defaults(help_parser=tools)
    _tools.register(tools)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 on success, 1 on any error or Ctrl-C)."""
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 1

    verbose = int(args.verbose)
    try:
        if getattr(args, "run_api", None) is not None:
            _setup_logging(verbose)
            client = _configure_client(args)
            args.run_api(client, args)
        elif getattr(args, "run_tool", None) is not None:
            _setup_logging(verbose)
            return int(args.run_tool(args))
        else:
            args.help_parser.print_help()
        sys.stdout.flush()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 1
    except BrokenPipeError:
        # The reader went away (`openai api models.list | head`): stop quietly, and keep the interpreter's final
        # flush of stdout from failing again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        if verbose:
            traceback.print_exc(file=sys.stderr)
        sys.stderr.write(f"Error: {describe_error(exc)}\n")
        return 1
    return 0


def _setup_logging(verbose: int) -> None:
    if not verbose:
        return
    level = logging.DEBUG if verbose > 1 else logging.INFO
    logging.basicConfig(format="[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s", stream=sys.stderr)
    logging.getLogger("openai").setLevel(level)
    logging.getLogger("httpx").setLevel(level)


def _configure_client(args: argparse.Namespace) -> OpenAI:
    """Apply the global flags to the module-level client (as the settings `openai.api_key = ...` would) and
    return it."""
    import openai

    if args.api_key is not None:
        openai.api_key = args.api_key
    if args.api_base is not None:
        openai.base_url = args.api_base
    if args.organization is not None:
        openai.organization = args.organization
    if args.api_type is not None:
        openai.api_type = args.api_type
    if args.api_version is not None:
        openai.api_version = args.api_version
    if args.azure_endpoint is not None:
        openai.azure_endpoint = args.azure_endpoint
    if args.azure_ad_token is not None:
        openai.azure_ad_token = args.azure_ad_token
    if args.proxy:
        openai.http_client = _proxied_http_client(args.proxy)
    return openai._load_client()


def _proxied_http_client(proxies: list[str]) -> httpx.Client:
    from .._base_client import DefaultHttpxClient

    if len(proxies) == 1:
        return DefaultHttpxClient(proxy=proxies[0])
    mounts: dict[str, httpx.BaseTransport] = {}
    for proxy in proxies:
        try:
            scheme = httpx.URL(proxy).scheme
        except httpx.InvalidURL as exc:
            raise CLIError(f"invalid proxy URL {proxy!r}: {exc}") from None
        if scheme not in ("http", "https"):
            raise CLIError(f"proxy URL {proxy!r} must start with http:// or https://")
        key = f"{scheme}://"
        if key in mounts:
            raise CLIError(f"more than one {scheme} proxy given; pass at most one proxy per scheme")
        mounts[key] = httpx.HTTPTransport(proxy=proxy)
    return DefaultHttpxClient(mounts=mounts)
