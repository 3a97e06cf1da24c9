"""Clients and Insights on a big journal: they say they are loading, stay usable
meanwhile, and end with the same figures as reading everything in one go."""

from __future__ import annotations

from datetime import date

import numpy as np
from PySide6.QtCore import Qt

from wellbeing.services import insights
from wellbeing.ui import journal_loader
from wellbeing.ui.clients_page import ADVICE_COLUMN

from .test_journal_page import quick_log


def log_a_few(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    quick_log(qtbot, window, "Acme", 8, "tense", "rude")
    quick_log(qtbot, window, "Globex", 2, "calm", "impatient")


def test_the_page_says_it_works_the_advice_out_then_shows_it(qtbot, window, monkeypatch):
    monkeypatch.setattr(journal_loader, "SLICE", 1)  # several slices even on three rows
    log_a_few(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.clients_page
    assert page.loading and page.loading_note.isVisible()
    assert page.model.rowCount() == 2  # the clients are listed before their advice

    page.table.selectRow(1)  # usable while the advice is worked out
    assert page.name.text() == "Globex"

    qtbot.waitUntil(lambda: not page.loading)
    assert not page.loading_note.isVisible()
    expected = insights.client_advice(insights.load(window.store.db), date.today())
    assert page.advice == {item.client_id: item for item in expected}
    assert page.model.index(0, ADVICE_COLUMN).data()  # each row says its level


def test_the_journal_read_in_slices_is_the_journal_read_at_once(qtbot, window, monkeypatch):
    monkeypatch.setattr(journal_loader, "SLICE", 2)
    log_a_few(qtbot, window)
    loader = window.store.data_loader()
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        loader.request()
    sliced, whole = loader.current(), insights.load(window.store.db)
    assert sliced is not None
    assert sliced.clients == whole.clients and sliced.events == whole.events
    for column in ("ids", "minute", "client", "difficult", "impact", "channel"):
        assert np.array_equal(getattr(sliced.facts, column), getattr(whole.facts, column))
    for facet, by_tag in whole.facts.tags.items():
        assert by_tag.keys() == sliced.facts.tags[facet].keys()
        for tag, mask in by_tag.items():
            assert np.array_equal(sliced.facts.tags[facet][tag], mask)


def test_a_save_while_loading_is_in_what_is_loaded(qtbot, window, monkeypatch):
    monkeypatch.setattr(journal_loader, "SLICE", 1)
    log_a_few(qtbot, window)
    loader = window.store.data_loader()
    loader.request()
    quick_log(qtbot, window, "Initech", 4, "calm", "rude")  # lands while it reads
    qtbot.waitUntil(lambda: loader.current() is not None, timeout=10_000)
    assert len(loader.current().facts) == 4


def test_insights_on_a_big_journal_say_they_read_it_then_show_it(qtbot, window, monkeypatch):
    from wellbeing.ui.dashboard import page as dashboard

    monkeypatch.setattr(dashboard, "LOAD_AT_ONCE", 0)  # as if the journal were big
    monkeypatch.setattr(journal_loader, "SLICE", 1)
    log_a_few(qtbot, window)
    window.show_insights()
    page = window.insights_page.page
    assert page.loading and page.loading_note.isVisible()
    assert not page.scroll_area.isVisible()  # no empty charts meanwhile
    assert window.journal_page.proxy.rowCount() == 3  # the window goes on working meanwhile

    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert not page.loading_note.isVisible() and page.scroll_area.isVisible()
    assert page.data is not None and len(page.data.facts) == 3
    assert page.snapshot is not None  # the figures are worked out and the charts drawn
