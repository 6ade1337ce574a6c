"""Re-parsing after corrections: a newer parser that cuts the page otherwise gets the user's corrections again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.model import Block, Page, PageMeta
from reader.parsing import parse_page

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"
RAW = SAMPLE.read_text(encoding="utf-8").replace("活动部署开展以来", "𠮷活动部署开展以来")


def newer_parser(text: str) -> Page:
    """A newer parser: it also cuts at the first sub-heading of each article, and reads «技能» as «技术»."""
    page = parse_page(text.replace("技能练兵", "技术练兵"))
    articles = []
    for article in page.articles:
        cut = next((i for i, b in enumerate(article.body) if i > 0 and b.kind == "subhead"), None)
        if cut is None:
            articles.append(article)
            continue
        head = replace(article, body=article.body[:cut], byline=None, byline_raw=None)
        head.lines = article.lines
        tail = replace(article, kicker=None, title=article.body[cut].text, subtitle=None, dateline=None,
                       body=article.body[cut + 1 :], captions=[])  # fmt: skip
        articles += [head, tail]
    return replace(page, articles=articles)


def test_corrections_come_back_after_a_newer_parser_and_the_report_names_the_one_that_cannot(lib):
    source = lib.pages.add("sample.txt", parse_page(RAW), raw_text=RAW)
    first, second, third, fourth = source.article_ids
    split = lib.corrections.split(first, lib.articles.body_text(first).index("“细”字当头"))
    annotation = lib.annotations.add_quote(split.focus, "科尔沁分局紧密结合", note="记")
    lib.corrections.edit_text(second, "title", "治安、刑事案件双下降")
    lib.corrections.delete(fourth)
    block = lib.articles.get(first).article.body[1].text
    lib.corrections.edit_text(first, "1", block.replace("技能练兵", "技能比武"))  # the newer parser reads this otherwise
    before = [s.title for s in lib.articles.summaries(lib.search.article_ids())]

    report = lib.reparse(newer_parser)

    titles = [s.title for s in lib.articles.summaries(lib.search.article_ids())]
    assert "“细”字当头 夯实责任高点谋划" in titles and "治安、刑事案件双下降" in titles
    assert "雪“警”增春色" not in titles  # still in the trash
    assert titles != before  # the newer parser's own cuts are there too
    assert report["corrections_applied"] == 3
    [failure] = report["corrections_failed"]
    assert "sample.txt" in failure and "技能练兵" in failure  # names the correction and what it looked for
    statuses = {c.kind + str(c.id): (c.status, bool(c.problem)) for c in lib.corrections.all()}
    assert list(statuses.values()) == [("applied", False), ("applied", False), ("applied", False), ("failed", True)]
    moved = lib.annotations.get(annotation.id)
    assert lib.articles.body_text(moved.article_id)[moved.start : moved.end] == "科尔沁分局紧密结合"

    # The parser of the corrections' own time takes them all again, the failed one included.
    report = lib.reparse(lambda text: parse_page(text))
    assert report["corrections_failed"] == [] and report["corrections_applied"] == 4
    assert all(c.status == "applied" for c in lib.corrections.all())
    assert [s.title for s in lib.articles.summaries(lib.search.article_ids())] == before


def _meta(page: str) -> PageMeta:
    return PageMeta(newspaper="内蒙古日报", date="2023-03-07", page=page, page_number=int(page),
                    origins={"newspaper": "import", "date": "import", "page": "import"})  # fmt: skip


HEAD = "草原巡护员的一天\n\n𠮷尼玛次仁是一名护林员，他每天都要巡山，\n一年要走坏三双鞋。\n（下转第2版）\n\n春季植树\n\n志愿者在河边植树三百棵。（记者 李华）\n"
CONTINUATION = "（上接第1版）\n草原巡护员的一天\n\n他说，草原就是他的家，守护草原就是守护\n家园。（记者 王明）\n"


def test_a_join_is_suggested_reads_as_one_and_survives_a_reparse_of_both_pages(lib):
    one = lib.pages.add("p1.txt", parse_page(HEAD), raw_text=HEAD, identity=[_meta("1")])
    two = lib.pages.add("p2.txt", parse_page(CONTINUATION), raw_text=CONTINUATION, identity=[_meta("2")])
    head, cont = one.article_ids[0], two.article_ids[0]
    [suggestion] = lib.corrections.join_suggestions(head)
    assert (suggestion.article_id, suggestion.page) == (cont, "2") and len(suggestion.reasons) == 2
    assert lib.corrections.join_suggestions(one.article_ids[1]) == []  # no jump line after it
    annotation = lib.annotations.add_quote(cont, "守护草原", tag="生态")
    lib.tags.add(cont, "续篇")
    lib.corrections.join(head, cont)
    joined = lib.articles.get(head).article
    assert [b.source for b in joined.body] == [None, two.source_id]
    assert joined.byline == "王明" and lib.search.article_ids("守护草原") == [head]
    assert lib.articles.ids_of_source(two.source_id) == []
    moved = lib.annotations.get(annotation.id)
    assert moved.article_id == head and joined.body_text[moved.start : moved.end] == "守护草原"
    assert "续篇" in [t.name for t in lib.tags.of_article(head)]
    # The continuation page's raw view shows its lines as the joined article's.
    lines = lib.corrections.page_lines(two.source_id)
    assert [(line.no, line.article_id) for line in lines if line.part == "body"] == [(3, head), (4, head)]

    report = lib.reparse(parse_page)
    assert report["corrections_failed"] == [] and lib.articles.get(head).article.body_text == joined.body_text
    assert lib.articles.ids_of_source(two.source_id) == []
    assert lib.annotations.get(annotation.id).article_id == head


def test_undo_of_a_join_gives_the_continuation_its_id_and_work_back(lib):
    one = lib.pages.add("p1.txt", parse_page(HEAD), raw_text=HEAD, identity=[_meta("1")])
    two = lib.pages.add("p2.txt", parse_page(CONTINUATION), raw_text=CONTINUATION, identity=[_meta("2")])
    head, cont = one.article_ids[0], two.article_ids[0]
    annotation = lib.annotations.add_quote(cont, "守护草原", tag="生态")
    receipt = lib.corrections.join(head, cont)
    lib.corrections.undo(receipt)
    assert lib.articles.ids_of_source(two.source_id) == [cont]
    assert lib.annotations.get(annotation.id).article_id == cont
    assert lib.articles.get(head).article.body == [Block("paragraph", "𠮷尼玛次仁是一名护林员，他每天都要巡山，一年要走坏三双鞋。")]
