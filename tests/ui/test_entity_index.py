"""The entity index dock: counts per type unexpanded, rows lazily, the filter box,
filtering the sidebar, refresh after recognition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLineEdit

from reader.model import ENTITY_LABELS, Span
from reader.store.records import EntityIndexEntry
from reader.ui.entity_index import EntityIndexModel, EntityTextRole, LabelRole
from reader.ui.palette import label_name

from article_fixtures import type_text


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


def filtering(entries=fake_index) -> EntityIndexModel:
    """Answers as Library.entity_index(label, contains=, limit=) would, honouring model.query()."""
    model = EntityIndexModel()

    def answer(generation, label):
        query = model.query(label)
        found = [e for e in entries(label) if query.get("contains", "") in e.text]
        model.set_entries(generation, label, found[: query.get("limit")])

    model.fetchRequested.connect(answer)
    return model


def type_row(model, label):
    return model.index(ENTITY_LABELS.index(label), 0)


def test_model_passes_the_qt_model_tester(qtmodeltester):
    model = answering()
    qtmodeltester.check(model)
    # Fetching children and resetting are watched by the tester as well.
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        if model.canFetchMore(parent):
            model.fetchMore(parent)
    model.reload()


def test_type_rows_show_their_counts_and_rows_come_only_when_expanded():
    asked: list[str] = []

    def fetch(label):
        asked.append(label)
        return fake_index(label)

    model = answering(fetch)
    assert model.rowCount() == len(ENTITY_LABELS)
    assert asked == []  # building the model reads nothing; the dock asks once the window is up
    per = type_row(model, "PER")
    assert per.data() == f"{label_name('PER')} (…)"  # not read yet
    model.request_all()
    assert asked == list(ENTITY_LABELS)  # every type, for its count
    # Counts show on the type rows while nothing is expanded.
    assert per.data() == f"{label_name('PER')} (2)"
    assert type_row(model, "LOC").data() == f"{label_name('LOC')} (1)"
    assert model.count("PER") == 2 and model.rowCount(per) == 0
    assert model.index(per.row(), 1).data() is None  # the Articles column is for entities only
    # Expanding gives the rows already read, without asking again.
    assert model.hasChildren(per) and model.canFetchMore(per)
    model.fetchMore(per)
    assert asked == list(ENTITY_LABELS) and model.rowCount(per) == 2
    child = model.index(0, 0, per)
    assert (child.data(LabelRole), child.data(EntityTextRole)) == ("PER", "张三")
    assert model.index(0, 1, per).data() == 3
    # An empty type has no expander.
    work = type_row(model, "WORK")
    assert work.data() == f"{label_name('WORK')} (0)" and not model.hasChildren(work)


def test_expanding_before_the_answer_shows_the_rows_when_it_comes():
    model = EntityIndexModel()
    asked = []
    model.fetchRequested.connect(lambda generation, label: asked.append((generation, label)))
    model.request_all()
    per = type_row(model, "PER")
    model.fetchMore(per)  # the user expands while the type is being read
    assert len(asked) == len(ENTITY_LABELS) and not model.canFetchMore(per)  # not asked twice
    generation = asked[0][0]
    model.set_entries(generation, "PER", fake_index("PER"))
    assert model.rowCount(per) == 2
    model.set_entries(generation, "LOC", fake_index("LOC"))
    assert model.rowCount(type_row(model, "LOC")) == 0  # not expanded: counted, no rows


def test_filter_asks_each_type_for_matching_entities_up_to_the_limit():
    model = filtering()
    model.request_all()
    model.set_filter(" 张 ")
    assert model.filter_text() == "张"
    assert model.query("PER") == {"contains": "张", "limit": model.FILTER_LIMIT}
    assert (model.count("PER"), model.count("LOC")) == (1, 0)
    assert type_row(model, "PER").data() == f"{label_name('PER')} (1)"
    assert "张" in type_row(model, "PER").data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter("")  # all again, unlimited
    assert model.query("PER") == {} and model.count("PER") == 2
    # A type that reaches the limit says there may be more.
    many = filtering(lambda label: fake_index("PER") * 2 if label == "PER" else [])
    many.FILTER_LIMIT = 1
    many.set_filter("张")
    assert type_row(many, "PER").data() == f"{label_name('PER')} (1+)"


def test_filtered_model_passes_the_qt_model_tester(qtmodeltester):
    model = filtering()
    qtmodeltester.check(model)
    model.request_all()
    model.fetchMore(type_row(model, "PER"))
    model.set_filter("张")
    model.fetchMore(type_row(model, "PER"))
    model.set_filter("")


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
    body = library.articles.get(article).body_text
    library.recognition.save([(article, [Span(0, 4, "PER", body[:4])])])
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
    assert per.data().endswith("(…)") and not model.canFetchMore(per)  # asked once only
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
    assert model.count("NUM") == 1234 and "(1234)" in num.data()  # the type row counts them all
    model.fetchMore(num)
    model.fetchMore(num)
    assert model.rowCount(num) == 1234 and not model.canFetchMore(num)
    assert model.index(1233, 0, num).data() == "1233人"
    # The tester fetches every page itself while checking; it must find nothing wrong.
    model.reload()
    qtmodeltester.check(model)


# -- the dock in the main window ------------------------------------------------------------------

def test_dock_shows_counts_without_expanding(qtbot, main_window):
    dock = main_window.entity_dock
    per = type_row(dock.model, "PER")
    # Read by the index thread once the window is up.
    qtbot.waitUntil(lambda: dock.model.count("PER") == 1, timeout=5000)
    assert per.data() == f"{label_name('PER')} (1)"
    assert type_row(dock.model, "LOC").data() == f"{label_name('LOC')} (0)"
    assert not dock.tree.isExpanded(per) and dock.model.rowCount(per) == 0


def test_filter_box_narrows_the_index_and_clearing_restores_it(qtbot, main_window):
    dock = main_window.entity_dock
    library = main_window.controller.library
    article = main_window.sidebar.model.ids()[0]
    body = library.articles.get(article).body_text
    start = body.index("全区")
    library.entities.add(article, start, start + 2, "LOC")
    library.entities.add(article, body.index("公安"), body.index("公安") + 4, "ORG")
    dock.refresh()
    qtbot.waitUntil(lambda: dock.model.count("LOC") == 1 and dock.model.count("PER") == 1, timeout=5000)
    resets: list[int] = []
    dock.model.modelReset.connect(lambda: resets.append(1))

    box = main_window.findChild(QLineEdit, "entityFilter")
    assert box is dock.filter_box
    type_text(box, "全区")  # two keystrokes, one query per type once typing pauses
    qtbot.waitUntil(lambda: dock.model.filter_text() == "全区", timeout=2000)
    assert len(resets) == 1
    loc, per = type_row(dock.model, "LOC"), type_row(dock.model, "PER")
    assert (dock.model.count("LOC"), dock.model.count("PER"), dock.model.count("ORG")) == (1, 0, 0)
    # The matching type is opened to show its match; the view asks for the rows
    # of an opened type at its next layout, which may come after the filter.
    qtbot.waitUntil(lambda: dock.model.rowCount(loc) == 1, timeout=2000)
    assert dock.tree.isExpanded(loc) and dock.model.index(0, 0, loc).data() == "全区"
    assert per.data() == f"{label_name('PER')} (0)"

    box.clear()
    qtbot.waitUntil(lambda: dock.model.filter_text() == "", timeout=2000)
    qtbot.waitUntil(lambda: dock.model.count("PER") == 1 and dock.model.count("ORG") == 1, timeout=5000)
    assert not dock.tree.isExpanded(type_row(dock.model, "LOC"))  # as before filtering
