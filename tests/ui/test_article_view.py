"""ArticleView: layout, entity highlighting (asserted on the layout's formats), toggles,
selection in code points, annotations as underlines, entity correction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat

from reader.ui.highlighter import ANNOTATION_ID_PROPERTY, ENTITY_LABEL_PROPERTY, ENTITY_ORIGIN_PROPERTY
from reader.ui.offsets import utf16_len

from article_fixtures import (  # noqa: F401 (fixtures)
    ARTICLE,
    BODY,
    PARAGRAPH_1,
    PARAGRAPH_2,
    article_id,
    article_ids,
    controller,
    library,
    span,
)


@pytest.fixture
def view(qtbot, controller, article_id):
    from reader.ui.article_view import ArticleView

    widget = ArticleView(controller)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.show_article(article_id)
    return widget


def body_block(view, index):
    return view.text_view.document().findBlockByNumber(view._layout.first_body_block + index)


def layout_formats(view, index):
    # Keep the block alive while its format ranges are read (PySide frees temporaries).
    block = body_block(view, index)
    return block, block.layout().formats()


def entity_ranges(view, index):
    """(UTF-16 start, length, label, origin) of every entity format in body block ``index``."""
    _block, formats = layout_formats(view, index)
    return sorted(
        (r.start, r.length, r.format.property(ENTITY_LABEL_PROPERTY), r.format.property(ENTITY_ORIGIN_PROPERTY))
        for r in formats
        if r.format.property(ENTITY_LABEL_PROPERTY)
    )


def underline_ranges(view, index):
    _block, formats = layout_formats(view, index)
    return sorted(
        (r.start, r.length, r.format.underlineStyle(), r.format.underlineColor().name())
        for r in formats
        if r.format.property(ANNOTATION_ID_PROPERTY) is not None
    )


def u16(block_text, sub, occurrence_start=0):
    """UTF-16 start of ``sub`` within ``block_text``, as Qt should place it."""
    return utf16_len(block_text[: block_text.index(sub, occurrence_start)])


# -- layout -----------------------------------------------------------------------------


def test_layout_order_and_formats(view):
    document = view.text_view.document()
    texts = [document.findBlockByNumber(i).text() for i in range(document.blockCount())]
    assert texts[0] == "消费"
    assert texts[1] == ARTICLE.title
    assert texts[2] == "新店开业"
    assert "本报北京2月16日电" in texts[3] and "记者 李四" in texts[3]
    assert texts[4:7] == [b.text for b in ARTICLE.body]
    assert texts[-1] == "图为新店门口。"

    def char_format(number):
        return document.findBlockByNumber(number).begin().fragment().charFormat()

    body_size = char_format(4).fontPointSize()
    assert char_format(0).fontPointSize() < body_size < char_format(1).fontPointSize()
    assert char_format(1).fontWeight() == QFont.Weight.Bold
    assert char_format(5).fontWeight() == QFont.Weight.Bold  # the sub-heading
    assert char_format(4).fontWeight() != QFont.Weight.Bold
    assert char_format(document.blockCount() - 1).fontItalic()  # the caption


def test_no_article_shows_nothing(view):
    view.show_article(None)
    assert view.text_view.toPlainText() == ""
    assert view.selected_range() is None


# -- entity highlighting ----------------------------------------------------------------


def test_entities_land_on_utf16_positions_after_astral_characters(view):
    # 𠮷 (2 UTF-16 units) precedes 北京 and 😀 precedes 上海: each shifts Qt's position by one.
    assert entity_ranges(view, 0) == [
        (u16(PARAGRAPH_1, "北京"), 2, "LOC", "auto"),
        (u16(PARAGRAPH_1, "上海"), 2, "LOC", "auto"),
    ]
    assert u16(PARAGRAPH_1, "北京") == PARAGRAPH_1.index("北京") + 1
    assert u16(PARAGRAPH_1, "上海") == PARAGRAPH_1.index("上海") + 2


def test_entities_in_later_blocks_and_nothing_outside_the_body(view):
    assert entity_ranges(view, 1) == []  # the sub-heading has none
    assert entity_ranges(view, 2) == [
        (u16(PARAGRAPH_2, "2月15日上午"), 7, "TIME", "auto"),
        (u16(PARAGRAPH_2, "8家"), 2, "NUM", "auto"),
        (u16(PARAGRAPH_2, "张三"), 2, "PER", "auto"),
    ]
    title = view.text_view.document().findBlockByNumber(1)
    assert not title.layout().formats()


def test_each_type_has_its_own_colour(view):
    backgrounds = {}
    for index in (0, 2):
        _block, formats = layout_formats(view, index)
        for r in formats:
            if r.format.property(ENTITY_LABEL_PROPERTY):
                backgrounds[r.format.property(ENTITY_LABEL_PROPERTY)] = r.format.background().color().name()
    assert set(backgrounds) == {"LOC", "TIME", "NUM", "PER"}
    assert len(set(backgrounds.values())) == 4


def test_dark_theme_changes_colours_not_spans(view):
    def first_background():
        _block, formats = layout_formats(view, 0)
        return QColor(formats[0].format.background().color())

    light = first_background()
    view.set_dark(True)
    dark = first_background()
    assert dark.lightness() < light.lightness()
    assert [r[:3] for r in entity_ranges(view, 0)] == [
        (u16(PARAGRAPH_1, "北京"), 2, "LOC"),
        (u16(PARAGRAPH_1, "上海"), 2, "LOC"),
    ]


def test_highlighting_leaves_the_document_unmodified(view):
    # Highlights live in the layout only; the document's own formats stay plain.
    view.set_visible_labels({"PER"})
    view.set_visible_labels({"PER", "LOC"})
    iterator = body_block(view, 0).begin()
    while not iterator.atEnd():
        char_format = iterator.fragment().charFormat()
        assert char_format.property(ENTITY_LABEL_PROPERTY) is None
        assert char_format.background().style() == Qt.BrushStyle.NoBrush
        iterator += 1
    assert view.text_view.document().availableUndoSteps() == 0


# -- type toggles -------------------------------------------------------------------------


def test_legend_toggle_removes_and_restores_a_type(view, qtbot):
    legend = view.findChild(type(view.legend), "entityLegend")
    assert legend is view.legend
    button = legend.button("LOC")
    assert button.text() == "Places"
    with qtbot.waitSignal(view.visibleLabelsChanged) as blocker:
        button.click()
    assert "LOC" not in blocker.args[0]
    assert entity_ranges(view, 0) == []
    assert [r[2] for r in entity_ranges(view, 2)] == ["TIME", "NUM", "PER"]  # others untouched
    button.click()
    assert [r[2] for r in entity_ranges(view, 0)] == ["LOC", "LOC"]


def test_set_visible_labels(view, qtbot):
    with qtbot.waitSignal(view.visibleLabelsChanged):
        view.set_visible_labels({"PER"})
    assert view.visible_labels() == {"PER"}
    assert not view.legend.button("LOC").isChecked()
    assert entity_ranges(view, 0) == []
    assert [r[2] for r in entity_ranges(view, 2)] == ["PER"]
    with qtbot.assertNotEmitted(view.visibleLabelsChanged):
        view.set_visible_labels({"PER"})  # no change, no signal


def test_hidden_types_survive_switching_article(view, article_ids):
    view.set_visible_labels({"PER", "TIME"})
    view.show_article(article_ids[1])
    view.show_article(article_ids[0])
    assert [r[2] for r in entity_ranges(view, 2)] == ["TIME", "PER"]


# -- selection in code points -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["北京", "上海", "张三", "市场反应"])
def test_select_range_round_trips_in_code_points(view, text):
    start = BODY.index(text)
    view.select_range(start, start + len(text))
    assert view.text_view.textCursor().selectedText() == text
    assert view.selected_range() == (start, start + len(text))


def test_selection_starting_with_astral_character(view):
    view.select_range(0, 3)
    assert view.text_view.textCursor().selectedText() == "𠮷野家"
    assert view.selected_range() == (0, 3)


def test_selection_across_blocks_maps_the_newline(view):
    start = BODY.index("上海")
    end = BODY.index("据统计") + 3
    view.select_range(start, end)
    assert view.selected_range() == (start, end)


def test_selection_outside_the_body_is_none(view):
    cursor = view.text_view.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)  # inside the kicker/title
    view.text_view.setTextCursor(cursor)
    assert view.selected_range() is None


# -- hover ---------------------------------------------------------------------------------------


def test_tooltip_names_the_type(view):
    position = view._layout.to_position(BODY.index("张三"))
    assert "People" in view.tooltip_at(position)
    assert "张三" in view.tooltip_at(position)
    assert view.tooltip_at(view._layout.to_position(BODY.index("野家"))) == ""


# -- annotations as underlines ---------------------------------------------------------------------


def test_annotation_is_underlined_in_its_tag_colour(view, controller, library, article_id):
    start = BODY.index("野家")
    assert controller.annotate(article_id, start, start + 2, tag="重要", note="值得注意")
    color = next(t.color for t in library.tags.all() if t.name == "重要")
    assert underline_ranges(view, 0) == [
        (u16(PARAGRAPH_1, "野家"), 2, QTextCharFormat.UnderlineStyle.SingleUnderline, QColor(color).name())
    ]
    tooltip = view.tooltip_at(view._layout.to_position(start))
    assert "重要" in tooltip and "值得注意" in tooltip


def test_overlapping_annotations_stay_distinguishable(view, controller, article_id):
    first = BODY.index("北京开了新店")
    controller.annotate(article_id, first, first + 6, tag="甲")
    second = BODY.index("新店")
    controller.annotate(article_id, second, second + 6, tag="乙")  # 新店，😀顾客
    styles = {r[2] for r in underline_ranges(view, 0)}
    assert QTextCharFormat.UnderlineStyle.SingleUnderline in styles
    assert QTextCharFormat.UnderlineStyle.WaveUnderline in styles
    # The entity 北京 keeps its background under the underline.
    assert (u16(PARAGRAPH_1, "北京"), 2, "LOC", "auto") in entity_ranges(view, 0)


def test_annotate_selection_popup(view, qtbot, controller, library, article_id):
    start = BODY.index("顾客")
    view.select_range(start, start + 2)
    popup = view.annotate_selection()
    assert popup is not None
    assert "顾客" in popup.quote_label.text()
    popup.tag_edit.setText("客流")
    popup.note_edit.setText("人多")
    popup.accept()
    (annotation,) = library.annotations.of_article(article_id)
    assert (annotation.start, annotation.end, annotation.tag, annotation.note) == (start, start + 2, "客流", "人多")
    assert underline_ranges(view, 0)[0][:2] == (u16(PARAGRAPH_1, "顾客"), 2)


def test_annotate_without_selection_does_nothing(view):
    assert view.annotate_selection() is None


# -- entity correction ---------------------------------------------------------------------------------


def action_named(menu, text):
    for action in menu.actions():
        if action.text() == text:
            return action
        if action.menu():
            found = action_named(action.menu(), text)
            if found:
                return found
    return None


def test_mark_as_entity_from_the_context_menu(view, library, article_id):
    start = BODY.index("野家")
    view.select_range(start, start + 2)
    menu = view.context_menu(view._layout.to_position(start))
    action_named(menu, "Organisations").trigger()
    assert ("野家", "ORG", "user") in {(e.text, e.label, e.origin) for e in library.entities.of_article(article_id)}
    assert (u16(PARAGRAPH_1, "野家"), 2, "ORG", "user") in entity_ranges(view, 0)


def test_remove_recognised_entity_and_it_stays_removed(view, library, article_id):
    position = view._layout.to_position(BODY.index("张三"))
    menu = view.context_menu(position)
    action_named(menu, "Remove entity «张三» (People)").trigger()
    assert "PER" not in [r[2] for r in entity_ranges(view, 2)]
    # The recogniser runs again and finds 张三 again: the user's removal wins.
    library.recognition.save([(article_id, [span("张三", "PER")])])
    view.show_article(article_id)
    assert "PER" not in [r[2] for r in entity_ranges(view, 2)]


def test_remove_users_own_entity(view, controller, library, article_id):
    start = BODY.index("新店")
    controller.add_entity(article_id, start, start + 2, "LOC")
    menu = view.context_menu(view._layout.to_position(start))
    action_named(menu, "Remove entity «新店» (Places)").trigger()
    assert "新店" not in {e.text for e in library.entities.of_article(article_id)}


def test_no_correction_entries_without_selection_or_entity(view):
    menu = view.context_menu(view._layout.to_position(BODY.index("野家")))
    assert action_named(menu, "People") is None
    assert not [a for a in menu.actions() if a.text().startswith("Remove entity")]


# -- re-rendering and font size ---------------------------------------------------------------------------


def test_refresh_after_change_keeps_scroll_position(view, controller, article_id):
    view.set_font_size(40)  # make the article taller than the view
    bar = view.text_view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    start = BODY.index("张三")
    controller.add_entity(article_id, start, start + 1, "PER")
    assert bar.value() == kept


def test_font_size_and_zoom(view, qtbot):
    def title_size():
        return view.text_view.document().findBlockByNumber(1).begin().fragment().charFormat().fontPointSize()

    before = title_size()
    with qtbot.waitSignal(view.fontSizeChanged):
        view.zoom_in()
    assert title_size() > before
    view.zoom_out()
    assert title_size() == before
    view.set_font_size(1000)
    assert view.font_size() == 40
    # Highlights follow a re-layout.
    assert [r[2] for r in entity_ranges(view, 0)] == ["LOC", "LOC"]


def test_highlights_appear_when_recognition_finishes(view, controller, library, article_ids):
    view.show_article(article_ids[1])
    assert entity_ranges(view, 0) == []
    text = "第二篇"
    library.recognition.save([(article_ids[1], [span_in("这是第二篇文章的正文。", text, "WORK")])])
    controller.notify_recognised([article_ids[1]])
    assert entity_ranges(view, 0) == [(2, 3, "WORK", "auto")]


def span_in(body, text, label):
    from reader.model import Span

    start = body.index(text)
    return Span(start, start + len(text), label, text)


def test_hovering_an_entity_shows_its_type(view, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    text_view = view.text_view
    cursor = QTextCursor(text_view.document())
    cursor.setPosition(view._layout.to_position(BODY.index("上海")))
    rect = text_view.cursorRect(cursor)
    point = QPoint(rect.right() + 4, rect.center().y())  # inside the first character of 上海
    event = QHelpEvent(QEvent.Type.ToolTip, point, text_view.viewport().mapToGlobal(point))
    QApplication.sendEvent(text_view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    assert "Places: «上海»" in QToolTip.text()
    QToolTip.hideText()
