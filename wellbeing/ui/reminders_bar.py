"""Gentle reminders in the status bar: a contact coming up, a check-in due, and one line
for a goal due, a reframing to look back on or the end-of-day nudge; "Reminders…" opens
the whole list.

Buttons rather than pop-ups: the user sees them, and acts when they choose. What is shown
is decided by wellbeing.analysis.reminders (through ReminderCenter), never here; no red
badge, no count of what was missed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from wellbeing.analysis.reminders import TOMORROW, Reminder
from wellbeing.domain.reminders import ReminderKind
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.reminders_center import ReminderCenter, describe
from wellbeing.ui.widgets.elided import ElidedButton

LINE_KINDS = (ReminderKind.GOAL, ReminderKind.REFRAME_FOLLOW_UP, ReminderKind.END_OF_DAY)
"""The kinds the bar's one elided line may show, the first due first."""


class RemindersBar(QWidget):
    check_in_requested = Signal()
    prepare_requested = Signal(str)
    """The client id to prepare for (a contact coming, or a reframing to look back on)."""
    goals_requested = Signal()
    log_requested = Signal()
    """The end-of-day nudge was opened: a new encounter, if the user wants one."""
    list_requested = Signal()

    def __init__(
        self,
        store: JournalStore,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.center = ReminderCenter(store, now, self)
        self.check_in = ElidedButton()
        self.check_in.set_full_text(self.tr("Weekly check-in due"))
        self.check_in.setProperty("reminder", True)
        self.check_in.setToolTip(self.tr("Two minutes, eleven questions (Ctrl+K)"))
        self.check_in.clicked.connect(self.check_in_requested)
        self.contact = ElidedButton()
        self.contact.setObjectName("contact_reminder")
        self.contact.setProperty("reminder", True)
        self.contact.clicked.connect(lambda: self._open_first(ReminderKind.CONTACT))
        self.goal = ElidedButton()
        self.goal.setObjectName("goal_reminder")
        self.goal.setProperty("reminder", True)
        self.goal.clicked.connect(self._open_line)
        self.goal_dismiss = QToolButton()
        self.goal_dismiss.setObjectName("goal_reminder_dismiss")
        self.goal_dismiss.setText("×")
        self.goal_dismiss.setAutoRaise(True)
        self.goal_dismiss.setToolTip(self.tr("Not now (until tomorrow)"))
        self.goal_dismiss.setAccessibleName(self.tr("Set this reminder aside until tomorrow"))
        self.goal_dismiss.clicked.connect(self.dismiss_goal)
        self._line: Reminder | None = None
        self.all = QToolButton()
        self.all.setObjectName("all_reminders")
        self.all.setText(self.tr("Reminders…"))
        self.all.setAutoRaise(True)
        self.all.setToolTip(self.tr("Every reminder: snooze, dismiss or turn them off"))
        self.all.clicked.connect(self.list_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.goal)
        layout.addWidget(self.goal_dismiss)
        layout.addSpacing(6)
        layout.addWidget(self.contact)
        layout.addWidget(self.check_in)
        layout.addWidget(self.all)
        self.center.changed.connect(self.refresh)
        self.refresh()

    def _first(self, *kinds: ReminderKind) -> Reminder | None:
        return next((r for r in self.center.current() if r.kind in kinds), None)

    def refresh(self) -> None:
        """Show what the reminder center says is due now."""
        now = self.center.now()
        lang = ui_language()
        self.check_in.setVisible(self._first(ReminderKind.CHECK_IN) is not None)
        contact = self._first(ReminderKind.CONTACT)
        self.contact.setVisible(contact is not None)
        if contact is not None:
            self.contact.set_full_text(describe(contact, lang, now))
        self._line = self._first(*LINE_KINDS)
        self.goal.setVisible(self._line is not None)
        self.goal_dismiss.setVisible(self._line is not None)
        if self._line is not None:
            self.goal.set_full_text(describe(self._line, lang, now))

    def dismiss_goal(self) -> None:
        """Set the line's reminder aside until tomorrow; another, if any, takes its place."""
        if self._line is not None:
            self.center.snooze(self._line.key, TOMORROW)

    def _open_line(self) -> None:
        if self._line is not None:
            self.open_reminder(self._line)

    def _open_first(self, kind: ReminderKind) -> None:
        if (reminder := self._first(kind)) is not None:
            self.open_reminder(reminder)

    def open_reminder(self, reminder: Reminder) -> None:
        """Where each reminder leads: the thing it is about, never a reproach."""
        if reminder.kind in (ReminderKind.CONTACT, ReminderKind.REFRAME_FOLLOW_UP):
            self.prepare_requested.emit(reminder.target)
        elif reminder.kind == ReminderKind.GOAL:
            self.goals_requested.emit()
        elif reminder.kind == ReminderKind.CHECK_IN:
            self.check_in_requested.emit()
        else:
            self.log_requested.emit()
