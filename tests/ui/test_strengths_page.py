"""Adding a strength: a new row is stored once named, and leaving it unnamed leaves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from wellbeing.store import journal


def open_strengths(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.strengths_page
    assert window.tabs.currentWidget() is page
    return page


def new_row_editor(qtbot, page) -> QLineEdit:
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    editor = page.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def test_escape_while_adding_leaves_no_new_strength(qtbot, window):
    page = open_strengths(qtbot, window)
    editor = new_row_editor(qtbot, page)
    assert page.model.rowCount() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert journal.list_strengths(window.store.db) == []
    assert page.empty_hint.isVisible()
    assert not window.actions["undo"].isEnabled()  # nothing happened, nothing to undo


def test_enter_on_an_empty_name_leaves_no_new_strength(qtbot, window):
    page = open_strengths(qtbot, window)
    editor = new_row_editor(qtbot, page)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert journal.list_strengths(window.store.db) == []


def test_a_named_new_strength_is_stored_and_undone_in_one_step(qtbot, window):
    page = open_strengths(qtbot, window)
    editor = new_row_editor(qtbot, page)
    assert editor.text() == "" and editor.placeholderText()
    qtbot.keyClicks(editor, "We answer within a day")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(journal.list_strengths(window.store.db)))
    assert [s.text for s in journal.list_strengths(window.store.db)] == ["We answer within a day"]
    assert [page.model.index(r).data() for r in range(page.model.rowCount())] == [
        "We answer within a day"
    ]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.list_strengths(window.store.db) == []
    assert page.model.rowCount() == 0


def test_emptying_a_strength_is_refused_under_the_list_without_a_pop_up(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest_fail_pop_up())
    page = open_strengths(qtbot, window)
    editor = new_row_editor(qtbot, page)
    qtbot.keyClicks(editor, "Fast deliveries")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(journal.list_strengths(window.store.db)))
    page.view.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.problem.isVisible)
    assert page.problem.text().startswith("⚠ ")
    assert [s.text for s in journal.list_strengths(window.store.db)] == ["Fast deliveries"]

    page.view.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Deliveries on time")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.problem.isVisible())


def pytest_fail_pop_up() -> None:
    import pytest

    pytest.fail("a pop-up instead of a sentence under the list")
