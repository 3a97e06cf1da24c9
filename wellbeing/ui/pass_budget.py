"""One time budget for the background steps that fall due in the same event-loop pass.

On a big journal the window reads a step per pass in several places at once: the list's
older lines, the insights' columns, the clients' figures, the chosen client's panel and
history, the charts in view. Each step is short, but when several fall due in the same
pass their times add up (three steps of 30 ms froze the window 110 ms at 100,000
encounters). So a step asks `may_run()` first: once this pass has spent the budget on
background steps, it comes back at the next pass, after the window has painted and read
the keyboard.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractEventDispatcher

BUDGET_S = 0.020
"""A step starts only while less than this has gone by since this pass's first step
started (a step itself takes up to about 40 ms: a pass stays well under 100 ms)."""

LONGEST_PASS_S = 0.150
"""Past this, a pass is taken to be over even if the event loop did not say so."""

_passes = 0
_watched: QAbstractEventDispatcher | None = None
_pass_of_first_step = -1
_first_step_at = float("-inf")


def _count_pass() -> None:
    global _passes
    _passes += 1


def _watch_passes() -> None:
    """The event loop says when it starts a new pass (awake, on every platform's loop)."""
    global _watched
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is not None and dispatcher is not _watched:
        dispatcher.awake.connect(_count_pass)
        _watched = dispatcher


def may_run() -> bool:
    """Whether a background step may run now; if not, it should come back next pass."""
    global _pass_of_first_step, _first_step_at
    _watch_passes()
    now = time.perf_counter()
    if _passes != _pass_of_first_step or now - _first_step_at > LONGEST_PASS_S:
        _pass_of_first_step, _first_step_at = _passes, now  # this pass's first step
        return True
    return now - _first_step_at < BUDGET_S
