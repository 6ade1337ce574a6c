"""A page's identity from its file and folder names: built-in patterns and user templates."""

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from reader.identity import NameTemplate, TemplateError, read_path


def _values(meta) -> dict:
    return {f: getattr(meta, f) for f in ("newspaper", "date", "page", "section", "issue") if getattr(meta, f)}


BUILT_IN = [
    ("/archive/内蒙古法制报/20230221/03.txt", {"newspaper": "内蒙古法制报", "date": "2023-02-21", "page": "3"}),
    ("/archive/20230307_03.txt", {"date": "2023-03-07", "page": "3"}),
    ("/archive/nmgfzb20230307-A09.txt", {"date": "2023-03-07", "page": "A09"}),
    ("/archive/2023-03-07/第3版.txt", {"date": "2023-03-07", "page": "3"}),
    ("/archive/2023年3月7日/要闻_04.txt", {"date": "2023-03-07"}),
    ("/archive/人民日报/2023/03/07/第04版.txt", {"newspaper": "人民日报", "date": "2023-03-07", "page": "4"}),
    ("/archive/光明日报/2023/0307/05.txt", {"newspaper": "光明日报", "date": "2023-03-07", "page": "5"}),
    ("/archive/北京晚报2023年3月7日第A09版.txt", {"newspaper": "北京晚报", "date": "2023-03-07", "page": "A09"}),
    ("/archive/南都/2023_03_07/AA04.txt", {"newspaper": "南方都市报", "date": "2023-03-07", "page": "AA04"}),
    ("/archive/乌兰察布日报/2023.3.7/p03.txt", {"newspaper": "乌兰察布日报", "date": "2023-03-07", "page": "3"}),
    ("/archive/草原都市报/20230307/03版.txt", {"newspaper": "草原都市报", "date": "2023-03-07", "page": "3"}),
    ("/archive/２０２３０３０７＿０３.txt", {"date": "2023-03-07", "page": "3"}),
    # nothing to read: no date, no paper, a hash
    ("/home/user/samples/000_6d112d3a37cca14d.txt", {}),
    ("/home/user/notes/1.txt", {}),
    ("/home/user/扫描件/page_a20230307b9f3e1c2d4.txt", {}),
    ("/home/user/湖南都市报道/1.txt", {}),  # 南都 is part of a longer word here
    ("/home/user/serials/12345678_03.txt", {}),  # eight digits that are no date
]


@pytest.mark.parametrize(("path", "expected"), BUILT_IN, ids=[p for p, _ in BUILT_IN])
def test_built_in_patterns(path, expected):
    meta, problems = read_path(path)
    assert _values(meta) == expected
    assert problems == []
    assert all(origin == "filename" for origin in meta.origins.values())


def test_windows_paths():
    meta, _ = read_path(PureWindowsPath(r"D:\报纸\人民日报\20230307\04.txt"))
    assert _values(meta) == {"newspaper": "人民日报", "date": "2023-03-07", "page": "4"}


def test_impossible_date_in_a_name_is_reported():
    meta, problems = read_path("/archive/2023-02-30_03.txt")
    assert meta.date is None
    assert [(p.kind, p.text) for p in problems] == [("impossible_date", "2023-02-30")]


def test_ambiguous_short_form_in_a_folder_is_kept_and_reported():
    meta, problems = read_path("/archive/法制报/2023年2月21日第3版.txt")
    assert meta.newspaper == "法制报"
    assert [p.kind for p in problems] == ["ambiguous"]


def test_folders_far_above_the_page_are_not_read():
    meta, _ = read_path("/人民日报/a/b/c/d/20230307_03.txt")
    assert meta.newspaper is None


# --- templates


@pytest.mark.parametrize(
    ("template", "path", "expected"),
    [
        ("{newspaper}/{date:%Y%m%d}/{page}.txt", "/x/北京晚报/20230307/05.txt", {"newspaper": "北京晚报", "date": "2023-03-07", "page": "5"}),
        ("{newspaper}/{date:%Y%m%d}/{page}", "/x/北京晚报/20230307/05.txt", {"newspaper": "北京晚报", "date": "2023-03-07", "page": "5"}),
        ("{date:%Y年%m月%d日}_{section}_{page}", "/x/2023年3月7日_法治_A05.txt", {"date": "2023-03-07", "section": "法治", "page": "A05"}),
        ("{date:%d.%m.%y}-{page}", "/x/07.03.23-3.txt", {"date": "2023-03-07", "page": "3"}),
        ("*{date}*/{page}", "/x/扫描_二〇二三年三月七日_完/第3版.txt", {"date": "2023-03-07", "page": "3"}),
        ("{newspaper}-{issue}/{page}", "/x/法治日报-第8123期/2.txt", {"newspaper": "法治日报", "issue": "第8123期", "page": "2"}),
        ("{newspaper}/{{{page}}}", "/x/南都/{A04}.txt", {"newspaper": "南方都市报", "page": "A04"}),
    ],
)
def test_templates(template, path, expected):
    meta, problems = read_path(path, NameTemplate(template))
    assert _values(meta) == expected
    assert problems == []


def test_template_fields_win_and_built_ins_fill_the_rest():
    # The template names the page only; the date still comes from the folder.
    meta, _ = read_path("/x/人民日报/20230307/page-07.txt", NameTemplate("page-{page}"))
    assert _values(meta) == {"newspaper": "人民日报", "date": "2023-03-07", "page": "7"}


def test_path_that_does_not_fit_is_reported_and_built_ins_still_apply():
    meta, problems = read_path("/x/北京晚报/2023-03-07/05.txt", NameTemplate("{newspaper}/{date:%Y%m%d}/{page}.txt"))
    assert [p.kind for p in problems] == ["template_mismatch"]
    assert _values(meta) == {"newspaper": "北京晚报", "date": "2023-03-07", "page": "5"}


def test_template_date_that_cannot_exist():
    meta, problems = read_path("/x/20230230/1.txt", NameTemplate("{date:%Y%m%d}/{page}"))
    assert meta.date is None and meta.page == "1"
    assert [p.kind for p in problems] == ["impossible_date"]


def test_template_page_that_is_no_label():
    meta, problems = read_path("/x/封面.txt", NameTemplate("{page}"))
    assert meta.page is None
    assert [(p.kind, p.field) for p in problems] == [("unreadable", "page")]


def test_extension_must_match_when_the_template_gives_one():
    assert NameTemplate("{page}.pdf").match(PurePosixPath("/x/03.txt")) is None
    assert NameTemplate("{page}").match(PurePosixPath("/x/03.txt")) == {"page": "03"}


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("", "empty"),
        ("{paper}/{page}", "unknown field {paper}"),
        ("{page}/{page}", "twice"),
        ("{date:%Y%m}", "needs a year"),
        ("{date:%Y%q%d}", "unknown code %q"),
        ("{page:%d}", "only {date} takes a format"),
        ("{page", "unclosed"),
        ("page}", "without its"),
        ("plain.txt", "no field"),
    ],
)
def test_bad_templates_say_why(template, words):
    with pytest.raises(TemplateError) as caught:
        NameTemplate(template)
    assert words in str(caught.value)
