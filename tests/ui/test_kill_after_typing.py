"""A SIGKILL one second after the last keystroke loses nothing the user typed.

The app runs in a child process (the real start-up path, offscreen); the test
kills it with SIGKILL one second after the child reports its last keystroke,
then reopens the library file and looks for the note and the tag.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.model import Article, Block, Page
from reader.store.library import Library

CHILD = Path(__file__).with_name("kill_after_typing_child.py")


def _wait_for_line(process: subprocess.Popen, expected: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.strip() == expected:
            return
    pytest.fail(f"the app never printed {expected!r}")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("note_text", ["会后记：𠮷祥的现场，注意第二段", "short note"])
def test_sigkill_one_second_after_typing_loses_nothing(tmp_path, note_text):
    library_path = tmp_path / "library.db"
    library = Library(library_path)
    library.pages.add("page.txt", Page(articles=[Article(title="标题", body=[Block("paragraph", "正文。")])]))
    library.close()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(library_path), note_text, "待核实"],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    try:
        _wait_for_line(process, "READY", timeout=60)
        _wait_for_line(process, "TYPED", timeout=30)
        time.sleep(1.0)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL

    reopened = Library(library_path)
    try:
        article_id = reopened.search.article_ids("")[0]
        assert reopened.notes.get(article_id) == note_text
        assert [tag.name for tag in reopened.tags.of_article(article_id)] == ["待核实"]
    finally:
        reopened.close()
