"""ArticleDocument: body code-point offsets <-> document positions, block by block."""

from __future__ import annotations

import pytest

from reader.model import Article, Block
from reader.ui.article_document import ArticleDocument

ARTICLE = Article(
    title="标题😀",
    kicker="引题",
    body=[Block("paragraph", "𠮷一二"), Block("subhead", "😀小"), Block("paragraph", "行一\n行二𠮷尾")],
    captions=["图"],
)


@pytest.fixture
def layout(qapp):
    return ArticleDocument(ARTICLE, 14)


def test_every_body_offset_round_trips(layout):
    body = ARTICLE.body_text
    for cp in range(len(body) + 1):
        assert layout.to_body_offset(layout.to_position(cp)) == cp


def test_positions_point_at_the_same_characters(layout):
    body = ARTICLE.body_text
    document = layout.document
    for cp, char in enumerate(body):
        if char == "\n":
            continue  # the block boundary itself
        position = layout.to_position(cp)
        width = 2 if ord(char) > 0xFFFF else 1
        units = "".join(document.characterAt(position + i) for i in range(width))
        # characterAt yields UTF-16 units; a surrogate pair recombines into one character.
        text = units.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
        assert text == char, (cp, char)


def test_a_newline_inside_a_block_stays_one_block(layout):
    assert layout.document.blockCount() == 2 + 3 + 1  # kicker, title, body x3, caption
    assert layout.body_index(layout.first_body_block + 2) == 2


def test_positions_outside_the_body_map_to_none(layout):
    assert layout.to_body_offset(0) is None  # kicker
    last = layout.document.lastBlock()
    assert layout.to_body_offset(last.position()) is None  # caption


def test_article_without_body(qapp):
    layout = ArticleDocument(Article(title="只有标题"), 14)
    assert layout.body_block_count == 0
    assert layout.to_body_offset(0) is None

