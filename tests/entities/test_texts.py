"""Offsets, odd inputs, batching and the user's dictionary."""

from reader.entities.segment import sentences
from reader.model import ENTITY_LABELS


def _check_spans(text, spans):
    last_end = 0
    for s in spans:
        assert s.label in ENTITY_LABELS
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.start >= last_end, "spans must be sorted and must not overlap"
        last_end = s.end


def test_character_outside_the_bmp_keeps_offsets_right(recogniser):
    text = "𠮷😀民警赵晨然于2月6日来到呼和浩特市。"
    spans = recogniser.recognise(text)
    _check_spans(text, spans)
    by_text = {s.text: s for s in spans}
    assert by_text["赵晨然"].start == 4  # two code points before 民警, not four UTF-16 units
    assert by_text["2月6日"].start == 8


def test_empty_text(recogniser):
    assert recogniser.recognise("") == []
    assert recogniser.recognise_many([]) == []
    assert recogniser.recognise_many(["", "\n\n"]) == [[], []]


def test_text_without_chinese(recogniser):
    text = "Call 110 now. Version 3C, G305, 2024-02-15 (no Chinese at all) 😀"
    assert recogniser.recognise(text) == []


def test_very_long_text_is_cut_and_offsets_hold(recogniser):
    unit = "2月15日上午，包头市固阳县公安局民警赵晨然走访了8家企业。"
    filler = "这是一段没有标点的很长的文字" * 40  # forces cuts inside a sentence
    text = (unit + filler + "。\n") * 60
    spans = recogniser.recognise(text)
    _check_spans(text, spans)
    assert sum(1 for s in spans if s.text == "包头市固阳县公安局" and s.label == "ORG") == 60
    assert sum(1 for s in spans if s.text == "8家" and s.label == "NUM") == 60


def test_sentence_pieces_cover_the_text():
    text = "第一句。第二句！\n\n" + "长" * 500 + "，尾。"
    pieces = sentences(text, max_len=120)
    assert all(b - a <= 120 for a, b in pieces)
    covered = "".join(text[a:b] for a, b in pieces)
    assert covered == text.replace("\n", "")


def test_recognise_many_matches_recognise(recogniser):
    texts = ["民警李向东在赤峰市工作。", "", "2023年共有7000余人参加。", "No Chinese."]
    many = recogniser.recognise_many(texts)
    assert many == [recogniser.recognise(t) for t in texts]


def test_user_terms_are_found_again_and_win(recogniser):
    text = "红山中队民警在大学城路口执勤，红山中队受到表扬。"
    terms = {"红山中队": "ORG", "大学城路口": "LOC"}
    spans = recogniser.recognise(text, user_terms=terms)
    _check_spans(text, spans)
    got = [(s.text, s.label) for s in spans]
    assert got.count(("红山中队", "ORG")) == 2
    assert ("大学城路口", "LOC") in got


def test_user_term_overrides_an_overlapping_automatic_span(recogniser):
    text = "包头市固阳县公安局组织培训。"
    auto = {(s.text, s.label) for s in recogniser.recognise(text)}
    assert ("包头市固阳县公安局", "ORG") in auto
    spans = recogniser.recognise(text, user_terms={"固阳县": "LOC"})
    got = {(s.text, s.label) for s in spans}
    assert ("固阳县", "LOC") in got
    assert ("包头市固阳县公安局", "ORG") not in got
    _check_spans(text, spans)


def test_user_terms_with_unknown_labels_are_ignored(recogniser):
    assert recogniser.recognise("某某某", user_terms={"某某某": "THING", "": "PER"}) == []


def test_lone_surrogates_and_control_characters_do_not_break_it(recogniser):
    text = "\ud800民警李向东\x00在赤峰市\u2028工作。\udfff"
    spans = recogniser.recognise(text)
    _check_spans(text, spans)
    assert ("李向东", "PER") in {(s.text, s.label) for s in spans}
