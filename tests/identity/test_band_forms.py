"""Header and footer bands as Chinese papers print them, read into values.

Each case is a band (header lines, footer lines) written after the forms
papers use: national and provincial dailies, evening and metropolitan
papers, legal and trade papers; full-width and half-width digits, headers
cut over two lines, imprint footers.  The expected values are complete:
a field not listed must stay empty.
"""

import pytest

from reader.identity import read_bands

E = "editors"

CASES = [
    # --- one-line headers of inner pages
    ("2023年3月7日 星期二 责任编辑：刘某 版式：王某 第3版 综合新闻", {"date": "2023-03-07", "page": "3", "section": "综合新闻", E: [("责任编辑", "刘某"), ("版式", "王某")]}),
    ("人民日报 2023年3月7日 星期二 第4版 要闻", {"newspaper": "人民日报", "date": "2023-03-07", "page": "4", "section": "要闻"}),
    ("4 要闻 2023年3月7日 星期二", {"date": "2023-03-07", "page": "4", "section": "要闻"}),
    ("2023年3月7日 星期二 要闻 4", {"date": "2023-03-07", "page": "4", "section": "要闻"}),
    ("光明日报 2023年03月07日 星期二 第05版 文化", {"newspaper": "光明日报", "date": "2023-03-07", "page": "5", "section": "文化"}),
    ("中国青年报 2023年3月7日 星期二 3 要闻 责任编辑：张三 李四", {"newspaper": "中国青年报", "date": "2023-03-07", "page": "3", "section": "要闻", E: [("责任编辑", "张三"), ("责任编辑", "李四")]}),
    ("经济日报 2023年3月7日 星期二 8 产经", {"newspaper": "经济日报", "date": "2023-03-07", "page": "8", "section": "产经"}),
    ("新京报 2023年3月7日 星期二 A04 北京新闻 编辑 王某 校对 李某", {"newspaper": "新京报", "date": "2023-03-07", "page": "A04", "section": "北京新闻", E: [("编辑", "王某"), ("校对", "李某")]}),
    ("北京青年报 2023年3月7日 星期二 A5 体育 责编 张三 美编 李四", {"newspaper": "北京青年报", "date": "2023-03-07", "page": "A5", "section": "体育", E: [("责编", "张三"), ("美编", "李四")]}),
    ("南方都市报 2023年3月7日 星期二 AA04 深读", {"newspaper": "南方都市报", "date": "2023-03-07", "page": "AA04", "section": "深读"}),
    ("北京晚报 第A09版：北京新闻 2023年3月7日 星期二 责编：王强 美编：李燕 校对：陈红", {"newspaper": "北京晚报", "date": "2023-03-07", "page": "A09", "section": "北京新闻", E: [("责编", "王强"), ("美编", "李燕"), ("校对", "陈红")]}),
    ("法治日报 2023年3月7日 星期二 第3版 法治经纬 责任编辑/张三", {"newspaper": "法治日报", "date": "2023-03-07", "page": "3", "section": "法治经纬", E: [("责任编辑", "张三")]}),
    ("法制日报 2019年6月3日 星期一 第4版 综合新闻", {"newspaper": "法制日报", "date": "2019-06-03", "page": "4", "section": "综合新闻"}),
    ("检察日报 2023年3月7日 星期二 第三版 要闻 主编：张三 责任编辑：李四 校对：王五", {"newspaper": "检察日报", "date": "2023-03-07", "page": "3", "section": "要闻", E: [("主编", "张三"), ("责任编辑", "李四"), ("校对", "王五")]}),
    ("人民法院报 2023年3月7日 第4版 法治文化", {"newspaper": "人民法院报", "date": "2023-03-07", "page": "4", "section": "法治文化"}),
    ("中国纪检监察报 2023年3月7日 星期二 第5版 综合", {"newspaper": "中国纪检监察报", "date": "2023-03-07", "page": "5", "section": "综合"}),
    ("中国石油报 2023年3月7日 星期二 第2版 综合新闻 责任编辑：张三", {"newspaper": "中国石油报", "date": "2023-03-07", "page": "2", "section": "综合新闻", E: [("责任编辑", "张三")]}),
    ("河南法制报 2023年3月7日 星期二 第3版 法治河南", {"newspaper": "河南法制报", "date": "2023-03-07", "page": "3", "section": "法治河南"}),
    ("新华每日电讯 2023年3月7日 星期二 第3版 新闻·焦点", {"newspaper": "新华每日电讯", "date": "2023-03-07", "page": "3", "section": "新闻·焦点"}),
    ("环球时报 2023年3月7日 星期二 第6版 国际论坛", {"newspaper": "环球时报", "date": "2023-03-07", "page": "6", "section": "国际论坛"}),
    ("21世纪经济报道 2023年3月7日 星期二 第3版 金融", {"newspaper": "21世纪经济报道", "date": "2023-03-07", "page": "3", "section": "金融"}),
    ("证券时报 2023年3月7日 星期二 A2 要闻", {"newspaper": "证券时报", "date": "2023-03-07", "page": "A2", "section": "要闻"}),
    ("人民日报海外版 2023年3月7日 星期二 第2版 要闻", {"newspaper": "人民日报海外版", "date": "2023-03-07", "page": "2", "section": "要闻"}),
    ("《内蒙古法制报》2023年2月21日 星期二 第3版", {"newspaper": "内蒙古法制报", "date": "2023-02-21", "page": "3"}),
    ("2023年3月7日 星期二 内蒙古法制报 法治视点", {"newspaper": "内蒙古法制报", "date": "2023-03-07", "section": "法治视点"}),
    ("2023年3月7日 星期二 B2 文体新闻 编辑 孙悦 美编 王 强", {"date": "2023-03-07", "page": "B2", "section": "文体新闻", E: [("编辑", "孙悦"), ("美编", "王强")]}),
    ("A12 2023.03.07 星期二 城事 责编 周小川 美编 郑丽 校对 吴刚", {"date": "2023-03-07", "page": "A12", "section": "城事", E: [("责编", "周小川"), ("美编", "郑丽"), ("校对", "吴刚")]}),
    ("要闻·综合 3", {"page": "3", "section": "要闻·综合"}),
    ("第6版 法治", {"page": "6", "section": "法治"}),
    ("03版 综合", {"page": "3", "section": "综合"}),
    ("第三版 要闻", {"page": "3", "section": "要闻"}),
    ("第 3 版 社会", {"page": "3", "section": "社会"}),
    ("第十二版 副刊", {"page": "12", "section": "副刊"}),
    ("A05", {"page": "A05"}),
    # --- date forms
    ("二〇二三年三月七日 星期二", {"date": "2023-03-07"}),
    ("二零二三年十二月三十一日 星期日 第8版", {"date": "2023-12-31", "page": "8"}),
    ("二○二三年三月十七日 周五", {"date": "2023-03-17"}),
    ("2023.3.7 周二 第3版", {"date": "2023-03-07", "page": "3"}),
    ("2023/03/07 星期二 第03版 社会", {"date": "2023-03-07", "page": "3", "section": "社会"}),
    ("2023-03-07 星期二 A09 财经", {"date": "2023-03-07", "page": "A09", "section": "财经"}),
    ("２０２３年３月７日　星期二　第３版　综合新闻", {"date": "2023-03-07", "page": "3", "section": "综合新闻"}),
    ("2023年３月7日 星期二 第３版", {"date": "2023-03-07", "page": "3"}),
    ("2023 年 3 月 7 日 星期二 第 3 版 综合新闻", {"date": "2023-03-07", "page": "3", "section": "综合新闻"}),
    ("2023年3月7日星期二第3版综合新闻", {"date": "2023-03-07", "page": "3", "section": "综合新闻"}),
    ("星期二 2023年3月7日 第3版", {"date": "2023-03-07", "page": "3"}),
    ("农历癸卯年二月十六 2023年3月7日 星期二", {"date": "2023-03-07"}),
    ("内蒙古日报 2023年2月21日 星期二 农历癸卯年二月初二", {"newspaper": "内蒙古日报", "date": "2023-02-21"}),
    ("2023年3月6日 星期一 农历二月十五 惊蛰", {"date": "2023-03-06"}),
    ("2024年2月29日 星期四 第3版", {"date": "2024-02-29", "page": "3"}),
    ("2023年1月22日 星期日 癸卯兔年正月初一", {"date": "2023-01-22"}),
    # --- issue numbers and serials
    ("2023年3月7日 星期二 总第26543期 今日16版", {"date": "2023-03-07", "issue": "总第26543期"}),
    ("第1234期 总第12345期", {"issue": "第1234期 总第12345期"}),
    ("国内统一连续出版物号 CN15-0021 邮发代号15-33", {"cn": "CN15-0021"}),
    ("CN 15－0021", {"cn": "CN15-0021"}),
    ("国内统一刊号：CN11-0065 代号1-1", {"cn": "CN11-0065"}),
    ("ＣＮ１１－０００１", {"cn": "CN11-0001"}),
    # --- papers not in the list, at masthead position
    ("草原都市报 2023年3月7日 星期二 第3版", {"newspaper": "草原都市报", "date": "2023-03-07", "page": "3"}),
    ("工作汇报 2023年3月7日", {"date": "2023-03-07"}),
]

TWO_LINE_CASES = [
    # header cut over lines
    (["内蒙古法制报", "2023年2月21日 星期二 第3版 综合新闻"], [], {"newspaper": "内蒙古法制报", "date": "2023-02-21", "page": "3", "section": "综合新闻"}),
    (["2023年3月", "7日 星期二 第3版"], [], {"date": "2023-03-07", "page": "3"}),
    (["责任编辑：", "刘某 版式：王某"], [], {E: [("责任编辑", "刘某"), ("版式", "王某")]}),
    (["内蒙古法", "制报 2023年2月21日"], [], {"newspaper": "内蒙古法制报", "date": "2023-02-21"}),
    (
        ["内蒙古法制报", "NEIMENGGU FAZHI BAO", "2023年2月21日 星期二 农历癸卯年二月初二", "第1234期 今日4版", "国内统一连续出版物号 CN15-0021"],
        [],
        {"newspaper": "内蒙古法制报", "date": "2023-02-21", "issue": "第1234期", "cn": "CN15-0021"},
    ),
    (["2023年3月7日 星期二", "第3版 要闻"], [], {"date": "2023-03-07", "page": "3", "section": "要闻"}),
    # footers
    (["2023年3月7日 星期二 综合新闻"], ["- 3 -"], {"date": "2023-03-07", "page": "3", "section": "综合新闻"}),
    ([], ["— 6 —"], {"page": "6"}),
    ([], ["- 12 -"], {"page": "12"}),
    ([], ["·5·"], {"page": "5"}),
    ([], ["本版责编：张三 版式：李四 校对：王五"], {E: [("责编", "张三"), ("版式", "李四"), ("校对", "王五")]}),
    ([], ["第3版 2023年3月7日"], {"date": "2023-03-07", "page": "3"}),
    # imprint footers name a printer or a publisher, never this page's paper
    (
        ["2023年3月7日 星期二 第4版"],
        ["地址：呼和浩特市赛罕区敕勒川大街 邮编：010098 电话：0471-6951234 广告许可证：1500004000012 印刷：内蒙古日报社印务中心"],
        {"date": "2023-03-07", "page": "4"},
    ),
    ([], ["本报地址：北京市朝阳区金台西路2号 邮政编码：100733 电话查询：（010）65368114 印刷：人民日报印刷厂"], {}),
    ([], ["印刷：内蒙古日报 地址：呼和浩特市新城区"], {}),
    ([], ["零售价：1.50元 月价：30元 年价：360元"], {}),
    ([], ["广告经营许可证：京东工商广字第0098号 发行：北京市报刊发行局"], {}),
    ([], ["社址：呼和浩特市 国内统一连续出版物号：CN15-0021 总第4567期"], {"cn": "CN15-0021", "issue": "总第4567期"}),
    # short forms resolved by the region the CN serial names
    (["法制报 2023年2月21日 星期二"], ["国内统一连续出版物号 CN15-0021"], {"newspaper": "内蒙古法制报", "date": "2023-02-21", "cn": "CN15-0021"}),
    (["南都 2023年3月7日 AA04"], [], {"newspaper": "南方都市报", "date": "2023-03-07", "page": "AA04"}),
]


def _values(meta) -> dict:
    out = {}
    for field in ("newspaper", "date", "page", "section", "issue", "cn"):
        if getattr(meta, field):
            out[field] = getattr(meta, field)
    if meta.editors:
        out[E] = [tuple(pair) for pair in meta.editors]
    return out


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_one_line_header(line, expected):
    meta, problems = read_bands([line], [])
    assert _values(meta) == expected
    assert problems == []
    assert all(meta.origins[field] == "header" for field in expected)


@pytest.mark.parametrize(("header", "footer", "expected"), TWO_LINE_CASES, ids=[" / ".join(c[0] + c[1]) for c in TWO_LINE_CASES])
def test_bands_of_several_lines(header, footer, expected):
    meta, problems = read_bands(header, footer)
    assert _values(meta) == expected
    assert problems == []


def test_enough_real_world_forms():
    assert len(CASES) + len(TWO_LINE_CASES) >= 60
    papers = {expected.get("newspaper") for _, expected in CASES} - {None}
    assert len(papers) >= 20


def test_page_number_is_set_only_for_plain_numbers():
    assert read_bands(["第03版"], [])[0].page_number == 3
    assert read_bands(["第三版"], [])[0].page_number == 3
    meta = read_bands(["第A09版"], [])[0]
    assert (meta.page, meta.page_number) == ("A09", None)
    assert "page_number" not in meta.origins


@pytest.mark.parametrize(("line", "editors", "term"), [
    # A name that holds a solar term («立春», «小满») is a name when it is the word after a role.
    ("经济 2022.03.23 责任编辑：雷菊 美编：夏立春", [("责任编辑", "雷菊"), ("美编", "夏立春")], None),
    ("责编：王小满 校对：李明", [("责编", "王小满"), ("校对", "李明")], None),
    # A term printed as a word of its own after the names is still the term, not a name.
    ("2022年2月4日 星期五 立春 责编：王明", [("责编", "王明")], "立春"),
])
def test_a_solar_term_inside_the_name_after_a_role_is_part_of_the_name(line, editors, term):
    from reader.identity.bands import read_line
    from reader.identity.text import fold
    meta, _problems = read_bands([line], [])
    assert [tuple(pair) for pair in meta.editors] == editors
    lunar = [line_text for p in read_line(line).pieces if p.kind == "lunar" for line_text in [fold(line)[p.start:p.end]]]
    assert lunar == ([term] if term else [])
