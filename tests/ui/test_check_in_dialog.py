"""The weekly check-in dialog, answered by mouse and by keyboard, on a real in-memory journal."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from wellbeing.ui.check_in_dialog import CheckInDialog
from wellbeing.ui.journal_store import JournalStore


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def open_dialog(qtbot, store: JournalStore, undo_stack: QUndoStack):
    def make(lang: str = "en") -> CheckInDialog:
        dialog = CheckInDialog(store, undo_stack, lang)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    return make


def click_answers(qtbot, dialog: CheckInDialog, strain: list[int], wellbeing: list[int]) -> None:
    rows = dialog.strain_rows + dialog.wellbeing_rows
    for row, value in zip(rows, strain + wellbeing, strict=False):
        qtbot.mouseClick(row.button(value), Qt.MouseButton.LeftButton)


def test_save_stays_disabled_until_every_question_is_answered(qtbot, open_dialog, store):
    dialog = open_dialog()
    assert [b.text() for b in dialog.strain_rows[0].findChildren(type(dialog.save_button))] == [
        "never",
        "rarely",
        "sometimes",
        "often",
        "always",
    ]
    click_answers(qtbot, dialog, [1] * 6, [2] * 4)  # the last question is still open
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.check_ins() == []
    qtbot.mouseClick(dialog.wellbeing_rows[4].button(3), Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()


def test_saving_stores_the_answers_and_shows_both_scores(qtbot, open_dialog, store, undo_stack):
    dialog = open_dialog()
    before = datetime.now().replace(microsecond=0)
    click_answers(qtbot, dialog, [0, 1, 2, 3, 4, 0], [3, 3, 4, 3, 3])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [saved] = store.check_ins()
    assert saved.strain == (0, 1, 2, 3, 4, 0)
    assert saved.wellbeing == (3, 3, 4, 3, 3)
    assert saved.answered_at.microsecond == 0
    assert before <= saved.answered_at <= datetime.now()
    # strain 10 of 24 → 41.7 → 42; well-being 16 of 25 → 64
    assert dialog.scores.text() == "Client strain 42 / 100 · Well-being 64 / 100"
    assert dialog.scores.isVisible() and not dialog.support.isVisible()
    assert not dialog.save_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    assert undo_stack.undoText() == "Save check-in"


def test_undo_removes_the_check_in_and_redo_brings_it_back(qtbot, open_dialog, store, undo_stack):
    dialog = open_dialog()
    click_answers(qtbot, dialog, [2] * 6, [3] * 5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = store.check_ins()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    undo_stack.undo()
    assert store.check_ins() == []
    undo_stack.redo()
    assert store.check_ins() == [saved]


def test_answering_with_the_keyboard_only(qtbot, open_dialog, store):
    dialog = open_dialog()
    rows = dialog.rows()
    assert QApplication.focusWidget() is rows[0]
    keys = [Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_1]
    keys += [Qt.Key.Key_6, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    for row, key in zip(rows, keys, strict=True):
        assert QApplication.focusWidget() is row
        qtbot.keyClick(row, key)
        qtbot.keyClick(row, Qt.Key.Key_Tab)
    first = rows[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)  # never → rarely
    qtbot.keyClick(first, Qt.Key.Key_Right)  # → sometimes
    qtbot.keyClick(first, Qt.Key.Key_Left)  # → rarely
    qtbot.keyClick(rows[5], Qt.Key.Key_End)  # never → always
    qtbot.keyClick(first, Qt.Key.Key_9)  # no ninth answer: unchanged
    assert first.button(1).isChecked()

    qtbot.keyClick(first, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [saved] = store.check_ins()
    assert saved.strain == (1, 4, 2, 1, 3, 4)
    assert saved.wellbeing == (5, 0, 1, 2, 3)


@pytest.mark.parametrize(("answer", "shown"), [(1, True), (2, False)])
def test_the_gentle_line_shows_only_when_well_being_is_very_low(
    qtbot, open_dialog, answer: int, shown: bool
):
    dialog = open_dialog()
    # 1 everywhere is 20 / 100, under the very-low line of 28; 2 everywhere is 40
    click_answers(qtbot, dialog, [3] * 6, [answer] * 5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.support.isVisible() is shown
    text = dialog.support_text.text()
    assert "someone you trust" in text and "occupational health" in text and "doctor" in text
    assert "not a diagnosis" in text


def test_a_score_on_the_very_low_line_counts_as_very_low(qtbot, open_dialog):
    dialog = open_dialog()
    click_answers(qtbot, dialog, [0] * 6, [2, 2, 1, 1, 1])  # 7 of 25 → 28
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Well-being 28 / 100" in dialog.scores.text()
    assert dialog.support.isVisible()


class Answer:
    """Says Yes or No to the modal question instead of the user, and keeps what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reply = QMessageBox.StandardButton.No
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, _parent, _title, text, *_args) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.reply


def test_escape_asks_before_throwing_answers_away(
    qtbot, open_dialog, store, undo_stack, monkeypatch
):
    answer = Answer(monkeypatch)
    dialog = open_dialog()
    click_answers(qtbot, dialog, [1] * 6, [2] * 5)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert answer.asked == ["Close without saving your answers?"]
    assert dialog.isVisible() and dialog.strain_rows[0].value() == 1  # No keeps them

    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert len(answer.asked) == 2
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert store.check_ins() == []
    assert undo_stack.count() == 0


def test_escape_with_nothing_answered_or_after_saving_closes_at_once(
    qtbot, open_dialog, monkeypatch
):
    answer = Answer(monkeypatch)
    dialog = open_dialog()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answer.asked == []

    dialog = open_dialog()
    click_answers(qtbot, dialog, [1] * 6, [2] * 5)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answer.asked == []


def test_closing_from_code_never_asks(qtbot, open_dialog, monkeypatch):
    """The journal locking closes every dialog: no question may hold the lock up."""
    answer = Answer(monkeypatch)
    dialog = open_dialog()
    click_answers(qtbot, dialog, [1] * 6, [2] * 5)
    dialog.reject()
    assert not dialog.isVisible() and answer.asked == []


def test_in_french_every_answer_fits_a_small_screen(qtbot, open_dialog):
    dialog = open_dialog("fr")
    assert dialog.width() <= 1024 and dialog.height() <= 700
    labels = [b.text() for b in dialog.wellbeing_rows[0].findChildren(type(dialog.save_button))]
    assert labels[0] == "à aucun moment" and labels[-1] == "tout le temps"
    viewport = dialog.scroll_area.viewport().width()
    assert dialog.scroll_area.widget().width() <= viewport
    for row in dialog.rows():
        assert row.geometry().right() < viewport
        for button in row.findChildren(type(dialog.save_button)):
            assert row.rect().contains(button.geometry())
            assert button.width() >= button.sizeHint().width()  # label not cut


def test_a_full_disk_is_explained_and_the_answers_stay(
    qtbot, open_dialog, store, undo_stack, monkeypatch
):
    from wellbeing.store.errors import StorageFailure

    def refuse(_check_in) -> None:
        raise StorageFailure.from_driver(Exception("database or disk is full"))

    dialog = open_dialog()
    monkeypatch.setattr(store, "save_check_in", refuse)
    click_answers(qtbot, dialog, [1] * 6, [2] * 5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == (
        "The journal could not be written (the disk is full); nothing saved before was lost."
    )
    assert dialog.save_button.isEnabled() and dialog.rows()[0].button(1).isChecked()
    assert undo_stack.count() == 0
