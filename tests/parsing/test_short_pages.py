"""A short page gives the line model little context; its text still makes an article, not captions or furniture."""

import pytest

from reader.parsing import parse_page


@pytest.mark.parametrize(
    "raw, title, body",
    [
        ("草原巡护\n\n牧民们在草原上巡护。\n", "草原巡护", "牧民们在草原上巡护。"),
        ("另一版\n\n这是另一版的文字。\n", "另一版", "这是另一版的文字。"),
        ("这是一句没有标题的话。\n", "", "这是一句没有标题的话。"),
    ],
)
def test_a_short_page_is_one_article(raw, title, body):
    page = parse_page(raw)
    assert [(a.title, a.body_text) for a in page.articles] == [(title, body)]
    assert page.page_captions == [] and page.dropped == []


def test_a_page_of_only_furniture_and_captions_keeps_them_where_they_were():
    # The header band is read by the sorting step, before the model: it stays metadata.
    page = parse_page("2023年3月7日 星期二 责任编辑：刘某 第3版 综合新闻\n\n草原巡护\n\n牧民们在草原上巡护。\n")
    assert [d.reason for d in page.dropped] == ["metadata"]
    assert [a.title for a in page.articles] == ["草原巡护"]
