"""Entity colours: six highlight tints that stay apart for the common colour-vision deficiencies.

The hues are those of the Okabe–Ito palette (Okabe & Ito 2008, "Color
Universal Design": orange, sky blue, bluish green, yellow, blue, reddish
purple), one per type, but mixing those colours towards the page, as the
first palette did, made Places and Numbers two near-identical light blues
(CIEDE2000 5.9) and left orange and yellow close for deuteranopes (4.2).
The tints below were chosen for the highlight itself, the colour actually
seen behind the text, each within 20° of its Okabe–Ito hue, by maximising the
smallest CIEDE2000 difference between any two of them for normal vision and
for simulated deuteranopia and protanopia (Machado et al. 2009, severity
1.0), under three constraints: the theme's text colour keeps at least 7:1
contrast on every tint (WCAG AAA), every tint differs from the page by at
least 10 under the three simulations, and the tint keeps some chroma (it
must read as a colour). Smallest differences reached: 18 on the light page,
9.8 on the dark one (a dark page leaves little lightness to work with);
tests/ui/test_palette.py checks them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from reader.labels import LABELS
from reader.model import ENTITY_LABELS

# Okabe & Ito (2008): the hue each type's tints are drawn from.
OKABE_ITO = {
    "PER": "#E69F00",  # orange
    "LOC": "#56B4E9",  # sky blue
    "ORG": "#009E73",  # bluish green
    "TIME": "#F0E442",  # yellow
    "NUM": "#0072B2",  # blue
    "WORK": "#CC79A7",  # reddish purple
}

# Highlight tints behind text #1a1a1a on the page #ffffff, and behind #e8e8e8 on #1e1e1e.
LIGHT_TINTS = {"PER": "#cb9b73", "LOC": "#ace8ff", "ORG": "#d3f7d4", "TIME": "#fae963", "NUM": "#7ca3fc", "WORK": "#cb97ab"}
DARK_TINTS = {"PER": "#42320f", "LOC": "#1e3651", "ORG": "#155536", "TIME": "#594b00", "NUM": "#0b4c8b", "WORK": "#644251"}


@dataclass(frozen=True)
class EntityPalette:
    dark: bool

    def background(self, label: str) -> QColor:
        """The tint behind an entity's text in the reader."""
        return QColor((DARK_TINTS if self.dark else LIGHT_TINTS)[label])

    def swatch(self, label: str) -> QColor:
        """The colour that stands for the type in the legend and the entity index: the tint itself,
        so that what the key shows is what the text shows."""
        return self.background(label)

    def border(self, label: str) -> QColor:
        """An edge for a swatch, so a pale tint shows against the window."""
        tint = self.background(label)
        return tint.lighter(160) if self.dark else tint.darker(150)


# The names the app shows come from reader.labels (shared with the command
# line); listed here as well so that lupdate finds them for the catalogue.
_NAMES_FOR_TRANSLATORS = (
    QT_TRANSLATE_NOOP("EntityLabels", "People"),
    QT_TRANSLATE_NOOP("EntityLabels", "Places"),
    QT_TRANSLATE_NOOP("EntityLabels", "Organisations"),
    QT_TRANSLATE_NOOP("EntityLabels", "Times"),
    QT_TRANSLATE_NOOP("EntityLabels", "Numbers"),
    QT_TRANSLATE_NOOP("EntityLabels", "Titles"),
)


def label_name(label: str) -> str:
    """The translated, user-facing name of an entity type."""
    return QCoreApplication.translate("EntityLabels", LABELS[label].english)


assert set(OKABE_ITO) == set(LIGHT_TINTS) == set(DARK_TINTS) == set(ENTITY_LABELS)
assert _NAMES_FOR_TRANSLATORS == tuple(LABELS[label].english for label in ENTITY_LABELS)
