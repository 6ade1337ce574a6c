"""Merging another library: content matching, coders kept, idempotent, the other untouched, kill-safe."""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.model import Article, Block, Page
from reader.store.errors import LibraryError
from reader.store.library import Library

HERE = Path(__file__).resolve().parent


def _page(*titles: str) -> Page:
    return Page([Article(t, body=[Block("paragraph", f"𠮷{t}的正文，牧民们赶着羊群转场。")]) for t in titles])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _state(library: Library) -> dict:
    q = library.conn.execute
    return {
        "articles": q("SELECT title, body_text FROM articles ORDER BY title").fetchall(),
        "tags": q("SELECT name, color FROM tags ORDER BY name").fetchall(),
        "article_tags": q(
            "SELECT a.title, t.name, at.coder FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "JOIN articles a ON a.id = at.article_id ORDER BY 1, 2, 3"
        ).fetchall(),
        "notes": q("SELECT a.title, n.coder, n.note FROM article_notes n JOIN articles a ON a.id = n.article_id "
                   "ORDER BY 1, 2").fetchall(),  # fmt: skip
        "annotations": q("SELECT a.title, n.quote, n.coder, n.note FROM annotations n JOIN articles a "
                         "ON a.id = n.article_id ORDER BY 1, 2, 3").fetchall(),  # fmt: skip
    }


@pytest.fixture
def pair(tmp_path):
    """Ours: pages P (春耕, 接羔) and Q (学校); theirs: P again and R (雪灾), by another coder."""
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    with Library(ours, coder="安娜") as a:
        a.pages.add("p.txt", _page("春耕", "接羔"), content_key="page-p")
        a.pages.add("q.txt", _page("学校"), content_key="page-q")
        a.tags.add(1, "农业")
        a.tags.recolor("农业", "#111111")
        a.notes.set(1, "安娜：春耕")
    with Library(theirs, coder="本") as b:
        b.pages.add("p.txt", _page("春耕", "接羔"), content_key="page-p")
        b.pages.add("r.txt", _page("雪灾"), content_key="page-r")
        b.tags.add(1, "农业")  # same name: matched, our colour stays
        b.tags.recolor("农业", "#222222")
        b.tags.add(3, "灾害")  # new here: comes with its colour
        b.tags.recolor("灾害", "#333333")
        b.annotations.add_quote(2, "牧民们", tag="牧业", note="转场")
        b.notes.set(1, "本：春耕")
        b.entities.add(3, 1, 3, "LOC")
    return ours, theirs


def test_merge_adds_what_is_missing_with_its_coder_and_matches_the_rest(pair):
    ours, theirs = pair
    before = _digest(theirs)
    with Library(ours, coder="安娜") as a:
        report = a.merger.merge(theirs)
        state = _state(a)
        assert (report.pages_added, report.articles_added, report.articles_matched) == (1, 1, 2)
        assert ("雪灾", "𠮷雪灾的正文，牧民们赶着羊群转场。") in state["articles"]
        assert dict(state["tags"]) == {"农业": "#111111", "灾害": "#333333", "牧业": dict(state["tags"])["牧业"]}
        assert ("春耕", "农业", "安娜") in state["article_tags"] and ("春耕", "农业", "本") in state["article_tags"]
        assert ("雪灾", "灾害", "本") in state["article_tags"]
        assert state["notes"] == [("春耕", "安娜", "安娜：春耕"), ("春耕", "本", "本：春耕")]
        assert state["annotations"] == [("接羔", "牧民们", "本", "转场")]
        snow = a.search.article_ids("雪灾")[0]
        assert [(e.text, e.label, e.origin) for e in a.entities.of_article(snow)] == [("雪灾", "LOC", "user")]
        assert report.conflicts == []
    assert _digest(theirs) == before, "the other library must be left byte-identical"


def test_merging_twice_adds_nothing_the_second_time(pair):
    ours, theirs = pair
    with Library(ours) as a:
        assert a.merger.merge(theirs).added > 0
        first = _state(a)
        again = a.merger.merge(theirs)
        assert again.added == 0 and again.conflicts == []
        assert _state(a) == first


def test_a_coders_differing_note_is_kept_beside_theirs_marked(pair):
    ours, theirs = pair
    with Library(theirs, coder="安娜") as b:
        b.notes.set(1, "另一个版本")
    with Library(ours) as a:
        report = a.merger.merge(theirs)
        note = a.notes.get(1, coder="安娜")
        assert note.startswith("安娜：春耕") and "另一个版本" in note and "merged from theirs.db" in note
        assert any("安娜's note" in c for c in report.conflicts)
        assert a.merger.merge(theirs).conflicts == []  # kept once, not again


def test_refuses_itself_missing_files_and_non_libraries(pair, tmp_path):
    ours, _theirs = pair
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with Library(ours) as a:
        with pytest.raises(LibraryError, match="itself"):
            a.merger.merge(ours)
        with pytest.raises(LibraryError, match="does not exist"):
            a.merger.merge(tmp_path / "absent.db")
        with pytest.raises(LibraryError, match="not a reader library"):
            a.merger.merge(junk)
        assert junk.read_bytes() == b"not a database at all" * 100


def _big_other(path: Path, articles: int) -> None:
    with Library(path, coder="本") as b:
        for i in range(articles // 10):
            result = b.pages.add(f"{i}.txt", _page(*(f"第{i}页{j}" for j in range(10))), content_key=f"big-{i}")
            b.tags.add_many(result.article_ids, "大批")
            b.annotations.add_quote(result.article_ids[0], "牧民们", tag="牧业")


@pytest.mark.parametrize("round_no", range(3))
def test_sigkill_during_a_merge_leaves_the_library_as_before_or_fully_merged(pair, tmp_path, round_no):
    ours, theirs = pair
    _big_other(theirs, 600)
    with Library(ours) as a:
        before = _state(a)
    child = subprocess.Popen(
        [sys.executable, str(HERE / "merge_worker.py"), str(ours), str(theirs)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert child.stdout.readline().strip() == "STARTED"
    time.sleep(random.Random(round_no).uniform(0.0, 0.3))
    child.kill()
    child.wait()
    with Library(ours) as a:
        assert a.integrity_check() == "ok"
        after = _state(a)
        if after != before:
            assert len(after["articles"]) == len(before["articles"]) + 601
            assert after["article_tags"] == sorted(set(after["article_tags"]))
        # either way, merging again now gives the full merge
        a.merger.merge(theirs)
        assert len(_state(a)["articles"]) == len(before["articles"]) + 601
