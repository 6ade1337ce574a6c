"""The page view through the main window: PDFs imported with text pages, the open article's page shown
with its region outlined, a click on another region opens that article, a selected paragraph outlined,
zoom, a moved PDF offers Locate…, a text page shows no page, and a 500-page PDF imports with progress and
Cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from composer import compose_pdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from reader.ingest import import_files, page_files
from reader.paths import sample_page_path
from reader.store.library import Library
from reader.ui import page_view_ui
from reader.ui.page_view import PageViewDock


@pytest.fixture(scope="module")
def composed(tmp_path_factory):
    """A two-page issue and its truth (article regions in PDF points), composed once."""
    folder = tmp_path_factory.mktemp("composed")
    data, truth = compose_pdf(71, pages=2)
    (folder / "issue.pdf").write_bytes(data)
    (folder / "other.pdf").write_bytes(compose_pdf(72)[0])
    return folder, truth


@pytest.fixture
def papers(tmp_path, composed):
    folder = tmp_path / "papers"
    (folder / "text").mkdir(parents=True)
    shutil.copy(composed[0] / "issue.pdf", folder / "issue.pdf")
    shutil.copy(sample_page_path(), folder / "text" / "page.txt")
    return folder


@pytest.fixture
def imported(library_path, papers):
    """The library with the folder imported (outside the window: the window's import is tested once)."""
    with Library(library_path) as library:
        report = import_files(library, page_files([papers]))
        assert not report.errors
    return library_path


def _articles(window, name_part: str) -> list[int]:
    library = window.controller.library
    ids = library.search.article_ids("")
    return [s.id for s in library.articles.summaries(ids) if name_part in s.source]


def _open_page_view(qtbot, window, article_id: int):
    window.open_article(article_id)
    if not window.actions.view_page.isChecked():
        with qtbot.waitSignal(window.page_view.pageShown, timeout=10_000):
            window.actions.view_page.trigger()
    return window.page_view.dock


def _pdf_rect(canvas, rect):
    """A scene rect (y down) as PDF points (x0, y0, x1, y1), origin bottom left."""
    height = canvas.sceneRect().height()
    return rect.left(), height - rect.bottom(), rect.right(), height - rect.top()


def _truth_region(truth, title: str):
    for page in truth:
        for article in page["articles"]:
            if article["title"] == title:
                return page["page_index"], article["region"][1:]
    return None


def _click_scene(qtbot, canvas, point: QPointF) -> None:
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(point))


def test_import_a_folder_then_the_page_view_shows_the_article_region_and_a_click_opens_another(
    qtbot, make_window, library_path, papers, composed
):
    window = make_window(library_path)
    with qtbot.waitSignal(window.importFinished, timeout=60_000) as finished:
        window.import_paths([papers])
        # The first PDF import asks once whether to copy PDFs beside the library (off by default).
        (question,) = [d for d in window.open_dialogs() if d.objectName() == "copyPdfsQuestion"]
        assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
        question.button(QMessageBox.StandardButton.No).click()
    report = finished.args[0]
    assert not report.errors and window.settings.copy_pdfs == "no"
    assert {r.path for r in report.results} >= {"issue.pdf#page=1", "issue.pdf#page=2"}
    assert not (library_path.parent / "library.pdfs").exists()

    library = window.controller.library
    on_pdf = _articles(window, "issue.pdf#page=1")
    titled = [(a, library.articles.get(a).article.title) for a in on_pdf]
    article, title = next((a, t) for a, t in titled if _truth_region(composed[1], t) is not None)
    dock = _open_page_view(qtbot, window, article)
    canvas = dock.canvas
    assert dock.isVisible() and dock.showing() == PageViewDock.PAGE and canvas.has_image()
    # The outline is where the composer printed that article (within a few points).
    page_index, (tx0, ty0, tx1, ty1) = _truth_region(composed[1], title)
    assert page_index == 0
    x0, y0, x1, y1 = _pdf_rect(canvas, canvas.open_region_rect())
    assert x1 - x0 > 50 and y1 - y0 > 30
    assert tx0 - 3 <= x0 and x1 <= tx1 + 3 and ty0 - 3 <= y0 and y1 <= ty1 + 3
    # The page is drawn: dark print inside the outlined region.
    image = canvas._pixmap.pixmap().toImage()
    scale = image.width() / canvas.sceneRect().width()
    rect = canvas.open_region_rect()
    dark = sum(
        image.pixelColor(int(x * scale), int(y * scale)).lightness() < 128
        for x in range(int(rect.left()), int(rect.right()), 2)
        for y in range(int(rect.top()), int(rect.bottom()), 2)
    )
    assert dark > 50

    # A click on another article's region opens that article (and outlines it).
    other = next(i for i in canvas.region_items() if i.data(0) != article and canvas.article_at(i.rect().center()) == i.data(0))
    target = other.data(0)
    _click_scene(qtbot, canvas, other.rect().center())
    assert window.current_article() == target
    assert all((i.data(0) == target) == (i.pen().widthF() > 2) for i in canvas.region_items())
    # A click on the open article's region, or on no region, changes nothing.
    _click_scene(qtbot, canvas, QPointF(2, 2))
    assert window.current_article() == target


def test_a_second_pdf_import_does_not_ask_again_and_a_yes_copies(qtbot, make_window, library_path, papers, composed):
    window = make_window(library_path)
    with qtbot.waitSignal(window.importFinished, timeout=60_000):
        window.import_paths([papers / "issue.pdf"])
        (question,) = [d for d in window.open_dialogs() if d.objectName() == "copyPdfsQuestion"]
        question.button(QMessageBox.StandardButton.Yes).click()
    assert window.settings.copy_pdfs == "yes" and window.actions.settings_copy_pdfs.isChecked()
    copies = library_path.parent / "library.pdfs"
    assert [p.name for p in copies.iterdir()] == ["issue.pdf"]
    with qtbot.waitSignal(window.importFinished, timeout=60_000):
        window.import_paths([composed[0] / "other.pdf"])
        assert not [d for d in window.open_dialogs() if d.objectName() == "copyPdfsQuestion"]
    assert sorted(p.name for p in copies.iterdir()) == ["issue.pdf", "other.pdf"]
    facts = [f for f, _n in window.controller.library.pdfs.files()]
    assert all(f.copied and Path(f.path).parent == copies for f in facts)
    window.actions.settings_copy_pdfs.trigger()  # off again, from the Settings menu
    assert window.settings.copy_pdfs == "no"


def test_a_text_page_shows_no_page_view(qtbot, make_window, imported):
    window = make_window(imported)
    text_article = _articles(window, "page.txt")[0]
    pdf_article = _articles(window, "issue.pdf")[0]
    dock = _open_page_view(qtbot, window, pdf_article)
    window.open_article(text_article)
    assert dock.showing() == PageViewDock.NOTE and "text page" in dock.note.text()
    assert not dock.canvas.isVisible()
    with qtbot.waitSignal(window.page_view.pageShown, timeout=10_000):
        window.open_article(pdf_article)
    assert dock.showing() == PageViewDock.PAGE


def test_opening_the_page_view_leaves_the_entity_index_room_for_type_names(qtbot, make_window, imported):
    window = make_window(imported)
    window.resize(1400, 900)
    _open_page_view(qtbot, window, _articles(window, "issue.pdf")[0])
    qtbot.wait(50)  # the dock is sized once laid out
    tree = window.entity_dock.tree
    name_column = tree.header().sectionSize(0)
    swatch = 16
    assert name_column - tree.indentation() - swatch >= tree.fontMetrics().horizontalAdvance("Organisations")


@pytest.mark.parametrize("width", [1366, 1920])
def test_the_page_view_takes_what_the_reading_column_can_spare(qtbot, make_window, imported, width):
    window = make_window(imported)
    window.resize(width, 900)
    dock = _open_page_view(qtbot, window, _articles(window, "issue.pdf")[0])
    reading = window.article_view
    qtbot.waitUntil(lambda: dock.width() >= page_view_ui.PAGE_DOCK_LEAST_WIDTH, timeout=2000)
    assert reading.width() >= reading.minimumWidth()
    if width >= 1920:  # room for both: the reading column keeps a comfortable measure
        assert reading.width() >= reading.comfortable_width() - 8
        assert dock.width() > page_view_ui.PAGE_DOCK_LEAST_WIDTH
    # Fitted to the width once: the zoom does not swing with its own scroll bar.
    zooms = []
    dock.canvas.zoomChanged.connect(zooms.append)
    qtbot.wait(400)
    assert zooms == []


def test_on_a_laptop_screen_the_article_list_narrows_before_the_reading_column(qtbot, make_window, imported):
    window = make_window(imported)
    window.resize(1280, 800)
    dock = _open_page_view(qtbot, window, _articles(window, "issue.pdf")[0])
    qtbot.waitUntil(lambda: dock.width() >= page_view_ui.PAGE_DOCK_LEAST_WIDTH, timeout=2000)
    qtbot.wait(50)
    reading, sidebar = window.article_view, window.sidebar
    # The list's filter rows shrink with it (the review toggle moved beside the count).
    assert sidebar.width() <= 300
    assert reading.width() > sidebar.width()


def test_the_paragraph_at_the_cursor_and_a_selected_passage_are_outlined(qtbot, make_window, imported):
    window = make_window(imported)
    library = window.controller.library
    article = max(_articles(window, "issue.pdf#page=1"), key=lambda a: len(library.articles.get(a).article.body))
    dock = _open_page_view(qtbot, window, article)
    canvas = dock.canvas
    view = window.article_view
    body = view.stored_article().article.body
    assert len(body) >= 2
    second = len(body[0].text) + 1 + 2  # inside the second paragraph
    cursor = view.text_view.textCursor()
    cursor.setPosition(view.layout_document().to_position(second))
    view.text_view.setTextCursor(cursor)
    qtbot.waitUntil(lambda: bool(canvas.focus_items()), timeout=3000)
    second_box = canvas.focus_items()[0].rect()
    region = canvas.open_region_rect().adjusted(-2, -2, 2, 2)
    assert all(region.contains(i.rect().center()) for i in canvas.focus_items())
    # A passage across the first two paragraphs (as selecting an annotation selects it) outlines both.
    view.select_range(1, second)
    qtbot.waitUntil(lambda: len(canvas.focus_items()) >= 1 and canvas.focus_items()[0].rect() != second_box, timeout=3000)
    covered = canvas.focus_items()[0].rect()
    for item in canvas.focus_items()[1:]:
        covered = covered.united(item.rect())
    assert covered.contains(second_box.center())
    view.text_view.moveCursor(QTextCursor.MoveOperation.End)


def test_clicking_an_annotation_outlines_its_paragraphs(qtbot, make_window, imported):
    window = make_window(imported)
    library = window.controller.library
    article = max(_articles(window, "issue.pdf#page=1"), key=lambda a: len(library.articles.get(a).article.body))
    dock = _open_page_view(qtbot, window, article)
    canvas = dock.canvas
    body = window.article_view.stored_article().article.body
    last = len(body) - 1
    start = sum(len(b.text) + 1 for b in body[:last])
    window.controller.annotate(article, start + 1, start + 4, "看这里", None)
    panel = window.annotation_panel
    qtbot.waitUntil(lambda: panel.annotation_model.rowCount() == 1, timeout=3000)
    window.article_view.text_view.moveCursor(QTextCursor.MoveOperation.Start)  # the cursor in the headline
    qtbot.waitUntil(lambda: not canvas.focus_items(), timeout=3000)
    rect = panel.annotation_list.visualRect(panel.annotation_model.index(0, 0))
    qtbot.mouseClick(panel.annotation_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(canvas.focus_items()), timeout=3000)
    # The last paragraph's lines: the lowest of the article's lines in their column run.
    geometry = library.pdfs.geometry(_source(window, article))
    from reader.page_boxes import lines_boxes

    expected = lines_boxes(geometry.lines, body[last].lines)
    shown = [_pdf_rect(canvas, i.rect().adjusted(1.5, 1.5, -1.5, -1.5)) for i in canvas.focus_items()]
    assert [tuple(round(v, 1) for v in r) for r in shown] == [
        (round(b.x0, 1), round(b.y0, 1), round(b.x1, 1), round(b.y1, 1)) for b in expected
    ]
    assert expected and body[last].lines


def test_zoom_with_keys_and_ctrl_wheel_renders_sharper(qtbot, make_window, imported):
    window = make_window(imported)
    dock = _open_page_view(qtbot, window, _articles(window, "issue.pdf")[0])
    canvas = dock.canvas
    before, width = canvas.zoom(), canvas._pixmap.pixmap().width()
    with qtbot.waitSignal(window.page_view.pageShown, timeout=10_000):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom() == pytest.approx(before * 1.25)
    assert canvas._pixmap.pixmap().width() > width * 1.2  # drawn again at the new scale, not stretched
    with qtbot.waitSignal(window.page_view.pageShown, timeout=10_000):
        qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom() == pytest.approx(before)
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(canvas.viewport().rect().center())
    wheel = QWheelEvent(centre, canvas.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    canvas.wheelEvent(wheel)
    assert canvas.zoom() == pytest.approx(before * 1.25)


def test_a_moved_pdf_shows_locate_and_locating_it_restores_the_view(qtbot, make_window, imported, papers, tmp_path, monkeypatch):
    window = make_window(imported)
    article = _articles(window, "issue.pdf")[0]
    moved = tmp_path / "elsewhere" / "renamed.pdf"
    moved.parent.mkdir()
    (papers / "issue.pdf").rename(moved)
    window.open_article(article)
    window.actions.view_page.trigger()
    dock = window.page_view.dock
    qtbot.waitUntil(lambda: dock.showing() == PageViewDock.PROBLEM, timeout=10_000)
    assert str(papers / "issue.pdf") in dock.problem_label.text() and "Locate" in dock.problem_label.text()
    assert dock.locate_button.isVisible()

    # Locating a different file is refused; the library keeps its path.
    wrong = tmp_path / "wrong.pdf"
    wrong.write_bytes(b"%PDF-1.4 not this one")
    monkeypatch.setattr(page_view_ui, "ask_pdf_file", lambda parent, start: str(wrong))
    with qtbot.waitSignal(window.page_view.located, timeout=10_000):
        dock.locate_button.click()
    assert dock.showing() == PageViewDock.PROBLEM and "is not the PDF this page came from" in dock.problem_label.text()
    assert window.controller.library.pdfs.location(_source(window, article)).pdf.path == str((papers / "issue.pdf").resolve())

    monkeypatch.setattr(page_view_ui, "ask_pdf_file", lambda parent, start: str(moved))
    with qtbot.waitSignal(window.page_view.pageShown, timeout=10_000):
        dock.locate_button.click()
    assert dock.showing() == PageViewDock.PAGE and dock.canvas.has_image()
    assert window.controller.library.pdfs.location(_source(window, article)).pdf.path == str(moved.resolve())


def test_a_changed_pdf_says_so(qtbot, make_window, imported, papers, composed):
    window = make_window(imported)
    article = _articles(window, "issue.pdf")[0]
    shutil.copy(composed[0] / "other.pdf", papers / "issue.pdf")  # another file under the same name
    window.open_article(article)
    window.actions.view_page.trigger()
    dock = window.page_view.dock
    qtbot.waitUntil(lambda: dock.showing() == PageViewDock.PROBLEM, timeout=10_000)
    assert "has changed since it was imported" in dock.problem_label.text()


def _source(window, article_id: int) -> int:
    return window.controller.library.corrections.source_of(article_id)


def test_a_500_page_pdf_imports_with_progress_and_cancel(qtbot, make_window, library_path, composed, tmp_path):
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(composed[0] / "issue.pdf"))
    big = pdfium.PdfDocument.new()
    big.import_pages(source, [0, 1] * 250)
    path = tmp_path / "whole year.pdf"
    big.save(str(path))
    big.close()
    source.close()
    window = make_window(library_path)
    window.settings.copy_pdfs = "no"
    status = window.task_status
    with qtbot.waitSignal(window.importFinished, timeout=120_000) as finished:
        window.import_paths([path])
        qtbot.waitUntil(lambda: status.bar.maximum() == 500 and status.bar.value() >= 3, timeout=60_000)
        assert "whole year.pdf" in status.label.text()
        status.cancel_button.click()
    report = finished.args[0]
    assert report.cancelled
    library = window.controller.library
    stored = library.pdfs.source_ids()
    assert 1 <= len(stored) <= 2  # the other pages repeat these two: found there already
    assert 3 <= len(report.results) < 500
    assert not status.isVisible()
