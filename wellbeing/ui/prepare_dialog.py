"""Before the next contact with a client: what happened, my limits, what I said, what's next.

For someone anxious before a call: one calm page to read, in the order it helps (where
things stand, what happened lately, the limits to hold, the message already sent), and a
place to plan the contact so that it does not ambush them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.advice import ClientAdvice
from wellbeing.analysis.messages import (
    boundary_sentences,
    incident_line,
    incidents_from,
    topics_of,
)
from wellbeing.analysis.reasons import as_sentence, describe
from wellbeing.analysis.reminders import CONTACT_GRACE
from wellbeing.domain.model import Client, ClientEvent, ClientEventKind
from wellbeing.domain.validation import InvalidValue
from wellbeing.store.errors import JournalError
from wellbeing.ui.act_dialog import ActDialog, feedback_label, tell, when_text
from wellbeing.ui.errors import explain
from wellbeing.ui.i18n import date_edit_format
from wellbeing.ui.journal_store import BOUNDARIES, CLIENT_EVENTS, Changes, JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.labels import hint, section

TOP_REASONS = 3
PLAN_HOUR = 10
"""A planned contact starts at 10:00 the next day unless the user picks another time."""


def _bullets(lines: list[str]) -> QWidget:
    """One line per item, wrapped lines aligned under the text rather than the bullet."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(4, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(3)
    grid.setColumnStretch(1, 1)
    for row, line in enumerate(lines):
        text = QLabel(line[:1].upper() + line[1:])
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(QLabel("•"), row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, row, 1)
    return box


def _python(moment: QDateTime) -> datetime:
    day, clock = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


class PrepareDialog(ActDialog):
    """Reads only; the one thing it writes is the planned contact (undoable)."""

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
        self.incidents = incidents_from(self.encounters, self.since)
        self.setWindowTitle(
            self.tr("Prepare the next contact with {client}").format(client=client.name)
        )
        self._build()
        self.refresh()
        store.changed.connect(self._on_store_changed)
        self.scroll_area.setFocus()
        fit_to_screen(self, 760, 720)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(
            self.tr("Before your next contact with {client}").format(client=self.client.name)
        )
        title.setProperty("heading", True)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        calm = hint(
            self.tr(
                "Take a moment. You do not have to answer everything on the spot: “Let me "
                "check and come back to you” is a complete answer."
            )
        )
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        content = QWidget()
        content.setLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll the page
        self.scroll_area = scroll
        self.feedback = feedback_label()
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Close (Escape)"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(calm)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._build_plan())
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)

    def _build_plan(self) -> QWidget:
        self.planned = QLabel()
        self.planned.setWordWrap(True)
        self.planned.setTextFormat(Qt.TextFormat.PlainText)
        self.cancel_button = QPushButton(self.tr("Cancel the plan"))
        self.cancel_button.setToolTip(self.tr("Remove the planned contact; Ctrl+Z brings it back"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_plan)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_edit_format(with_time=True))
        self.when.setAccessibleName(self.tr("Date and time of the next contact"))
        self.plan_button = QPushButton(self.tr("Save the plan"))
        self.plan_button.setToolTip(
            self.tr("Plan the next contact at this date and time; Ctrl+Z undoes it")
        )
        self.plan_button.setAutoDefault(False)
        self.plan_button.clicked.connect(self.save_plan)
        label = QLabel(self.tr("Next contact:"))
        label.setBuddy(self.when)
        planned_row = QHBoxLayout()
        planned_row.addWidget(self.planned, 1)
        planned_row.addWidget(self.cancel_button)
        pick_row = QHBoxLayout()
        pick_row.addWidget(label)
        pick_row.addWidget(self.when)
        pick_row.addWidget(self.plan_button)
        pick_row.addStretch(1)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        column.addWidget(section(self.tr("Plan the next contact")))
        column.addLayout(planned_row)
        column.addLayout(pick_row)
        return box

    def _clear_body(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _fill_body(self) -> None:
        self._clear_body()
        self.body.addWidget(section(self.tr("Where things stand")))
        self.body.addWidget(self._standing())
        reasons = self._reasons()
        if reasons:
            self.body.addWidget(_bullets(reasons))
        self.body.addWidget(section(self.tr("What happened recently")))
        if self.incidents:
            recent = [incident_line(i, self.lang) for i in reversed(self.incidents)]
            self.body.addWidget(_bullets(recent))
        else:
            self.body.addWidget(
                hint(self.tr("No crossed limit or disrespect recorded with this client lately."))
            )
        self.body.addWidget(section(self.tr("Your limits, to hold calmly")))
        limits = boundary_sentences(self.store.boundaries(), topics_of(self.incidents), self.lang)
        self.body.addWidget(_bullets(limits) if limits else hint(self.tr("No limits set yet.")))
        self.body.addWidget(section(self.tr("The message you saved")))
        self.body.addWidget(self._latest_message())
        self.body.addStretch(1)

    def _standing(self) -> QLabel:
        level = self.advice.level if self.advice is not None else None
        sentences = {
            "keep": self.tr("The advice is to keep this relationship as it is."),
            "watch": self.tr("The advice is to keep an eye on this relationship."),
            "reframe": self.tr(
                "The advice is to reframe this relationship: state your limits, in writing."
            ),
            "dethrone": self.tr("The advice is to consider ending this relationship."),
        }
        text = sentences.get(level or "", self.tr("No advice yet for this client."))
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _reasons(self) -> list[str]:
        if self.advice is None:
            return []
        return [
            as_sentence(describe(reason, self.lang)) for reason in self.advice.reasons[:TOP_REASONS]
        ]

    def _latest_message(self) -> QWidget:
        messages = self.store.client_events(self.client.id, ClientEventKind.MESSAGE)
        if not messages:
            return hint(
                self.tr("No message saved yet. The message builder (Reframe) helps you write one.")
            )
        latest = max(messages, key=lambda e: e.at)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            hint(self.tr("Saved on {date}").format(date=when_text(latest.at, self.lang)))
        )
        text = QPlainTextEdit(latest.detail)
        text.setReadOnly(True)
        text.setTabChangesFocus(True)
        text.setAccessibleName(self.tr("The message you saved"))
        text.setMinimumHeight(120)
        text.setMaximumHeight(200)
        self.message_box = text
        column.addWidget(text)
        return box

    # --- state ----------------------------------------------------------------------------

    def planned_contact(self) -> ClientEvent | None:
        """The nearest planned contact still to come (or just begun: the reminder keeps
        announcing a contact for an hour after its time, and leads here)."""
        moment = self.clock() - CONTACT_GRACE
        future = [
            e
            for e in self.store.client_events(self.client.id, ClientEventKind.CONTACT_PLANNED)
            if e.at >= moment
        ]
        return min(future, key=lambda e: e.at, default=None)

    def refresh(self) -> None:
        self._fill_body()
        self.refresh_plan()

    def refresh_plan(self) -> None:
        plan = self.planned_contact()
        moment = self.clock()
        self.when.setMinimumDateTime(_qt(moment))
        if plan is None:
            self.planned.setText(self.tr("No contact planned."))
            self.cancel_button.setVisible(False)
            tomorrow = (moment + timedelta(days=1)).replace(hour=PLAN_HOUR, minute=0, second=0)
            self.when.setDateTime(_qt(tomorrow))
            self.plan_button.setText(self.tr("Save the plan"))
            return
        self.planned.setText(self.tr("Planned: {when}.").format(when=when_text(plan.at, self.lang)))
        self.cancel_button.setVisible(True)
        self.when.setDateTime(_qt(plan.at))
        self.plan_button.setText(self.tr("Move the plan"))

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what == CLIENT_EVENTS:
            self.refresh()
        elif what == BOUNDARIES:
            self._fill_body()

    # --- actions --------------------------------------------------------------------------

    def save_plan(self) -> None:
        """A new plan replaces the one still to come, as one undo step."""
        previous = self.planned_contact()
        at = _python(self.when.dateTime())
        event = ClientEvent(self.client.id, at, ClientEventKind.CONTACT_PLANNED)
        store = self.store

        def undo() -> Changes:
            with store.transaction():
                changes = store.delete_client_event(event.id)
                if previous is not None:
                    changes = changes | store.save_client_event(previous).changes
            return changes

        def redo() -> Changes:
            with store.transaction():
                changes = store.save_client_event(event).changes
                if previous is not None:
                    changes = changes | store.delete_client_event(previous.id)
            return changes

        try:
            changes = redo()
        except (InvalidValue, JournalError) as error:
            tell(self.feedback, explain(error), problem=True)
            return
        record(
            self.undo_stack,
            self.tr("Plan a contact with {client}").format(client=self.client.name),
            undo,
            redo,
            changes,
        )
        tell(
            self.feedback,
            self.tr("Contact planned for {when}. Ctrl+Z undoes it.").format(
                when=when_text(at, self.lang)
            ),
        )

    def cancel_plan(self) -> None:
        plan = self.planned_contact()
        if plan is None:
            return
        try:
            changes = self.store.delete_client_event(plan.id)
        except JournalError as error:
            tell(self.feedback, explain(error), problem=True)
            return
        record(
            self.undo_stack,
            self.tr("Cancel the contact planned with {client}").format(client=self.client.name),
            lambda: self.store.save_client_event(plan),
            lambda: self.store.delete_client_event(plan.id),
            changes,
        )
        tell(self.feedback, self.tr("Plan cancelled. Ctrl+Z brings it back."))
