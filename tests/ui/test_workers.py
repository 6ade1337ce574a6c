"""Background workers: plain import steps, and recognition driven from the window."""

from __future__ import annotations

import threading

from reader.model import Span
from reader.paths import sample_page_path
from reader.store.library import Library
from reader.ingest import import_file
from reader.ui.workers import ImportWorker, RecognitionWorker


class FakeRecogniser:
    """Marks the first two characters of every text as a place; records the calls' thread."""

    def __init__(self) -> None:
        self.loaded_in: str | None = None
        self.batches: list[int] = []

    def load(self) -> None:
        self.loaded_in = threading.current_thread().name

    def recognise_many(self, texts, user_terms=None):
        self.batches.append(len(texts))
        return [[Span(0, 2, "LOC", text[:2])] if len(text) >= 2 else [] for text in texts]








def test_import_worker_reports_an_unopenable_library(qtbot, tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database" * 100)
    worker = ImportWorker(broken, [sample_page_path()])
    with qtbot.waitSignal(worker.done, timeout=10_000) as blocker:
        worker.start()
    worker.wait()
    report = blocker.args[0]
    assert report.results == [] and report.errors and report.errors[0][0] == str(broken)


def test_recognition_runs_off_the_gui_thread_and_updates_the_window(qtbot, make_window, page_library_path):
    with Library(page_library_path) as library:
        pending = library.recognition.count_pending()
    assert pending == 3  # the fixture recognised one article of four
    recogniser = FakeRecogniser()
    window = make_window(page_library_path, recognise=True, recogniser_factory=lambda: recogniser)
    qtbot.waitUntil(lambda: window.recognition_runs == 1 and not window.recognition_running(), timeout=20_000)
    assert window.last_recognition_error is None
    assert recogniser.loaded_in is not None and recogniser.loaded_in != threading.main_thread().name
    assert sum(recogniser.batches) == 3
    library = window.controller.library
    assert library.recognition.count_pending() == 0
    # The article on screen was recognised first and its highlights are in the view's spans.
    shown = window.current_article()
    assert [e.label for e in library.entities.of_article(shown)] == ["LOC"]
    assert not window.task_status.isVisible()


def test_recognition_is_not_started_when_nothing_waits(qtbot, make_window, page_library_path):
    with Library(page_library_path) as library:
        ids = library.recognition.pending_ids()
        library.recognition.save([(i, []) for i in ids])

    def explode():
        raise AssertionError("the model must not be loaded when nothing is pending")

    window = make_window(page_library_path, recognise=True, recogniser_factory=explode)
    qtbot.waitUntil(lambda: window.recognition_runs == 1, timeout=20_000)
    assert window.last_recognition_error is None


def test_recognition_priority_is_the_article_on_screen(tmp_path):
    library_path = tmp_path / "lib.db"
    with Library(library_path) as library:
        ids = import_file(library, sample_page_path()).article_ids
    order: list[list[int]] = []
    worker = RecognitionWorker(library_path, FakeRecogniser)
    worker.BATCH_SIZE = 1
    worker.set_priority(ids[-1])
    worker.recognised.connect(order.append)  # direct: collected in the worker thread
    worker.run()  # synchronously, to observe the order
    assert order[0] == [ids[-1]]
    assert sorted(i for batch in order for i in batch) == sorted(ids)


class SlowRecogniser(FakeRecogniser):
    def recognise_many(self, texts, user_terms=None):
        threading.Event().wait(0.2)
        return super().recognise_many(texts, user_terms)


def test_cancel_in_the_status_bar_stops_recognition(qtbot, make_window, tmp_path):
    from PySide6.QtCore import Qt

    library_path = tmp_path / "lib.db"
    with Library(library_path) as library:
        for i in range(40):
            from reader.model import Article, Block, Page

            library.pages.add(f"p{i}.txt", Page([Article(title=f"标题{i}", body=[Block("paragraph", f"正文{i}内容")])]))
    window = make_window(library_path, recognise=True, recogniser_factory=SlowRecogniser)
    qtbot.waitUntil(window.task_status.isVisible, timeout=10_000)
    qtbot.mouseClick(window.task_status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.recognition_runs == 1, timeout=20_000)
    assert not window.task_status.isVisible()
    with Library(library_path) as library:
        assert 0 < library.recognition.count_pending() < 40


def test_query_worker_answers_and_stops(qtbot, page_library_path):
    from reader.ui.workers import QueryWorker

    worker = QueryWorker(page_library_path)
    answers = []
    worker.answered.connect(lambda key, result: answers.append((key, result)))
    worker.start()
    with qtbot.waitSignal(worker.answered, timeout=5000):
        worker.request("count", "articles.count")
    assert answers == [("count", 4)]
    worker.stop()
    worker.request("late", "articles.count")  # after stop: never answered
    assert worker.wait(5000)
    qtbot.wait(50)
    assert [key for key, _ in answers] == ["count"]
