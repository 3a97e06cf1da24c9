"""`wellbeing log` saves without loading sqlite-utils (issue 16), and saves the same thing.

The command opens an up-to-date journal as a LeanDatabase (wellbeing.store.engine), which
sends the SQL sqlite-utils would for the store's calls. These tests hold it to what the
command guarantees: the same rows as a save through sqlite-utils, one transaction, an old
journal upgraded and backed up as before, and none of the heavy imports it exists to skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.domain.model import Client, Encounter
from wellbeing.services.encounters import EncounterEntry, log_encounter
from wellbeing.store import create_journal, journal, open_journal
from wellbeing.store.backup import BEFORE_MIGRATION, list_backups
from wellbeing.store.connection import schema_version
from wellbeing.store.engine import LeanDatabase
from wellbeing.store.keys import key_file_path
from wellbeing.store.migrations import MIGRATION_NAMES

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("clients", "encounters", "encounter_tags")


def run(path: Path, *args: str) -> int:
    try:
        return main(["--journal", str(path), *args])
    except SystemExit as exit_:
        return int(exit_.code)


def rows(path: Path) -> dict[str, list[tuple]]:
    db = open_journal(path, PASSPHRASE, upgrade=False)
    try:
        return {name: sorted(db.execute(f"SELECT * FROM {name}").fetchall()) for name in TABLES}
    finally:
        db.close()


def copy_journal(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    shutil.copyfile(key_file_path(source), key_file_path(target))
    return target


def entry(client: str, draft_id: str, **changes: object) -> EncounterEntry:
    fields: dict = {
        "id": draft_id,
        "client_id": "",
        "occurred_at": datetime(2026, 3, 2, 22, 15),  # late: the boundaries find a violation
        "impact": 7,
        "channel": "phone",
        "duration_minutes": 25,
        "what_happened": "Shouted about the 'invoice'; \"again\".\nTwice.",
        "behaviours": ("shouting", "impatient"),
        "irritants": ("unanswered",),
        "emotions": ("angry",),
        "assertiveness": 2,
        "escalated": True,
        "backed": "partly",
        "next_time": "Hang up sooner",
        "violations": ("respect",),
    }
    fields.update(changes)
    return EncounterEntry(client, Encounter(**fields))


def save_all(path: Path, lean: bool) -> None:
    """A new encounter for a known client, one for a new client, then the first edited."""
    db = open_journal(path, PASSPHRASE, lean=lean)
    try:
        assert isinstance(db, LeanDatabase) is lean
        log_encounter(db, entry("Acme", "a" * 32))
        log_encounter(db, entry("  globex  LTD ", "b" * 32, behaviours=(), violations=()))
        log_encounter(db, entry("ACME", "a" * 32, impact=3, emotions=(), what_happened=""))
    finally:
        db.close()


def test_the_lean_save_stores_what_a_save_through_sqlite_utils_stores(tmp_path: Path):
    original = tmp_path / "original.wbj"
    db, _recovery = create_journal(original, PASSPHRASE)
    journal.save_client(db, Client(name="Acme"))
    db.close()
    full, lean = (
        copy_journal(original, tmp_path / "full.wbj"),
        copy_journal(original, tmp_path / "lean.wbj"),
    )

    save_all(full, lean=False)
    save_all(lean, lean=True)

    expected, got = rows(full), rows(lean)
    new_client = {row[0] for row in got["clients"]} - {row[0] for row in rows(original)["clients"]}
    (globex_id,) = new_client  # made with a fresh id: compare it under one name
    expected_id = ({row[0] for row in expected["clients"]} - {globex_id}).difference(
        row[0] for row in rows(original)["clients"]
    )
    rename = {expected_id.pop(): globex_id}
    same = {
        name: sorted(tuple(rename.get(value, value) for value in row) for row in table)
        for name, table in expected.items()
    }
    assert got == same
    assert len(got["encounters"]) == 2 and any(t[1] == "violation" for t in got["encounter_tags"])


def test_a_lean_save_that_fails_midway_leaves_the_journal_as_it_was(
    journal_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    assert run(journal_path, "log", "--client", "Acme", "--impact", "4") == 0
    before = rows(journal_path)

    def bad_tags(encounter: Encounter) -> list[dict[str, str]]:
        return [{"encounter_id": encounter.id, "facet": "not a facet", "tag": "x"}]

    monkeypatch.setattr(journal, "_tag_rows", bad_tags)  # the CHECK refuses it, after the upsert
    assert run(journal_path, "log", "--client", "Initech", "--impact", "6") == 2
    assert "wellbeing:" in capsys.readouterr().err
    monkeypatch.undo()
    assert rows(journal_path) == before  # neither the new client nor the encounter


def test_an_old_journal_is_upgraded_and_backed_up_by_log_as_before(journal_path: Path, capsys):
    from tests.store.test_encryption import old_encrypted_journal

    old_encrypted_journal(journal_path, len(MIGRATION_NAMES) - 1)
    assert run(journal_path, "log", "--client", "Acme", "--impact", "4") == 0
    db = open_journal(journal_path, PASSPHRASE, upgrade=False)
    try:
        assert schema_version(db) == len(MIGRATION_NAMES)
        assert db.execute("SELECT COUNT(*) FROM encounters").fetchone()[0] == 2
    finally:
        db.close()
    assert [b.reason for b in list_backups(journal_path)] == [BEFORE_MIGRATION]


LOG_AND_LIST_MODULES = """
import sys
from wellbeing.cli import main
code = main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(code)
"""
SKIPPED = ("sqlite_utils", "urllib.request", "http.client", "importlib_metadata", "ssl")
SKIPPED += ("wellbeing.store.keys", "cryptography", "argon2")


@pytest.mark.skipif(os.name != "posix", reason="the file keyring's path is set for POSIX")
def test_a_remembered_log_loads_neither_sqlite_utils_nor_what_keyring_does_not_use(
    tmp_path: Path,
):
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        PYTHON_KEYRING_BACKEND="tests.benchmarks.file_keyring.FileKeyring",
        WELLBEING_BENCHMARK_KEYRING=str(tmp_path / "keyring.json"),
    )
    path = tmp_path / "journal.wbj"
    command = [sys.executable, "-c", LOG_AND_LIST_MODULES, "--journal", str(path)]
    log = ["log", "--client", "Acme", "--impact", "6"]
    for args in (log, ["remember"]):  # made with the passphrase, then remembered
        done = subprocess.run([*command, *args], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    env.pop("WELLBEING_PASSPHRASE")
    done = subprocess.run(
        [*command, *log], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 0, done.stderr
    printed, modules = done.stdout.split("MODULES ")
    assert len(printed.strip()) == 32  # the new encounter's id
    loaded = set(modules.split())
    assert "keyring" in loaded and loaded.isdisjoint(SKIPPED), sorted(loaded & set(SKIPPED))
    assert len(rows(path)["encounters"]) == 2
