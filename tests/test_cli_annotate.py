"""``annotate`` chooses which place of a repeated quote: --occurrence N, or --start/--end."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.commands.annotate import occurrences
from reader.model import Article, Block, Page
from reader.store.library import Library

# 𠮷 first, so an offset counted in UTF-16 units instead of code points lands wrong.
BODY = "𠮷民警说：安全第一。群众说：安全第一。记者说：安全第一！"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        library.pages.add("page.txt", Page([Article(title="安全", body=[Block("paragraph", BODY)])]))
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def stored(db):
    with Library(db) as library:
        return [(a.start, a.end, a.quote, a.tag) for a in library.annotations.of_article(1)]


def test_occurrence_picks_the_nth_place(capsys, db):
    second = occurrences(BODY, "安全第一")[1]
    code, out, err = run(capsys, "annotate", "--library", db, "--article", 1, "--quote", "安全第一", "--occurrence", 2, "--tag", "口号")
    assert code == 0, err
    assert "(occurrence 2 of 3)" in out
    assert stored(db) == [(second, second + 4, "安全第一", "口号")]
    assert BODY[second - 4 : second] == "群众说："  # the second saying, not the first


def test_without_occurrence_the_first_place_is_annotated(capsys, db):
    first = BODY.index("安全第一")
    assert run(capsys, "annotate", "--library", db, "--article", 1, "--quote", "安全第一")[0] == 0
    assert stored(db)[0][:2] == (first, first + 4)


def test_an_occurrence_out_of_range_names_how_many_there_are(capsys, db):
    code, _, err = run(capsys, "annotate", "--library", db, "--article", 1, "--quote", "安全第一", "--occurrence", 4)
    assert code == 1
    assert err.strip() == "error: Article 1 contains «安全第一» 3 times; --occurrence must be 1 to 3."
    assert stored(db) == []


def test_start_and_end_are_code_points_of_the_body(capsys, db):
    third = occurrences(BODY, "安全第一")[2]
    code, _, err = run(capsys, "annotate", "--library", db, "--article", 1, "--start", third, "--end", third + 4, "--note", "三")
    assert code == 0, err
    assert stored(db) == [(third, third + 4, "安全第一", None)]


def test_start_end_with_a_quote_that_is_not_there_is_refused(capsys, db):
    code, _, err = run(capsys, "annotate", "--library", db, "--article", 1, "--start", 1, "--end", 3, "--quote", "安全")
    assert code == 1 and "has «民警» at 1–3, not «安全»" in err
    assert stored(db) == []


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--start", 5], "give both --start and --end"),
        (["--start", 5, "--end", 500], "is not a passage of it"),
        (["--start", 5, "--end", 9, "--occurrence", 2], "--occurrence chooses among"),
        ([], "give --quote TEXT, or --start and --end"),
    ],
)
def test_bad_option_combinations_are_clear_errors(capsys, db, extra, message):
    code, _, err = run(capsys, "annotate", "--library", db, "--article", 1, *extra)
    assert code == 1 and message in err and "Traceback" not in err
    assert stored(db) == []


def test_overlapping_places_count():
    assert occurrences("哈哈哈", "哈哈") == [0, 1]
    assert occurrences("abc", "") == []
