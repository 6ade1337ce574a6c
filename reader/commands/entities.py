"""``python -m reader entities``: print the entities found in text.

    python -m reader entities FILE --json     # JSON array of {start, end, label, text}
    python -m reader entities --jsonl IN      # IN: lines of {"id", "text"}; "-" = stdin

FILE is decoded as ``parse`` decodes a page (UTF-8, UTF-16/32 with a BOM,
GB18030, Big5). --jsonl output lines come in input order.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

# Lines read from --jsonl are recognised in windows of this many characters.
# The model batches only sentences of exactly one length (a sentence's tags
# must not depend on what it is batched with), so the window must be large
# for the batches to be full: with 256 short lines, most lengths occur once
# or twice and the model ran on batches of one or two sentences. 200,000
# characters (the whole MSRA test set in one window) costs some 50 MB.
_JSONL_WINDOW_CHARS = 200_000
_JSONL_WINDOW_LINES = 20_000


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "entities",
        help="find people, places, organisations, times, numbers and titles in text",
        description="Find entities (PER LOC ORG TIME NUM WORK) in a text file or in JSON lines. "
        "FILE is decoded as `parse` decodes a page (UTF-8, UTF-16 with BOM, GB18030, Big5); "
        "--jsonl input is UTF-8. Offsets are code points into the decoded text.",
    )
    p.add_argument("file", nargs="?", help="a text file (UTF-8, UTF-16 with BOM, GB18030 or Big5)")
    p.add_argument("--json", action="store_true", help="print a JSON array (the default output for FILE)")
    p.add_argument("--jsonl", metavar="IN", help='read lines of {"id", "text"} from IN ("-" for stdin)')
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reader.entities import Recogniser

    if bool(args.file) == bool(args.jsonl):
        print("give either FILE or --jsonl IN", file=sys.stderr)
        return 2
    if args.jsonl:
        return _run_jsonl(Recogniser(), args.jsonl)
    from reader.parsing import PageDecodeError, read_page_file

    try:
        text, _encoding = read_page_file(args.file)
    except PageDecodeError as exc:
        print(f"reader entities: {exc}", file=sys.stderr)
        return 1
    spans = Recogniser().recognise(text)
    json.dump([s.to_json() for s in spans], sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


class _BadLine(ValueError):
    pass


def _run_jsonl(rec, source: str) -> int:
    name = "stdin" if source == "-" else source
    try:
        fh = sys.stdin if source == "-" else open(source, encoding="utf-8")
    except OSError as exc:
        print(f"reader entities: cannot read {source}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        for group in _groups(fh):
            spans = rec.recognise_many([text for _, text in group])
            for (ident, _), found in zip(group, spans):
                line = {"id": ident, "entities": [s.to_json() for s in found]}
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    except _BadLine as exc:
        print(f"reader entities: {name}: {exc}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as exc:
        print(f"reader entities: {name}: not UTF-8 ({exc.reason} at byte {exc.start} of a line)", file=sys.stderr)
        return 1
    finally:
        if fh is not sys.stdin:
            fh.close()
    return 0


def _groups(fh) -> Iterator[list[tuple[object, str]]]:
    """Windows of input lines, each recognised in one call (which sorts its
    sentences by length and batches them) and printed back in input order."""
    group: list[tuple[object, str]] = []
    chars = 0
    for number, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise _BadLine(f"line {number} is not JSON ({exc})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise _BadLine(f'line {number} is not an object with a "text" string')
        text = item["text"]
        group.append((item.get("id"), text))
        chars += len(text)
        if chars >= _JSONL_WINDOW_CHARS or len(group) >= _JSONL_WINDOW_LINES:
            yield group
            group, chars = [], 0
    if group:
        yield group
