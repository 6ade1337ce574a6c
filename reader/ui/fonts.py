"""The bundled CJK font, so that Chinese renders on machines without one.

resources/fonts/ReaderSansCJKSC-Regular.otf is a subset of Noto Sans CJK SC
(SIL OFL 1.1; see resources/fonts/README.md). Only a Regular face is shipped:
a Bold subset would double the size, and Qt emboldens the Regular face
synthetically where a bold weight is asked for.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from reader.paths import resource_path

log = logging.getLogger(__name__)

BUNDLED_FONT_FILE = "ReaderSansCJKSC-Regular.otf"


def bundled_font_path() -> Path:
    return resource_path("fonts", BUNDLED_FONT_FILE)


# Families for simplified Chinese, best first: complete, hinted, sans-serif
# faces drawn to the mainland standard, then the bundled subset (always
# there, but a subset: its missing characters fall to the platform). Any
# other CJK font installed (AR PL SungtiL GB and UKai come with LibreOffice
# and fonts-arphic; Noto Sans CJK JP is what an English desktop's fallback
# picks) draws worse or draws hanzi in another region's shapes, so it is
# never chosen over the bundled font. Localised names are what some
# platforms list.
QUALITY_ORDER: tuple[tuple[str, ...], ...] = (
    ("Noto Sans CJK SC",),
    ("Noto Serif CJK SC",),
    ("Source Han Sans SC", "Source Han Sans CN", "思源黑体", "思源黑体 CN"),
    ("Source Han Serif SC", "Source Han Serif CN", "思源宋体", "思源宋体 CN"),
    ("WenQuanYi Zen Hei", "文泉驿正黑", "文泉驛正黑"),
    ("WenQuanYi Micro Hei", "文泉驿微米黑", "文泉驛微米黑"),
    ("Microsoft YaHei", "Microsoft YaHei UI", "微软雅黑"),
    ("PingFang SC", "苹方-简"),
)


def choose_chinese_family(available: Iterable[str], bundled: str | None) -> str | None:
    """The family that draws Chinese: the best of QUALITY_ORDER in ``available``, else ``bundled``."""
    names = set(available)
    for aliases in QUALITY_ORDER:
        for name in aliases:
            if name in names:
                return name
    return bundled


def installed_families() -> list[str]:
    return QFontDatabase.families()


def register_bundled_fonts(app: QGuiApplication) -> str | None:
    """Register the bundled CJK font, choose the family that draws Chinese
    (``choose_chinese_family``), and put it in the application font's family
    list; return the bundled family, or None if it failed to load.

    Why a fallback after the UI font and not the application font itself:
    Latin text keeps the system UI font, and Qt tries the families of a QFont
    in order, so every Chinese character falls through to the chosen family.
    Naming the family explicitly (rather than leaving it to Qt's fallback for
    the script) matters twice: fontconfig's first match for "zh" is often
    the worst font installed (AR PL UKai, a brush script, on a machine with
    LibreOffice), and pan-CJK collections answer with the face of the system
    locale (Noto Sans CJK JP on an English desktop), whose hanzi differ from
    the mainland standard.
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
    chosen = choose_chinese_family(installed_families(), bundled)
    log.debug("Chinese is drawn with %s", chosen)
    font = app.font()
    chain = list(font.families()) or [font.family()]
    # The default family is often an alias ("Sans Serif") that Qt does not
    # find as such in a family list, which would make the next entry, a CJK
    # font, draw the Latin text too; name the real family.
    resolved = QFontInfo(font).family()
    # A Chinese family in the chain already (an earlier choice) would draw hanzi before the chosen one.
    known = {name for aliases in QUALITY_ORDER for name in aliases} | {bundled}
    chain = [f for f in chain if f not in known]
    for family in (resolved, chosen):
        if family is not None and family not in chain:
            chain.append(family)
    font.setFamilies(chain)
    app.setFont(font)
    return bundled
