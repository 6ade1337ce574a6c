"""Entity colours: distinct per type, and text stays readable on every tint."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from reader.model import ENTITY_LABELS
from reader.ui.palette import EntityPalette, label_name


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_every_type_has_a_distinct_colour(dark):
    palette = EntityPalette(dark=dark)
    assert len({palette.background(label).name() for label in ENTITY_LABELS}) == len(ENTITY_LABELS)
    assert len({palette.swatch(label).name() for label in ENTITY_LABELS}) == len(ENTITY_LABELS)


@pytest.mark.parametrize("label", ENTITY_LABELS)
def test_body_text_stays_readable_on_the_tint(label):
    # WCAG AA for body text: 4.5:1 — dark text on light tints, light text on dark tints.
    assert contrast(EntityPalette(dark=False).background(label), QColor("#202020")) >= 4.5
    assert contrast(EntityPalette(dark=True).background(label), QColor("#e0e0e0")) >= 4.5


def test_every_type_has_a_name(qapp):
    assert [label_name(label) for label in ENTITY_LABELS] == [
        "People", "Places", "Organisations", "Times", "Numbers", "Titles",
    ]
