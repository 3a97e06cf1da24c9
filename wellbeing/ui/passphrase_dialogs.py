"""Passphrase moments: creating a journal, its recovery key, unlocking, changing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.store.keys import MIN_PASSPHRASE


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(320)
    return field


def _wrapped(text: str, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if hint:
        label.setProperty("hint", True)
    return label


class NewPassphraseDialog(QDialog):
    """Chooses a passphrase twice, after saying plainly what forgetting it means."""

    def __init__(self, path: Path, parent: QWidget | None = None, changing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change the passphrase") if changing else self.tr("Create your journal")
        )
        self.current = password_field()
        self.first = password_field(self.tr("at least {n} characters").format(n=MIN_PASSPHRASE))
        self.second = password_field()
        intro = (
            self.tr("Choose a new passphrase for {journal}.")
            if changing
            else self.tr(
                "Your journal {journal} will be encrypted on this computer. Choose a "
                "passphrase: you will type it each time you open the journal."
            )
        ).format(journal=path.name)
        warning = _wrapped(
            self.tr(
                "<b>A forgotten passphrase cannot be recovered.</b> Nobody, not even the "
                "makers of this app, can open the journal without it. You will get a "
                "recovery key to keep somewhere safe, just in case."
            )
        )
        self.problem = _wrapped("")
        self.problem.setProperty("problem", True)
        self.strength = _wrapped("", hint=True)
        self.strength.setObjectName("passphraseStrength")
        form = QFormLayout()
        if changing:
            form.addRow(self.tr("Current passphrase or recovery key"), self.current)
        form.addRow(self.tr("New passphrase") if changing else self.tr("Passphrase"), self.first)
        form.addRow("", self.strength)
        form.addRow(self.tr("The same again"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(intro))
        if not changing:
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.current, self.first, self.second):
            field.textChanged.connect(self._check)
        self._changing = changing
        self._check()

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = ""
        if first and len(first) < MIN_PASSPHRASE:
            problem = self.tr("A passphrase needs at least {n} characters.").format(
                n=MIN_PASSPHRASE
            )
        elif second and first != second:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.strength.setText(self.strength_text(first))
        ready = len(first) >= MIN_PASSPHRASE and first == second
        if self._changing:
            ready = ready and bool(self.current.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def strength_text(self, passphrase: str) -> str:
        """Advice while typing; a weak passphrase is still accepted (the recovery key stays)."""
        if len(passphrase) < MIN_PASSPHRASE:
            return ""
        from wellbeing.store.strength import assess_passphrase

        strength = assess_passphrase(passphrase)
        if not strength.weak:
            return self.tr("Strong passphrase ({score} of 4).").format(score=strength.score)
        if strength.common:
            return self.tr(
                "Weak: this is a common password, among the first an attacker tries. "
                "Several unrelated words, twelve characters or more, make a strong one."
            )
        return self.tr(
            "Weak ({score} of 4): someone with a copy of your journal could guess it. "
            "Several unrelated words, twelve characters or more, make a strong one."
        ).format(score=strength.score)

    def passphrase(self) -> str:
        return self.first.text()


class RecoveryKeyDialog(QDialog):
    """Shown once, at creation: the key that opens the journal if the passphrase is lost."""

    def __init__(
        self, recovery_key: str, parent: QWidget | None = None, journal: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.journal = journal
        self.setWindowTitle(self.tr("Your recovery key"))
        key = QLabel(recovery_key)
        key.setObjectName("recoveryKey")
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        key.setFont(font)
        key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        save = QPushButton(self.tr("Save to a file…"))
        save.clicked.connect(self.save)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox(self.tr("I have put my recovery key somewhere safe"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.kept.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        for button in (copy, save, print_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "If you ever forget your passphrase, this recovery key opens the journal "
                    "instead. Print it or save it away from this computer: anyone who has it "
                    "can read your journal."
                )
            )
        )
        layout.addWidget(key)
        layout.addLayout(row)
        layout.addWidget(self.kept)
        layout.addWidget(self.buttons)

    def _sheet(self) -> str:
        return self.tr("Wellbeing Journal recovery key: {key}").format(key=self.recovery_key)

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "wellbeing-recovery-key.txt"
        )
        if path:
            from wellbeing.domain.validation import InvalidValue
            from wellbeing.store.export_target import check_export_target
            from wellbeing.store.files import write_private_text

            try:
                if self.journal is not None:  # never over the journal, its key or backups
                    check_export_target(Path(path), self.journal, replace=True)
                write_private_text(Path(path), self._sheet() + "\n")
            except InvalidValue as error:
                QMessageBox.warning(self, self.tr("Not saved"), str(error))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Not saved"), error.strerror or str(error))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument(self._sheet())
            document.print_(printer)


class UnlockDialog(QDialog):
    """Asks until the passphrase (or the recovery key) opens the journal, or the user quits.

    restoring: the words of a restore instead (its title, what happens, a Restore button):
    when the backup was taken, or "" to finish an interrupted restore. words: (title,
    introduction, button) for any other purpose.
    """

    def __init__(
        self,
        path: Path,
        try_secret: Callable[[str], str | None],
        parent: QWidget | None = None,
        restoring: str | None = None,
        words: tuple[str, str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._try = try_secret
        title, intro, button = words or self._words(path, restoring)
        self.setWindowTitle(title)
        self.secret = password_field(self.tr("Passphrase or recovery key"))
        self.problem = _wrapped("")
        self.problem.setProperty("problem", True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(intro))
        layout.addWidget(self.secret)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """On a narrow screen (or large text) the paragraph wraps to more lines than the size
        hint planned for: grow to the height the actual width needs."""
        super().showEvent(event)
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _words(self, path: Path, restoring: str | None) -> tuple[str, str, str]:
        if restoring is None:
            intro = self.tr("Type the passphrase of {journal}.").format(journal=path.name)
            return self.tr("Open your journal"), intro, self.tr("Open")
        if restoring:
            intro = self.tr(
                "Type your passphrase to restore the backup of {when}. The journal as it is "
                "now is kept among the backups."
            ).format(when=restoring)
        else:
            intro = self.tr("Type your passphrase to finish the interrupted restore.")
        return self.tr("Restore a backup"), intro, self.tr("Restore")

    def accept(self) -> None:
        problem = self._try(self.secret.text())
        if problem is None:
            super().accept()
            return
        self.problem.setText(problem)
        self.secret.selectAll()
        self.secret.setFocus()
