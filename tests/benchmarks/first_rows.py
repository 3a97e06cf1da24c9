"""First journal rows on screen against a bare PySide6 window, interleaved in one run.

    cd /work/main && .venv/bin/python -m tests.benchmarks.first_rows [--count 20000] [--runs 5]

Each run starts the start-up child (startup_child.py) three times on a copy of the cached
encrypted journal: bare, then the app with the passphrase given (WELLBEING_PASSPHRASE), then
the app asking for it (the lock screen's first paint), and prints each run's times from just
before Popen; then the ratios' minimum and maximum over the runs.
Prints figures, asserts nothing (project rule).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks import run_benchmarks as bench  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    cached = bench.cached_journals(args.count)
    with tempfile.TemporaryDirectory(prefix="wellbeing-rows-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        journal = bench.working_copy(cached.encrypted, Path(tmp) / "journal")
        env = bench.child_env(home)
        bench._start_child("bare", journal, env)  # warm the file cache and .pyc files
        bench._start_child("app", journal, env)
        bench._start_child("lock", journal, env)
        painted, rows, lock = [], [], []
        print(f"{args.count} encounters; ms from Popen (bare painted | app painted, open, rows)")
        for _ in range(args.runs):
            bare = bench._start_child("bare", journal, env)
            app = bench._start_child("app", journal, env)
            asked = bench._start_child("lock", journal, env)
            painted.append(app["painted"] / bare["painted"])
            lock.append(asked["painted"] / bare["painted"])
            rows.append(app["rows_painted"] / bare["painted"])
            print(
                f"  bare {bare['painted'] * 1000:4.0f} | app {app['painted'] * 1000:4.0f}, "
                f"journal open {app['journal_open'] * 1000:4.0f}, "
                f"first rows {app['rows_painted'] * 1000:4.0f} | "
                f"lock screen painted {asked['painted'] * 1000:4.0f}"
            )
    print(f"window painted / bare: {min(painted):.2f}-{max(painted):.2f}x")
    print(f"first rows / bare:     {min(rows):.2f}-{max(rows):.2f}x (goal ≤ 2.0x)")
    print(f"lock screen / bare:    {min(lock):.2f}-{max(lock):.2f}x (goal ≤ 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
