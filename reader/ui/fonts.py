"""The bundled CJK font, so that Chinese renders on machines without one.

resources/fonts/ReaderSansCJKSC-Regular.otf is a subset of Noto Sans CJK SC
(SIL OFL 1.1; see resources/fonts/README.md). Only a Regular face is shipped:
a Bold subset would double the size, and Qt emboldens the Regular face
synthetically where a bold weight is asked for.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from reader.paths import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT_FILE = "ReaderSansCJKSC-Regular.otf"


def bundled_font_path() -> Path:
    return resource_path("fonts", BUNDLED_FONT_FILE)


# Family names of fonts drawn for mainland (simplified) Chinese. Pan-CJK
# collections install one family per region, and Qt's fallback picks the one
# for the *system* locale (Noto Sans CJK JP on an English desktop), whose
# glyph shapes differ from the mainland standard for many hanzi.
_SIMPLIFIED_NAME = re.compile(r"(\bSC\b|\bCN\b|\bGB|YaHei|DengXian|SimSun|SimHei|PingFang SC|WenQuanYi|Heiti SC)")


def system_chinese_families(exclude: set[str] = frozenset()) -> list[str]:
    """Installed families that cover Simplified Chinese, without `exclude`."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return [f for f in families if f not in exclude]


def preferred_simplified_family(families: list[str]) -> str | None:
    """The first family among `families` that is drawn for simplified Chinese."""
    return next((f for f in families if _SIMPLIFIED_NAME.search(f)), None)


def register_bundled_fonts(app: QGuiApplication) -> str | None:
    """Register the bundled CJK font; return its family, or None if it failed to load.

    Why a fallback and not the application font: a system CJK font is more
    complete (it has every character, a bold face, hinting tuned for the
    platform) and is what the user already sees elsewhere, so it must win
    when present. Qt tries the families of a QFont in order, and only then the
    platform's fallbacks for the script; putting our family in that list (or
    in QFont substitutions, which Qt appends to the same list) would put it
    *ahead* of any system CJK font. So we look first: if the system already
    has a Simplified Chinese font we only register ours (harmless, and
    fontconfig may still use it for a character the system font lacks); if
    not, we append it to the application font's families after the default
    family, so Latin text keeps the system UI font and every Chinese
    character falls through to ours. When the system font is a pan-CJK
    collection, its simplified-Chinese family is appended instead, so that
    hanzi take mainland shapes whatever the system locale.
    """
    path = bundled_font_path()
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the bundled CJK font %s", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    bundled = families[0]

    system = system_chinese_families(exclude=set(families))
    if system:
        fallback = preferred_simplified_family(system)
        log.debug("system Chinese fonts present; fallback %s, bundled font unused", fallback)
    else:
        fallback = bundled
        log.debug("no system Chinese font; falling back to the bundled %s", bundled)
    if fallback is not None:
        font = app.font()
        chain = list(font.families()) or [font.family()]
        # The default family is often an alias ("Sans Serif") that Qt does
        # not find as such in a family list, which would make the next
        # entry, a CJK font, draw the Latin text too; name the real family.
        resolved = QFontInfo(font).family()
        for family in (resolved, fallback):
            if family not in chain:
                chain.append(family)
        font.setFamilies(chain)
        app.setFont(font)
    return bundled
