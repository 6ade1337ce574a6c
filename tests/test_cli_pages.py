"""Page identity on the command line: import options and templates, pages, set-meta, list filters and sorts."""

from __future__ import annotations

import json

import pytest

from reader.cli import main

HEADER = "2023年2月21日 星期二 责任编辑：刘某 第3版 综合新闻"
BODY = "全区开展{n}专项活动\n本报讯 近日，全区各地开展专项活动，吸引群众{n}人参与。\n（沈翠英）\n"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def archive(tmp_path):
    """内蒙古法制报/20230221/03.txt (with a header), 内蒙古法制报/20230222/01.txt, 北京晚报/20230307/A05.txt, misc/x.txt."""
    files = {
        "内蒙古法制报/20230221/03.txt": HEADER + "\n\n" + BODY.format(n=1),
        "内蒙古法制报/20230222/01.txt": BODY.format(n=2),
        "北京晚报/20230307/A05.txt": BODY.format(n=3),
        "misc/x.txt": BODY.format(n=4),
    }
    for name, text in files.items():
        path = tmp_path / "archive" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "archive"


@pytest.fixture
def db(tmp_path):
    return tmp_path / "library.db"


def _pages(capsys, db):
    code, out, _ = run(capsys, "pages", "--library", db, "--json")
    assert code == 0
    return {row["name"]: row for row in json.loads(out)}


def test_import_reads_headers_and_names(capsys, db, archive):
    code, out, _ = run(capsys, "import", archive, "--library", db, "--no-recognise")
    assert code == 0
    pages = _pages(capsys, db)
    first = pages["03.txt"]
    assert first["date"] == {"value": "2023-02-21", "origin": "header"}
    assert first["newspaper"] == {"value": "内蒙古法制报", "origin": "filename"}
    assert first["section"] == {"value": "综合新闻", "origin": "header"}
    assert first["editors"]["value"] == [{"role": "责任编辑", "name": "刘某"}]
    assert pages["A05.txt"]["page"] == {"value": "A05", "origin": "filename"}
    assert not any(v["value"] for v in pages["x.txt"].values() if isinstance(v, dict))


def test_conflict_between_header_and_name_is_named_in_the_import_report(capsys, db, tmp_path):
    path = tmp_path / "20230222_05.txt"
    path.write_text(HEADER + "\n\n" + BODY.format(n=1), encoding="utf-8")
    code, out, _ = run(capsys, "import", path, "--library", db, "--no-recognise")
    assert code == 0
    assert "note: date: the page header says «2023-02-21», the file name says «2023-02-22»" in out
    assert "note: page:" in out
    page = _pages(capsys, db)["20230222_05.txt"]
    assert page["date"]["value"] == "2023-02-21" and page["conflicts"]


def test_values_given_at_import_and_a_template(capsys, db, archive):
    code, out, _ = run(
        capsys, "import", archive / "北京晚报", "--library", db, "--no-recognise",
        "--name-pattern", "{date:%Y%m%d}/{page}", "--newspaper", "北京日报", "--section", "北京新闻",
    )  # fmt: skip
    assert code == 0, out
    page = _pages(capsys, db)["A05.txt"]
    assert page["newspaper"] == {"value": "北京日报", "origin": "import"}
    assert page["section"] == {"value": "北京新闻", "origin": "import"}
    assert page["date"] == {"value": "2023-03-07", "origin": "filename"}
    assert "note: newspaper: given at import says «北京日报», the file name says «北京晚报»" in out


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [("--date", "2023-02-30", "no day 30"), ("--page", "封面", "not a page label"), ("--name-pattern", "{paper}", "unknown field")],
)
def test_bad_import_options_are_refused_before_anything_is_read(capsys, db, archive, option, value, words):
    code, out, err = run(capsys, "import", archive, "--library", db, "--no-recognise", option, value)
    assert code == 1 and option in err and words in err and "Traceback" not in err
    assert out == ""


def test_set_meta_for_one_page_and_for_a_search(capsys, db, archive):
    run(capsys, "import", archive, "--library", db, "--no-recognise")
    ids = {name: row["id"] for name, row in _pages(capsys, db).items()}
    code, out, _ = run(capsys, "set-meta", "--library", db, "--page-id", ids["x.txt"], "--date", "2023年3月1日", "--page", "第2版")
    assert code == 0 and "1 page(s)" in out
    page = _pages(capsys, db)["x.txt"]
    assert page["date"] == {"value": "2023-03-01", "origin": "user"} and page["page"]["value"] == "2"
    code, out, _ = run(capsys, "set-meta", "--library", db, "--search", "专项活动", "--newspaper", "法治日报", "--section", "")
    assert code == 0 and "4 page(s)" in out
    pages = _pages(capsys, db)
    assert {p["newspaper"]["value"] for p in pages.values()} == {"法治日报"}
    assert {p["section"]["value"] for p in pages.values()} == {None}
    code, _, _ = run(capsys, "set-meta", "--library", db, "--page-id", ids["03.txt"], "--auto", "newspaper", "--auto", "section")
    page = _pages(capsys, db)["03.txt"]
    assert page["newspaper"] == {"value": "内蒙古法制报", "origin": "filename"} and page["section"]["value"] == "综合新闻"


def test_set_meta_errors(capsys, db, archive):
    run(capsys, "import", archive, "--library", db, "--no-recognise")
    code, _, err = run(capsys, "set-meta", "--library", db, "--page-id", 99, "--section", "法治")
    assert code == 1 and "no page 99" in err
    with pytest.raises(SystemExit) as caught:
        main(["set-meta", "--library", str(db), "--page-id", "1", "--date", "2023-13-01"])
    assert caught.value.code == 2 and "not a date" in capsys.readouterr().err
    code, _, err = run(capsys, "set-meta", "--library", db, "--page-id", 1)
    assert code == 1 and "nothing to set" in err


def test_list_filters_sorts_and_json_fields(capsys, db, archive):
    run(capsys, "import", archive, "--library", db, "--no-recognise")
    code, out, _ = run(capsys, "list", "--library", db, "--json", "--sort", "-date")
    rows = json.loads(out)
    assert [r["date"] for r in rows] == ["2023-03-07", "2023-02-22", "2023-02-21", None]
    assert rows[0]["newspaper"] == "北京晚报" and rows[0]["page"] == "A05"
    code, out, _ = run(capsys, "list", "--library", db, "--json", "--from", "2023-02-22", "--to", "2023.3.31", "--sort", "date")
    assert [r["date"] for r in json.loads(out)] == ["2023-02-22", "2023-03-07"]
    code, out, _ = run(capsys, "list", "--library", db, "--json", "--newspaper", "内蒙古法制报", "--page", "第3版")
    assert [(r["date"], r["section"]) for r in json.loads(out)] == [("2023-02-21", "综合新闻")]
    code, out, _ = run(capsys, "list", "--library", db, "--json", "--section", "综合新闻", "--search", "群众1人")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "list", "--library", db, "--sort", "title")
    assert code == 0 and len(out.splitlines()) == 4


def test_unknown_entity_label_names_the_valid_ones(capsys, db, archive):
    run(capsys, "import", archive, "--library", db, "--no-recognise")
    with pytest.raises(SystemExit) as caught:
        main(["list", "--library", str(db), "--entity", "Nonsense:x"])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and "Nonsense" in err
    assert all(label in err for label in ("PER", "LOC", "ORG", "TIME", "NUM", "WORK"))  # the valid ones, named
