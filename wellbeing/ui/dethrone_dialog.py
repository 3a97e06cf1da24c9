"""Ending a relationship calmly: a checklist, a factual incident summary, then the status.

Seed 003: when reframing did not work, the money is not worth the harm and ending the
relationship is legitimate. The summary is what a manager needs to back the decision;
the private "what happened" text stays out of it unless the user asks for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.advice import ClientAdvice
from wellbeing.analysis.messages import DETHRONE_CHECKLIST, ending_script, incident_summary
from wellbeing.domain.model import Client, ClientStatus
from wellbeing.domain.validation import InvalidValue
from wellbeing.store.errors import JournalError
from wellbeing.ui.act_dialog import ActDialog, feedback_label, tell
from wellbeing.ui.errors import explain
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.journal_store import CLIENTS, JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.labels import hint, section

UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class DethroneDialog(ActDialog):
    """The checklist is for the user's peace of mind; nothing in it is stored."""

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        lang: str,
        client: Client,
        advice: ClientAdvice | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, undo_stack, lang, client, advice, parent)
        self.setWindowTitle(
            self.tr("End the relationship with {client}").format(client=client.name)
        )
        self._build()
        self.refresh_summary()
        self.refresh_status()
        store.changed.connect(self._on_store_changed)
        self.checks[0].setFocus()
        fit_to_screen(self, 1040, 700)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        intro = hint(
            self.tr(
                "When limits keep being crossed, even after you stated them, ending the "
                "relationship is legitimate. Take it one step at a time; nothing here is sent "
                "to anyone."
            )
        )
        columns = QHBoxLayout()
        columns.addLayout(self._build_checklist(), 1)
        columns.addSpacing(12)
        columns.addLayout(self._build_summary(), 1)
        self.feedback = feedback_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(self._build_buttons())

    def _build_checklist(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(section(self.tr("Before you end it")))
        self.checks: list[QCheckBox] = []
        for item in DETHRONE_CHECKLIST:
            check = QCheckBox(item.title(self.lang))
            check.setAccessibleDescription(item.detail(self.lang))
            detail = hint(item.detail(self.lang))
            detail.setContentsMargins(24, 0, 0, 4)
            column.addWidget(check)
            column.addWidget(detail)
            self.checks.append(check)
            if item.key == "script":
                column.addLayout(self._build_script())
        column.addStretch(1)
        return column

    def _build_script(self) -> QVBoxLayout:
        self.script = QPlainTextEdit(ending_script(self.client.name, self.lang))
        self.script.setAccessibleName(self.tr("A short script to start from"))
        self.script.setTabChangesFocus(True)
        self.script.setMinimumHeight(90)
        self.script.setMaximumHeight(150)
        copy = QPushButton(self.tr("Copy the script"))
        copy.setToolTip(self.tr("Copy the script above, to adapt it in your email"))
        copy.setAutoDefault(False)
        copy.clicked.connect(self.copy_script)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        box = QVBoxLayout()
        box.setContentsMargins(24, 0, 0, 8)
        box.addWidget(self.script)
        box.addLayout(row)
        return box

    def _build_summary(self) -> QVBoxLayout:
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Incident summary"))
        self.include_private = QCheckBox(self.tr("Include my private notes"))
        self.include_private.setToolTip(
            self.tr("Adds what you wrote under “what happened” and “next time”")
        )
        self.include_private.toggled.connect(self.refresh_summary)
        self.private_warning = QLabel(
            self.tr(
                "The summary now contains your private notes. Share it only with someone you trust."
            )
        )
        self.private_warning.setWordWrap(True)
        self.private_warning.setProperty("problem", True)
        self.private_warning.setVisible(False)
        copy = QPushButton(self.tr("Copy"))
        copy.setToolTip(self.tr("Copy the summary"))
        copy.clicked.connect(self.copy_summary)
        save = QPushButton(self.tr("Save as text file…"))
        save.setToolTip(self.tr("Save the summary as a text file, for your manager"))
        save.clicked.connect(self.save_summary)
        for button in (copy, save):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(save)
        row.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(section(self.tr("Incident summary, for your manager")))
        column.addWidget(
            hint(self.tr("Dates and facts only; your private notes stay out unless you add them."))
        )
        column.addWidget(self.summary, 1)
        column.addWidget(self.include_private)
        column.addWidget(self.private_warning)
        column.addLayout(row)
        return column

    def _build_buttons(self) -> QHBoxLayout:
        self.dethrone_button = QPushButton(self.tr("Set as dethroned"))
        self.dethrone_button.setProperty("primary", True)
        self.dethrone_button.setAutoDefault(False)
        self.dethrone_button.setToolTip(
            self.tr(
                "The client stays in your history and leaves the active advice; Ctrl+Z undoes it"
            )
        )
        self.dethrone_button.clicked.connect(self.dethrone)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.setToolTip(self.tr("Close (Escape)"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dethrone_button)
        row.addWidget(close)
        return row

    # --- summary ----------------------------------------------------------------------------

    def summary_text(self) -> str:
        figures = self.advice.figures if self.advice is not None else None
        return incident_summary(
            self.client.name,
            self.encounters,
            figures,
            self.lang,
            include_text=self.include_private.isChecked(),
            prepared_on=self.clock().date(),
        )

    def refresh_summary(self) -> None:
        self.summary.setPlainText(self.summary_text())
        self.private_warning.setVisible(self.include_private.isChecked())

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        tell(self.feedback, self.tr("Summary copied."))

    def copy_script(self) -> None:
        QGuiApplication.clipboard().setText(self.script.toPlainText())
        tell(self.feedback, self.tr("Script copied."))

    def default_file_name(self) -> str:
        name = UNSAFE_IN_NAMES.sub("-", self.client.name).strip(" .-") or "client"
        return self.tr("{client} - incident summary.txt").format(client=name)

    def save_summary(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the incident summary"),
            str(documents_folder() / self.default_file_name()),
            self.tr("Text files (*.txt)"),
        )
        if chosen:
            self.write_summary(Path(chosen))

    def write_summary(self, path: Path) -> bool:
        from wellbeing.store.export_target import check_export_target
        from wellbeing.store.files import write_private_text

        try:
            if self.store.path is not None:  # never over the journal, its key or backups
                check_export_target(path, self.store.path, replace=True)
            write_private_text(path, self.summary_text())
        except InvalidValue as error:
            tell(self.feedback, str(error), problem=True)
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            message = self.tr("{path} could not be written ({reason}); try another folder.")
            tell(self.feedback, message.format(path=path, reason=reason), problem=True)
            return False
        tell(self.feedback, self.tr("Summary saved to {path}.").format(path=path))
        return True

    # --- status -----------------------------------------------------------------------------

    def refresh_status(self) -> None:
        current = self.store.client(self.client.id) or self.client
        done = current.status == ClientStatus.DETHRONED
        self.dethrone_button.setEnabled(not done)
        self.dethrone_button.setText(
            self.tr("Already dethroned") if done else self.tr("Set as dethroned")
        )

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what == CLIENTS:
            self.refresh_status()

    def confirm(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Set as dethroned?"),
            self.tr(
                "{client} stays in your history, with every encounter, and leaves the active "
                "advice. You can set it back to active at any time, and Ctrl+Z undoes it now."
            ).format(client=self.client.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def dethrone(self) -> None:
        if not self.confirm():
            return
        before = self.store.client(self.client.id) or self.client
        try:
            done = self.store.set_client_status(
                self.client.id, ClientStatus.DETHRONED, self.clock()
            )
        except (InvalidValue, JournalError) as error:
            tell(self.feedback, explain(error), problem=True)
            return
        event = done.value
        after = replace(before, status=ClientStatus.DETHRONED)

        store = self.store
        record(
            self.undo_stack,
            self.tr("Dethrone {client}").format(client=self.client.name),
            lambda: store.forget_status(before, [event]),
            lambda: store.replay_status(after, [event]),
            done.changes,
        )
        tell(
            self.feedback,
            self.tr(
                "{client} is set as dethroned. It stays in your history; Ctrl+Z undoes it."
            ).format(client=self.client.name),
        )
