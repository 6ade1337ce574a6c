"""An entity's type is changed from the reader's context menu, as one undoable step."""

from __future__ import annotations

import pytest

from article_fixtures import BODY, article_id, article_ids, controller, library  # noqa: F401 (fixtures)
from reader.ui.highlighter import ENTITY_LABEL_PROPERTY, ENTITY_ORIGIN_PROPERTY
from reader.ui.offsets import utf16_len


@pytest.fixture
def view(qtbot, controller, article_id):
    from reader.ui.article_view import ArticleView

    widget = ArticleView(controller)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.show_article(article_id)
    return widget


def labels_at(view, block_index: int, text: str) -> list[tuple[str, str]]:
    """(label, origin) of the highlight drawn over ``text`` in body block ``block_index``."""
    block = view.text_view.document().findBlockByNumber(view._layout.first_body_block + block_index)
    start = utf16_len(block.text()[: block.text().index(text)])
    return [
        (r.format.property(ENTITY_LABEL_PROPERTY), r.format.property(ENTITY_ORIGIN_PROPERTY))
        for r in block.layout().formats()
        if r.format.property(ENTITY_LABEL_PROPERTY) and r.start <= start < r.start + r.length
    ]


def change_menu(view, text: str):
    menu = view.context_menu(view._layout.to_position(BODY.index(text)))
    (sub,) = [a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "changeEntityType"]
    return menu, sub


def test_the_menu_offers_every_other_type(view):
    _menu, sub = change_menu(view, "张三")
    assert sub.title() == "Change «张三» to"
    assert [a.data() for a in sub.actions()] == ["LOC", "ORG", "TIME", "NUM", "WORK"]
    assert [a.text() for a in sub.actions()] == ["Places", "Organisations", "Times", "Numbers", "Titles"]


def test_changing_the_type_redraws_and_undo_puts_the_recognisers_back(view, controller, library, article_id):
    paragraph = 2  # body block of 张三
    assert labels_at(view, paragraph, "张三") == [("PER", "auto")]
    _menu, sub = change_menu(view, "张三")
    next(a for a in sub.actions() if a.data() == "ORG").trigger()
    assert labels_at(view, paragraph, "张三") == [("ORG", "user")]
    assert ("张三", "ORG", "user") in {(e.text, e.label, e.origin) for e in library.entities.of_article(article_id)}
    stack = controller.undo_stack
    assert stack.undoText() == "Change entity type" and stack.count() == 1
    stack.undo()
    assert labels_at(view, paragraph, "张三") == [("PER", "auto")]
    assert ("张三", "PER", "auto") in {(e.text, e.label, e.origin) for e in library.entities.of_article(article_id)}
    stack.redo()
    assert labels_at(view, paragraph, "张三") == [("ORG", "user")]


def test_a_users_own_entity_changes_type_too(view, controller, library, article_id):
    start = BODY.index("新店")
    controller.add_entity(article_id, start, start + 2, "LOC")
    _menu, sub = change_menu(view, "新店")
    next(a for a in sub.actions() if a.data() == "ORG").trigger()
    assert {(e.text, e.label) for e in library.entities.of_article(article_id) if e.text == "新店"} == {("新店", "ORG")}
