"""The reframing message builder: facts, effect, expectation, consequence, in the user's words.

Seed 003's first step with a client who keeps crossing limits is to reframe the
relationship in writing. The draft comes from the journal and the user's boundaries; the
user edits every part, copies the message to send it themselves, and can record that the
relationship was reframed today (which starts the advice's follow-up).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.advice import ClientAdvice
from wellbeing.analysis.messages import (
    MessageParts,
    assertive_message,
    day_month,
    incidents_from,
)
from wellbeing.domain.model import Client, ClientEvent, ClientEventKind, ClientStatus
from wellbeing.domain.validation import InvalidValue
from wellbeing.store.errors import JournalError
from wellbeing.ui.act_dialog import ActDialog, feedback_label, tell
from wellbeing.ui.ask_before_closing import AsksBeforeClosing
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.labels import hint, section

PARTS = ("facts", "effect", "expectation", "consequence")


class PartBox(QPlainTextEdit):
    """A few lines tall; Tab leaves it, as everywhere else in the dialog."""

    def __init__(self, placeholder: str, name: str) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(72)

    def sizeHint(self) -> QSize:
        return QSize(380, 110)


# --- the dialog ---------------------------------------------------------------------------


class ReframeDialog(AsksBeforeClosing, ActDialog):
    """Nothing leaves the machine: the user copies the message and sends it themselves."""

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
        self.settled = ""
        """The message as last put back, copied or saved: closing asks when it differs."""
        self.incidents = incidents_from(self.encounters, self.since)
        self.draft = assertive_message(client.name, self.incidents, store.boundaries(), lang)
        self.setWindowTitle(
            self.tr("Reframe the relationship with {client}").format(client=client.name)
        )
        self._build()
        self.restore_draft()
        self.boxes["facts"].setFocus()
        fit_to_screen(self, 1040, 700)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        intro = hint(
            self.tr(
                "A first draft from your journal and your boundaries: facts, how they affect "
                "your work, what you expect from now on, what happens if it continues. Change "
                "anything; the message is yours, and nothing is sent from here."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(hint(self._source_text()))
        columns = QHBoxLayout()
        columns.addLayout(self._build_parts(), 3)
        columns.addSpacing(12)
        columns.addLayout(self._build_preview(), 2)
        layout.addLayout(columns, 1)
        self.feedback = feedback_label()
        layout.addWidget(self.feedback)
        layout.addLayout(self._build_buttons())

    def _source_text(self) -> str:
        since = day_month(self.since, self.lang, year=True)
        if not self.incidents:
            return self.tr(
                "No crossed limit or disrespect recorded with this client since {date}: the "
                "draft states your limits only."
            ).format(date=since)
        return self.tr(
            "Incidents this draft is built from (crossed limits or disrespect since {date}, the "
            "most recent five at most): {count}."
        ).format(count=len(self.incidents), date=since)

    def _build_parts(self) -> QGridLayout:
        titles = {
            "facts": self.tr("1. What happened (facts only)"),
            "effect": self.tr("2. How it affects my work"),
            "expectation": self.tr("3. What I expect from now on"),
            "consequence": self.tr("4. What happens if it continues"),
        }
        placeholders = {
            "facts": self.tr("Dates and what was said or done, without judging"),
            "effect": self.tr("In “I” terms: what it does to your work"),
            "expectation": self.tr("Your limits: hours, channels, response time, scope"),
            "consequence": self.tr("A calm, realistic next step"),
        }
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, PartBox] = {}
        for row, key in enumerate(PARTS):
            box = PartBox(placeholders[key], titles[key])
            box.textChanged.connect(self.update_preview)
            title = section(titles[key])
            title.setBuddy(box)
            grid.addWidget(title, 2 * row, 0)
            grid.addWidget(box, 2 * row + 1, 0)
            grid.setRowStretch(2 * row + 1, 1)
            self.boxes[key] = box
        return grid

    def _build_preview(self) -> QVBoxLayout:
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Preview of the whole message"))
        column = QVBoxLayout()
        column.addWidget(section(self.tr("Preview")))
        column.addWidget(self.preview, 1)
        return column

    def _build_buttons(self) -> QHBoxLayout:
        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.copy_button.setToolTip(
            self.tr("Copy the whole message, to paste it into your email (Ctrl+Enter)")
        )
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Save message"))
        self.save_button.setToolTip(
            self.tr("Keep this message in the client's history (Ctrl+S); Ctrl+Z undoes it")
        )
        self.save_button.clicked.connect(self.save_message)
        self.reframe_button = QPushButton(self.tr("Mark as reframed today"))
        self.reframe_button.setProperty("primary", True)
        self.reframe_button.setToolTip(
            self.tr(
                "Record that you stated your limits today: the message is saved and the advice "
                "checks in a few weeks whether it worked. Ctrl+Z undoes it."
            )
        )
        self.reframe_button.clicked.connect(self.mark_reframed)
        self.restart_button = QPushButton(self.tr("Start again"))
        self.restart_button.setToolTip(self.tr("Put back the draft built from your journal"))
        self.restart_button.clicked.connect(self.restore_draft)
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close (Escape); asks first if the message was changed"))
        close.clicked.connect(self.close_asking)
        buttons = (self.copy_button, self.save_button, self.restart_button, self.reframe_button)
        for button in (*buttons, close):
            button.setAutoDefault(False)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(Qt.Modifier.CTRL | key), self, self.copy)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_message)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        row.addWidget(self.reframe_button)
        row.addWidget(close)
        return row

    # --- the message ----------------------------------------------------------------------

    def restore_draft(self) -> None:
        for key, box in self.boxes.items():
            box.setPlainText(getattr(self.draft, key))
        self.update_preview()
        self.settled = self.message()

    def parts(self) -> MessageParts:
        edited = {key: box.toPlainText() for key, box in self.boxes.items()}
        return replace(self.draft, **edited)

    def message(self) -> str:
        return self.parts().text()

    def update_preview(self) -> None:
        self.preview.setPlainText(self.message())

    # --- actions --------------------------------------------------------------------------

    def unsaved_question(self) -> str | None:
        if self.message() == self.settled:
            return None
        return self.tr(
            "Close without keeping your changes to the message? Copy or save it first to keep it."
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.message())
        self.settled = self.message()
        tell(self.feedback, self.tr("Copied. Paste it into your email or message to send it."))

    def _message_event(self, at: datetime) -> ClientEvent:
        return ClientEvent(self.client.id, at, ClientEventKind.MESSAGE, self.message())

    def save_message(self) -> None:
        try:
            done = self.store.save_client_event(self._message_event(self.clock()))
        except (InvalidValue, JournalError) as error:
            tell(self.feedback, explain(error), problem=True)
            return
        event = done.value
        record(
            self.undo_stack,
            self.tr("Save a message for {client}").format(client=self.client.name),
            lambda: self.store.delete_client_event(event.id),
            lambda: self.store.save_client_event(event),
            done.changes,
        )
        self.settled = self.message()
        tell(self.feedback, self.tr("Message saved in the client's history. Ctrl+Z undoes it."))

    def mark_reframed(self) -> None:
        """The message and the new status together, as one undo step."""
        before = self.store.client(self.client.id) or self.client
        at = self.clock()
        note = self.boxes["expectation"].toPlainText().strip()
        try:
            with self.store.transaction():
                saved = self.store.save_client_event(self._message_event(at))
                changed = self.store.set_client_status(
                    self.client.id, ClientStatus.REFRAMED, at, note
                )
        except (InvalidValue, JournalError) as error:
            tell(self.feedback, explain(error), problem=True)
            return
        after = replace(before, status=ClientStatus.REFRAMED)
        message, status = saved.value, changed.value

        store = self.store
        record(
            self.undo_stack,
            self.tr("Reframe {client}").format(client=self.client.name),
            lambda: store.forget_status(before, [status, message]),
            lambda: store.replay_status(after, [message, status]),
            saved.changes | changed.changes,
        )
        self.settled = self.message()
        self.reframe_button.setEnabled(False)  # once is the record; a second would double it
        self.reframe_button.setText(self.tr("Reframed today"))
        tell(
            self.feedback,
            self.tr(
                "{client} is marked as reframed today and the message is saved. The advice "
                "will check in a few weeks whether it worked. Ctrl+Z undoes it."
            ).format(client=self.client.name),
        )
