"""Dialogs where the user writes or answers something: Escape does not throw it away unasked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QMessageBox


class AsksBeforeClosing(QDialog):
    """Escape, a Close button wired to `close_asking` and the title bar's close ask first when
    `unsaved_question` says something would be lost. Closing from code (the journal locking,
    the app quitting) never asks: reject() itself is left alone."""

    def unsaved_question(self) -> str | None:
        """The question to ask before closing, or None when nothing would be lost."""
        return None

    def may_close(self) -> bool:
        question = self.unsaved_question()
        if question is None:
            return True
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter or a second Escape keeps what is typed
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_asking(self) -> None:
        if self.may_close():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.close_asking()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_close():  # the title bar's close button
            event.ignore()
            return
        super().closeEvent(event)
