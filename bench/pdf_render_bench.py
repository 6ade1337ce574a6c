"""How long the page view takes to draw a PDF page: milliseconds per page render (target ≤ 150 ms).

    .venv/bin/python bench/pdf_render_bench.py [--pages N] [--first SEED] [--repeat R]

Composes N broadsheet pages (tests/support/composer) and renders each the
way the page view does (reader.ui.page_render.render_image: open the file,
render with PDFium under its lock, wrap the pixels in a QImage), at the
scales the view asks for: a page fitted to a 520-pixel dock at device pixel
ratio 1 and 2, and 100 % zoom at ratio 1 and 2. Prints the median and the
95th percentile per scale, wall time on one thread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import benchpath  # noqa: F401  (tests/support on the path)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from composer import compose_pdf  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--first", type=int, default=500, help="first composer seed")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from reader.pdf import PdfFile
    from reader.ui.page_render import render_image, rounded_scale

    app = QGuiApplication([])  # QImage's formats and fonts want one
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for seed in range(args.first, args.first + args.pages):
            path = Path(tmp) / f"page-{seed}.pdf"
            path.write_bytes(compose_pdf(seed)[0])
            paths.append(path)
        with PdfFile(paths[0]) as pdf:
            width, height = pdf.page_size(0)
        fit = (520 - 24) / width
        scales = {"fit 520 px, ratio 1": fit, "fit 520 px, ratio 2": 2 * fit, "100 %, ratio 1": 1.0, "100 %, ratio 2": 2.0}
        print(f"Qt platform {app.platformName()}; {len(paths)} composed pages (the first {width:.0f} × {height:.0f} pt), {args.repeat} renders each per scale")
        render_image(str(paths[0]), 0, 1.0)  # warm up PDFium and the fonts
        for label, scale in scales.items():
            scale = rounded_scale(scale)
            times = []
            for _ in range(args.repeat):
                for path in paths:
                    start = time.perf_counter()
                    image = render_image(str(path), 0, scale)
                    times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            print(f"{label:22} scale {scale:4.2f} ({image.width()} × {image.height()} px): "
                  f"median {statistics.median(times):6.1f} ms, p95 {p95:6.1f} ms per page")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
