"""The library's actions on in-memory and on-file libraries."""

from __future__ import annotations

import pytest

from reader.model import Span
from reader.store.errors import InvalidInputError, LibraryError, NotFoundError, QuoteNotFoundError
from reader.store.library import Library
from store_support import article, page


def test_import_page_stores_every_field_and_reads_it_back(lib):
    original = article("标题", "第一段。", "第二段𠮷。", byline="王明")
    original.kicker, original.subtitle, original.dateline = "引题", "副题", "本报讯"
    original.byline_raw, original.captions = "记者 王明", ["图为现场"]
    result = lib.pages.add("p.txt", page(original), path="/x/p.txt")
    stored = lib.articles.get(result.article_ids[0])
    assert stored.article.to_json() == original.to_json()
    assert stored.source == "p.txt" and stored.position == 0
    assert stored.body_text == "第一段。\n第二段𠮷。"


def test_blocks_with_line_breaks_and_empty_blocks_come_back_exactly(lib):
    from reader.model import Block

    original = article("标题")
    original.body = [Block("paragraph", "一\n二"), Block("subhead", ""), Block("paragraph", "𠮷三")]
    [article_id] = lib.pages.add("p.txt", page(original)).article_ids
    assert lib.articles.get(article_id).article.body == original.body


def test_importing_the_same_page_twice_adds_nothing(lib):
    p = page(article("标题", "正文"), article("二", "正文二"))
    first = lib.pages.add("p.txt", p)
    again = lib.pages.add("p.txt", p)
    assert again.duplicate and again.article_ids == first.article_ids
    assert lib.articles.count() == 2 and len(lib.pages.all()) == 1






def test_summaries_follow_the_requested_order_and_skip_unknown_ids(lib, two_pages):
    summaries = lib.articles.summaries([two_pages[2], 999, two_pages[0]])
    assert [s.id for s in summaries] == [two_pages[2], two_pages[0]]
    assert summaries[1].title == "派出所开展练兵" and summaries[1].byline == "王明" and summaries[1].source == "a.txt"


def test_sources_count_their_articles(lib, two_pages):
    assert [(s.name, s.article_count) for s in lib.pages.all()] == [("a.txt", 2), ("b.txt", 1)]


def test_unknown_article_is_a_clear_error(lib):
    with pytest.raises(NotFoundError, match="no article 42"):
        lib.articles.get(42)
    with pytest.raises(NotFoundError):
        lib.notes.set(42, "x")


# -- notes -----------------------------------------------------------------------


def test_article_note_set_replace_and_remove(lib, two_pages):
    a = two_pages[0]
    assert lib.notes.get(a) == ""
    lib.notes.set(a, "第一行\n第二行")
    assert lib.notes.get(a) == "第一行\n第二行"
    lib.notes.set(a, "改了")
    assert lib.notes.get(a) == "改了"
    lib.notes.set(a, "   ")
    assert lib.notes.get(a) == ""


# -- annotations -------------------------------------------------------------------


def test_annotate_quote_takes_the_first_occurrence_with_context(lib, two_pages):
    a = two_pages[0]
    text = lib.articles.get(a).body_text
    ann = lib.annotations.add_quote(a, "赵晨然", tag="人物", note="负责人")
    assert text[ann.start : ann.end] == "赵晨然" == ann.quote
    assert text[: ann.start].endswith(ann.prefix) and text[ann.end :].startswith(ann.suffix)
    assert ann.tag == "人物" and ann.note == "负责人" and not ann.orphaned
    assert lib.annotations.of_article(a) == [ann]


def test_annotate_quote_missing_is_a_clear_error_and_writes_nothing(lib, two_pages):
    with pytest.raises(QuoteNotFoundError, match="不存在的话"):
        lib.annotations.add_quote(two_pages[0], "不存在的话", tag="新标签")
    assert lib.annotations.of_article(two_pages[0]) == [] and lib.tags.all() == []


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 3), (5, 2), (0, 10_000)])
def test_annotate_rejects_offsets_outside_the_text(lib, two_pages, start, end):
    with pytest.raises(InvalidInputError):
        lib.annotations.add(two_pages[0], start, end)


def test_update_delete_and_restore_annotation(lib, two_pages):
    ann = lib.annotations.add(two_pages[0], 0, 3, tag="甲", note="n")
    changed = lib.annotations.update(ann.id, note="新笔记")
    assert changed.note == "新笔记" and changed.tag == "甲"
    changed = lib.annotations.update(ann.id, tag=None)
    assert changed.tag is None and changed.note == "新笔记"
    deleted = lib.annotations.delete(ann.id)
    assert lib.annotations.of_article(two_pages[0]) == []
    restored = lib.annotations.restore(deleted)
    assert restored == deleted
    with pytest.raises(LibraryError):
        lib.annotations.restore(deleted)


# -- tags ------------------------------------------------------------------------------


def test_tag_and_untag_article(lib, two_pages):
    tag = lib.tags.add(two_pages[0], "警务")
    assert tag.name == "警务" and tag.color.startswith("#")
    assert lib.tags.add(two_pages[0], "警务") == tag  # twice is once
    assert lib.tags.of_article(two_pages[0]) == [tag]
    lib.tags.remove(two_pages[0], "警务")
    assert lib.tags.of_article(two_pages[0]) == []
    assert lib.tags.all() == [tag]  # the tag itself stays for reuse


def test_empty_tag_name_is_rejected(lib, two_pages):
    with pytest.raises(InvalidInputError):
        lib.tags.add(two_pages[0], "  ")


def test_rename_tag_merges_into_an_existing_tag(lib, two_pages):
    a, b, c = two_pages
    lib.tags.add(a, "警务")
    lib.tags.add(b, "警务")
    lib.tags.add(b, "公安")
    ann = lib.annotations.add(c, 0, 2, tag="警务")
    merged = lib.tags.rename("警务", "公安")
    assert [t.name for t in lib.tags.all()] == ["公安"]
    assert [t.name for t in lib.tags.of_article(a)] == ["公安"]
    assert [t.name for t in lib.tags.of_article(b)] == ["公安"]
    assert lib.annotations.of_article(c)[0].tag == "公安" == merged.name
    assert lib.annotations.of_article(c)[0].id == ann.id


def test_rename_tag_plain_and_recolor(lib, two_pages):
    lib.tags.add(two_pages[0], "旧")
    renamed = lib.tags.rename("旧", "新")
    assert lib.tags.of_article(two_pages[0]) == [renamed] and renamed.name == "新"
    assert lib.tags.recolor("新", "#ABCDEF").color == "#abcdef"
    with pytest.raises(InvalidInputError):
        lib.tags.recolor("新", "red")
    with pytest.raises(NotFoundError):
        lib.tags.rename("没有", "x")


def test_delete_tag_then_restore_puts_everything_back(lib, two_pages):
    a, b, _ = two_pages
    tag = lib.tags.add(a, "警务")
    lib.tags.add(b, "警务")
    ann = lib.annotations.add(a, 0, 3, tag="警务")
    deleted = lib.tags.delete("警务")
    assert deleted.tag == tag and set(deleted.article_ids) == {a, b} and deleted.annotation_ids == (ann.id,)
    assert lib.tags.all() == [] and lib.tags.of_article(a) == [] and lib.annotations.of_article(a)[0].tag is None
    lib.tags.restore(deleted)
    assert lib.tags.all() == [tag]
    assert lib.tags.of_article(b) == [tag] and lib.annotations.of_article(a)[0].tag == "警务"


# -- entities --------------------------------------------------------------------------


def test_entities_are_auto_minus_suppressed_plus_user(lib, two_pages):
    a = two_pages[0]
    text = lib.articles.get(a).body_text
    s = text.index("赵晨然")
    p = text.index("派出所")
    lib.recognition.save([(a, [Span(p, p + 3, "ORG", "派出所"), Span(s, s + 3, "PER", "赵晨然")])])
    assert {(e.text, e.origin) for e in lib.entities.of_article(a)} == {("派出所", "auto"), ("赵晨然", "auto")}
    lib.entities.suppress(a, p, p + 3, "ORG")
    g = text.index("G305")
    lib.entities.add(a, g, g + 4, "LOC")
    assert [(e.text, e.origin) for e in lib.entities.of_article(a)] == [("赵晨然", "auto"), ("G305", "user")]
    # Re-recognition keeps the user's entity and the suppression.
    lib.recognition.save([(a, [Span(p, p + 3, "ORG", "派出所")])])
    assert [(e.text, e.origin) for e in lib.entities.of_article(a)] == [("G305", "user")]
    assert lib.entities.user_dictionary() == {"G305": "LOC"}
    lib.entities.unsuppress(a, p, p + 3, "ORG")
    lib.entities.remove(a, g, g + 4, "LOC")
    assert [(e.text, e.origin) for e in lib.entities.of_article(a)] == [("派出所", "auto")]


def test_user_copy_of_an_auto_span_is_listed_once(lib, two_pages):
    a = two_pages[0]
    s = lib.articles.get(a).body_text.index("赵晨然")
    lib.recognition.save([(a, [Span(s, s + 3, "PER", "赵晨然")])])
    lib.entities.add(a, s, s + 3, "PER")
    assert [(e.text, e.origin) for e in lib.entities.of_article(a)] == [("赵晨然", "user")]


def test_save_recognised_drops_spans_that_do_not_fit_and_marks_done(lib, two_pages):
    a = two_pages[0]
    lib.recognition.save([(a, [Span(0, 3, "ORG", "不对的"), Span(0, 3, "ORG", "派出所"), Span(0, 999, "X", "x")])])
    assert [e.text for e in lib.entities.of_article(a)] == ["派出所"]
    assert a not in lib.recognition.pending_ids()


def test_save_recognised_skips_an_article_whose_text_changed(lib, two_pages):
    a = two_pages[0]
    lib.recognition.save([(a, [])], texts={a: "not the current text"})
    assert a in lib.recognition.pending_ids()


def test_entity_index_counts_articles(lib, two_pages):
    a, b, c = two_pages
    lib.recognition.save([(a, [Span(5, 8, "PER", "赵晨然")]), (b, []), (c, [])])
    t = lib.articles.get(c).body_text
    lib.entities.add(c, t.index("河边"), t.index("河边") + 2, "LOC")
    index = {(e.label, e.text): e.article_count for e in lib.entities.index()}
    assert index == {("PER", "赵晨然"): 1, ("LOC", "河边"): 1}
    assert [e.text for e in lib.entities.index("LOC")] == ["河边"]


def test_add_user_entity_validates(lib, two_pages):
    with pytest.raises(InvalidInputError):
        lib.entities.add(two_pages[0], 0, 0, "PER")
    with pytest.raises(InvalidInputError):
        lib.entities.add(two_pages[0], 0, 2, "")


def test_on_file_library_reopens_with_its_data(tmp_path):
    path = tmp_path / "sub" / "folder" / "lib.db"  # missing folders are created
    with Library(path) as library:
        ids = library.pages.add("p.txt", page(article("标题", "正文内容"))).article_ids
        library.annotations.add_quote(ids[0], "内容", note="记")
    with Library(path) as library:
        assert library.annotations.of_article(ids[0])[0].note == "记"
        assert library.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
