"""Starting the GUI: application, language, style, journal, window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wellbeing.store.location import default_journal_path
from wellbeing.ui.i18n import choose_language, install_translators
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.resources import resource_path

# The store, the pages and their models are imported once the window is on screen.

USER_ERROR = 2
PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"


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


def obtain_journal(window: MainWindow, path: Path, secret: str | None = None):
    """Unlock (or create) the journal through dialogs; None when the user gives up.

    secret: a passphrase the user just typed for this journal (after a restore).
    """
    from wellbeing.store import (
        JournalExists,
        WrongPassphrase,
        journal_exists,
        open_journal,
        open_remembered,
    )
    from wellbeing.ui.passphrase_dialogs import UnlockDialog

    scripted = secret or os.environ.get(PASSPHRASE_ENV)
    if journal_exists(path):
        remembered = open_remembered(path)  # opt-in: kept in the OS keyring
        if remembered is not None:
            return remembered
        if scripted:
            return open_journal(path, scripted)
        opened = []

        def attempt(secret: str) -> str | None:
            try:
                opened.append(open_journal(path, secret))
            except WrongPassphrase:
                return window.tr("Wrong passphrase. Try again, or type your recovery key.")
            return None

        dialog = UnlockDialog(path, attempt, window)
        return opened[0] if dialog.exec() == UnlockDialog.DialogCode.Accepted else None
    try:
        return create_new_journal(window, path, scripted)
    except JournalExists:  # another start made it a moment ago
        return obtain_journal(window, path)


def create_new_journal(window: MainWindow, path: Path, scripted: str | None):
    """A new journal, its recovery key shown once, even when the passphrase came scripted."""
    from wellbeing.store import JournalExpected, create_journal
    from wellbeing.store.backup import expected_journal_problem
    from wellbeing.ui.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog

    problem = expected_journal_problem(path)
    if problem:  # before asking for a passphrase that could not be used
        raise JournalExpected(problem, path)
    if scripted:
        passphrase = scripted
    else:
        creating = NewPassphraseDialog(path, window)
        if creating.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return None
        passphrase = creating.passphrase()
    db, recovery_key = create_journal(path, passphrase)
    RecoveryKeyDialog(recovery_key, window, journal=path).exec()
    return db


def restore_with_passphrase(
    window: QWidget, backup: Path | None, path: Path, taken_at: str = ""
) -> str | None:
    """Ask for the passphrase until the restore succeeds with it; None if the user gives up.

    backup None finishes an interrupted restore; taken_at says when the backup was taken.
    Nothing changes on a wrong passphrase.
    """
    from wellbeing.store import JournalError, WrongPassphrase
    from wellbeing.store.backup import finish_restore, restore_backup
    from wellbeing.ui.passphrase_dialogs import UnlockDialog

    def restore(secret: str) -> None:
        if backup is None:
            finish_restore(path, secret)
        else:
            restore_backup(backup, path, secret)

    scripted = os.environ.get(PASSPHRASE_ENV)
    if scripted:
        try:
            restore(scripted)
        except (JournalError, OSError) as error:
            title = QApplication.translate("App", "Cannot restore the backup")
            QMessageBox.warning(window, title, _restore_problem(error))
            return None
        return scripted
    done: list[str] = []

    def attempt(secret: str) -> str | None:
        try:
            restore(secret)
        except WrongPassphrase:
            return window.tr("Wrong passphrase. Try again, or type your recovery key.")
        except (JournalError, OSError) as error:
            return _restore_problem(error)
        done.append(secret)
        return None

    dialog = UnlockDialog(backup or path, attempt, window, restoring=taken_at)
    return done[0] if dialog.exec() == UnlockDialog.DialogCode.Accepted else None


def _restore_problem(error: Exception) -> str:
    """What stopped a restore, in one sentence; the journal was left as it was."""
    from wellbeing.ui.errors import explain_journal_error

    if isinstance(error, OSError):
        return QApplication.translate(
            "App", "The backup could not be copied ({reason}); the journal is unchanged."
        ).format(reason=error.strerror or error)
    return explain_journal_error(error)


def offer_latest_backup(window: MainWindow, path: Path, problem: str) -> str | None:
    """A journal that cannot be read, or is missing: offer its newest backup (or to finish
    an interrupted restore); the passphrase that opened the result, or None."""
    from wellbeing.store.backup import list_backups, restore_interrupted

    app = QApplication.instance()
    title = app.translate("App", "Cannot open the journal")
    if restore_interrupted(path):
        question = app.translate(
            "App", "A restore of {journal} was interrupted. Finish it now?"
        ).format(journal=path.name)
        if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
            return None
        return restore_with_passphrase(window, None, path)
    backups = list_backups(path)
    if not backups:
        QMessageBox.critical(window, title, problem)
        return None
    latest = backups[0]
    answer = QMessageBox.question(
        window,
        title,
        app.translate(
            "App",
            "{problem}\n\nRestore the latest backup, taken on {when}? The file it replaces "
            "is kept beside the backups.",
        ).format(problem=problem, when=latest.taken_at.strftime("%Y-%m-%d %H:%M")),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_with_passphrase(
        window, latest.path, path, latest.taken_at.strftime("%Y-%m-%d %H:%M")
    )


def claim_journal(app: QApplication, window: MainWindow, path: Path) -> bool:
    """One window per journal: if another has it, wake that one and quit quietly."""
    from wellbeing.ui.single_instance import SingleInstance

    instance = SingleInstance(path, app)
    if instance.claim():
        instance.activated.connect(window.bring_to_front)
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
    app: QApplication, window: MainWindow, path: Path, secret: str | None = None
) -> None:
    """Runs once the window is on screen; a journal that cannot open ends the app with 2."""
    from wellbeing.store import DamagedJournal, JournalError, JournalExpected
    from wellbeing.ui.errors import explain_journal_error
    from wellbeing.ui.journal_store import JournalStore

    try:
        db = obtain_journal(window, path, secret)
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

    def show(kind: type[BaseException], error: BaseException, trace: object) -> None:
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
    app, chosen = create_application(lang)
    install_error_hook()
    path = Path(journal_path) if journal_path else default_journal_path()
    window = MainWindow(chosen)
    window.show_then(lambda: claim_journal(app, window, path) and open_at_start(app, window, path))
    try:
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        window.deleteLater()
