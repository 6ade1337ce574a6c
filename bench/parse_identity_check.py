"""Does a change to the text parser leave its output on every page exactly as it was?

    PYTHON bench/parse_identity_check.py --write hashes.txt      # one checkout's parser
    .venv/bin/python bench/parse_identity_check.py --compare hashes.txt

Parses 2,000 generated pages (seeds 0..1999, tests/support/synthetic.py),
every text of bench/data/heldout/pdf, the sample pages of resources/samples
and two big pages of generated text laid end to end (bench/big_page_bench.py:
1 MB and 4 MB, where page-wide statistics such as the cohesion weights act),
and prints a hash of each page's whole result: the repr of the Page (every
article field, block kinds and texts, Block.lines and Article.lines
provenance, doubt values and reasons, dropped lines, metadata and its
problems) and the unrounded margins behind each article's doubt.  The
interpreter decides which checkout's parser runs (its installed reader
package), so run it once with another checkout's interpreter (--write) and
once with this one (--compare): every hash must match.  Checking identity on
the held-out texts is fine: nothing is tuned on them here.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

import benchpath  # noqa: F401 - puts tests/support on sys.path
from synthetic import generate_page

from big_page_bench import big_page

ROOT = Path(__file__).resolve().parents[1]


def _pages(synthetic: int) -> list[tuple[str, str]]:
    pages = [(f"synthetic/{seed}", generate_page(random.Random(seed))[0]) for seed in range(synthetic)]
    for path in sorted((ROOT / "bench" / "data" / "heldout" / "pdf").glob("*.txt")):
        pages.append((f"heldout/{path.name}", path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "resources" / "samples").glob("*.txt")):
        pages.append((f"samples/{path.name}", path.read_text(encoding="utf-8")))
    for mb in (1, 4):
        pages.append((f"big/{mb}MB", big_page(mb)))
    return pages


def page_hashes(synthetic: int) -> list[tuple[str, str]]:
    import reader.parsing.page as page_module

    margins: list = []
    original = page_module.provisional_doubt

    def recording(placed, lines):
        margins.extend((p.first_line, p.last_line, p.doubt.boundary, p.doubt.headline) for p in placed)
        return original(placed, lines)

    page_module.provisional_doubt = recording
    out = []
    for name, text in _pages(synthetic):
        margins.clear()
        page = page_module.parse_page(text)
        digest = hashlib.sha256()
        digest.update(repr(page).encode("utf-8"))
        digest.update(repr([a.to_json() for a in page.articles]).encode("utf-8"))
        digest.update(repr(margins).encode("utf-8"))
        out.append((name, digest.hexdigest()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE", help="write the hashes of this interpreter's parser to FILE")
    group.add_argument("--compare", metavar="FILE", help="compare this interpreter's parser with the hashes in FILE")
    parser.add_argument("--synthetic", type=int, default=2000, help="generated pages (seeds 0..N-1)")
    args = parser.parse_args(argv)
    import reader

    print(f"parser of {Path(reader.__file__).parent}", file=sys.stderr)
    hashes = page_hashes(args.synthetic)
    if args.write:
        Path(args.write).write_text("".join(f"{name}\t{h}\n" for name, h in hashes), encoding="utf-8")
        print(f"{len(hashes)} pages hashed into {args.write}")
        return 0
    expected = dict(line.split("\t") for line in Path(args.compare).read_text(encoding="utf-8").splitlines())
    differ = [name for name, h in hashes if expected.get(name) != h]
    missing = set(expected) - {name for name, _ in hashes}
    print(f"{len(hashes)} pages: {len(hashes) - len(differ)} identical, {len(differ)} differ, {len(missing)} missing")
    for name in differ[:20]:
        print(f"  differs: {name}")
    return 0 if not differ and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
