"""Light and dark themes: a Fusion style with our own palettes.

Fusion draws every widget from the palette alone, so the same colours hold on
every platform and a dark theme does not depend on the desktop having one.
Colours are chosen for contrast: text on its background is at least 7:1 and
selected text at least 4.5:1 (WCAG AA), placeholder and disabled text at
least 3:1 (tests/ui/test_theme.py checks this).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark")

R = QPalette.ColorRole
G = QPalette.ColorGroup

# role -> (active/inactive colour, disabled colour or None for the same)
_LIGHT: dict[QPalette.ColorRole, tuple[str, str | None]] = {
    R.Window: ("#f3f3f3", None),
    R.WindowText: ("#1a1a1a", "#7d7d7d"),
    R.Base: ("#ffffff", "#f3f3f3"),
    R.AlternateBase: ("#f3f6f9", None),
    R.Text: ("#1a1a1a", "#7d7d7d"),
    R.PlaceholderText: ("#6b6b6b", "#8c8c8c"),
    R.Button: ("#e8e8e8", "#ededed"),
    R.ButtonText: ("#1a1a1a", "#7d7d7d"),
    R.BrightText: ("#b00020", None),
    R.Highlight: ("#2a64a8", "#c4c4c4"),
    R.HighlightedText: ("#ffffff", "#3a3a3a"),
    R.Link: ("#1a5aa6", "#7d7d7d"),
    R.LinkVisited: ("#6a3d9a", "#7d7d7d"),
    R.ToolTipBase: ("#fffbe0", None),
    R.ToolTipText: ("#1a1a1a", None),
    R.Light: ("#ffffff", None),
    R.Midlight: ("#e3e3e3", None),
    R.Mid: ("#b8b8b8", None),
    R.Dark: ("#9a9a9a", None),
    R.Shadow: ("#6e6e6e", None),
}

_DARK: dict[QPalette.ColorRole, tuple[str, str | None]] = {
    R.Window: ("#2b2b2b", None),
    R.WindowText: ("#e8e8e8", "#858585"),
    R.Base: ("#1f1f1f", "#262626"),
    R.AlternateBase: ("#262a2e", None),
    R.Text: ("#e8e8e8", "#858585"),
    R.PlaceholderText: ("#9a9a9a", "#7a7a7a"),
    R.Button: ("#363636", "#2f2f2f"),
    R.ButtonText: ("#e8e8e8", "#858585"),
    R.BrightText: ("#ff8a80", None),
    R.Highlight: ("#2f66b8", "#4a4a4a"),
    R.HighlightedText: ("#ffffff", "#b0b0b0"),
    R.Link: ("#8ab8ff", "#858585"),
    R.LinkVisited: ("#c7a4ff", "#858585"),
    R.ToolTipBase: ("#3c3c3c", None),
    R.ToolTipText: ("#f0f0f0", None),
    R.Light: ("#4d4d4d", None),
    R.Midlight: ("#3d3d3d", None),
    R.Mid: ("#262626", None),
    R.Dark: ("#191919", None),
    R.Shadow: ("#000000", None),
}


def palette_for(theme: str) -> QPalette:
    """The palette of `theme` ("light" or "dark")."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {THEMES}")
    roles = _LIGHT if theme == "light" else _DARK
    palette = QPalette()
    for role, (normal, disabled) in roles.items():
        for group in (G.Active, G.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(G.Disabled, role, QColor(disabled or normal))
    accent = getattr(R, "Accent", None)  # Qt ≥ 6.6: what Fusion uses for focus frames and checks
    if accent is not None:
        for group in (G.Active, G.Inactive, G.Disabled):
            palette.setColor(group, accent, palette.color(group, R.Highlight))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (for colours chosen per theme elsewhere)."""
    return palette.color(R.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to `theme`; widgets get a PaletteChange event."""
    palette = palette_for(theme)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    # Tell Qt the scheme too (Qt ≥ 6.8), so that dialogs drawn by the
    # platform and the window decorations match where the platform allows.
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setPalette(palette)
