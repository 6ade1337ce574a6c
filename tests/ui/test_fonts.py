"""The bundled CJK font: what it covers, and who draws Chinese with and without system CJK fonts.

Which font draws a character is read from the glyph runs of a QTextLayout,
i.e. what Qt really renders. The machine-without-CJK case runs in a child
process whose fontconfig sees only DejaVu, as on a bare Linux install.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from reader.paths import resource_path, sample_page_path
from reader.ui import fonts
from reader.ui.fonts import bundled_font_path, choose_chinese_family, register_bundled_fonts

FAMILY = "Reader Sans CJK SC"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PROBE = textwrap.dedent("""
    import json, sys
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QApplication
    from reader.ui.fonts import register_bundled_fonts
    app = QApplication([])
    family = register_bundled_fonts(app)
    def drawn_by(text):
        layout = QTextLayout(text, app.font())
        layout.beginLayout(); layout.createLine(); layout.endLayout()
        return sorted({run.rawFont().familyName() for run in layout.glyphRuns()})
    from reader.ui.fonts import choose_chinese_family, installed_families
    preferred = choose_chinese_family(installed_families(), family)
    print(json.dumps({"family": family, "preferred": preferred, "hanzi": drawn_by("额济纳旗公安局实字为先"),
                      "latin": drawn_by("Reader")}))
""")


def probe(env_extra: dict[str, str]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_extra}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def raw_font():
    font = QRawFont(str(bundled_font_path()), 16)
    assert font.isValid()
    return font


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def test_font_is_small_and_licensed():
    path = bundled_font_path()
    assert path.stat().st_size < 6_000_000
    licence = (path.parent / "LICENSE.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Version 1.1" in licence
    assert "Noto Sans CJK SC" in (path.parent / "README.md").read_text(encoding="utf-8")


def test_font_covers_gb2312_and_the_common_characters(qapp, raw_font):
    common = resource_path("fonts", "charset", "common-3500.txt").read_text(encoding="utf-8")
    common_chars = {c for line in common.splitlines() if not line.startswith("#") for c in line}
    assert len(common_chars) == 3500
    wanted = gb2312() | common_chars
    wanted |= {chr(c) for c in range(0x3001, 0x3020)}  # CJK punctuation
    wanted |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # full-width forms
    wanted |= {chr(c) for c in range(0x21, 0x7F)}  # ASCII
    missing = sorted(c for c in wanted if not raw_font.supportsCharacter(ord(c)))
    assert not missing, f"{len(missing)} missing, e.g. {''.join(missing[:20])}"
    assert not raw_font.supportsCharacter(ord("𠮷"))  # a subset indeed: rare characters are left out


def test_font_covers_the_translations_and_the_sample(qapp, raw_font):
    root = ET.parse(resource_path("i18n", "reader_zh_CN.ts")).getroot()
    texts = [el.text or "" for el in root.iter() if el.tag in ("translation", "numerusform")]
    texts.append(sample_page_path().read_text(encoding="utf-8"))
    # Symbols such as ✕ (U+2000-2BFF) are not in Noto Sans CJK at all; the
    # system's Latin UI font draws them.
    chinese = {c for text in texts for c in text if not c.isspace() and not 0x2000 <= ord(c) <= 0x2BFF}
    missing = sorted(c for c in chinese if not raw_font.supportsCharacter(ord(c)))
    assert not missing, f"rebuild with resources/fonts/build_subset.py; missing: {''.join(missing)}"


def test_register_returns_the_family(qapp):
    saved = QFont(qapp.font())
    try:
        assert register_bundled_fonts(qapp) == FAMILY
        assert FAMILY in QFontDatabase.families()
    finally:
        qapp.setFont(saved)


@pytest.mark.parametrize(("families", "expected"), [
    (["Noto Sans CJK HK", "Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK TC"], "Noto Sans CJK SC"),
    # fonts-arphic and LibreOffice's fonts: never before a better one (AR PL SungtiL GB matched "GB" before)
    (["AR PL SungtiL GB", "AR PL UKai CN", "Noto Sans CJK SC", "WenQuanYi Zen Hei"], "Noto Sans CJK SC"),
    (["AR PL UMing CN", "AR PL UKai CN", "WenQuanYi Zen Hei"], "WenQuanYi Zen Hei"),
    (["Noto Serif CJK SC", "Source Han Sans SC"], "Noto Serif CJK SC"),
    (["WenQuanYi Micro Hei", "Source Han Serif CN"], "Source Han Serif CN"),
    (["Microsoft JhengHei", "Microsoft YaHei", "SimSun"], "Microsoft YaHei"),
    (["PingFang TC", "PingFang SC", "Heiti SC"], "PingFang SC"),
    # nothing good installed: the bundled subset, not a brush script or the Japanese face
    (["AR PL SungtiL GB", "AR PL UKai CN", "Noto Sans CJK JP"], FAMILY),
    ([], FAMILY),
])
def test_chinese_family_by_quality(families, expected):
    assert choose_chinese_family(families, FAMILY) == expected


@pytest.mark.parametrize(("installed", "expected"), [
    (["DejaVu Sans", "AR PL SungtiL GB", "Noto Sans CJK SC"], "Noto Sans CJK SC"),
    (["DejaVu Sans", "AR PL SungtiL GB", "AR PL UKai CN"], FAMILY),
])
def test_the_app_font_names_the_chosen_family_after_the_ui_font(qapp, monkeypatch, installed, expected):
    monkeypatch.setattr(fonts, "installed_families", lambda: installed)
    saved = QFont(qapp.font())
    try:
        register_bundled_fonts(qapp)
        chain = qapp.font().families()
        assert chain[-1] == expected
        # Only one Chinese family in the chain: no earlier choice draws before it.
        assert sum(f in {"Noto Sans CJK SC", FAMILY, "AR PL SungtiL GB", "AR PL UKai CN"} for f in chain) == 1
        register_bundled_fonts(qapp)  # again (a test, a restart of the UI): the chain does not grow
        assert qapp.font().families() == chain
    finally:
        qapp.setFont(saved)


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs DejaVu fonts to stand for a non-CJK system")
def test_without_system_cjk_fonts_the_bundled_font_draws_chinese(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(textwrap.dedent(f"""\
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>{DEJAVU}</dir>
          <include ignore_missing="yes">/etc/fonts/conf.d</include>
          <cachedir>{tmp_path / "cache"}</cachedir>
        </fontconfig>
    """), encoding="utf-8")
    result = probe({"FONTCONFIG_FILE": str(config)})
    assert result["family"] == FAMILY
    assert result["hanzi"] == [FAMILY]
    assert FAMILY not in result["latin"]  # Latin keeps the system's UI font


def system_has_simplified_chinese_font() -> bool:
    try:
        out = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return False
    return bool(out.stdout.strip())


@pytest.mark.skipif(not system_has_simplified_chinese_font(), reason="no system Chinese font installed")
def test_the_best_system_chinese_font_draws_chinese():
    result = probe({})
    assert result["family"] == FAMILY  # registered all the same
    assert result["hanzi"]
    # The best installed family (e.g. Noto Sans CJK SC rather than the JP face
    # fontconfig picks for an English locale, or WenQuanYi rather than AR PL UKai).
    assert result["hanzi"] == [result["preferred"]]
