"""How the library holds up: many random interleavings of the app and the CLI, damaged files, kills.

    .venv/bin/python bench/robustness_bench.py [--interleavings 60] [--damaged 300] [--kills 30]

Prints, for each kind of trial, how many were tried and how many lost an
acknowledged write or left the file damaged (the goal is none):
- interleavings: an app-like process (a long-lived connection plus worker
  connections it opens and closes) and command-line runs (`list`, `tag`) in
  random order; afterwards every acknowledged write must be there, no process
  may have written to a deleted -wal, and SQLite's integrity check must pass.
- damaged: a library with bytes flipped at random offsets after the header,
  then a writing command (`tag`); a write is allowed only when SQLite finds
  the file sound, and a refusal must be a clear message (no traceback).
- kills: a writer killed with SIGKILL at a random moment; every annotation it
  acknowledged must be there and the file sound.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE_TESTS = ROOT / "tests" / "store"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(STORE_TESTS), os.environ.get("PYTHONPATH", "")])}

from reader.store.library import Library  # noqa: E402


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=ENV, cwd=ROOT)


class App:
    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(STORE_TESTS / "app_like_child.py"), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
        )  # fmt: skip
        assert self.proc.stdout.readline().strip() == "READY"

    def ask(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()


def interleaving(folder: Path, rng: random.Random) -> str | None:
    """None when all was well, else what went wrong."""
    path = folder / "library.db"
    app = App(path)
    acknowledged: list[str] = []
    for _ in range(rng.randrange(6, 16)):
        action = rng.choice(["open", "close", "write", "list", "tag"])
        if action in ("open", "close"):
            app.ask(action)
        elif action == "write":
            acknowledged += app.ask(f"write {rng.randrange(1, 5)}").split()[1:]
        elif action == "list":
            cli("list", "--library", str(path))
        else:
            cli("tag", "--search", "民警", "标签", "--library", str(path))
        if app.ask("walfds") == "DELETED":
            app.ask("quit")
            return "the app held a deleted -wal"
    app.ask("quit")
    app.proc.wait()
    with Library(path) as library:
        if library.integrity_check() != "ok":
            return "integrity check failed"
        for annotation_id in acknowledged:
            library.annotations.get(int(annotation_id))
    return None


def damaged(folder: Path, rng: random.Random) -> str | None:
    path = folder / "library.db"
    from store_support import article, page  # tests/store helpers

    with Library(path) as library:
        for p in range(6):
            ids = library.pages.add(f"p{p}.txt", page(article(f"标题{p}", "派出所民警巡逻。" * 80))).article_ids
            library.annotations.add_quote(ids[0], "民警")
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for _ in range(rng.choice([1, 5, 50, 500])):
        offset = rng.randrange(100, len(data))
        data[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    probe = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        was_sound = probe.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # a damaged verdict may not even be UTF-8
        was_sound = False
    finally:
        probe.close()
    done = cli("tag", "--search", "民警", "复查", "--library", str(path))
    if "Traceback" in done.stderr:
        return "traceback: " + done.stderr.strip().splitlines()[-1]
    if done.returncode == 0 and not was_sound:
        return "wrote into a damaged file"
    if not was_sound and path.read_bytes() != bytes(data):
        return "changed a damaged file"
    return None


def kill(folder: Path, rng: random.Random) -> str | None:
    path = folder / "library.db"
    child = subprocess.Popen(
        [sys.executable, str(STORE_TESTS / "kill_worker.py"), str(path), "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip
    acknowledged = set()
    for _ in range(rng.randrange(1, 20)):
        line = child.stdout.readline()
        if not line:
            return "writer died on its own"
        acknowledged.add(int(line.split()[1]))
    time.sleep(rng.random() * 0.05)
    child.kill()
    acknowledged |= {int(line.split()[1]) for line in child.stdout.read().splitlines()}
    child.wait()
    with Library(path) as library:
        if library.integrity_check() != "ok":
            return "integrity check failed"
        for annotation_id in acknowledged:
            library.annotations.get(annotation_id)
    return None


def run(kind, count: int, seed: int) -> None:
    rng = random.Random(seed)
    failures = []
    started = time.perf_counter()
    for i in range(count):
        with tempfile.TemporaryDirectory() as folder:
            try:
                problem = kind(Path(folder), rng)
            except Exception as exc:  # noqa: BLE001 - any failure counts
                problem = f"{type(exc).__name__}: {exc}"
        if problem:
            failures.append(f"#{i}: {problem}")
    elapsed = time.perf_counter() - started
    print(f"{kind.__name__:13} {count:4} tried, {len(failures)} lost or damaged anything  ({elapsed:.0f} s)")
    for failure in failures[:10]:
        print(f"    {failure}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interleavings", type=int, default=60)
    parser.add_argument("--damaged", type=int, default=300)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(STORE_TESTS))
    run(interleaving, args.interleavings, args.seed)
    run(damaged, args.damaged, args.seed + 1)
    run(kill, args.kills, args.seed + 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
