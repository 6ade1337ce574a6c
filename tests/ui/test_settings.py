"""Settings: typed values, defaults, clamping, and what QSettings really reads back.

Values written and read by the same process come back from QSettings' cache
with their Python types; a new process reads them from the INI text, where
14 is "14". The tests that write the INI file by hand are the ones that show
what the next run of the app sees.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QByteArray, QSettings

from reader.model import ENTITY_LABELS
from reader.ui.settings import Settings


@pytest.fixture
def ini(tmp_path):
    return tmp_path / "reader.ini"


def settings_at(path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def write_ini(path, text: str) -> Settings:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return settings_at(path)


def test_defaults_on_an_empty_file(ini):
    s = settings_at(ini)
    assert s.geometry == QByteArray()
    assert s.window_state == QByteArray()
    assert s.splitter_sizes == []
    assert s.font_size == 14
    assert s.theme == "light"
    assert s.visible_entity_labels == set(ENTITY_LABELS) == {"PER", "LOC", "ORG", "TIME", "NUM", "WORK"}
    assert s.last_library is None
    assert s.language is None
    assert s.recent_libraries == []


def test_values_round_trip_through_a_new_process(ini):
    """Write in this process, read in another: no cache, only the file."""
    s = settings_at(ini)
    s.geometry = QByteArray(b"\x01\x00geometry\xff")
    s.window_state = QByteArray(b"\x00state")
    s.splitter_sizes = [280, 720, 300]
    s.font_size = 22
    s.theme = "dark"
    s.visible_entity_labels = {"PER"}
    s.last_library = "/data/库/library.db"
    s.language = "zh_CN"
    s.recent_libraries = ["/a.db"]
    s.sync()

    script = textwrap.dedent(f"""
        from PySide6.QtCore import QSettings
        from reader.ui.settings import Settings
        s = Settings(QSettings({str(ini)!r}, QSettings.Format.IniFormat))
        print(repr((bytes(s.geometry.data()), bytes(s.window_state.data()), s.splitter_sizes,
                    s.font_size, s.theme, sorted(s.visible_entity_labels), s.last_library,
                    s.language, s.recent_libraries)))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert out.stdout.strip() == repr((b"\x01\x00geometry\xff", b"\x00state", [280, 720, 300], 22,
                                       "dark", ["PER"], "/data/库/library.db", "zh_CN", ["/a.db"]))


def test_strings_from_the_ini_file_become_typed_values(ini):
    s = write_ini(ini, """
        [window]
        splitter_sizes=300, 700
        [reading]
        font_size=20
        theme=dark
        hidden_entity_labels=NUM
        [library]
        recent=/only/one.db
        [interface]
        language=en
    """)
    assert s.splitter_sizes == [300, 700]
    assert s.font_size == 20 and isinstance(s.font_size, int)
    assert s.theme == "dark"
    assert s.visible_entity_labels == set(ENTITY_LABELS) - {"NUM"}
    assert s.recent_libraries == ["/only/one.db"]  # a one-element list is stored as a bare string
    assert s.language == "en"


def test_bad_stored_values_fall_back_to_defaults(ini):
    s = write_ini(ini, """
        [window]
        geometry=not bytes
        splitter_sizes=300, wide
        [reading]
        font_size=large
        theme=purple
        hidden_entity_labels=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)
        [interface]
        language=fr
    """)
    assert s.geometry == QByteArray()
    assert s.splitter_sizes == []
    assert s.font_size == 14
    assert s.theme == "light"
    assert s.visible_entity_labels == set(ENTITY_LABELS)
    assert s.language is None


def test_negative_splitter_sizes_are_rejected(ini):
    s = write_ini(ini, "[window]\nsplitter_sizes=300, -5\n")
    assert s.splitter_sizes == []


def test_unknown_hidden_labels_are_ignored(ini):
    s = write_ini(ini, "[reading]\nhidden_entity_labels=PER, MONEY\n")
    assert s.visible_entity_labels == set(ENTITY_LABELS) - {"PER"}


@pytest.mark.parametrize(("stored", "expected"), [("3", 8), ("8", 8), ("40", 40), ("99", 40), ("-1", 8)])
def test_font_size_is_clamped_when_read(ini, stored, expected):
    assert write_ini(ini, f"[reading]\nfont_size={stored}\n").font_size == expected


def test_font_size_is_clamped_when_written(ini):
    s = settings_at(ini)
    s.font_size = 100
    assert s.font_size == 40
    s.font_size = 2
    assert s.font_size == 8


def test_hiding_every_entity_type_survives_a_restart(ini):
    s = settings_at(ini)
    s.visible_entity_labels = set()
    s.sync()
    assert settings_at(ini).visible_entity_labels == set()
    s.visible_entity_labels = set(ENTITY_LABELS)
    assert s.visible_entity_labels == set(ENTITY_LABELS)


def test_language_none_means_follow_the_system(ini):
    s = settings_at(ini)
    s.language = "zh_CN"
    assert s.language == "zh_CN"
    s.language = None
    assert s.language is None
    assert not s.qsettings.contains("interface/language")


def test_invalid_values_are_refused_on_write(ini):
    s = settings_at(ini)
    with pytest.raises(ValueError):
        s.theme = "sepia"
    with pytest.raises(ValueError):
        s.language = "fr"
    with pytest.raises(ValueError):
        s.visible_entity_labels = {"PER", "MONEY"}


def test_recent_libraries_most_recent_first_without_duplicates(ini):
    s = settings_at(ini)
    for path in ["/a.db", "/b.db", "/a.db", "/c.db"]:
        s.add_recent_library(path)
    assert s.recent_libraries == ["/c.db", "/a.db", "/b.db"]
    assert s.last_library == "/c.db"
    for i in range(20):
        s.add_recent_library(f"/{i}.db")
    assert len(s.recent_libraries) == 10
    assert s.recent_libraries[0] == "/19.db"


@pytest.mark.parametrize("run", [1, 2])
def test_default_file_follows_the_config_dir_of_each_test(_isolated_data_dir, run):
    # conftest gives every test its own XDG_CONFIG_HOME; the default file must
    # follow it every time (QSettings' own default path is fixed at first use),
    # so tests never share settings nor touch the user's real ones.
    s = Settings()
    assert s.qsettings.fileName().startswith(str(_isolated_data_dir))
    assert s.font_size == 14
    s.font_size = 30 + run
