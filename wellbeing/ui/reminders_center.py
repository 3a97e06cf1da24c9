"""The one place the window asks which reminders to show, and where they are set aside.

A thin Qt wrapper over wellbeing.analysis.reminders: it reads the journal when the journal
changes, asks the pure module every minute (with its `now`, a fake clock in tests), and
says when a reminder became due so that the window can announce it from the background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from wellbeing.analysis.reminders import (
    Reminder,
    ReminderInputs,
    current_reminders,
    due_reminders,
    marked,
    newly_due,
    snooze_until,
)
from wellbeing.domain.formatting import format_time
from wellbeing.domain.model import ClientEventKind
from wellbeing.domain.reminders import (
    ReminderKind,
    ReminderPrefs,
    marks_from_json,
    marks_to_json,
    prefs_from_json,
    prefs_to_json,
)
from wellbeing.store import settings
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.journal_store import (
    CHECK_INS,
    CLIENT_EVENTS,
    CLIENTS,
    ENCOUNTERS,
    GOALS,
    JournalStore,
)

TICK_MS = 60_000
"""How often the clock is looked at: an end-of-day nudge is at most a minute late."""
READS = {
    CHECK_INS,
    CLIENT_EVENTS,
    CLIENTS,
    ENCOUNTERS,
    GOALS,
    settings.REFRAME_FOLLOW_UP_WEEKS.key,
    settings.REMINDERS.key,
    settings.REMINDER_MARKS.key,
}
"""The kinds of change (and setting keys) after which the reminders are worked out again."""
KEPT_EVENTS = {
    ClientEventKind.REFRAMED,
    ClientEventKind.REACTIVATED,
    ClientEventKind.DETHRONED,
    ClientEventKind.CONTACT_PLANNED,
}
"""Client events a reminder reads (not the advice history, which can be long)."""


def describe(reminder: Reminder, lang: str, now: datetime) -> str:
    """One reminder in one gentle sentence: what, and what to do about it if one wishes."""
    kind = reminder.kind
    if kind == ReminderKind.CONTACT and reminder.at is not None:
        time = format_time(reminder.at, lang)
        days = (reminder.at.date() - now.date()).days
        if days < 0:  # last night's, within the hour of grace
            when = QCoreApplication.translate("Reminders", "yesterday at {time}").format(time=time)
        elif days == 0:
            when = QCoreApplication.translate("Reminders", "today at {time}").format(time=time)
        else:
            when = QCoreApplication.translate("Reminders", "tomorrow at {time}").format(time=time)
        return QCoreApplication.translate(
            "Reminders", "Contact with {client} {when}: prepare"
        ).format(client=reminder.subject, when=when)
    if kind == ReminderKind.GOAL:
        return QCoreApplication.translate("Reminders", "A goal you agreed is due: {what}").format(
            what=reminder.subject
        )
    if kind == ReminderKind.REFRAME_FOLLOW_UP:
        return QCoreApplication.translate(
            "Reminders",
            "You reframed things with {client} {weeks} weeks ago: see whether it helped",
        ).format(client=reminder.subject, weeks=reminder.weeks)
    if kind == ReminderKind.CHECK_IN:
        return QCoreApplication.translate("Reminders", "Weekly check-in due")
    return QCoreApplication.translate(
        "Reminders", "End of the day: anything to set down? Or just take a breath."
    )


def content_free() -> str:
    """What a notification may say while the journal is locked: that there is something,
    never what."""
    return QCoreApplication.translate("Reminders", "Wellbeing Journal has a reminder.")


class ReminderCenter(QObject):
    changed = Signal()
    """The reminders to show changed (due, snoozed, dismissed, turned off)."""
    became_due = Signal(list)
    """Reminders that were not shown a moment ago: for a tray notification."""

    def __init__(
        self,
        store: JournalStore,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.now = now
        """The clock; tests replace it and call tick()."""
        self._inputs = ReminderInputs(has_data=False)
        self._shown: list[Reminder] = []
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        store.changed.connect(self._on_store_changed)
        self._read()
        self._shown = self._compute()  # what is on show at start is not "new"

    # --- reading ----------------------------------------------------------------------

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what in READS:
            self._read()
            self.tick()

    def _read(self) -> None:
        store = self.store
        check_ins = store.check_ins()
        self._inputs = ReminderInputs(
            has_data=bool(check_ins) or store.count_encounters() > 0,
            last_check_in=max((c.answered_at for c in check_ins), default=None),
            clients=tuple(store.clients()),
            events=tuple(e for e in store.client_events() if e.kind in KEPT_EVENTS),
            goals=tuple(store.goals()),
            follow_up_weeks=store.setting(settings.REFRAME_FOLLOW_UP_WEEKS),
        )

    def prefs(self) -> ReminderPrefs:
        try:
            return prefs_from_json(self.store.setting(settings.REMINDERS))
        except ValueError:
            return ReminderPrefs()

    def marks(self) -> dict[str, datetime | None]:
        try:
            return marks_from_json(self.store.setting(settings.REMINDER_MARKS))
        except ValueError:
            return {}

    def _compute(self) -> list[Reminder]:
        return current_reminders(self._inputs, self.prefs(), self.marks(), self.now())

    # --- what is shown ----------------------------------------------------------------

    def current(self) -> list[Reminder]:
        return list(self._shown)

    def tick(self) -> None:
        """Look at the clock: announce what became due, and tell the views."""
        before = [r.key for r in self._shown]
        self._shown = self._compute()
        fresh = newly_due(before, self._shown)
        if [r.key for r in self._shown] != before:
            self.changed.emit()
        if fresh:
            self.became_due.emit(fresh)

    # --- setting aside ----------------------------------------------------------------

    def snooze(self, key: str, choice: str) -> None:
        now = self.now()
        self._mark(key, snooze_until(choice, now), now)

    def dismiss(self, key: str) -> None:
        self._mark(key, None, self.now())

    def _mark(self, key: str, until: datetime | None, now: datetime) -> None:
        due = [r.key for r in due_reminders(self._inputs, self.prefs(), now)]
        marks = marked(self.marks(), key, until, due, now)
        self.store.put_setting(settings.REMINDER_MARKS, marks_to_json(marks))

    def set_prefs(self, prefs: ReminderPrefs) -> None:
        self.store.put_setting(settings.REMINDERS, prefs_to_json(prefs))


def in_background(window: QWidget) -> bool:
    """Hidden, minimised or behind another application's window: the user would not see
    the status bar, so a reminder that becomes due is worth a notification."""
    return not window.isVisible() or window.isMinimized() or not window.isActiveWindow()


def announce(
    window: QWidget, tray: object, fresh: list[Reminder], locked: bool, now: datetime
) -> bool:
    """Deliver reminders that became due through the tray when the window is in the
    background: the first one's sentence, or while the journal is locked only that there
    is a reminder. Returns whether a notification was sent (none without a tray)."""
    if not fresh or tray is None or not getattr(tray, "available", False):
        return False
    if not in_background(window):
        return False  # the status bar shows it
    title = QCoreApplication.translate("Reminders", "Wellbeing Journal")
    if locked:
        tray.notify(title, content_free())  # type: ignore[attr-defined]
    else:
        tray.notify(title, describe(fresh[0], ui_language(), now))  # type: ignore[attr-defined]
    return True
