"""Does extractor output of composed PDFs look like the real sample page?

    .venv/bin/python bench/pdf_damage_stats.py [--pages N] [--first SEED] [--sample PATH]

Composes N tuning pages, runs pdftotext (default and -layout), pdfminer.six
and PDFium over them and prints, next to the same figures for the real sample
page, the kinds of damage the text parser has to undo: hard-wrapped lines,
blank lines in the middle of a sentence, spaces around numbers, doubled
captions, bylines glued to a line's end.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from composer.extract import pdfium, pdfminer, pdftotext  # noqa: E402
from composer.page import compose_pdf  # noqa: E402

from reader.parsing.captions import undouble  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "000_6d112d3a37cca14d.txt"
_END = re.compile(r"[。！？…”’）》]$")
_NUMBER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=\d)|(?<=\d) +(?=[\u4e00-\u9fff])")
_GLUED_BYLINE = re.compile(r"[。！？”]\s*[（(][\u4e00-\u9fff𠮷 ·]{2,20}[）)]$")


def stats(text: str) -> dict[str, float]:
    lines = text.splitlines()
    filled = [l.strip() for l in lines if l.strip()]
    blank_mid = 0
    for k in range(1, len(lines) - 1):
        if not lines[k].strip() and lines[k - 1].strip() and lines[k + 1].strip() and not _END.search(lines[k - 1].strip()):
            blank_mid += 1
    chars = sum(len(l) for l in filled) or 1
    return {
        "lines": len(filled),
        "median line": statistics.median(len(l) for l in filled) if filled else 0,
        "blank mid-sentence /100 lines": 100 * blank_mid / max(1, len(filled)),
        "number spaces /1000 chars": 1000 * len(_NUMBER_SPACE.findall(text)) / chars,
        "doubled captions": sum(1 for l in filled if undouble(l) is not None),
        "glued bylines": sum(1 for l in filled if _GLUED_BYLINE.search(l)),
        "lines > 60 chars": sum(1 for l in filled if len(l) > 60),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--first", type=int, default=50_000)
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    args = parser.parse_args(argv)
    extractors = {
        "pdftotext": lambda p, i: pdftotext(p, i),
        "pdftotext -layout": lambda p, i: pdftotext(p, i, layout=True),
        "pdfminer": pdfminer,
        "pdfium": pdfium,
    }
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in extractors}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.first, args.first + args.pages):
            path = Path(tmp) / f"{seed}.pdf"
            path.write_bytes(compose_pdf(seed)[0])
            for name, extract in extractors.items():
                rows[name].append(stats(extract(path, 0)))
    sample = stats(args.sample.read_text("utf-8"))
    keys = list(sample)
    print(f"{'':34}" + "".join(f"{k[:16]:>18}" for k in ["sample page"] + list(extractors)))
    for key in keys:
        values = [sample[key]] + [statistics.mean(r[key] for r in rows[name]) for name in extractors]
        print(f"{key:34}" + "".join(f"{v:18.2f}" for v in values))
    print(f"(composed: mean over {args.pages} pages; the sample is one page of four articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
