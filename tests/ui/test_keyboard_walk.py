"""Walking the main screens with the keyboard only, as a user meets them.

Each test presses keys where the focus is (QApplication.focusWidget) and asserts where
the focus goes next: the journal's form and list, the clients page and the check-in.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from wellbeing.domain.when import Shorthand
from wellbeing.store import journal
from wellbeing.ui.check_in_dialog import CheckInDialog
from wellbeing.ui.journal_store import JournalStore

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


class Keyboard:
    """Presses keys where the focus is, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        self.count += 1
        target = QApplication.activePopupWidget() or focused()  # a completion list first
        self.qtbot.keyClick(target, key, modifier)

    def type(self, text: str) -> None:
        for character in text:
            self.count += 1
            self.qtbot.keyClicks(focused(), character)

    def walk(self, steps: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
        """Where each of `steps` presses of Tab (or Backtab) lands."""
        landed = []
        for _ in range(steps):
            self.press(key)
            landed.append(focused())
        return landed


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def test_a_keyboard_only_entry_takes_at_most_twelve_keys_after_the_client_name(qtbot, window, keys):
    form = window.journal_page.form
    assert focused() is form.client.lineEdit() or focused() is form.client
    qtbot.keyClicks(form.client.lineEdit(), "Acme")  # the client's name: not counted

    keys.walk(4)  # the date, its quick choices, the kind of encounter, the impact
    assert focused() is form.impact
    keys.type("7")
    keys.press(Qt.Key.Key_Tab)  # the emotions, one stop for the whole grid
    keys.type("f")  # the first emotion that starts with f
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)  # what the client did
    keys.press(Qt.Key.Key_Space)  # the first: rude
    keys.press(Qt.Key.Key_Return, CTRL)  # save

    assert keys.count <= 12
    [saved] = journal.list_encounters(window.store.db)
    assert (saved.impact, saved.emotions, saved.behaviours) == (7, ("frustrated",), ("rude",))
    assert [client.name for client in journal.list_clients(window.store.db)] == ["Acme"]
    assert focused() in (form.client, form.client.lineEdit())  # ready for the next one


def test_a_known_client_picked_from_the_completion_is_as_quick(qtbot, window, keys):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme Lettings")
    keys.walk(4)
    keys.type("3")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert journal.count_encounters(window.store.db) == 1

    qtbot.keyClicks(form.client.lineEdit(), "acm")  # the completion offers Acme Lettings
    keys.count = 0
    keys.press(Qt.Key.Key_Down)  # into the list of names
    keys.walk(4)
    assert form.client_name() == "Acme Lettings"
    assert focused() is form.impact
    keys.type("5")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert keys.count == 7  # Down, four Tabs, the impact, Ctrl+Enter
    saved = journal.list_encounters(window.store.db)
    assert sorted(e.impact for e in saved) == [3, 5]
    assert [c.name for c in journal.list_clients(window.store.db)] == ["Acme Lettings"]


def test_tab_walks_the_new_encounter_form_in_reading_order_and_back(window, keys):
    form = window.journal_page.form
    expected = [
        form.when,  # one stop, not five
        form.when_choices.button(Shorthand.NOW),  # the choice the field holds
        form.difficult,
        form.impact,
        form.emotions.button("angry"),
        form.behaviours.button("rude"),
        form.more,
        form.cancel_button,
        form.save_button,
    ]
    assert keys.walk(len(expected)) == expected
    backwards = keys.walk(len(expected), Qt.Key.Key_Backtab)
    assert backwards == [*reversed(expected[:-1]), form.client]


def test_arrows_choose_inside_the_forms_groups_and_tab_leaves_them(window, keys):
    form = window.journal_page.form
    keys.walk(5)
    assert focused() is form.emotions.button("angry")
    keys.press(Qt.Key.Key_Right)
    keys.press(Qt.Key.Key_Space)
    assert form.emotions.selected() == ("anxious",)
    anxious = form.emotions.button("anxious")
    keys.press(Qt.Key.Key_Down)  # the row below, still among the emotions
    left_on = focused()
    assert left_on.objectName().startswith("chip_")
    assert (
        left_on.mapTo(window, left_on.rect().topLeft()).y()
        > anxious.mapTo(window, anxious.rect().topLeft()).y()
    )
    keys.press(Qt.Key.Key_Tab)
    assert focused() is form.behaviours.button("rude")
    keys.press(Qt.Key.Key_Backtab)
    assert focused() is left_on  # back where the arrows left it


def test_tab_walks_the_journal_list_with_each_date_filter_one_stop(window, keys):
    page = window.journal_page
    page.search.setFocus()
    expected = [page.client_filter, page.kind_filter, page.start, page.end, page.table]
    assert keys.walk(len(expected)) == expected


def test_tab_walks_the_clients_page(qtbot, window, keys):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    keys.walk(4)
    keys.type("6")
    keys.press(Qt.Key.Key_Return, CTRL)
    keys.press(Qt.Key.Key_3, CTRL)  # the clients page
    page = window.clients_page
    assert page.isVisible()  # its tab is the current one
    page.table.setFocus()
    page.table.selectRow(0)
    expected = [page.name, page.revenue, page.status_box, page.merge_button, page.apply_button]
    landed = keys.walk(len(expected) + 4)
    assert [w for w in landed if w in expected] == expected
    assert landed[: len(expected)] == expected  # the client's fields first, then the rest


def test_the_capture_window_with_the_keyboard_only(qtbot, window, keys):
    window.tray.open_capture()
    capture = window.tray.capture
    qtbot.waitUntil(lambda: QApplication.activeWindow() is capture)
    assert focused() in (capture.client, capture.client.lineEdit())
    qtbot.keyClicks(capture.client.lineEdit(), "Acme")
    keys.press(Qt.Key.Key_Tab)
    assert focused() is capture.impact
    keys.type("8")
    keys.press(Qt.Key.Key_Tab)
    assert focused().parent() is capture.emotions  # one stop for the row of emotions
    keys.press(Qt.Key.Key_Space)  # the first of the user's emotions
    picked = capture.emotions.selected()
    assert len(picked) == 1
    keys.press(Qt.Key.Key_Tab)
    assert focused() is capture.when  # one stop for the date and time
    keys.press(Qt.Key.Key_Tab)
    assert focused() is capture.when_choices.button(Shorthand.NOW)
    with qtbot.waitSignal(capture.saved):
        keys.press(Qt.Key.Key_Return)  # Enter saves, even on a chip
    [saved] = journal.list_encounters(window.store.db)
    assert (saved.impact, saved.emotions) == (8, picked)


@pytest.fixture
def check_in(qtbot, db):
    dialog = CheckInDialog(JournalStore(db), QUndoStack(), "en")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield dialog
    dialog.close()


def test_the_check_in_is_one_stop_per_question_then_save_and_cancel(check_in, keys):
    rows = check_in.rows()
    assert focused() is rows[0]
    for row in rows:
        assert focused() is row
        keys.type("2")
        keys.press(Qt.Key.Key_Tab)
    assert check_in.save_button.isEnabled()
    buttons = [focused(), *keys.walk(1)]
    assert set(buttons) == {check_in.save_button, check_in.cancel_button}
    keys.press(Qt.Key.Key_Tab)
    assert focused() is rows[0]  # round again: the dialog keeps the focus
