"""Opening journal files: creation, recognition, refusal of foreign files, upgrades."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from wellbeing.domain.model import Encounter
from wellbeing.store import JournalError, NewerJournal, NotAJournal, open_journal
from wellbeing.store import journal as store
from wellbeing.store.connection import APPLICATION_ID, schema_version
from wellbeing.store.migrations import MIGRATION_NAMES, migrations

FIRST_TABLES = {"clients", "encounters", "encounter_tags", "_sqlite_migrations"}


def assert_one_sentence(message: str) -> None:
    assert message.endswith("."), message
    assert "\n" not in message, message
    assert not re.search(r"[.!?]\s+[A-Z]", message), message


def make_journal(path: Path) -> None:
    db = open_journal(path)
    client = store.ensure_client(db, "Acme")
    store.save_encounter(
        db,
        Encounter(
            id="e" * 32,
            client_id=client.id,
            occurred_at=datetime(2026, 3, 2, 8, 15),
            impact=6,
            behaviours=("rude",),
        ),
    )
    db.close()


def test_new_file_uses_wal_and_foreign_keys(journal_path):
    assert not journal_path.exists()
    db = open_journal(journal_path)
    try:
        assert journal_path.is_file()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert {"clients", "encounters", "encounter_tags", "strengths", "drafts"} <= set(
            db.table_names()
        )
        assert schema_version(db) == len(MIGRATION_NAMES)
    finally:
        db.close()


def test_new_file_in_a_missing_folder_is_created(tmp_path):
    path = tmp_path / "a" / "b" / "journal.wbj"
    open_journal(path).close()
    assert path.is_file()


def test_foreign_keys_are_enforced(journal_path):
    db = open_journal(journal_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO encounters (id, client_id, occurred_at, kind, impact) "
                "VALUES ('x', 'no-such-client', '2026-01-01T00:00:00', 'difficult', 1)"
            )
    finally:
        db.close()


def test_reopening_keeps_data_and_settings(journal_path):
    make_journal(journal_path)
    db = open_journal(journal_path)
    try:
        [client] = store.list_clients(db)
        assert client.name == "Acme"
        [encounter] = store.list_encounters(db)
        assert encounter.id == "e" * 32
        assert encounter.behaviours == ("rude",)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert schema_version(db) == len(MIGRATION_NAMES)
        assert len(migrations.applied(db)) == len(MIGRATION_NAMES)  # not applied twice
    finally:
        db.close()


def test_data_is_on_disk_for_a_plain_sqlite_reader(journal_path):
    make_journal(journal_path)
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("SELECT name FROM clients").fetchall() == [("Acme",)]
    finally:
        conn.close()


def write_text(path: Path) -> bytes:
    path.write_text("Dear diary,\nthis is not a database.\n", encoding="utf-8")
    return path.read_bytes()


def write_random(path: Path) -> bytes:
    data = bytes((i * 7919 + 13) % 256 for i in range(8192))
    path.write_bytes(data)
    return data


def write_other_app(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO recipes (title) VALUES ('Tarte Tatin')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def write_other_app_with_id(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "write", [write_text, write_random, write_other_app, write_other_app_with_id]
)
def test_foreign_files_are_refused_and_left_unchanged(journal_path, write):
    before = write(journal_path)
    siblings = sorted(p.name for p in journal_path.parent.iterdir())

    with pytest.raises(NotAJournal) as caught:
        open_journal(journal_path)

    assert_one_sentence(str(caught.value))
    assert str(journal_path) in str(caught.value)
    assert journal_path.read_bytes() == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == siblings


def test_other_app_database_keeps_its_rows(journal_path):
    write_other_app(journal_path)
    with pytest.raises(NotAJournal):
        open_journal(journal_path)
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("SELECT title FROM recipes").fetchall() == [("Tarte Tatin",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_folder_is_not_a_journal(tmp_path):
    with pytest.raises(NotAJournal) as caught:
        open_journal(tmp_path)
    assert_one_sentence(str(caught.value))


def test_journal_errors_share_a_base():
    assert issubclass(NotAJournal, JournalError)
    assert issubclass(NewerJournal, JournalError)


def test_newer_journal_is_refused(journal_path):
    make_journal(journal_path)
    conn = sqlite3.connect(journal_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('wellbeing', '9999_future', '2030-01-01 00:00:00.000000+00:00')"
    )
    conn.commit()
    conn.close()

    with pytest.raises(NewerJournal) as caught:
        open_journal(journal_path)
    assert_one_sentence(str(caught.value))
    assert "newer" in str(caught.value)

    conn = sqlite3.connect(journal_path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert names == [*MIGRATION_NAMES, "9999_future"]
        assert conn.execute("SELECT COUNT(*) FROM encounters").fetchone()[0] == 1
    finally:
        conn.close()


def test_another_migration_set_does_not_make_a_journal_newer(journal_path):
    make_journal(journal_path)
    conn = sqlite3.connect(journal_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('some_plugin', '9999_future', '2030-01-01 00:00:00.000000+00:00')"
    )
    conn.commit()
    conn.close()
    open_journal(journal_path).close()


def test_upgrade_from_the_first_schema_keeps_data(journal_path):
    db = open_journal(journal_path, upgrade=False)
    assert db.table_names() == []
    migrations.apply(db, stop_before="0002_strengths_and_drafts")
    assert set(db.table_names()) == FIRST_TABLES
    assert schema_version(db) == 1
    db.execute("INSERT INTO clients (id, name, name_key) VALUES ('c1', 'Acme', 'acme')")
    db.execute(
        "INSERT INTO encounters (id, client_id, occurred_at, kind, impact, what_happened) "
        "VALUES ('e1', 'c1', '2026-01-05T17:00:00', 'difficult', 8, 'Shouted at me.')"
    )
    db.execute(
        "INSERT INTO encounter_tags (encounter_id, facet, tag) "
        "VALUES ('e1', 'behaviour', 'shouting')"
    )
    db.conn.commit()
    db.close()

    db = open_journal(journal_path)
    try:
        assert schema_version(db) == len(MIGRATION_NAMES)
        assert [m.name for m in migrations.applied(db)] == MIGRATION_NAMES
        assert {"strengths", "drafts"} <= set(db.table_names())
        assert list(db["clients"].rows) == [
            {
                "id": "c1",
                "name": "Acme",
                "name_key": "acme",
                "revenue_share": None,
                "status": "active",
            }
        ]
        encounter = store.get_encounter(db, "e1")
        assert encounter is not None
        assert encounter.client_id == "c1"
        assert encounter.occurred_at == datetime(2026, 1, 5, 17, 0)
        assert encounter.impact == 8
        assert encounter.what_happened == "Shouted at me."
        assert encounter.behaviours == ("shouting",)
        assert encounter.next_time == ""
        # The new tables work.
        store.save_draft(db, {"impact": 3}, now=datetime(2026, 1, 6))
        assert store.load_draft(db) == ({"impact": 3}, datetime(2026, 1, 6))
    finally:
        db.close()


def test_open_without_upgrade_leaves_an_old_journal_old(journal_path):
    db = open_journal(journal_path, upgrade=False)
    migrations.apply(db, stop_before="0002_strengths_and_drafts")
    db.close()
    db = open_journal(journal_path, upgrade=False)
    try:
        assert schema_version(db) == 1
        assert "strengths" not in db.table_names()
    finally:
        db.close()
