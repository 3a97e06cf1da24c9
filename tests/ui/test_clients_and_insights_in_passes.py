"""Clients and Insights on a big journal do their work a little per event-loop pass (the
slices made tiny here): what the user ends up seeing is what reading everything at once
shows, nothing says "no clients" meanwhile, and a new encounter shows in the history."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from wellbeing.domain.model import Client, Encounter
from wellbeing.store import journal
from wellbeing.ui import clients_page as clients
from wellbeing.ui.dashboard import card as card_module
from wellbeing.ui.dashboard import page as dashboard
from wellbeing.ui.journal_store import JournalStore

from .test_clients_loading import log_a_few
from .test_journal_page import acme_and_birch, quick_log


def every_page(read_page, client_id: str, size: int) -> list:  # type: ignore[no-untyped-def]
    """What a paged reader gives, page after page, until its cursor runs out."""
    read, cursor = read_page(client_id, None, size)
    while cursor is not None:
        more, cursor = read_page(client_id, cursor, size)
        read += more
    return read


def test_the_clients_figures_read_in_slices_are_those_read_at_once(qtbot, window, monkeypatch):
    log_a_few(qtbot, window)
    quick_log(qtbot, window, "acme corp", 0, "calm", "rude")  # a name after "Acme" by case
    monkeypatch.setattr(clients, "FIGURES_SLICE", 1)  # one encounter per pass
    monkeypatch.setattr(clients, "PANEL_PAGE", 1)  # and the chosen client's one by one
    monkeypatch.setattr(clients, "HISTORY_PAGE", 1)  # its history too
    page = window.clients_page
    window.show_clients()
    assert not page.empty_hint.isVisible()  # not "no clients yet" while they are read
    qtbot.waitUntil(lambda: not page.reading and page.model.rowCount() == 3)
    shown = [page.model.summary(row) for row in range(page.model.rowCount())]
    assert shown == journal.client_summaries(window.store.db)
    assert [s.encounters for s in shown] == [2, 1, 1]
    qtbot.waitUntil(lambda: page.panel.client is not None)
    assert page.panel.client == shown[0].client and page.name.text() == "Acme"
    assert len(page.panel.encounters) == 2  # the chosen client's, read page by page
    assert page.panel.timeline.model.rowCount() == 2
    qtbot.waitUntil(lambda: page.history_proxy.rowCount() == 2)  # and its history in another
    at_once = window.store.client_lines(shown[0].client.id)
    assert [page.history_model.encounter_id(row) for row in range(2)] == [
        line.id for line in at_once
    ]
    qtbot.waitUntil(lambda: not page.loading)  # the advice, worked out meanwhile, too
    assert page.panel.advice is page.advice[shown[0].client.id]


def test_a_new_encounter_shows_in_the_clients_panel(qtbot, window):
    log_a_few(qtbot, window)
    page = window.clients_page
    window.show_clients()
    qtbot.waitUntil(lambda: not page.loading and page.panel.client is not None)
    assert page.panel.client.name == "Acme" and len(page.panel.encounters) == 2
    acme = page.panel.client.id
    new = Encounter(client_id=acme, occurred_at=datetime.now().replace(microsecond=0), impact=3)
    window.store.save_encounter(new, "Acme")  # while the client is on show
    qtbot.waitUntil(lambda: len(page.panel.encounters) == 3)
    assert new.id in page.panel.encounters
    assert page.panel.timeline.model.rowCount() == 3


def test_insights_draw_one_chart_per_pass(qtbot, window, monkeypatch):
    monkeypatch.setattr(dashboard, "LOAD_AT_ONCE", 0)  # as if the journal were big
    log_a_few(qtbot, window)
    passes = [0]
    counter = QTimer(interval=0)  # fires once per event-loop pass
    counter.timeout.connect(lambda: passes.__setitem__(0, passes[0] + 1))
    built: list[tuple[int, str]] = []
    flush = card_module.ChartCard.flush

    def counted(card: card_module.ChartCard) -> None:
        if card.pending:
            built.append((passes[0], card.key))
        flush(card)

    monkeypatch.setattr(card_module.ChartCard, "flush", counted)
    counter.start()
    window.show_insights()
    page = window.insights_page.page
    qtbot.waitUntil(lambda: not page.loading and not page.drawing and bool(built))
    counter.stop()
    keys = [key for _pass, key in built]
    assert "timeline" in keys  # the first chart in view
    in_pass = [number for number, _key in built]
    assert len(set(in_pass)) == len(in_pass)  # never two charts built in one pass
    assert page.cards["timeline"].canvas.figure.axes  # on screen, not just scheduled


def test_a_tab_passed_through_builds_nothing_and_one_on_show_builds_its_page(qtbot, window):
    window.show_clients()
    window.show_journal()  # passed through before the next pass
    for _ in range(5):  # several event-loop passes: nothing is built for a tab not on show
        QCoreApplication.processEvents()
    assert window.clients_tab.built is None
    window.show_clients()
    qtbot.waitUntil(lambda: window.clients_tab.built is not None)
    qtbot.waitUntil(lambda: window.clients_tab.built.isVisible())


def test_the_keyboard_lands_in_the_clients_list_when_the_tab_is_built(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.clients_tab.built is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.clients_page.table)


def test_a_clients_encounters_page_by_page_are_those_listed_at_once(db):
    store = JournalStore(db)
    journal.save_client(db, Client(name="Acme", id="acme"))
    when = datetime(2026, 3, 2, 9, 30)
    journal.save_encounters(
        db,
        [
            Encounter(
                client_id="acme",
                occurred_at=when + timedelta(hours=hour // 2),  # two at each time
                impact=hour % 11,
                behaviours=("rude", "threatening")[: hour % 3],
                emotions=("angry",),
                id=f"e{hour}",
            )
            for hour in range(7)
        ],
    )
    read = every_page(store.client_encounters_page, "acme", 3)
    assert read == journal.list_encounters(db, "acme")
    assert len(read) == 7


def test_a_clients_history_page_by_page_is_the_one_listed_at_once(db):
    store = JournalStore(db)
    journal.save_client(db, Client(name="Acme", id="acme"))
    journal.save_client(db, Client(name="Globex", id="globex"))
    when = datetime(2026, 3, 2, 9, 30)
    journal.save_encounters(
        db,
        [
            Encounter(
                client_id=("acme", "globex")[hour % 2 and hour > 3],
                occurred_at=when + timedelta(hours=hour // 2),  # two at each time
                impact=hour % 11,
                behaviours=("rude",),
                id=f"e{hour}",
            )
            for hour in range(9)
        ],
    )
    read = every_page(store.client_lines_page, "acme", 2)
    assert read == store.client_lines("acme")
    assert [line.id for line in read] == ["e8", "e6", "e4", "e3", "e2", "e1", "e0"]


def test_advice_that_arrives_while_a_client_is_read_survives_choosing_another(
    qtbot, window, monkeypatch
):
    monkeypatch.setattr(clients, "FIGURES_SLICE", 50)  # a "big" journal: read in passes
    monkeypatch.setattr(clients, "HISTORY_PAGE", 1)  # the chosen client's history: slowly
    acme_and_birch(window.store.db, 400, acme_every=2)
    window.show_clients()
    page = window.clients_page
    qtbot.waitUntil(lambda: not page.loading and 0 < page.history_model.rowCount() < 50)
    with qtbot.waitSignal(page._advice_worked_out, timeout=10_000):
        page.refresh_advice()  # worked out again, and back, while the history is read
    assert page.loading and page.loading_note.isVisible()
    assert 0 < page.history_model.rowCount() < 200  # still being read
    page.table.selectRow(1)  # and the user picks the other client meanwhile
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert not page.loading_note.isVisible()
    assert set(page.advice) == {"acme", "birch"}
    assert page.panel.advice is page.advice[page.current_client().id]
