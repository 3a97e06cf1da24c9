"""Clients (history, rename, merge, revenue share, status) and strengths, through the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from wellbeing.domain.model import ClientStatus
from wellbeing.store import journal
from wellbeing.ui.journal_model import COLUMNS

from .test_journal_page import quick_log


def client_names(window) -> list[str]:
    model = window.clients_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_clients_view_lists_counts_and_the_clients_own_history(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    quick_log(qtbot, window, "Acme", 5, "tense", "impatient")
    quick_log(qtbot, window, "Globex", 2, "calm", "impatient")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.clients_page
    assert page.isVisible()  # its tab is the current one
    assert client_names(window) == ["Acme", "Globex"]
    assert page.model.index(0, 3).data() == 2  # encounters
    assert page.model.index(0, 6).data() == "6.0"  # mean impact

    page.table.selectRow(0)
    assert page.history_proxy.rowCount() == 2
    assert "Acme" in page.history_title.text() and "2 encounters" in page.history_title.text()
    page.table.selectRow(1)
    assert page.history_proxy.rowCount() == 1

    page.history.setCurrentIndex(page.history_proxy.index(0, 0))
    page.history.activated.emit(page.history_proxy.index(0, 0))
    assert window.tabs.currentWidget() is window.journal_page
    assert window.journal_page.form.client_name() == "Globex"


def test_rename_set_revenue_share_and_status_then_undo(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    window.show_clients()
    page = window.clients_page
    page.table.selectRow(0)
    page.name.clear()
    qtbot.keyClicks(page.name, "Acme Industries")
    page.revenue.setValue(35)
    page.status_box.setCurrentIndex(page.status_box.findData("reframed"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)

    [client] = journal.list_clients(window.store.db)
    assert (client.name, client.revenue_share, client.status) == (
        "Acme Industries",
        35,
        ClientStatus.REFRAMED,
    )
    assert client_names(window) == ["Acme Industries"]
    assert page.model.index(0, 1).data() == "reframed"
    assert page.model.index(0, 2).data() == "35%"
    journal_page = window.journal_page
    assert journal_page.proxy.index(0, COLUMNS.index("client")).data() == "Acme Industries"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert client_names(window) == ["Acme"]
    assert journal.list_clients(window.store.db)[0].revenue_share is None


def test_renaming_onto_another_clients_name_is_refused(qtbot, window, warnings):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    quick_log(qtbot, window, "Globex", 2, "calm", "impatient")
    window.show_clients()
    page = window.clients_page
    page.table.selectRow(1)
    page.name.clear()
    qtbot.keyClicks(page.name, "acme")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert warnings == ["Another client is already called Acme."]
    assert client_names(window) == ["Acme", "Globex"]


def test_merge_moves_the_history_and_undo_splits_it_again(qtbot, window, monkeypatch):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    quick_log(qtbot, window, "ACME Corp", 5, "tense", "impatient")
    window.show_clients()
    page = window.clients_page
    page.table.selectRow(page.model.row_of(journal.find_client(window.store.db, "ACME Corp").id))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Acme", True))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)

    assert client_names(window) == ["Acme"]
    assert page.model.index(0, 3).data() == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert client_names(window) == ["Acme", "ACME Corp"]
    assert [s.encounters for s in journal.client_summaries(window.store.db)] == [1, 1]


def test_strengths_can_be_added_edited_removed_and_restored(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.strengths_page
    assert page.empty_hint.isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    editor = page.view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Our deliveries arrive on time")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the edit from its event loop
    qtbot.waitUntil(lambda: page.model.index(0).data() == "Our deliveries arrive on time")
    assert [s.text for s in journal.list_strengths(window.store.db)] == [
        "Our deliveries arrive on time"
    ]
    assert page.model.index(0).data() == "Our deliveries arrive on time"
    assert not page.empty_hint.isVisible()

    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert journal.list_strengths(window.store.db) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.text for s in journal.list_strengths(window.store.db)] == [
        "Our deliveries arrive on time"
    ]


def test_client_and_strength_models_are_well_behaved(qtmodeltester, qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    window.strengths_page.add()
    qtmodeltester.check(window.clients_page.model)
    qtmodeltester.check(window.strengths_page.model)
