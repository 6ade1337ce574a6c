"""Combining a page's identity by origin: user > import > header > filename > pdf, conflicts reported."""

from reader.identity import combine, read_bands, read_path
from reader.model import PageMeta


def _meta(origin: str, **values) -> PageMeta:
    return PageMeta(**values, origins={field: origin for field in values})


def test_header_wins_over_the_file_name_and_the_conflict_is_reported():
    header, _ = read_bands(["内蒙古法制报 2023年2月21日 星期二 第3版 综合新闻"], [])
    name, _ = read_path("/archive/北京晚报/20230222_05.txt")
    meta, conflicts = combine(name, header)  # the order given does not matter
    assert (meta.newspaper, meta.date, meta.page, meta.page_number) == ("内蒙古法制报", "2023-02-21", "3", 3)
    assert {c.field for c in conflicts} == {"newspaper", "date", "page"}
    date = next(c for c in conflicts if c.field == "date")
    assert (date.kept, date.kept_origin, date.overridden, date.overridden_origin) == ("2023-02-21", "header", "2023-02-22", "filename")
    assert "the page header" in date.message() and "the file name" in date.message()
    assert meta.origins == {"newspaper": "header", "date": "header", "page": "header", "page_number": "header", "section": "header"}


def test_each_field_from_its_strongest_source():
    pdf = _meta("pdf", newspaper="人民日报", date="2023-03-01")
    filename = _meta("filename", date="2023-03-07", page="4", page_number=4)
    header = _meta("header", section="要闻")
    given = _meta("import", newspaper="光明日报")
    user = _meta("user", section="文化")
    meta, conflicts = combine(pdf, filename, header, given, user)
    assert (meta.newspaper, meta.date, meta.page, meta.section) == ("光明日报", "2023-03-07", "4", "文化")
    assert meta.origins["newspaper"] == "import" and meta.origins["date"] == "filename" and meta.origins["section"] == "user"
    assert sorted((c.field, c.overridden_origin) for c in conflicts) == [("date", "pdf"), ("newspaper", "pdf"), ("section", "header")]


def test_a_short_form_agrees_with_its_full_name():
    meta, conflicts = combine(_meta("header", newspaper="内蒙古法制报"), _meta("filename", newspaper="法制报"))
    assert meta.newspaper == "内蒙古法制报" and conflicts == []
    _, conflicts = combine(_meta("header", newspaper="河南法制报"), _meta("filename", newspaper="内蒙古法制报"))
    assert len(conflicts) == 1


def test_a_user_can_clear_a_field():
    cleared = PageMeta(origins={"section": "user"})
    meta, conflicts = combine(_meta("header", section="要闻", page="3"), cleared)
    assert meta.section is None and meta.origins["section"] == "user" and meta.page == "3"
    assert conflicts == []


def test_nothing_from_nowhere():
    meta, conflicts = combine(PageMeta(), read_path("/x/000_6d112d3a37cca14d.txt")[0])
    assert meta.is_empty() and meta.origins == {} and conflicts == []


def test_a_letter_label_has_no_page_number_after_combining():
    meta, _ = combine(_meta("filename", page="3", page_number=3), _meta("header", page="A09"))
    assert (meta.page, meta.page_number) == ("A09", None) and "page_number" not in meta.origins
