"""Corrections applied to a page: each kind, its anchors by text, and what becomes of a page it no longer fits."""

from __future__ import annotations

import pytest

from reader.corrections import (
    Context, CorrectionError, apply_correction, apply_corrections, make_delete, make_drop_lines, make_edit_text,
    make_merge, make_restore_line, make_set_role, make_split, parse_part, proposed_title,
)  # fmt: skip
from reader.corrections.remap import Remap
from reader.model import Article, ArticleLines, Block, DroppedLine, Page


def _article(title, *blocks, byline=None, title_line=None, first_line=0):
    body, line = [], first_line
    for kind, text in blocks:
        body.append(Block(kind, text, (line,)))
        line += 1
    article = Article(title=title, byline=byline, body=body)
    article.lines = ArticleLines(title=(title_line,) if title_line is not None else ())
    return article


def _page():
    first = _article(
        "草原巡护", ("paragraph", "𠮷尼玛次仁是一名护林员。他每天巡山。"), ("subhead", "守护家园"),
        ("paragraph", "他说：“草原就是家。”"), title_line=0, first_line=1,
    )  # fmt: skip
    # The second half of a paragraph taken for a new article: its title is the paragraph's first line.
    second = _article("尼玛次仁负责巡护的区域面积约200平方", ("paragraph", "公里，每年走坏三双鞋。"), byline="王明",
                      title_line=4, first_line=5)  # fmt: skip
    third = _article("春季植树", ("paragraph", "志愿者在河边植树三百棵。"), title_line=6, first_line=7)
    return Page(articles=[first, second, third], dropped=[DroppedLine(8, "第3版", "page_number")])


def _titles(page):
    return [a.title for a in page.articles]


def test_split_at_a_subheading_makes_it_the_new_title_and_moves_the_byline():
    page = _page()
    page.articles[0].byline = "李华"
    at = page.articles[0].body_text.index("守护家园")
    title, from_text = proposed_title(page, 0, at)
    assert (title, from_text) == ("守护家园", True)
    outcome = apply_correction(page, make_split(page, 0, at))
    assert outcome.status == "applied"
    assert _titles(outcome.page) == ["草原巡护", "守护家园", "尼玛次仁负责巡护的区域面积约200平方", "春季植树"]
    first, new = outcome.page.articles[:2]
    assert first.body_text == "𠮷尼玛次仁是一名护林员。他每天巡山。" and new.body_text == "他说：“草原就是家。”"
    assert (first.byline, new.byline) == (None, "李华")  # printed at the end, which the new part holds
    assert new.lines.title == (2,)
    # The new article is new; the old one keeps its identity; the text after the cut moved.
    assert [o.primary for o in outcome.origins[:2]] == [0, None]
    mapped = Remap(outcome.origins).span(0, at + 5, at + 7)  # «他说» after «守护家园\n»
    assert (mapped.index, mapped.start, mapped.end) == (1, 0, 2)


def test_split_inside_a_paragraph_needs_a_title_and_cuts_the_block():
    page = _page()
    at = page.articles[0].body_text.index("他每天")
    title, from_text = proposed_title(page, 0, at)
    assert not from_text and title == "他每天巡山"
    with pytest.raises(CorrectionError, match="does not start with a headline"):
        make_split(page, 0, at, title_from_text=True)
    outcome = apply_correction(page, make_split(page, 0, at, title="巡山"))
    assert outcome.page.articles[0].body_text == "𠮷尼玛次仁是一名护林员。"
    assert outcome.page.articles[1].title == "巡山" and outcome.page.articles[1].body[0].text == "他每天巡山。"


@pytest.mark.parametrize("at", [0, -1, 10_000])
def test_split_refuses_an_offset_with_no_text_on_one_side(at):
    page = _page()
    with pytest.raises(CorrectionError, match="outside the article's text"):
        make_split(page, 0, at)


def test_merge_joins_a_false_headline_to_the_paragraph_it_began():
    page = _page()
    outcome = apply_correction(page, make_merge(page, 0, 1, headline="body"))
    assert _titles(outcome.page) == ["草原巡护", "春季植树"]
    merged = outcome.page.articles[0]
    assert merged.body[-1].text == "尼玛次仁负责巡护的区域面积约200平方公里，每年走坏三双鞋。"
    assert merged.byline == "王明" and merged.body[-1].lines == (4, 5)
    assert outcome.origins[0].contributors == (0, 1)
    # The second article's text follows it into the merged one.
    start = page.articles[1].body_text.index("三双鞋")
    mapped = Remap(outcome.origins).span(1, start, start + 3)
    assert merged.body_text[mapped.start : mapped.end] == "三双鞋"


@pytest.mark.parametrize("mode, last_blocks, dropped", [
    ("subhead", [("subhead", "尼玛次仁负责巡护的区域面积约200平方"), ("paragraph", "公里，每年走坏三双鞋。")], []),
    ("drop", [("paragraph", "公里，每年走坏三双鞋。")], [(4, "false_headline")]),
])  # fmt: skip
def test_merge_keeps_the_headline_as_a_subheading_or_drops_it(mode, last_blocks, dropped):
    page = _page()
    outcome = apply_correction(page, make_merge(page, 1, 0, headline=mode))
    blocks = [(b.kind, b.text) for b in outcome.page.articles[0].body]
    assert blocks[-len(last_blocks) :] == last_blocks
    assert [(d.line_no, d.reason) for d in outcome.page.dropped if d.reason != "page_number"] == dropped


def test_merge_refuses_articles_that_are_not_neighbours():
    with pytest.raises(CorrectionError, match="not next to each other"):
        make_merge(_page(), 0, 2)


def test_roles_move_text_between_body_headline_and_captions_without_losing_any():
    page = _page()
    outcome = apply_correction(page, make_set_role(page, 0, ("body", 1), "title"))
    article = outcome.page.articles[0]
    assert article.title == "守护家园" and article.body[0] == Block("subhead", "草原巡护")  # the old title, kept
    page = outcome.page
    outcome = apply_correction(page, make_set_role(page, 0, ("body", 0), "kicker"))
    assert outcome.page.articles[0].kicker == "草原巡护"
    page = outcome.page
    outcome = apply_correction(page, make_set_role(page, 0, ("kicker", None), "paragraph"))
    assert outcome.page.articles[0].kicker is None and outcome.page.articles[0].body[0].text == "草原巡护"
    page = outcome.page
    outcome = apply_correction(page, make_set_role(page, 0, ("body", 2), "caption"))
    assert outcome.page.articles[0].captions == ["他说：“草原就是家。”"]


def test_a_role_that_does_not_fit_is_refused():
    page = _page()
    long = _article("长", ("paragraph", "很" * 150))
    with pytest.raises(CorrectionError, match="a title is a line or two"):
        make_set_role(Page([long]), 0, ("body", 0), "title")
    with pytest.raises(CorrectionError, match="subhead already"):
        make_set_role(page, 0, ("body", 1), "subhead")
    with pytest.raises(CorrectionError, match="has no block 9"):
        make_set_role(page, 0, ("body", 9), "paragraph")
    with pytest.raises(CorrectionError, match="is not a role"):
        make_set_role(page, 0, ("body", 0), "sidebar")
    with pytest.raises(CorrectionError, match="names no part"):
        parse_part("headline")


def test_furniture_drops_a_block_and_restoring_puts_the_line_back_where_it_stood():
    page = _page()
    outcome = apply_correction(page, make_set_role(page, 0, ("body", 1), "furniture"))
    assert [b.text for b in outcome.page.articles[0].body] == ["𠮷尼玛次仁是一名护林员。他每天巡山。", "他说：“草原就是家。”"]
    assert (2, "furniture_by_user") in [(d.line_no, d.reason) for d in outcome.page.dropped]
    page = outcome.page
    outcome = apply_correction(page, make_restore_line(page, 2))
    assert [b.text for b in outcome.page.articles[0].body][1] == "守护家园"  # between lines 1 and 3
    assert 2 not in [d.line_no for d in outcome.page.dropped]
    with pytest.raises(CorrectionError, match="was not dropped"):
        make_restore_line(outcome.page, 2)


def test_dropping_a_line_cuts_its_text_out_of_a_paragraph():
    article = Article(title="题", body=[Block("paragraph", "第一行文字。本报地址：某街1号第二行文字。", (1, 2, 3))])
    article.lines = ArticleLines(title=(0,))
    page = Page([article])
    correction = make_drop_lines(page, [(2, " 本报地址：某街1号 ")])
    outcome = apply_correction(page, correction)
    assert outcome.page.articles[0].body[0].text == "第一行文字。第二行文字。"
    assert outcome.page.articles[0].body[0].lines == (1, 3)
    with pytest.raises(CorrectionError, match="is in no article"):
        make_drop_lines(page, [(7, "x")])


def test_editing_text_marks_the_edited_piece_and_shifts_what_follows():
    page = _page()
    text = page.articles[0].body[0].text
    correction = make_edit_text(page, 0, ("body", 0), text.replace("护林员", "护林队员"))
    assert (correction.data["old"], correction.data["new"]) == ("", "队")
    outcome = apply_correction(page, correction)
    assert outcome.page.articles[0].body[0].text == "𠮷尼玛次仁是一名护林队员。他每天巡山。"
    remap = Remap(outcome.origins)
    old = page.articles[0].body_text
    after = remap.span(0, old.index("巡山"), old.index("巡山") + 2)
    assert not after.edited and outcome.page.articles[0].body_text[after.start : after.end] == "巡山"
    around = remap.span(0, old.index("护林员"), old.index("护林员") + 3)
    assert around.edited and outcome.page.articles[0].body_text[around.start : around.end] == "护林队员"
    with pytest.raises(CorrectionError, match="line break"):
        make_edit_text(page, 0, ("body", 0), "两\n行")
    with pytest.raises(CorrectionError, match="the text it has already"):
        make_edit_text(page, 0, ("title", None), "草原巡护")


def test_delete_removes_the_article_and_names_it():
    page = _page()
    outcome = apply_correction(page, make_delete(page, 2))
    assert _titles(outcome.page) == ["草原巡护", "尼玛次仁负责巡护的区域面积约200平方"] and outcome.removed == [2]


def test_join_appends_the_continuation_marked_with_its_page():
    from reader.corrections import draft_article, make_join

    head, other = _page(), Page([_article("草原巡护", ("paragraph", "（续）他已巡护十八年。"), byline="赵晨")])
    correction = make_join(head, 0, other, 0, 42, same_page=False)
    cont = draft_article(other.articles[0], "continuation")
    outcome = apply_correction(head, correction, ctx=Context(7, lambda *_: cont))
    joined = outcome.page.articles[0]
    assert [b.source for b in joined.body] == [None, None, None, 42]  # the same title is not repeated
    assert joined.byline == "赵晨" and "continuation" in outcome.origins[0].contributors
    on_other = apply_correction(other, correction, ctx=Context(42))
    assert on_other.page.articles == [] and on_other.removed == [0]


def test_a_newer_parse_with_other_spacing_and_cuts_takes_the_corrections_again():
    page = _page()
    split = make_split(page, 0, page.articles[0].body_text.index("守护家园"))
    after_split = apply_correction(page, split).page
    merge = make_merge(after_split, 1, 2)  # the false headline back into the part before it
    # The newer parser already cuts at the sub-heading, spaces numbers, and numbers its articles otherwise.
    newer = Page([
        _article("导读", ("paragraph", "本版要目。")),
        _article("草原巡护", ("paragraph", "𠮷尼玛次仁是一名护林员。他每天巡山。")),
        _article("守护家园", ("paragraph", "他说：“草原就是家。”")),
        _article("尼玛次仁负责巡护的区域面积约 200 平方", ("paragraph", "公里，每年走坏三双鞋。"), byline="王明"),
    ])  # fmt: skip
    gone = make_delete(page, 2)
    corrected, results = apply_corrections(newer, [(1, split), (2, merge), (3, gone)])
    statuses = {cid: status for cid, status, _problem in results}
    assert statuses == {1: "already", 2: "applied", 3: "failed"}
    assert "春季植树" in results[2][2]  # the report names what it looked for
    assert _titles(corrected) == ["导读", "草原巡护", "守护家园"]
    # (The merge found its articles in spite of the spaces the newer parser leaves in the title.)
    assert corrected.articles[2].body[-1].text == "尼玛次仁负责巡护的区域面积约 200 平方公里，每年走坏三双鞋。"


def test_a_line_inside_a_paragraph_gets_a_role_of_its_own():
    from reader.corrections import make_line_role

    article = Article(title="题", body=[Block("paragraph", "第一行文字。2021年工作综述第三行文字。", (1, 2, 3))])
    article.lines = ArticleLines(title=(0,))
    page = Page([article])
    outcome = apply_correction(page, make_line_role(page, 2, " 2021年工作综述 ", "subtitle"))
    corrected = outcome.page.articles[0]
    assert corrected.subtitle == "2021年工作综述" and corrected.lines.subtitle == (2,)
    assert [(b.text, b.lines) for b in corrected.body] == [("第一行文字。", (1,)), ("第三行文字。", (3,))]
    outcome = apply_correction(page, make_line_role(page, 2, "2021年工作综述", "subhead"))
    assert [b.kind for b in outcome.page.articles[0].body] == ["paragraph", "subhead", "paragraph"]
    with pytest.raises(CorrectionError, match="is in no article"):
        make_line_role(page, 9, "x", "title")
    with pytest.raises(CorrectionError, match="headline or caption line"):
        make_line_role(page, 0, "题", "kicker")
