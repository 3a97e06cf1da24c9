"""How long the coaching session report takes: the content (journal read, every section's
figures) and the PDF (every chart drawn, pages laid out), for a year of the demo journal and
for a year of a 50,000-encounter journal.

    cd /work/main && .venv/bin/python -m tests.benchmarks.session_report [--count 50000]

Journals are built in memory (unencrypted: encryption costs the read, measured by the
dashboard benchmark), then timed 3 times each: minimum and maximum. Every section is chosen,
with two private texts. Nothing is asserted: timing depends on the machine (project rule).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(ROOT))

RUNS = 3
DEMO_END = date(2026, 3, 20)


def demo_db():  # type: ignore[no-untyped-def]
    from wellbeing.services.demo import write_demo_journal
    from wellbeing.store import open_journal

    db = open_journal(":memory:")
    write_demo_journal(db, end=DEMO_END)
    return db, DEMO_END


def synthetic_db(count: int):  # type: ignore[no-untyped-def]
    from tests.benchmarks.journal_factory import synthetic_clients, synthetic_encounters
    from wellbeing.store import journal, open_journal

    db = open_journal(":memory:")
    clients = synthetic_clients()
    with db.atomic():
        for client in clients:
            journal.save_client(db, client)
        journal.save_encounters(db, synthetic_encounters(clients, count))
    last = max(e.occurred_at for e in journal.list_encounters(db, None, None)).date()
    return db, last


def measure(name: str, db, last: date) -> list[str]:  # type: ignore[no-untyped-def]
    from wellbeing.domain.coaching import SessionChoices
    from wellbeing.services.coaching import session_content
    from wellbeing.sharing.session_report import render_session_report
    from wellbeing.store import journal

    first = last - timedelta(days=364)
    texts = tuple(
        e.id
        for e in journal.list_encounters(db, None, None)
        if first <= e.occurred_at.date() <= last and e.what_happened.strip()
    )[:2]
    choices = SessionChoices(first, last, text_ids=texts)
    content_times, pdf_times, pages = [], [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        content = session_content(db, choices, last)
        middle = time.perf_counter()
        data = render_session_report(content, "en")
        content_times.append(middle - start)
        pdf_times.append(time.perf_counter() - middle)
        pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    total = [c + p for c, p in zip(content_times, pdf_times, strict=True)]
    encounters = journal.count_encounters(db)
    lines = [f"{name}: {encounters:,} encounters, report of {first} to {last}, {pages} pages"]
    for label, samples in (("content", content_times), ("PDF", pdf_times), ("total", total)):
        lines.append(
            f"  {label:<8} min {min(samples) * 1000:8.0f} ms   max {max(samples) * 1000:8.0f} ms"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=50_000)
    args = parser.parse_args(argv)
    db, last = demo_db()
    print("\n".join(measure("demo year", db, last)))
    db, last = synthetic_db(args.count)
    print("\n".join(measure(f"{args.count:,} encounters", db, last)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
