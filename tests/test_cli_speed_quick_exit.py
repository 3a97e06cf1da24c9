"""`wellbeing log` as a program ends as soon as its entry is saved (issue 16), skipping
Python's clean-up at exit: what it prints, its exit code and the journal are as before,
and the journal is free for the next command at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE
from wellbeing.store import open_journal
from wellbeing.store.locks import exclusive

ROOT = Path(__file__).resolve().parents[1]


def wellbeing(journal: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """`python -m wellbeing`, its output through pipes, buffered as in a user's script."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.run(
        [sys.executable, "-m", "wellbeing", *args, "--journal", str(journal)],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_logged_entry_is_printed_saved_and_the_journal_released(journal_path: Path):
    first = wellbeing(journal_path, "log", "--client", "Acme", "--impact", "4")
    assert first.returncode == 0, first.stderr
    assert "Recovery key:" in first.stderr  # the new journal's, written out in full
    text = "A long private text, read from standard input. " * 2000
    done = wellbeing(
        journal_path, "log", "--client", "Acme", "--impact", "6", "--text", "-", stdin=text
    )
    assert done.returncode == 0, done.stderr
    (encounter_id,) = done.stdout.split()
    assert len(encounter_id) == 32 and done.stderr == ""

    with exclusive(journal_path, 0.0, "still held by the finished command"):
        db = open_journal(journal_path, PASSPHRASE, held=False)
        try:
            row = db.execute(
                "SELECT impact, what_happened FROM encounters WHERE id = ?", [encounter_id]
            ).fetchone()
        finally:
            db.close()
    assert row == (6, text.rstrip("\n"))


def test_a_refused_entry_still_says_why_and_exits_2(journal_path: Path):
    assert wellbeing(journal_path, "log", "--client", "Acme", "--impact", "4").returncode == 0
    done = wellbeing(journal_path, "log", "--client", "Nobody", "--impact", "4", "--strict-client")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("wellbeing: ") and "Nobody" in done.stderr


def test_a_profiled_log_still_ends_the_usual_way_and_writes_its_profile(
    journal_path: Path, tmp_path: Path
):
    profile = tmp_path / "log.prof"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "wellbeing", "log"]
    command += ["--client", "Acme", "--impact", "4", "--journal", str(journal_path)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert profile.stat().st_size > 0
