"""`openai tools ...`: client-side tools that need no API call."""

from __future__ import annotations

import argparse

__all__ = ["register"]


def _prepare_data(args: argparse.Namespace) -> int:
    from ._prepare_data import check_file

    return check_file(args.file, quiet=bool(args.quiet))


def register(parser: argparse.ArgumentParser) -> None:
    groups = parser.add_subparsers(title="tools", metavar="<tool>")
    description = (
        "Check a JSONL fine-tuning file line by line against the chat (`messages`), preference "
        "(`input`/`preferred_output`/`non_preferred_output`) and legacy (`prompt`/`completion`) formats. "
        "Prints each problem as FILE:LINE: error|warning: MESSAGE, then a summary; exits 1 when the file has errors."
    )
    prepare = groups.add_parser(
        "fine_tunes.prepare_data", help="check a JSONL fine-tuning file", description=description
    )
    prepare.add_argument("-f", "--file", required=True, help="the JSONL file to check")
    prepare.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only the errors and the final verdict (no warnings or statistics)",
    )
    prepare.set_defaults(run_tool=_prepare_data, help_parser=prepare)
