"""Text that runs on into its neighbour's space: a byline too long for its column printed over
the next column's first line or run up to it across the gutter, a byline under a headline
run on under the next headline.  The layout reader must still keep each line, column and
byline with its own article.  (Hand-made glyphs and lines; the figures are those of composed
pages where the reader went wrong.)"""

from reader.pdf.extract import Glyph
from reader.pdf.fields import _columns
from reader.pdf.grid import Grid
from reader.pdf.headlines import Headline
from reader.pdf.lines import build_lines
from reader.pdf.regions import Item, Region, assign
from reader.pdf.segments import Segment, build_segments


def glyphs(text: str, x: float, base: float, size: float = 10.0, *, font: str = "Ming") -> list[Glyph]:
    """One run of text printed in one go (its glyphs follow each other in the stream)."""
    out = []
    for ch in text:
        if ch != " ":
            out.append(Glyph(ch, x, base - 0.12 * size, x + size, base + 0.88 * size, base, size, font, False, 0.0))
        x += size if ch != " " else 0.5 * size
    return out


def texts(lines) -> list[str]:
    return sorted(l.text for l in lines)


def test_a_byline_printed_over_the_next_columns_first_line_is_a_line_of_its_own():
    # The next column's first line is printed first; the byline, printed later, runs from
    # column 3 over it (its glyphs fall between that line's glyphs, left to right).
    body = glyphs("向好，得到了社会各界的好评，", 569.3, 1088.9, 9.5)
    byline = glyphs("见习记者 崔春峰 通讯员 阿依古丽·吐尔逊", 435.9, 1088.7, 9.9, font="Kai")
    assert texts(build_lines(body + byline)) == sorted(["向好，得到了社会各界的好评，", "见习记者 崔春峰 通讯员 阿依古丽·吐尔逊"])


def test_a_byline_run_up_to_the_next_columns_line_in_another_face_is_a_line_of_its_own():
    # 2.5 pt (a quarter em) between the byline's end and the next column's first line: closer
    # than a gutter, but printed apart and in other faces.
    byline = glyphs("本报通讯员 郝兰 实习生 雷光秀", 661.0, 645.9, 10.31)
    body = glyphs("今年以来，肉羊良种覆盖率提", 812.8, 646.3, 10.0, font="Hei")
    assert texts(build_lines(body + byline)) == sorted(["本报通讯员 郝兰 实习生 雷光秀", "今年以来，肉羊良种覆盖率提"])


def test_lines_printed_apart_in_one_face_are_two_lines_a_third_of_an_em_apart():
    # The byline, 2 % larger than the body in the body's own face, ends 0.6 em short of the
    # next column's first line.
    byline = glyphs("见习记者 崔民光 通讯员 尼玛次仁", 662.0, 1319.9, 9.69, font="Kai")
    body = glyphs("机拍照留念。", 818.3, 1320.2, 9.5, font="Kai")
    assert texts(build_lines(body + byline)) == sorted(["机拍照留念。", "见习记者 崔民光 通讯员 尼玛次仁"])
    # Printed in one go, the same gap is a gap inside one line.
    one = glyphs("见习记者 崔民光 通讯员 尼玛次仁", 662.0, 1320.0, 9.5, font="Kai")
    one += glyphs("机拍照留念。", one[-1].x1 + 5.7, 1320.0, 9.5, font="Kai")
    assert len(build_lines(one)) == 1


def _columns_under_a_run_on_byline(byline: str, short: int = -1):
    """Columns 3 and 4 of a page, each line of column 4 set 0.2 pt higher than column 3's, under
    a byline that runs from column 3 over the head of column 4; column 4's line ``short`` ends
    a paragraph."""
    lines = build_lines(glyphs(byline, 435.9, 1088.7, 9.5))
    lines += [l for k in range(1, 8) for l in build_lines(glyphs("局成功调解一起持续三年", 435.9, 1088.7 - 12.1 * k, 9.5))]
    lines += [l for k in range(0, 8)
              for l in build_lines(glyphs("发放宣传资料件。" if k == short else "执行到位金额万元自活动", 569.3, 1088.9 - 12.1 * k, 9.5))]
    return lines


def test_a_byline_run_on_over_the_gutter_does_not_widen_its_column():
    # Column 4's short line, set a hair higher than column 3's line beside it, ends within
    # the byline's reach: it stays in column 4 all the same.
    lines = _columns_under_a_run_on_byline("见习记者 崔春峰 通讯员 阿依古丽·吐尔逊 秦龙", short=4)
    segments = build_segments(lines, 9.5, [], 126.0)
    assert all(len({round(l.x0) for l in s.lines[1:]}) <= 1 for s in segments), [[round(l.x0) for l in s.lines] for s in segments]


def test_a_run_on_byline_reads_with_the_column_it_stands_in():
    lines = _columns_under_a_run_on_byline("见习记者 崔春峰 通讯员 阿依古丽·吐尔逊 秦龙")
    byline, col3, col4 = lines[:1], lines[1:8], lines[8:]
    # Column 4 has a line more than column 3 under the byline, and the byline overlaps it.
    segs = [Segment(col4, 569.3, 673.8), Segment(byline, 435.9, byline[0].x1), Segment(col3, 435.9, 540.4)]
    region = Region(None, [Item(s.box, segment=s) for s in segs])
    order = [s.lines[0].text for s in _columns(region)]
    assert order == [byline[0].text, col3[0].text, col4[0].text]


def _headline(text: str, x: float, base: float, size: float) -> Headline:
    return Headline(title=build_lines(glyphs(text, x, base, size, font="Hei")))


def _segment(text: str, x: float, top_base: float, rows: int, size: float = 9.0) -> Segment:
    lines = [l for k in range(rows) for l in build_lines(glyphs(text, x, top_base - 1.4 * size * k, size))]
    return Segment(lines, min(l.x0 for l in lines), max(l.x1 for l in lines))


def _owner_titles(regions, segment) -> str:
    return next(r.headline.title[0].text for r in regions if r.headline and any(i.segment is segment for i in r.items))


def test_a_byline_run_on_under_the_next_headline_stays_with_its_own():
    # Two one-column articles side by side, their titles on one baseline; the left one's
    # byline runs on past the column rule under the right one's title, over its byline.
    left_head = _headline("破获一起跨省盗窃案", 568.0, 1168.0, 12.6)
    right_head = _headline("远程会诊让看病不", 720.0, 1168.0, 12.6)
    left_byline = _segment("本报记者 丁芳亚 通讯员 宋峰伟 记者 叶志英", 543.0, 1151.0, 1)
    right_byline = _segment("记者 萨仁 记者 拉巴次仁", 760.0, 1151.0, 1)
    left_body = _segment("九月三日上午稻城县教育局联合多部", 543.0, 1132.0, 20)
    right_body = _segment("六月十八日正蓝旗人民检察院组织医", 713.0, 1132.0, 20)
    segments = [left_byline, right_byline, left_body, right_body]
    grid = Grid([543.0, 713.0], [706.0, 877.0])
    # The right-hand headline comes first: between headlines on one row, order decides nothing.
    regions = assign([right_head, left_head], segments, [], [(709.6, 60.0, 710.4, 1180.0)], 9.0,
                     {id(left_byline), id(right_byline)}, grid)
    assert _owner_titles(regions, left_byline) == _owner_titles(regions, left_body) == "破获一起跨省盗窃案"
    assert _owner_titles(regions, right_byline) == _owner_titles(regions, right_body) == "远程会诊让看病不"


def test_a_byline_run_on_into_the_next_column_leaves_that_column_to_its_headline():
    # A title in column 0 with a subtitle; its byline runs 46 % into column 1, under the foot
    # of a two-line title centred over column 1, whose own title reaches a little lower.
    left_head = _headline("沙地披上新绿装", 47.0, 1266.6, 12.8)
    left_head.subtitle = build_lines(glyphs("达日镇查干村环境质量持续改善纪实", 47.0, 1252.4, 9.4))
    right_head = Headline(title=build_lines(glyphs("我和我的祖", 247.9, 1262.5, 17.5)) + build_lines(glyphs("国》首发", 247.9, 1240.2, 17.5)))
    byline = _segment("本报通讯员 阎梅学 记者 卢桐龙 通讯员 艾尔肯", 47.0, 1231.1, 1, 10.4)
    left_body = _segment("初春时节在东风街道金沙嘎查", 47.0, 1213.0, 30, 9.5)
    right_body = _segment("九月五日晚敖汉旗第二小学在和", 221.5, 1218.1, 30, 9.5)
    grid = Grid([47.0, 221.5], [205.0, 379.5])
    regions = assign([left_head, right_head], [byline, left_body, right_body], [], [], 9.5, {id(byline)}, grid)
    assert _owner_titles(regions, byline) == _owner_titles(regions, left_body) == "沙地披上新绿装"
    assert _owner_titles(regions, right_body) == "我和我的祖"


def test_a_byline_under_the_first_title_is_not_the_mastheads():
    # The masthead's line of editors reaches a little wider than the first title over the
    # byline; the title stands between them.
    masthead = _headline("乌江日报", 23.1, 1252.5, 12.9)
    masthead.subtitle = build_lines(glyphs("编辑：贡布 组版：孔民桐", 23.1, 1241.1, 7.2))
    title = _headline("书香飘满边城", 23.1, 1210.0, 13.5)
    byline = _segment("记者 曾志 通讯员 格桑卓玛", 23.1, 1192.9, 1, 10.8)
    body = _segment("近日由团结镇文化站主办的读书", 23.1, 1175.0, 30, 10.0)
    grid = Grid([23.1], [162.0])
    regions = assign([masthead, title], [byline, body], [], [], 10.0, {id(byline)}, grid)
    assert _owner_titles(regions, byline) == "书香飘满边城"
    assert not any(i.segment for r in regions if r.headline is masthead for i in r.items)
