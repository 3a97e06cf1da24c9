"""The form's quick "when" choices, clicked for real, on a fixed clock (Tuesday, 21:37)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit

import wellbeing.ui.encounter_form as encounter_form
from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.when import Shorthand
from wellbeing.store import journal

TUESDAY = (2026, 11, 17)


def clock(monkeypatch: pytest.MonkeyPatch, hour: int, minute: int) -> None:
    class Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(*TUESDAY, hour, minute, 42)

    monkeypatch.setattr(encounter_form, "datetime", Fixed)


@pytest.fixture
def form(window, monkeypatch):
    clock(monkeypatch, 21, 37)
    form = window.journal_page.form
    form.new()
    return form


def shown(form) -> datetime:
    return form.when.dateTime().toPython()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("shorthand", "expected"),
    [
        (Shorthand.NOW, datetime(*TUESDAY, 21, 37)),
        (Shorthand.THIS_MORNING, datetime(*TUESDAY, 10, 0)),
        (Shorthand.THIS_AFTERNOON, datetime(*TUESDAY, 15, 0)),
        (Shorthand.EARLIER_TODAY, datetime(*TUESDAY, 19, 37)),
        (Shorthand.YESTERDAY, datetime(2026, 11, 16, 12, 0)),
    ],
)
def test_each_quick_choice_sets_the_date_and_time(qtbot, form, shorthand, expected):
    choices = form.when_choices
    other = Shorthand.YESTERDAY if shorthand == Shorthand.NOW else Shorthand.NOW
    click(qtbot, choices.button(other))  # start elsewhere, so the click has to move it
    click(qtbot, choices.button(shorthand))
    assert shown(form) == expected
    assert choices.current() == shorthand
    assert [b.isChecked() for b in choices.buttons.values()].count(True) == 1


def test_a_new_form_says_just_now_and_the_chips_read_in_english(form):
    choices = form.when_choices
    assert choices.current() == Shorthand.NOW
    assert [chip.text() for chip in choices.chips()] == [
        "Just now",
        "This morning",
        "This afternoon",
        "Earlier today",
        "Yesterday",
        "Pick a time…",
    ]
    assert "10:00" in choices.button(Shorthand.THIS_MORNING).toolTip()


def test_the_chosen_moment_is_the_one_saved(qtbot, window, form):
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.impact.button(5))
    click(qtbot, form.when_choices.button(Shorthand.THIS_AFTERNOON))
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = journal.list_encounters(window.store.db)
    assert saved.occurred_at == datetime(*TUESDAY, 15, 0)


def test_a_time_typed_by_hand_is_no_quick_choice_any_more(qtbot, form):
    click(qtbot, form.when_choices.button(Shorthand.THIS_MORNING))
    form.when.setFocus()
    form.when.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(form.when, Qt.Key.Key_Up)
    assert shown(form) == datetime(*TUESDAY, 11, 0)
    assert form.when_choices.current() is None


def test_pick_a_time_puts_the_cursor_on_the_hour(qtbot, form):
    click(qtbot, form.when_choices.pick_button)
    assert QApplication.focusWidget() is form.when
    assert form.when.currentSection() == QDateTimeEdit.Section.HourSection


def test_the_chips_are_one_tab_stop_after_the_field_and_space_presses_them(qtbot, form):
    form.when.setFocus()
    qtbot.keyClick(form.when, Qt.Key.Key_Tab)
    now = form.when_choices.button(Shorthand.NOW)
    assert QApplication.focusWidget() is now  # the choice the field holds
    qtbot.keyClick(now, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.difficult
    qtbot.keyClick(form.difficult, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is now

    qtbot.keyClick(now, Qt.Key.Key_End)  # Pick a time…
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    yesterday = form.when_choices.button(Shorthand.YESTERDAY)
    assert QApplication.focusWidget() is yesterday
    qtbot.keyClick(yesterday, Qt.Key.Key_Space)
    assert shown(form) == datetime(2026, 11, 16, 12, 0)


def test_this_afternoon_is_greyed_out_in_the_morning(qtbot, window, monkeypatch):
    clock(monkeypatch, 9, 20)
    form = window.journal_page.form
    form.new()
    choices = form.when_choices
    assert not choices.button(Shorthand.THIS_AFTERNOON).isEnabled()
    assert choices.button(Shorthand.THIS_MORNING).isEnabled()
    click(qtbot, choices.button(Shorthand.THIS_MORNING))
    assert shown(form) == datetime(*TUESDAY, 9, 20)  # 10:00 is still to come

    clock(monkeypatch, 12, 5)
    choices.refresh()
    assert choices.button(Shorthand.THIS_AFTERNOON).isEnabled()


def test_an_evening_entry_left_at_now_says_so_and_a_quick_choice_clears_the_flag(
    qtbot, window, form
):
    window.store.save_boundaries(Boundaries())  # office hours, confirmed
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    assert form.violations.selected() == ("out_of_hours",)
    assert "if it happened earlier, say when" in form.crossing.text()

    click(qtbot, form.when_choices.button(Shorthand.THIS_AFTERNOON))

    assert form.violations.selected() == ()
    assert not form.crossing.isVisible()
