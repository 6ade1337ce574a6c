"""Entity colours: the Okabe–Ito palette, distinguishable with every common colour-vision deficiency.

Each type gets a saturated "swatch" (legend, underline) and a background tint
mixed towards the page colour, so that text stays readable on light and dark
themes alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from reader.model import ENTITY_LABELS

# Okabe & Ito (2008), "Color Universal Design"; black omitted.
_OKABE_ITO = {
    "PER": "#E69F00",  # orange
    "LOC": "#56B4E9",  # sky blue
    "ORG": "#009E73",  # bluish green
    "TIME": "#F0E442",  # yellow
    "NUM": "#0072B2",  # blue
    "WORK": "#CC79A7",  # reddish purple
}

_LIGHT_PAGE = QColor("#ffffff")
_DARK_PAGE = QColor("#1e1e1e")


def _mix(color: QColor, page: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``page`` (an opaque blend, stable on any widget)."""
    return QColor(
        round(color.red() * amount + page.red() * (1 - amount)),
        round(color.green() * amount + page.green() * (1 - amount)),
        round(color.blue() * amount + page.blue() * (1 - amount)),
    )


@dataclass(frozen=True)
class EntityPalette:
    dark: bool

    def swatch(self, label: str) -> QColor:
        return QColor(_OKABE_ITO[label])

    def background(self, label: str) -> QColor:
        if self.dark:
            return _mix(self.swatch(label), _DARK_PAGE, 0.32)
        return _mix(self.swatch(label), _LIGHT_PAGE, 0.35)


def label_name(label: str) -> str:
    """The translated, user-facing name of an entity type."""
    names = {
        "PER": QCoreApplication.translate("EntityLabels", "People"),
        "LOC": QCoreApplication.translate("EntityLabels", "Places"),
        "ORG": QCoreApplication.translate("EntityLabels", "Organisations"),
        "TIME": QCoreApplication.translate("EntityLabels", "Times"),
        "NUM": QCoreApplication.translate("EntityLabels", "Numbers"),
        "WORK": QCoreApplication.translate("EntityLabels", "Titles"),
    }
    return names[label]


assert set(_OKABE_ITO) == set(ENTITY_LABELS)
