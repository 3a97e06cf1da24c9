"""The window's worker threads are not daemons: Python's shutdown stops a daemon thread
where it stands, and one in C++ code then (matplotlib's modules being imported, numpy)
aborted the process as the app quit."""

from __future__ import annotations

import threading

from wellbeing.ui import journal_loader
from wellbeing.ui.dashboard import page as dashboard

from .test_clients_loading import log_a_few


def test_the_threads_the_window_starts_are_waited_for_at_exit(qtbot, window, monkeypatch):
    monkeypatch.setattr(dashboard, "LOAD_AT_ONCE", 0)  # as if the journal were big
    monkeypatch.setattr(journal_loader, "SLICE", 1)
    started: dict[str, bool] = {}
    start = threading.Thread.start

    def noted(thread: threading.Thread) -> None:
        started[thread.name] = thread.daemon
        start(thread)

    monkeypatch.setattr(threading.Thread, "start", noted)
    log_a_few(qtbot, window)
    window.show_insights()
    insights = window.insights_page.page
    qtbot.waitUntil(lambda: not insights.loading and insights.data is not None)
    window.show_clients()
    clients = window.clients_page
    qtbot.waitUntil(lambda: not clients.loading and bool(clients.advice))
    assert {"journal-columns", "insights-today", "client-advice"} <= set(started)
    assert not any(started.values()), started
