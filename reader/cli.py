"""``python -m reader``: the command line. It uses the Qt-free core only."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader.commands import corrections as corrections_commands
from reader.commands import analysis as analysis_commands
from reader.commands import entities as entities_commands
from reader.commands import library as library_commands
from reader.commands import maintenance as maintenance_commands
from reader.commands import pages as pages_commands
from reader.commands import parse as parse_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader",
        description="Read, annotate and export Chinese newspaper pages.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (parse_commands, entities_commands, library_commands, pages_commands, maintenance_commands,
                   corrections_commands, analysis_commands):  # fmt: skip
        module.register(subparsers)
    return parser


def _join_dashed_values(argv: list[str]) -> list[str]:
    """``--sort -date`` as ``--sort=-date``: argparse would take «-date» for an option."""
    out: list[str] = []
    for arg in argv:
        if out and out[-1] == "--sort" and arg.startswith("-") and not arg.startswith("--"):
            out[-1] = f"--sort={arg}"
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_join_dashed_values(list(sys.argv[1:] if argv is None else argv)))
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `python -m reader list | head` closes the pipe early; that is not an error.
        return 0


if __name__ == "__main__":
    sys.exit(main())
