"""Child process for the SIGKILL test of corrections: splits and merges articles of a page until killed.

Prints "ACK <correction id>" after each correction has returned (committed),
so the parent knows which corrections the library promised to keep.
"""

import random
import sys
from pathlib import Path

from reader.parsing import parse_page
from reader.store.library import Library

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    library = Library(path)
    if library.articles.is_empty():
        raw = SAMPLE.read_text(encoding="utf-8")
        ids = library.pages.add("sample.txt", parse_page(raw), raw_text=raw).article_ids
        library.annotations.add_quote(ids[0], "科尔沁分局", note="记")
        library.tags.add(ids[0], "警务")
    while True:
        source = library.pages.all()[0].id
        ids = library.articles.ids_of_source(source)
        article = ids[rng.randrange(len(ids))]
        blocks = library.articles.get(article).article.body
        starts = [sum(len(b.text) + 1 for b in blocks[:k]) for k in range(1, len(blocks))]
        if starts and (len(ids) < 8 or rng.random() < 0.5):
            receipt = library.corrections.split(article, rng.choice(starts), title="分出")
        else:
            at = ids.index(article)
            other = ids[at + 1] if at + 1 < len(ids) else ids[at - 1]
            receipt = library.corrections.merge(article, other, headline=rng.choice(["body", "subhead", "drop"]))
        print(f"ACK {receipt.correction_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
