"""Performance benchmarks of Wellbeing Journal on a large synthetic journal.

    cd /work/main && .venv/bin/python tests/benchmarks/run_benchmarks.py [--count 100000] [--runs 5]

Prints figures, never asserts on time (project rule): each figure is the median and the minimum
of several runs, next to its target; start-up and `wellbeing log` are compared, as ratios or side
by side, with a baseline measured in the same run, so that a slower machine does not move them.

The journal is encrypted (SQLCipher, data key wrapped by Argon2id from the passphrase): the
passphrase is WELLBEING_PASSPHRASE when set, else a fixed benchmark one, and every subprocess
(the GUI start-up child, `wellbeing log`) gets it in WELLBEING_PASSPHRASE, so no dialog or prompt
appears. Unlocking runs the key derivation (about 0.4 s at N=2^17, by design, against guessing);
it is measured alone, and the figures that include it are also given without it. Encryption's
own cost is measured against an unencrypted twin of the same journal (same rows, same ids),
opened with the private `connection._open(path, None)`: open + first page, and saving one encounter.

The pair of journals is built once by journal_factory.build_journals and cached in .benchmarks/
(ignored by git; `encrypted-journal-N.wbj` + `.key`, `plain-twin-N.sqlite`); every run works on
fresh copies in a temporary folder, so the saves and `log` runs never grow the cached journals.
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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.journal_factory import (  # noqa: E402
    PASSPHRASE_ENV,
    JournalPair,
    build_journals,
    passphrase,
)

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


def cached_journals(count: int, folder: Path = CACHE) -> JournalPair:
    """The encrypted journal of `count` encounters and its unencrypted twin, built on first use
    (100,000: about 35 s for the pair)."""
    return build_journals(folder, count)


def working_copy(journal: Path, folder: Path) -> Path:
    """A copy the benchmarks may write to, with its key file when it has one (sqlite's -wal/-shm
    files are checkpointed away when the cached journal is built)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / journal.name
    shutil.copyfile(journal, target)
    key = key_file_path(journal)
    if key.exists():
        shutil.copyfile(key, key_file_path(target))
    return target


def key_file_path(journal: Path) -> Path:
    from wellbeing.store.keys import key_file_path as path_of_key

    return path_of_key(journal)


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, English, the journal's passphrase, and a throwaway home so no real settings
    or journal are touched."""
    env = dict(os.environ)
    env.update(
        {PASSPHRASE_ENV: passphrase()},
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
    if mode in ("app", "lock"):
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
        Figure(
            "first rows ratio wellbeing rows / bare painted (each run)",
            [a["rows_painted"] / b["painted"] for a, b in zip(app, bare, strict=True)],
            "≤ 2.00x",
            2.0,
            "x",
        ),
        Figure("start-up:   app: python up, script starts", [a["child_start"] for a in app]),
        Figure("start-up:   app: imports + QApplication ready", [a["app_ready"] for a in app]),
        Figure(
            "start-up:   app: journal unlocked + open (incl. key derivation)",
            [a["journal_open"] for a in app],
        ),
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


def _save_figures_name(db) -> str:  # type: ignore[no-untyped-def]
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    level = db.execute("PRAGMA synchronous").fetchone()[0]
    sync = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}.get(level, level)
    return f"{mode}, synchronous={sync}"


def bench_save(pair: JournalPair, saves: int, notes: list[str]) -> list[Figure]:
    """journal.save_encounter on the encrypted journal and on its unencrypted twin (interleaved,
    one save on each in turn, so both see the same disk), then JournalStore.save_encounter (the
    GUI path) on the encrypted one. Both journals are opened once: no key derivation here."""
    from wellbeing.store import journal as store
    from wellbeing.store import open_journal
    from wellbeing.store.connection import _open

    db = open_journal(pair.encrypted, passphrase())
    plain = _open(pair.plain, None)
    try:
        setting = _save_figures_name(db)
        assert setting == _save_figures_name(plain), "the twins are not set up alike"
        client = store.find_client(db, "Client 01")
        twin_client = store.find_client(plain, "Client 01")
        assert client is not None, "the synthetic journal has no 'Client 01'"
        assert twin_client == client, "the unencrypted twin differs from the encrypted journal"
        batch = _new_encounters(client.id, 3 * saves)
        encrypted, unencrypted = [], []
        for index, encounter in enumerate(batch[:saves]):
            twin = batch[saves + index]
            order = [(db, encounter, encrypted), (plain, twin, unencrypted)]
            for database, new, samples in order if index % 2 else reversed(order):
                samples.append(timed(lambda d=database, e=new: store.save_encounter(d, e)))
        figures = [
            Figure(
                f"save_encounter encrypted (journal, {setting}; n={saves})",
                encrypted,
                "< 10 ms",
                0.010,
            ),
            Figure(f"save_encounter unencrypted twin (n={saves})", unencrypted, "comparison"),
            Figure(
                "save ratio encrypted / unencrypted (medians)",
                [statistics.median(encrypted) / statistics.median(unencrypted)],
                "< 1.30x",
                1.3,
                "x",
            ),
        ]
        try:
            from wellbeing.ui.journal_store import JournalStore
        except ImportError:  # no Qt: the store bridge cannot be measured
            return figures
        bridge = JournalStore(db, pair.encrypted)
        true_refs = sys.getrefcount(True)
        via_bridge = [
            timed(lambda e=e: bridge.save_encounter(e, "Client 01")) for e in batch[2 * saves :]
        ]
        _make_up_for_lost_true_references(true_refs, saves, notes)
        figures.append(
            Figure(
                f"JournalStore.save_encounter (GUI path, encrypted; n={saves})",
                via_bridge,
                "< 10 ms",
                0.010,
            )
        )
        return figures
    finally:
        db.close()
        plain.close()


# --- 3. unlocking, and opening encrypted vs unencrypted --------------------------------


def bench_key_derivation(journal: Path, runs: int) -> Figure:
    """keys.unlock on the journal's key file: the key derivation the key file records, then
    unwrapping the data key (AES-GCM, negligible). At least 9 runs: other figures subtract its
    median."""
    from wellbeing.store import keys

    key_file = keys.read_key_file(keys.key_file_path(journal), journal)
    secret = passphrase()
    keys.unlock(key_file, secret, journal)  # imports (cryptography) out of the figure
    samples = [timed(lambda: keys.unlock(key_file, secret, journal)) for _ in range(max(runs, 9))]
    kdf = key_file.passphrase.kdf
    return Figure(
        f"key derivation: keys.unlock ({kdf.name}, {kdf.as_json()}; n={len(samples)})",
        samples,
        "by design",
    )


def _open_first_page(opener: Callable[[], object]) -> float:
    from wellbeing.store import journal as store

    start = time.perf_counter()
    db = opener()
    lines, _cursor = store.encounter_lines(db, limit=300)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    db.close()  # type: ignore[attr-defined]
    assert lines, "the journal list's first page is empty"
    return elapsed


def bench_open_encrypted(pair: JournalPair, runs: int) -> list[Figure]:
    """Open + first page of 300 journal lines (JournalPage.reload), in this process:

    - unencrypted twin: `_open(path, None)`;
    - encrypted, data key given: `_open(path, data_key)`, all of SQLCipher's work but no
      key derivation;
    - encrypted with the passphrase: `open_journal(path, passphrase)`, what the app does.

    The three are interleaved, in a rotating order, at least 15 times (each takes tens of ms).
    """
    from wellbeing.store import keys, open_journal
    from wellbeing.store.connection import _open

    secret = passphrase()
    key_file = keys.read_key_file(keys.key_file_path(pair.encrypted), pair.encrypted)
    data_key = keys.unlock(key_file, secret, pair.encrypted)
    openers = [
        lambda: _open(pair.plain, None),
        lambda: _open(pair.encrypted, data_key),
        lambda: open_journal(pair.encrypted, secret),
    ]
    for opener in openers:  # warm the OS file cache and the imports
        _open_first_page(opener)
    samples: list[list[float]] = [[], [], []]
    for run in range(max(runs, 15)):
        for which in (run % 3, (run + 1) % 3, (run + 2) % 3):
            samples[which].append(_open_first_page(openers[which]))
    plain, keyed, full = samples
    base = statistics.median(plain)
    return [
        Figure("open + first 300 rows: unencrypted twin (_open(path, None))", plain, "comparison"),
        Figure("open + first 300 rows: encrypted, data key given (no KDF)", keyed),
        Figure("open + first 300 rows: encrypted, open_journal(passphrase)", full),
        Figure(
            "open ratio encrypted / unencrypted, excluding KDF (medians)",
            [statistics.median(keyed) / base],
            "< 2.00x",
            2.0,
            "x",
        ),
        Figure(
            "open ratio encrypted / unencrypted, including KDF (medians)",
            [statistics.median(full) / base],
            "info (KDF)",
            unit="x",
        ),
    ]


# --- 4. opening the journal list -----------------------------------------------------


COLD_LIST = """
import os, sys, time
start = time.perf_counter()
from wellbeing.store import connection, journal, open_journal
unlocking = []
def timed_unlock(*args, unlock=connection.unlock_key_file):
    began = time.perf_counter()
    try:
        return unlock(*args)
    finally:
        unlocking.append(time.perf_counter() - began)
connection.unlock_key_file = timed_unlock
db = open_journal(sys.argv[1], os.environ["WELLBEING_PASSPHRASE"])
lines, _ = journal.encounter_lines(db, limit=300)
assert lines and len(unlocking) == 1
print(time.perf_counter() - start, unlocking[0])
"""


@contextmanager
def timing_unlock() -> Iterator[list[float]]:
    """Times every key-file unlock that open_journal makes (the key derivation), in this process.

    Wraps the name connection.unlock_key_file while the block runs: the package itself is
    not edited.
    """
    from wellbeing.store import connection

    unlock = connection.unlock_key_file
    durations: list[float] = []

    def timed_unlock(*args):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        try:
            return unlock(*args)
        finally:
            durations.append(time.perf_counter() - began)

    connection.unlock_key_file = timed_unlock  # type: ignore[assignment]
    try:
        yield durations
    finally:
        connection.unlock_key_file = unlock


def bench_open_list(journal: Path, runs: int, home: Path) -> list[Figure]:
    """open_journal + the first page of 300 lines, as JournalPage.reload; then every page.

    Measured in this process (modules already imported) and in a fresh process, where the
    figure includes importing the store and sqlite-utils, as the app pays once at start.
    open_journal includes the key derivation, timed inside each open (timing_unlock): the
    targets, set before encryption, are judged without it, and the totals are given too.
    """
    from wellbeing.store import journal as store
    from wellbeing.store import open_journal

    env = child_env(home)
    secret = passphrase()
    open_journal(journal, secret).close()  # imports out of the in-process figures
    opens, firsts, totals, alls, summaries = [], [], [], [], []
    colds: list[float] = []
    bare_totals: list[float] = []  # minus the key derivation of the same open
    bare_colds: list[float] = []
    count = 0
    for _ in range(runs):
        with timing_unlock() as unlocking:
            start = time.perf_counter()
            db = open_journal(journal, secret)
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
        bare_totals.append(first - start - unlocking[0])
        alls.append(done - first)
        cold = subprocess.run(
            [sys.executable, "-c", COLD_LIST, str(journal)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        total, derivation = map(float, cold.stdout.split())
        colds.append(total)
        bare_colds.append(total - derivation)
    return [
        Figure("list: open_journal (incl. KDF)", opens),
        Figure("list: encounter_lines(limit=300)", firsts),
        Figure("list: open + first 300 rows (incl. KDF)", totals, "info (KDF)"),
        Figure("list: open + first 300 rows minus its KDF", bare_totals, "< 300 ms", 0.300),
        Figure("list: same in a fresh process, imports + KDF incl.", colds, "info (KDF)"),
        Figure("list: same in a fresh process minus its KDF", bare_colds, "< 300 ms", 0.300),
        Figure(f"list: all_encounter_lines ({count} lines, info)", alls),
        Figure("clients: client_summaries (info; when Clients is first shown)", summaries),
    ]


# --- 5. `wellbeing log` --------------------------------------------------------------


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


def bench_log(journal: Path, runs: int, home: Path, kdf: float) -> tuple[list[Figure], list[str]]:
    """Wall time of `wellbeing log` as a subprocess, against `python -c pass` in the same run.

    The passphrase comes from WELLBEING_PASSPHRASE; unlocking costs the key derivation (`kdf`,
    its median measured alone), by design: issue 2's target (< 250 ms, before encryption) is
    judged without it, and the total is given too.
    """
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
        Figure("wellbeing log (subprocess, total incl. KDF)", logs, "info (KDF)"),
        Figure(
            "wellbeing log minus KDF (medians)",
            [statistics.median(logs) - kdf],
            "< 250 ms",
            0.250,
        ),
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
    """Every benchmark on working copies of the cached journals; returns figures and notes."""
    progress(f"encrypted journal of {count} encounters and its twin (cached in {cache})…")
    cached = cached_journals(count, cache)
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        home.mkdir()
        pair = JournalPair(
            working_copy(cached.encrypted, folder / "encrypted"),
            working_copy(cached.plain, folder / "plain"),
        )
        work = pair.encrypted
        figures: list[Figure] = []
        progress("key derivation…")
        derivation = bench_key_derivation(work, runs)
        figures.append(derivation)
        progress("open, encrypted vs unencrypted…")
        figures += bench_open_encrypted(pair, runs)
        progress("start-up…")
        figures += bench_startup(work, runs, home)
        progress("journal list…")
        figures += bench_open_list(work, runs, home)
        progress("wellbeing log…")
        log_figures, notes = bench_log(work, runs, home, derivation.median)
        figures += log_figures
        progress("saving…")
        figures += bench_save(pair, saves, notes)
    notes.append(
        "KDF = key derivation (Argon2id) when unlocking, by design; `minus its KDF`: the unlock "
        "timed inside the same open is subtracted; `wellbeing log minus KDF`: the median of "
        "keys.unlock measured alone is subtracted; unencrypted twin = same rows and ids, opened "
        "with _open(path, None)"
    )
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
