"""Child process for the merge SIGKILL test: merges OTHER into LIBRARY, slowly, until killed.

Prints "STARTED" once the merge's transaction is under way (its progress
callback runs inside it) and "DONE" after it has committed.
"""

import sys
import time

from reader.store.library import Library


def main(path: str, other: str) -> None:
    library = Library(path)
    started = False

    def progress(done: int, total: int) -> None:
        nonlocal started
        if not started:
            print("STARTED", flush=True)
            started = True
        time.sleep(0.002)

    library.merger.merge(other, progress=progress)
    print("DONE", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
