"""The app and the command line on one library at once (SQLite's How To Corrupt, §2.2).

A child process plays the app: one long-lived connection plus the extra
connections its workers open and close. The test plays the user running
command-line commands in between. Whatever the interleaving, no process may
end up writing to a deleted -wal file, the file stays sound, and every
acknowledged write is there.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store.library import Library

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to see open descriptors")


class App:
    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "app_like_child.py"), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert self._read() == "READY"

    def _read(self) -> str:
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(f"the app-like child died: {self.proc.stderr.read()}")
        return line.strip()

    def ask(self, command: str) -> str:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._read()

    def quit(self) -> None:
        assert self.ask("quit") == "BYE"
        self.proc.wait(timeout=30)


def run_cli(*args: str, library: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args, "--library", str(library)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def assert_wal_alive(app: App) -> None:
    answer = app.ask("walfds")
    assert answer != "DELETED", "the app writes to a -wal file another process deleted"


def test_the_reported_sequence_keeps_the_library_whole(tmp_path):
    """Launch the app (with a worker connection), run `list`, go on working, quit, launch again."""
    path = tmp_path / "library.db"
    app = App(path)
    acknowledged = app.ask("write 3").split()[1:]
    assert app.ask("open") == "OK"  # a worker connection: this used to drop the first one's locks
    listed = run_cli("list", library=path)
    assert listed.returncode == 0, listed.stderr
    assert_wal_alive(app)
    acknowledged += app.ask("write 5").split()[1:]
    app.quit()
    with Library(path) as library:
        assert library.integrity_check() == "ok"
        for annotation_id in acknowledged:
            assert library.annotations.get(int(annotation_id)).quote == "民警"


@pytest.mark.parametrize("seed", range(6))
def test_random_interleavings_lose_nothing(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / "library.db"
    app = App(path)
    acknowledged: list[str] = []
    tagged = 0
    open_extra = 0
    for _step in range(12):
        action = rng.choice(["open", "close", "write", "cli-list", "cli-tag", "same-process"])
        if action == "open":
            assert app.ask("open") == "OK"
            open_extra += 1
        elif action == "close" and open_extra:
            assert app.ask("close") == "OK"
            open_extra -= 1
        elif action == "write":
            acknowledged += app.ask(f"write {rng.randrange(1, 6)}").split()[1:]
        elif action == "cli-list":
            assert run_cli("list", library=path).returncode == 0
        elif action == "cli-tag":
            done = run_cli("tag", "--search", "民警", f"标签{tagged}", library=path)
            assert done.returncode == 0, done.stderr
            tagged += 1
        else:
            # This test process opens and closes a connection of its own in between.
            with Library(path) as library:
                library.articles.count()
        assert_wal_alive(app)
    acknowledged += app.ask("write 2").split()[1:]
    app.quit()
    with Library(path) as library:
        assert library.integrity_check() == "ok"
        for annotation_id in acknowledged:
            assert library.annotations.get(int(annotation_id)).quote == "民警"
        tags = {t.name for t in library.tags.all()}
        assert {f"标签{i}" for i in range(tagged)} <= tags
