"""How fast the Insights dashboard redraws, on a 50,000-encounter journal and on the demo.

    cd /work/main && .venv/bin/python -m tests.benchmarks.dashboard_benchmark [--count 50000]

Offscreen Qt, in this process. For each journal, the median (and minimum) of a few runs of:
loading the journal's data (insights.load: one read of the store); a full redraw (the
period's figures recomputed, every chart rebuilt and painted with canvas.draw(), not left
to the event loop); and a period change (4 weeks ↔ 12 months, recompute and paint). The
redraw target is 0.5 s; each figure is printed with its ratio to it. Nothing is asserted:
timing depends on the machine (project rule).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.journal_factory import build_journals, passphrase  # noqa: E402

CACHE = ROOT / ".benchmarks"
TARGET = 0.5
"""Seconds: a full dashboard redraw on 50,000 encounters."""

DEMO_END = date(2026, 3, 20)
"""A fixed end for the demo year, so runs compare."""


@dataclass
class Timing:
    journal: str
    name: str
    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def minimum(self) -> float:
        return min(self.samples)

    def line(self, width: int) -> str:
        ratio = self.median / TARGET
        return (
            f"{self.journal + ': ' + self.name:<{width}}  {self.median * 1000:>9.1f} ms"
            f"  {self.minimum * 1000:>9.1f} ms  {ratio:>6.2f}x of 0.5 s"
        )


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def demo_journal(folder: Path) -> Path:
    """The demo year (seeded, fixed end) in a fresh encrypted journal."""
    from wellbeing.services.demo import write_demo_journal
    from wellbeing.store import create_journal

    path = folder / "demo.wbj"
    db, _recovery = create_journal(path, passphrase())
    write_demo_journal(db, end=DEMO_END)
    db.close()
    return path


def last_day(db: object) -> datetime:
    """Evening of the journal's last encounter: 'today' for the page, so presets hold data."""
    row = db.execute("SELECT max(occurred_at) FROM encounters").fetchone()  # type: ignore[attr-defined]
    day = datetime.fromisoformat(row[0]).date() if row and row[0] else date.today()
    return datetime.combine(day, clock(18, 0))


@contextmanager
def dashboard(path: Path, lang: str = "en") -> Iterator[object]:
    """A DashboardPage on the journal, shown offscreen at the size of a laptop window."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from wellbeing.store import open_journal
    from wellbeing.ui.dashboard.page import DashboardPage
    from wellbeing.ui.journal_store import JournalStore

    app = QApplication.instance() or QApplication([])
    db = open_journal(path, passphrase())
    store = JournalStore(db, path)
    page = DashboardPage(store, QUndoStack(), lang, now=last_day(db))
    page.resize(1320, 900)
    page.show()
    app.processEvents()
    while page.loading:  # a big journal is read in slices, between event-loop passes
        app.processEvents()
        time.sleep(0.002)
    page.render_now()
    try:
        yield page
    finally:
        page.close()
        page.deleteLater()
        app.processEvents()
        db.close()


def in_view(page: object) -> list[object]:
    """The chart cards the user can see without scrolling."""
    cards = page.cards.values()  # type: ignore[attr-defined]
    return [card for card in cards if not card.visibleRegion().isEmpty()]


def measure(path: Path, label: str, runs: int) -> list[Timing]:
    """Load, full redraw and period changes on one journal, `runs` times each."""
    from wellbeing.services import insights
    from wellbeing.ui.dashboard.snapshot import take_today

    with dashboard(path) as page:
        store, now = page.store, page.now()  # type: ignore[attr-defined]
        load = [timed(lambda: insights.load(store.db)) for _ in range(runs)]
        data = insights.load(store.db)
        today = [timed(lambda: take_today(data, now)) for _ in range(runs)]
        page.choose_period("12m")  # type: ignore[attr-defined]

        def redraw() -> None:
            page.refresh()  # type: ignore[attr-defined]
            page.render_now()  # type: ignore[attr-defined]

        full = [timed(redraw) for _ in range(runs)]
        compute = [timed(page.refresh_figures) for _ in range(runs)]  # type: ignore[attr-defined]
        keys = ["4w", "12m"] * runs

        def change(key: str) -> None:
            page.choose_period(key)  # type: ignore[attr-defined]
            page.render_now()  # type: ignore[attr-defined]

        switch = [timed(lambda key=key: change(key)) for key in keys]

        def change_in_view(key: str) -> None:
            page.choose_period(key)  # type: ignore[attr-defined]
            for card in in_view(page):
                card.canvas.canvas.draw()  # type: ignore[attr-defined]

        seen = [timed(lambda key=key: change_in_view(key)) for key in keys]
        page.render_now()  # type: ignore[attr-defined]
        shown = len(in_view(page))
    return [
        Timing(label, "load the journal (insights.load)", load),
        Timing(label, "  then today's indicators and day columns (once per load)", today),
        Timing(label, "full redraw, 12 months (compute + paint all 7 charts)", full),
        Timing(label, "  of which computing the figures", compute),
        Timing(label, "period change 4 weeks <-> 12 months (all 7 charts)", switch),
        Timing(label, f"period change, the {shown} charts in view only", seen),
    ]


def run(count: int, runs: int, cache: Path) -> list[Timing]:
    pair = build_journals(cache, count)
    with tempfile.TemporaryDirectory() as folder:
        demo = demo_journal(Path(folder))
        return [
            *measure(pair.encrypted, f"{count} encounters", runs),
            *measure(demo, "demo year", runs),
        ]


def report(timings: list[Timing]) -> str:
    width = max(len(t.journal) + 2 + len(t.name) for t in timings)
    head = f"{'benchmark':<{width}}  {'median':>12}  {'min':>12}  ratio to target"
    return "\n".join([head, "-" * (width + 46), *(t.line(width) for t in timings)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000, help="encounters in the journal")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median, min)")
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder of cached journals")
    args = parser.parse_args(argv)
    timings = run(args.count, args.runs, args.cache)
    print(f"Insights dashboard, offscreen, {args.runs} runs; target: full redraw under 0.5 s")
    print(report(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
