"""Unlocking a journal through dialogs: open, create, or restore one from a backup.

Its own module so that the window (Open, Restore) and start-up (app.py) share it without
importing each other.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from wellbeing.store import JournalError

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"


class EarlyUnlock:
    """The key derivation of a passphrase given in WELLBEING_PASSPHRASE, started in a
    thread as the app starts, so that it runs while the window is built and painted.

    Argon2id releases the interpreter: the window builds on one core while the key is
    derived on the other. Any failure is forgotten here: the ordinary open runs again and
    says why, in the window.
    """

    def __init__(self, path: Path, secret: str) -> None:
        self.path = path
        self.secret = secret
        self._key: bytes | None = None
        self._thread = threading.Thread(target=self._derive, name="early-unlock")
        self._thread.start()

    def _derive(self) -> None:
        from wellbeing.store.keys import key_file_path, unlock_key_file

        try:
            self._key = unlock_key_file(key_file_path(self.path), self.path, self.secret)
        except Exception:  # the ordinary open says what went wrong
            self._key = None

    def key_for(self, path: Path, secret: str) -> bytes | None:
        """The journal's data key, once derived, if it was started for this path and secret."""
        if Path(path) != self.path or secret != self.secret:
            return None
        self._thread.join()
        return self._key


def start_unlocking(path: Path) -> EarlyUnlock | None:
    """Start deriving the key now when the passphrase is already given (scripts, tests)."""
    secret = os.environ.get(PASSPHRASE_ENV)
    if not secret or not path.is_file():
        return None
    return EarlyUnlock(path, secret)


def obtain_journal(
    window: QWidget, path: Path, secret: str | None = None, early: EarlyUnlock | None = None
):
    """Unlock (or create) the journal through dialogs; None when the user gives up.

    secret: a passphrase the user just typed for this journal (after a restore).
    early: a key derivation started at start-up, used when it is for this passphrase.
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
            if early is not None:
                from wellbeing.store.engine import journal_database_class

                journal_database_class()  # imports sqlite-utils while the key is derived
                data_key = early.key_for(path, scripted)
                if data_key is not None:
                    return open_journal(path, data_key=data_key)
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


def create_new_journal(window: QWidget, path: Path, scripted: str | None):
    """A new journal, its recovery key shown once, even when the passphrase came scripted."""
    from wellbeing.store import create_journal
    from wellbeing.store.backup import refuse_if_expected
    from wellbeing.ui.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog

    refuse_if_expected(path)  # before asking for a passphrase that could not be used
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
    from wellbeing.store.restore import finish_restore, restore_backup
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


def _restore_problem(error: JournalError | OSError) -> str:
    """What stopped a restore, in one sentence; the journal was left as it was."""
    from wellbeing.ui.errors import explain_journal_error

    if isinstance(error, OSError):
        return QApplication.translate(
            "App", "The backup could not be copied ({reason}); the journal is unchanged."
        ).format(reason=error.strerror or error)
    return explain_journal_error(error)


def offer_latest_backup(window: QWidget, path: Path, problem: str) -> str | None:
    """A journal that cannot be read, or is missing: offer its newest backup (or to finish
    an interrupted restore); the passphrase that opened the result, or None."""
    from wellbeing.domain.formatting import format_datetime
    from wellbeing.store.backup import list_backups
    from wellbeing.store.restore import restore_interrupted
    from wellbeing.ui.i18n import ui_language

    title = QApplication.translate("App", "Cannot open the journal")
    if restore_interrupted(path):
        question = QApplication.translate(
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
    taken = format_datetime(latest.taken_at, ui_language())
    answer = QMessageBox.question(
        window,
        title,
        QApplication.translate(
            "App",
            "{problem}\n\nRestore the latest backup, taken on {when}? The file it replaces "
            "is kept beside the backups.",
        ).format(problem=problem, when=taken),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_with_passphrase(window, latest.path, path, taken)
