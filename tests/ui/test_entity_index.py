"""The entity index dock: lazy tree by type, filtering the sidebar, refresh after recognition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from reader.model import ENTITY_LABELS, Span
from reader.store.records import EntityIndexEntry
from reader.ui.entity_index import EntityIndexModel, EntityTextRole, LabelRole


def fake_index(label: str) -> list[EntityIndexEntry]:
    if label == "PER":
        return [EntityIndexEntry("PER", "张三", 3), EntityIndexEntry("PER", "李四", 1)]
    if label == "LOC":
        return [EntityIndexEntry("LOC", "北京", 2)]
    return []


def answering(fetch=fake_index) -> EntityIndexModel:
    """A model whose requests are answered at once, as the dock does for an in-memory library."""
    model = EntityIndexModel()
    model.fetchRequested.connect(lambda generation, label: model.set_entries(generation, label, fetch(label)))
    return model


def test_model_passes_the_qt_model_tester(qtmodeltester):
    model = answering()
    qtmodeltester.check(model)
    # Fetching children and resetting are watched by the tester as well.
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        if model.canFetchMore(parent):
            model.fetchMore(parent)
    model.reload()


def test_types_are_fetched_only_when_expanded():
    asked: list[str] = []

    def fetch(label):
        asked.append(label)
        return fake_index(label)

    model = answering(fetch)
    assert model.rowCount() == len(ENTITY_LABELS)
    assert asked == []  # opening the dock reads nothing
    per = model.index(ENTITY_LABELS.index("PER"), 0)
    assert model.hasChildren(per) and model.canFetchMore(per)
    model.fetchMore(per)
    assert asked == ["PER"] and model.rowCount(per) == 2
    child = model.index(0, 0, per)
    assert (child.data(LabelRole), child.data(EntityTextRole)) == ("PER", "张三")
    assert model.index(0, 1, per).data() == 3
    assert model.index(per.row(), 1).data() == 2  # the type row counts its entities
    # An empty type loses its expander once fetched.
    work = model.index(ENTITY_LABELS.index("WORK"), 0)
    model.fetchMore(work)
    assert not model.hasChildren(work)


def test_choosing_an_entity_filters_the_sidebar(qtbot, main_window):
    dock = main_window.findChild(QDockWidget, "entityIndex")
    assert dock is main_window.entity_dock
    tree = dock.tree
    per = dock.model.index(ENTITY_LABELS.index("PER"), 0)
    tree.expand(per)  # the entries come from the index thread
    qtbot.waitUntil(lambda: dock.model.rowCount(per) == 1, timeout=5000)
    entry = dock.model.index(0, 0, per)
    assert entry.data() == "民警"
    with qtbot.waitSignal(main_window.sidebar.listUpdated, timeout=2000):
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(entry).center())
    model = main_window.sidebar.model
    assert [model.index(r).data() for r in range(model.rowCount())] == ["警民共建平安"]
    assert main_window.sidebar.entity_chip.isVisible()


def test_index_refreshes_after_recognition_keeping_types_open(qtbot, main_window):
    dock = main_window.entity_dock
    per_row = ENTITY_LABELS.index("PER")
    dock.tree.expand(dock.model.index(per_row, 0))
    qtbot.waitUntil(lambda: dock.model.is_fetched("PER"), timeout=5000)
    # A worker saved new entities; the GUI is told through the controller.
    library = main_window.controller.library
    article = main_window.sidebar.model.ids()[1]
    body = library.get_article(article).body_text
    library.save_recognised([(article, [Span(0, 4, "PER", body[:4])])])
    main_window.controller.notify_recognised([article])
    per = dock.model.index(per_row, 0)
    qtbot.waitUntil(lambda: dock.model.rowCount(dock.model.index(per_row, 0)) == 2, timeout=3000)
    assert dock.tree.isExpanded(dock.model.index(per_row, 0))
    texts = {dock.model.index(r, 0, per).data() for r in range(2)}
    assert texts == {"民警", body[:4]}


def test_answers_to_requests_made_before_a_reload_are_dropped():
    model = EntityIndexModel()
    asked = []
    model.fetchRequested.connect(lambda generation, label: asked.append((generation, label)))
    per = model.index(ENTITY_LABELS.index("PER"), 0)
    model.fetchMore(per)
    assert model.index(per.row(), 1).data() == "…" and not model.canFetchMore(per)  # asked once only
    model.reload()  # entities changed meanwhile
    generation, label = asked[0]
    model.set_entries(generation, label, fake_index(label))
    assert model.rowCount(model.index(per.row(), 0)) == 0 and not model.is_fetched("PER")


def test_long_types_are_given_to_the_view_a_page_at_a_time(qtmodeltester):
    many = [EntityIndexEntry("NUM", f"{i}人", 1) for i in range(1234)]
    model = answering(lambda label: many if label == "NUM" else [])
    model.PAGE = 500
    num = model.index(ENTITY_LABELS.index("NUM"), 0)
    model.fetchMore(num)
    assert model.rowCount(num) == 500 and model.canFetchMore(num)
    assert model.index(num.row(), 1).data() == 1234  # the type row counts them all
    model.fetchMore(num)
    model.fetchMore(num)
    assert model.rowCount(num) == 1234 and not model.canFetchMore(num)
    assert model.index(1233, 0, num).data() == "1233人"
    # The tester fetches every page itself while checking; it must find nothing wrong.
    model.reload()
    qtmodeltester.check(model)
