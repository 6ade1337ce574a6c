"""Widths, sentence ends, joins and space normalisation."""

import pytest

from reader.parsing.text import cell_width, is_terminal, join_wrapped, normalise_body, normalise_heading


@pytest.mark.parametrize(
    "line, width",
    [
        ("关深入贯彻落实自治区公安厅和盟市公安局", 19),  # Han: one cell each
        ("标，以“实”“细”“活”“严”为落脚点，集中开展", 19),  # punctuation: half a cell
        ("板弱项，组织开展 2023 年执法业务大培训，", 18),  # digits half, spaces nothing
        ("𠮷", 1),  # outside the BMP, still one character
        ("", 0),
    ],
)
def test_cell_width(line, width):
    assert cell_width(line) == width


@pytest.mark.parametrize(
    "line, terminal",
    [
        ("质量发展。", True),
        ("了，但是救援成功了，我们就放心了。”", True),
        ("要把学到的知识带回家……", True),
        ("你知道吗？", True),
        ("“红蓝对抗”", False),
        ("集中开展", False),
        ("明确了 8 项重点任务，", False),
    ],
)
def test_is_terminal(line, terminal):
    assert is_terminal(line) is terminal


def test_join_wrapped_han_and_latin():
    assert join_wrapped(["本次活动的主题为“Hello", "China”，意在"]) == "本次活动的主题为“Hello China”，意在"
    assert join_wrapped(["受降雪影响，G305 线 618", "公里坡道处"]) == "受降雪影响，G305 线 618公里坡道处"


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("假期变化，难度大。2 月 6日，", "假期变化，难度大。2月6日，"),
        ("授课 42次", "授课42次"),
        ("《使命荣耀 、责任担当》", "《使命荣耀、责任担当》"),
        ("发案数同比下降 7.3%，", "发案数同比下降7.3%，"),
        ("主题为“smart city”，", "主题为“smart city”，"),
        ("the  2023   report", "the 2023 report"),
    ],
)
def test_normalise_body(raw, clean):
    assert normalise_body(raw) == clean


@pytest.mark.parametrize(
    "raw, clean",
    [
        (" “实”字为先  技能练兵强素质 ", "“实”字为先 技能练兵强素质"),
        (" “三项举措”齐头并进", "“三项举措”齐头并进"),
        ("春运 40 天", "春运40天"),
        ("Wi-Fi 6 全覆盖", "Wi-Fi 6全覆盖"),
        # unevenly letter-spaced (pdfminer): a lone character is no part of a two-part headline
        ("雪夜救 援暖人 心", "雪夜救援暖人心"),
        ("大棚蔬 菜 俏 销市场", "大棚蔬菜俏销市场"),
        ("小病不出村 大病不出县", "小病不出村 大病不出县"),
        # the gap of a two-part headline outside a quotation or title mark is real
        ("家庭医生成了“亲戚” 远程会诊让看病不再难", "家庭医生成了“亲戚” 远程会诊让看病不再难"),
        ("非遗技艺焕发新光彩 《走进新时代》首发", "非遗技艺焕发新光彩 《走进新时代》首发"),
        # one just inside the marks is the extractor's
        ("“ 亲戚 ”来了", "“亲戚”来了"),
        ("《 走进新时代 》首发", "《走进新时代》首发"),
    ],
)
def test_normalise_heading(raw, clean):
    assert normalise_heading(raw) == clean


@pytest.mark.parametrize(
    "line, tail",
    [("可，满意度提升至92.1%。", True), ("吗？截至2月底，", True), ("出吗？本次", True), ("近日，全市开展", False), ("目前，", False), ("“以前", False)],
)
def test_continues_sentence(line, tail):
    from reader.parsing.text import continues_sentence

    assert continues_sentence(line) is tail
