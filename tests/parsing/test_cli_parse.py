"""``python -m reader parse``: JSON and text output, clear errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

SAMPLE = Path(__file__).parent / "fixtures" / "000_6d112d3a37cca14d.txt"
KEYS = {"kicker", "title", "subtitle", "dateline", "byline", "byline_raw", "body", "captions"}
META_KEYS = {"newspaper", "date", "page", "section", "editors", "issue", "cn"}


def test_json_output(capsys):
    assert main(["parse", str(SAMPLE), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"meta", "articles", "dropped"}
    # The sample has no header and an uninformative name: nothing is guessed.
    assert printed["meta"] == {key: ([] if key == "editors" else None) for key in META_KEYS}
    assert [d["reason"] for d in printed["dropped"]] == ["duplicate_caption", "duplicate_caption"]
    articles = printed["articles"]
    assert len(articles) == 4
    assert all(set(article) == KEYS for article in articles)
    assert articles[2]["dateline"] == "通辽讯" and articles[2]["captions"] == ["颁奖现场。"]
    assert {block["kind"] for article in articles for block in article["body"]} == {"paragraph", "subhead"}


def test_text_output(capsys):
    assert main(["parse", str(SAMPLE), "--dropped"]) == 0
    out = capsys.readouterr().out
    assert "# 雪“警”增春色" in out
    assert "## 法治课堂进校园" in out
    assert "[photo] 民警护送学生过马路。" in out
    assert "duplicate_caption" in out


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\xff" * 50, "Ça fait déjà très longtemps".encode("latin-1")])
def test_bad_file_is_one_line_on_stderr(tmp_path, capsys, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "bad.txt" in captured.err


def test_missing_file_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "reader", "parse", str(tmp_path / "nope.txt"), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "nope.txt" in result.stderr


def test_empty_page_prints_no_articles(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["articles"] == [] and printed["dropped"] == []
    assert set(printed["meta"]) == META_KEYS and not any(printed["meta"].values())


HEADED_PAGE = """内蒙古法制报
2023年3月7日 星期二 责任编辑：刘某 版式：王某 第3版 综合新闻

全区开展专项活动
本报讯 近日，全区各地开展专项活动，吸引群众参与。
（沈翠英）
"""


def test_json_meta_from_the_header(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text(HEADED_PAGE, encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["meta"] == {
        "newspaper": "内蒙古法制报",
        "date": "2023-03-07",
        "page": "3",
        "section": "综合新闻",
        "editors": [{"role": "责任编辑", "name": "刘某"}, {"role": "版式", "name": "王某"}],
        "issue": None,
        "cn": None,
    }
    assert printed["dropped"][:2] == [
        {"line": 1, "text": "内蒙古法制报", "reason": "metadata"},
        {"line": 2, "text": "2023年3月7日 星期二 责任编辑：刘某 版式：王某 第3版 综合新闻", "reason": "metadata"},
    ]
    (article,) = printed["articles"]
    assert set(article) == KEYS and article["title"] == "全区开展专项活动" and article["kicker"] is None


def test_header_wins_over_the_file_name_and_the_conflict_is_reported(tmp_path, capsys):
    folder = tmp_path / "北京晚报" / "20230308"
    folder.mkdir(parents=True)
    path = folder / "05.txt"
    path.write_text(HEADED_PAGE, encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    meta = json.loads(captured.out)["meta"]
    assert (meta["newspaper"], meta["date"], meta["page"]) == ("内蒙古法制报", "2023-03-07", "3")
    assert "«2023-03-07» is kept" in captured.err and "«2023-03-08»" in captured.err
    assert "«北京晚报»" in captured.err


def test_name_pattern_fills_what_the_page_does_not_print(tmp_path, capsys):
    folder = tmp_path / "法治日报" / "2023-03-07"
    folder.mkdir(parents=True)
    path = folder / "p-A09.txt"
    path.write_text("全区开展专项活动\n本报讯 近日，全区各地开展专项活动，吸引群众参与。\n", encoding="utf-8")
    assert main(["parse", str(path), "--json", "--name-pattern", "{newspaper}/{date:%Y-%m-%d}/p-{page}.txt"]) == 0
    meta = json.loads(capsys.readouterr().out)["meta"]
    assert (meta["newspaper"], meta["date"], meta["page"], meta["section"]) == ("法治日报", "2023-03-07", "A09", None)


def test_bad_name_pattern_is_an_error_naming_the_option(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text(HEADED_PAGE, encoding="utf-8")
    assert main(["parse", str(path), "--name-pattern", "{paper}/{page}.txt"]) == 2
    err = capsys.readouterr().err
    assert "--name-pattern" in err and "{paper}" in err and "newspaper" in err


def test_impossible_date_is_reported_and_kept_as_text(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text(HEADED_PAGE.replace("2023年3月7日", "2023年2月30日"), encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    printed = json.loads(captured.out)
    assert printed["meta"]["date"] is None and printed["meta"]["page"] == "3"
    assert "2023年2月30日" in printed["dropped"][1]["text"]
    assert "line 2" in captured.err and "2023年2月30日" in captured.err and "not a date" in captured.err


def test_text_output_shows_the_page_identity(tmp_path, capsys):
    path = tmp_path / "page.txt"
    path.write_text(HEADED_PAGE, encoding="utf-8")
    assert main(["parse", str(path), "--dropped"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[page] 2023-03-07 · 内蒙古法制报 · 第3版 · 综合新闻")
    assert "[dropped line 2: metadata]" in out
