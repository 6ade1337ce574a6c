"""The correction commands of ``python -m reader``: each prints what it did, or one clear line and exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.store.library import Library

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "library.db"
    assert main(["import", str(SAMPLE), "--no-recognise", "--library", str(path)]) == 0
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_each_correction_command_does_one_thing_and_says_what(library, capsys):
    lib = ["--library", library]
    with Library(library) as opened:
        at = opened.articles.body_text(1).index("“细”字当头")
    code, out, _ = run(capsys, "split", "--article", 1, "--at", at, *lib)
    assert code == 0 and "split at" in out and "article 5: «“细”字当头 夯实责任高点谋划»" in out
    code, out, _ = run(capsys, "merge", "--article", 1, "--with", 5, "--headline", "subhead", *lib)
    assert code == 0 and out.startswith("merged «全区旗县级公安机关专项活动有“声”有“形”»")
    code, out, _ = run(capsys, "set-role", "--article", 2, "--block", 1, "--role", "paragraph", *lib)
    assert code == 0 and "a paragraph" in out
    code, out, _ = run(capsys, "edit-text", "--article", 2, "--block", "title", "--text", "治安、刑事案件双下降", *lib)
    assert code == 0 and "article 2: «治安、刑事案件双下降»" in out
    code, out, _ = run(capsys, "delete", "--article", 4, *lib)
    assert code == 0 and "restore --article 4" in out
    code, out, _ = run(capsys, "trash", *lib)
    assert out.startswith("4\t000_6d112d3a37cca14d.txt\t雪“警”增春色\t")
    code, out, _ = run(capsys, "restore", "--article", 4, *lib)
    assert code == 0 and "restored article 4" in out
    code, out, _ = run(capsys, "corrections", *lib)
    assert [line.split("\t")[2] for line in out.splitlines()] == ["split", "merge", "set_role", "edit_text"]
    code, out, _ = run(capsys, "corrections", "--json", *lib)
    listed = json.loads(out)
    assert [c["kind"] for c in listed] == ["split", "merge", "set_role", "edit_text"]
    assert listed[3]["data"]["new"] == "、" and all(c["status"] == "applied" for c in listed)
    code, out, _ = run(capsys, "reparse", "--no-recognise", *lib)
    assert code == 0 and "your corrections: 4 applied again, 0 could not be" in out


def test_lines_can_be_dropped_and_put_back_and_listed(library, capsys):
    lib = ["--library", library]
    code, out, _ = run(capsys, "page-lines", "--page-id", 1, *lib)
    assert code == 0 and "15\tarticle 1 body 1\t“实”字为先 技能练兵强素质" in out.splitlines()
    assert "253\tarticle 3 caption 0 (part dropped: duplicate caption half)\t颁奖现场颁奖现场。。" in out.splitlines()
    code, out, _ = run(capsys, "drop-lines", "--page-id", 1, "--line", 15, *lib)
    assert code == 0 and "dropped line(s) 15" in out
    code, out, _ = run(capsys, "page-lines", "--page-id", 1, *lib)
    assert "15\tdropped: dropped by you\t“实”字为先 技能练兵强素质" in out.splitlines()
    code, out, _ = run(capsys, "restore-line", "--page-id", 1, "--line", 15, *lib)
    assert code == 0 and "restored line 15" in out
    code, out, _ = run(capsys, "show", "--article", 1, *lib)
    assert "  1 paragraph: “实”字为先 技能练兵强素质" in out.splitlines()
    code, out, _ = run(capsys, "set-role", "--article", 1, "--line", 15, "--role", "subhead", *lib)
    assert code == 0 and "made line 15" in out
    code, out, _ = run(capsys, "show", "--article", 1, *lib)
    assert "  1 subhead: “实”字为先 技能练兵强素质" in out.splitlines()
    code, _out, err = run(capsys, "set-role", "--article", 1, "--line", 15, "--block", 1, "--role", "title", *lib)
    assert code == 1 and "not both" in err


@pytest.mark.parametrize("args, message", [
    (["split", "--article", 1, "--at", 99999], "Offset 99999 is outside article 1's text"),
    (["split", "--article", 1, "--at", 0], "a split needs text on both sides"),
    (["split", "--article", 77, "--at", 3], "There is no article 77"),
    (["merge", "--article", 1, "--with", 3], "not next to each other"),
    (["set-role", "--article", 1, "--block", 0, "--role", "title"], "a title is a line or two"),
    (["set-role", "--article", 1, "--block", "headline", "--role", "title"], "names no part of an article"),
    (["edit-text", "--article", 1, "--block", 0, "--text", "两\n行"], "line break"),
    (["join", "--article", 1, "--continued-by", 2], "same page"),
    (["restore", "--article", 1], "not in the trash"),
    (["restore-line", "--page-id", 1, "--line", 5], "was not dropped"),
])  # fmt: skip
def test_an_impossible_request_exits_1_with_one_clear_line(library, capsys, args, message):
    code, out, err = run(capsys, *args, "--library", library)
    assert code == 1 and out == "" and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_merge_across_pages_is_refused(library, capsys, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("另一版的文章\n\n这是另一版的文字，写在这里。\n", encoding="utf-8")
    assert main(["import", str(other), "--no-recognise", "--library", str(library)]) == 0
    capsys.readouterr()
    code, _out, err = run(capsys, "merge", "--article", 1, "--with", 5, "--library", library)
    assert code == 1 and "different pages" in err


def test_restore_without_article_still_lists_backups(library, capsys):
    code, _out, err = run(capsys, "restore", "--library", library)
    assert code == 0 and "no backups" in err
