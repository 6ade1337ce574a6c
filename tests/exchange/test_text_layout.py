"""Article text in a `.qdpx` and the way positions move between it, reader's body and normal forms."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.exchange.import_mapping import place_passages
from reader.exchange.records import Passage
from reader.exchange.text_layout import ArticleText, WhitespaceMap, normalise, split_article_text


def test_body_offsets_move_past_the_title_and_back():
    layout = ArticleText("𠮷野家", "😀正文第一段\n第二段")
    assert layout.text == "𠮷野家\n\n😀正文第一段\n第二段"
    assert layout.body_start == 5
    position = layout.source_position(1)
    assert layout.text[position : position + 2] == "正文"
    assert layout.body_offset(position) == 1
    assert layout.body_offset(2) is None and layout.body_offset(4) is None
    assert layout.body_offset(len(layout.text)) == len(layout.body)


def test_reader_texts_split_back_exactly_and_other_texts_by_first_line():
    assert split_article_text("标题\n\n正文\n\n下一段") == ArticleText("标题", "正文\n\n下一段")
    assert split_article_text("\r\n  标题 \r\n\r\n正文\r\n") == ArticleText("标题", "正文\r\n")
    assert split_article_text("只有一行") == ArticleText("只有一行", "")


_texts = st.text(alphabet=st.sampled_from(list("ab𠮷😀 \n\r\t\u3000字")), max_size=40)


@given(_texts)
def test_whitespace_map_normal_form_is_normalise(text):
    assert WhitespaceMap.of(text).normal == normalise(text)


@given(_texts, st.data())
def test_a_span_of_non_space_characters_maps_to_the_same_characters(text, data):
    mapping = WhitespaceMap.of(text)
    if not mapping.normal:
        return
    a = data.draw(st.integers(0, len(mapping.normal)))
    b = data.draw(st.integers(a, len(mapping.normal)))
    start, end = mapping.to_original(a), mapping.to_original(b, end=True)
    if a < b:
        assert normalise(text[start:end]) == mapping.normal[a:b].strip()
    back = mapping.to_normal(start)
    assert back == a


def test_passages_land_on_the_same_characters_of_a_differently_spaced_article():
    article = ArticleText("春耕忙", "𠮷野家门前排起长队。\n春耕时节，农民忙于播种。")
    source = "  春耕忙\r\n\r\n𠮷野家门前排起长队。\r\n\u3000\u3000春耕时节，农民忙于播种。\r\n"
    start = source.index("春耕时节")
    passages = [Passage(start, start + 4, "农业"), Passage(2, 5, "标题"), Passage(start - 2, start + 4, "空白")]
    placed, skipped = place_passages(source, article, passages, "s")
    assert [(article.body[p.start : p.end], p.tag) for p in placed] == [("春耕时节", "农业"), ("春耕时节", "空白")]
    assert len(skipped) == 1 and "title" in skipped[0].reason


def test_identical_text_keeps_positions_and_the_blank_line_after_the_title_is_not_title():
    article = ArticleText("题", "正文")
    placed, skipped = place_passages(article.text, article, [Passage(1, 5)], "s")
    assert [(p.start, p.end) for p in placed] == [(0, 2)] and skipped == []


def test_texts_that_differ_beyond_white_space_cannot_be_placed_on_each_other():
    import pytest

    with pytest.raises(ValueError):
        place_passages("标题\n\n别的正文", ArticleText("标题", "正文"), [], "s")
