"""Two articles read as one, or one article's text given to another: the geometry behind each.
(Hand-made lines; the figures are those of composed tuning pages where the layout reader
merged articles.)"""

from reader.pdf.extract import Glyph
from reader.pdf.grid import Grid
from reader.pdf.headlines import Headline, build_headlines
from reader.pdf.lines import build_lines
from reader.pdf.photos import Photo
from reader.pdf.regions import assign
from reader.pdf.segments import Segment, build_segments


def glyphs_of(text: str, x: float, base: float, size: float, font: str = "Ming", advance: float | None = None) -> list[Glyph]:
    out, at = [], x
    for ch in text:
        if ch != " ":
            out.append(Glyph(ch, at, base - 0.12 * size, at + size, base + 0.88 * size, base, size, font, False, 0.0))
        at += (advance or size) if ch != " " else 0.3 * size
    return out


def lines_of(text: str, x: float, base: float, size: float = 10.0, font: str = "Ming"):
    return build_lines(glyphs_of(text, x, base, size, font))


def column(text: str, x: float, top_base: float, n: int, size: float = 10.0) -> Segment:
    lines = [l for k in range(n) for l in lines_of(text, x, top_base - 1.4 * size * k, size)]
    return Segment(lines, min(l.x0 for l in lines), max(l.x1 for l in lines))


def owners(regions) -> dict[int, str | None]:
    """id(segment) -> the title of the headline whose region holds it."""
    return {id(i.segment): (r.headline.title[0].text if r.headline else None) for r in regions for i in r.items if i.segment}


def test_titles_side_by_side_across_a_column_rule_are_two_headlines():
    # Two two-part titles on one baseline, a third of an em apart across the column rule
    # between their articles (split_at_rules cut the row there).
    lines = (lines_of("书香飘满边城", 55.8, 617.2, 17.4, "Hei") + lines_of("非遗技艺焕发新光彩", 191.4, 617.2, 17.4, "Hei")
             + lines_of("接羔季里的牧民新生活", 357.9, 617.2, 17.4, "Hei") + lines_of("草畜平衡护草原", 549.8, 617.2, 17.4, "Hei"))
    heads, _ = build_headlines(lines, 8.5, "Ming", None, [(352.5, 419.2, 353.3, 633.0)])
    assert sorted(" ".join(l.text for l in h.title) for h in heads) == sorted(["书香飘满边城 非遗技艺焕发新光彩", "接羔季里的牧民新生活 草畜平衡护草原"])


def test_a_byline_overprinted_on_the_next_columns_first_line_is_a_line_of_its_own():
    # A byline too long for its column runs into the next column's first line, on its
    # baseline to a third of a point, its last character over two fifths of the first one
    # there; the byline is printed apart from the column's text, in another face and size.
    body = glyphs_of("当地将进一步完善工作机制，", 167.4, 1057.3, 9.5, "Ming", advance=8.8)
    byline = glyphs_of("见习记者 杨欣楠 通讯员 吕梅华", 36.6, 1057.0, 9.7, "Hei")
    assert byline[-1].x1 - body[0].x0 > 0.4 * 9.5  # the figures of the page
    lines = build_lines(body + byline)
    assert sorted(l.text for l in lines) == ["当地将进一步完善工作机制，", "见习记者 杨欣楠 通讯员 吕梅华"]


def test_a_short_column_the_grid_misses_stays_with_the_article_over_it():
    # Four columns under a wide title, the fourth headed by a photo so that few lines are
    # left in it: the page's grid (read from the lines most columns share) has no column
    # there, and the nearest grid column is the article's beside it across the page.
    grid = Grid([36.0, 167.0, 298.0, 559.0, 690.0], [151.0, 282.0, 413.0, 674.0, 805.0])
    left = Headline(title=lines_of("肃州区乌兰牧骑扎实推进赛场精彩纷呈工作", 36.6, 1068.0, 25.0, "Hei"))
    right = Headline(title=lines_of("黑土地上的科技春耕", 559.8, 1080.0, 12.0, "Hei"))
    photo = Photo(429.0, 820.0, 543.8, 1044.2)
    left_cols = [column("新华社昆明一月十八日电记者", x, 1035.0, 27, 9.5) for x in (36.6, 167.4, 298.2)]
    short = column("开花。截至目前有效解决了群", 429.0, 786.0, 8, 9.5)
    right_cols = [column("赤峰讯二月九日记者走进达", x, 1060.0, 60, 9.5) for x in (559.8, 690.6)]
    regions = assign([left, right], left_cols + [short] + right_cols, [photo], [], 9.5, set(), grid)
    got = owners(regions)
    title = "肃州区乌兰牧骑扎实推进赛场精彩纷呈工作"
    assert got[id(short)] == title and all(got[id(s)] == title for s in left_cols)
    assert all(got[id(s)] == "黑土地上的科技春耕" for s in right_cols)


def test_a_byline_run_over_the_gutter_does_not_take_the_next_columns_last_line():
    # An article in two columns under a byline run on over both: the second column's short
    # last line, on the baseline of a line of the first column, stays in the second column.
    size = 10.5
    lines = lines_of("特约记者卢凤金通讯员傅芳龙通讯员王千一", 594.9, 582.0, size)
    lines += lines_of("五月五日阿巴嘎旗消防", 590.7, 561.1, size)
    lines += [l for k in range(1, 9) for l in lines_of("防救援大队组织开展夜间", 569.7, 561.1 - 14.0 * k, size)]
    lines += [l for k in range(2) for l in lines_of("前取得了良好的社会效果辖", 702.9, 561.1 - 14.0 * k, size)]
    last = lines_of("下降六个百分点。", 702.9, 533.1, size)
    segments = build_segments(lines + last, size, [], 126.0)
    second = next(s for s in segments if s.lines[0].text == "前取得了良好的社会效果辖")
    assert last[0] in second.lines
    assert not any("下降" in l.text for s in segments if s is not second for l in s.lines)


def test_a_headline_over_a_photo_keeps_the_text_under_it_from_a_headline_beside():
    # A centred title over a photo across columns 2-3; the article's text starts under the
    # photo, with a byline, level with the first row of a title over columns 0-1 whose top
    # the photo reaches down to.
    grid = Grid([43.0, 174.0, 305.0, 436.0, 566.0, 697.0], [166.0, 297.0, 427.0, 558.0, 689.0, 820.0])
    photo_head = Headline(title=lines_of("强降雪来袭", 361.8, 760.0, 28.0, "Hei") + lines_of("各方全力应对", 347.8, 714.0, 28.0, "Hei"))
    beside = Headline(title=lines_of("蓝天保卫战交出优异答卷", 49.5, 514.1, 13.3, "Hei") + lines_of("湿地迎来候鸟归", 198.1, 514.1, 13.3, "Hei"))
    photo = Photo(305.2, 525.4, 558.8, 698.4)
    own = [column("本报讯记者八月十二日", x, 498.2, 30) for x in (44.0, 174.0)]
    byline = Segment(lines_of("本报通讯员 林菊", 305.2, 506.0, 10.0, "Kai"), 305.2, 386.2)
    under = [column("据霍城县人民检察院消息", 305.2, 491.6, 30), column("一线观察道路保通保畅", 436.0, 505.9, 30)]
    regions = assign([photo_head, beside], own + [byline] + under, [photo], [], 10.0, {id(byline)}, grid)
    got = owners(regions)
    assert [got[id(s)] for s in [byline] + under] == ["强降雪来袭"] * 3
    assert [got[id(s)] for s in own] == ["蓝天保卫战交出优异答卷"] * 2
