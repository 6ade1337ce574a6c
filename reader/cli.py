"""``python -m reader``: the command line. It uses the Qt-free core only."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader.commands import entities as entities_commands
from reader.commands import library as library_commands
from reader.commands import maintenance as maintenance_commands
from reader.commands import parse as parse_commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader",
        description="Read, annotate and export Chinese newspaper pages.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (parse_commands, entities_commands, library_commands, maintenance_commands):
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
