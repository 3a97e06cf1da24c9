"""Boundaries at work in the window: violations found at save, check-in reminders, menus."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog

from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import CheckIn, Encounter
from wellbeing.store import journal
from wellbeing.ui.journal_model import COLUMNS


def set_when(form, when: datetime) -> None:
    form.when.setDateTime(
        QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    )


def fill(qtbot, form, client: str, when: datetime) -> None:
    qtbot.keyClicks(form.client.lineEdit(), client)
    set_when(form, when)
    qtbot.mouseClick(form.impact.button(6), Qt.MouseButton.LeftButton)


SATURDAY_8AM = datetime(2026, 11, 21, 8, 0)


def confirm_the_defaults(window) -> None:
    """What Save in the boundaries dialog stores on a journal that never had any."""
    window.store.save_boundaries(Boundaries())


def test_nothing_is_flagged_for_its_time_until_the_user_confirms_boundaries(qtbot, window):
    from wellbeing.ui.boundaries_dialog import BoundariesDialog

    form = window.journal_page.form
    fill(qtbot, form, "Acme", SATURDAY_8AM)
    assert form.violations.selected() == ()
    assert not form.crossing.isVisible()

    dialog = BoundariesDialog(window.store, window.undo_stack, "en", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.not_chosen.isVisible()  # says why nothing is flagged yet
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the defaults, as shown
    assert window.store.boundaries() == Boundaries()
    assert form.violations.selected() == ("day_off",)  # confirmed: detection applies
    assert "on a day off" in form.crossing.text()

    window.undo_stack.undo()  # back to none chosen, not to defaults taken as confirmed
    assert form.violations.selected() == ()


def test_a_saturday_8am_call_is_saved_as_a_day_off_violation_without_ticking_it(qtbot, window):
    confirm_the_defaults(window)
    form = window.journal_page.form
    fill(qtbot, form, "Acme", SATURDAY_8AM)
    assert form.crossing.isVisible()
    assert "on a day off" in form.crossing.text()

    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = journal.list_encounters(window.store.db)
    assert saved.violations == ("day_off",)
    kind = window.journal_page.proxy.index(0, COLUMNS.index("kind"))
    assert "⚑" in kind.data()
    assert "on a day off" in kind.data(Qt.ItemDataRole.ToolTipRole)


def test_the_user_can_untick_a_detected_violation_and_add_another(qtbot, window):
    confirm_the_defaults(window)
    form = window.journal_page.form
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    fill(qtbot, form, "Acme", SATURDAY_8AM)
    qtbot.mouseClick(form.violations.button("day_off"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.violations.button("scope"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.behaviours.button("rude"), Qt.MouseButton.LeftButton)  # no re-detection
    assert form.violations.selected() == ("scope",)

    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = journal.list_encounters(window.store.db)
    assert saved.violations == ("scope",)


def test_detection_follows_the_time_and_behaviours_until_the_user_corrects_it(qtbot, window):
    confirm_the_defaults(window)
    form = window.journal_page.form
    fill(qtbot, form, "Acme", datetime(2026, 11, 17, 10, 0))  # a Tuesday morning
    assert form.violations.selected() == ()
    assert not form.crossing.isVisible()
    qtbot.mouseClick(form.behaviours.button("insulting"), Qt.MouseButton.LeftButton)
    assert form.violations.selected() == ("respect",)
    set_when(form, datetime(2026, 11, 17, 21, 30))
    assert form.violations.selected() == ("out_of_hours", "respect")


def test_editing_boundaries_changes_what_the_form_detects(qtbot, window):
    window.store.save_boundaries(Boundaries().with_day(5, Boundaries().working_hours[0]))
    form = window.journal_page.form
    fill(qtbot, form, "Acme", SATURDAY_8AM)
    assert form.violations.selected() == ("out_of_hours",)  # Saturday worked, but from 9:00


def test_a_due_check_in_shows_a_reminder_that_opens_it(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    reminders = window.reminders
    assert not reminders.check_in.isVisible()  # an empty journal: nothing to speak about yet
    client = journal.ensure_client(window.store.db, "Acme")
    window.store.put_encounter(Encounter(client.id, datetime.now().replace(microsecond=0), 5))
    assert reminders.check_in.isVisible()  # something logged: the first check-in is due

    qtbot.mouseClick(reminders.check_in, Qt.MouseButton.LeftButton)
    assert opened == ["CheckInDialog"]

    window.store.save_check_in(CheckIn(datetime.now().replace(microsecond=0), (1,) * 6, (3,) * 5))
    assert not reminders.check_in.isVisible()


def test_shortcuts_open_the_check_in_and_the_boundaries(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["CheckInDialog", "BoundariesDialog"]


def test_a_planned_contact_tomorrow_is_announced_in_the_status_bar(qtbot, window):
    from wellbeing.domain.model import ClientEvent, ClientEventKind

    client = journal.ensure_client(window.store.db, "Brightwell Lettings")
    tomorrow = (datetime.now() + timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    window.store.save_client_event(
        ClientEvent(client.id, tomorrow, ClientEventKind.CONTACT_PLANNED)
    )
    contact = window.reminders.contact
    assert contact.isVisible()
    assert "Brightwell Lettings" in contact.full_text()
    assert "10:00" in contact.full_text()


def test_locking_hides_the_reminders_and_closes_open_dialogs(qtbot, window):
    from wellbeing.ui.check_in_dialog import CheckInDialog

    dialog = CheckInDialog(window.store, window.undo_stack, "en", window)
    dialog.show()
    assert window.reminders.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked
    assert not window.reminders.isVisible()
    assert not dialog.isVisible()
    window.check_in()  # a shortcut or a reminder click while locked opens nothing
    assert not any(
        isinstance(w, CheckInDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_violations_follow_the_time_actually_stored_when_the_user_left_the_clock(
    qtbot, window, monkeypatch
):
    """The form was cleared on Friday evening; the call is logged on Saturday at 8:05."""
    import wellbeing.ui.encounter_form as encounter_form

    class Saturday(datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(2026, 11, 21, 8, 5)

    confirm_the_defaults(window)
    form = window.journal_page.form
    form.new(now=datetime(2026, 11, 20, 17, 50))
    assert form.violations.selected() == ()
    monkeypatch.setattr(encounter_form, "datetime", Saturday)
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    qtbot.mouseClick(form.impact.button(6), Qt.MouseButton.LeftButton)

    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [saved] = journal.list_encounters(window.store.db)
    assert saved.occurred_at == datetime(2026, 11, 21, 8, 5)
    assert saved.violations == ("day_off",)


def test_a_pleasant_saturday_call_crosses_nothing_unless_the_user_says_so(qtbot, window):
    confirm_the_defaults(window)
    form = window.journal_page.form
    fill(qtbot, form, "Acme", SATURDAY_8AM)
    assert form.violations.selected() == ("day_off",)
    qtbot.mouseClick(form.positive, Qt.MouseButton.LeftButton)
    assert form.violations.selected() == ()
    assert not form.crossing.isVisible()


def test_an_empty_form_says_nothing_about_boundaries_until_an_entry_begins(qtbot, window):
    confirm_the_defaults(window)
    form = window.journal_page.form
    form.set_boundaries(window.store.boundaries())
    form.when.setDateTime(SATURDAY_8AM)  # what "now" shows on a Saturday morning
    form._when_set = False  # as the form leaves it: the time shown is now, not chosen
    form._show_crossing()
    assert form.violations.selected() == ("day_off",) and not form.crossing.isVisible()

    qtbot.keyClicks(form.client.lineEdit(), "Acme")

    assert form.crossing.isVisible() and "on a day off" in form.crossing.text()
