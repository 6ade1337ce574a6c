"""Page text printed by ``parse`` and ``list`` carries no terminal escape sequences."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.model import Article, Block, Page
from reader.store.library import Library
from reader.terminal import for_terminal

# What a hostile page may hide: colours (CSI, 7-bit and C1), a window title
# (OSC ... BEL), a clipboard write (OSC 52 ... ST), a hyperlink (OSC 8), a
# charset switch, a bell and a carriage return that overwrites the line.
HOSTILE = {
    "\x1b[31m红色\x1b[0m": "红色",
    "\x9b1;31m红色": "红色",
    "标题\x1b]0;pwned\x07": "标题",
    "\x1b]52;c;ZWNobyBwd25lZA==\x1b\\复制": "复制",
    "\x1b]8;;http://evil.example/\x1b\\链接\x1b]8;;\x1b\\": "链接",
    "\x9d0;title\x9c标题": "标题",
    "\x1b(0线条\x1b(B": "线条",
    "铃\x07声": "铃声",
    "真\r假": "真假",
    "未终止\x1b]0;rest of the line\n下一行": "未终止\n下一行",
}


@pytest.mark.parametrize("raw, shown", HOSTILE.items())
def test_escape_sequences_are_removed_whole(raw, shown):
    assert for_terminal(raw) == shown


def test_ordinary_text_is_unchanged():
    text = "𠮷野家\t2月15日上午\n“引号”《作品》 ASCII [brackets] ~!@#$%^&*()_+"
    assert for_terminal(text) == text


BODY = "内蒙古的春天天气变化无常，一夜北风紧。" * 60  # long enough not to count as binary


@pytest.fixture
def page_file(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(f"标题\x1b]0;pwned\x07测试\n\n{BODY}正文\x1b[31m红色\x1b[0m内容，\x9b31m还有。{BODY}\n", encoding="utf-8")
    return path


def _has_controls(text: str) -> bool:
    return any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


def test_parse_text_output_has_no_control_characters(capsys, page_file):
    assert main(["parse", str(page_file)]) == 0
    out = capsys.readouterr().out
    assert not _has_controls(out)
    assert "# 标题测试" in out and "正文红色内容，还有。" in out


def test_list_output_has_no_control_characters(capsys, tmp_path):
    db = tmp_path / "lib.db"
    with Library(db) as library:
        library.pages.add("a\x1b[2Jb.txt", Page([Article(title="标\x1b]0;x\x07题\t二", byline="王\x9b5m明", body=[Block("paragraph", "正文。")])]))
    assert main(["list", "--library", str(db)]) == 0
    line = capsys.readouterr().out.rstrip("\n")
    assert line.split("\t")[:4] == ["1", "ab.txt", "标题 二", "王明"]  # then the page's date, paper, page, section
