"""Offsets across the core (code points) / Qt (UTF-16) boundary."""

import pytest
from PySide6.QtGui import QTextDocument

from reader.ui.offsets import OffsetMap, utf16_len

SAMPLES = ["", "普通文本", "𠮷野家", "a😀b𠮷c", "😀😀", "末尾𠮷"]


@pytest.mark.parametrize("text", SAMPLES)
def test_utf16_len_matches_qt(qapp, text):
    doc = QTextDocument(text)
    # characterCount() includes the final paragraph separator.
    assert utf16_len(text) == doc.characterCount() - 1


@pytest.mark.parametrize("text", SAMPLES)
def test_round_trip_every_code_point(text):
    offsets = OffsetMap(text)
    for cp in range(len(text) + 1):
        assert offsets.to_code_point(offsets.to_utf16(cp)) == cp
    assert offsets.to_utf16(len(text)) == utf16_len(text)


def test_astral_characters_shift_later_offsets():
    offsets = OffsetMap("a😀b𠮷c")
    assert [offsets.to_utf16(cp) for cp in range(6)] == [0, 1, 3, 4, 6, 7]


def test_position_inside_surrogate_pair_rounds_down():
    offsets = OffsetMap("a😀b")
    assert offsets.to_code_point(2) == 1  # between the two halves of 😀


def test_utf16_positions_agree_with_qt_cursor(qapp):
    text = "𠮷野家在北京😀开店"
    doc = QTextDocument(text)
    offsets = OffsetMap(text)
    cp = text.index("北京")
    found = doc.find("北京")
    assert found.selectionStart() == offsets.to_utf16(cp)
    assert found.selectionEnd() == offsets.to_utf16(cp + 2)
