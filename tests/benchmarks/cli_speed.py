"""The command line's speed beside jrnl, measured in the same run (issue 16).

    cd /work/main && .venv/bin/python tests/benchmarks/cli_speed.py [--runs 7]

Prints figures, asserts nothing (project rule). Every figure gives its minimum, median and
maximum over the runs; the runs are interleaved (jrnl, then each way of `wellbeing log`, in
turn), so a busy machine slows both sides of a ratio alike. A ratio is wellbeing's median
over jrnl's, followed by the smallest and largest of the per-run ratios.

- jrnl: `jrnl TEXT` adds one entry to a plain-text journal of 1,000 or 20,000 entries (its
  default configuration: not encrypted). Found as JRNL, on PATH, or in /tmp/jrnl-venv
  (`python3 -m venv /tmp/jrnl-venv && /tmp/jrnl-venv/bin/pip install jrnl`); without it the
  jrnl lines say so and the wellbeing figures are still printed.
- `wellbeing log` on an encrypted journal of the same size, three ways: with the passphrase
  (the key derivation, Argon2id, about 0.1 s by design), with the key remembered in the keyring
  (`wellbeing remember`), and handed over to the app running on the journal (started here,
  offscreen). This machine has no Secret Service, so the keyring is a plain file
  (file_keyring.py, chosen with PYTHON_KEYRING_BACKEND): the figure covers importing keyring
  and reading one key, not a desktop keyring's D-Bus round trip.
- `wellbeing list --json` peak memory (the child's ru_maxrss) at 10,000 and 100,000 encounters,
  beside a child that holds the whole list first, as `list --json` did before it streamed.
  With the passphrase, the key derivation's own 64 MiB (Argon2id) sets the peak; the
  remembered key shows the listing's own (SQLite's page cache for a command is 2 MB).
- `wellbeing insights` on the demo journal (`wellbeing demo`), with the passphrase and with
  the remembered key; the goal is under 0.5 s.
- Notes: the heavy packages a handed-off log and a remembered-key log import (the latter
  needs keyring and sqlcipher3, not sqlite-utils: issue 16).

Children run with compiled bytecode allowed (an installed app has its .pyc files; this
workplace sets PYTHONDONTWRITEBYTECODE, which would time Python compiling the sources), a
throwaway home, and their sockets in the run's temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests.benchmarks` importable
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.file_keyring import FILE_ENV  # noqa: E402
from tests.benchmarks.journal_factory import PASSPHRASE_ENV, build_journals, passphrase  # noqa: E402

CACHE = ROOT / ".benchmarks"
HEAVY = ("PySide6", "sqlite_utils", "sqlcipher3", "numpy", "matplotlib", "keyring", "cryptography")
JRNL_VENV = Path("/tmp/jrnl-venv/bin/jrnl")


@dataclass
class Series:
    name: str
    samples: list[float]
    unit: str = "ms"
    baseline: Series | None = None
    """jrnl's series measured in the same runs, for the ratio."""
    goal: str = ""

    def shown(self, value: float) -> str:
        return f"{value * 1000:.0f} ms" if self.unit == "ms" else f"{value:.0f} {self.unit}"

    def ratio(self) -> str:
        if self.baseline is None or not self.baseline.samples:
            return ""
        median = statistics.median(self.samples) / statistics.median(self.baseline.samples)
        each = [a / b for a, b in zip(self.samples, self.baseline.samples, strict=True)]
        return f"{median:.2f}x ({min(each):.2f}-{max(each):.2f})"

    def line(self) -> str:
        low, mid, high = min(self.samples), statistics.median(self.samples), max(self.samples)
        figures = f"{self.shown(low):>9} {self.shown(mid):>9} {self.shown(high):>9}"
        return f"{self.name:<52} {figures}  {self.ratio():<20} {self.goal}".rstrip()


# --- children ------------------------------------------------------------------------


def child_env(home: Path, keyring_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("XDG_RUNTIME_DIR", None)  # sockets go to TMPDIR, this run's folder
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    env.update(
        {PASSPHRASE_ENV: passphrase(), FILE_ENV: str(keyring_file)},
        QT_QPA_PLATFORM="offscreen",
        WELLBEING_HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        TMPDIR=str(home),
        LANG="en_GB.UTF-8",
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="tests.benchmarks.file_keyring.FileKeyring",
    )
    return env


def wellbeing(journal: Path, *args: str) -> list[str]:
    """The console script when installed (as a user runs it), else `python -m wellbeing`."""
    script = Path(sys.executable).with_name("wellbeing")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "wellbeing"]
    return [*head, *args, "--journal", str(journal)]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return elapsed


MEASURER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_pid, status, usage = os.wait4(child.pid, 0)
code = os.waitstatus_to_exitcode(status)
sys.stderr.write(child.stderr.read().decode()) if code else None
print(usage.ru_maxrss, code)
"""
"""Runs the command and prints its peak resident memory (KiB). A child's ru_maxrss starts
from its parent's resident size at fork, so a small process forks it, not this one (which
holds a journal's worth of objects): `python -c pass` under it gives the floor."""


def peak_rss_mb(command: list[str], env: dict[str, str]) -> float:
    """The command's own peak resident memory, its output thrown away."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURER, *command], env=env, capture_output=True, text=True
    )
    kib, code = done.stdout.split()
    if int(code) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr}")
    return int(kib) / 1024


def working_copy(journal: Path, folder: Path, name: str) -> Path:
    from wellbeing.store.keys import key_file_path

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.wbj"
    shutil.copyfile(journal, target)
    shutil.copyfile(key_file_path(journal), key_file_path(target))
    return target


def remembered(journal: Path, env: dict[str, str]) -> Path:
    subprocess.run(wellbeing(journal, "remember"), env=env, check=True, capture_output=True)
    return journal


# --- the running app -----------------------------------------------------------------


def app_ready(journal: Path, env: dict[str, str]) -> bool:
    """Whether the app on `journal` takes hand-offs yet: an empty entry is refused (nothing
    saved) once its journal is open, and 'unavailable' while it still opens it."""
    from wellbeing.services import handoff

    saved = {name: os.environ.get(name) for name in ("TMPDIR", "XDG_RUNTIME_DIR")}
    os.environ["TMPDIR"] = env["TMPDIR"]
    os.environ.pop("XDG_RUNTIME_DIR", None)
    try:
        path = handoff.server_name(journal)
    finally:
        for name, value in saved.items():  # as they were, unset ones unset again
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(2)
            probe.connect(path)
            probe.sendall(b"log {}\n")
            return b"refused" in probe.recv(4096)
    except OSError:
        return False


@contextmanager
def running_app(journal: Path, env: dict[str, str]) -> Iterator[None]:
    """`wellbeing --journal J` offscreen, until its journal is open; stopped afterwards."""
    process = subprocess.Popen(
        wellbeing(journal), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while not app_ready(journal, env):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the app did not open its journal")
            time.sleep(0.1)
        yield
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


# --- jrnl ----------------------------------------------------------------------------


def find_jrnl() -> str | None:
    for candidate in (os.environ.get("JRNL"), shutil.which("jrnl"), str(JRNL_VENV)):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def jrnl_env(folder: Path, count: int) -> dict[str, str]:
    """A plain-text jrnl journal of `count` entries and the configuration pointing at it."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = folder / "journal.txt"
    start = datetime(2024, 1, 1, 9, 0)
    with entries.open("w", encoding="utf-8") as out:
        for index in range(count):
            moment = start + timedelta(hours=3 * index)
            out.write(
                f"[{moment:%Y-%m-%d %I:%M:%S %p}] Client {index % 40:02d}: impact 5.\n"
                "Called again about the invoice, called again about the invoice.\n\n"
            )
    config = folder / "config" / "jrnl"
    config.mkdir(parents=True, exist_ok=True)
    (config / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: true\n"
        f"indent_character: '|'\njournals:\n  default:\n    journal: {entries}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\n"
        "version: v4.6\n"
    )
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


# --- the figures ---------------------------------------------------------------------


def bench_log(
    counts: tuple[int, ...], runs: int, folder: Path, env: dict[str, str], jrnl: str | None
) -> list[Series]:
    figures: list[Series] = []
    for count in counts:
        source = build_journals(CACHE, count).encrypted
        by_passphrase = working_copy(source, folder / f"log-{count}", "passphrase")
        by_keyring = remembered(working_copy(source, folder / f"log-{count}", "keyring"), env)
        by_app = working_copy(source, folder / f"log-{count}", "app")
        log = ("log", "--client", "Client 01", "--impact", "5")
        commands = {
            "passphrase": wellbeing(by_passphrase, *log),
            "keyring": wellbeing(by_keyring, *log),
            "app": wellbeing(by_app, *log),
        }
        jrnl_command = [jrnl, "Client 01: impact 5."] if jrnl else None
        jrnl_environment = jrnl_env(folder / f"jrnl-{count}", count) if jrnl else {}
        samples: dict[str, list[float]] = {"jrnl": [], "python": [], **{k: [] for k in commands}}
        with running_app(by_app, env):
            for command in commands.values():  # warm the caches once
                timed(command, env)
            for _ in range(runs):
                if jrnl_command:
                    samples["jrnl"].append(timed(jrnl_command, jrnl_environment))
                samples["python"].append(timed([sys.executable, "-c", "pass"], env))
                for name, command in commands.items():
                    samples[name].append(timed(command, env))
        baseline = Series(f"jrnl add, {count:,} entries (plain text)", samples["jrnl"])
        if baseline.samples:
            figures.append(baseline)
        figures += [
            Series("python -c pass (interpreter start-up)", samples["python"]),
            Series(
                f"wellbeing log, {count:,}: passphrase (KDF)", samples["passphrase"], "ms", baseline
            ),
            Series(f"wellbeing log, {count:,}: remembered key", samples["keyring"], "ms", baseline),
            Series(
                f"wellbeing log, {count:,}: handed to the running app",
                samples["app"],
                "ms",
                baseline,
                "goal <= 0.5x jrnl",
            ),
        ]
    return figures


HOLD_ALL = """
import json, sys
from pathlib import Path
from wellbeing.cli import _as_json
from wellbeing.store import journal, open_journal
db = open_journal(Path(sys.argv[1]), sys.argv[2])
names = {c.id: c.name for c in journal.list_clients(db)}
print(json.dumps([_as_json(e, names[e.client_id]) for e in journal.list_encounters(db)],
                 indent=2, ensure_ascii=False))
"""
"""`list --json` as it was before it streamed: the whole list held, then printed."""


def bench_list_memory(
    counts: tuple[int, ...], runs: int, folder: Path, env: dict[str, str]
) -> list[Series]:
    figures = []
    for count in counts:
        source = build_journals(CACHE, count).encrypted
        by_passphrase = working_copy(source, folder / f"list-{count}", "passphrase")
        by_keyring = remembered(working_copy(source, folder / f"list-{count}", "keyring"), env)
        held, streamed, streamed_keyring, floor = [], [], [], []
        for _ in range(runs):
            floor.append(peak_rss_mb([sys.executable, "-c", "pass"], env))
            held.append(
                peak_rss_mb([sys.executable, "-c", HOLD_ALL, str(by_passphrase), passphrase()], env)
            )
            streamed.append(peak_rss_mb(wellbeing(by_passphrase, "list", "--json"), env))
            streamed_keyring.append(peak_rss_mb(wellbeing(by_keyring, "list", "--json"), env))
        figures += [
            Series("peak memory of python -c pass (the floor)", floor, "MB"),
            Series(f"list --json, {count:,}: whole list held (before)", held, "MB"),
            Series(f"list --json, {count:,}: streamed, passphrase", streamed, "MB"),
            Series(f"list --json, {count:,}: streamed, remembered key", streamed_keyring, "MB"),
        ]
    return figures


def bench_insights(runs: int, folder: Path, env: dict[str, str]) -> list[Series]:
    demo = folder / "demo" / "journal.wbj"
    demo.parent.mkdir(parents=True)
    subprocess.run(wellbeing(demo, "demo"), env=env, check=True, capture_output=True)
    by_keyring = remembered(working_copy(demo, folder / "demo", "keyring"), env)
    by_passphrase, by_key = wellbeing(demo, "insights"), wellbeing(by_keyring, "insights")
    timed(by_passphrase, env), timed(by_key, env)
    passphrase_runs, keyring_runs = [], []
    for _ in range(runs):
        passphrase_runs.append(timed(by_passphrase, env))
        keyring_runs.append(timed(by_key, env))
    return [
        Series("insights, demo journal: passphrase (KDF)", passphrase_runs, goal="goal < 500 ms"),
        Series("insights, demo journal: remembered key", keyring_runs, goal="goal < 500 ms"),
    ]


def imported_heavy(journal: Path, env: dict[str, str]) -> str:
    """Which heavy packages `wellbeing log` on `journal` imports."""
    command = [sys.executable, "-X", "importtime", "-m", "wellbeing", "log"]
    command += ["--client", "Client 01", "--impact", "5", "--journal", str(journal)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    names = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    heavy = sorted({name.split(".")[0] for name in names if name.startswith(HEAVY)})
    return ", ".join(heavy) or "none of " + ", ".join(HEAVY)


def handoff_imports(folder: Path, env: dict[str, str]) -> str:
    """Which heavy packages `wellbeing log` imports when the app takes the entry."""
    journal = working_copy(build_journals(CACHE, 1000).encrypted, folder / "imports", "app")
    with running_app(journal, env):
        return imported_heavy(journal, env)


def remembered_imports(folder: Path, env: dict[str, str]) -> str:
    """Which heavy packages `wellbeing log` imports with the key remembered (it needs the
    keyring and the driver; sqlite-utils only for a journal it must upgrade first)."""
    source = build_journals(CACHE, 1000).encrypted
    return imported_heavy(remembered(working_copy(source, folder / "imports", "keyring"), env), env)


def run_all(
    runs: int, log_counts: tuple[int, ...], list_counts: tuple[int, ...], list_runs: int
) -> tuple[list[Series], list[str]]:
    jrnl = find_jrnl()
    notes = [] if jrnl else ["jrnl not found (JRNL, PATH, /tmp/jrnl-venv): no jrnl figures"]
    with tempfile.TemporaryDirectory(prefix="wb-cli-") as temporary:
        folder = Path(temporary)
        home = folder / "home"
        home.mkdir()
        env = child_env(home, folder / "keyring.json")
        figures = bench_log(log_counts, runs, folder, env, jrnl)
        figures += bench_list_memory(list_counts, list_runs, folder, env)
        figures += bench_insights(runs, folder, env)
        notes.append(f"heavy packages imported by a handed-off log: {handoff_imports(folder, env)}")
        notes.append(
            "heavy packages imported by a remembered-key log: " + remembered_imports(folder, env)
        )
    return figures, notes


def table(figures: list[Series]) -> str:
    head = f"{'figure':<52} {'min':>9} {'median':>9} {'max':>9}  {'vs jrnl':<20} goal"
    return "\n".join([head, *(figure.line() for figure in figures)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="interleaved runs per figure")
    parser.add_argument("--list-runs", type=int, default=3, help="runs of each list --json")
    parser.add_argument("--quick", action="store_true", help="small journals (a smoke run)")
    parser.add_argument("--json", action="store_true", help="the samples, machine-readable")
    options = parser.parse_args()
    log_counts, list_counts = (
        ((50, 100), (100, 200)) if options.quick else ((1000, 20000), (10000, 100000))
    )
    figures, notes = run_all(options.runs, log_counts, list_counts, options.list_runs)
    if options.json:
        print(json.dumps({f.name: f.samples for f in figures}, indent=2))
    else:
        print(table(figures))
        for note in notes:
            print(f"note: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
