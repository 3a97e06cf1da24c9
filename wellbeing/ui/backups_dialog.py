"""Choosing a backup to restore: when it was taken, why, and how big it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.formatting import format_datetime
from wellbeing.store.backup import BEFORE_MIGRATION, BEFORE_RESTORE, DAILY, Backup, list_backups
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.screen_fit import fit_to_screen


def reason_label(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        DAILY: QCoreApplication.translate("BackupsDialog", "daily"),
        BEFORE_MIGRATION: QCoreApplication.translate("BackupsDialog", "before an update"),
        BEFORE_RESTORE: QCoreApplication.translate("BackupsDialog", "before a restore"),
    }
    return labels.get(reason, QCoreApplication.translate("BackupsDialog", "made by hand"))


class BackupsDialog(QDialog):
    """The list is short by design: rotation keeps a week of daily backups and a few more."""

    def __init__(self, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups: list[Backup] = list_backups(journal)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        locale = QLocale()
        for backup in self.backups:
            text = self.tr("{when} — {reason} — {size}").format(
                when=format_datetime(backup.taken_at, ui_language()),
                reason=reason_label(backup.reason),
                size=locale.formattedDataSize(backup.size),
            )
            QListWidgetItem(text, self.list)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.accept)
        intro = QLabel(
            self.tr(
                "The backup replaces the journal as it is now. The current journal is kept "
                "as a backup first, so this can be undone by restoring it."
            )
            if self.backups
            else self.tr("There is no backup of this journal yet.")
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        fit_to_screen(self, 480, 320)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
