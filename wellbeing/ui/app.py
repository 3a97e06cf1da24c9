"""Starting the GUI: application, language, style, journal, window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from wellbeing.store.location import default_journal_path
from wellbeing.ui.i18n import choose_language, install_translators
from wellbeing.ui.journal_access import (
    PASSPHRASE_ENV,
    EarlyUnlock,
    obtain_journal,
    offer_latest_backup,
    start_unlocking,
)
from wellbeing.ui.keyboard import install_keyboard_conventions
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.malloc_arenas import share_one_arena
from wellbeing.ui.qt_dialogs import install_qt_dialog_words
from wellbeing.ui.resources import resource_path
from wellbeing.ui.theme import install_theme
from wellbeing.ui.wheel_guard import install_wheel_guard

# The store, the pages and their models are imported once the window is on screen.

USER_ERROR = 2


def create_application(lang: str | None = None) -> tuple[QApplication, str]:
    share_one_arena()  # before the window's threads start: less memory held
    # instance() is typed QCoreApplication; the app made here is always a QApplication
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName("Wellbeing Journal")
    app.setOrganizationName("WellbeingJournal")
    app.setWindowIcon(QIcon(str(resource_path("icons", "wellbeing.svg"))))
    chosen = choose_language(lang)
    install_translators(app, chosen)  # parented to the app, so they live as long
    install_keyboard_conventions(app)  # Enter presses buttons, Tab leaves date fields whole
    install_theme(app)  # Fusion, the remembered theme's palette and its small style sheet
    install_qt_dialog_words(app)  # Qt's file dialog fully in French
    install_wheel_guard(app)  # the wheel scrolls pages, never an unfocused field's value
    return app, chosen


def build_window(path: Path, lang: str, passphrase: str | None = None) -> MainWindow:
    """A window already on its journal, created if missing (tests, screenshots, scripts).

    The passphrase defaults to WELLBEING_PASSPHRASE; raises JournalError.
    """
    from wellbeing.store import create_journal, journal_exists, open_journal
    from wellbeing.ui.journal_store import JournalStore

    secret = passphrase or os.environ.get(PASSPHRASE_ENV, "")
    if journal_exists(path):
        db = open_journal(path, secret)
    else:
        db, _recovery_key = create_journal(path, secret)
    return MainWindow(lang, JournalStore(db, path))


def claim_journal(app: QApplication, window: MainWindow, path: Path) -> bool:
    """One window per journal: if another has it, wake that one and quit quietly."""
    from wellbeing.ui.single_instance import SingleInstance

    instance = SingleInstance(path, app)
    if instance.claim():
        from wellbeing.ui.cli_handoff import serve_window

        instance.activated.connect(window.bring_to_front)
        instance.capture_requested.connect(window.tray.open_capture)
        serve_window(instance, window)  # `wellbeing log` hands its entry to this window
        return True
    window.hide()
    QMessageBox.information(
        None,
        app.translate("App", "Already open"),
        app.translate(
            "App", "{journal} is already open in another window; it is now in front."
        ).format(journal=path.name),
    )
    window.close()
    app.exit(0)
    return False


def open_at_start(
    app: QApplication,
    window: MainWindow,
    path: Path,
    secret: str | None = None,
    early: EarlyUnlock | None = None,
) -> None:
    """Runs once the window is on screen; a journal that cannot open ends the app with 2.

    early: the key derivation started with the app, when the passphrase was given.
    """
    from wellbeing.store import DamagedJournal, JournalError, JournalExpected
    from wellbeing.ui.errors import explain_journal_error
    from wellbeing.ui.journal_store import JournalStore
    from wellbeing.ui.welcome import needs_welcome, start_welcome

    if secret is None and needs_welcome(path):  # the first start: a welcome, not a dialog

        def give_up() -> None:
            window.close()
            app.exit(0)

        start_welcome(window, path, give_up)
        return
    try:
        db = obtain_journal(window, path, secret, early)
    except OSError as error:
        QMessageBox.critical(
            window,
            app.translate("App", "Cannot open the journal"),
            f"{error.strerror or error}: {path}",
        )
        window.close()
        app.exit(USER_ERROR)
        return
    except (DamagedJournal, JournalExpected) as error:
        restored_with = offer_latest_backup(window, path, explain_journal_error(error))
        if restored_with:
            open_at_start(app, window, path, restored_with)
            return
        window.close()
        app.exit(USER_ERROR)
        return
    except JournalError as error:
        QMessageBox.critical(
            window, app.translate("App", "Cannot open the journal"), explain_journal_error(error)
        )
        window.close()
        app.exit(USER_ERROR)
        return
    if db is None:
        window.close()
        app.exit(0)
        return
    window.install_store(JournalStore(db, path))


def install_error_hook() -> None:
    """Last safety net for errors inside Qt slots: one sentence in a box, never a trace."""
    from wellbeing.domain.validation import InvalidValue
    from wellbeing.store.errors import JournalError
    from wellbeing.ui.errors import explain

    def show(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        parent = QApplication.activeWindow()
        if isinstance(error, InvalidValue | JournalError):
            QMessageBox.warning(
                parent, QApplication.translate("App", "Wellbeing Journal"), explain(error)
            )
            return
        sys.__excepthook__(kind, error, trace)  # for a bug report, on the terminal only
        QMessageBox.critical(
            parent,
            QApplication.translate("App", "Wellbeing Journal"),
            QApplication.translate(
                "App", "Something went wrong ({error}). What you saved before is safe."
            ).format(error=error),
        )

    sys.excepthook = show


def run_gui(journal_path: Path | None = None, lang: str | None = None) -> int:
    path = Path(journal_path) if journal_path else default_journal_path()
    early = start_unlocking(path)  # on the other core while the window is built
    app, chosen = create_application(lang)
    install_error_hook()
    window = MainWindow(chosen)

    def start() -> None:
        if claim_journal(app, window, path):
            open_at_start(app, window, path, early=early)

    window.show_then(start)
    try:
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        window.deleteLater()


def run_capture_gui(journal_path: Path | None = None, lang: str | None = None) -> int:
    """`wellbeing capture`: the running app shows its capture window; without one, a
    minimal app with only the capture window on the journal (passphrase asked if the key
    is not remembered). Ends when the window closes; 2 if the journal cannot open."""
    from PySide6.QtWidgets import QWidget

    from wellbeing.store import JournalError
    from wellbeing.ui.capture_window import CaptureWindow
    from wellbeing.ui.cli_handoff import serve_store
    from wellbeing.ui.errors import explain_journal_error
    from wellbeing.ui.journal_store import JournalStore
    from wellbeing.ui.single_instance import CAPTURE, SingleInstance

    app, chosen = create_application(lang)
    path = Path(journal_path) if journal_path else default_journal_path()
    instance = SingleInstance(path, app)
    if not instance.claim(CAPTURE):
        return 0  # the running app shows its own capture window
    install_error_hook()
    title = app.translate("App", "Cannot open the journal")
    try:
        try:
            db = obtain_journal(QWidget(), path)
        except JournalError as error:
            QMessageBox.warning(None, title, explain_journal_error(error))
            return USER_ERROR
        except OSError as error:
            QMessageBox.warning(None, title, f"{error.strerror or error}: {path}")
            return USER_ERROR
        if db is None:
            return 0
        store = JournalStore(db, path)
        window = CaptureWindow(store, chosen)
        serve_store(instance, store)  # `wellbeing log` hands its entry over meanwhile
        instance.activated.connect(window.bring_to_front)
        instance.capture_requested.connect(window.bring_to_front)
        window.finished.connect(app.quit)
        window.bring_to_front()
        try:
            return app.exec()
        finally:
            window.deleteLater()
            store.close()
    finally:
        instance.release()
        sys.excepthook = sys.__excepthook__


def run_team_gui(
    folder: Path | None, lang: str | None, team: str | None = None, minimum: int = 5
) -> int:
    """The team lead's window alone (`wellbeing team [DIR]`): no journal is opened or needed.

    Without a folder, one is asked for first; declining ends quietly.
    """
    from PySide6.QtWidgets import QFileDialog

    from wellbeing.domain.validation import InvalidValue
    from wellbeing.services.team import check_minimum
    from wellbeing.ui.errors import explain
    from wellbeing.ui.file_dialogs import documents_folder
    from wellbeing.ui.team_window import TeamWindow

    app, chosen = create_application(lang)
    install_error_hook()
    try:
        try:
            check_minimum(minimum)
        except InvalidValue as error:
            QMessageBox.warning(None, app.translate("App", "Wellbeing Journal"), explain(error))
            return USER_ERROR
        if folder is None:
            picked = QFileDialog.getExistingDirectory(
                None, app.translate("App", "Open a team folder"), str(documents_folder())
            )
            if not picked:
                return 0
            folder = Path(picked)
        window = TeamWindow(Path(folder), chosen, team, minimum)
        window.show()
        window.reload()
        try:
            return app.exec()
        finally:
            window.deleteLater()
    finally:
        sys.excepthook = sys.__excepthook__


def run_coach_gui(workspace: Path | None, lang: str | None) -> int:
    """The coach's window alone (`wellbeing coach`): their own encrypted workspace, no journal.

    The workspace is created on first use; giving up at the passphrase ends quietly, a
    workspace that cannot be opened ends with 2 after saying why.
    """
    from wellbeing.store.errors import JournalError
    from wellbeing.store.location import default_coach_path
    from wellbeing.ui.coach_window import CoachWindow
    from wellbeing.ui.coach_workspace import CoachWorkspace, open_workspace
    from wellbeing.ui.errors import explain

    app, chosen = create_application(lang)
    install_error_hook()
    path = Path(workspace) if workspace else default_coach_path()
    title = app.translate("App", "Cannot open the coaching workspace")
    try:
        try:
            db = open_workspace(None, path)
        except JournalError as error:
            QMessageBox.warning(None, title, explain(error))
            return USER_ERROR
        except OSError as error:
            QMessageBox.warning(None, title, f"{error.strerror or error}: {path}")
            return USER_ERROR
        if db is None:
            return 0
        window = CoachWindow(CoachWorkspace(db, path), chosen)
        window.show()
        try:
            return app.exec()
        finally:
            window.close()
            window.deleteLater()
    finally:
        sys.excepthook = sys.__excepthook__
