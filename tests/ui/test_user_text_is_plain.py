"""Page and user text shows as written in every label, tooltip, message box, menu item and title.

Each hostile string is pushed through each surface that can hold page or user
text, and what the surface really shows is checked: a label's text format
and text, a tooltip's rendering (Qt renders it as HTML when it looks like
HTML, so its rendered plain text must equal the string and it must hold no
image, link or styled span), a menu item's mnemonic, a window's title as the
platform gets it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence, QTextDocument, QTextFormat
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from reader.model import Article, Block, Page
from reader.store.library import Library

BOLD = "<b>粗体</b>"
IMAGE = '<img src="/tmp/photo.png" width=400 height=300>'
LINK = '<a href="http://evil.example/">链接</a>'
SPAN = '<span style="color:red;font-size:40px">大字</span>'
HOSTILE = [BOLD, IMAGE, LINK, SPAN]

BODY = f"开头{BOLD}中间{IMAGE}再{LINK}然后{SPAN}结尾。"


# -- what a surface really shows ----------------------------------------------------------

def rendered(text: str, text_format: Qt.TextFormat) -> tuple[str, bool]:
    """(the text a label or tooltip shows, whether its rendering holds images, links or styles)."""
    from PySide6.QtGui import Qt as GuiQt

    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text, False
    document = QTextDocument()
    document.setHtml(text)
    markup = False
    block = document.begin()
    while block.isValid():
        for fragment_range in block.layout().formats() if block.layout() else []:
            fmt = fragment_range.format
            markup |= fmt.isAnchor() or fmt.fontWeight() > 400 or fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            markup |= fmt.isImageFormat() or fmt.isAnchor() or fmt.fontWeight() > 400
            markup |= fmt.hasProperty(QTextFormat.Property.ForegroundBrush) or fmt.hasProperty(QTextFormat.Property.FontPointSize) or fmt.hasProperty(QTextFormat.Property.FontPixelSize)
            it += 1
        block = block.next()
    return document.toPlainText(), markup


def assert_literal(text: str, text_format: Qt.TextFormat, expected: str) -> None:
    shown, markup = rendered(text, text_format)
    assert shown == expected
    assert not markup, f"{expected!r} was rendered with markup"


def shown_tooltip() -> QLabel:
    labels = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible()]
    assert labels, "no tooltip shown"
    return labels[-1]


def assert_tooltip_literal(expected: str) -> None:
    label = shown_tooltip()
    assert_literal(label.text(), label.textFormat(), expected)
    QToolTip.hideText()


def hover(view, point: QPoint) -> None:
    """What Qt does when the mouse rests at ``point`` of an item view's viewport."""
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)


def no_mnemonic(text: str) -> bool:
    return QKeySequence.mnemonic(text).isEmpty()


# -- the library: a page whose headline, byline and file name, and a user whose tags and notes, are HTML ----

@pytest.fixture
def hostile_library(tmp_path):
    path = tmp_path / "lib.db"
    with Library(path) as library:
        result = library.pages.add(
            f"{BOLD}版面.txt",
            Page([Article(title=f"标题{IMAGE}", byline=LINK, body=[Block("paragraph", BODY)])]),
        )
        article_id = result.article_ids[0]
        for name in HOSTILE:
            library.tags.add(article_id, name)
        library.notes.set(article_id, SPAN)
        start = BODY.index(LINK)
        library.annotations.add(article_id, start, start + len(LINK), tag=BOLD, note=IMAGE)
        start = BODY.index(SPAN)
        library.entities.add(article_id, start, start + len(SPAN), "ORG")
    return path


@pytest.fixture
def window(make_window, hostile_library):
    w = make_window(hostile_library)
    w.resize(1400, 900)
    QApplication.processEvents()
    return w


# -- tooltips ----------------------------------------------------------------------------------

def test_article_list_tooltip(window):
    view = window.sidebar.list_view
    hover(view, view.visualRect(window.sidebar.model.index(0)).center())
    assert_tooltip_literal(f"标题{IMAGE}\n{LINK}\n{BOLD}版面.txt")


def test_tag_chip_and_remove_tooltips(window):
    chips = window.annotation_panel.chips
    for name in HOSTILE:
        chips.scrollTo(chips.model().index(chips.tag_names().index(name)))
        QApplication.processEvents()
        hover(chips, chips.chip_rect(name).topLeft() + QPoint(8, 4))
        assert_tooltip_literal(name)
        hover(chips, chips.remove_button_rect(name).center())
        assert_tooltip_literal(f"Remove tag “{name}”")


def test_annotation_list_tooltip(window):
    view = window.annotation_panel.annotation_list
    hover(view, view.visualRect(window.annotation_panel.annotation_model.index(0)).center())
    assert_tooltip_literal(IMAGE)  # the note


def test_article_view_tooltip_over_an_entity_and_an_annotation(window):
    view = window.article_view
    layout = view._layout
    for target, expected in ((SPAN, f"Organisations: «{SPAN}» (your correction)"), (LINK, f"{BOLD}: {IMAGE}")):
        cp = BODY.index(target) + 2
        cursor = view.text_view.textCursor()
        cursor.setPosition(layout.to_position(cp))
        point = view.text_view.cursorRect(cursor).center() + QPoint(2, 0)
        QApplication.sendEvent(
            view.text_view.viewport(),
            QHelpEvent(QEvent.Type.ToolTip, point, view.text_view.viewport().mapToGlobal(point)),
        )
        assert_tooltip_literal(expected)


def test_entity_index_filter_tooltip(window):
    dock = window.entity_dock
    dock.filter_box.setText(BOLD)
    dock.apply_filter()
    tip = dock.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert_literal(tip, Qt.TextFormat.AutoText, f"Different entities of this type containing “{BOLD}”")


# -- labels -------------------------------------------------------------------------------------------

def test_quote_labels_of_the_annotation_editor_and_popup(window):
    from reader.ui.annotate_popup import AnnotatePopup
    from reader.ui.annotation_editor import AnnotationEditor

    annotation = window.controller.library.annotations.of_article(window.current_article())[0]
    editor = AnnotationEditor(annotation, [], window)
    popup = AnnotatePopup(BOLD, [], window)
    for label, quote in ((editor.quote_label, annotation.quote), (popup.quote_label, BOLD)):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert_literal(label.text(), label.textFormat(), f"«{quote}»")
    assert annotation.quote == LINK


def test_import_progress_label_shows_the_file_name(window):
    status = window.task_status
    window.tasks._on_import_progress(0, 2, f"{IMAGE}.txt")
    assert status.label.textFormat() == Qt.TextFormat.PlainText
    assert status.label.text() == f"Importing 1 of 2: {IMAGE}.txt"


# -- message boxes -------------------------------------------------------------------------------------

def test_tag_manager_confirmations(window, message_boxes):
    dialog = window.show_tag_manager()
    message_boxes.answer = QMessageBox.StandardButton.No
    dialog.delete(IMAGE)
    dialog.rename(LINK, SPAN)  # a merge: asked first
    assert len(message_boxes.shown) == 2
    for box in message_boxes.shown:
        assert box["format"] == Qt.TextFormat.PlainText
    assert f"Delete the tag “{IMAGE}”?" in message_boxes.shown[0]["text"]
    assert f"A tag “{SPAN}” exists already. Merge “{LINK}” into it?" in message_boxes.shown[1]["text"]


def test_error_messages_naming_user_text(window):
    window.show_error(f"Could not export to {IMAGE}.csv")
    box = window.open_dialogs()[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"Could not export to {IMAGE}.csv"


def test_library_errors_naming_the_file(tmp_path, message_boxes):
    from reader.ui.dialogs import try_open_library

    broken = tmp_path / f"{LINK.replace('/', '_')}.db"
    broken.write_bytes(b"not a database" * 100)
    assert try_open_library(broken) is None
    (box,) = message_boxes.shown
    assert box["format"] == Qt.TextFormat.PlainText and broken.name in box["text"]


# -- menus, buttons and titles -----------------------------------------------------------------------

def test_menu_items_and_buttons_show_ampersands(window, tmp_path):
    article_id = window.current_article()
    window.controller.tag_article(article_id, "A&B")
    undo_text = window.actions.edit_undo.text()
    # Alt+U from the verb's own «&Undo», not Alt+B from the tag's name.
    assert QKeySequence.mnemonic(undo_text) == QKeySequence("Alt+U") and undo_text.endswith("“A&&B”")

    window.sidebar.set_entity_filter("ORG", "R&D")
    assert no_mnemonic(window.sidebar.entity_chip.text()) and "R&&D" in window.sidebar.entity_chip.text()

    other = tmp_path / "x&y.db"
    Library(other).close()
    window.settings.add_recent_library(str(other))
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any(t.replace("&&", "&") == str(other) and no_mnemonic(t) for t in texts)


def test_context_menu_names_the_entity_without_a_mnemonic(window):
    view = window.article_view
    view.set_visible_labels({"ORG"})
    position = view._layout.to_position(BODY.index(SPAN) + 1)
    texts = [a.text() for a in view.context_menu(position).actions() if "Remove entity" in a.text()]
    assert texts and all(no_mnemonic(t) for t in texts)


def test_window_title_shows_the_file_name_as_written(make_window, tmp_path):
    path = tmp_path / "lib[*]<b>.db"
    Library(path).close()
    w = make_window(path)
    assert w.windowHandle().title() == "lib[*]<b>.db — Reader"
