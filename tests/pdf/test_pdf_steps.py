"""Single steps of the layout reader on hand-made glyphs and lines (no PDF needed)."""

import pytest

from reader.pdf.bylines import bracket_byline, role_byline
from reader.pdf.extract import Glyph
from reader.pdf.fields import _take_dateline, caption_text, heading_text
from reader.pdf.lines import build_lines, join_pieces, remove_shadows


def glyphs(text: str, x: float, base: float, size: float = 10.0, *, step: float | None = None, gray: float = 0.0,
           font: str = "Ming") -> list[Glyph]:
    out, step = [], step or size
    for ch in text:
        if ch != " ":
            out.append(Glyph(ch, x, base - 0.12 * size, x + size, base + 0.88 * size, base, size, font, False, gray))
        x += step if ch != " " else 0.5 * size
    return out


def test_a_grey_shadow_copy_is_dropped_and_the_caption_kept():
    caption = glyphs("颁奖现场。", 100, 500, 8)
    shadow = glyphs("颁奖现场。", 102.2, 499.6, 8, gray=0.55)
    kept, dropped = remove_shadows(shadow + caption)
    assert dropped == 5 and [g.text for g in kept] == list("颁奖现场。") and all(g.gray == 0.0 for g in kept)


def test_repeated_characters_of_running_text_are_not_shadows():
    line = glyphs("谢谢大家2000年", 100, 500, 10, step=10.0)
    kept, dropped = remove_shadows(line)
    assert dropped == 0 and len(kept) == len(line)


def test_columns_split_at_the_gutter_and_spaces_come_from_gaps():
    row = glyphs("本报记者 王比学", 100, 500) + glyphs("另一栏的文字", 195, 500)
    lines = build_lines(row)
    assert [l.text for l in lines] == ["本报记者 王比学", "另一栏的文字"]


def test_pieces_that_fit_one_column_are_one_line():
    # A dateline set off by a wide space, then its paragraph: one line of a 140 pt column.
    pieces = build_lines(glyphs("本报讯", 100, 500) + glyphs("近日，某地开展活动。", 145, 500))
    assert len(pieces) == 2
    joined = join_pieces(pieces, column=140, em=10)
    assert [l.text for l in joined] == ["本报讯 近日，某地开展活动。"]
    # Lines of two neighbouring columns are never joined.
    apart = join_pieces(build_lines(glyphs("左栏文字左栏文字左栏", 100, 500) + glyphs("右栏文字", 215, 500)), column=110, em=10)
    assert len(apart) == 2


@pytest.mark.parametrize(
    "text, names",
    [
        ("本报记者 王比学", "王比学"),
        ("本报记者 王比学 通讯员 李明", "王比学 李明"),
        ("记者 那仁格日勒 实习生 𠮷祥", "那仁格日勒 𠮷祥"),
        ("通讯员 买买提·艾力", "买买提·艾力"),
    ],
)
def test_role_bylines(text, names):
    assert role_byline(text) == (names, text)


@pytest.mark.parametrize("text", ["记者手记 公共文化服务升级", "王比学 李明", "本报记者（王比学）", "数字说话 环境质量持续改善"])
def test_lines_that_are_not_role_bylines(text):
    assert role_byline(text) is None


def test_bracket_bylines_after_a_sentence_only():
    assert bracket_byline("不断提升群众满意度。 （额尔敦巴雅尔）") == ("不断提升群众满意度。", "额尔敦巴雅尔", "（额尔敦巴雅尔）")
    assert bracket_byline("（沈翠英 王丽）") == ("", "沈翠英 王丽", "（沈翠英 王丽）")
    assert bracket_byline("建设工作（下同）") is None


def test_datelines_wrapped_or_filling_the_first_line():
    texts = ["本报北京 3 月 12 日电 （记者", "王比学）近日，记者走进", "某地。"]
    found = _take_dateline(texts)
    assert found.dateline == "本报北京3月12日电" and found.byline.names == "王比学"
    assert texts == ["", "近日，记者走进", "某地。"]
    texts = ["新华社昆明12月9日电", "近日，某县开展活动。"]
    assert _take_dateline(texts).dateline == "新华社昆明12月9日电" and texts == ["", "近日，某县开展活动。"]
    texts = ["近日，某县开展活动，群众纷纷", "参与。"]
    assert _take_dateline(texts) is None and texts[0].startswith("近日")


def test_two_part_titles_keep_their_gap_and_captions_their_spaces():
    lines = build_lines(glyphs("“四好农村路”", 100, 700, 24) + glyphs("串起美丽乡村", 100 + 24 * 7 + 36, 700, 24))
    assert heading_text(lines) == "“四好农村路” 串起美丽乡村"
    wrapped = build_lines(glyphs("小病不出村大病", 100, 700, 24) + glyphs("不出县", 100, 670, 24))
    assert heading_text(wrapped) == "小病不出村大病不出县"
    caption = build_lines(glyphs("巡逻民警在雪中执勤。 通讯员 钱华峰 摄", 100, 300, 8))
    assert caption_text(caption) == "巡逻民警在雪中执勤。 通讯员 钱华峰 摄"


def _one_column_headline(kicker_size: float, subtitle_size: float):
    from reader.pdf.headlines import build_headlines
    # A one-column article: kicker (another face) and subtitle (the body's face) shrunk to fit a
    # hair under the body size, a two-line title, a wrapped byline whose tail holds no role word,
    # then the body.
    rows = [("江县沙窝乡法院深化诉源", 32, 806, kicker_size, "Hei"), ("诉讼服务跑出", 44, 789, 14.6, "Hei"),
            ("加速度", 60, 771, 14.6, "Hei"), ("海拉尔区科学养殖增效益", 32, 757, subtitle_size, "Ming"),
            ("纪实", 72, 746, subtitle_size, "Ming"), ("本报记者 魏海瑞 记者", 32, 733, 9.1, "Kai"),
            ("汪玉", 102, 722, 9.1, "Kai"), ("五月十九日，理塘县供销", 32, 705, 10.5, "Ming"),
            ("合作社开展送农资活动。", 32, 691, 10.5, "Ming")]
    lines = [l for text, x, base, size, font in rows for l in build_lines(glyphs(text, x, base, size, font=font))]
    heads, used = build_headlines(lines, 10.5, "Ming")
    return heads, used, lines


def test_a_kicker_and_a_subtitle_shrunk_a_hair_below_the_body_size_join_their_title():
    heads, used, lines = _one_column_headline(10.2, 10.4)
    assert len(heads) == 1
    head = heads[0]
    assert [l.text for l in head.kicker] == ["江县沙窝乡法院深化诉源"]
    assert [l.text for l in head.title] == ["诉讼服务跑出", "加速度"]
    assert [l.text for l in head.subtitle] == ["海拉尔区科学养殖增效益", "纪实"]
    # The byline and its wrapped tail stay out of the headline, and so does the body.
    assert {l.text for l in lines if id(l) not in used} == {"本报记者 魏海瑞 记者", "汪玉", "五月十九日，理塘县供销", "合作社开展送农资活动。"}


def test_a_first_line_indented_by_one_character_is_no_centred_subhead():
    from reader.pdf.fields import _BodyLine, _is_subhead
    # A 116 pt column of 9 pt type: one line indented an em, flush right; one centred.
    indented = build_lines(glyphs("7月24日，和龙市公安局", 62.6, 900, 9, step=106.5 / 12))[0]
    centred = build_lines(glyphs("赛场精彩纷呈", 84.6, 880, 9))[0]
    assert not _is_subhead(_BodyLine(indented, 53.6, 169.5, True, 0.0), indented.text, 9.0, "Ming")
    assert _is_subhead(_BodyLine(centred, 53.6, 169.3, False, 12.0), centred.text, 9.0, "Ming")


@pytest.mark.parametrize("wrapped, joined", [
    (["农民在田间进行播种作业。（乌力吉", "摄）"], "农民在田间进行播种作业。（乌力吉 摄）"),
    (["作业。（本报记者", "范刚林 摄）"], "作业。（本报记者 范刚林 摄）"),
    (["作业。（本报记者 范刚", "林 摄）"], "作业。（本报记者 范刚林 摄）"),
    (["农民在田间进行播种作业。", "（乌力吉 摄）"], "农民在田间进行播种作业。（乌力吉 摄）"),
    (["巡逻民警在雪中执勤。 通讯员", "钱华峰 摄"], "巡逻民警在雪中执勤。 通讯员 钱华峰 摄"),
])
def test_a_credit_in_brackets_gets_its_space_back_at_a_wrap(wrapped, joined):
    lines = [l for k, text in enumerate(wrapped) for l in build_lines(glyphs(text, 100, 300 - 11 * k, 8))]
    assert caption_text(lines) == joined


@pytest.mark.parametrize("second_size, headlines", [(22.7, 1), (22.5, 2), (23.4, 2)])
def test_titles_side_by_side_are_parts_of_one_only_when_set_in_one_size(second_size, headlines):
    from reader.pdf.headlines import build_headlines
    first = build_lines(glyphs("伊宁市乌兰牧骑开展工作", 81, 814, 22.7, font="Hei"))
    second = build_lines(glyphs("为农民工讨回血汗钱", 81 + 11 * 22.7 + 2 * 22.7, 814, second_size, font="Hei"))
    body = build_lines(glyphs("近日，都兰县生态环境分局成功调解一起纠纷。", 47, 780, 10.5))
    heads, _ = build_headlines(first + second + body, 10.5, "Ming")
    assert sorted(len(h.title) for h in heads) == ([2] if headlines == 1 else [1, 1])


def test_a_footer_nearly_as_wide_as_a_column_is_band_not_running_text():
    from reader.pdf.bands import find_bands
    # Three justified columns of 9 pt type, 116.8 pt wide, down to the foot of the page, and a
    # footer 4 pt narrower than a column, alone at the bottom margin.
    body = [l for x in (37.9, 170.0, 302.1) for k in range(60)
            for l in build_lines(glyphs("草原生态保护补助奖励政策", x, 900 - 14 * k, 9, step=9.8))]
    footer = build_lines(glyphs("编辑：崔金晓校对：杨振民", 37.9, 37.2, 9, step=9.45))
    bands = find_bands(body + footer, [], 1192.4, 9.0, 117.0)
    assert [l.text for l in bands.footer] == ["编辑：崔金晓校对：杨振民"]


def test_a_grey_shadow_of_narrow_digits_is_dropped():
    def narrow(text, x, base, gray):
        out = []
        for ch in text:
            w = 8.87 if ord(ch) > 0x2E80 else 4.44
            out.append(Glyph(ch, x, base - 1, x + w, base + 7.8, base, 8.87, "Ming", False, gray))
            x += w
        return out
    caption = narrow("10月13日，康定市", 459.1, 941.3, 0.0)
    shadow = narrow("10月13日，康定市", 461.9, 940.97, 0.55)
    kept, dropped = remove_shadows(shadow + caption)
    assert "".join(g.text for g in kept) == "10月13日，康定市" and dropped == len(caption)


def test_a_caption_whose_stop_hangs_past_the_photo_is_its_caption():
    from reader.pdf.photos import Photo, attach_captions
    photo = Photo(555.7, 266.5, 674.2, 505.8)
    # 16 glyphs of 7.6 pt: the text fills the photo's width and its «。» hangs past it.
    caption = build_lines(glyphs("图为乌兰牧骑队员为牧民表演节目。", 555.7, 253.4, 7.6, font="Kai"))
    body = build_lines(glyphs("方公里。与此同时，城市建", 685.0, 248.4, 9.5))
    taken = attach_captions([photo], caption + body, 9.5, "Ming")
    assert [l.text for l in photo.caption] == ["图为乌兰牧骑队员为牧民表演节目。"] and len(taken) == 1


def test_a_shadow_that_fell_into_the_row_of_a_neighbouring_line_is_dropped():
    # The caption's grey copy sits 0.9 pt lower; a body line of the next column, between the
    # two baselines, pulls original and copy into two rows.
    caption = glyphs("农技人员指导农民施肥。", 565.9, 310.88, 7.73, step=7.73)
    shadow = glyphs("农技人员指导农民施肥。", 566.3, 309.98, 7.73, step=7.73, gray=0.55)
    lead = glyphs("形成了齐抓共管的", 438.4, 312.15, 9.5)
    other = glyphs("培养传承人姜然宇告", 310.9, 310.26, 9.5)
    stop = glyphs("搏克比赛现场。", 49.0, 58.5, 7.82) + glyphs("。", 97.2, 57.74, 7.82, gray=0.55)
    texts = sorted(l.text for l in build_lines(caption + shadow + lead + other + stop))
    assert texts == sorted(["农技人员指导农民施肥。", "形成了齐抓共管的", "培养传承人姜然宇告", "搏克比赛现场。"])


def _photo_under_columns(gap_to_photo: float, gap_between_articles: float, caption: str):
    from reader.pdf.headlines import Headline
    from reader.pdf.layout import _separate_photo_news
    from reader.pdf.photos import Photo
    from reader.pdf.regions import Item, Region
    from reader.pdf.segments import Segment

    def column(x: float, top: float, rows: int, text: str) -> Item:
        lines = [l for k in range(rows) for l in build_lines(glyphs(text, x, top - 14 * k, 10))]
        segment = Segment(lines, x, x + 110)
        return Item((x, segment.bottom, x + 110, segment.top), segment=segment)

    def headline(x: float, base: float, text: str) -> Headline:
        return Headline(title=build_lines(glyphs(text, x, base, 20, font="Hei")))

    # Article A: two columns, a photo with its caption under them; article B stacked under A's
    # right-hand neighbour C, an article gap below C's column.
    a_cols = [column(40, 900, 20, "草原生态保护补助奖励政"), column(160, 900, 20, "草原生态保护补助奖励政")]
    photo_top = a_cols[0].bottom - gap_to_photo
    photo = Photo(40, photo_top - 150, 260, photo_top, build_lines(glyphs(caption, 40, photo_top - 160, 8, font="Kai")))
    photo_item = Item(photo.box, photo=photo, grown=True)
    a = Region(headline(40, 930, "草原上的新生活"), a_cols + [photo_item])
    c_col = column(300, 900, 20, "牧民合作社发展壮大增收")
    c = Region(headline(300, 930, "合作社的春天"), [c_col])
    b_base = c_col.bottom - gap_between_articles - 0.88 * 20
    b = Region(headline(300, b_base, "雪夜救援暖人心"), [column(300, b_base - 30, 10, "民警连夜救援被困群众安全")])
    regions = _separate_photo_news([a, c, b], 10.0, 14.0, False)
    return any(photo_item in r.items and r.headline is not None and r.headline.title[0].text == "草原上的新生活" for r in regions)


def test_a_photo_closer_to_the_columns_than_stacked_articles_stand_is_the_articles_own():
    # 20 pt under the columns (1.43 line pitches), articles stacked 26 pt apart; the caption
    # shares no words with the article.
    assert _photo_under_columns(20.0, 26.0, "孩子们在操场上活动。")
    # As far under them as articles stand apart: a picture of its own.
    assert not _photo_under_columns(20.0, 18.0, "孩子们在操场上活动。")


def test_the_wrapped_tail_of_a_byline_set_larger_than_the_body_is_no_subtitle():
    from reader.pdf.headlines import build_headlines
    rows = [("家庭医生成了亲戚", 297, 780, 22.2, "Hei"), ("特约记者 黎良志 通讯员", 297, 765, 10.4, "Kai"),
            ("魏丽国", 297, 752, 10.4, "Kai"), ("近日，海拉尔区家庭医生签约", 297, 735, 9.5, "Ming")]
    lines = [l for text, x, base, size, font in rows for l in build_lines(glyphs(text, x, base, size, font=font))]
    heads, used = build_headlines(lines, 9.5, "Ming")
    assert len(heads) == 1 and heads[0].subtitle == []
    assert {l.text for l in lines if id(l) not in used} == {"特约记者 黎良志 通讯员", "魏丽国", "近日，海拉尔区家庭医生签约"}


def test_a_title_row_a_character_short_of_the_row_under_it_broke_at_a_space():
    short_first = build_lines(glyphs("强降雪来袭", 45.8, 691, 25.9) + glyphs("各方全力应对", 45.8, 658, 25.9))
    assert heading_text(short_first) == "强降雪来袭 各方全力应对"
    full_first = build_lines(glyphs("强降雪来袭各", 45.8, 691, 25.9) + glyphs("方全力应对", 45.8, 658, 25.9))
    assert heading_text(full_first) == "强降雪来袭各方全力应对"


def test_a_dashed_subtitle_three_percent_over_the_body_size_joins_its_title():
    from reader.pdf.headlines import build_headlines
    rows = [("珲春市交通运输局启动", 444, 1091, 23.6, "Ming"), ("——伊犁哈萨克自治州昭苏县调查", 444, 1062, 10.3, "Hei"),
            ("12月19日晚，桑珠孜区应", 439, 1040, 10.0, "Ming")]
    lines = [l for text, x, base, size, font in rows for l in build_lines(glyphs(text, x, base, size, font=font))]
    heads, _ = build_headlines(lines, 10.0, "Ming")
    assert [l.text for l in heads[0].subtitle] == ["——伊犁哈萨克自治州昭苏县调查"]


def test_a_caption_a_little_past_the_photos_edges_is_still_its_caption():
    from reader.pdf.photos import Photo, attach_captions
    body = build_lines(glyphs("截至9月21日8时，全市", 681.6, 221.4, 10.0))
    # Centred under a 143 pt photo, a line of 17.5 characters of 8.6 pt: a closing bracket
    # kept on the line runs it 4 pt past both edges.
    photo = Photo(661.6, 255.9, 804.6, 477.3)
    centred = build_lines(glyphs("除雪车辆在主干道作业。（陈金芝 摄）", 657.5, 242.8, 8.6, font="Kai"))
    attach_captions([photo], centred + body, 10.0, "Ming")
    assert [l.text for l in photo.caption] == ["除雪车辆在主干道作业。（陈金芝 摄）"]
    # Flush left but 2.7 pt to the right of the photo (the offset of a grey copy drawn with it).
    photo = Photo(22.8, 1080.3, 173.2, 1243.1)
    lines = build_lines(glyphs("执行干警向当事人发放执行款", 25.5, 1067.7, 8.2, step=11.57, font="Kai"))
    lines += build_lines(glyphs("摄", 25.5, 1056.5, 8.2, font="Kai"))
    attach_captions([photo], lines + build_lines(glyphs("10月18日，鄂温克族自治旗", 40.8, 1037.2, 9.0)), 9.0, "Ming")
    assert [l.text for l in photo.caption] == ["执行干警向当事人发放执行款", "摄"]


def test_a_centred_subhead_that_nearly_fills_the_measure_is_a_subhead():
    from reader.pdf.fields import _BodyLine, _is_subhead
    # A 140.7 pt column of 10.5 pt type; the two-part sub-heading leaves 4.7 pt on each side.
    line = build_lines(glyphs("一线观察 基层服务能力提升", 359.0, 1232.3, 10.5))[0]
    assert _is_subhead(_BodyLine(line, 354.3, 495.0, False, 14.7), line.text, 10.5, "Ming")
    # Running text flush left and a tenth of an em short of the right edge is no sub-heading.
    running = build_lines(glyphs("沙窝社区看到一台台播种机", 354.3, 1218.0, 10.5, step=11.6))[0]
    assert not _is_subhead(_BodyLine(running, 354.3, 495.0, False, 14.7), running.text, 10.5, "Ming")
    # A tenth of an em each side only with the space a sub-heading has above it.
    tight = build_lines(glyphs("“和龙市金沙乡”经验 群众参与热情高", 558.01, 1355.3, 9.0, step=9.0))[0]
    assert abs(tight.x1 - 715.51) < 0.01
    assert _is_subhead(_BodyLine(tight, 557.13, 716.39, False, 1.6 * 12.2), tight.text, 9.0, "Ming", spaced=True)
    assert not _is_subhead(_BodyLine(tight, 557.13, 716.39, False, 12.2), tight.text, 9.0, "Ming")
    # An eighth of an em each side at the head of a column (no space above to go by).
    top = build_lines(glyphs("“从江县”经验 治沙模式创新", 199.93, 238.3, 10.5, step=10.5))[0]
    assert abs(top.x1 - 341.68) < 0.01
    assert _is_subhead(_BodyLine(top, 198.64, 342.96, True, 0.0), top.text, 10.5, "Ming")


def test_a_photo_whose_caption_opens_with_the_day_is_a_picture_of_its_own():
    # 1.2 line pitches under the columns, closer than stacked articles stand (1.86 pitches).
    assert _photo_under_columns(17.0, 26.0, "孩子们在操场上活动。")
    assert not _photo_under_columns(17.0, 26.0, "5月7日，乌兰县，孩子们在操场上活动。")
    # Right under the columns even a dated caption is the article's; 0.86 line pitches
    # under them it is as far as an article gap of 1.2 ems.
    assert _photo_under_columns(10.0, 26.0, "5月7日，乌兰县，孩子们在操场上活动。")
    assert not _photo_under_columns(12.0, 26.0, "5月7日，乌兰县，孩子们在操场上活动。")


def test_a_photo_far_under_the_articles_text_is_its_own_when_its_caption_says_so():
    # The text ended 2.3 line pitches above the photo set at the article's foot.
    assert _photo_under_columns(32.0, 26.0, "牧民在草原生态保护中受益。")
    # Words it shares with the article count even when it shares more with its neighbour.
    assert _photo_under_columns(32.0, 26.0, "牧民合作社保护草原。")
    assert not _photo_under_columns(32.0, 26.0, "孩子们在操场上活动。")


@pytest.mark.parametrize("head, tail, names", [
    ("问题。（王明", "杨庆）", "王明 杨庆"),  # two names of two characters, each with its surname
    ("问题。 （苏和", "冯欣）", "苏和 冯欣"),
    ("扩大。 （卓玛", "何东 曹𠮷青）", "卓玛 何东 曹𠮷青"),
    ("问题。（欧阳", "晓东）", "欧阳晓东"),  # a compound surname
    ("问题。（次仁", "多吉）", "次仁多吉"),  # Tibetan elements written together
    ("问题。（斯琴", "高娃）", "斯琴高娃"),  # no surname to open it
    ("问题。（本报记者 范刚", "林）", "范刚林"),
    ("登记。（乌力吉 叶尔", "兰·别克）", "乌力吉 叶尔兰·别克"),  # a Kazakh name broken before its dot
    ("登记。（乌力吉", "叶尔兰·别克）", "乌力吉 叶尔兰·别克"),
    ("登记。（额尔敦巴", "雅尔 布和）", "额尔敦巴雅尔 布和"),  # a Mongolian name of six
    ("登记。（图门吉", "日嘎拉 吕然）", "图门吉日嘎拉 吕然"),
    ("登记。（欧阳霞思 阿依", "古丽·吐尔逊）", "欧阳霞思 阿依古丽·吐尔逊"),
    ("登记。（王小明", "李丽）", "王小明 李丽"),
    ("登记。（夏悦凤", "萨仁）", "夏悦凤 萨仁"),
    ("见效。（叶尔兰·", "别克）", "叶尔兰·别克"),
    ("登记。（德吉", "索朗旺姆 格桑卓玛）", "德吉 索朗旺姆 格桑卓玛"),
    ("登记。（朝鲁门", "呼延梅 卢英峰）", "朝鲁门 呼延梅 卢英峰"),
    ("登记。（王小明", "古丽·吐尔逊）", "王小明 古丽·吐尔逊"),
])
def test_names_of_a_bracket_byline_wrapped_between_two_lines(head, tail, names):
    from reader.pdf.fields import _BodyLine, _end_byline
    lines = build_lines(glyphs(head, 100, 300, 9)) + build_lines(glyphs(tail, 100, 288, 9))
    body = [_BodyLine(line, 100, 280, k == 0, 12.0 * (k > 0)) for k, line in enumerate(lines)]
    texts = [line.text for line in lines]
    assert _end_byline(body, texts)[0] == names


def test_two_short_pieces_on_either_side_of_a_gutter_are_not_one_line():
    # Columns of 223.5 pt of 10.5 pt type, 14.4 pt apart.  At the foot of one article a byline
    # set flush right; beside it, across the gutter, the last line of the next article.
    full = [l for x in (507.2, 745.2) for k in range(3)
            for l in build_lines(glyphs("草原生态保护补助奖励政策落实到户到人见成效", x, 400 - 13.2 * k, 10.5, step=10.65))]
    assert all(abs(l.x1 - l.x0 - 223.5) < 0.1 for l in full)
    byline = build_lines(glyphs("（崔秀秋）", 678.2, 317.4, 10.5))
    tail = build_lines(glyphs("料9.9万人次。", 745.2, 317.4, 10.5, step=9.0))
    joined = join_pieces(full + byline + tail, column=223.5, em=10.5)
    assert {l.text for l in joined if l.base < 320} == {"（崔秀秋）", "料9.9万人次。"}
    # A byline set off by a wide space on its paragraph's short last line is still its tail.
    last = build_lines(glyphs("发放宣传资料。", 745.2, 300.0, 10.5))
    credit = build_lines(glyphs("（崔秀秋）", 834.5, 300.0, 10.5))
    joined = join_pieces(full + last + credit, column=223.5, em=10.5)
    assert [l.text for l in joined if l.base < 310] == ["发放宣传资料。 （崔秀秋）"]


def test_the_last_lines_of_columns_low_on_a_page_without_a_footer_rule_are_no_footer():
    from reader.pdf.bands import find_bands
    # Five columns of 9 pt type, 13.3 pt apart, down to the foot of a page with no footer.
    # Their last lines happen to touch the right margin and the middle: lines of one
    # paragraph as close as the lines over them, and a paragraph opened a paragraph's space
    # under its column's line, indented two characters.
    # The right-hand column is of another article, set 7 pt higher.
    xs = (36.0, 204.0, 375.9, 544.9, 713.8)
    body = [l for x in xs for k in range(80)
            for l in build_lines(glyphs("草原生态保护补助奖励政策落实", x, 1100 + 7 * (x > 700) - 13.3 * k, 9, step=10.9))]
    low = 1100 - 79 * 13.3
    last = build_lines(glyphs("5488人，发放宣传资料82起。", 375.9, low - 13.3, 9) +
                       glyphs("另外，群众性文化活动丰富多彩。", 731.8, low - 13.3, 9))
    assert max(l.x1 for l in last) == max(l.x1 for l in body + last)
    bands = find_bands(body + last, [], 1304.4, 9.0, 152.0)
    assert bands.footer == []
    # A footer row a wider space under the columns is the page's footer.
    footer = build_lines(glyphs("本报地址：多伦县新华大街8号", 36.0, low - 26.0, 9) + glyphs("第11版", 830.8, low - 26.0, 9))
    bands = find_bands(body + footer, [], 1304.4, 9.0, 152.0)
    assert sorted(l.text for l in bands.footer) == ["本报地址：多伦县新华大街8号", "第11版"]


def test_a_byline_filling_the_measure_over_a_paragraph_not_indented_is_split_off_by_its_space():
    from reader.pdf.fields import split_leading_bylines
    from reader.pdf.segments import Segment
    # A 182.5 pt column of 8.5 pt type, 12.2 pt from line to line; the byline stands 16.6 pt
    # over the first line and ends within an em of the column's right edge.
    byline = build_lines(glyphs("本报记者 姜宇凤 通讯员 彭英珍 实习生 陆志峰", 216.7, 1252.7, 8.5, step=8.05))
    body = [l for k, text in enumerate(("6月6日，记者走进鄂温克族自治旗，看到一台", "台播种机在田间来回穿梭，农民们正忙着播种", "今年全旗计划播种面积比去年有所增加。"))
            for l in build_lines(glyphs(text, 216.7, 1236.1 - 12.2 * k, 8.5, step=8.7))]
    assert 390.5 < byline[0].x1 < 392 and abs(body[0].x1 - 399.2) < 0.5
    seg = Segment(byline + body, 216.7, max(l.x1 for l in body))
    split = split_leading_bylines([seg], 8.5)
    assert [[l.text for l in s.lines] for s in split][0] == ["本报记者 姜宇凤 通讯员 彭英珍 实习生 陆志峰"]
    # Set as close as the lines under it, it stays (there is nothing to tell it from the column).
    close = build_lines(glyphs("本报记者 姜宇凤 通讯员 彭英珍 实习生 陆志峰", 216.7, 1248.3, 8.5, step=8.05))
    assert len(split_leading_bylines([Segment(close + body, 216.7, 399.2)], 8.5)) == 1


def test_a_kicker_right_over_a_title_high_on_a_page_without_a_header_rule_is_no_band_row():
    from reader.pdf.bands import find_bands
    # The page's top row (section and date at the margins), then a kicker in 9.9 pt flush left
    # over a 23.7 pt title, 10 pt above it; then the article's 9 pt columns.
    top = build_lines(glyphs("农牧", 44.3, 1137.5, 12.2, font="Hei") + glyphs("2024.09.29", 753.2, 1137.5, 8.9, step=4.45))
    body = [l for x in (44.3, 250.0, 456.0) for k in range(60)
            for l in build_lines(glyphs("初春时节在红山区哈达苏木湿地", x, 1052.9 - 13.0 * k, 9, step=11.0))]

    def band_texts(row: str) -> list[str]:
        kicker = build_lines(glyphs(row, 44.3, 1112.8, 9.9, font="Kai"))
        title = build_lines(glyphs("湿地迎来候鸟归", 44.3, 1081.3, 23.7, font="Hei"))
        return [l.text for l in find_bands(top + kicker + title + body, [], 1183.7, 9.0, 157.0).header]

    assert band_texts("筑牢我国北方重要生态安全屏障") == ["农牧", "2024.09.29"]
    # A labelled band item there is the band's all the same.
    assert band_texts("责任编辑：朝鲁门") == ["农牧", "2024.09.29", "责任编辑：朝鲁门"]


def test_a_kicker_a_hair_over_the_body_size_in_a_face_of_its_own_joins_its_title():
    from reader.pdf.headlines import build_headlines
    rows = [("从江县推进义务教育优质均衡发展", 722.2, 1170.0, 10.3, "Kai"), ("新学期 新气象", 759.2, 1153.9, 12.9, "Hei"),
            ("通讯员 孟和 记者 吴晓伟", 763.5, 1136.8, 10.1, "Kai"), ("近日，金塔县金沙乡全面启动", 722.2, 1120.0, 10.0, "Ming")]
    lines = [l for text, x, base, size, font in rows for l in build_lines(glyphs(text, x, base, size, font=font))]
    heads, _ = build_headlines(lines, 10.0, "Ming")
    assert [l.text for l in heads[0].kicker] == ["从江县推进义务教育优质均衡发展"]
    # The wrapped tail of the byline ending the article above is no kicker.
    rows[0] = ("郝军𠮷）", 760.0, 1170.0, 10.3, "Kai")
    lines = [l for text, x, base, size, font in rows for l in build_lines(glyphs(text, x, base, size, font=font))]
    heads, _ = build_headlines(lines, 10.0, "Ming")
    assert heads[0].kicker == []


def test_a_two_part_title_joined_into_one_line_keeps_its_gap_next_to_a_mark():
    pieces = build_lines(glyphs("家庭医生成了“亲戚”", 822.2, 1398.1, 12.2, font="Hei") + glyphs("义诊送到牧民家门口", 956.4, 1398.1, 12.2, font="Hei"))
    assert len(pieces) == 2
    joined = join_pieces(pieces, column=250.0, em=9.5)
    assert len(joined) == 1
    assert heading_text(joined) == "家庭医生成了“亲戚” 义诊送到牧民家门口"


def test_a_centred_footer_item_exactly_a_column_wide_is_band_not_running_text():
    from reader.pdf.bands import find_bands
    # Six columns 126.25 pt wide from 47 to 860 pt; the footer's address, centred on
    # the page, happens to be as wide as a column, but no line of a column stands over it edge to edge.
    body = [l for x in (46.95, 184.32, 321.69, 459.06, 596.43, 733.8) for k in range(80)
            for l in build_lines(glyphs("草原生态保护补助奖励政策", x, 1100 - 12.15 * k, 9, step=10.6568))]
    assert abs(body[0].x1 - body[0].x0 - 126.25) < 0.05
    footer = build_lines(glyphs("本报地址：宾川县新华大街91号", 358.54, 28.0, 9, step=8.4) + glyphs("邮编：290000", 494.2, 28.0, 9, step=5.68))
    assert abs(footer[0].x1 - footer[0].x0 - 126.6) < 0.5
    bands = find_bands(body + footer, [], 1267.7, 9.0, 126.25)
    assert sorted(l.text for l in bands.footer) == ["本报地址：宾川县新华大街91号", "邮编：290000"]


def test_titles_side_by_side_wrapped_over_rows_are_two_titles():
    from reader.pdf.headlines import build_headlines
    # Two 19.5 pt titles side by side, 38 pt apart: the left one over three rows, the right
    # one over two; their first rows stand as close as the parts of one title.
    rows = [("新源县文化旅游体", 235.4, 407.0), ("江孜县民族中学持续深", 429.8, 407.0), ("育局扎实推进科技", 235.4, 382.3),
            ("化群众参与热情高工作", 429.8, 382.3), ("赋能警务工作", 235.4, 357.6)]
    lines = [l for text, x, base in rows for l in build_lines(glyphs(text, x, base, 19.5, font="Hei"))]
    lines += build_lines(glyphs("近日，新源县文化旅游体育局", 235.4, 330.0, 10.0)) + build_lines(glyphs("近日，江孜县民族中学", 429.8, 355.0, 10.0))
    heads, _ = build_headlines(lines, 10.0, "Ming")
    assert sorted([l.text for l in h.title] for h in heads) == [["新源县文化旅游体", "育局扎实推进科技", "赋能警务工作"],
                                                               ["江孜县民族中学持续深", "化群众参与热情高工作"]]


def test_titles_of_articles_side_by_side_are_cut_at_the_rule_between_them():
    from reader.pdf.lines import split_at_rules
    # Two 17.2 pt titles a word's space apart, an upright rule between the articles.
    row = glyphs("致富路通到家门口", 171.1, 573.2, 17.2, font="Hei") + glyphs("课后服务让家长更安心", 314.2, 573.2, 17.2, font="Hei")
    lines = build_lines(row)
    assert [l.text for l in lines] == ["致富路通到家门口 课后服务让家长更安心"]
    rule = (309.6, 78.5, 310.4, 588.7)
    assert [l.text for l in split_at_rules(lines, [rule])] == ["致富路通到家门口", "课后服务让家长更安心"]
    # A rule that stops short of the row, or a wide one, cuts nothing.
    assert len(split_at_rules(lines, [(309.6, 78.5, 310.4, 560.0)])) == 1
    assert len(split_at_rules(lines, [(100.0, 580.0, 600.0, 581.0)])) == 1


def _title_over_body_size_line_in_another_face(x: float):
    from reader.pdf.headlines import build_headlines
    # A one-column article set in Kai: a three-line title flush left at 32, then a line at the
    # body size in Ming wrapping onto a short second line, a byline, and the body (indented 2 em).
    rows = [("玉门市博物馆", 32, 806, 15.7, "Kai"), ("启动环境质量", 32, 786, 15.7, "Kai"),
            ("持续改善工作", 32, 766, 15.7, "Kai"), ("剑川县团结街道治沙模式创新", x, 750, 8.5, "Ming"),
            ("纪实", x, 740, 8.5, "Ming"), ("记者 苏和 记者 袁英", 32, 720, 9.1, "Hei"),
            ("11月22日，巴林左旗人民", 49, 709, 8.5, "Kai"), ("检察院发布2020年工作报", 32, 699, 8.5, "Kai"),
            ("告。据介绍，相关部门密切", 32, 689, 8.5, "Kai")]
    lines = [l for text, x0, base, size, font in rows for l in build_lines(glyphs(text, x0, base, size, font=font))]
    heads, _ = build_headlines(lines, 8.5, "Kai")
    return heads


def test_a_subtitle_shrunk_to_the_body_size_in_another_face_flush_under_its_title_joins_it():
    # Old pages set the subtitle so, with no «——» to mark it; it went into the body as subheads.
    heads = _title_over_body_size_line_in_another_face(32)
    assert len(heads) == 1
    assert [l.text for l in heads[0].subtitle] == ["剑川县团结街道治沙模式创新", "纪实"]


def test_a_lead_paragraph_in_another_face_indented_under_its_title_stays_out_of_the_headline():
    # Indented as a paragraph starts, the same line is the article's first paragraph, not a subtitle.
    heads = _title_over_body_size_line_in_another_face(49)
    assert len(heads) == 1 and heads[0].subtitle == []


def test_a_dateline_in_another_face_flush_under_its_title_running_on_into_the_body_stays_out():
    from reader.pdf.headlines import build_headlines
    # «本报长春9月27日电（记者吕» set bold at the body size, flush left, its paragraph running on
    # in the body's face at the body's leading: the article's first line, not a subtitle.
    rows = [("玉门市博物馆", 32, 806, 15.7, "Kai"), ("持续改善工作", 32, 786, 15.7, "Kai"),
            ("本报长春9月27日电（记者吕", 32, 770, 8.5, "Hei"), ("源亚）近日，由都兰县气象局", 32, 760, 8.5, "Kai"),
            ("主办的读书分享会举行。", 32, 750, 8.5, "Kai")]
    lines = [l for text, x0, base, size, font in rows for l in build_lines(glyphs(text, x0, base, size, font=font))]
    heads, _ = build_headlines(lines, 8.5, "Kai")
    assert len(heads) == 1 and heads[0].subtitle == []


def test_a_kicker_wrapped_over_its_title_in_one_column_stays_with_it_beside_a_wider_headline():
    from reader.pdf.headlines import build_headlines
    # Two articles side by side (figures of a composed page): on the left, one column wide, an
    # 8.8 pt kicker wrapped over two rows and a small title; on the right, across three columns,
    # a 9.9 pt kicker, a large title and a subtitle.  The kickers' first rows stand on one height
    # a gutter apart, as the parts of one row would; the left one, two rows over its own title,
    # was taken as the second part of the right one's kicker, and its title then read as that
    # of an article with no body.
    rows = [("走进海西蒙古族藏族自治州德令哈市看", 35.6, 726.8, 8.8, "Ming"), ("守护群众健康", 195.9, 725.8, 9.9, "Ming"),
            ("新变化", 35.6, 716.1, 8.8, "Ming"), ("都兰县民族中学启动特色医疗惠民生工作", 195.9, 700.5, 19.8, "Kai"),
            ("直播间卖出牧区好物", 35.6, 700.2, 11.8, "Kai"), ("本报兰州6月6日电 （记者 朱凤海）", 35.6, 684.8, 9.0, "Hei"),
            ("——记查干苏木哈达社区乡村医生段建刚", 195.9, 680.7, 9.4, "Ming"), ("8月3日清晨，金塔县马鞍乡的牧民", 35.6, 672.9, 9.0, "Hei")]
    lines = [l for text, x, base, size, font in rows
             for l in build_lines(glyphs(text, x, base, size, step=8.8 if size < 9 else None, font=font))]
    heads, _ = build_headlines(lines, 9.0, "Hei")
    by_title = {h.title[0].text: h for h in heads}
    assert set(by_title) == {"都兰县民族中学启动特色医疗惠民生工作", "直播间卖出牧区好物"}
    assert [l.text for l in by_title["直播间卖出牧区好物"].kicker] == ["走进海西蒙古族藏族自治州德令哈市看", "新变化"]
    assert [l.text for l in by_title["都兰县民族中学启动特色医疗惠民生工作"].kicker] == ["守护群众健康"]


def test_a_role_glued_to_a_dotted_name_by_a_wrap_is_no_part_of_the_name():
    # «（记者 帕提古丽·阿吾提 / 通讯员 黄桂）» wrapped, its space lost: the text parser's names
    # take a dotted name's last part up to eight characters, so «阿吾提通讯员» fitted one.
    assert bracket_byline("（记者 帕提古丽·阿吾提通讯员 黄桂）")[1] == "帕提古丽·阿吾提 黄桂"
    assert bracket_byline("（记者 冯民光通讯员 黄桂）")[1] == "冯民光 黄桂"
    # A dotted name alone keeps all its characters.
    assert bracket_byline("（记者 阿依古丽·吐尔逊）")[1] == "阿依古丽·吐尔逊"
    # So in the bracket after a dateline, which the text parser reads first.
    from reader.pdf.bylines import dateline_of
    found = dateline_of("本报乌鲁木齐5月6日电（记者 帕提古丽·阿吾提通讯员 黄桂）近日，")
    assert found.byline.names == "帕提古丽·阿吾提 黄桂" and found.rest == "近日，"


def test_a_caption_drawn_twice_in_part_reads_in_order_when_it_keeps_copies_of_both_drawings():
    # The grey drawing holds every character; the black one, a point lower and a little left,
    # only some of them.  The darker copy of each pair is kept, so the row mixes two
    # baselines a point apart, more than a line allows, yet it is one caption.
    size = 7.36
    grey = glyphs("巡逻民警在雪中执勤。", 317.4, 76.6, size, step=size, gray=0.55)
    black = [Glyph(g.text, g.x0 - 0.6, g.y0 + 1.0, g.x1 - 0.6, g.y1 + 1.0, g.base + 1.0, size, g.font, False, 0.0)
             for g in grey if g.text in "雪。"]
    lines = build_lines(grey + black)
    assert [l.text for l in lines] == ["巡逻民警在雪中执勤。"]
    # Without a copy, a glyph a point off its neighbours' baseline still starts a line of its own.
    moved = [Glyph(g.text, g.x0, g.y0 + 1.0, g.x1, g.y1 + 1.0, g.base + 1.0, size, g.font, False, 0.0) if g.text == "雪" else g
             for g in glyphs("巡逻民警在雪中执勤。", 317.4, 76.6, size, step=size)]
    assert len(build_lines(moved)) > 1
