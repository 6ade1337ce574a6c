"""Opening an article that has very many tags (offscreen).

    .venv/bin/python bench/tag_chips_bench.py              # 1,000 tags, 7 opens
    .venv/bin/python bench/tag_chips_bench.py --tags 200 --runs 5

Builds a library with one article holding N tags (names of 2 to 12
characters, one of 200) and a plain article, starts the main window on it as
main.py does, and times opening the tagged article after the plain one: from
``open_article`` to the window drawn with its chips laid out. Target: 100 ms
for 1,000 tags. Also prints how wide the window wants to be (its size hint),
which a long tag must not blow up.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 100


def build(path: Path, n_tags: int) -> tuple[int, int]:
    from reader.model import Article, Block, Page
    from reader.store.library import Library

    rng = random.Random(7)
    alphabet = "公安交通警务社区草原牧区法治安全教育文化旅游生态环境经济发展民生医疗卫生体育科技"
    with Library(path) as library:
        result = library.pages.add(
            "page.txt",
            Page([
                Article(title="很多标签的文章", body=[Block("paragraph", "正文。" * 200)]),
                Article(title="普通文章", body=[Block("paragraph", "正文。" * 200)]),
            ]),
        )
        tagged, plain = result.article_ids
        names = {"长" * 200}
        while len(names) < n_tags:
            names.add("".join(rng.choice(alphabet) for _ in range(rng.randint(2, 12))))
        for name in sorted(names):
            library.tags.add(tagged, name)
    return tagged, plain


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tags", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory() as home:
        os.environ.update(READER_DATA_DIR=home, XDG_CONFIG_HOME=home)
        path = Path(home) / "tags.db"
        tagged, plain = build(path, args.tags)

        from PySide6.QtWidgets import QApplication

        from reader.ui.app import build as build_app

        app, window = build_app(["reader", "--library", str(path)], recognise=False)
        window.show()
        app.processEvents()
        times = []
        for _ in range(args.runs):
            window.open_article(plain)
            app.processEvents()
            start = time.perf_counter()
            window.open_article(tagged)
            app.processEvents()  # layout requests posted by the new chips
            window.repaint()
            times.append((time.perf_counter() - start) * 1000)
        hint = window.sizeHint().width()
        chips = len(window.annotation_panel.chips.tag_names())
        window.close()
        QApplication.processEvents()

    median = statistics.median(times)
    verdict = "ok" if median <= TARGET_MS else "OVER TARGET"
    print(f"open an article with {chips:,} tags: median {median:.0f} ms, min {min(times):.0f}, max {max(times):.0f} "
          f"over {len(times)} opens  (target {TARGET_MS} ms for 1,000: {verdict})")
    print(f"window size hint: {hint} px wide (one tag is 200 characters long)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
