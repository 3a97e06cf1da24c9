"""Reaching coach mode: its own workspace created then unlocked by passphrase, from the
journal's File menu and from `wellbeing coach` (run_coach_gui)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from wellbeing.ui.coach_window import CoachWindow, open_coach_window
from wellbeing.ui.passphrase_dialogs import UnlockDialog


def coach_windows() -> list[CoachWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CoachWindow)]


def test_the_workspace_is_created_on_first_use_then_opened(qtbot, tmp_path: Path):
    path = tmp_path / "coach.wbj"
    window = open_coach_window(None, "en", path)
    assert window is not None
    qtbot.addWidget(window)
    assert path.exists() and window.windowTitle() == "Coach mode — coach.wbj"
    window.close()
    assert window.workspace.closed

    again = open_coach_window(None, "en", path)
    assert again is not None
    qtbot.addWidget(again)
    again.close()


def test_a_wrong_passphrase_says_so_in_one_sentence(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "coach.wbj"
    first = open_coach_window(None, "en", path)
    assert first is not None
    qtbot.addWidget(first)
    first.close()
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    said: list[str] = []

    def type_then(dialog: UnlockDialog) -> int:
        assert dialog.windowTitle() == "Open your coaching workspace"
        dialog.secret.setText("not the passphrase")
        dialog.accept()
        said.append(dialog.problem.text())
        assert dialog.result() != UnlockDialog.DialogCode.Accepted
        dialog.secret.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", type_then)
    window = open_coach_window(None, "en", path)
    assert said == ["Wrong passphrase for the coach's workspace; try again."]
    assert window is not None
    qtbot.addWidget(window)
    window.close()


def test_giving_up_at_the_passphrase_opens_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "coach.wbj"
    first = open_coach_window(None, "en", path)
    assert first is not None
    qtbot.addWidget(first)
    first.close()
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: UnlockDialog.DialogCode.Rejected)
    assert open_coach_window(None, "en", path) is None


def test_file_coach_mode_opens_the_coach_window_without_a_journal(qtbot, window):
    action = window.actions["coach"]
    assert action.text() == "Coach &mode…"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    window.lock()
    assert action.isEnabled()  # a coach's workspace is not the journal
    action.trigger()

    coach = window.coach_window
    assert isinstance(coach, CoachWindow)
    qtbot.addWidget(coach)
    assert coach.isVisible() and coach is not window
    assert coach.workspace.path is not None and coach.workspace.path.name == "coach.wbj"
    coach.close()


def test_run_coach_gui_opens_only_the_coach_window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings
):
    from wellbeing.ui import app as app_module

    seen: list[CoachWindow] = []

    def exec_once(_app=None) -> int:
        seen.extend(w for w in coach_windows() if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    path = tmp_path / "workspace.wbj"
    assert app_module.run_coach_gui(path, "en") == 0
    [shown] = seen
    assert shown.workspace.path == path and shown.workspace.closed
    assert not any(
        type(w).__name__ == "MainWindow" and w.isVisible() for w in QApplication.topLevelWidgets()
    )

    monkeypatch.setenv("WELLBEING_PASSPHRASE", "a wrong passphrase")
    assert app_module.run_coach_gui(path, "en") == app_module.USER_ERROR
    [said] = warnings
    assert "\n" not in said and "Traceback" not in said


def test_run_coach_gui_defaults_to_the_coach_workspace(
    qtbot, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
):
    from wellbeing.ui import app as app_module

    monkeypatch.setattr(QApplication, "exec", lambda _app=None: 0)
    assert app_module.run_coach_gui(None, "en") == 0
    assert (isolated_home / "coach.wbj").exists()
