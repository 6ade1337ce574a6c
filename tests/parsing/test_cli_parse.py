"""``python -m reader parse``: JSON and text output, clear errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

SAMPLE = Path(__file__).parent / "fixtures" / "000_6d112d3a37cca14d.txt"
KEYS = {"kicker", "title", "subtitle", "dateline", "byline", "byline_raw", "body", "captions"}


def test_json_output(capsys):
    assert main(["parse", str(SAMPLE), "--json"]) == 0
    articles = json.loads(capsys.readouterr().out)
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


def test_empty_page_prints_an_empty_array(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
