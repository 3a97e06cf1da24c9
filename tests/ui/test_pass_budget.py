"""Background steps of several pages share each event-loop pass's time budget: when it is
spent, the others wait for the next pass (their times used to add up to freezes)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractEventDispatcher

from wellbeing.ui import clients_page, journal_loader, journal_page, pass_budget

from .test_clients_loading import log_a_few


def test_a_step_after_the_budget_waits_for_the_next_pass(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(pass_budget.time, "perf_counter", lambda: clock[0])
    monkeypatch.setattr(pass_budget, "_watch_passes", lambda: None)
    monkeypatch.setattr(pass_budget, "_passes", 7)
    assert pass_budget.may_run()  # the first step of a pass
    clock[0] += 0.005
    assert pass_budget.may_run()  # 5 ms gone of 20: another may follow
    clock[0] += 0.030
    assert not pass_budget.may_run()  # 35 ms: the rest wait
    pass_budget._count_pass()  # the event loop turned: painting, input
    assert pass_budget.may_run()
    clock[0] += 0.030
    assert not pass_budget.may_run()
    clock[0] += pass_budget.LONGEST_PASS_S  # a loop that never says: not refused for ever
    assert pass_budget.may_run()


def test_the_pages_background_steps_never_share_a_pass(qtbot, window, monkeypatch):
    for module, name in (
        (journal_page, "FIRST_PAGE"),
        (journal_page, "NEXT_PAGES"),
        (journal_loader, "SLICE"),
        (clients_page, "FIGURES_SLICE"),
        (clients_page, "PANEL_PAGE"),
        (clients_page, "HISTORY_PAGE"),
    ):
        monkeypatch.setattr(module, name, 1)  # a step per line: many steps at once
    monkeypatch.setattr(pass_budget, "BUDGET_S", 0.0)  # one step a pass
    log_a_few(qtbot, window)
    passes = [0]
    count = lambda: passes.__setitem__(0, passes[0] + 1)  # noqa: E731
    QAbstractEventDispatcher.instance().awake.connect(count)  # each pass of the loop
    steps: list[int] = []
    may_run = pass_budget.may_run

    def noted() -> bool:
        allowed = may_run()
        if allowed:
            steps.append(passes[0])
        return allowed

    monkeypatch.setattr(pass_budget, "may_run", noted)
    window.journal_page.reload()  # the list: its first line, then one per step
    window.show_clients()  # the clients' figures, the journal's columns, the panel...
    page = window.clients_page
    try:
        qtbot.waitUntil(
            lambda: (
                not window.journal_page.loading
                and not page.reading
                and not page.loading
                and page.history_proxy.rowCount() == 2
                and len(page.panel.encounters) == 2
            )
        )
    finally:
        QAbstractEventDispatcher.instance().awake.disconnect(count)
    assert window.journal_page.model.rowCount() == 3  # everything arrived in the end
    assert len(steps) >= 8
    assert len(set(steps)) == len(steps)  # and never two steps in one pass
