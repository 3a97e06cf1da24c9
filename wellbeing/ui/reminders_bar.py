"""Gentle reminders in the status bar: a check-in due, a contact coming up, a goal due.

Buttons rather than pop-ups: the user sees them, and acts when they choose. A goal agreed
with a coach is one line that can be set aside, never a red badge nor a count of what
was missed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QToolButton, QWidget

from wellbeing.analysis.reminders import check_in_due, contacts_coming, goal_to_mention
from wellbeing.domain.formatting import format_time
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.journal_store import CHECK_INS, CLIENT_EVENTS, CLIENTS, GOALS, JournalStore

REFRESH_MS = 15 * 60_000
ELIDED_MINIMUM = 160
"""Pixels a goal's line keeps at least when the status bar is short of room."""


class ElidedButton(QPushButton):
    """A button whose text is cut with "…" to the room it is given, so that a goal's line
    shares a narrow status bar (1024 px) with the other reminders instead of pushing
    them out; the whole text is in its tooltip."""

    PADDING = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        # A push button never shrinks below its text by default; this one may.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self._full) + self.PADDING,
            super().sizeHint().height(),
        )

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), ELIDED_MINIMUM), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - self.PADDING)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room))


class RemindersBar(QWidget):
    check_in_requested = Signal()
    prepare_requested = Signal(str)
    """The client id to prepare for."""
    goals_requested = Signal()

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.check_in = QPushButton(self.tr("Weekly check-in due"))
        self.check_in.setProperty("reminder", True)
        self.check_in.setToolTip(self.tr("Two minutes, eleven questions (Ctrl+K)"))
        self.check_in.clicked.connect(self.check_in_requested)
        self.contact = QPushButton()
        self.contact.setProperty("reminder", True)
        self.contact.clicked.connect(self._prepare)
        self._client_id = ""
        self.goal = ElidedButton()
        self.goal.setObjectName("goal_reminder")
        self.goal.setProperty("reminder", True)
        self.goal.clicked.connect(self.goals_requested)
        self.goal_dismiss = QToolButton()
        self.goal_dismiss.setObjectName("goal_reminder_dismiss")
        self.goal_dismiss.setText("×")
        self.goal_dismiss.setAutoRaise(True)
        self.goal_dismiss.setToolTip(self.tr("Not now"))
        self.goal_dismiss.setAccessibleName(self.tr("Set this reminder aside"))
        self.goal_dismiss.clicked.connect(self.dismiss_goal)
        self._goal_id = ""
        self.dismissed_goals: set[str] = set()
        """Goals whose reminder was set aside: not mentioned again while the app runs."""
        for whole in (self.contact, self.check_in):  # short: the goal's line gives way
            whole.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.goal)
        layout.addWidget(self.goal_dismiss)
        layout.addSpacing(6)
        layout.addWidget(self.contact)
        layout.addWidget(self.check_in)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        store.changed.connect(self._on_store_changed)
        self.refresh()

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what in (CHECK_INS, CLIENT_EVENTS, CLIENTS, GOALS):
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        now = now or datetime.now()
        self._refresh_goal(now)
        self.check_in.setVisible(check_in_due(self.store.check_ins(), now))
        coming = contacts_coming(self.store.clients(), self.store.client_events(), now)
        self.contact.setVisible(bool(coming))
        if coming:
            first = coming[0]
            self._client_id = first.client.id
            time = format_time(first.at, ui_language())
            days = (first.at.date() - now.date()).days
            if days < 0:  # last night's, within the hour of grace
                when = self.tr("yesterday at {time}").format(time=time)
            elif days == 0:
                when = self.tr("today at {time}").format(time=time)
            else:
                when = self.tr("tomorrow at {time}").format(time=time)
            self.contact.setText(
                self.tr("Contact with {client} {when}: prepare").format(
                    client=first.client.name, when=when
                )
            )

    def _refresh_goal(self, now: datetime) -> None:
        goal = goal_to_mention(self.store.due_goals(now.date()), now.date(), self.dismissed_goals)
        self._goal_id = goal.id if goal else ""
        self.goal.setVisible(goal is not None)
        self.goal_dismiss.setVisible(goal is not None)
        if goal is not None:
            what = " ".join(goal.action.what.split())
            self.goal.set_full_text(self.tr("A goal you agreed is due: {what}").format(what=what))

    def dismiss_goal(self) -> None:
        """Set the reminder aside; another due goal, if any, may take its place."""
        if self._goal_id:
            self.dismissed_goals.add(self._goal_id)
        self._refresh_goal(datetime.now())

    def _prepare(self) -> None:
        if self._client_id:
            self.prepare_requested.emit(self._client_id)
