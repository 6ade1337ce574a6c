"""The teamwork commands: export/import --qdpx, merge-library, agreement, --coder."""

from __future__ import annotations

import hashlib
import json

import pytest

from reader.cli import main
from reader.model import Article, Block, Page
from reader.store.library import Library


@pytest.fixture
def library_file(tmp_path):
    path = tmp_path / "a.db"
    with Library(path) as lib:
        lib.pages.add("p.txt", Page([
            Article("春耕忙", body=[Block("paragraph", "𠮷野家门前排起长队。春耕时节，农民忙于播种。")]),
            Article("接羔", body=[Block("paragraph", "草原上的牧民迎来了接羔季。")]),
        ]))  # fmt: skip
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_coder_option_is_stored_and_filters_list_and_csv(library_file, capsys, tmp_path):
    lib = ("--library", library_file)
    assert run(capsys, "tag", "--article", 1, "农业", *lib, "--coder", "安娜")[0] == 0
    assert run(capsys, "tag", "--article", 2, "农业", *lib, "--coder", "本")[0] == 0
    assert run(capsys, "annotate", "--article", 1, "--quote", "春耕时节", "--tag", "民生", *lib, "--coder", "本")[0] == 0
    status, out, _ = run(capsys, "list", "--tag", "农业", "--json", *lib, "--coder", "本")
    assert [r["id"] for r in json.loads(out)] == [2]
    status, out, _ = run(capsys, "list", "--tag", "农业", "--json", *lib)
    assert [r["id"] for r in json.loads(out)] == [1, 2]
    assert run(capsys, "export", "--csv", tmp_path / "b.csv", *lib, "--coder", "本")[1].startswith("wrote 2 row(s)")


def test_export_import_merge_and_agreement_from_the_command_line(library_file, capsys, tmp_path):
    lib = ("--library", library_file)
    for coder, tags in (("安娜", ["农业", "民生"]), ("本", ["农业"])):
        for tag in tags:
            run(capsys, "tag", "--article", 1, tag, *lib, "--coder", coder)
        run(capsys, "tag", "--article", 2, "牧业", *lib, "--coder", coder)
        run(capsys, "tag", "--search", "。", "报道", *lib, "--coder", coder)  # every article, by both
    out_file = tmp_path / "p.qdpx"
    status, out, _ = run(capsys, "export", "--qdpx", out_file, *lib)
    assert status == 0 and "2 article(s)" in out and "2 coder(s)" in out
    other = tmp_path / "other.db"
    status, out, _ = run(capsys, "import", "--qdpx", out_file, "--no-recognise", "--library", other)
    assert status == 0 and "2 source(s) imported as new articles" in out
    status, out, _ = run(capsys, "import", "--qdpx", out_file, "--no-recognise", "--library", other)
    assert "2 matched" in out and "0 article tag(s)" in out

    before = hashlib.sha256(other.read_bytes()).hexdigest()
    status, out, _ = run(capsys, "merge-library", other, *lib)
    assert status == 0 and "2 article(s) matched by content" in out and "0 article tag(s)" in out
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before

    status, out, _ = run(capsys, "agreement", "--coders", "安娜", "本", "--json", *lib)
    figures = json.loads(out)
    assert figures["shared_articles"] == 2
    by_tag = {r["tag"]: r for r in figures["article_level"]}
    # 农业 and 牧业: both coders agree on both articles; 民生: only 安娜, on one of the two
    assert (by_tag["农业"]["percent_agreement"], by_tag["农业"]["kappa"]) == (100.0, 1.0)
    assert (by_tag["民生"]["percent_agreement"], by_tag["民生"]["kappa"]) == (50.0, 0.0)
    assert by_tag["报道"]["kappa"] is None and "no variation" in by_tag["报道"]["note"]
    status, out, _ = run(capsys, "agreement", "--coders", "安娜", "本", *lib)
    assert "Cohen's kappa" in out and "民生" in out


def test_bad_qdpx_and_bad_merge_are_one_line_errors(library_file, capsys, tmp_path):
    bad = tmp_path / "bad.qdpx"
    bad.write_text("nope", encoding="utf-8")
    status, _out, err = run(capsys, "import", "--qdpx", bad, "--library", library_file)
    assert status == 1 and "bad.qdpx: this is not a REFI-QDA project" in err and "Traceback" not in err
    status, _out, err = run(capsys, "merge-library", bad, "--library", library_file)
    assert status == 1 and "not a reader library" in err
    status, _out, err = run(capsys, "import", "--library", library_file)
    assert status == 1 and "nothing to import" in err
