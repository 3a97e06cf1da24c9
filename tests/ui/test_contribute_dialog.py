"""Share my week with my team: the file says what the preview said, and nothing is written
until the person says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from wellbeing.domain.contribution import IsoWeek
from wellbeing.services.contribute import answer_lines
from wellbeing.sharing.contribution import read_contribution
from wellbeing.ui.contribute_dialog import ContributeDialog
from wellbeing.ui.journal_store import JournalStore

TODAY = date(2026, 12, 3)  # a Thursday of 2026-W49
LAST_WEEK = IsoWeek(2026, 48)


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def open_dialog(qtbot, store: JournalStore):
    def make() -> ContributeDialog:
        dialog = ContributeDialog(store, "en", TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    return make


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, dialog: ContributeDialog, folder: Path, monkeypatch) -> None:
    """Pick the folder through the Choose… button, as a person would."""
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(folder))
    click(qtbot, dialog.choose)


def fill(qtbot, dialog: ContributeDialog, team: str, folder: Path, monkeypatch) -> None:
    dialog.team.clear()
    qtbot.keyClicks(dialog.team, team)
    choose(qtbot, dialog, folder, monkeypatch)


def shown_answers(dialog: ContributeDialog) -> list[tuple[str, str]]:
    """The (question, answer) pairs as the preview's labels show them."""
    grid = dialog.answers
    return [
        (grid.itemAtPosition(row, 0).widget().text(), grid.itemAtPosition(row, 1).widget().text())
        for row in range(grid.rowCount())
        if grid.itemAtPosition(row, 0) is not None
    ]


def test_only_complete_weeks_are_offered_the_last_one_first(open_dialog):
    dialog = open_dialog()
    offered = [IsoWeek.parse(dialog.week.itemData(i)) for i in range(dialog.week.count())]
    assert offered[0] == LAST_WEEK == dialog.chosen_week()
    assert all(week < IsoWeek.of(TODAY) for week in offered)
    assert offered == sorted(offered, reverse=True) and len(offered) == 8
    assert dialog.week.currentText() == "2026-W48 (23–29 Nov)"


def test_sharing_a_week_writes_one_file_that_says_what_the_preview_said(
    qtbot, open_dialog, shared, monkeypatch
):
    dialog = open_dialog()
    fill(qtbot, dialog, "TEAM-42", shared, monkeypatch)
    click(qtbot, dialog.preview_button)

    assert dialog.pages.currentIndex() == 1 and dialog.write_button.isVisible()
    assert list(shared.iterdir()) == []  # previewing writes nothing
    preview = shown_answers(dialog)
    assert [question for question, _ in preview][:2] == ["Exhaustion index", "Confidence cycle"]
    assert "randomised" in dialog.randomised.text() and "ε = " in dialog.randomised.text()
    assert "team TEAM-42, week 2026-W48" in dialog.preview_title.text()

    click(qtbot, dialog.write_button)

    [written] = list(shared.iterdir())
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.written == written
    assert written.name in dialog.file_name.text()
    read = read_contribution(written)
    assert (read.team, read.week) == ("TEAM-42", LAST_WEEK)
    assert answer_lines(read.answers, "en") == preview


def test_cancel_writes_nothing_before_or_after_the_preview(qtbot, open_dialog, shared, monkeypatch):
    dialog = open_dialog()
    fill(qtbot, dialog, "TEAM-42", shared, monkeypatch)
    click(qtbot, dialog.cancel_button)
    assert dialog.result() == QDialog.DialogCode.Rejected

    dialog = open_dialog()
    fill(qtbot, dialog, "TEAM-42", shared, monkeypatch)
    click(qtbot, dialog.preview_button)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.written is None
    assert list(shared.iterdir()) == []


def test_a_bad_team_code_is_said_beside_the_field_and_nothing_is_written(
    qtbot, open_dialog, shared, monkeypatch
):
    dialog = open_dialog()
    fill(qtbot, dialog, "a b", shared, monkeypatch)
    qtbot.keyClick(dialog.team, Qt.Key.Key_Return)  # Enter previews

    assert dialog.pages.currentIndex() == 0
    assert dialog.team_problem.isVisible() and not dialog.folder_problem.isVisible()
    assert dialog.team_problem.text() == (
        "A team code is 3 to 32 letters, digits, “-” or “_”, as your team lead gave it."
    )
    assert dialog.team.hasFocus()
    assert list(shared.iterdir()) == []


def test_a_missing_folder_is_said_beside_the_field(qtbot, open_dialog, tmp_path):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.team, "TEAM-42")
    click(qtbot, dialog.preview_button)
    assert dialog.folder_problem.text() == "Choose the folder the file goes into."

    qtbot.keyClicks(dialog.folder, str(tmp_path / "nowhere"))
    click(qtbot, dialog.preview_button)
    assert dialog.pages.currentIndex() == 0 and not dialog.team_problem.isVisible()
    assert dialog.folder_problem.text() == f"There is no folder at {tmp_path / 'nowhere'}."
    assert not (tmp_path / "nowhere").exists()


def test_back_then_preview_again_then_write(qtbot, open_dialog, shared, monkeypatch):
    dialog = open_dialog()
    fill(qtbot, dialog, "TEAM-42", shared, monkeypatch)
    click(qtbot, dialog.preview_button)
    click(qtbot, dialog.back_button)
    assert dialog.pages.currentIndex() == 0 and not dialog.write_button.isVisible()
    dialog.week.setCurrentIndex(1)
    click(qtbot, dialog.preview_button)
    preview = shown_answers(dialog)
    click(qtbot, dialog.write_button)
    [written] = list(shared.iterdir())
    read = read_contribution(written)
    assert read.week == LAST_WEEK.previous()
    assert answer_lines(read.answers, "en") == preview


def test_the_team_code_and_folder_are_remembered_next_time(qtbot, open_dialog, shared, monkeypatch):
    first = open_dialog()
    assert first.team.text() == "" and first.folder.text() == ""
    assert first.team.hasFocus()
    fill(qtbot, first, "TEAM-42", shared, monkeypatch)
    click(qtbot, first.preview_button)
    click(qtbot, first.write_button)

    second = open_dialog()
    assert second.team.text() == "TEAM-42"
    assert second.folder.text() == str(shared)


def test_the_window_shares_from_the_journal_menu_and_says_where(qtbot, window, shared, monkeypatch):
    action = window.actions["share_week"]
    journal_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Journal" and a.menu()
    )
    assert action in journal_menu.actions()
    assert action.text() == "S&hare my week with my team…"

    def drive(dialog: ContributeDialog) -> int:
        dialog.show()
        fill(qtbot, dialog, "TEAM-42", shared, monkeypatch)
        click(qtbot, dialog.preview_button)
        click(qtbot, dialog.write_button)
        return dialog.result()

    monkeypatch.setattr(ContributeDialog, "exec", drive)
    action.trigger()

    [written] = list(shared.iterdir())
    assert window.statusBar().currentMessage() == f"Your week was written to {written}."
