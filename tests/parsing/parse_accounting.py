"""Where every character of a page went: article fields, page captions or dropped lines."""

from collections import Counter

from reader.model import Page


def accounted_characters(page: Page) -> Counter:
    chars: Counter = Counter()
    for article in page.articles:
        # The byline (names only) is derived from byline_raw, which is what was printed.
        for field in (article.kicker, article.title, article.subtitle, article.dateline, article.byline_raw):
            chars.update(field or "")
        for block in article.body:
            chars.update(block.text)
        for caption in article.captions:
            chars.update(caption)
    for caption in page.page_captions:
        chars.update(caption)
    for dropped in page.dropped:
        chars.update(dropped.text)
    return _visible(chars)


def input_characters(text: str) -> Counter:
    return _visible(Counter(text))


def _visible(chars: Counter) -> Counter:
    return Counter({ch: n for ch, n in chars.items() if not ch.isspace()})
