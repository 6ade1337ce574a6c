"""CLI sub-commands (stub: to be written)."""

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    pass
