"""Reminders in the window: one list, snoozed and dismissed, turned off in one place,
delivered through the tray from the background, never with content while locked.

A fake clock (`center.now`) moves time; `center.tick()` is what the minute timer calls.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from wellbeing.domain.model import Encounter
from wellbeing.domain.reminders import ReminderKind, ReminderPrefs
from wellbeing.store import journal

MONDAY_5PM = datetime(2026, 3, 9, 17, 0)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


class FakeTray:
    """Stands in for the tray icon's notifications (`window.tray`), recording them."""

    def __init__(self, window, monkeypatch, available: bool = True) -> None:
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(window.tray, "available", available)
        monkeypatch.setattr(window.tray, "notify", self.notify)

    def notify(self, title: str, text: str) -> None:
        if getattr(self, "available", True):
            self.shown.append((title, text))


@pytest.fixture
def clock(window) -> Clock:
    """The window's reminders on a fake clock, with something logged (an empty journal
    has nothing to speak about) and a check-in answered, so that nothing is due yet."""
    from wellbeing.domain.model import CheckIn

    fake = Clock(MONDAY_5PM)
    window.reminders.center.now = fake
    client = journal.ensure_client(window.store.db, "Acme")
    window.store.put_encounter(Encounter(client.id, MONDAY_5PM - timedelta(hours=2), 6))
    window.store.save_check_in(CheckIn(MONDAY_5PM - timedelta(days=1), (1,) * 6, (3,) * 5))
    return fake


def turn_on_end_of_day(window, at: time = time(18, 0)) -> None:
    window.reminders.center.set_prefs(
        ReminderPrefs(frozenset({*ReminderPrefs().on, ReminderKind.END_OF_DAY}), at)
    )


def shown_kinds(window) -> list[ReminderKind]:
    return [r.kind for r in window.reminders.center.current()]


def test_the_end_of_day_nudge_fires_at_its_time_and_comes_back_after_a_snooze(qtbot, window, clock):
    turn_on_end_of_day(window)
    center, bar = window.reminders.center, window.reminders
    center.tick()
    assert shown_kinds(window) == [] and not bar.goal.isVisible()

    clock.at = MONDAY_5PM + timedelta(hours=1)  # 18:00
    center.tick()
    assert shown_kinds(window) == [ReminderKind.END_OF_DAY]
    assert bar.goal.isVisible()
    assert "take a breath" in bar.goal.full_text()
    assert bar.goal.styleSheet() == ""  # no badge, no alarm colour

    qtbot.mouseClick(bar.goal_dismiss, Qt.MouseButton.LeftButton)  # not now: tomorrow
    assert shown_kinds(window) == [] and not bar.goal.isVisible()
    clock.at = datetime(2026, 3, 10, 7, 59)
    center.tick()
    assert shown_kinds(window) == []  # not before the snooze is over
    clock.at = datetime(2026, 3, 10, 18, 0)
    center.tick()
    assert shown_kinds(window) == [ReminderKind.END_OF_DAY]  # tomorrow evening: again


def test_the_list_snoozes_until_next_week_and_dismisses(qtbot, window, clock):
    from wellbeing.ui.reminders_dialog import RemindersDialog

    turn_on_end_of_day(window)
    clock.at = datetime(2026, 3, 16, 18, 30)  # a week on: check-in due, and the nudge
    window.reminders.center.tick()
    dialog = RemindersDialog(window.reminders.center, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.data(dialog.model.index(0, 0)) == "Weekly check-in due"

    qtbot.mouseClick(dialog.next_week, Qt.MouseButton.LeftButton)
    assert shown_kinds(window) == [ReminderKind.END_OF_DAY]
    qtbot.mouseClick(dialog.dismiss, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)

    clock.at = datetime(2026, 3, 22, 17, 0)
    window.reminders.center.tick()
    assert shown_kinds(window) == []  # not before the snooze is over
    clock.at = datetime(2026, 3, 23, 8, 0)
    window.reminders.center.tick()
    assert shown_kinds(window) == [ReminderKind.CHECK_IN]
    stored = window.store.setting(window_settings().REMINDER_MARKS)
    assert stored["end_of_day:2026-03-16"] == "dismissed"  # kept in the journal


def window_settings():
    from wellbeing.store import settings

    return settings


def test_turned_off_in_the_settings_a_reminder_is_never_shown(qtbot, window, clock, monkeypatch):
    from wellbeing.ui.reminders_dialog import ReminderSettingsDialog

    tray = FakeTray(window, monkeypatch)
    dialog = ReminderSettingsDialog(window.reminders.center, window)
    qtbot.addWidget(dialog)
    assert not dialog.boxes[ReminderKind.END_OF_DAY].isChecked()  # opt-in
    assert dialog.boxes[ReminderKind.CHECK_IN].isChecked()
    qtbot.mouseClick(dialog.all_off, Qt.MouseButton.LeftButton)
    dialog.save()
    window.hide()  # in the background: would be notified if it were due
    for days in range(0, 15):
        clock.at = MONDAY_5PM + timedelta(days=days, hours=3)
        window.reminders.center.tick()
        assert shown_kinds(window) == []
    assert tray.shown == []
    assert not window.reminders.check_in.isVisible()


def test_in_the_background_a_reminder_comes_through_the_tray(qtbot, window, clock, monkeypatch):
    tray = FakeTray(window, monkeypatch)
    turn_on_end_of_day(window)
    window.reminders.center.tick()
    clock.at = MONDAY_5PM + timedelta(hours=1)
    window.reminders.center.tick()  # in front: the status bar says it, no notification
    assert tray.shown == []

    window.showMinimized()
    clock.at = datetime(2026, 3, 16, 17, 0)  # a week later, the check-in is due
    window.reminders.center.tick()
    assert tray.shown == [("Wellbeing Journal", "Weekly check-in due")]


def test_while_locked_a_notification_says_nothing_of_the_journal(qtbot, window, clock, monkeypatch):
    tray = FakeTray(window, monkeypatch)
    client = journal.ensure_client(window.store.db, "Brightwell Lettings")
    from wellbeing.domain.model import ClientEvent, ClientEventKind

    window.store.save_client_event(
        ClientEvent(client.id, datetime(2026, 3, 11, 10, 0), ClientEventKind.CONTACT_PLANNED)
    )
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not window.reminders.isVisible()
    window.hide()
    clock.at = datetime(2026, 3, 10, 9, 0)  # the day before the contact
    window.reminders.center.tick()
    assert tray.shown == [("Wellbeing Journal", "Wellbeing Journal has a reminder.")]
    assert all("Brightwell" not in text for _title, text in tray.shown)


def test_without_a_tray_nothing_is_sent_and_nothing_breaks(qtbot, window, clock, monkeypatch):
    tray = FakeTray(window, monkeypatch, available=False)
    window.hide()
    clock.at = datetime(2026, 3, 16, 17, 0)
    window.reminders.center.tick()
    assert tray.shown == [] and shown_kinds(window) == [ReminderKind.CHECK_IN]


def test_the_menu_opens_the_list_and_the_list_opens_the_reminder(qtbot, window, clock, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    window.actions["reminders"].trigger()
    window.actions["reminder_settings"].trigger()
    assert opened == ["RemindersDialog", "ReminderSettingsDialog"]

    from wellbeing.ui.reminders_dialog import RemindersDialog

    clock.at = datetime(2026, 3, 16, 17, 0)
    window.reminders.center.tick()
    dialog = RemindersDialog(window.reminders.center, window)
    qtbot.addWidget(dialog)
    dialog.open_requested.connect(window.reminders.open_reminder)
    dialog.open_selected()
    assert opened[-1] == "CheckInDialog"


def test_closing_the_journal_stops_the_reminders_reading_it(qtbot, window):
    center = window.reminders.center
    window.close_journal()
    assert window.reminders is None
    assert not center.timer.isActive()
