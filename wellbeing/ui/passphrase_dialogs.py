"""Passphrase moments: creating a journal, its recovery key, unlocking, changing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
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
from wellbeing.ui.file_dialogs import documents_folder


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumWidth(240)
    return field


def _wrapped(text: str, hint: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if hint:
        label.setProperty("hint", True)
    return label


class NewPassphraseForm(QWidget):
    """The fields of a new passphrase with advice while typing: shared by the creation and
    change dialogs and by the welcome, which re-translates it when the language changes."""

    ready_changed = Signal(bool)

    def __init__(self, path: Path, changing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._changing = changing
        self.ready = False
        self.current = password_field()
        self.first = password_field()
        self.second = password_field()
        self.intro = _wrapped("")
        self.warning = _wrapped("")
        self.problem = _wrapped("")
        self.problem.setProperty("problem", True)
        self.strength = _wrapped("", hint=True)
        self.strength.setObjectName("passphraseStrength")
        self.current_label = QLabel()
        self.first_label = QLabel()
        self.second_label = QLabel()
        for label, field in (
            (self.current_label, self.current),
            (self.first_label, self.first),
            (self.second_label, self.second),
        ):
            label.setBuddy(field)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text
        if changing:
            form.addRow(self.current_label, self.current)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        if not changing:
            layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.strength)  # full width: a form's cell can clip wrapped text
        layout.addWidget(self.problem)
        for field in (self.current, self.first, self.second):
            field.textChanged.connect(self._check)
        self.retranslate()

    def retranslate(self) -> None:
        self.first.setPlaceholderText(
            QCoreApplication.translate("NewPassphraseDialog", "at least {n} characters").format(
                n=MIN_PASSPHRASE
            )
        )
        intro = (
            QCoreApplication.translate(
                "NewPassphraseDialog", "Choose a new passphrase for {journal}."
            )
            if self._changing
            else QCoreApplication.translate(
                "NewPassphraseDialog",
                "Your journal {journal} will be encrypted on this computer. Choose a "
                "passphrase: you will type it each time you open the journal.",
            )
        )
        self.intro.setText(intro.format(journal=self._path.name))
        self.warning.setText(
            QCoreApplication.translate(
                "NewPassphraseDialog",
                "<b>A forgotten passphrase cannot be recovered.</b> Nobody, not even the "
                "makers of this app, can open the journal without it. You will get a "
                "recovery key to keep somewhere safe, just in case.",
            )
        )
        self.current_label.setText(
            QCoreApplication.translate("NewPassphraseDialog", "Current passphrase or recovery key")
        )
        self.first_label.setText(
            QCoreApplication.translate("NewPassphraseDialog", "New passphrase")
            if self._changing
            else QCoreApplication.translate("NewPassphraseDialog", "Passphrase")
        )
        self.second_label.setText(
            QCoreApplication.translate("NewPassphraseDialog", "The same again")
        )
        self._check()

    def typed(self) -> bool:
        return any(field.text() for field in (self.current, self.first, self.second))

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = ""
        if first and len(first) < MIN_PASSPHRASE:
            problem = QCoreApplication.translate(
                "NewPassphraseDialog", "A passphrase needs at least {n} characters."
            ).format(n=MIN_PASSPHRASE)
        elif second and first != second:
            problem = QCoreApplication.translate(
                "NewPassphraseDialog", "The two passphrases differ."
            )
        self.problem.setText(problem)
        self.strength.setText(self.strength_text(first))
        ready = len(first) >= MIN_PASSPHRASE and first == second
        if self._changing:
            ready = ready and bool(self.current.text())
        self.ready = ready
        self.ready_changed.emit(ready)

    def strength_text(self, passphrase: str) -> str:
        """Advice while typing; a weak passphrase is still accepted (the recovery key stays)."""
        if len(passphrase) < MIN_PASSPHRASE:
            return ""
        from wellbeing.store.strength import assess_passphrase

        strength = assess_passphrase(passphrase)
        if not strength.weak:
            return QCoreApplication.translate(
                "NewPassphraseDialog", "Strong passphrase ({score} of 4)."
            ).format(score=strength.score)
        if strength.common:
            return QCoreApplication.translate(
                "NewPassphraseDialog",
                "Weak: this is a common password, among the first an attacker tries. "
                "Several unrelated words, twelve characters or more, make a strong one.",
            )
        return QCoreApplication.translate(
            "NewPassphraseDialog",
            "Weak ({score} of 4): someone with a copy of your journal could guess it. "
            "Several unrelated words, twelve characters or more, make a strong one.",
        ).format(score=strength.score)

    def passphrase(self) -> str:
        return self.first.text()


class NewPassphraseDialog(QDialog):
    """Chooses a passphrase twice, after saying plainly what forgetting it means.

    attempt(current, new), when given, makes the change on OK and says why it failed (None:
    done); the dialog stays open on a failure, with the sentence under the fields.
    """

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        changing: bool = False,
        attempt: Callable[[str, str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.setWindowTitle(
            self.tr("Change the passphrase") if changing else self.tr("Create your journal")
        )
        self.form = NewPassphraseForm(path, changing)
        self.current, self.first, self.second = self.form.current, self.form.first, self.form.second
        self.problem, self.strength = self.form.problem, self.form.strength
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.form.ready)
        self.form.ready_changed.connect(ok.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def strength_text(self, passphrase: str) -> str:
        return self.form.strength_text(passphrase)

    def passphrase(self) -> str:
        return self.form.passphrase()

    def accept(self) -> None:
        if self._attempt is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivations
            try:
                refused = self._attempt(self.current.text(), self.passphrase())
            finally:
                QApplication.restoreOverrideCursor()
            if refused:
                self.problem.setText(refused)
                self.current.selectAll()
                self.current.setFocus()
                return
        super().accept()


class RecoveryKeyPanel(QWidget):
    """The recovery key with its ways to keep it, and the tick saying it is kept: in the
    creation dialog and on the welcome's passphrase page."""

    kept_changed = Signal(bool)

    def __init__(
        self, recovery_key: str, parent: QWidget | None = None, journal: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.journal = journal
        self.key = QLabel(recovery_key)
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setWordWrap(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = _wrapped("")
        self.copy = QPushButton()
        self.copy.clicked.connect(self.copy_key)
        self.feedback = _wrapped("", hint=True)
        self.feedback.setObjectName("recoveryKeyFeedback")
        self.feedback.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox()
        self.kept.toggled.connect(self.kept_changed)
        row = QHBoxLayout()
        for button in (self.copy, self.save_button, self.print_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.key)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.kept)
        self.retranslate()

    def retranslate(self) -> None:
        self.explanation.setText(
            QCoreApplication.translate(
                "RecoveryKeyDialog",
                "If you ever forget your passphrase, this recovery key opens the journal "
                "instead. Print it or save it away from this computer: anyone who has it "
                "can read your journal.",
            )
        )
        self.copy.setText(QCoreApplication.translate("RecoveryKeyDialog", "Copy"))
        self.save_button.setText(QCoreApplication.translate("RecoveryKeyDialog", "Save to a file…"))
        self.print_button.setText(QCoreApplication.translate("RecoveryKeyDialog", "Print…"))
        self.kept.setText(
            QCoreApplication.translate(
                "RecoveryKeyDialog", "I have put my recovery key somewhere safe"
            )
        )

    def _sheet(self) -> str:
        return QCoreApplication.translate(
            "RecoveryKeyDialog", "Wellbeing Journal recovery key: {key}"
        ).format(key=self.recovery_key)

    def _tell(self, text: str) -> None:
        """Say what just happened beside the buttons: a copy or a save is otherwise silent."""
        self.feedback.setText(text)
        self.feedback.setVisible(True)

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self._tell(
            QCoreApplication.translate(
                "RecoveryKeyDialog",
                "✓ Copied. Paste it somewhere safe away from this computer, then copy "
                "something else so that it does not stay in the clipboard.",
            )
        )

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("RecoveryKeyDialog", "Save the recovery key"),
            str(documents_folder() / "wellbeing-recovery-key.txt"),
        )
        if path:
            from wellbeing.domain.validation import InvalidValue
            from wellbeing.store.export_target import check_export_target
            from wellbeing.store.files import write_private_text

            not_saved = QCoreApplication.translate("RecoveryKeyDialog", "Not saved")
            try:
                if self.journal is not None:  # never over the journal, its key or backups
                    check_export_target(Path(path), self.journal, replace=True)
                write_private_text(Path(path), self._sheet() + "\n")
                self._tell(
                    QCoreApplication.translate("RecoveryKeyDialog", "✓ Saved to {path}.").format(
                        path=path
                    )
                )
            except InvalidValue as error:
                QMessageBox.warning(self, not_saved, str(error))
            except OSError as error:
                QMessageBox.warning(self, not_saved, error.strerror or str(error))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument(self._sheet())
            document.print_(printer)


class RecoveryKeyDialog(QDialog):
    """Shown once, at creation: the key that opens the journal if the passphrase is lost."""

    def __init__(
        self, recovery_key: str, parent: QWidget | None = None, journal: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.journal = journal
        self.setWindowTitle(self.tr("Your recovery key"))
        self.panel = RecoveryKeyPanel(recovery_key, journal=journal)
        self.kept = self.panel.kept
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.kept.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.panel.save()

    def print_key(self) -> None:
        self.panel.print_key()


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
        self.secret.setAccessibleName(self.secret.placeholderText())  # still said once typed
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
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
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
        self._grow_to_fit()  # "Wrong passphrase…" was cut to its first line
        self.secret.selectAll()
        self.secret.setFocus()
