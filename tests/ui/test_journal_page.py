"""Logging, editing, searching, deleting and undoing, driven through the real widgets."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, Qt

from wellbeing.domain.model import Client, Encounter
from wellbeing.store import journal
from wellbeing.ui.journal_model import COLUMNS


def cell(window, row: int, column: str) -> str:
    page = window.journal_page
    return str(page.proxy.index(row, COLUMNS.index(column)).data())


def quick_log(qtbot, window, client: str, impact: int, emotion: str, behaviour: str) -> None:
    """The four interactions of quick capture, then Ctrl+Enter."""
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), client)
    qtbot.mouseClick(form.impact.button(impact), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.emotions.button(emotion), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.behaviours.button(behaviour), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_quick_capture_logs_an_encounter_in_four_interactions_and_ctrl_enter(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")

    assert window.journal_page.proxy.rowCount() == 1
    assert cell(window, 0, "client") == "Acme"
    assert cell(window, 0, "impact") == "7"
    assert cell(window, 0, "behaviours") == "rude"
    assert cell(window, 0, "emotions") == "angry"
    assert "Difficult" in cell(window, 0, "kind")
    [saved] = journal.list_encounters(window.store.db)
    assert (saved.impact, saved.emotions, saved.behaviours) == (7, ("angry",), ("rude",))
    assert window.journal_page.form.client_name() == ""  # ready for the next one
    assert window.counts.full_text() == "1 encounter in the journal"


def test_expanded_form_records_every_field(qtbot, window):
    form = window.journal_page.form
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert form.details.isVisible()
    qtbot.keyClicks(form.client.lineEdit(), "Globex")
    form.when.setDate(QDate(2026, 3, 7))
    form.when.setTime(form.when.time().fromString("08:05", "HH:mm"))
    qtbot.mouseClick(form.impact.button(8), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.emotions.button("humiliated"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.behaviours.button("out_of_hours"), Qt.MouseButton.LeftButton)
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.duration.setValue(25)
    qtbot.keyClicks(form.what_happened, "Called at 8 on a Saturday about the quote.")
    qtbot.mouseClick(form.irritants.button("no_call_back"), Qt.MouseButton.LeftButton)
    form.lingered.setCurrentIndex(form.lingered.findData("rest_of_day"))
    qtbot.mouseClick(form.assertiveness.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.confidence.button(3), Qt.MouseButton.LeftButton)
    form.outcome.setCurrentIndex(form.outcome.findData("escalated"))
    assert not form.backed.isEnabled()
    qtbot.mouseClick(form.escalated, Qt.MouseButton.LeftButton)
    assert form.backed.isEnabled()
    form.backed.setCurrentIndex(form.backed.findData("partly"))
    qtbot.keyClicks(form.next_time, "Let it ring and answer on Monday.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    [saved] = journal.list_encounters(window.store.db)
    assert saved.occurred_at == datetime(2026, 3, 7, 8, 5)
    assert saved.channel == "phone" and saved.duration_minutes == 25
    assert saved.what_happened == "Called at 8 on a Saturday about the quote."
    assert saved.irritants == ("no_call_back",)
    assert (saved.lingered, saved.assertiveness, saved.company_confidence) == ("rest_of_day", 2, 3)
    assert (saved.outcome, saved.escalated, saved.backed) == ("escalated", True, "partly")
    assert saved.next_time == "Let it ring and answer on Monday."


def test_a_positive_encounter_is_logged_the_same_way(qtbot, window):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Initech")
    qtbot.mouseClick(form.positive, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.impact.button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.emotions.button("grateful"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert "Positive" in cell(window, 0, "kind")
    assert journal.list_encounters(window.store.db)[0].kind == "positive"


def test_opening_an_encounter_edits_it_in_place(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    page = window.journal_page
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.form.client_name() == "Acme"
    assert page.form.impact.value() == 7
    assert "Editing" in page.form.title.text()
    qtbot.mouseClick(page.form.impact.button(3), Qt.MouseButton.LeftButton)
    qtbot.keyClick(
        page.form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )

    assert page.proxy.rowCount() == 1
    assert cell(window, 0, "impact") == "3"
    assert [e.impact for e in journal.list_encounters(window.store.db)] == [3]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(window, 0, "impact") == "7"


def test_search_and_filters_narrow_the_list(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    quick_log(qtbot, window, "Globex", 2, "calm", "impatient")
    page = window.journal_page
    assert page.proxy.rowCount() == 2

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "wants everything")  # a behaviour's label, not its key
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)  # filtering waits for a pause
    assert cell(window, 0, "client") == "Globex"
    assert "1 encounter shown of 2" in window.counts.full_text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)

    page.client_filter.setCurrentIndex(page.client_filter.findText("Acme"))
    assert page.proxy.rowCount() == 1 and cell(window, 0, "client") == "Acme"
    page.client_filter.setCurrentIndex(0)

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("positive"))
    assert page.proxy.rowCount() == 0
    assert page.empty_hint.text() == "No encounter matches these filters."
    page.kind_filter.setCurrentIndex(0)

    page.start.setDate(QDate.currentDate().addDays(1))
    assert page.proxy.rowCount() == 0
    page.start.setDate(QDate.currentDate().addDays(-1))
    assert page.proxy.rowCount() == 2


def test_delete_asks_nothing_and_ctrl_z_brings_it_back(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    quick_log(qtbot, window, "Globex", 2, "calm", "impatient")
    page = window.journal_page
    page.table.setFocus()
    page.table.selectRow(0)
    deleted_client = cell(window, 0, "client")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)

    assert page.proxy.rowCount() == 1
    assert journal.count_encounters(window.store.db) == 1
    assert "deleted" in window.statusBar().currentMessage()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.proxy.rowCount() == 2
    assert deleted_client in {cell(window, r, "client") for r in range(2)}
    assert journal.count_encounters(window.store.db) == 2


def test_undoing_a_save_removes_the_encounter_and_the_client_it_created(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    assert window.actions["undo"].isEnabled()
    assert window.actions["undo"].text() == "&Undo save the encounter"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.journal_page.proxy.rowCount() == 0
    assert journal.list_clients(window.store.db) == []
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.journal_page.proxy.rowCount() == 1
    assert [c.name for c in journal.list_clients(window.store.db)] == ["Acme"]


def test_missing_impact_gets_one_sentence_and_writes_nothing(qtbot, window, warnings):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert warnings == []  # said under the scale, not in a pop-up
    assert form.problem_said("impact") == "Set the emotional impact, from 0 (no effect) to 10."
    assert journal.count_encounters(window.store.db) == 0
    assert journal.list_clients(window.store.db) == []
    assert form.client_name() == "Acme"  # nothing typed is lost


def test_a_huge_text_is_refused_with_one_sentence(qtbot, window, warnings):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    qtbot.mouseClick(form.impact.button(4), Qt.MouseButton.LeftButton)
    form.what_happened.setPlainText("x" * 100_001)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    said = form.problem_said("what_happened")
    assert warnings == [] and "100,001" in said and "100,000" in said
    assert journal.count_encounters(window.store.db) == 0


def test_digits_set_the_impact_from_the_keyboard(qtbot, window):
    impact = window.journal_page.form.impact
    impact.setFocus()
    qtbot.keyClick(impact, Qt.Key.Key_6)
    assert impact.value() == 6
    assert impact.button(6).isChecked()


def test_a_half_written_encounter_is_offered_back_after_a_restart(qtbot, make_window):
    first = make_window()
    form = first.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    qtbot.mouseClick(form.impact.button(9), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.behaviours.button("threatening"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.load_draft(first.store.db) is not None)
    # No clean shutdown (the first window is never closed): the draft is already on disk.

    second = make_window()
    page = second.journal_page
    assert page.draft_banner.isVisible()
    assert "Acme" in page.draft_label.text()
    qtbot.mouseClick(page._restore_button, Qt.MouseButton.LeftButton)
    assert page.form.client_name() == "Acme"
    assert page.form.impact.value() == 9
    assert page.form.behaviours.selected() == ("threatening",)
    qtbot.keyClick(
        page.form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert journal.count_encounters(second.store.db) == 1
    assert journal.load_draft(second.store.db) is None


def test_journal_model_is_a_well_behaved_qt_model(qtmodeltester, qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    qtmodeltester.check(window.journal_page.model)
    qtmodeltester.check(window.journal_page.proxy)


def test_the_impact_scale_is_one_tab_stop_driven_by_digits_and_arrows(qtbot, window):
    impact = window.journal_page.form.impact
    impact.setFocus()
    qtbot.keyClick(impact, Qt.Key.Key_1)
    qtbot.keyClick(impact, Qt.Key.Key_0)
    assert impact.value() == 10
    qtbot.keyClick(impact, Qt.Key.Key_Left)
    assert impact.value() == 9
    qtbot.keyClick(impact, Qt.Key.Key_Home)
    assert impact.value() == 0
    qtbot.keyClick(impact, Qt.Key.Key_3)
    assert impact.value() == 3
    assert impact.button(3).focusPolicy() == Qt.FocusPolicy.NoFocus


def test_ctrl_z_in_the_empty_client_field_undoes_the_save(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    field = window.journal_page.form.client.lineEdit()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.journal_page.proxy.rowCount() == 0


def acme_and_birch(db, count: int, acme_every: int) -> None:  # type: ignore[no-untyped-def]
    """Clients Acme and Birch, and `count` hourly encounters: every `acme_every`-th with
    Acme, the others with Birch (written straight to the store: a big journal at once)."""
    journal.save_client(db, Client(name="Acme", id="acme"))
    journal.save_client(db, Client(name="Birch", id="birch"))
    start = datetime(2026, 1, 1, 9)
    journal.save_encounters(
        db,
        [
            Encounter(
                client_id="birch" if n % acme_every else "acme",
                occurred_at=start + timedelta(hours=n),
                impact=5,
            )
            for n in range(count)
        ],
    )


def test_select_all_under_a_filter_then_widening_it_deletes_only_what_was_selected(qtbot, window):
    db = window.store.db
    acme_and_birch(db, 1000, acme_every=5)
    page = window.journal_page
    page.reload()
    qtbot.waitUntil(lambda: not page.loading)
    page.show_client("acme")
    assert page.proxy.rowCount() == 200
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    page.show_client(None)  # back to every client, the 200 still selected
    assert len(page.table.selectionModel().selectedRows()) == 200
    window.delete_selected()
    left = journal.list_encounters(db)
    assert len(left) == 800 and {e.client_id for e in left} == {"birch"}
