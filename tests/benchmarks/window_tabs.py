"""How long each tab of the main window blocks on first show, and the window's peak memory.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.window_tabs \
        [--count 100000] [--runs 3]

Each run is a fresh process (peak memory is per process) on a copy of the cached encrypted
journal (journal_factory, .benchmarks/). The child opens the journal, builds the main window
as `wellbeing` does, then visits Insights, Clients and Strengths in turn and comes back to
the journal, where it searches for a word, clears the search and saves one encounter. A
5 ms QTimer heartbeat notes the longest gap between two event-loop passes while each tab is
shown and loads (and after the search and the save): that is how long the window was
frozen. A tab counts as loaded once its content is on screen (Clients: its rows and their
advice; Insights: every chart in view drawn). Peak RSS (VmHWM) is read at the end, and the
same figures for a bare QMainWindow in the same run are printed beside them. Prints
figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_rss_mb(field: str = "VmHWM") -> float:
    """This process's peak RSS: VmHWM, which starts afresh at exec (ru_maxrss would carry
    the parent's peak, key derivations included, over fork and exec); VmRSS: right now."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Heartbeat:
    """The longest gap between two ticks of a 5 ms timer since the last reset."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def _wait(app, until, timeout: float = 120.0) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    while not until():
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the tab never finished loading")
    return time.perf_counter() - start


def _settle(app, beat: Heartbeat, seconds: float = 0.3) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def child(journal: Path, bare: bool) -> dict[str, float]:
    from PySide6.QtWidgets import QMainWindow

    from wellbeing.ui.app import create_application

    app, lang = create_application("en")
    if bare:
        window = QMainWindow()
        window.resize(1320, 840)
        window.show()
        app.processEvents()
        return {"peak_mb": peak_rss_mb()}
    from tests.benchmarks.journal_factory import passphrase
    from wellbeing.store import open_journal
    from wellbeing.ui.journal_store import JournalStore
    from wellbeing.ui.main_window import MainWindow

    window = MainWindow(lang)
    window.show()
    app.processEvents()
    window.install_store(JournalStore(open_journal(journal, passphrase()), journal))
    beat = Heartbeat()
    _settle(app, beat, 1.0)
    marks: dict[str, float] = {"after_open_mb": peak_rss_mb(), "open_rss_mb": peak_rss_mb("VmRSS")}

    def loaded_insights() -> bool:
        page = window.insights_page.built  # as the user would: never building it sooner
        return page is not None and not page.loading and page.data is not None and not page.drawing

    def loaded_clients() -> bool:
        page = window.clients_tab.built
        return (
            page is not None
            and page.model.rowCount() > 0
            and not page.loading
            and bool(page.advice)
        )

    for name, show, loaded in (
        ("insights", window.show_insights, loaded_insights),
        ("clients", window.show_clients, loaded_clients),
        ("strengths", window.show_strengths, lambda: window.strengths_page.isVisible()),
        ("journal", window.show_journal, lambda: window.journal_page.isVisible()),
    ):
        _settle(app, beat, 0.2)
        beat.reset()
        started = time.perf_counter()
        show()
        _wait(app, loaded)
        marks[f"{name}_loaded_s"] = time.perf_counter() - started
        _settle(app, beat, 0.5)  # what the tab does just after (charts painted, advice)
        marks[f"{name}_freeze_s"] = beat.longest
        marks[f"{name}_rss_mb"] = peak_rss_mb("VmRSS")
    search = window.journal_page.search  # a word typed in the search box, then cleared
    for name, text in (("search", "rude"), ("search_cleared", "")):
        _settle(app, beat, 0.2)
        beat.reset()
        search.setText(text)
        _settle(app, beat, 0.5)  # the search waits for typing to pause, then filters
        marks[f"{name}_freeze_s"] = beat.longest
    form = window.journal_page.form  # then save one encounter, as quick capture does
    form.client.lineEdit().setText("Benchmark client")
    form.impact.button(6).click()
    form.emotions.button("tense").click()
    form.behaviours.button("rude").click()
    before = window.store.count_encounters()
    beat.reset()
    started = time.perf_counter()
    window.save_encounter()
    _wait(app, lambda: window.store.count_encounters() > before)
    marks["save_s"] = time.perf_counter() - started
    _settle(app, beat, 1.0)  # the pages' reloads after a save (visible ones only)
    marks["save_freeze_s"] = beat.longest
    marks["peak_mb"] = peak_rss_mb()
    window.close()
    return marks


def run(count: int, runs: int) -> None:
    from tests.benchmarks.journal_factory import PASSPHRASE_ENV, build_journals, passphrase

    cached = build_journals(ROOT / ".benchmarks", count)
    results: list[dict[str, float]] = []
    bares: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="wellbeing-tabs-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WELLBEING_HOME=str(Path(tmp) / "h"))
        env[PASSPHRASE_ENV] = passphrase()
        for _ in range(runs):
            journal = Path(tmp) / cached.encrypted.name
            shutil.copyfile(cached.encrypted, journal)
            key = cached.encrypted.with_name(cached.encrypted.name + ".key")
            shutil.copyfile(key, journal.with_name(journal.name + ".key"))
            for bare, into in ((True, bares), (False, results)):
                command = [sys.executable, "-m", "tests.benchmarks.window_tabs", "--child"]
                command += [str(journal)] + (["--bare"] if bare else [])
                done = subprocess.run(
                    command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
                )
                if done.returncode:
                    raise RuntimeError(done.stderr)
                into.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"Main window tabs, {count} encounters, {runs} runs (min-max)")
    for name in results[0]:
        values = [r[name] for r in results]
        unit = "MB" if name.endswith("_mb") else "ms"
        scale = 1 if unit == "MB" else 1000
        print(
            f"  {name:<22} {min(values) * scale:7.0f} - {max(values) * scale:7.0f} {unit}"
            f"   (median {statistics.median(values) * scale:.0f})"
        )
    bare_peaks = [b["peak_mb"] for b in bares]
    print(f"  {'bare window peak_mb':<22} {min(bare_peaks):7.0f} - {max(bare_peaks):7.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=Path)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.bare)), flush=True)
        return 0
    run(args.count, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
