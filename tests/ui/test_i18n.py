"""Interface language: translators, the system locale, and the shipped catalogue."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from reader.paths import resource_path
from reader.ui.i18n import install_translator, language_for_locale, remove_translators

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "reader_zh_CN.ts")
TS_FILES = [TS, resource_path("i18n", "reader_en.ts")]


def load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def app(qapp):
    yield qapp
    remove_translators(qapp)  # leave no translator behind for other tests


def test_chinese_translates_the_interface(app):
    assert install_translator(app, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("Actions", "&Quit") == "退出(&Q)"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert QCoreApplication.translate("EntityLabels", "People") == "人名"
    assert QCoreApplication.translate("ArticleSidebar", "%n article(s)", None, 3) == "3 篇文章"


def test_english_shows_the_source_strings(app):
    assert install_translator(app, "en") == "en"
    assert QCoreApplication.translate("Actions", "&Quit") == "&Quit"


def test_english_plurals(app):
    install_translator(app, "en")
    assert QCoreApplication.translate("ArticleSidebar", "%n article(s)", None, 1) == "1 article"
    assert QCoreApplication.translate("ArticleSidebar", "%n article(s)", None, 4) == "4 articles"
    install_translator(app, "zh_CN")  # the English catalogue goes when Chinese comes
    assert QCoreApplication.translate("ArticleSidebar", "%n article(s)", None, 4) == "4 篇文章"


def test_switching_back_removes_the_chinese_translator(app):
    install_translator(app, "zh_CN")
    install_translator(app, "zh_CN")  # installing twice must not stack translators
    install_translator(app, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_qt_own_strings_are_translated_too(app):
    install_translator(app, "zh_CN")
    if QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel":
        pytest.skip("this Qt build ships no qtbase_zh_CN.qm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_remove_translators_restores_the_source_strings(app):
    install_translator(app, "en")
    remove_translators(app)
    assert QCoreApplication.translate("ArticleSidebar", "%n article(s)", None, 4) == "4 article(s)"


def test_unknown_language_is_refused(app):
    with pytest.raises(ValueError):
        install_translator(app, "fr")


@pytest.mark.parametrize(("name", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_CN"),
    ("en_US", "en"), ("en_GB", "en"), ("de_DE", "en"), ("C", "en"),
])
def test_language_for_locale(name, expected):
    assert language_for_locale(QLocale(name)) == expected


@pytest.mark.parametrize(("lang", "expected"), [("zh_CN.UTF-8", "zh_CN 退出(&Q)"), ("en_US.UTF-8", "en &Quit")])
def test_none_follows_the_system_locale(lang, expected):
    # QLocale.system() is read once per process from the environment, so each
    # locale gets its own process.
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        from reader.ui.i18n import install_translator
        app = QCoreApplication([])
        print(install_translator(app, None), QCoreApplication.translate("Actions", "&Quit"))
    """)
    env = {**os.environ, "LC_ALL": lang, "LANG": lang, "LANGUAGE": ""}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == expected


# -- the catalogue ---------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%n|%L?\d|\{\w+\}")


def messages(ts):
    root = ET.parse(ts).getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield (context.findtext("name"), message.findtext("source"),
                   forms or [(translation.text or "").strip()], translation.get("type"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts):
    missing = [(ctx, src) for ctx, src, forms, kind in messages(ts) if kind or not all(forms)]
    assert not missing, f"untranslated (edit {ts.name}): {missing}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_accelerators(ts):
    for ctx, src, forms, _ in messages(ts):
        for text in forms:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(src)), (ctx, src, text)
            assert ("&" in src.replace("&&", "")) == ("&" in text.replace("&&", "")), (ctx, src, text)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_catalogue_has_every_string_of_the_sources(tmp_path, ts):
    """Fails when a tr() string was added to reader/ui without running tools/update_translations.py."""
    tool = load_tool()
    try:
        tool.qt_tool("lupdate")
    except SystemExit:
        pytest.skip("lupdate not available")
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    tool.update_ts(fresh, tool.source_files())

    def keys(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.findall("context")
                for m in c.findall("message")}

    missing = keys(fresh) - keys(ts)
    assert not missing, f"strings not in {ts.name}; run tools/update_translations.py: {sorted(missing)}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_built_from_the_current_ts(tmp_path, ts):
    tool = load_tool()
    try:
        lrelease = tool.qt_tool("lrelease")
    except SystemExit:
        pytest.skip("lrelease not available")
    built = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(built)], check=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run tools/update_translations.py"


def test_wrapper_functions_are_collected_under_their_real_context(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication

        def _tr(text):
            return QCoreApplication.translate("Actions", text)

        def errors():
            tr = lambda text: QCoreApplication.translate("LibraryErrors", text)
            return _tr("&Quit"), tr("Cannot Open Library")

        def other(name):
            return QCoreApplication.translate("Other", name + "!")  # not a wrapper
    '''), encoding="utf-8")
    tool = load_tool()
    found = {(m.context, m.source) for m in tool.wrapper_messages([module])}
    assert found == {("Actions", "&Quit"), ("LibraryErrors", "Cannot Open Library")}
