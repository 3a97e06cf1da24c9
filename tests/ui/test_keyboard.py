"""Keyboard conventions (wellbeing.ui.keyboard) driven with real key presses.

Rows of chips are one Tab stop with arrows and type-ahead inside; Enter presses a focused
button once, in a window and in a dialog; Tab leaves a date field whole.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.when import Shorthand
from wellbeing.ui.keyboard import TYPE_AHEAD_SECONDS, RovingFocus, tab_order
from wellbeing.ui.widgets.chips import TagChips
from wellbeing.ui.widgets.emotion_grid import EmotionGrid
from wellbeing.ui.widgets.scale import ScaleButtons
from wellbeing.ui.widgets.when_choices import WhenChoices


class Clock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the user's focus is, as a keyboard delivers it."""
    widget = focused()
    assert widget is not None, "nothing has the focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    for character in text:
        qtbot.keyClicks(focused(), character)


@pytest.fixture
def frame(qtbot):
    """Put a widget between two text fields, in a shown window, so Tab has somewhere to go.

    The windows are kept here until the test ends (qtbot only holds them weakly).
    """
    windows: list[QWidget] = []

    def make(middle: QWidget, width: int = 360) -> tuple[QLineEdit, QLineEdit]:
        window = QWidget()
        qtbot.addWidget(window)
        windows.append(window)
        before = QLineEdit(window)
        middle.setParent(window)  # in this order: the focus chain follows parenting
        after = QLineEdit(window)
        column = QVBoxLayout(window)
        for widget in (before, middle, after):
            column.addWidget(widget)
        window.setFixedWidth(width)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        before.setFocus()
        qtbot.waitUntil(lambda: focused() is before)
        return before, after

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def behaviours(frame, clock):
    holder = QWidget()
    chips = TagChips(vocab.BEHAVIOURS[:13], "en", holder, roving=RovingFocus(holder, clock))
    before, after = frame(holder)
    return chips, before, after


# --- one Tab stop per row of chips -------------------------------------------------------


def test_a_row_of_chips_is_one_tab_stop_both_ways(qtbot, behaviours):
    chips, before, after = behaviours
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is chips.button("rude")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is chips.button("rude")
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is before


def test_arrows_home_and_end_move_inside_the_row_and_tab_comes_back_there(qtbot, behaviours):
    chips, _before, after = behaviours
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is chips.button("contemptuous")
    press(qtbot, Qt.Key.Key_Left)
    assert focused() is chips.button("insulting")
    press(qtbot, Qt.Key.Key_End)
    assert focused() is chips.button("invasive")  # "too many contacts", the last
    press(qtbot, Qt.Key.Key_Right)  # at the end it stays, it does not jump out
    assert focused() is chips.button("invasive")
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Left)
    assert focused() is chips.button("rude")

    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is chips.button("invasive")  # the row remembers where you were


def test_up_and_down_go_to_the_nearest_chip_on_the_next_row(qtbot, behaviours):
    chips, _before, _after = behaviours
    buttons = [chips.button(term.key) for term in vocab.BEHAVIOURS[:13]]
    rows = sorted({b.y() for b in buttons})
    assert len(rows) >= 3  # 360 px wraps thirteen chips onto several rows

    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)
    below = focused()
    assert below in buttons and below.y() == rows[1]
    start = chips.button("rude")
    assert below is min(
        (b for b in buttons if b.y() == rows[1]),
        key=lambda b: abs(b.geometry().center().x() - start.geometry().center().x()),
    )
    press(qtbot, Qt.Key.Key_Down)
    assert focused().y() == rows[2]
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert focused().y() == rows[0]
    press(qtbot, Qt.Key.Key_Up)  # the top row: stays in the row of chips
    assert focused().y() == rows[0]


def test_space_and_enter_tick_the_focused_chip(qtbot, behaviours):
    chips, _before, _after = behaviours
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Right)
    with qtbot.waitSignal(chips.picked):
        press(qtbot, Qt.Key.Key_Space)
    assert chips.selected() == ("insulting",)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Return)
    assert chips.selected() == ("insulting", "contemptuous")
    press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert chips.selected() == ("insulting",)


def test_typing_jumps_to_the_chip_that_starts_with_it(qtbot, behaviours, clock):
    chips, _before, _after = behaviours
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "c")
    assert focused() is chips.button("contemptuous")
    type_text(qtbot, "c")  # the same letter again: the next one with it
    assert focused() is chips.button("out_of_hours")  # "contact outside my hours"
    clock.now += TYPE_AHEAD_SECONDS + 0.5  # a pause starts a new word
    type_text(qtbot, "ra")
    assert focused() is chips.button("shouting")  # "raised their voice", not "rude"
    clock.now += TYPE_AHEAD_SECONDS + 0.5
    type_text(qtbot, "voice")  # no label starts with it: one that contains it
    assert focused() is chips.button("shouting")
    clock.now += TYPE_AHEAD_SECONDS + 0.5
    type_text(qtbot, "x")  # nothing: the focus stays, the letter goes nowhere
    assert focused() is chips.button("shouting")
    assert chips.selected() == ()


def test_typing_finds_words_without_their_accents(qtbot, frame):
    grid = EmotionGrid("fr")
    frame(grid, width=700)
    press(qtbot, Qt.Key.Key_Tab)
    grid.button("amused").setFocus()  # « amusé·e »
    type_text(qtbot, "a")
    assert focused() is grid.button("at_ease")  # « à l'aise »


def test_a_greyed_out_chip_never_takes_the_only_tab_stop(qtbot, behaviours):
    chips, _before, after = behaviours
    chips.button("rude").setEnabled(False)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is chips.button("insulting")
    press(qtbot, Qt.Key.Key_Home)  # the first one that can be used
    assert focused() is chips.button("insulting")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after


def test_a_click_moves_the_rows_tab_stop_too(qtbot, behaviours):
    chips, before, _after = behaviours
    qtbot.mouseClick(chips.button("threatening"), Qt.MouseButton.LeftButton)
    assert chips.selected() == ("threatening",)
    before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is chips.button("threatening")


# --- the emotion grid, the when row, the scale -----------------------------------------


def test_the_emotion_grid_is_one_tab_stop_and_arrows_cross_its_quadrants(qtbot, frame):
    grid = EmotionGrid("en")
    _before, after = frame(grid, width=700)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is grid.button("angry")  # unpleasant, high energy: top left
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after

    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_End)
    assert focused() is grid.button("safe")  # pleasant, low energy: bottom right
    grid.button("panicked").setFocus()  # the last word of the top-left quadrant
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is grid.button("proud")  # the first of the top-right one
    press(qtbot, Qt.Key.Key_Left)
    assert focused() is grid.button("panicked")
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Down)
    low = [grid.button(e.key) for e in vocab.EMOTIONS if e.quadrant == "unpleasant_low"]
    assert focused() in low  # Down leaves high energy for low energy, on the same side
    type_text(qtbot, "gr")
    assert focused() is grid.button("grateful")  # typing finds a word anywhere
    press(qtbot, Qt.Key.Key_Space)
    assert grid.selected() == ("grateful",)


def test_the_when_row_is_one_tab_stop_on_the_choice_the_field_holds(qtbot, frame):
    choices = WhenChoices(lambda: datetime(2026, 11, 17, 21, 37))
    _before, after = frame(choices, width=700)
    choices.set_current(Shorthand.YESTERDAY)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is choices.button(Shorthand.YESTERDAY)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Home)
    with qtbot.waitSignal(choices.chosen) as chosen:
        press(qtbot, Qt.Key.Key_Space)
    assert chosen.args == [Shorthand.NOW]
    type_text(qtbot, "p")
    assert focused() is choices.pick_button
    with qtbot.waitSignal(choices.pick):
        press(qtbot, Qt.Key.Key_Return)


def test_a_choice_greyed_out_by_the_clock_hands_the_tab_stop_on(qtbot, frame):
    now = [datetime(2026, 11, 17, 15, 30)]
    choices = WhenChoices(lambda: now[0])
    _before, _after = frame(choices, width=700)
    choices.set_current(Shorthand.THIS_AFTERNOON)
    now[0] = datetime(2026, 11, 18, 9, 20)  # the next morning: no afternoon yet
    choices.refresh()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is choices.button(Shorthand.NOW)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is choices.button(Shorthand.EARLIER_TODAY)  # skips "this afternoon"


def test_the_impact_scale_is_one_tab_stop_with_digits_and_arrows(qtbot, clock, frame):
    scale = ScaleButtons(0, 10, vocab.IMPACT_ANCHORS, "en", clock=clock)
    _before, after = frame(scale, width=600)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is scale
    type_text(qtbot, "7")
    assert scale.value() == 7
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Up)
    assert scale.value() == 9
    press(qtbot, Qt.Key.Key_Down)
    assert scale.value() == 8
    type_text(qtbot, "10")
    assert scale.value() == 10
    type_text(qtbot, "1")
    clock.now += TYPE_AHEAD_SECONDS + 0.5  # read the caption, then typed 0: zero, not ten
    type_text(qtbot, "0")
    assert scale.value() == 0
    press(qtbot, Qt.Key.Key_Home)
    assert scale.value() == 0
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after


# --- Enter on buttons -------------------------------------------------------------------


def clicks_on(button) -> list[bool]:
    seen: list[bool] = []
    button.clicked.connect(lambda checked=False: seen.append(checked))
    return seen


@pytest.mark.parametrize("kind", [QPushButton, QToolButton])
def test_enter_presses_a_focused_button_once_in_a_window(qtbot, kind, frame):
    button = kind()
    button.setText("Press me")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    _before, _after = frame(button)
    seen = clicks_on(button)
    button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert len(seen) == 1
    press(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert len(seen) == 2
    held = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True
    )
    QApplication.sendEvent(button, held)  # Enter held down: one press, not a stream
    assert len(seen) == 2
    button.setEnabled(False)
    press(qtbot, Qt.Key.Key_Return)
    assert len(seen) == 2


def test_enter_leaves_a_check_box_to_space_and_goes_on_to_the_screen(qtbot, frame):
    box = QCheckBox("I have kept my recovery key")
    frame(box)
    window = box.window()
    reached: list[int] = []
    window.keyPressEvent = lambda event: reached.append(event.key())  # the screen's "go on"
    box.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not box.isChecked() and reached == [Qt.Key.Key_Return]
    press(qtbot, Qt.Key.Key_Space)
    assert box.isChecked()


def test_enter_on_a_default_button_outside_a_dialog_presses_it_once(qtbot, frame):
    button = QPushButton("Save")
    button.setDefault(True)  # Qt presses a default button itself
    frame(button)
    seen = clicks_on(button)
    button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert len(seen) == 1


def test_in_a_dialog_enter_is_left_to_the_dialog_and_presses_once(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    other, ok = QPushButton("Other", dialog), QPushButton("OK", dialog)
    ok.setDefault(True)
    box = QCheckBox("Remember", dialog)
    column = QVBoxLayout(dialog)
    for widget in (other, box, ok):
        column.addWidget(widget)
    other_clicks, ok_clicks = clicks_on(other), clicks_on(ok)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    other.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert (len(other_clicks), len(ok_clicks)) == (1, 0)  # autoDefault: the focused one
    box.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not box.isChecked() and len(ok_clicks) == 1  # the dialog's default, as ever


def test_in_a_dialog_enter_on_a_chip_is_the_dialogs_and_space_ticks(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    chips = TagChips(vocab.BEHAVIOURS[:3], "en", dialog)
    ok = QPushButton("Save", dialog)
    ok.setDefault(True)
    column = QVBoxLayout(dialog)
    column.addWidget(chips)
    column.addWidget(ok)
    ok_clicks = clicks_on(ok)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    chips.button("rude").setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert chips.selected() == ("rude",)
    press(qtbot, Qt.Key.Key_Return)
    assert chips.selected() == ("rude",) and len(ok_clicks) == 1


# --- date fields --------------------------------------------------------------------------


def test_tab_leaves_a_date_field_whole_and_arrows_still_reach_its_parts(qtbot, frame):
    edit = QDateTimeEdit(QDateTime(2026, 3, 7, 8, 5, 0))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    before, after = frame(edit)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is edit
    assert edit.currentSection() == QDateTimeEdit.Section.YearSection
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after  # not the month
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is edit
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is before

    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.YearSection)
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Right)
    assert edit.currentSection() == QDateTimeEdit.Section.MonthSection
    press(qtbot, Qt.Key.Key_Up)
    assert edit.date() == QDate(2026, 4, 7)


def test_tab_in_a_date_cell_of_a_table_still_moves_to_the_next_cell(qtbot):
    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.EditRole, QDate(2026, 3, 7))
    table.setItem(0, 0, item)
    table.setItem(0, 1, QTableWidgetItem("next"))
    with qtbot.waitActive(table):
        table.show()
        table.activateWindow()
    table.setCurrentCell(0, 0)
    table.editItem(item)
    qtbot.waitUntil(lambda: isinstance(focused(), QDateTimeEdit))
    press(qtbot, Qt.Key.Key_Tab)
    assert table.currentColumn() == 1


def test_tab_leaves_a_list_whole_and_arrows_move_along_its_rows(qtbot, frame):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from wellbeing.ui.widgets.tables import list_table

    table = list_table()
    model = QStandardItemModel(3, 4, table)
    for row in range(3):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"{row}, {column}"))
    table.setModel(model)
    before, after = frame(table, width=500)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is table
    table.setCurrentIndex(model.index(0, 0))
    press(qtbot, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is after  # not the next of twelve cells
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is before


# --- the order of a screen ---------------------------------------------------------------


def test_tab_order_sets_a_screens_order_with_each_group_as_one_block(qtbot, frame):
    holder = QWidget()
    behaviours = TagChips(vocab.BEHAVIOURS[:3], "en", holder)  # built first, laid out last
    scale = ScaleButtons(0, 10, vocab.IMPACT_ANCHORS, "en", holder)
    grid = EmotionGrid("en", holder)
    column = QVBoxLayout(holder)
    for widget in (scale, grid, behaviours):
        column.addWidget(widget)
    before, after = frame(holder, width=700)
    tab_order(before, scale, grid, behaviours, after)

    visited = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [scale, grid.button("angry"), behaviours.button("rude"), after]
    grid.button("calm").setFocus()
    before.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is grid.button("calm")  # the block's own order and memory are kept
