"""The coach's window on a workspace of its own: packs imported (plain, sealed, refused),
coachees by id, charts read-only, two periods compared, notes, agreed actions exported,
presentation mode."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from wellbeing.ui.coach_window import CoachWindow
from wellbeing.ui.coach_workspace import CoachWorkspace

NOW = datetime(2026, 12, 3, 10, 0)
CODE = "ABCD-EFGH-JKLM"


@dataclass(frozen=True)
class Packs:
    september: bytes
    autumn: bytes
    sealed: bytes
    text: str


@pytest.fixture(scope="module")
def packs() -> Packs:
    """Two periods of the demo journal, one with a chosen text, and one sealed copy."""
    from wellbeing.domain.coaching import SessionChoices
    from wellbeing.services.coaching import session_content
    from wellbeing.services.demo import write_demo_journal
    from wellbeing.sharing.session_pack import pack_bytes
    from wellbeing.store import open_journal

    db = open_journal(":memory:")
    write_demo_journal(db, end=date(2026, 11, 30))
    chosen, text = db.execute(
        "SELECT id, what_happened FROM encounters WHERE what_happened != '' "
        "AND occurred_at >= '2026-11-01' ORDER BY occurred_at LIMIT 1"
    ).fetchone()
    today = date(2026, 12, 1)
    september = session_content(db, SessionChoices(date(2026, 9, 1), date(2026, 9, 30)), today)
    autumn = session_content(
        db,
        SessionChoices(date(2026, 10, 1), date(2026, 11, 30), text_ids=(chosen,)),
        today,
    )
    db.close()
    return Packs(pack_bytes(september), pack_bytes(autumn), pack_bytes(autumn, CODE), text)


@pytest.fixture
def files(packs: Packs, tmp_path: Path) -> dict[str, Path]:
    written = {}
    for name in ("september", "autumn", "sealed"):
        written[name] = tmp_path / f"{name}.wbpack"
        written[name].write_bytes(getattr(packs, name))
    return written


@pytest.fixture
def coach(qtbot):
    """A coach window on a fresh in-memory workspace, on a clock a second apart per call."""
    from wellbeing.store import open_journal

    def make() -> CoachWindow:
        ticks = itertools.count()
        workspace = CoachWorkspace(
            open_journal(":memory:"), now=lambda: NOW + timedelta(seconds=next(ticks))
        )
        window = CoachWindow(workspace, "en")
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # shortcuts only reach the active window
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return window

    return make


@pytest.fixture
def codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Codes the coach will type when a sealed pack asks for one, in order."""
    answers: list[str] = []

    def ask(*_args, **_kwargs):
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    return answers


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def import_by_keys(qtbot, window: CoachWindow, monkeypatch, path: Path) -> None:
    choose_file(monkeypatch, path)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def coachee_cells(window: CoachWindow) -> list[tuple[str, str, str]]:
    model = window.coachees
    return [
        tuple(model.index(row, column).data() for column in range(3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def test_a_plain_pack_adds_a_coachee_with_its_period_and_words(
    qtbot, coach, files, monkeypatch, packs
):
    window = coach()
    assert window.coachees.rowCount() == 0
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])

    assert coachee_cells(window) == [("Coachee 1", "1", "Oct–Nov 2026")]
    assert window.coachees.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "2026-10-01 – 2026-11-30"
    )
    assert window.pack_list.index(0, 0).data() == "2026-10-01 – 2026-11-30"
    assert window.heading.text() == "Coachee 1 · 2026-10-01 – 2026-11-30"
    assert "New coachee Coachee 1" in window.statusBar().currentMessage()
    words = window.pack_view.words.text()
    assert "Summary" in words and "Client A" in words
    assert "What the employee chose to explain" in words
    assert packs.text.split()[0] in words


def test_a_sealed_pack_opens_with_its_code(qtbot, coach, files, monkeypatch, codes, warnings):
    window = coach()
    codes.append(CODE.lower())  # typed as told: case and dashes do not matter
    import_by_keys(qtbot, window, monkeypatch, files["sealed"])
    assert warnings == []
    assert coachee_cells(window)[0][1] == "1"


def test_a_wrong_code_is_one_sentence_and_adds_nothing(
    qtbot, coach, files, monkeypatch, codes, warnings
):
    window = coach()
    codes.append("WXYZ-WXYZ-WXYZ")
    import_by_keys(qtbot, window, monkeypatch, files["sealed"])
    [said] = warnings
    assert said.startswith("This code does not open the pack")
    assert said.count(".") == 1 and "Traceback" not in said
    assert window.coachees.rowCount() == 0
    assert window.workspace.coachees() == []


def test_declining_to_type_the_code_adds_nothing(qtbot, coach, files, monkeypatch, codes):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["sealed"])  # no code given
    assert window.workspace.coachees() == []


def test_a_tampered_pack_is_one_sentence_and_adds_nothing(
    qtbot, coach, files, monkeypatch, warnings, packs
):
    window = coach()
    tampered = files["autumn"].with_name("tampered.wbpack")
    tampered.write_bytes(packs.autumn.replace(b'"first": "2026-10-01"', b'"first": "2026-13-01"'))
    assert tampered.read_bytes() != packs.autumn
    import_by_keys(qtbot, window, monkeypatch, tampered)
    [said] = warnings
    assert "first" in said and "Traceback" not in said and "\n" not in said
    assert window.workspace.coachees() == []

    files["autumn"].with_name("junk.wbpack").write_bytes(b"\x00\xff not a pack")
    import_by_keys(qtbot, window, monkeypatch, files["autumn"].with_name("junk.wbpack"))
    assert len(warnings) == 2 and window.workspace.coachees() == []


def test_the_same_coachee_twice_is_one_coachee_with_two_packs_compared_in_words(
    qtbot, coach, files, monkeypatch
):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    import_by_keys(qtbot, window, monkeypatch, files["september"])

    assert coachee_cells(window) == [("Coachee 1", "2", "Oct–Nov 2026")]
    assert "was added to Coachee 1" in window.statusBar().currentMessage()
    periods = [window.pack_list.index(r, 0).data() for r in range(window.pack_list.rowCount())]
    assert periods == ["2026-09-01 – 2026-09-30", "2026-10-01 – 2026-11-30"]

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    compare = window.compare_view
    assert window.tabs.currentWidget() is compare
    assert compare.before.currentText() == "2026-09-01 – 2026-09-30"
    assert compare.after.currentText() == "2026-10-01 – 2026-11-30"
    words = compare.words.text()
    assert "The exhaustion index" in words and "confidence cycle" in words
    compare.render_now()
    for side in ("before", "after"):
        assert compare.cards[side].canvas.figure.axes[0].lines  # two timelines side by side

    compare.after.setCurrentIndex(0)
    assert "Choose two different periods" in compare.words.text()


def test_f2_renames_the_coachee(qtbot, coach, files, monkeypatch):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    window.coachees_table.setFocus()
    qtbot.keyClick(window.coachees_table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not window.coachees_table
    editor.selectAll()
    qtbot.keyClicks(editor, "Sam (support desk)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: coachee_cells(window)[0][0] == "Sam (support desk)")
    [stored] = window.workspace.coachees()
    assert stored.coachee.label == "Sam (support desk)"
    assert window.heading.text().startswith("Sam (support desk)")


def test_renaming_keeps_the_packs_notes_and_actions(qtbot, coach, files, monkeypatch):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    coachee = window.coachee_id()
    assert coachee is not None
    window.workspace.add_note(coachee, "a note")
    window.rename_selected()
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Sam")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: coachee_cells(window)[0][0] == "Sam")

    assert coachee_cells(window) == [("Sam", "1", "Oct–Nov 2026")]
    assert window.heading.text() == "Sam · 2026-10-01 – 2026-11-30"
    assert window.notes_panel.model.rowCount() == 1


def test_the_pack_charts_draw(qtbot, coach, files, monkeypatch):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    view = window.pack_view
    tabs = range(view.charts.count())
    assert [view.charts.tabText(i) for i in tabs] == [
        "Exhaustion",
        "Cycle",
        "Irritants",
        "Clients",
        "Check-ins",
    ]
    assert view.charts.tabToolTip(0) == "Exhaustion index"
    view.render_now()
    for key, card in view.cards.items():
        drawn = [a for a in card.canvas.figure.axes if a.get_visible()]
        assert drawn, key
        axes = drawn[0]
        assert axes.lines or axes.patches or axes.collections, key


def test_notes_are_added_and_deleted(qtbot, coach, files, monkeypatch):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    panel = window.notes_panel
    assert window.tabs.currentWidget() is panel
    qtbot.keyClicks(panel.text, "Reframing with Client A went well")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.text, "Next time: the Saturday calls")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    model = panel.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Reframing with Client A went well",
        "Next time: the Saturday calls",
    ]
    assert model.index(0, 0).data() == "2026-12-03 10:00"
    assert panel.text.toPlainText() == ""

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    coachee = window.coachee_id()
    assert coachee is not None
    assert [n.text for n in window.workspace.notes(coachee)] == ["Next time: the Saturday calls"]


def test_an_action_is_agreed_and_exported_for_the_employee(
    qtbot, coach, files, monkeypatch, tmp_path, warnings
):
    from wellbeing.sharing.actions_file import read_actions

    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    panel = window.actions_panel

    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)  # nothing said yet
    assert warnings == ["An agreed action needs to say what will be done."]
    assert panel.model.rowCount() == 0

    qtbot.keyClicks(panel.what, "Write Client A my working hours")
    panel.has_date.setChecked(True)
    panel.by_when.setDate(panel.by_when.date().fromString("2026-12-15", "yyyy-MM-dd"))
    qtbot.keyClicks(panel.obstacles, "fear of losing the contract")
    qtbot.keyClicks(panel.support, "my manager reads the email first")
    panel.likelihood.setValue(8)
    qtbot.mouseClick(panel.agree_button, Qt.MouseButton.LeftButton)

    assert panel.model.index(0, 0).data() == "Write Client A my working hours"
    assert panel.model.index(0, 1).data() == "2026-12-15"
    assert panel.model.index(0, 2).data() == "8/10"
    assert panel.what.text() == ""

    target = tmp_path / "actions.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    read = read_actions(target.read_bytes())
    assert read.coachee == window.coachee_id()
    assert read.agreed_on == NOW.date()
    [action] = read.actions
    assert action.what == "Write Client A my working hours"
    assert action.by_when == date(2026, 12, 15)
    assert action.obstacles == "fear of losing the contract"
    assert action.support == "my manager reads the email first"
    assert action.likelihood == 8
    assert str(target) in window.statusBar().currentMessage()


def test_presentation_moves_with_arrows_and_leaves_with_escape(qtbot, coach, files, monkeypatch):
    window = coach()
    assert not window.coach_actions["coach_present"].isEnabled()  # no pack yet
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    qtbot.keyClick(window, Qt.Key.Key_F11)

    shown = window.presentation
    assert shown is not None
    qtbot.waitExposed(shown)
    assert shown.isFullScreen()
    assert shown.current == "exhaustion"
    assert shown.where.text().startswith("1 of 5")
    assert shown.card.canvas.figure.axes[0].lines

    qtbot.keyClick(shown, Qt.Key.Key_Right)
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert shown.current == "irritants" and shown.where.text().startswith("3 of 5")
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    assert shown.current == "cycle"
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    qtbot.keyClick(shown, Qt.Key.Key_Left)  # the first chart stays the first
    assert shown.current == "exhaustion"

    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible() and window.presentation is None


def test_the_coach_window_fits_a_small_screen(qtbot, coach, files, monkeypatch):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600


def test_models_behave(qtbot, coach, files, monkeypatch, qtmodeltester):
    window = coach()
    import_by_keys(qtbot, window, monkeypatch, files["autumn"])
    window.notes_panel.add_requested.emit("a note")
    for model in (window.coachees, window.pack_list, window.notes_panel.model):
        qtmodeltester.check(model)
