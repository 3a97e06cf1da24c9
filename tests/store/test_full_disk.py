"""A full disk is not damage: every write path says so in one sentence and changes nothing.

Each command runs in a child process whose file-size limit (RLIMIT_FSIZE) stops any file
from growing past 4 KB: the write-ahead log cannot take one page, a backup or an export
cannot be written. The journal's own -shm index already exists (this process keeps a
connection open), as it does on a real disk that filled up while the journal was in use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.store import journal, open_journal
from wellbeing.store.backup import backups_folder, list_backups

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE and SIGXFSZ as on Linux"
)

CHILD = Path(__file__).with_name("full_disk_child.py")
LIMIT = 4096


def run_full(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, str(CHILD), str(LIMIT), "--journal", str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def contents(path: Path) -> dict[str, list]:
    db = open_journal(path, PASSPHRASE, held=False)
    try:
        return {
            "clients": [c.name for c in journal.list_clients(db)],
            "encounters": sorted((e.id, e.impact) for e in journal.list_encounters(db)),
        }
    finally:
        db.close()


@pytest.fixture
def filled(journal_path: Path, capsys) -> Iterator[Path]:
    for impact in (3, 8):  # with texts, so that an export is bigger than the limit
        args = ["log", "--client", "Acme", "--impact", str(impact), "--text", "z" * 3000]
        assert main(["--journal", str(journal_path), *args]) == 0
    assert main(["--journal", str(journal_path), "backup"]) == 0
    capsys.readouterr()
    keeper = open_journal(journal_path, PASSPHRASE, held=False)  # keeps -shm in place
    yield journal_path
    keeper.close()


def assert_disk_sentence(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    sentence = lines[0].lower()
    assert "damaged" not in sentence and "restore" not in sentence, sentence
    assert "full" in sentence or "disk" in sentence, sentence


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.rglob("*") if not p.name.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize(
    "args",
    [
        ["log", "--client", "Globex", "--impact", "5", "--text", "x" * 6000],
        ["backup"],
        ["restore", "latest"],
        ["export", "{out}"],
        ["import", "{export}"],
    ],
    ids=["save", "backup", "restore", "export", "import"],
)
def test_every_write_path_says_the_disk_is_full_and_loses_nothing(
    filled: Path, tmp_path: Path, args: list[str]
):
    export = tmp_path / "other.json"
    document = json.loads(_export_of_another_journal(tmp_path))
    export.write_text(json.dumps(document), encoding="utf-8")
    args = [a.format(out=tmp_path / "out.json", export=export) for a in args]
    before, files = contents(filled), files_beside(filled)
    backups = len(list_backups(filled))

    result = run_full(filled, *args)

    assert_disk_sentence(result)
    assert contents(filled) == before
    assert files_beside(filled) == files
    assert len(list_backups(filled)) == backups
    assert not list(backups_folder(filled).glob("*.partial"))
    assert not (tmp_path / "out.json").exists()


def _export_of_another_journal(tmp_path: Path) -> str:
    other = tmp_path / "elsewhere" / "journal.wbj"
    for name in ("Initech", "Umbrella"):
        assert (
            main(
                [
                    "--journal",
                    str(other),
                    "log",
                    "--client",
                    name,
                    "--impact",
                    "4",
                    "--text",
                    "y" * 3000,
                ]
            )
            == 0
        )
    out = tmp_path / "elsewhere" / "export.json"
    assert main(["--journal", str(other), "export", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_a_migration_on_a_full_disk_leaves_the_old_journal_as_it_was(tmp_path: Path):
    from tests.store.test_connection import journal_without_schema
    from wellbeing.store.migrations import migrations

    path = tmp_path / "old" / "journal.wbj"
    db = journal_without_schema(path)
    migrations.apply(db, stop_before="0002_strengths_and_drafts")
    db.execute("INSERT INTO clients (id, name, name_key) VALUES ('c1', 'Acme', 'acme')")
    db.conn.commit()
    db.close()
    keeper = open_journal(path, PASSPHRASE, upgrade=False, held=False)
    try:
        result = run_full(path, "list")
        assert_disk_sentence(result)
        applied = [m.name for m in migrations.applied(keeper)]
        assert len(applied) == 1
        assert keeper.execute("SELECT name FROM clients").fetchall() == [("Acme",)]
    finally:
        keeper.close()


def test_opening_on_a_full_disk_is_not_called_damage(journal_path: Path, capsys):
    """No connection open: SQLite cannot even make its -shm index; still not "damaged"."""
    assert main(["--journal", str(journal_path), "log", "--client", "Acme", "--impact", "3"]) == 0
    capsys.readouterr()
    before = contents(journal_path)
    for args in (["list"], ["insights"], ["log", "--client", "Globex", "--impact", "2"]):
        assert_disk_sentence(run_full(journal_path, *args))
    assert contents(journal_path) == before
