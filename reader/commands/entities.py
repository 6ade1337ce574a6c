"""``python -m reader entities``: print the entities found in text.

    python -m reader entities FILE --json     # JSON array of {start, end, label, text}
    python -m reader entities --jsonl IN      # IN: lines of {"id", "text"}; "-" = stdin
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

# Lines read from --jsonl are recognised in groups, so that the model gets
# full batches without holding a whole large file in memory.
_JSONL_GROUP = 256


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "entities",
        help="find people, places, organisations, times, numbers and titles in text",
        description="Find entities (PER LOC ORG TIME NUM WORK) in UTF-8 text. "
        "Offsets are code points into the decoded text.",
    )
    p.add_argument("file", nargs="?", help="a UTF-8 text file")
    p.add_argument("--json", action="store_true", help="print a JSON array (the default output for FILE)")
    p.add_argument("--jsonl", metavar="IN", help='read lines of {"id", "text"} from IN ("-" for stdin)')
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reader.entities import Recogniser

    if bool(args.file) == bool(args.jsonl):
        print("give either FILE or --jsonl IN", file=sys.stderr)
        return 2
    rec = Recogniser()
    if args.jsonl:
        return _run_jsonl(rec, args.jsonl)
    try:
        with open(args.file, encoding="utf-8") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    spans = rec.recognise(text)
    json.dump([s.to_json() for s in spans], sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _run_jsonl(rec, source: str) -> int:
    fh = sys.stdin if source == "-" else open(source, encoding="utf-8")
    try:
        for group in _groups(fh):
            spans = rec.recognise_many([text for _, text in group])
            for (ident, _), found in zip(group, spans):
                line = {"id": ident, "entities": [s.to_json() for s in found]}
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    except (ValueError, KeyError) as exc:
        print(f"bad input line: {exc}", file=sys.stderr)
        return 1
    finally:
        if fh is not sys.stdin:
            fh.close()
    return 0


def _groups(fh) -> Iterator[list[tuple[object, str]]]:
    group: list[tuple[object, str]] = []
    for line in fh:
        if not line.strip():
            continue
        item = json.loads(line)
        group.append((item.get("id"), item["text"]))
        if len(group) >= _JSONL_GROUP:
            yield group
            group = []
    if group:
        yield group
