"""Entity type names: codes and the app's words in both languages mean the same type everywhere."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.cli import main
from reader.labels import LABELS, UnknownLabelError, parse_label
from reader.model import ENTITY_LABELS, Article, Block, Page, Span
from reader.store.library import Library

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("word", ["PER", "per", "person", "People", "people", "人名", "人物", " 人物 "])
def test_person_words(word):
    assert parse_label(word) == "PER"


def test_every_code_and_app_word_parses_to_its_type():
    for code, words in LABELS.items():
        for word in (code, words.english, words.chinese, *words.synonyms):
            assert parse_label(word) == code, word


def test_no_word_names_two_types():
    seen: dict[str, str] = {}
    for code, words in LABELS.items():
        for word in (code, words.english, words.chinese, *words.synonyms):
            assert seen.setdefault(word.casefold(), code) == code, word


def test_an_unknown_label_names_the_valid_ones():
    with pytest.raises(UnknownLabelError) as error:
        parse_label("PHANTOMS")
    message = str(error.value)
    assert "'PHANTOMS'" in message
    for code, words in LABELS.items():
        assert code in message and words.english in message and words.chinese in message


def test_the_chinese_words_are_the_interfaces_translations():
    # The app shows palette.label_name(), translated in reader_zh_CN.ts; the CLI must accept those words.
    tree = ET.parse(ROOT / "resources" / "i18n" / "reader_zh_CN.ts")
    context = next(c for c in tree.getroot() if c.findtext("name") == "EntityLabels")
    translations = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    assert {w.english: w.chinese for w in LABELS.values()} == {w.english: translations[w.english] for w in LABELS.values()}
    assert tuple(LABELS) == ENTITY_LABELS


def test_the_english_words_are_what_the_interface_shows(qapp):
    from reader.ui.palette import label_name

    assert {code: label_name(code) for code in ENTITY_LABELS} == {c: w.english for c, w in LABELS.items()}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "library.db"
    with Library(path) as library:
        result = library.pages.add("p.txt", Page([Article(title="一", body=[Block("paragraph", "赵晨然在北京。")])]))
        library.recognition.save([(result.article_ids[0], [Span(0, 3, "PER", "赵晨然"), Span(4, 6, "LOC", "北京")])])
    return path


@pytest.mark.parametrize("label", ["PER", "person", "People", "人名", "人物"])
def test_list_entity_filter_accepts_codes_and_words(capsys, db, label):
    assert main(["list", "--library", str(db), "--entity", f"{label}:赵晨然"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("1\t")


def test_list_entity_filter_accepts_a_full_width_colon(capsys, db):
    assert main(["list", "--library", str(db), "--entity", "地名：北京"]) == 0
    assert capsys.readouterr().out.startswith("1\t")


def test_list_with_an_unknown_label_is_an_error_naming_the_valid_ones(capsys, db):
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--library", str(db), "--entity", "someone:赵晨然"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown entity type 'someone'" in err and "PER (People, 人名" in err and "Traceback" not in err
