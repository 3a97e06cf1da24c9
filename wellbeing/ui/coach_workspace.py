"""The coach's workspace as the coach window sees it: unlocking it, and one door to it.

The workspace is an encrypted journal file of its own (store.location.default_coach_path),
opened with its own passphrase. CoachWorkspace is the window's only way in: every change
goes through it and is announced once by `changed`, so each view refreshes what it shows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from wellbeing.domain.coaching import AgreedAction
from wellbeing.services import coach as service
from wellbeing.sharing.session_content import SessionContent
from wellbeing.store import coach as stored
from wellbeing.store.coach import Coachee, SessionNote
from wellbeing.ui.journal_access import PASSPHRASE_ENV

if TYPE_CHECKING:
    from sqlite_utils import Database


def open_workspace(parent: QWidget | None, path: Path) -> Database | None:
    """Unlock the workspace (or create it, the passphrase asked twice); None if the coach
    gives up. WELLBEING_PASSPHRASE answers for scripts and tests."""
    from wellbeing.store import WrongPassphrase, create_journal, journal_exists, open_journal
    from wellbeing.ui.passphrase_dialogs import (
        NewPassphraseDialog,
        RecoveryKeyDialog,
        UnlockDialog,
    )

    scripted = os.environ.get(PASSPHRASE_ENV)
    if journal_exists(path):
        if scripted:
            return open_journal(path, scripted)
        opened: list[Database] = []

        def attempt(secret: str) -> str | None:
            try:
                opened.append(open_journal(path, secret))
            except WrongPassphrase:
                return QCoreApplication.translate(
                    "CoachWorkspace", "Wrong passphrase for the coach's workspace; try again."
                )
            return None

        words = (
            QCoreApplication.translate("CoachWorkspace", "Open your coaching workspace"),
            QCoreApplication.translate(
                "CoachWorkspace", "Type the passphrase of your coaching workspace ({name})."
            ).format(name=path.name),
            QCoreApplication.translate("CoachWorkspace", "Open"),
        )
        dialog = UnlockDialog(path, attempt, parent, words=words)
        accepted = dialog.exec() == UnlockDialog.DialogCode.Accepted
        return opened[0] if accepted and opened else None
    if scripted:
        passphrase = scripted
    else:
        creating = NewPassphraseDialog(path, parent)
        creating.setWindowTitle(
            QCoreApplication.translate("CoachWorkspace", "Create your coaching workspace")
        )
        if creating.exec() != NewPassphraseDialog.DialogCode.Accepted:
            return None
        passphrase = creating.passphrase()
    path.parent.mkdir(parents=True, exist_ok=True)
    db, recovery_key = create_journal(path, passphrase)
    if not scripted:
        RecoveryKeyDialog(recovery_key, parent, journal=path).exec()
    return db


@dataclass(frozen=True)
class CoacheeRow:
    """A coachee as the list shows them: the coach's label, how many packs, the last period."""

    coachee: Coachee
    packs: int
    last: tuple[date, date] | None


class CoachWorkspace(QObject):
    """Wraps the workspace database; `changed(what, coachee_id)` after each write.

    what: "coachees" (import, rename), "notes" or "actions".
    """

    changed = Signal(str, str)

    def __init__(
        self,
        db: Database,
        path: Path | None = None,
        now: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = db  # private: this wrapper is the only door to the workspace
        self.path = path
        self.now = now or datetime.now
        self.closed = False

    def close(self) -> None:
        """Once: the window closes it, and a second close must not fail."""
        if not self.closed:
            self.closed = True
            self._database.close()

    # --- coachees and packs ------------------------------------------------------------

    def coachees(self) -> list[CoacheeRow]:
        rows = []
        for coachee in stored.list_coachees(self._database):
            packs = stored.list_packs(self._database, coachee.id)
            last = (packs[-1].first, packs[-1].last) if packs else None
            rows.append(CoacheeRow(coachee, len(packs), last))
        return rows

    def import_pack(self, data: bytes, code: str | None) -> service.Imported:
        """Raises WrongCode or InvalidValue, with nothing written."""
        imported = service.import_pack(self._database, data, code, self.now())
        self.changed.emit("coachees", imported.coachee.id)
        return imported

    def rename(self, coachee_id: str, label: str) -> Coachee:
        coachee = service.rename_coachee(self._database, coachee_id, label)
        self.changed.emit("coachees", coachee_id)
        return coachee

    def packs(self, coachee_id: str) -> list[SessionContent]:
        return service.packs(self._database, coachee_id)

    # --- session notes -------------------------------------------------------------------

    def notes(self, coachee_id: str) -> list[SessionNote]:
        return stored.list_notes(self._database, coachee_id)

    def add_note(self, coachee_id: str, text: str) -> SessionNote:
        note = stored.add_note(self._database, coachee_id, text, self.now().replace(microsecond=0))
        self.changed.emit("notes", coachee_id)
        return note

    def delete_note(self, coachee_id: str, note_id: str) -> None:
        stored.delete_note(self._database, note_id)
        self.changed.emit("notes", coachee_id)

    # --- agreed actions ------------------------------------------------------------------

    def actions(self, coachee_id: str) -> list[AgreedAction]:
        return stored.list_actions(self._database, coachee_id)

    def agree(self, coachee_id: str, action: AgreedAction) -> None:
        service.agree(self._database, coachee_id, action, self.now())
        self.changed.emit("actions", coachee_id)

    def delete_action(self, coachee_id: str, action_id: str) -> None:
        stored.delete_action(self._database, action_id)
        self.changed.emit("actions", coachee_id)

    def export_actions(self, coachee_id: str, path: Path) -> tuple[Path, int]:
        return service.write_actions(self._database, coachee_id, path, self.now().date())
