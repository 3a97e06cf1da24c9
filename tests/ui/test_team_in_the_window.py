"""The team lead's window on a simulated team's folder: months and weeks, nothing below the
minimum, rejected files listed, the PDF report."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from wellbeing.services.demo import write_demo_team
from wellbeing.ui.team_model import PERIOD_COLUMNS, VIEW_ROLE
from wellbeing.ui.team_window import TeamWindow

TODAY = date(2026, 12, 3)
LATEST = "2026-W48"


@pytest.fixture(scope="module")
def demo_team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A year of a simulated team of 12, written once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("demo") / "team"
    write_demo_team(folder, 2026, end=TODAY)
    return folder


@pytest.fixture
def team_folder(demo_team: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WELLBEING_HOME", str(tmp_path))  # the views ledger lands here
    folder = tmp_path / "team"
    shutil.copytree(demo_team, folder)
    return folder


@pytest.fixture
def open_team(qtbot):
    def make(folder: Path, minimum: int = 5) -> TeamWindow:
        window = TeamWindow(folder, "en", minimum=minimum, today=TODAY)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        assert window.reload()
        return window

    return make


def cell(window: TeamWindow, row: int, column: str) -> str:
    return window.periods.index(row, PERIOD_COLUMNS.index(column)).data()


def rows(window: TeamWindow) -> int:
    return window.periods.rowCount()


def keep_three_files_of_the_latest_week(folder: Path) -> None:
    for extra in sorted(folder.glob(f"{LATEST}-*.wbc"))[3:]:
        extra.unlink()


def test_months_then_weeks_each_with_its_words_and_charts(qtbot, open_team, team_folder):
    window = open_team(team_folder)
    assert window.team_label.text() == "Team DEMO-TEAM"
    assert cell(window, 0, "period") == "Nov 2026"
    assert cell(window, rows(window) - 1, "period") == "Dec 2025"
    assert "on an average week" in window.summary.text()
    window.render_now()
    assert window.cards["exhaustion"].canvas.figure.axes[0].lines
    assert window.cards["irritants"].canvas.figure.axes[0].patches  # the month's irritant bars

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    assert window.weeks_shown and rows(window) == 52
    assert cell(window, 0, "period") == "2026-W48 · 23–29 Nov"
    assert cell(window, 0, "status") == "shown"
    assert window.selected_key() == LATEST
    assert "people contributed." in window.summary.text()
    assert "in the red on exhaustion" in window.summary.text()

    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.selected_key() == "2026-W47"

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not window.weeks_shown and cell(window, 0, "period") == "Nov 2026"


def test_a_week_under_the_minimum_says_so_and_nothing_else(open_team, team_folder):
    keep_three_files_of_the_latest_week(team_folder)
    window = open_team(team_folder)
    window.show_weeks()
    window.table.selectRow(0)

    assert cell(window, 0, "period").startswith(LATEST)
    assert cell(window, 0, "contributors") == "withheld"
    assert cell(window, 0, "status") == "fewer than 5"
    assert "3" not in cell(window, 0, "contributors") + cell(window, 0, "status")
    assert window.detail_lines(window.selected()) == [
        "Nothing is shown: fewer than 5 people contributed."
    ]
    window.render_now()
    assert not window.cards["irritants"].canvas.figure.axes[0].get_visible()  # no bars
    assert cell(window, 1, "status") == "shown"


def test_raising_the_minimum_above_the_contributors_hides_every_period(
    qtbot, open_team, team_folder
):
    window = open_team(team_folder)
    window.show_weeks()
    spin = window.minimum
    spin.selectAll()
    qtbot.keyClicks(spin, "13")
    assert cell(window, 0, "status") == "shown"  # typing alone recomputes nothing
    qtbot.keyClick(spin, Qt.Key.Key_Return)

    assert window.view is not None and window.view.minimum == 13
    assert window.view.shown_weeks == [] and window.view.shown_months == []
    assert {cell(window, row, "contributors") for row in range(rows(window))} == {"withheld"}
    assert cell(window, 0, "status") == "fewer than 13"
    assert window.shown_figures() == []


def test_the_minimum_cannot_go_below_five(qtbot, open_team, team_folder):
    window = open_team(team_folder, minimum=2)
    spin = window.minimum
    assert spin.value() == spin.minimum() == 5
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 5
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 5 and window.view is not None and window.view.minimum == 5


def test_rejected_files_are_listed_with_their_reason_and_never_counted(
    open_team, team_folder, qtmodeltester
):
    (team_folder / "2026-W40-junk.wbc").write_text("not a contribution", encoding="utf-8")
    (team_folder / "2026-W41-huge.wbc").write_bytes(b"{" * 10_000)
    window = open_team(team_folder)

    assert window.lists.tabText(1) == "Rejected files (2)"
    files = [window.rejected.index(r, 0).data() for r in range(window.rejected.rowCount())]
    assert sorted(files) == ["2026-W40-junk.wbc", "2026-W41-huge.wbc"]
    reasons = [window.rejected.index(r, 1).data() for r in range(window.rejected.rowCount())]
    assert all(reason and "Traceback" not in reason for reason in reasons)
    window.rejected_table.selectRow(0)
    assert window.rejected_reason.text().startswith(files[0])
    assert "Files not counted: 2" in window.statusBar().currentMessage()
    qtmodeltester.check(window.rejected)
    qtmodeltester.check(window.periods)


def test_export_pdf_writes_the_team_report(qtbot, open_team, team_folder, tmp_path, monkeypatch):
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter, *args, **kwargs):
        asked.append(suggested)
        return str(tmp_path / "report"), "PDF document (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = open_team(team_folder)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    written = tmp_path / "report.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert Path(asked[0]).name == "team-DEMO-TEAM-2026-12-03.pdf"
    assert window.statusBar().currentMessage() == f"The team report was written to {written}."


def test_a_folder_that_went_away_is_said_in_one_sentence(qtbot, open_team, team_folder, warnings):
    window = open_team(team_folder)
    shown = rows(window)
    shutil.rmtree(team_folder)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    [said] = warnings
    assert said == f"There is no folder at {team_folder}." and "Traceback" not in said
    assert rows(window) == shown  # the view read before stays


def test_the_journal_window_opens_a_team_folder_in_a_window_of_its_own(
    qtbot, window, team_folder, monkeypatch
):
    action = window.actions["open_team"]
    assert action.text() == "Open a &team folder…"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(team_folder))
    action.trigger()

    [team] = window.team_windows
    qtbot.addWidget(team)
    assert isinstance(team, TeamWindow) and team.isVisible() and team is not window
    assert team.team_label.text() == "Team DEMO-TEAM"
    window.lock()
    assert action.isEnabled()  # no journal needed, nothing of the journal shown


def test_run_team_gui_opens_only_the_team_window(qtbot, team_folder, monkeypatch, warnings):
    from wellbeing.ui import app as app_module

    seen: list[TeamWindow] = []

    def exec_once(_app=None) -> int:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, TeamWindow)]
        seen.extend(w for w in found if w.isVisible())
        for shown in found:
            shown.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app_module.run_team_gui(team_folder, "en", minimum=7) == 0
    [shown] = seen
    assert shown.minimum.value() == 7 and shown.view is not None
    assert not any(
        type(w).__name__ == "MainWindow" and w.isVisible() for w in QApplication.topLevelWidgets()
    )

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    assert app_module.run_team_gui(None, "en") == 0  # declined: ends quietly
    assert app_module.run_team_gui(team_folder, "en", minimum=3) == app_module.USER_ERROR
    assert warnings == ["The minimum group is 5 people; it can be raised, never lowered."]


def test_the_team_window_fits_a_small_screen(open_team, team_folder):
    window = open_team(team_folder)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
    window.resize(1024, 600)
    assert window.table.model().index(0, 0).data(VIEW_ROLE) is not None
