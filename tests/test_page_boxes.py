"""An article's rectangles on its PDF page from the boxes of its lines: one per column run, a wide
headline on its own, short last lines inside their column; paragraph lines from body offsets."""

from reader.model import Article, Block, Box
from reader.page_boxes import article_regions, block_range_lines, lines_boxes, merge_boxes


def _column(x0, x1, top, lines, height=10.0, gap=2.0, last_short=True):
    boxes = []
    for n in range(lines):
        y1 = top - n * (height + gap)
        right = x0 + (x1 - x0) * 0.4 if last_short and n == lines - 1 else x1
        boxes.append(Box(0, x0, y1 - height, right, y1))
    return boxes


def test_a_headline_over_two_columns_stays_apart_from_the_columns_below():
    headline = [Box(0, 100, 780, 300, 800)]
    left = _column(100, 195, 770, 12)
    right = _column(205, 300, 770, 12)
    boxes = merge_boxes(headline + left + right)
    assert [(b.x0, b.x1) for b in boxes] == [(100, 300), (100, 195), (205, 300)]
    assert boxes[1].y1 == 770 and boxes[1].y0 == left[-1].y0  # the short last line is inside its column


def test_a_dateline_joins_the_column_not_the_wider_headline():
    headline = [Box(0, 100, 780, 300, 800), Box(0, 100, 756, 260, 776)]
    dateline = [Box(0, 100, 735, 160, 745)]
    boxes = merge_boxes(headline + dateline + _column(100, 195, 722, 8))
    assert [(b.x0, b.x1, b.y1) for b in boxes] == [(100, 300, 800), (100, 195, 745)]


def test_a_large_gap_starts_a_new_rectangle_and_none_boxes_are_skipped():
    boxes = merge_boxes(_column(100, 195, 700, 3) + [None] + _column(100, 195, 500, 3))
    assert [b.y1 for b in boxes] == [700, 500]
    assert merge_boxes([None]) == []


def test_the_lines_of_the_blocks_a_range_touches():
    article = Article(title="t", body=[Block("paragraph", "一二三", lines=(3, 4)), Block("paragraph", "四五", lines=(5,)),
                                       Block("paragraph", "六", lines=(7,), source=9)])  # fmt: skip
    assert block_range_lines(article, 1, 1) == {3, 4}  # the cursor in the first paragraph
    assert block_range_lines(article, 4, 4) == {5}
    assert block_range_lines(article, 2, 5) == {3, 4, 5}
    assert block_range_lines(article, 7, 7) == set()  # printed on another page
    line_boxes = [None] * 3 + _column(100, 195, 700, 3, last_short=False)
    assert len(lines_boxes(line_boxes, {3, 4, 5, 99})) == 1


def test_photos_go_with_the_article_holding_most_of_the_lines_they_were_read_with():
    line_boxes = _column(100, 195, 700, 4, last_short=False) + _column(205, 300, 700, 4, last_short=False)
    photo = Box(0, 100, 720, 300, 800)
    # After a split, article 2 holds three of the four lines the parse's first article had.
    regions = article_regions(line_boxes, {1: [0], 2: [1, 2, 3], 3: [4, 5, 6, 7]}, [(0, 1, 2, 3), (4, 5, 6, 7)],
                              [[photo], []])  # fmt: skip
    assert photo in regions[2] and photo not in regions[1] and photo not in regions[3]
    assert len(regions[1]) == 1 and len(regions[3]) == 1
