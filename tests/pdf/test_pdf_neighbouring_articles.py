"""What belongs to which of two articles set close together: kickers of headlines side by side,
the columns of a row under headlines of different heights, the last lines of columns at the
foot of the page.  (Hand-made lines; the figures are those of composed pages where the
layout reader went wrong.)"""

import pytest

from reader.pdf.bands import find_bands
from reader.pdf.extract import Glyph
from reader.pdf.grid import Grid
from reader.pdf.headlines import Headline, build_headlines
from reader.pdf.lines import build_lines, join_pieces
from reader.pdf.regions import assign
from reader.pdf.segments import Segment


def lines_of(text: str, x: float, base: float, size: float = 10.0, font: str = "Ming"):
    out, at = [], x
    for ch in text:
        if ch != " ":
            out.append(Glyph(ch, at, base - 0.12 * size, at + size, base + 0.88 * size, base, size, font, False, 0.0))
        at += size if ch != " " else 0.5 * size
    return build_lines(out)


def rows(spec) -> list:
    return [l for text, x, base, size, font in spec for l in lines_of(text, x, base, size, font)]


def _by_title(heads) -> dict[str, list[str]]:
    return {h.title[0].text: [l.text for l in h.kicker] for h in heads}


def test_a_kicker_beyond_a_column_rule_is_the_other_headlines():
    # A kicker wrapped over two lines (its last character alone under it) over a small title,
    # and beyond the column rule, on nearly its baseline, the kicker of a big title beside.
    lines = rows([("根河市白音苏木法院深化诉源治", 174.0, 407.9, 9.2, "Kai"), ("理", 234.0, 396.6, 9.2, "Kai"),
                  ("诉讼服务跑出加速度", 179.4, 379.5, 12.3, "Hei"), ("走进拉孜县东风苏木看新变化", 317.1, 406.8, 10.4, "Kai"),
                  ("牧区防疫不松劲", 317.1, 374.0, 24.7, "Hei"), ("随着气温回升鄂尔多斯市", 317.1, 340.0, 9.5, "Ming")])
    heads, _ = build_headlines(lines, 9.5, "Ming", None, [(309.8, 76.1, 310.6, 416.4)])
    assert _by_title(heads) == {"诉讼服务跑出加速度": ["根河市白音苏木法院深化诉源治", "理"],
                                "牧区防疫不松劲": ["走进拉孜县东风苏木看新变化"]}


def test_a_line_beside_a_kicker_already_taken_is_no_second_kicker_line():
    # No rule this time: the small title's kicker, wrapped, stands beside the big title's
    # kicker, a little higher than its foot; it reaches within a title size of the big title.
    lines = rows([("和龙市新华镇法院深化诉源治", 296.1, 570.8, 9.2, "Kai"), ("绿水青山就是金山银山", 563.3, 569.7, 10.4, "Kai"),
                  ("理", 351.5, 559.5, 9.2, "Kai"), ("乌审旗人民医院全力开展环境质量持续改善工作", 428.9, 548.1, 16.3, "Hei"),
                  ("为农民工讨回血汗钱", 301.2, 544.3, 12.2, "Hei"), ("——鹤庆县治沙模式创新侧记", 550.7, 530.0, 10.0, "Kai"),
                  ("本报讯（记者万子亚 通", 314.8, 524.6, 9.5, "Ming")])
    heads, _ = build_headlines(lines, 9.5, "Ming")
    assert _by_title(heads) == {"为农民工讨回血汗钱": ["和龙市新华镇法院深化诉源治", "理"],
                                "乌审旗人民医院全力开展环境质量持续改善工作": ["绿水青山就是金山银山"]}


def _columns_to_the_foot(last_rows) -> list:
    """Four justified columns of 9 pt type down to 98 pt from the foot of the page, then the
    given rows; the footer under them."""
    lefts = (54.5, 256.3, 458.1, 659.8)
    body = [l for x in lefts for k in range(70) for l in lines_of("草原生态保护补助奖励政策落实到位", x, 98.0 + 12.6 * k, 9.0, "Ming")
            if not (x == 54.5 and k == 0) and not (x == 659.8 and k == 0)]
    footer = lines_of("责任编辑：冯凤卫", 54.5, 29.3, 7.1) + lines_of("第B08版", 438.5, 29.3, 8.6)
    return body + rows(last_rows) + footer


@pytest.mark.parametrize("last_rows", [
    [  # Column 0: a paragraph's indented first line, its last line ending where it starts.
        ("据统计课后服务实现了义务教育学校全覆", 72.5, 98.0, 9.0, "Ming"), ("盖。", 54.5, 85.4, 9.0, "Ming"),
        ("万元肉羊良种覆盖率提高到百分之四十九。", 256.3, 85.4, 9.0, "Ming"),
        ("群众满意度不断提升。", 458.1, 85.4, 9.0, "Ming"),
        # Column 3: a paragraph opening under a sub-heading, its second line the column's last.
        ("物流成本下降", 659.8, 110.6, 9.0, "Hei"), ("慕容德海告诉记者今年的工作重点", 677.8, 98.0, 9.0, "Ming"),
        ("落实。另外形成了齐抓共管的良好局面。", 659.8, 85.4, 9.0, "Ming")],
    [  # Column 0 ends a line lower than the others; column 3's article ends in a bracketed
       # byline set flush right under its short last line.
        ("草原生态保护补助奖励政策落实到位", 54.5, 98.0, 9.0, "Ming"), ("民拉巴次仁一边检修农机一边说。", 54.5, 85.4, 9.0, "Ming"),
        ("得实在的成果。", 659.8, 98.0, 9.0, "Ming"), ("（乌日娜 苏然菊）", 732.8, 84.3, 9.0, "Ming")],
])
def test_last_lines_of_columns_at_the_foot_of_the_page_are_no_footer(last_rows):
    bands = find_bands(_columns_to_the_foot(last_rows), [], 1239.9, 9.0, 144.0)
    assert [l.text for l in bands.footer] == ["责任编辑：冯凤卫", "第B08版"]


def _segment(text: str, x: float, top_base: float, n: int, size: float = 10.5) -> Segment:
    lines = [l for k in range(n) for l in lines_of(text, x, top_base - 1.4 * size * k, size)]
    return Segment(lines, min(l.x0 for l in lines), max(l.x1 for l in lines))


def test_an_article_does_not_widen_across_a_column_another_headline_stands_over():
    # Five columns.  A wide title over columns 1-2 (reaching a point into column 3) heads an
    # article whose first row runs on over columns 1-4; columns 3-4 above it belong to the
    # article over them.  A title in column 0, lower than the wide one, heads its own column
    # at the level of that first row.
    grid = Grid([33.0, 191.0, 350.0, 509.0, 667.0], [174.0, 332.0, 491.0, 650.0, 808.0])
    top = Headline(title=lines_of("护林员的坚守岗位", 509.0, 1060.0, 22.0, "Hei"))
    wide = Headline(title=lines_of("直播间卖出牧区", 192.0, 705.0, 45.0, "Hei"))
    low = Headline(title=lines_of("巡回法庭开进牧区", 33.0, 640.0, 15.0, "Hei"))
    top_cols = [_segment("十一月六日雷山县应急管", x, 1040.0, 20) for x in (509.0, 667.0)]
    row = [_segment("本报讯记者雷欣民二月六", x, 632.0, 9) for x in (191.0, 350.0, 509.0, 667.0)]
    low_col = _segment("十二月三日黎平县第二小", 33.0, 620.0, 35)
    regions = assign([top, wide, low], top_cols + row + [low_col], [], [], 10.5, set(), grid)

    def owner(segment) -> str:
        return next(r.headline.title[0].text for r in regions if any(i.segment is segment for i in r.items))

    assert [owner(s) for s in row] == ["直播间卖出牧区"] * 4
    assert [owner(s) for s in top_cols] == ["护林员的坚守岗位"] * 2 and owner(low_col) == "巡回法庭开进牧区"


def test_a_footer_of_two_pieces_as_wide_as_a_column_is_a_band():
    # «编辑：陆学丹　组版：格桑卓玛» at the left margin, a hair smaller than the body: its two
    # pieces, an em apart, span a column's width to half a point, edge to edge with the
    # column over it; justified running text never leaves such a gap.
    lefts = (48.8, 178.6, 308.4, 438.2, 568.0)
    body = [l for x in lefts for k in range(80) for l in lines_of("草原生态保护补助奖励政策", x, 68.2 + 10.5 * k, 8.5, "Ming")]
    for line in body:
        line.x1 = line.x0 + 117.0  # justified to the column's width
    footer = lines_of("编辑：陆学丹", 48.8, 38.6, 8.3) + lines_of("组版：格桑卓玛", 107.1, 38.6, 8.3)
    lines = join_pieces(sorted(body + footer, key=lambda l: (-l.base, l.x0)), 117.0, 8.5)
    bands = find_bands(lines, [], 1227.4, 8.5, 117.0)
    assert [l.text for l in bands.footer] == ["编辑：陆学丹 组版：格桑卓玛"]


def test_a_line_run_off_the_page_does_not_move_its_margin():
    # A footer set flush right at the right margin, and high on the page a byline run past
    # the page's right edge.
    lefts = (54.2, 204.9, 355.6, 506.3, 657.0, 807.6)
    body = [l for x in lefts for k in range(90) for l in lines_of("草原生态保护补助", x, 77.4 + 15.2 * k, 10.5, "Ming")]
    byline = lines_of("本报通讯员 郝凤梅 通讯员 潘平 通讯员 雷娟桐", 807.6, 1283.0, 11.3, "Kai")
    footer = lines_of("责任编辑:梁振英 版式:拉巴次仁 校对:唐东霞", 772.2, 28.4, 8.5)
    footer[0].x1 = 891.7  # the right margin, where the last column ends
    bands = find_bands(body + byline + footer, [], 1376.4, 10.5, 84.0, width=1000.0)
    assert [l.text for l in bands.footer] == ["责任编辑:梁振英 版式:拉巴次仁 校对:唐东霞"]


def _row_of_two(byline_x: float, byline_base: float, right_title_x: float, grid: Grid, body_top: dict[int, float]):
    """Two headlines on one row and a byline under them between their titles; the columns'
    first lines at ``body_top`` (column -> baseline), the first line of each indented."""
    # The left-hand title stands a hair higher: it is taken first.
    left = Headline(title=lines_of("东胜区供销合作社全力开展工作", grid.lefts[0] + 9.0, 1352.6, 16.6, "Hei"))
    right = Headline(title=lines_of("破获一起跨省盗窃案", right_title_x, 1347.8, 21.3, "Hei"))
    byline = _segment("通讯员 上官欣庆", byline_x, byline_base, 1, 10.6)
    columns = [_segment("随着气温回升萨迦县各地陆续进入接", grid.lefts[k], base, 20, 9.5) for k, base in sorted(body_top.items())]
    for column in columns:
        column.lines[0].x0 += 19.0  # an indented first line opens each paragraph
    regions = assign([left, right], [byline] + columns, [], [], 9.5, {id(byline)}, grid)

    def owner(segment) -> str:
        return next(r.headline.title[0].text for r in regions if any(i.segment is segment for i in r.items))

    return owner(byline), [owner(c) for c in columns]


def test_a_column_a_byline_heads_flush_left_starts_the_next_article():
    # The right-hand title is centred over columns 2-4; column 2 opens with its byline, set
    # flush left, level with the left-hand article's first row.
    grid = Grid([30.3, 220.8, 411.4, 602.0, 792.5], [207.5, 398.0, 589.0, 779.5, 970.0])
    byline, columns = _row_of_two(411.4, 1327.4, 594.6, grid, {0: 1333.1, 1: 1333.1, 2: 1301.2, 3: 1301.2, 4: 1301.2})
    assert byline == "破获一起跨省盗窃案"
    assert columns == ["东胜区供销合作社全力开展工作"] * 2 + ["破获一起跨省盗窃案"] * 3


def test_a_byline_set_flush_right_under_a_headline_ends_its_article():
    # The same row, but the byline is set flush right at the end of column 2, under the
    # left-hand headline beside its title: column 2 is that article's last.
    grid = Grid([30.3, 220.8, 411.4, 602.0, 792.5], [207.5, 398.0, 589.0, 779.5, 970.0])
    byline, columns = _row_of_two(589.0 - 8.5 * 10.6, 1333.1, 640.0, grid, {0: 1311.1, 1: 1311.1, 2: 1311.1, 3: 1318.1, 4: 1318.1})
    assert byline == "东胜区供销合作社全力开展工作"
    assert columns == ["东胜区供销合作社全力开展工作"] * 3 + ["破获一起跨省盗窃案"] * 2
