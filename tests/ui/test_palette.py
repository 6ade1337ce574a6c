"""Entity colours: distinct for normal vision and for deuteranopes and protanopes, readable in both themes.

Distinctness is measured on the tints the reader draws behind the text, with
CIEDE2000 after simulating each deficiency (Machado et al. 2009), so the test
checks what people see, not the swatches' names.
"""

from __future__ import annotations

import itertools

import pytest

from reader.model import ENTITY_LABELS
from reader.ui.palette import OKABE_ITO, EntityPalette, label_name
from reader.ui.theme import palette_for
from colour_science import ciede2000, contrast, delta_e, hex_rgb, lab

VISION = (None, "deuteranopia", "protanopia")
# Smallest CIEDE2000 difference between two types' tints (about 2.3 is "just noticeable";
# 10 and more reads as a different colour at a glance).
MIN_DELTA_E = {"light": 15.0, "dark": 9.0}
MIN_DELTA_E_FROM_PAGE = 10.0
MIN_TEXT_CONTRAST = 7.0  # WCAG AAA for body text


def theme_colors(theme: str) -> tuple[str, str]:
    """(page, text) of the reader in a theme."""
    palette = palette_for(theme)
    return palette.color(palette.ColorRole.Base).name(), palette.color(palette.ColorRole.Text).name()


def tints(theme: str) -> dict[str, str]:
    palette = EntityPalette(dark=theme == "dark")
    return {label: palette.background(label).name() for label in ENTITY_LABELS}


def test_ciede2000_matches_the_published_test_data():
    # Sharma, Wu & Dalal (2005), table 1, pairs 1, 7 and 17.
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50, 0, 0), (50, -1, 2)) == pytest.approx(2.3669, abs=1e-4)
    assert ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("vision", VISION)
def test_every_two_types_look_different(theme, vision):
    colors = tints(theme)
    worst = min(
        (delta_e(colors[a], colors[b], vision), a, b) for a, b in itertools.combinations(ENTITY_LABELS, 2)
    )
    assert worst[0] >= MIN_DELTA_E[theme], worst


def test_places_and_numbers_are_no_longer_two_light_blues():
    colors = tints("light")
    assert delta_e(colors["LOC"], colors["NUM"]) >= 20


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("vision", VISION)
def test_every_tint_shows_on_the_page(theme, vision):
    page, _text = theme_colors(theme)
    for label, color in tints(theme).items():
        assert delta_e(color, page, vision) >= MIN_DELTA_E_FROM_PAGE, label


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_stays_readable_on_every_tint(theme):
    _page, text = theme_colors(theme)
    for label, color in tints(theme).items():
        assert contrast(text, color) >= MIN_TEXT_CONTRAST, (label, color, text)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_each_tint_keeps_its_okabe_ito_hue(theme):
    import math

    def hue(color: str) -> float:
        _l, a, b = lab(hex_rgb(color))
        return math.degrees(math.atan2(b, a)) % 360

    for label, color in tints(theme).items():
        difference = abs(hue(color) - hue(OKABE_ITO[label])) % 360
        assert min(difference, 360 - difference) <= 25, label


def test_tag_chips_are_readable_in_both_themes():
    # Chips are painted with the palette's button colours (reader/ui/tag_chips.py).
    for theme in ("light", "dark"):
        palette = palette_for(theme)
        text = palette.color(palette.ColorRole.ButtonText).name()
        button = palette.color(palette.ColorRole.Button).name()
        assert contrast(text, button) >= MIN_TEXT_CONTRAST, theme


def test_every_type_has_a_name(qapp):
    assert [label_name(label) for label in ENTITY_LABELS] == [
        "People", "Places", "Organisations", "Times", "Numbers", "Titles",
    ]
