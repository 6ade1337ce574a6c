"""Child process for the two-process tests: behaves like the app, driven line by line on stdin.

Commands (one per line), each answered with one line on stdout once done:
  open            open one more Library connection on the file (a worker does this)
  close           close the newest extra connection
  write N         write N annotations through the first connection; answers "ACK id id ..."
  walfds          answers "WAL <k>" with k = open descriptors of the -wal file,
                  and "DELETED" instead when one of them points at a deleted file
  quit            close everything and exit
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reader.model import Article, Block, Page
from reader.store.library import Library


def wal_descriptors(path: Path) -> tuple[int, bool]:
    wal = str(path) + "-wal"
    count, deleted = 0, False
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(wal):
            count += 1
            deleted = deleted or target.endswith("(deleted)")
    return count, deleted


def main(path_text: str) -> None:
    path = Path(path_text)
    first = Library(path)
    extra: list[Library] = []
    article_id = first.pages.add(
        "child.txt", Page([Article(title="子进程", body=[Block("paragraph", "派出所民警巡逻。" * 40)])])
    ).article_ids[0]
    print("READY", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "open":
            extra.append(Library(path))
            answer = "OK"
        elif command == "close":
            if extra:
                extra.pop().close()
            answer = "OK"
        elif command == "write":
            ids = [str(first.annotations.add_quote(article_id, "民警", note=f"n{i}").id) for i in range(int(args[0]))]
            answer = "ACK " + " ".join(ids)
        elif command == "walfds":
            count, deleted = wal_descriptors(path)
            answer = "DELETED" if deleted else f"WAL {count}"
        elif command == "quit":
            for library in extra:
                library.close()
            first.close()
            print("BYE", flush=True)
            return
        else:
            answer = f"ERR unknown command {command}"
        print(answer, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
