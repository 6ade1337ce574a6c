"""Re-parsing stored pages keeps the user's work attached to its passages."""

from __future__ import annotations

from reader.model import Span
from store_support import simple_parse

PAGE = "标题一\n派出所民警赵晨然在G305国道巡逻。\n雪后路滑。\n===\n标题二\n呼和浩特市新建一所学校。\n"


def _import(lib, raw=PAGE):
    return lib.pages.add("p.txt", simple_parse(raw), raw_text=raw).article_ids


def _set_raw(lib, raw):
    lib.conn.execute("UPDATE sources SET raw_text = ?", (raw,))


def test_reparse_with_the_same_parse_changes_nothing(lib):
    a, b = _import(lib)
    ann = lib.annotations.add_quote(a, "赵晨然", tag="人")
    report = lib.reparse(simple_parse)
    assert report["articles_changed"] == 0 and report["annotations_kept"] == 1
    assert lib.annotations.of_article(a) == [ann]


def test_annotation_follows_its_quote_when_text_moves(lib):
    a, _ = _import(lib)
    ann = lib.annotations.add_quote(a, "赵晨然", note="记")
    _set_raw(lib, PAGE.replace("派出所民警", "今天上午，某派出所的民警"))
    report = lib.reparse(simple_parse)
    [moved] = lib.annotations.of_article(a)
    text = lib.articles.get(a).body_text
    assert text[moved.start : moved.end] == "赵晨然" and moved.start != ann.start
    assert moved.id == ann.id and moved.note == "记" and not moved.orphaned
    assert report["annotations_moved"] == 1


def test_annotation_moves_to_the_article_that_now_holds_it(lib):
    a, b = _import(lib)
    ann = lib.annotations.add_quote(a, "雪后路滑")
    # The new parser puts the second paragraph into the next article.
    _set_raw(lib, "标题一\n派出所民警赵晨然在G305国道巡逻。\n===\n标题二\n雪后路滑。\n呼和浩特市新建一所学校。\n")
    lib.reparse(simple_parse)
    [moved] = lib.annotations.of_article(b)
    assert moved.id == ann.id and lib.articles.get(b).body_text[moved.start : moved.end] == "雪后路滑"
    assert lib.annotations.of_article(a) == []


def test_unfindable_annotation_is_orphaned_not_dropped_and_recovers(lib):
    a, _ = _import(lib)
    ann = lib.annotations.add_quote(a, "赵晨然", tag="人")
    _set_raw(lib, PAGE.replace("赵晨然", "某某"))
    report = lib.reparse(simple_parse)
    [orphan] = lib.annotations.of_article(a)
    assert orphan.orphaned and orphan.quote == "赵晨然" and orphan.tag == "人"
    assert report["annotations_orphaned"] == 1
    _set_raw(lib, PAGE)  # a later parser brings the passage back
    lib.reparse(simple_parse)
    [back] = lib.annotations.of_article(a)
    assert not back.orphaned and (back.start, back.end) == (ann.start, ann.end)


def test_vanished_article_is_deleted_unless_the_user_worked_on_it(lib):
    a, b = _import(lib)
    lib.notes.set(b, "保留")
    _set_raw(lib, "标题一\n派出所民警赵晨然在G305国道巡逻。\n雪后路滑。\n")
    report = lib.reparse(simple_parse)
    assert report["articles_kept_stale"] == 1 and lib.notes.get(b) == "保留"
    lib.notes.set(b, "")
    report = lib.reparse(simple_parse)
    assert report["articles_removed"] == 1 and lib.articles.count() == 1


def test_new_articles_are_added_and_queued_for_recognition(lib):
    a, b = _import(lib)
    lib.recognition.save([(a, []), (b, [])])
    _set_raw(lib, PAGE + "===\n标题三\n新的文章。\n")
    report = lib.reparse(simple_parse)
    assert report["articles_added"] == 1 and lib.articles.count() == 3
    assert len(lib.recognition.pending_ids()) == 1


def test_changed_text_drops_auto_entities_and_moves_user_ones(lib):
    a, _ = _import(lib)
    text = lib.articles.get(a).body_text
    s = text.index("赵晨然")
    p = text.index("派出所")
    lib.recognition.save([(a, [Span(s, s + 3, "PER", "赵晨然"), Span(p, p + 3, "ORG", "派出所")])])
    lib.entities.add(a, text.index("G305"), text.index("G305") + 4, "LOC")
    lib.entities.suppress(a, p, p + 3, "ORG")
    _set_raw(lib, PAGE.replace("派出所民警", "前言。派出所民警"))
    lib.reparse(simple_parse)
    new_text = lib.articles.get(a).body_text
    assert [(e.text, e.origin) for e in lib.entities.of_article(a)] == [("G305", "user")]
    [user] = lib.entities.of_article(a)
    assert new_text[user.start : user.end] == "G305"
    assert a in lib.recognition.pending_ids()
    # The suppression moved with its text: re-recognition still hides 派出所.
    p2 = new_text.index("派出所")
    lib.recognition.save([(a, [Span(p2, p2 + 3, "ORG", "派出所")])])
    assert [e.text for e in lib.entities.of_article(a)] == ["G305"]


def test_a_failing_parse_is_reported_and_others_go_on(lib):
    _import(lib)
    lib.pages.add("q.txt", simple_parse("题\n文\n"), raw_text="题\n文\n")

    def parse(text):
        if "派出所" in text:
            raise ValueError("parser bug")
        return simple_parse(text)

    report = lib.reparse(parse)
    assert report["sources"] == 1 and len(report["failed"]) == 1 and "parser bug" in report["failed"][0]
