"""Big5 pages (Hong Kong and Taiwan papers) decode as Big5, and GB18030 pages stay GB18030.

The traditional-Chinese texts are written for this test (news in the style
of the two places) and encoded here, so the bytes are real Big5.
"""

import json

import pytest

from reader.cli import main
from reader.parsing import PageDecodeError, decode_bytes, parse_file

HONG_KONG = (
    "失業率回落\n\n"
    "香港特別行政區政府今日公布，本港上月失業率為百分之二點九，較上一期下跌零點一個百分點。"
    "勞工及福利局局長表示，零售及餐飲業的就業情況持續改善，但建造業仍面對人手短缺的問題。\n"
)
TAIPEI = (
    "臺北擴大公共運輸補助\n\n"
    "臺北市政府昨天宣布，明年起將擴大公共運輸補助，市民每月只需繳交一千二百元，即可無限次搭乘捷運、公車及渡輪。"
    "交通局長指出，這項措施預計每年可減少約三萬噸的碳排放。\n"
)
TYPHOON = "颱風「山竹」來襲期間，天文台發出十號颶風信號，多區出現樹木倒塌及水浸。\n"
HEADLINE = "立法會三讀通過條例草案"
CANTONESE = "佢哋話啲嘢好平，我哋聽日去睇吓。\n"  # 哋 啲 嘢 are HKSCS characters, not in plain Big5


@pytest.mark.parametrize("text", [HONG_KONG, TAIPEI, TYPHOON, HEADLINE, "記者　陳美玲"])
def test_big5_text_decodes_as_big5(text):
    data = text.encode("big5")
    data.decode("gb18030")  # the trap: the bytes are valid GB18030 too
    assert decode_bytes(data, "hk.txt") == (text, "big5")


def test_hong_kong_supplement_characters_decode_as_big5_hkscs():
    data = CANTONESE.encode("big5hkscs")
    assert decode_bytes(data) == (CANTONESE, "big5hkscs")


def test_taiwan_windows_big5_with_cp950_characters():
    text = "圍棋的棋也寫作碁，票價為五€。"  # 碁 and € are cp950 additions to Big5
    assert decode_bytes(text.encode("cp950")) == (text, "cp950")


# Short simplified lines from the sample page whose GB18030 bytes are also
# valid Big5: they must stay GB18030 (the tie and the punctuation decide).
@pytest.mark.parametrize(
    "line",
    ["阿拉善盟额济纳旗公安局以实战大练", "通辽市公安局科尔沁分局紧密结合各", "“实”字为先 技能练兵强素质", "质量发展。"],
)
def test_gb18030_lines_that_are_also_valid_big5_stay_gb18030(line):
    data = line.encode("gb18030")
    data.decode("big5")  # the trap
    assert decode_bytes(data) == (line, "gb18030")


def test_a_big5_page_parses_into_its_article(tmp_path):
    path = tmp_path / "taipei.txt"
    path.write_bytes(TAIPEI.encode("big5"))
    page = parse_file(path)
    assert page.encoding == "big5"
    assert page.articles[0].title == "臺北擴大公共運輸補助"
    assert "捷運" in page.articles[0].body_text


def test_latin1_is_still_refused_naming_both_readings():
    data = "Mélange crème Sérum Zürich Mélange crème Sérum".encode("latin-1")
    with pytest.raises(PageDecodeError, match="neither its GB18030 nor its Big5.*reading is Chinese text"):
        decode_bytes(data, "old.txt")


@pytest.mark.parametrize("encoding", ["big5", "gb18030", "utf-16", "utf-8-sig"])
def test_entities_command_decodes_files_as_parse_does(tmp_path, capsys, encoding):
    text = "2月15日上午，民警走訪社區。" if encoding == "big5" else "𠮷2月15日上午，包头市固阳县公安局组织培训。"
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert main(["entities", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    start = text.index("2月15日上午")
    assert {"start": start, "end": start + 7, "label": "TIME", "text": "2月15日上午"} in found


def test_entities_command_refuses_binary_naming_the_file(tmp_path, capsys):
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 64)
    assert main(["entities", str(path)]) == 1
    err = capsys.readouterr().err
    assert "photo.jpg" in err and "binary" in err and "Traceback" not in err
