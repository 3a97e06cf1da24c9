"""Performance benchmarks of Wellbeing Journal on a large synthetic journal.

    cd /work/main && .venv/bin/python tests/benchmarks/run_benchmarks.py [--count 100000] [--runs 5]

Prints figures, never asserts on time (project rule): each figure is the median and the minimum
of several runs, next to its target; start-up and `wellbeing log` are compared, as ratios or side
by side, with a baseline measured in the same run, so that a slower machine does not move them.

The journal is built once by journal_factory.build_journal and cached in .benchmarks/ (ignored
by git); every run works on a fresh copy of it in a temporary folder, so the saves and `log`
runs never grow the cached journal.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.journal_factory import build_journal  # noqa: E402

CHILD = Path(__file__).with_name("startup_child.py")
CACHE = ROOT / ".benchmarks"
GUI_MODULES = ("PySide6", "shiboken6", "matplotlib")


@dataclass
class Figure:
    """One line of the table: samples in seconds (or plain numbers for a ratio)."""

    name: str
    samples: list[float]
    target: str = ""
    limit: float | None = None
    """The figure meets its target when its median is at most this (None: for information)."""
    unit: str = "ms"
    notes: list[str] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def minimum(self) -> float:
        return min(self.samples)

    @property
    def verdict(self) -> str:
        if self.limit is None:
            return ""
        return "ok" if self.median <= self.limit else "MISSED"

    def shown(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:.1f} ms"
        if self.unit == "x":
            return f"{value:.2f}x"
        return f"{value:g} {self.unit}".strip()


# --- helpers -------------------------------------------------------------------------


def cached_journal(count: int, folder: Path = CACHE) -> Path:
    """The synthetic journal of `count` encounters, built on first use (100,000: ~16 s)."""
    folder.mkdir(parents=True, exist_ok=True)
    return build_journal(folder / f"journal-{count}.wbj", count)


def working_copy(journal: Path, folder: Path) -> Path:
    """A copy the benchmarks may write to (sqlite's -wal/-shm files are checkpointed away)."""
    target = folder / journal.name
    shutil.copyfile(journal, target)
    return target


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, English, and a throwaway home so no real settings or journal are touched."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WELLBEING_HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        LANG="en_GB.UTF-8",
    )
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    return env


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def wellbeing_command(journal: Path, *args: str) -> list[str]:
    """`wellbeing --journal P …`; the console script when installed, else `python -m`."""
    script = Path(sys.executable).with_name("wellbeing")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "wellbeing"]
    return [*head, "--journal", str(journal), *args]


# --- 1. start-up ---------------------------------------------------------------------


def _start_child(mode: str, journal: Path, env: dict[str, str]) -> dict[str, float]:
    """Run one start-up child; times are seconds from just before Popen."""
    command = [sys.executable, str(CHILD), mode]
    if mode == "app":
        command += ["--journal", str(journal)]
    before = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"start-up child {mode} failed:\n{done.stderr}")
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    return {name: (value - before if name != "rows" else value) for name, value in marks.items()}


def bench_startup(journal: Path, runs: int, home: Path) -> list[Figure]:
    """Process start → main window painted, app vs bare QMainWindow, interleaved runs."""
    env = child_env(home)
    _start_child("bare", journal, env)  # warm the OS file cache and .pyc files once
    _start_child("app", journal, env)
    bare, app = [], []
    for _ in range(runs):
        bare.append(_start_child("bare", journal, env))
        app.append(_start_child("app", journal, env))
    bare_painted = [b["painted"] for b in bare]
    app_painted = [a["painted"] for a in app]
    rows = [a.get("rows_painted", float("nan")) for a in app]
    return [
        Figure("start-up: bare QMainWindow painted", bare_painted, "baseline"),
        Figure("start-up: wellbeing window painted", app_painted, "≤ 1.5x baseline"),
        Figure(
            "start-up ratio wellbeing / bare (medians)",
            [statistics.median(app_painted) / statistics.median(bare_painted)],
            "≤ 1.50x",
            1.5,
            "x",
        ),
        Figure("start-up:   app: python up, script starts", [a["child_start"] for a in app]),
        Figure("start-up:   app: imports + QApplication ready", [a["app_ready"] for a in app]),
        Figure(
            "start-up:   app: window built, first page in model", [a["window_built"] for a in app]
        ),
        Figure(
            f"start-up:   app: first journal rows painted ({int(app[0].get('rows', 0))} rows)",
            rows,
        ),
        Figure("start-up:   bare: imports + QApplication ready", [b["app_ready"] for b in bare]),
    ]


# --- 2. saving one encounter ---------------------------------------------------------


def _new_encounters(client_id: str, count: int) -> list:
    """`count` new, valid encounters of the last hours, with two behaviours and one emotion."""
    from wellbeing.domain import vocabulary as vocab
    from wellbeing.domain.model import Encounter, EncounterKind

    now = datetime.now().replace(second=0, microsecond=0)
    return [
        Encounter(
            client_id=client_id,
            occurred_at=now - timedelta(minutes=index),
            impact=6,
            kind=EncounterKind.DIFFICULT,
            what_happened="Called at 8 a.m. on a Saturday about the invoice.",
            behaviours=(vocab.BEHAVIOURS[0].key, vocab.BEHAVIOURS[2].key),
            emotions=(vocab.EMOTIONS[0].key,),
            assertiveness=3,
            company_confidence=3,
        )
        for index in range(count)
    ]


def _make_up_for_lost_true_references(before: int, emits: int, notes: list[str]) -> None:
    """Work around a PySide6 refcount bug seen with 6.12.0 on Python 3.11.

    SignalInstance.emit() returns True without taking a reference to it, so every emit from
    Python drops one reference to True; JournalStore.save_encounter emits once per save, and
    after a few hundred the interpreter aborts at exit ("bool_dealloc: deallocating True or
    False"). The lost references are given back so that this process ends cleanly, and the
    loss is reported as a note.
    """
    import ctypes

    lost = before - sys.getrefcount(True)
    if lost <= 0:
        return
    for _ in range(lost):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    from PySide6 import __version__ as pyside

    notes.append(
        f"PySide6 {pyside}: {lost} references to True were lost over {emits} "
        "JournalStore.save_encounter calls (Signal.emit() returns True without a reference); "
        "a long GUI session aborts once True's count reaches zero; given back here"
    )


def bench_save(journal: Path, saves: int, notes: list[str]) -> list[Figure]:
    """journal.save_encounter and JournalStore.save_encounter on the opened, file-backed journal."""
    from wellbeing.store import journal as store
    from wellbeing.store import open_journal

    db = open_journal(journal)
    try:
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        level = db.execute("PRAGMA synchronous").fetchone()[0]
        sync = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(level, level)
        client = store.find_client(db, "Client 01")
        assert client is not None, "the synthetic journal has no 'Client 01'"
        batch = _new_encounters(client.id, 2 * saves)
        direct = [timed(lambda e=e: store.save_encounter(db, e)) for e in batch[:saves]]
        figures = [
            Figure(
                f"save_encounter (journal, {mode}, synchronous={sync}; n={saves})",
                direct,
                "< 10 ms",
                0.010,
            )
        ]
        try:
            from wellbeing.ui.journal_store import JournalStore
        except ImportError:  # no Qt: the store bridge cannot be measured
            return figures
        bridge = JournalStore(db, journal)
        true_refs = sys.getrefcount(True)
        via_bridge = [
            timed(lambda e=e: bridge.save_encounter(e, "Client 01")) for e in batch[saves:]
        ]
        _make_up_for_lost_true_references(true_refs, saves, notes)
        figures.append(
            Figure(
                f"JournalStore.save_encounter (GUI path; n={saves})", via_bridge, "< 10 ms", 0.010
            )
        )
        return figures
    finally:
        db.close()


# --- 3. opening the journal list -----------------------------------------------------


COLD_LIST = """
import sys, time
start = time.perf_counter()
from wellbeing.store import journal, open_journal
db = open_journal(sys.argv[1])
lines, _ = journal.encounter_lines(db, limit=300)
assert lines
print(time.perf_counter() - start)
"""


def bench_open_list(journal: Path, runs: int, home: Path) -> list[Figure]:
    """open_journal + the first page of 300 lines, as JournalPage.reload; then every page.

    Measured in this process (modules already imported) and in a fresh process, where the
    figure includes importing the store and sqlite-utils, as the app pays once at start.
    """
    from wellbeing.store import journal as store
    from wellbeing.store import open_journal

    env = child_env(home)
    open_journal(journal).close()  # imports out of the in-process figures (see the fresh one)
    opens, firsts, totals, alls, colds, summaries = [], [], [], [], [], []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        db = open_journal(journal)
        opened = time.perf_counter()
        lines, _cursor = store.encounter_lines(db, limit=300)
        first = time.perf_counter()
        assert lines, "the journal list's first page is empty"
        count = len(store.all_encounter_lines(db))
        done = time.perf_counter()
        summaries.append(timed(lambda db=db: store.client_summaries(db)))
        db.close()
        opens.append(opened - start)
        firsts.append(first - opened)
        totals.append(first - start)
        alls.append(done - first)
        cold = subprocess.run(
            [sys.executable, "-c", COLD_LIST, str(journal)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        colds.append(float(cold.stdout.strip()))
    return [
        Figure("list: open_journal", opens),
        Figure("list: encounter_lines(limit=300)", firsts),
        Figure("list: open + first 300 rows", totals, "< 300 ms", 0.300),
        Figure("list: same in a fresh process, imports included", colds, "< 300 ms", 0.300),
        Figure(f"list: all_encounter_lines ({count} lines, info)", alls),
        Figure("clients: client_summaries (info; when Clients is first shown)", summaries),
    ]


# --- 4. `wellbeing log` --------------------------------------------------------------


def imported_modules(command: list[str], env: dict[str, str]) -> list[tuple[int, str]]:
    """(cumulative µs, module) of every import of the command, from `python -X importtime`."""
    if command[0] != sys.executable:  # console script: run its module under our interpreter
        command = [sys.executable, "-m", "wellbeing", *command[1:]]
    command = [command[0], "-X", "importtime", *command[1:]]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    modules = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line.removeprefix("import time:").split("|")
        modules.append((int(cumulative), name.strip()))
    return modules


def bench_log(journal: Path, runs: int, home: Path) -> tuple[list[Figure], list[str]]:
    """Wall time of `wellbeing log` as a subprocess, against `python -c pass` in the same run."""
    env = child_env(home)
    log = wellbeing_command(journal, "log", "--client", "Client 01", "--impact", "5")
    empty = [sys.executable, "-c", "pass"]

    def run(command: list[str]) -> float:
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")
        return elapsed

    run(empty), run(log)  # warm-up
    pythons, logs = [], []
    for _ in range(runs):
        pythons.append(run(empty))
        logs.append(run(log))
    modules = imported_modules(log, env)
    gui = sorted({name.split(".")[0] for _, name in modules if name.startswith(GUI_MODULES)})
    top_level = sorted(((us, name) for us, name in modules if "." not in name), reverse=True)[:6]
    figures = [
        Figure("python -c pass", pythons, "baseline"),
        Figure("wellbeing log (subprocess)", logs, "< 250 ms", 0.250),
        Figure(
            "wellbeing log minus python -c pass (medians)",
            [statistics.median(logs) - statistics.median(pythons)],
        ),
    ]
    gui_imports = f"yes ({', '.join(gui)})" if gui else "no"
    notes = [
        f"`wellbeing log` imports PySide6/matplotlib: {gui_imports}",
        "heaviest top-level imports of `wellbeing log` (cumulative, -X importtime): "
        + ", ".join(f"{name} {us / 1000:.0f} ms" for us, name in top_level),
    ]
    return figures, notes


# --- running and printing ------------------------------------------------------------


def run_all(
    count: int = 100_000,
    runs: int = 5,
    saves: int = 200,
    cache: Path = CACHE,
    progress: Callable[[str], None] = lambda _text: None,
) -> tuple[list[Figure], list[str]]:
    """Every benchmark on one working copy of the cached journal; returns figures and notes."""
    progress(f"journal of {count} encounters (cached in {cache})…")
    journal = cached_journal(count, cache)
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        home.mkdir()
        work = working_copy(journal, folder)
        figures: list[Figure] = []
        progress("start-up…")
        figures += bench_startup(work, runs, home)
        progress("journal list…")
        figures += bench_open_list(work, runs, home)
        progress("wellbeing log…")
        log_figures, notes = bench_log(work, runs, home)
        figures += log_figures
        progress("saving…")
        figures += bench_save(work, saves, notes)
    return figures, notes


def table(figures: Sequence[Figure]) -> str:
    width = max(len(f.name) for f in figures)
    lines = [
        f"{'benchmark':<{width}}  {'median':>10}  {'min':>10}  {'target':<16} result",
        "-" * (width + 50),
    ]
    for f in figures:
        lines.append(
            f"{f.name:<{width}}  {f.shown(f.median):>10}  {f.shown(f.minimum):>10}  "
            f"{f.target:<16} {f.verdict}".rstrip()
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="encounters in the journal")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median, min)")
    parser.add_argument("--saves", type=int, default=200, help="saves timed one by one")
    parser.add_argument("--cache", type=Path, default=CACHE, help="folder of cached journals")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures, notes = run_all(
        args.count,
        args.runs,
        args.saves,
        args.cache,
        progress=lambda text: print(text, file=sys.stderr, flush=True),
    )
    print(
        f"Wellbeing Journal benchmarks: {args.count} encounters, {args.runs} runs, "
        f"Python {sys.version.split()[0]}, {sys.platform}"
    )
    print(table(figures))
    for note in notes:
        print(f"- {note}")
    print(f"(total {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
