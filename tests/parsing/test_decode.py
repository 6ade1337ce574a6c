"""Encodings are detected; anything that is not a text page gets a clear error naming the file."""

import pytest

from reader.parsing import MAX_PAGE_BYTES, PageDecodeError, decode_bytes, parse_file, read_page_file

PAGE = "雪“警”增春色\n\n内蒙古的春天天气变化无常，一夜北风紧。（杨娜娜）\n"


@pytest.mark.parametrize(
    "encoding, expected",
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("gbk", "gb18030"), ("gb18030", "gb18030")],
)
def test_detects_encoding(tmp_path, encoding, expected):
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(PAGE.encode(encoding))
    text, found = read_page_file(path)
    assert text == PAGE
    assert found == expected
    assert parse_file(path).encoding == expected


def test_utf16_big_endian_with_bom():
    text, found = decode_bytes(b"\xfe\xff" + PAGE.encode("utf-16-be"))
    assert (text, found) == (PAGE, "utf-16")


def test_characters_outside_gbk_survive_gb18030():
    page = "𠮷某某同志获表彰。\n"
    assert decode_bytes(page.encode("gb18030")) == (page, "gb18030")


def test_binary_data_is_refused_with_file_name(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(PageDecodeError, match=r"photo\.jpg.*binary"):
        read_page_file(path)


def test_latin1_text_is_refused_not_misread():
    data = "Ça va très bien à Zürich, naïve café".encode("latin-1")
    with pytest.raises(PageDecodeError, match=r"scan\.txt.*not valid UTF-8"):
        decode_bytes(data, "scan.txt")


def test_latin1_that_happens_to_be_valid_gb18030_is_refused():
    # An accented letter followed by a letter is a valid GB18030 byte pair,
    # but its reading is rare ideographs, not Chinese text.
    data = "Mélange crème Sérum Zürich Mélange crème Sérum".encode("latin-1")
    data.decode("gb18030")  # the trap: it decodes
    with pytest.raises(PageDecodeError, match="Latin-1"):
        decode_bytes(data, "old.txt")


def test_broken_utf16_after_bom():
    with pytest.raises(PageDecodeError, match="UTF-16|utf-16"):
        decode_bytes(b"\xff\xfe" + b"\x00\xd8\x41", "half.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(PageDecodeError, match="no such file"):
        read_page_file(tmp_path / "absent.txt")
    with pytest.raises(PageDecodeError, match="directory"):
        read_page_file(tmp_path)


def test_file_over_the_limit_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_PAGE_BYTES + 10)
    with pytest.raises(PageDecodeError, match=r"huge\.txt.*too large"):
        read_page_file(path)
