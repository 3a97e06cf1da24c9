"""The locked state: nothing of the journal on screen until the passphrase is typed again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, verify: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = verify
        title = QLabel(self.tr("Your journal is locked"))
        title.setProperty("heading", True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Type your passphrase (or recovery key) to show it again."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.secret.setMaximumWidth(360)
        self.secret.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.clicked.connect(self.try_unlock)
        self.problem = QLabel()
        self.problem.setProperty("problem", True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.secret, self.button, self.problem):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def reset(self) -> None:
        self.secret.clear()
        self.problem.clear()
        self.secret.setFocus()

    def try_unlock(self) -> None:
        if self._verify(self.secret.text()):
            self.secret.clear()
            self.problem.clear()
            self.unlocked.emit()
        else:
            self.problem.setText(self.tr("Wrong passphrase."))
            self.secret.selectAll()
