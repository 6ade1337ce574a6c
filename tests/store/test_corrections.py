"""Each correction of the parse as one store action: the user's work follows its text; undo and redo are exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.parsing import parse_page
from reader.store.errors import InvalidInputError, NotFoundError
from reader.store.library import Library

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"
# A character outside the BMP before the annotated passages keeps code points and UTF-16 apart.
RAW = SAMPLE.read_text(encoding="utf-8").replace("活动部署开展以来", "𠮷活动部署开展以来")


def dump(lib: Library) -> dict:
    """Every row the user's work and the articles live in (the recogniser's time stamps aside)."""
    tables = {
        "articles": "SELECT id, source_id, position, kicker, title, subtitle, dateline, byline, byline_raw, body_text, "
                    "blocks_json, captions_json, lines_json, doubt, corrected_at FROM articles ORDER BY id",
        "annotations": "SELECT * FROM annotations ORDER BY id",
        "entities": "SELECT * FROM entities ORDER BY id",
        "suppressions": "SELECT * FROM entity_suppressions ORDER BY 1, 2, 3, 4",
        "tags": "SELECT * FROM article_tags ORDER BY 1, 2",
        "notes": "SELECT * FROM article_notes ORDER BY 1",
        "counts": "SELECT * FROM entity_counts ORDER BY 1, 2",
        "corrections": "SELECT id, kind, data_json FROM corrections ORDER BY id",
        "trash": "SELECT article_id, title FROM trash ORDER BY 1",
        "dropped": "SELECT id, dropped_json FROM sources ORDER BY id",
        "search": "SELECT rowid FROM article_search WHERE article_search MATCH '\"巡\"' ORDER BY 1",
    }  # fmt: skip
    return {name: lib.conn.execute(sql).fetchall() for name, sql in tables.items()}


@pytest.fixture
def sample(lib):
    result = lib.pages.add("sample.txt", parse_page(RAW), raw_text=RAW)
    return lib, result.article_ids, result.source_id


def _work(lib, article_id, quote, entity_text, tag="警务", note="要核实"):
    """A passage annotation, a tag, a note and a user entity on one article."""
    text = lib.articles.body_text(article_id)
    annotation = lib.annotations.add_quote(article_id, quote, tag="段落", note="记")
    lib.tags.add(article_id, tag)
    lib.notes.set(article_id, note)
    start = text.index(entity_text)
    lib.entities.add(article_id, start, start + len(entity_text), "ORG")
    return annotation


def _on_text(lib, annotation_id):
    a = lib.annotations.get(annotation_id)
    return a.article_id, lib.articles.body_text(a.article_id)[a.start : a.end], a


def _undo_redo_exact(lib, receipt, before):
    after = dump(lib)
    lib.corrections.undo(receipt)
    assert dump(lib) == before
    lib.corrections.redo(receipt)
    assert dump(lib) == after


def test_split_moves_the_work_on_the_second_part_and_undo_puts_everything_back(sample):
    lib, (first, *_rest), _source = sample
    annotation = _work(lib, first, "科尔沁分局紧密结合", "通辽市公安局")
    early = lib.annotations.add_quote(first, "𠮷活动部署")
    before = dump(lib)
    text = lib.articles.body_text(first)
    receipt = lib.corrections.split(first, text.index("“细”字当头"))
    new = receipt.focus
    assert lib.articles.get(new).article.title == "“细”字当头 夯实责任高点谋划"
    article_id, quote, moved = _on_text(lib, annotation.id)
    assert (article_id, quote, moved.tag, moved.note, moved.orphaned) == (new, "科尔沁分局紧密结合", "段落", "记", False)
    assert _on_text(lib, early.id)[:2] == (first, "𠮷活动部署")
    [entity] = [e for e in lib.entities.of_article(new) if e.origin == "user"]
    assert lib.articles.body_text(new)[entity.start : entity.end] == "通辽市公安局"
    assert [t.name for t in lib.tags.of_article(new)] == ["警务"]  # the tag goes with the text
    assert lib.notes.get(first) == "要核实" and lib.notes.get(new) == ""  # the note stays with the article
    assert lib.search.article_ids("科尔沁分局紧密")[:1] == [new]
    assert lib.search.article_ids(source_id=_source) == [first, new, *_rest]  # beside its neighbour
    assert new in lib.recognition.pending_ids() and first in lib.recognition.pending_ids()
    assert [s.corrected for s in lib.articles.summaries([first, new])] == [True, True]
    _undo_redo_exact(lib, receipt, before)


def test_merge_brings_the_second_articles_work_and_note_along(sample):
    lib, (first, second, *_rest), _source = sample
    a1 = _work(lib, first, "专项活动", "额济纳旗公安局", tag="甲", note="第一篇")
    a2 = _work(lib, second, "大学城派出所结合辖区实际", "赛罕分局", tag="乙", note="第二篇")
    before = dump(lib)
    receipt = lib.corrections.merge(first, second, headline="subhead")
    assert receipt.removed == (second,)
    with pytest.raises(NotFoundError):
        lib.articles.get(second)
    assert _on_text(lib, a2.id)[:2] == (first, "大学城派出所结合辖区实际")
    assert _on_text(lib, a1.id)[:2] == (first, "专项活动")
    assert {t.name for t in lib.tags.of_article(first)} == {"甲", "乙"}
    assert lib.notes.get(first) == "第一篇\n\n第二篇"
    assert {e.text for e in lib.entities.of_article(first) if e.origin == "user"} == {"额济纳旗公安局", "赛罕分局"}
    _undo_redo_exact(lib, receipt, before)


def test_set_role_and_furniture_and_restore(sample):
    lib, (first, *_rest), source = sample
    annotation = _work(lib, first, "阿拉善盟额济纳旗", "阿拉善盟")
    before = dump(lib)
    receipt = lib.corrections.set_role(first, "1", "title")  # the sub-heading «“实”字为先…»
    stored = lib.articles.get(first).article
    assert stored.title == "“实”字为先 技能练兵强素质" and stored.body[0].text == "全区旗县级公安机关专项活动有“声”有“形”"
    assert _on_text(lib, annotation.id)[:2] == (first, "阿拉善盟额济纳旗")
    _undo_redo_exact(lib, receipt, before)
    lib.corrections.undo(receipt)
    drop = lib.corrections.set_role(first, "1", "furniture")
    dropped = {d.line_no: d.reason for d in lib.pages.dropped(source)}
    assert dropped[14] == "furniture_by_user"
    assert "“实”字为先 技能练兵强素质" not in lib.articles.body_text(first)
    put_back = lib.corrections.restore_line(source, 14)
    assert lib.articles.get(first).article.body[1].text == "“实”字为先 技能练兵强素质"
    assert put_back.description.startswith("restored line 15")
    assert _on_text(lib, annotation.id)[:2] == (first, "阿拉善盟额济纳旗")
    assert drop.kind == "set_role"


def test_edit_text_shifts_what_follows_and_marks_an_annotation_on_the_edited_text(sample):
    lib, (first, *_rest), _source = sample
    on_edit = lib.annotations.add_quote(first, "技能练兵")
    after_edit = lib.annotations.add_quote(first, "阿拉善盟额济纳旗")
    text = lib.articles.body_text(first)
    start = text.index("额济纳旗公安局立足")
    lib.entities.add(first, start, start + 7, "ORG")
    before = dump(lib)
    block = lib.articles.get(first).article.body[1].text
    receipt = lib.corrections.edit_text(first, "1", block.replace("技能", "技术与技能"))
    edited = lib.annotations.get(on_edit.id)
    new_text = lib.articles.body_text(first)
    assert edited.edited and new_text[edited.start : edited.end] == "技术与技能练兵" and edited.quote == "技术与技能练兵"
    moved = lib.annotations.get(after_edit.id)
    assert not moved.edited and new_text[moved.start : moved.end] == "阿拉善盟额济纳旗" and moved.start == after_edit.start + 3
    [entity] = [e for e in lib.entities.of_article(first) if e.origin == "user"]
    assert new_text[entity.start : entity.end] == "额济纳旗公安局"
    _undo_redo_exact(lib, receipt, before)


def test_delete_goes_to_the_trash_and_restore_brings_back_all_the_work(sample):
    lib, ids, _source = sample
    third = ids[2]
    annotation = _work(lib, third, "通辽市公安机关举行", "通辽市公安机关")
    before = dump(lib)
    receipt = lib.corrections.delete(third)
    assert [t.article_id for t in lib.corrections.trash()] == [third]
    assert third not in lib.search.article_ids() and lib.search.article_ids("通辽市公安机关举行") == []
    assert [e.text for e in lib.entities.index("ORG")] == []  # the index no longer counts it
    restored = lib.corrections.restore(third)
    assert lib.corrections.trash() == [] and lib.search.article_ids() == ids
    after_restore = dump(lib)
    lib.corrections.undo(restored)  # back in the trash, its deletion recorded again
    assert [t.article_id for t in lib.corrections.trash()] == [third] and [c.kind for c in lib.corrections.all()] == ["delete"]
    lib.corrections.redo(restored)
    assert dump(lib) == after_restore
    assert _on_text(lib, annotation.id)[:2] == (third, "通辽市公安机关举行")
    assert lib.notes.get(third) == "要核实" and [t.name for t in lib.tags.of_article(third)] == ["警务"]
    assert lib.corrections.all() == []  # the deletion no longer holds
    lib.corrections.delete(third)
    lib.corrections.empty_trash()
    assert lib.corrections.trash() == [] and [c.kind for c in lib.corrections.all()] == ["delete"]
    with pytest.raises(NotFoundError, match="not in the trash"):
        lib.corrections.restore(third)
    assert receipt.kind == "delete" and before["trash"] == []


def test_impossible_requests_say_why_and_change_nothing(sample, lib):
    lib_, ids, source = sample
    other = lib.pages.add("other.txt", parse_page("另一版\n\n这是另一版的文字。\n"), raw_text="另一版\n\n这是另一版的文字。\n")
    before = dump(lib)
    cases = [
        (lambda: lib.corrections.split(ids[0], 10_000), "outside article"),
        (lambda: lib.corrections.merge(ids[0], other.article_ids[0]), "different pages"),
        (lambda: lib.corrections.merge(ids[0], ids[2]), "not next to each other"),
        (lambda: lib.corrections.set_role(ids[0], "0", "title"), "a title is a line or two"),
        (lambda: lib.corrections.set_role(ids[0], "99", "paragraph"), "has no block 99"),
        (lambda: lib.corrections.edit_text(ids[0], "title", lib.articles.get(ids[0]).article.title), "already"),
        (lambda: lib.corrections.join(ids[0], ids[1]), "same page"),
        (lambda: lib.corrections.restore_line(source, 3), "was not dropped"),
        (lambda: lib.corrections.drop_lines(source, [9999]), "not on the page"),
    ]
    for call, message in cases:
        with pytest.raises(InvalidInputError, match=message):
            call()
    with pytest.raises(NotFoundError):
        lib.corrections.split(12345, 3)
    assert dump(lib) == before


def test_undo_refuses_when_another_program_changed_the_articles_since(sample):
    from reader.store.errors import LibraryError

    lib, (first, *_rest), _source = sample
    receipt = lib.corrections.split(first, lib.articles.body_text(first).index("“细”字当头"))
    lib.annotations.add_quote(receipt.focus, "科尔沁分局")  # made elsewhere, not on this program's undo stack
    with pytest.raises(LibraryError, match="changed since"):
        lib.corrections.undo(receipt)


def test_the_corrections_are_listed_in_words(sample):
    lib, (first, second, *_rest), _source = sample
    lib.corrections.split(first, lib.articles.body_text(first).index("“细”字当头"))
    lib.corrections.edit_text(second, "title", "治安、刑事案件双下降")
    listed = lib.corrections.all()
    assert [c.kind for c in listed] == ["split", "edit_text"]
    assert all(c.status == "applied" and c.source == "sample.txt" for c in listed)
    assert "«治安刑事案件双下降»" in listed[1].description and listed[1].to_json()["data"]["new"] == "、"


def test_a_note_typed_after_a_correction_survives_its_undo(sample):
    lib, (first, *_rest), _source = sample
    receipt = lib.corrections.split(first, lib.articles.body_text(first).index("“细”字当头"))
    lib.notes.set(first, "分开后写的")
    lib.notes.set(receipt.focus, "新文章的笔记")
    lib.corrections.undo(receipt)
    # The article split off is gone again: its note goes to the article it came from.
    assert lib.notes.get(first) == "分开后写的\n\n新文章的笔记"


def test_the_csv_export_flags_articles_corrected_by_hand(sample):
    from reader.store.export_rows import EXPORT_COLUMNS

    lib, (first, second, *_rest), _source = sample
    lib.tags.add(first, "甲")
    lib.tags.add(second, "乙")
    lib.corrections.edit_text(second, "title", "治安、刑事案件双下降")
    column = EXPORT_COLUMNS.index("corrected")
    flags = {row[2]: row[column] for row in lib.exports.rows()}
    assert flags == {first: "", second: "yes"}
