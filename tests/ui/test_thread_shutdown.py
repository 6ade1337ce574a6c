"""No worker thread outlives the process: one left running is stopped and joined at exit, never aborting it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from reader.store.library import Library
from reader.ui.workers import QueryWorker, stop_all_threads


def test_stop_all_threads_ends_a_query_worker_nobody_stopped(qtbot, tmp_path):
    path = tmp_path / "library.db"
    Library(path).close()
    worker = QueryWorker(path)
    worker.start()
    assert worker.isRunning()
    stop_all_threads()
    assert worker.isFinished()


def test_a_process_that_forgets_a_running_worker_still_exits_cleanly(tmp_path):
    path = tmp_path / "library.db"
    Library(path).close()
    script = textwrap.dedent(f"""
        from PySide6.QtWidgets import QApplication
        from reader.ui.workers import QueryWorker
        app = QApplication([])
        worker = QueryWorker({str(path)!r})
        worker.start()  # waits for requests for ever; nobody stops it
        print("started", flush=True)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "started" in done.stdout and "Destroyed while thread" not in done.stderr
