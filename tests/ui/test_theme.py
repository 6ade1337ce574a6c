"""Themes: Fusion with light/dark palettes whose text is readable (WCAG contrast)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLineEdit

from reader.ui.theme import THEMES, apply_theme, is_dark, palette_for

R = QPalette.ColorRole
G = QPalette.ColorGroup


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_known_values():
    # Guard the helper the other tests rely on: black on white is 21:1, equal colours 1:1.
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.fixture
def restore_app_look(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "unsetColorScheme"):
        hints.unsetColorScheme()


READABLE = [  # (foreground, background, minimum ratio)
    (R.Text, R.Base, 7.0),
    (R.WindowText, R.Window, 7.0),
    (R.ButtonText, R.Button, 7.0),
    (R.ToolTipText, R.ToolTipBase, 7.0),
    (R.Text, R.AlternateBase, 7.0),
    (R.HighlightedText, R.Highlight, 4.5),
    (R.Link, R.Base, 4.5),
    (R.LinkVisited, R.Base, 4.5),
    (R.PlaceholderText, R.Base, 4.5),
]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("fg", "bg", "minimum"), READABLE)
def test_active_text_has_enough_contrast(qapp, theme, fg, bg, minimum):
    palette = palette_for(theme)
    for group in (G.Active, G.Inactive):
        ratio = contrast(palette.color(group, fg), palette.color(group, bg))
        assert ratio >= minimum, f"{theme} {fg.name} on {bg.name}: {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("fg", "bg"), [(R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)])
def test_disabled_text_is_dimmer_but_still_legible(qapp, theme, fg, bg):
    palette = palette_for(theme)
    disabled = contrast(palette.color(G.Disabled, fg), palette.color(G.Disabled, bg))
    active = contrast(palette.color(G.Active, fg), palette.color(G.Active, bg))
    assert 3.0 <= disabled < active


def test_light_and_dark_are_what_they_say(qapp):
    assert not is_dark(palette_for("light"))
    assert is_dark(palette_for("dark"))
    assert luminance(palette_for("dark").color(R.Base)) < luminance(palette_for("light").color(R.Base))


def test_unknown_theme_is_refused(qapp):
    with pytest.raises(ValueError):
        palette_for("sepia")


def test_apply_theme_sets_fusion_and_reaches_widgets(restore_app_look, qtbot):
    app = restore_app_look
    field = QLineEdit()
    qtbot.addWidget(field)
    # Widgets take the new palette when the change events are processed.
    apply_theme(app, "dark")
    assert app.style().name().lower() == "fusion"
    qtbot.waitUntil(lambda: field.palette().color(R.Base) == palette_for("dark").color(R.Base))
    apply_theme(app, "light")
    qtbot.waitUntil(lambda: field.palette().color(R.Base) == palette_for("light").color(R.Base))
    assert app.palette().color(R.Highlight) == palette_for("light").color(R.Highlight)
