"""The boundaries editor: what the user ticks and types is what the journal keeps."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog

from wellbeing.domain.boundaries import OFFICE, Boundaries, ChannelRule, Hours, to_json
from wellbeing.store import settings
from wellbeing.ui.boundaries_dialog import BoundariesDialog, ChannelRow
from wellbeing.ui.journal_store import JournalStore

SATURDAY = 5
MORNINGS = Hours(time(9, 0), time(12, 0))
CUSTOM = Boundaries(
    working_hours=(OFFICE,) * 4 + (MORNINGS, Hours(time(10, 0), time(13, 0)), None),
    channels=(ChannelRule("social", accepted=False),),
    response_hours=8,
    in_scope="Bookkeeping, not tax advice.",
    respect="Politely.",
    limits=("No calls on Sunday.",),
)


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def open_dialog(qtbot, store: JournalStore, undo_stack: QUndoStack):
    def make(lang: str = "en") -> BoundariesDialog:
        dialog = BoundariesDialog(store, undo_stack, lang)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    return make


def channel(dialog: BoundariesDialog, key: str) -> ChannelRow:
    return next(row for row in dialog.channels if row.key == key)


def press_space(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def click_save(qtbot, dialog: BoundariesDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_saturday_becomes_a_working_day_and_phone_gets_hours(qtbot, open_dialog, store, undo_stack):
    dialog = open_dialog()
    saturday = dialog.days[SATURDAY]
    assert saturday.switch.text() == "Saturday" and not saturday.switch.isChecked()
    assert not saturday.start.isEnabled()
    press_space(qtbot, saturday.switch)
    assert saturday.start.isEnabled() and saturday.end.isEnabled()
    saturday.start.setTime(QTime(10, 0))
    saturday.end.setTime(QTime(14, 0))

    phone = channel(dialog, "phone")
    press_space(qtbot, phone.span.switch)  # only from …
    phone.span.end.setTime(QTime(12, 0))
    email = channel(dialog, "email")
    press_space(qtbot, email.accepted)  # not accepted: its hours go grey
    assert not email.span.switch.isEnabled() and not email.span.start.isEnabled()
    dialog.response.setValue(0)
    assert dialog.response.text() == "no promise"
    for line in ("No calls after 18:00", "", "  Written requests only  "):
        qtbot.keyClicks(dialog.limits, line)
        qtbot.keyClick(dialog.limits, Qt.Key.Key_Return)
    click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = store.boundaries()
    assert saved.working_hours == (OFFICE,) * 5 + (Hours(time(10), time(14)), None)
    assert saved.channels == (
        ChannelRule("phone", True, MORNINGS),
        ChannelRule("email", accepted=False),
    )
    assert saved.response_hours is None
    assert saved.limits == ("No calls after 18:00", "Written requests only")
    assert undo_stack.undoText() == "Change boundaries"


def test_the_dialog_shows_what_is_stored(open_dialog, store):
    store.save_boundaries(CUSTOM)
    dialog = open_dialog()
    assert dialog.days[SATURDAY].switch.isChecked()
    assert dialog.days[SATURDAY].start.time() == QTime(10, 0)
    assert not dialog.days[6].switch.isChecked()
    assert not channel(dialog, "social").accepted.isChecked()
    assert channel(dialog, "phone").accepted.isChecked()
    assert dialog.response.value() == 8
    assert dialog.in_scope.toPlainText() == "Bookkeeping, not tax advice."
    assert dialog.limits.toPlainText() == "No calls on Sunday."
    assert dialog.boundaries() == CUSTOM


@pytest.mark.parametrize(
    ("where", "sentence"),
    [
        ("monday", "On Monday, the working hours must end after they start."),
        ("phone", "For “phone”, the hours must end after they start."),
    ],
)
def test_an_end_before_the_start_is_refused_in_one_sentence(
    qtbot, open_dialog, store, undo_stack, where: str, sentence: str
):
    dialog = open_dialog()
    if where == "monday":
        wrong = dialog.days[0].end
    else:
        press_space(qtbot, channel(dialog, "phone").span.switch)
        wrong = channel(dialog, "phone").span.end
    wrong.setTime(QTime(8, 0))
    click_save(qtbot, dialog)

    assert dialog.problem.isVisible()
    assert dialog.problem.text() == sentence
    assert dialog.isVisible()  # still open, to fix it
    assert QApplication.focusWidget() is wrong
    assert store.boundaries() == Boundaries()
    assert undo_stack.count() == 0


def test_undo_restores_the_previous_boundaries(qtbot, open_dialog, store, undo_stack):
    store.save_boundaries(CUSTOM)
    dialog = open_dialog()
    press_space(qtbot, dialog.days[6].switch)  # Sunday becomes a working day
    click_save(qtbot, dialog)
    assert store.boundaries().working_hours[6] == OFFICE

    undo_stack.undo()
    assert store.boundaries() == CUSTOM
    undo_stack.redo()
    assert store.boundaries().working_hours[6] == OFFICE


def test_restore_defaults_fills_the_form_and_saves_only_on_save(
    qtbot, open_dialog, store, undo_stack
):
    store.save_boundaries(CUSTOM)
    dialog = open_dialog()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert not dialog.days[SATURDAY].switch.isChecked()
    assert channel(dialog, "social").accepted.isChecked()
    assert dialog.response.value() == 24
    assert dialog.in_scope.toPlainText() == "" and dialog.limits.toPlainText() == ""
    assert store.boundaries() == CUSTOM  # nothing saved yet

    click_save(qtbot, dialog)
    assert store.boundaries() == Boundaries()
    undo_stack.undo()
    assert store.boundaries() == CUSTOM


def test_cancel_keeps_the_stored_boundaries(qtbot, open_dialog, store, undo_stack):
    dialog = open_dialog()
    press_space(qtbot, dialog.days[SATURDAY].switch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert store.boundaries() == Boundaries()
    assert undo_stack.count() == 0


def test_saving_unchanged_boundaries_adds_nothing_to_undo(qtbot, open_dialog, store, undo_stack):
    store.save_boundaries(Boundaries())  # already set: saving them again changes nothing
    dialog = open_dialog()
    assert not dialog.not_chosen.isVisible()
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert undo_stack.count() == 0


def test_saving_the_suggested_boundaries_confirms_them_and_undo_unsets_them(
    qtbot, open_dialog, store, undo_stack
):
    """Until the user saves them, the defaults are a suggestion that flags nothing."""
    assert store.setting(settings.BOUNDARIES) == {}
    dialog = open_dialog()
    assert dialog.not_chosen.isVisible()
    assert "not set your boundaries yet" in dialog.not_chosen.text()

    qtbot.keyClick(dialog.days[0].switch, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.setting(settings.BOUNDARIES) == to_json(Boundaries())
    assert undo_stack.undoText() == "Change boundaries"
    undo_stack.undo()
    assert store.setting(settings.BOUNDARIES) == {}
    undo_stack.redo()
    assert store.setting(settings.BOUNDARIES) == to_json(Boundaries())
    assert not open_dialog().not_chosen.isVisible()


def focus_path(qtbot, presses: int) -> list[object]:
    """Where focus goes on each Tab, once per widget (a time edit is one Tab stop)."""
    path = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not path[-1]:
            path.append(QApplication.focusWidget())
    return path


def test_keyboard_only_tab_order_and_ctrl_enter(qtbot, open_dialog, store):
    dialog = open_dialog()
    monday, tuesday = dialog.days[0], dialog.days[1]
    assert QApplication.focusWidget() is monday.switch
    assert focus_path(qtbot, 3) == [monday.switch, monday.start, monday.end, tuesday.switch]
    friday, saturday = dialog.days[4], dialog.days[SATURDAY]
    friday.end.setFocus()
    assert focus_path(qtbot, 1)[-1] is saturday.switch  # its greyed hours are skipped
    qtbot.keyClick(saturday.switch, Qt.Key.Key_Space)
    qtbot.keyClick(saturday.switch, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is saturday.start

    qtbot.keyClick(saturday.start, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.boundaries().working_hours[SATURDAY] == OFFICE


def test_french_days_and_channels(open_dialog):
    dialog = open_dialog("fr")
    assert [row.switch.text() for row in dialog.days][:2] == ["Lundi", "Mardi"]
    assert channel(dialog, "phone").accepted.text() == "téléphone"
    assert dialog.width() <= 1024 and dialog.height() <= 700


def test_a_full_disk_is_explained_and_nothing_is_recorded(
    qtbot, open_dialog, store, undo_stack, monkeypatch
):
    from wellbeing.store.errors import StorageFailure

    def refuse(_boundaries: Boundaries) -> None:
        raise StorageFailure.from_driver(Exception("database or disk is full"))

    dialog = open_dialog()
    monkeypatch.setattr(store, "save_boundaries", refuse)
    press_space(qtbot, dialog.days[SATURDAY].switch)
    click_save(qtbot, dialog)
    assert dialog.problem.text() == (
        "The journal could not be written (the disk is full); nothing saved before was lost."
    )
    assert dialog.isVisible() and undo_stack.count() == 0
