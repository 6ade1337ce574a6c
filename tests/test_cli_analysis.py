"""kwic, stats, cooccur and alias on the command line, against the stored texts and counts by hand."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader.cli import main
from reader.model import Article, Block, Page, PageMeta, Span
from reader.store.library import Library

TEXTS = [
    ("2023-01-05", "甲报", "公安民警巡逻", "=民警在路口执勤，民警很辛苦。", [("PER", "韩雪"), ("LOC", "呼市")]),
    ("2023-02-20", "乙报", "草原新学校", "呼和浩特市新建学校，警察節后开学。", [("LOC", "呼和浩特市"), ("PER", "韩雪")]),
    ("2023-02-02", "甲报", "春季植树", "志愿者植树，民警也来了。韩雪说。", [("PER", "韩雪"), ("LOC", "呼和浩特市")]),
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        for number, (date, paper, title, body, names) in enumerate(TEXTS):
            for _label, name in names:
                body += name  # the names are in the text, so their spans are kept
            meta = PageMeta(newspaper=paper, date=date, origins={"newspaper": "header", "date": "header"})
            [article_id] = library.pages.add(f"p{number}.txt", Page([Article(title=title, body=[Block("paragraph", body)])], meta=meta)).article_ids
            spans = []
            for label, name in names:
                at = body.rindex(name)
                spans.append(Span(at, at + len(name), label, name))
            library.recognition.save([(article_id, spans)])
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_kwic_rows_counts_and_sorts(capsys, db):
    code, out, err = run(capsys, "kwic", "民警", "--width", "3", "--json", "--library", db)
    assert code == 0
    rows = json.loads(out)
    assert [(r["title"], r["field"], r["hit"]) for r in rows] == [
        ("公安民警巡逻", "title", "民警"), ("公安民警巡逻", "body", "民警"), ("公安民警巡逻", "body", "民警"), ("春季植树", "body", "民警"),
    ]  # fmt: skip
    assert rows[1]["left"] == "=" and rows[2]["left"] == "执勤，"
    assert "4 hit(s) in 2 article(s)" in err
    code, out, _ = run(capsys, "kwic", "民警", "--sort", "left", "--json", "--library", db)
    lefts = [r["left"][::-1] for r in json.loads(out)]
    assert lefts == sorted(lefts)
    code, out, _ = run(capsys, "kwic", "警察节", "--library", db)  # simplified finds traditional, shown as printed
    assert "警察節" in out


def test_kwic_csv_follows_the_export_rules(capsysbinary, db):
    code = main(["kwic", "民警", "--newspaper", "甲报", "--from", "2023-01-01", "--csv", "--library", str(db)])
    raw = capsysbinary.readouterr().out
    assert code == 0 and raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["article_id", "date", "newspaper"]
    assert all(line.startswith('"') for line in text.splitlines())  # every field quoted
    assert rows[2][9] == "'="  # a context starting with = is defused


def test_entity_spans_and_aliases(capsys, db):
    code, out, _ = run(capsys, "alias", "--label", "place", "--from", "呼市", "--to", "呼和浩特市", "--library", db)
    assert code == 0 and "(3 article(s))" in out
    code, out, _ = run(capsys, "kwic", "--entity-spans", "LOC:呼和浩特市", "--json", "--library", db)
    rows = json.loads(out)
    assert sorted(r["hit"] for r in rows) == ["呼和浩特市", "呼和浩特市", "呼市"]
    assert {r["entity"] for r in rows} == {"LOC:呼和浩特市"}  # the export names the canonical entity
    code, out, _ = run(capsys, "list", "--entity", "LOC:呼市", "--library", db)
    assert len(out.strip().splitlines()) == 3
    code, out, _ = run(capsys, "alias", "--list", "--json", "--library", db)
    assert json.loads(out) == [{"label": "LOC", "text": "呼市", "counts_as_label": "LOC", "counts_as": "呼和浩特市"}]
    code, out, _ = run(capsys, "alias", "--label", "LOC", "--from", "呼市", "--remove", "--library", db)
    code, out, _ = run(capsys, "kwic", "--entity-spans", "LOC:呼和浩特市", "--json", "--library", db)
    assert len(json.loads(out)) == 2


def test_stats_by_month_with_a_measure(capsys, db):
    code, out, _ = run(capsys, "stats", "--by", "month", "--query", "民警", "--json", "--library", db)
    assert code == 0
    assert json.loads(out) == [
        {"month": "2023-01", "articles": 1, "matching": 1, "per_1000": 1000.0},
        {"month": "2023-02", "articles": 2, "matching": 1, "per_1000": 500.0},
    ]
    code, out, _ = run(capsys, "stats", "--by", "newspaper", "--entity", "人物:韩雪", "--library", db)
    assert out.splitlines()[0] == "newspaper\tarticles\tmatching\tper_1000"
    assert "甲报\t2\t2\t1000.0" in out


def test_cooccur_with_labels_in_words(capsys, db):
    code, out, _ = run(capsys, "cooccur", "--label", "People", "--with", "地名", "--json", "--library", db)
    pairs = json.loads(out)
    assert {(p["entity_a"], p["entity_b"]): p["together"] for p in pairs} == {("韩雪", "呼和浩特市"): 2, ("韩雪", "呼市"): 1}


def test_an_unknown_label_is_an_error_naming_the_valid_ones(capsys, db):
    with pytest.raises(SystemExit) as exit_info:
        main(["cooccur", "--label", "ghosts", "--library", str(db)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown entity type 'ghosts'" in err
    assert all(code in err for code in ("PER", "LOC", "ORG", "TIME", "NUM", "WORK")) and "person" in err


def test_kwic_without_a_query_is_a_clear_error(capsys, db):
    code, _out, err = run(capsys, "kwic", "--library", db)
    assert code == 1 and "give a QUERY" in err


def test_stats_measure_counts_within_the_whole_selection(capsys, db):
    # --tag and --entity are what is counted, not a filter: "articles" stays every article of the group.
    code, out, _ = run(capsys, "stats", "--by", "newspaper", "--entity", "LOC:呼市", "--json", "--library", db)
    assert code == 0
    assert {r["newspaper"]: (r["articles"], r["matching"]) for r in json.loads(out)} == {"甲报": (2, 1), "乙报": (1, 0)}
    assert run(capsys, "tag", "--search", "植树", "春", "--library", db)[0] == 0
    code, out, _ = run(capsys, "stats", "--by", "month", "--tag", "春", "--json", "--library", db)
    assert [(r["month"], r["articles"], r["matching"], r["per_1000"]) for r in json.loads(out)] == [
        ("2023-01", 1, 0, 0.0), ("2023-02", 2, 1, 500.0),
    ]  # fmt: skip


def test_stats_text_names_the_undated_row_and_csv_json_keep_it_empty(capsys, db):
    with Library(db) as library:
        library.pages.add("undated.txt", Page([Article(title="无日期", body=[Block("paragraph", "一篇没有日期和报名的文章。")])]))
    code, out, _ = run(capsys, "stats", "--by", "month", "--library", db)
    assert code == 0
    assert out.splitlines()[-1] == "undated\t1"
    code, out, _ = run(capsys, "stats", "--by", "newspaper", "--library", db)
    assert "(none)\t1" in out.splitlines()
    code, out, _ = run(capsys, "stats", "--by", "month", "--json", "--library", db)
    assert json.loads(out)[-1] == {"month": "", "articles": 1}
