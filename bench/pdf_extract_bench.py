"""Which library reads a newspaper PDF's characters best: speed and fidelity.

    .venv/bin/python bench/pdf_extract_bench.py [--pages N] [--first SEED]

Composes N tuning pages (the composer records every character it draws: text,
face, size, advance box and baseline) and reads them back with

- PDFium through pypdfium2 (reader.pdf.extract: loose character boxes, font
  size and name per text object, render mode for fake bold);
- pdfminer.six (LTChar: bbox, size, fontname), with and without its layout
  analysis;
- pdfplumber (on pdfminer.six: page.chars), when it is installed.

For each: CPU time per page on one core (reading characters with box, size
and font only, not layout), the share of drawn characters found at their
place (same character, left edge and baseline within 0.5 pt), the mean error
of the left and right edges, and the shares with the exact font size and the
right face.  PyMuPDF is not measured: its AGPL licence rules it out.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from composer.page import compose_pdf  # noqa: E402

FACES = {"Ming": "UMing", "Kai": "UKai", "Hei": "WenQuanYiZenHei", "HeiSharp": "WenQuanYiZenHeiSharp", "Hana": "HanaMin"}


def read_pdfium(path: str) -> list[tuple[str, float, float, float, float, str]]:
    import pypdfium2 as pdfium

    from reader.pdf.extract import read_page

    document = pdfium.PdfDocument(path)
    try:
        page = document[0]
        raw = read_page(page, 0)
        page.close()
    finally:
        document.close()
    return [(g.text, g.x0, g.x1, g.base, g.size, g.font) for g in raw.glyphs]


def read_pdfminer(path: str, layout: bool) -> list[tuple[str, float, float, float, float, str]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar

    out = []

    def walk(item):
        if isinstance(item, LTChar):
            out.append((item.get_text(), item.x0, item.x1, item.matrix[5], round(item.size, 2), item.fontname.split("+")[-1]))
            return
        for child in getattr(item, "_objs", []) or []:
            walk(child)

    for page in extract_pages(path, laparams=LAParams() if layout else None):
        walk(page)
    return out


def read_pdfplumber(path: str) -> list[tuple[str, float, float, float, float, str]]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        return [(c["text"], c["x0"], c["x1"], c["matrix"][5], round(c["size"], 2), c["fontname"].split("+")[-1]) for c in page.chars]


def fidelity(truth, got) -> dict[str, float]:
    index: dict[str, list] = {}
    for item in got:
        index.setdefault(item[0], []).append(item)
    found = size_ok = face_ok = 0
    left_err, right_err = [], []
    for ch, face, size, x0, x1, base, _gray in truth:
        if ch.isspace():
            continue
        best = None
        for item in index.get(ch, ()):
            if abs(item[1] - x0) <= 0.5 and abs(item[3] - base) <= 0.5:
                best = item
                break
        if best is None:
            continue
        found += 1
        left_err.append(abs(best[1] - x0))
        right_err.append(abs(best[2] - x1))
        size_ok += abs(best[4] - size) < 0.02
        face_ok += FACES[face] in best[5]
    total = sum(1 for t in truth if not t[0].isspace())
    return {
        "found": found / total,
        "left err": statistics.mean(left_err) if left_err else float("nan"),
        "right err": statistics.mean(right_err) if right_err else float("nan"),
        "size exact": size_ok / max(1, found),
        "face right": face_ok / max(1, found),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--first", type=int, default=70_000)
    args = parser.parse_args(argv)
    readers = {
        "pypdfium2 (PDFium)": read_pdfium,
        "pdfminer.six, no layout": lambda p: read_pdfminer(p, False),
        "pdfminer.six, LAParams": lambda p: read_pdfminer(p, True),
    }
    try:
        import pdfplumber  # noqa: F401

        readers["pdfplumber"] = read_pdfplumber
    except ImportError:
        print("(pdfplumber not installed: not measured)")
    results: dict[str, list] = {name: [] for name in readers}
    times: dict[str, list[float]] = {name: [] for name in readers}
    chars = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.first, args.first + args.pages):
            record: list = []
            pdf, _ = compose_pdf(seed, chars=record)
            path = str(Path(tmp) / f"{seed}.pdf")
            Path(path).write_bytes(pdf)
            chars += len(record[0])
            for name, reader in readers.items():
                reader(path)  # warm caches (font parsing, imports)
                started = time.process_time()
                got = reader(path)
                times[name].append(time.process_time() - started)
                results[name].append(fidelity(record[0], got))
    print(f"{args.pages} composed broadsheet pages, {chars / args.pages:.0f} drawn characters per page (seeds {args.first}-{args.first + args.pages - 1})")
    print(f"{'reader':28}{'ms/page':>10}{'found':>9}{'left err':>10}{'right err':>11}{'size exact':>12}{'face right':>12}")
    for name in readers:
        r = results[name]
        mean = {k: statistics.mean(x[k] for x in r) for k in r[0]}
        print(f"{name:28}{1000 * statistics.mean(times[name]):10.1f}{mean['found']:9.2%}{mean['left err']:10.3f}{mean['right err']:11.3f}"
              f"{mean['size exact']:12.2%}{mean['face right']:12.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
