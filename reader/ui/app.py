"""Starting the app: the QApplication, fonts, language and theme, the library, the window.

Which library opens: ``--library PATH``, else the last one used, else the
default in the user's data directory. A library file that does not exist yet
is created; at the very first launch (the default library is new) the bundled
sample page is imported, so a newcomer sees four articles at once. A library
that cannot be opened is explained in a dialog, with the choice of another
file, instead of a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__
from reader.paths import APP_NAME, default_library_path, sample_page_path

ORGANIZATION = "reader"  # QSettings' folder; the same name as the data directory


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reader", description="Read and annotate Chinese newspaper pages.")
    parser.add_argument("--library", metavar="PATH", help="the library file to open (created if missing)")
    # Qt's own options (-platform, -style …) are left for QApplication.
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args


def skip_unused_imports() -> None:
    """Keep pandas and numpy out of the start-up (see reader.startup).

    pandas stays out of the GUI process altogether; numpy is hidden only
    while sqlite-utils loads, because the recogniser needs it later (in its
    worker thread, after the window is up).
    """
    from reader.startup import import_sqlite_utils_lean

    sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]  # "import pandas" fails fast
    import_sqlite_utils_lean()


def create_application(argv: Sequence[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationDisplayName("Reader")
    return app


def startup_library_path(cli_path: str | None, last_library: str | None) -> tuple[Path, bool]:
    """(path to open, whether it is the default library)."""
    if cli_path:
        return Path(cli_path).expanduser(), False
    if last_library and Path(last_library).exists():
        return Path(last_library), False
    return default_library_path(), True


def import_sample(library) -> None:
    """The bundled sample page, so a first launch shows articles."""
    try:
        from reader.ingest import import_file

        import_file(library, sample_page_path())
    except Exception as error:  # noqa: BLE001 - a broken sample must not stop the app
        from reader.ui.plain_text import tell

        tell(
            None,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "Sample Page"),
            QCoreApplication.translate("App", "The sample page could not be imported: %1").replace("%1", str(error)),
        )


def open_startup_library(path: Path, is_default: bool):
    """Open (or create) the library; on failure offer another file until one opens or the user quits."""
    from reader.ui.dialogs import choose_library_path, try_open_library
    from reader.ui.plain_text import ask

    while True:
        first_launch = is_default and not path.exists()
        library = try_open_library(path)
        if library is not None:
            if first_launch and library.articles.is_empty():
                import_sample(library)
            return library
        answer = ask(
            None,
            QCoreApplication.translate("App", "Cannot Open Library"),
            QCoreApplication.translate("App", "Open or create another library instead?"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer != QMessageBox.StandardButton.Open:
            return None
        chosen = choose_library_path(None, create=False)
        if not chosen:
            return None
        path, is_default = Path(chosen), False


def build(argv: Sequence[str], *, recognise: bool = True):
    """Everything up to the event loop: (app, window), or (app, None) if no library opened.

    Separate from ``main`` so that the benchmark starts the app the same way.
    """
    args = parse_args(argv)
    skip_unused_imports()
    app = create_application(argv)

    from reader.ui.fonts import register_bundled_fonts
    from reader.ui.i18n import install_translator
    from reader.ui.settings import Settings
    from reader.ui.theme import apply_theme

    settings = Settings()
    install_translator(app, settings.language)  # before any widget builds its texts
    register_bundled_fonts(app)
    apply_theme(app, settings.theme)

    path, is_default = startup_library_path(args.library, settings.last_library)
    library = open_startup_library(path, is_default)
    if library is None:
        return app, None

    from reader.ui.controller import LibraryController
    from reader.ui.main_window import MainWindow

    controller = LibraryController(library)
    window = MainWindow(controller, settings, recognise=recognise)
    # The controller lives as long as the window (Qt ownership keeps it alive).
    controller.setParent(window)
    return app, window


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    from reader.ui.xcb_check import check

    # Before the QApplication: with a library of the X11 plugin missing, Qt
    # would abort with a message that names neither the library nor its package.
    problem = check(argv)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app, window = build(argv)
    if window is None:
        return 1
    from reader.ui.crash_report import CrashReporter

    crashes = CrashReporter(parent=window)
    crashes.install()
    # Threads must end before Qt tears down, however the app quits.
    app.aboutToQuit.connect(window.stop_workers)
    from reader.ui.workers import stop_all_threads

    app.aboutToQuit.connect(stop_all_threads)  # any a view started and did not stop
    window.show()
    code = app.exec()
    window.controller.library.close()
    return code
