"""Goals agreed with a coach, back in the journal: imported from the coach's actions file
(for this journal only), checked off with undo, and gently recalled when due."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from wellbeing.domain.coaching import AgreedAction
from wellbeing.services.coaching import coachee_id
from wellbeing.sharing.actions_file import ActionsFile, to_bytes
from wellbeing.ui import main_window
from wellbeing.ui.goals_dialog import GoalsDialog
from wellbeing.ui.goals_model import DONE
from wellbeing.ui.prepare_session_dialog import PrepareSessionDialog

TODAY = date.today()
ACTIONS = (
    AgreedAction("Say no to calls after 18:00", TODAY - timedelta(days=1), "habit", "manager", 7),
    AgreedAction("Note one strength each Friday", TODAY + timedelta(days=10)),
    AgreedAction("Write the scope annex for ACME", None, likelihood=4),
)


def actions_file(tmp_path: Path, coachee: str, actions=ACTIONS) -> Path:
    path = tmp_path / "actions.json"
    path.write_bytes(to_bytes(ActionsFile(coachee, TODAY, actions)))
    return path


def import_through_the_menu(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    window.actions["import_goals"].trigger()


@pytest.fixture
def goals_dialog(qtbot, window):
    def make() -> GoalsDialog:
        dialog = GoalsDialog(window.store, window.undo_stack, "en", window)
        qtbot.addWidget(dialog)
        dialog.open()  # modal, as from the menu, without blocking the test
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return make


def test_importing_an_actions_file_adds_its_goals_in_one_sentence(
    window, warnings, monkeypatch, tmp_path
):
    import_through_the_menu(
        window, monkeypatch, actions_file(tmp_path, coachee_id(window.store.db))
    )

    assert warnings == ["3 goals added."]
    assert {g.action.what for g in window.store.goals()} == {a.what for a in ACTIONS}

    import_through_the_menu(
        window, monkeypatch, actions_file(tmp_path, coachee_id(window.store.db))
    )
    assert warnings[-1] == "These goals were already in your journal; nothing new was added."
    assert len(window.store.goals()) == 3


def test_a_file_for_another_journal_is_refused_in_one_sentence(
    window, warnings, monkeypatch, tmp_path
):
    import_through_the_menu(window, monkeypatch, actions_file(tmp_path, "a" * 32))

    [said] = warnings
    assert "made for another journal" in said and "\n" not in said
    assert window.store.goals() == []


def test_a_damaged_file_is_refused_in_one_sentence(window, warnings, monkeypatch, tmp_path):
    path = tmp_path / "actions.json"
    path.write_bytes(b'{"format": "something else"')
    import_through_the_menu(window, monkeypatch, path)
    [said] = warnings
    assert "Traceback" not in said and said.strip()
    assert window.store.goals() == []


def test_checking_a_goal_off_with_undo(qtbot, window, goals_dialog):
    window.store.import_goals(
        to_bytes(ActionsFile(coachee_id(window.store.db), TODAY, ACTIONS)), datetime.now()
    )
    dialog = goals_dialog()
    model = dialog.model
    assert model.rowCount() == 3 and model.goals[0].action.what == ACTIONS[0].what
    assert "(due)" in model.index(0, 2).data()

    dialog.table.setFocus()
    dialog.table.setCurrentIndex(model.index(0, DONE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    done = next(g for g in window.store.goals() if g.id == ACTIONS[0].id)
    assert done.done_at is not None
    assert model.index(model.row_of(done.id), DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(g for g in window.store.goals() if g.id == ACTIONS[0].id).done_at is None


def test_the_details_show_on_selection_and_a_goal_deletes_with_undo(qtbot, window, goals_dialog):
    window.store.import_goals(
        to_bytes(ActionsFile(coachee_id(window.store.db), TODAY, ACTIONS)), datetime.now()
    )
    dialog = goals_dialog()
    dialog.table.selectRow(0)
    assert dialog.details.isVisible()
    assert dialog.obstacles.text() == "habit" and dialog.support.text() == "manager"
    assert dialog.likelihood.text() == "7 out of 10"

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert ACTIONS[0].id not in {g.id for g in window.store.goals()}
    window.undo_stack.undo()
    assert ACTIONS[0].id in {g.id for g in window.store.goals()}
    assert dialog.model.rowCount() == 3


def test_a_due_goal_is_recalled_gently_and_can_be_set_aside(qtbot, window):
    reminders = window.reminders
    assert not reminders.goal.isVisible()
    window.store.import_goals(
        to_bytes(ActionsFile(coachee_id(window.store.db), TODAY, ACTIONS)), datetime.now()
    )

    assert reminders.goal.isVisible()
    assert reminders.goal.full_text() == "A goal you agreed is due: Say no to calls after 18:00"
    assert reminders.goal.toolTip() == reminders.goal.full_text()
    assert reminders.goal.styleSheet() == ""  # no badge, no alarm colour

    qtbot.mouseClick(reminders.goal_dismiss, Qt.MouseButton.LeftButton)
    assert not reminders.goal.isVisible() and not reminders.goal_dismiss.isVisible()


def test_a_goal_not_yet_due_or_done_is_not_recalled(window):
    not_due = (AgreedAction("Later", TODAY + timedelta(days=3)),)
    window.store.import_goals(
        to_bytes(ActionsFile(coachee_id(window.store.db), TODAY, not_due)), datetime.now()
    )
    assert not window.reminders.goal.isVisible()
    due = AgreedAction("Due", TODAY)
    window.store.import_goals(
        to_bytes(ActionsFile(coachee_id(window.store.db), TODAY, (due,))), datetime.now()
    )
    assert window.reminders.goal.isVisible()
    window.store.set_goal_done(due.id, datetime.now())
    assert not window.reminders.goal.isVisible()


def test_the_journal_menu_opens_the_session_and_the_goals(window, monkeypatch):
    opened = []
    monkeypatch.setattr(main_window, "run_once", lambda dialog: opened.append(dialog) or 0)
    window.actions["prepare_session"].trigger()
    window.actions["goals"].trigger()
    assert [type(d) for d in opened] == [PrepareSessionDialog, GoalsDialog]
    journal_menu = window.menuBar().actions()[2].menu()
    texts = [a.text() for a in journal_menu.actions()]
    assert "&Prepare a coaching session…" in texts and "&Goals…" in texts
    for dialog in opened:
        dialog.deleteLater()


def test_the_goals_model_is_well_behaved(qtmodeltester, window, goals_dialog):
    window.store.import_goals(
        to_bytes(ActionsFile(coachee_id(window.store.db), TODAY, ACTIONS)), datetime.now()
    )
    qtmodeltester.check(goals_dialog().model)
