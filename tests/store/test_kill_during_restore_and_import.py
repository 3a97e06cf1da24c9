"""kill -9 during `wellbeing restore` and `wellbeing import`: nothing lost, never half done.

A child runs the command once undisturbed to learn how long it takes; then, on fresh
copies of the same journal, children are killed at seeded moments spread over the second
half of that time (the first half is start-up and key derivation).
After each kill the journal as the next start finds it must be whole: for a restore, either
the journal as it was, or the backup with the journal it replaced kept among the backups, or
an interrupted restore that `finish_restore` completes; for an import, all of the file or
none of it. Kills: 6 of each under CI, 10 locally (WELLBEING_RESTORE_KILLS=N overrides).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.store import journal, open_journal
from wellbeing.store.backup import list_backups
from wellbeing.store.restore import finish_restore, restore_interrupted

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

SEED = 20261204


def kills() -> int:
    default = 6 if os.environ.get("CI") else 10
    return int(os.environ.get("WELLBEING_RESTORE_KILLS", default))


def command(path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "wellbeing", "--journal", str(path), *args]


def child_env() -> dict[str, str]:
    root = Path(__file__).resolve().parents[2]
    return {**os.environ, "PYTHONPATH": str(root), "WELLBEING_PASSPHRASE": PASSPHRASE}


def timed_run(args: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(args, env=child_env(), check=True, capture_output=True, timeout=120)
    return time.monotonic() - started


def kill_after(args: list[str], delay: float) -> None:
    child = subprocess.Popen(
        args, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()


def names(path: Path) -> list[str]:
    db = open_journal(path, PASSPHRASE, held=False)
    try:
        return [client.name for client in journal.list_clients(db)]
    finally:
        db.close()


def log(path: Path, client: str) -> None:
    assert main(["--journal", str(path), "log", "--client", client, "--impact", "5"]) == 0


@pytest.fixture
def template(tmp_path: Path, capsys) -> Path:
    """A journal holding Acme in its backup and Acme + Globex now."""
    folder = tmp_path / "template"
    path = folder / "journal.wbj"
    log(path, "Acme")
    assert main(["--journal", str(path), "backup"]) == 0
    log(path, "Globex")
    capsys.readouterr()
    return path


def fresh_copy(template: Path, tmp_path: Path, n: int) -> Path:
    target = tmp_path / f"run-{n}"
    shutil.copytree(template.parent, target)
    return target / template.name


def test_kill_9_during_a_restore_loses_nothing(template: Path, tmp_path: Path):
    duration = timed_run(command(fresh_copy(template, tmp_path, 0), "restore", "latest"))
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {}
    for n in range(1, kills() + 1):
        path = fresh_copy(template, tmp_path, n)
        kill_after(command(path, "restore", "latest"), rng.uniform(0.5, 1.05) * duration)
        if restore_interrupted(path):
            outcome = "interrupted, then finished"
            finish_restore(path, PASSPHRASE)
        else:
            outcome = "whole"
        now = names(path)
        assert now in (["Acme"], ["Acme", "Globex"]), (n, now)
        if now == ["Acme"]:  # restored: what it replaced is kept and opens
            kept = [b.path for b in list_backups(path) if b.reason == "before-restore"]
            assert kept and names(kept[0]) == ["Acme", "Globex"], n
            outcome += ", restored"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        # and the next restore works on what the kill left
        assert (
            subprocess.run(
                command(path, "restore", "latest"), env=child_env(), capture_output=True
            ).returncode
            == 0
        )
    print(f"restore killed {kills()} times over {duration:.2f} s: {outcomes}")


def test_kill_9_during_an_import_lands_all_or_nothing(template: Path, tmp_path: Path, capsys):
    source = tmp_path / "source" / "journal.wbj"
    log(source, "Initech")
    export = tmp_path / "export.json"
    assert main(["--journal", str(source), "export", str(export)]) == 0
    capsys.readouterr()
    document = json.loads(export.read_text(encoding="utf-8"))
    first = document["encounters"][0]
    document["encounters"] = [{**first, "id": f"imported-{i}"} for i in range(300)]
    export.write_text(json.dumps(document), encoding="utf-8")

    duration = timed_run(command(fresh_copy(template, tmp_path, 0), "import", str(export)))
    rng = random.Random(SEED + 1)
    landed = {"none": 0, "all": 0}
    for n in range(1, kills() + 1):
        path = fresh_copy(template, tmp_path, n)
        kill_after(command(path, "import", str(export)), rng.uniform(0.5, 1.05) * duration)
        db = open_journal(path, PASSPHRASE, held=False)
        try:
            count = journal.count_encounters(db)
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
        assert integrity == "ok", n
        assert count in (2, 302), (n, count)
        landed["all" if count == 302 else "none"] += 1
    print(f"import killed {kills()} times over {duration:.2f} s: {landed}")
