"""Starting the GUI: application, language, style, journal, window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from wellbeing.store.location import default_journal_path
from wellbeing.ui.i18n import choose_language, install_translators
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.resources import resource_path

# The store, the pages and their models are imported once the window is on screen.

USER_ERROR = 2


def create_application(lang: str | None = None) -> tuple[QApplication, str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Wellbeing Journal")
    app.setOrganizationName("WellbeingJournal")
    app.setWindowIcon(QIcon(str(resource_path("icons", "wellbeing.svg"))))
    chosen = choose_language(lang)
    install_translators(app, chosen)  # parented to the app, so they live as long
    style = resource_path("style", "app.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app, chosen


def build_window(path: Path, lang: str) -> MainWindow:
    """A window already on its journal (tests, screenshots); raises JournalError."""
    from wellbeing.store import open_journal
    from wellbeing.ui.journal_store import JournalStore

    return MainWindow(lang, JournalStore(open_journal(path), path))


def open_at_start(app: QApplication, window: MainWindow, path: Path) -> None:
    """Runs once the window is on screen; a journal that cannot open ends the app with 2."""
    from wellbeing.store import JournalError, open_journal
    from wellbeing.ui.errors import explain_journal_error
    from wellbeing.ui.journal_store import JournalStore

    try:
        window.install_store(JournalStore(open_journal(path), path))
    except JournalError as error:
        QMessageBox.critical(
            window, app.translate("App", "Cannot open the journal"), explain_journal_error(error)
        )
        window.close()
        app.exit(USER_ERROR)


def run_gui(journal_path: Path | None = None, lang: str | None = None) -> int:
    app, chosen = create_application(lang)
    path = Path(journal_path) if journal_path else default_journal_path()
    window = MainWindow(chosen)
    window.painted.connect(lambda: open_at_start(app, window, path))
    window.show()
    return app.exec()
