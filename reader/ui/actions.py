"""Every menu action of the main window and its shortcuts, in one place.

Frescobaldi's pattern: ``_create`` makes the QActions, ``retranslate`` sets
their texts (so a language change only calls that again), and ``SHORTCUTS`` is
the one table of default key sequences. The menus, the Help ▸ Keyboard
shortcuts window and the tests all read from here, so a shortcut cannot be
documented in one place and bound differently in another.

Actions carry no behaviour: the main window connects ``triggered`` to its
slots in one block.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack

# Default shortcuts by action name; the first sequence is the one menus show.
# Ctrl+= and Ctrl++ are both bound because "+" needs Shift on most layouts.
SHORTCUTS: dict[str, tuple[str, ...]] = {
    "file_import": ("Ctrl+O",),
    "file_import_folder": ("Ctrl+Shift+O",),
    "file_export": ("Ctrl+E",),
    "file_import_qdpx": (),
    "file_export_qdpx": (),
    "file_merge_library": (),
    "file_open_library": (),
    "file_new_library": (),
    "file_check_library": (),
    "file_restore_backup": (),
    "file_quit": ("Ctrl+Q",),
    "edit_undo": ("Ctrl+Z",),
    "edit_redo": ("Ctrl+Shift+Z", "Ctrl+Y"),
    "edit_search": ("Ctrl+F",),
    "edit_tag": ("Ctrl+T",),
    "edit_note": ("Ctrl+N",),
    "edit_annotate": ("Ctrl+M",),
    "edit_manage_tags": (),
    # Corrections of the parse (reader/ui/corrections_ui.py).
    "correct_split": ("Ctrl+Shift+S",),
    "correct_split_sentence": (),
    "correct_merge_previous": (),
    "correct_merge_next": (),
    "correct_edit_text": ("F2",),
    "correct_drop": (),
    "correct_delete": ("Ctrl+Shift+Del",),
    "correct_join": (),
    "correct_trash": (),
    "view_raw_page": ("Ctrl+R",),
    "view_page": ("Ctrl+P",),
    "edit_page_properties": (),
    "edit_copy_citation": ("Ctrl+Shift+C",),
    "edit_copy_citation_english": (),
    "view_zoom_in": ("Ctrl+=", "Ctrl++"),
    "view_zoom_out": ("Ctrl+-",),
    "view_theme_light": (),
    "view_theme_dark": (),
    "view_entity_index": (),
    "view_next_hit": ("F3",),
    "view_previous_hit": ("Shift+F3",),
    "view_concordance": ("Ctrl+K",),
    "view_statistics": (),
    "settings_language_system": (),
    "settings_language_en": (),
    "settings_language_zh_CN": (),
    "settings_coder": (),
    "settings_copy_pdfs": (),
    "view_agreement": (),
    "help_shortcuts": ("F1",),
}

# Language actions -> the value stored in Settings.language (None = follow the system).
LANGUAGES: dict[str, str | None] = {
    "settings_language_system": None,
    "settings_language_en": "en",
    "settings_language_zh_CN": "zh_CN",
}


def _tr(text: str) -> str:
    # One translation context for all action texts, so translators find them together.
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Actions", text)


class ActionCollection(QObject):
    """The main window's actions, reachable as attributes (``actions.file_import``)."""

    def __init__(self, parent: QObject, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._actions: dict[str, QAction] = {}
        self._create()
        self.retranslate()
        self._apply_shortcuts()

    # -- creation ------------------------------------------------------------------
    def _create(self) -> None:
        parent = self.parent()
        for name in SHORTCUTS:
            if name == "edit_undo":
                # The stack's own actions enable/disable themselves and name the command.
                action = self._undo_stack.createUndoAction(parent, _tr("&Undo"))
            elif name == "edit_redo":
                action = self._undo_stack.createRedoAction(parent, _tr("&Redo"))
            else:
                action = QAction(parent)
            action.setObjectName(name)
            self._actions[name] = action

        self.theme_group = QActionGroup(self)
        for name in ("view_theme_light", "view_theme_dark"):
            self._actions[name].setCheckable(True)
            self.theme_group.addAction(self._actions[name])

        self.language_group = QActionGroup(self)
        for name in LANGUAGES:
            self._actions[name].setCheckable(True)
            self.language_group.addAction(self._actions[name])

        self._actions["view_entity_index"].setCheckable(True)
        self._actions["view_raw_page"].setCheckable(True)
        self._actions["view_page"].setCheckable(True)
        self._actions["settings_copy_pdfs"].setCheckable(True)
        self._actions["file_quit"].setMenuRole(QAction.MenuRole.QuitRole)

    def _apply_shortcuts(self) -> None:
        for name, keys in SHORTCUTS.items():
            self._actions[name].setShortcuts([QKeySequence(k) for k in keys])
            # Window-wide: Ctrl+T must reach the tag field wherever the focus is.
            self._actions[name].setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def retranslate(self) -> None:
        texts = {
            "file_import": _tr("&Import Pages…"),
            "file_import_folder": _tr("Import &Folder…"),
            "file_export": _tr("&Export Annotations as CSV…"),
            "file_import_qdpx": _tr("&REFI-QDA Project…"),
            "file_export_qdpx": _tr("&REFI-QDA Project…"),
            "file_merge_library": _tr("&Merge Another Library…"),
            "settings_coder": _tr("&Coder Name…"),
            "view_agreement": _tr("&Agreement Between Coders…"),
            "file_open_library": _tr("&Open Library…"),
            "file_new_library": _tr("&New Library…"),
            "file_check_library": _tr("&Check Library"),
            "file_restore_backup": _tr("&Restore from Backup…"),
            "file_quit": _tr("&Quit"),
            "edit_undo": _tr("&Undo"),
            "edit_redo": _tr("&Redo"),
            "edit_search": _tr("&Search Articles"),
            "edit_tag": _tr("Add &Tag to Article"),
            "edit_note": _tr("Edit Article &Note"),
            "edit_annotate": _tr("&Annotate Selected Passage…"),
            "edit_manage_tags": _tr("&Manage Tags…"),
            "correct_split": _tr("&Split Article Here…"),
            "correct_split_sentence": _tr("Split at This &Sentence…"),
            "correct_merge_previous": _tr("Merge with &Previous Article…"),
            "correct_merge_next": _tr("Merge with &Next Article…"),
            "correct_edit_text": _tr("&Edit Text…"),
            "correct_drop": _tr("&Drop as Page Furniture"),
            "correct_delete": _tr("De&lete Article"),
            "correct_join": _tr("&Join with Continuation"),
            "correct_trash": _tr("&Trash…"),
            "view_raw_page": _tr("&Raw Page"),
            "view_page": _tr("&PDF Page"),
            "settings_copy_pdfs": _tr("Copy Imported &PDFs Beside the Library"),
            "edit_page_properties": _tr("Page &Properties…"),
            "edit_copy_citation": _tr("Copy &Citation"),
            "edit_copy_citation_english": _tr("Copy Citation (&English Style)"),
            "view_zoom_in": _tr("&Larger Text"),
            "view_zoom_out": _tr("&Smaller Text"),
            "view_theme_light": _tr("&Light"),
            "view_theme_dark": _tr("&Dark"),
            "view_entity_index": _tr("&Entity Index"),
            "view_next_hit": _tr("&Next Search Hit"),
            "view_previous_hit": _tr("&Previous Search Hit"),
            "view_concordance": _tr("&Concordance…"),
            "view_statistics": _tr("S&tatistics and Charts…"),
            "settings_language_system": _tr("&System Language"),
            # Language names are shown in their own language, untranslated, so
            # a user who cannot read the current interface still finds theirs.
            "settings_language_en": "English",
            "settings_language_zh_CN": "简体中文",
            "help_shortcuts": _tr("&Keyboard Shortcuts"),
        }
        tips = {
            "file_import": _tr("Import newspaper page files into the library"),
            "file_import_folder": _tr("Import every page file (*.txt, *.pdf) of a folder and its subfolders"),
            "file_export": _tr("Write all tags, notes and passage annotations to a CSV file"),
            "edit_annotate": _tr("Annotate the selected passage with a tag and a note"),
            "edit_manage_tags": _tr("Rename, recolour, merge or delete tags"),
            "file_check_library": _tr("Look for damage in the library file (SQLite's integrity check)"),
            "file_restore_backup": _tr("Put back one of the backups kept beside the library"),
            "file_import_qdpx": _tr("Import codes, texts, selections and notes from MAXQDA, ATLAS.ti, NVivo or QualCoder"),
            "file_export_qdpx": _tr("Write the library as a project for MAXQDA, ATLAS.ti, NVivo or QualCoder"),
            "file_merge_library": _tr("Add another reader library's articles and coding to this one"),
            "settings_coder": _tr("The name stored with every tag, note and annotation you make"),
            "view_agreement": _tr("Percent agreement, Cohen's kappa and Krippendorff's alpha of two coders"),
            "correct_split": _tr("The text from the paragraph at the cursor on becomes a new article"),
            "correct_edit_text": _tr("Mend the text of the paragraph or headline at the cursor"),
            "correct_drop": _tr("Take the paragraph or headline at the cursor out of the article as page furniture"),
            "correct_delete": _tr("Move the article into the trash"),
            "correct_join": _tr("Read this article and its continuation on another page as one"),
            "view_raw_page": _tr("Show the page's text as imported, and where each line went"),
            "view_page": _tr("Show the PDF page the article was printed on, with its region outlined"),
            "settings_copy_pdfs": _tr("Copy each imported PDF into a folder beside the library, and read it from there"),
            "edit_page_properties": _tr("Newspaper, date, page and section of the selected articles' pages"),
            "edit_copy_citation": _tr("Copy the article's reference (GB/T 7714), with the selected passage if any"),
            "edit_copy_citation_english": _tr("Copy the article's reference in a plain English style"),
            "view_concordance": _tr("Every hit of a query, an entity or a tag's passages with its context"),
            "view_statistics": _tr("Timelines, facets, top entities, co-occurrence and tag matrices, as charts and tables"),
        }
        for name, text in texts.items():
            action = self._actions[name]
            if name in ("edit_undo", "edit_redo"):
                # The undo stack writes these texts itself ("Undo Add tag") from
                # the prefix given at creation.
                continue
            action.setText(text)
            if name in tips:
                action.setStatusTip(tips[name])

    # -- access --------------------------------------------------------------------
    def __getattr__(self, name: str) -> QAction:
        actions = self.__dict__.get("_actions")
        if actions is not None and name in actions:
            return actions[name]
        raise AttributeError(name)

    def all(self) -> dict[str, QAction]:
        return dict(self._actions)

    def __call__(self) -> list[QAction]:
        # The main window keeps this collection as ``window.actions``, which hides
        # QWidget.actions(); calling it gives what QWidget.actions() would.
        from PySide6.QtWidgets import QWidget

        return QWidget.actions(self.parent())

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action text without '&', shortcuts as the user sees them), for the Help window."""
        rows = []
        for name in SHORTCUTS:
            action = self._actions[name]
            keys = action.shortcuts()
            if not keys:
                continue
            text = _plain(self._idle_text(name))
            shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((text, shown))
        return rows

    def _idle_text(self, name: str) -> str:
        # The undo/redo actions' texts change with the stack; the table shows the plain verb.
        if name == "edit_undo":
            return _tr("&Undo")
        if name == "edit_redo":
            return _tr("&Redo")
        return self._actions[name].text()


# A mnemonic written after the text in brackets, as Chinese and Japanese
# menus do: «导入版面(&I)…», also with full-width brackets «（&I）».
_BRACKETED_MNEMONIC = re.compile(r"\s*[(（]&[^&\s][)）]")


def _plain(text: str) -> str:
    """Menu text without its mnemonic (``&I`` or ``(&I)``) and trailing ellipsis."""
    text = text.replace("&&", "\0")
    text = _BRACKETED_MNEMONIC.sub("", text)
    return text.replace("&", "").replace("\0", "&").rstrip("…").strip()
