"""Interface language: installs the app's and Qt's own translators.

The source strings are English, so English needs a catalogue only for its
plural forms (resources/i18n/reader_en.qm); Simplified Chinese comes from
resources/i18n/reader_zh_CN.qm. Both are built from their .ts files by
tools/update_translations.py. Installing or removing a translator makes Qt
send a LanguageChange event to every widget, which is where the widgets
re-set their texts, so the language can be switched while the app runs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.paths import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "zh_CN")
CATALOGUE = "reader"

# objectName of the translators we install, so a later call finds and
# replaces them (they are children of the app, which keeps them alive).
_TRANSLATOR_NAME = "reader.ui.i18n translator"


def language_for_locale(locale: QLocale) -> str:
    """The interface language for a locale: the first of its UI languages we ship.

    Chinese in any script or region gets the Simplified Chinese interface, the
    only Chinese one there is; everything else gets English.
    """
    for tag in locale.uiLanguages():
        base = tag.replace("_", "-").split("-")[0].lower()
        if base == "zh":
            return "zh_CN"
        if base == "en":
            return "en"
    return SOURCE_LANGUAGE


def remove_translators(app: QCoreApplication) -> None:
    """Uninstall every translator installed here: the bare source strings again (tests use it)."""
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == _TRANSLATOR_NAME:
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def _load(app: QCoreApplication, name: str, directory: str) -> bool:
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if translator.load(name, directory) and app.installTranslator(translator):
        return True
    translator.setParent(None)
    translator.deleteLater()
    return False


def translated_in(language: str | None, context: str, text: str) -> str:
    """``text`` (a source string of ``context``) in ``language``, whatever language is installed.

    For the one message that must already speak the language the user has
    just chosen (it takes effect at the next start): a translator is loaded
    for it alone, not installed.
    """
    wanted = language or language_for_locale(QLocale.system())
    if wanted == SOURCE_LANGUAGE:
        return text
    translator = QTranslator()
    if not translator.load(f"{CATALOGUE}_{wanted}", str(resource_path("i18n"))):
        return text
    return translator.translate(context, text) or text


def install_translator(app: QCoreApplication, language: str | None) -> str:
    """Switch the interface to `language` (None: follow the system); return the one in effect.

    Qt's own strings (standard buttons, file dialogs, context menus of text
    fields) are translated too when Qt's qtbase catalogue is installed.
    """
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unsupported interface language {language!r}; expected one of {LANGUAGES}")
    wanted = language or language_for_locale(QLocale.system())
    remove_translators(app)
    catalogues = str(resource_path("i18n"))
    if wanted == SOURCE_LANGUAGE:
        # Only plural forms ("1 article" / "4 articles"); without it the
        # source strings ("%n article(s)") show, which is still correct.
        _load(app, f"{CATALOGUE}_{wanted}", catalogues)
        return wanted

    if not _load(app, f"{CATALOGUE}_{wanted}", catalogues):
        log.warning("no %s translation in %s; the interface stays in English", wanted, catalogues)
        return install_translator(app, SOURCE_LANGUAGE)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not _load(app, f"qtbase_{wanted}", qt_translations):
        log.info("Qt's own %s translation not found in %s", wanted, qt_translations)
    return wanted
