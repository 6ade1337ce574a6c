"""Child process for the SIGKILL test: imports pages and writes annotations until killed.

Prints "ACK <annotation id>" after each annotate call has returned (committed),
so the parent knows which annotations the library promised to keep.
"""

import sys

from reader.model import Article, Block, Page
from reader.store.library import Library


def main(path: str, round_no: int) -> None:
    library = Library(path)
    i = 0
    while True:
        i += 1
        body = f"第{round_no}轮第{i}篇，派出所民警巡逻。" + "雪" * 2000  # big enough to span pages
        result = library.pages.add(
            f"r{round_no}-{i}.txt", Page([Article(title=f"标题{i}", body=[Block("paragraph", body)])])
        )
        annotation = library.annotations.add_quote(result.article_ids[0], "民警", note=f"{round_no}-{i}")
        print(f"ACK {annotation.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
