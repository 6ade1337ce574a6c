"""The annotation CSV: columns, encoding, quoting, formula defusing; read back by pandas and LibreOffice."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pandas as pd
import pytest

from reader.export import export_annotations_csv, neutralise
from reader.model import Article, Block, Page
from reader.store.export_rows import EXPORT_COLUMNS
from reader.store.library import Library

COLUMNS = [
    "annotation_id", "kind", "article_id", "source", "article_title", "newspaper", "date", "page", "section",
    "byline", "tag", "note", "quote", "start", "end", "prefix", "suffix", "created", "modified", "coder", "corrected",
]  # fmt: skip


@pytest.fixture
def library():
    lib = Library(coder="王明")
    lib.pages.add(
        "第一版.txt",
        Page(
            [
                Article(
                    title="=HYPERLINK(\"x\")",
                    byline="-王明",
                    body=[Block("paragraph", "派出所民警赵晨然在G305国道巡逻。"), Block("paragraph", "+雪后路滑。")],
                ),
                Article(title="草原新学校", byline=None, body=[Block("paragraph", "呼和浩特市新建一所学校。")]),
            ]
        ),
    )
    lib.identity.set_values([1], {"newspaper": "内蒙古法制报", "date": "2023-02-21", "page": "第3版", "section": "法治"})
    lib.tags.add(1, "警务")
    lib.tags.add(2, "@教育")
    lib.notes.set(1, "第一行\n第二行，带\"引号\"")
    lib.annotations.add_quote(1, "赵晨然", tag="人物", note="\t制表符开头")
    lib.annotations.add_quote(1, "+雪后", note="=1+2")
    lib.annotations.add_quote(2, "学校")
    yield lib
    lib.close()


def _expected(library):
    return [[neutralise(v) for v in row] for row in library.exports.rows()]


def test_columns_in_order_and_one_row_per_tag_note_and_passage(library, tmp_path):
    out = tmp_path / "out.csv"
    assert export_annotations_csv(library, out) == 6
    assert list(EXPORT_COLUMNS) == COLUMNS
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == COLUMNS
    kinds = [r[1] for r in rows[1:]]
    assert sorted(kinds) == sorted(["article_tag", "article_tag", "article_note", "passage", "passage", "passage"])
    passage = next(r for r in rows[1:] if r[COLUMNS.index("quote")] == "赵晨然")
    record = dict(zip(COLUMNS, passage))
    text = library.articles.get(1).body_text
    assert text[int(record["start"]) : int(record["end"])] == "赵晨然"
    assert record["tag"] == "人物" and record["source"] == "第一版.txt" and record["article_id"] == "1"
    assert len({r[0] for r in rows[1:]}) == 6  # annotation ids are unique


def test_bom_full_quoting_and_newlines_inside_fields(library, tmp_path):
    out = tmp_path / "out.csv"
    export_annotations_csv(library, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    header = text.split("\r\n", 1)[0]
    assert header == ",".join(f'"{c}"' for c in COLUMNS)  # every field quoted
    assert '"第一行\n第二行，带""引号"""' in text  # the newline stays inside its quoted field


def test_formula_starts_are_neutralised(library, tmp_path):
    out = tmp_path / "out.csv"
    export_annotations_csv(library, out)
    df = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    for column in COLUMNS:
        for value in df[column]:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (column, value)
    assert "'=HYPERLINK(\"x\")" in set(df["article_title"])
    assert "'-王明" in set(df["byline"]) and "'@教育" in set(df["tag"])
    assert "'\t制表符开头" in set(df["note"]) and "'=1+2" in set(df["note"]) and "'+雪后" in set(df["quote"])
    assert [neutralise(v) for v in (None, 3, "ok", "\r x")] == ["", "3", "ok", "'\r x"]


def test_pandas_reads_back_the_same_values(library, tmp_path):
    out = tmp_path / "out.csv"
    export_annotations_csv(library, out)
    df = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8")  # BOM stripped by pandas
    assert list(df.columns) == COLUMNS
    assert df.values.tolist() == _expected(library)


def test_empty_library_gives_a_header_only(tmp_path):
    with Library() as lib:
        out = tmp_path / "empty.csv"
        assert export_annotations_csv(lib, out) == 0
        assert out.read_text(encoding="utf-8-sig").strip() == ",".join(f'"{c}"' for c in COLUMNS)


def test_a_failed_export_leaves_no_half_file_and_keeps_the_old_one(library, tmp_path, monkeypatch):
    out = tmp_path / "out.csv"
    out.write_text("previous export", encoding="utf-8")

    first_rows = list(library.exports.rows())[:2]

    def failing_rows(**_filters):
        yield from first_rows
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(library.exports, "rows", failing_rows)
    with pytest.raises(OSError):
        export_annotations_csv(library, out)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temp file left behind


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed (CI installs libreoffice-calc-nogui)")
def test_libreoffice_reads_back_the_same_values(library, tmp_path):
    out = tmp_path / "out.csv"
    export_annotations_csv(library, out)
    # Filter options: comma separator (44), text delimiter " (34), UTF-8 (76),
    # first line 1, and every one of the 15 columns imported as text (format 2),
    # as a user importing "text" columns would, so nothing is reinterpreted.
    column_formats = "/".join(f"{i}/2" for i in range(1, len(COLUMNS) + 1))
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
            "--infilter=CSV:44,34,76,1," + column_formats, "--convert-to", "xlsx", "--outdir", str(tmp_path), str(out),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=180,
    )
    xlsx = tmp_path / "out.xlsx"
    assert xlsx.exists(), result.stderr
    df = pd.read_excel(xlsx, dtype=str, keep_default_na=False, engine="openpyxl")
    assert list(df.columns) == COLUMNS
    assert df.values.tolist() == _expected(library)


def test_every_row_names_its_coder_and_a_coder_filter_keeps_only_theirs(library, tmp_path):
    library.coder = "李华"
    library.tags.add(1, "警务")
    library.annotations.add_quote(2, "学校", tag="教育")
    out = tmp_path / "all.csv"
    assert export_annotations_csv(library, out) == 8
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted({r["coder"] for r in rows}) == ["李华", "王明"]
    assert [(r["kind"], r["tag"]) for r in rows if r["coder"] == "李华"] == [("article_tag", "警务"), ("passage", "教育")]
    assert export_annotations_csv(library, tmp_path / "li.csv", coder="李华") == 2


def test_each_row_carries_its_pages_identity(library, tmp_path):
    out = tmp_path / "out.csv"
    export_annotations_csv(library, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {(r["newspaper"], r["date"], r["page"], r["section"]) for r in rows} == {("内蒙古法制报", "2023-02-21", "3", "法治")}
    assert list(rows[0])[4:9] == ["article_title", "newspaper", "date", "page", "section"]
