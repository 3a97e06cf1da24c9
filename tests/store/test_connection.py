"""Opening journal files: creation, recognition, refusal of foreign files, upgrades."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.domain.model import Encounter
from wellbeing.store import (
    DamagedJournal,
    JournalError,
    JournalMissing,
    NewerJournal,
    NotAJournal,
    PassphraseNeeded,
    WrongPassphrase,
    create_journal,
    keep_pages_warm,
    open_journal,
)
from wellbeing.store import journal as store
from wellbeing.store.connection import (
    APPLICATION_ID,
    COMMAND_CACHE_KIB,
    WINDOW_CACHE_KIB,
    schema_version,
)
from wellbeing.store.engine import driver
from wellbeing.store.keys import key_file_path, normalise_recovery_key
from wellbeing.store.migrations import MIGRATION_NAMES, migrations

FIRST_TABLES = {"clients", "encounters", "encounter_tags", "_sqlite_migrations"}


def assert_one_sentence(message: str) -> None:
    assert message.endswith("."), message
    assert "\n" not in message, message
    assert not re.search(r"[.!?]\s+[A-Z]", message), message


def new_journal(path: Path):
    db, _recovery_key = create_journal(path, PASSPHRASE)
    return db


def make_journal(path: Path) -> None:
    db = new_journal(path)
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


def raw_write(path: Path, *statements: str) -> None:
    """What the stdlib sqlite3 module used to do: raw SQL, here through an encrypted connection."""
    db = open_journal(path, PASSPHRASE, upgrade=False)
    try:
        for statement in statements:
            db.execute(statement)
        db.conn.commit()
    finally:
        db.close()


def journal_without_schema(path: Path):
    """An encrypted journal as old as can be: recognised, configured, no migration applied."""
    new_journal(path).close()
    db = open_journal(path, PASSPHRASE, upgrade=False)
    db.execute("PRAGMA foreign_keys = OFF")
    for name in reversed(db.table_names()):
        db.execute(f"DROP TABLE [{name}]")
    db.execute("PRAGMA foreign_keys = ON")
    db.conn.commit()
    return db


# --- creating ------------------------------------------------------------------------


def test_new_file_uses_wal_and_foreign_keys(journal_path):
    assert not journal_path.exists()
    db, recovery_key = create_journal(journal_path, PASSPHRASE)
    try:
        assert journal_path.is_file()
        assert key_file_path(journal_path).is_file()
        assert normalise_recovery_key(recovery_key) == recovery_key
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


def test_a_command_keeps_a_small_page_cache_and_a_window_a_large_one(journal_path):
    """A command reads its rows once (list --json stays flat in memory); the window reads
    them again and again."""
    make_journal(journal_path)
    db = open_journal(journal_path, PASSPHRASE)
    try:
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -COMMAND_CACHE_KIB
        keep_pages_warm(db)
        assert db.execute("PRAGMA cache_size").fetchone()[0] == -WINDOW_CACHE_KIB
        assert WINDOW_CACHE_KIB > COMMAND_CACHE_KIB
    finally:
        db.close()


def test_new_file_in_a_missing_folder_is_created(tmp_path):
    path = tmp_path / "a" / "b" / "journal.wbj"
    new_journal(path).close()
    assert path.is_file()
    assert key_file_path(path).is_file()


def test_creating_over_an_existing_journal_is_refused(journal_path):
    make_journal(journal_path)
    before = journal_path.read_bytes(), key_file_path(journal_path).read_bytes()
    with pytest.raises(JournalError) as caught:
        create_journal(journal_path, "another passphrase")
    assert_one_sentence(str(caught.value))
    assert (journal_path.read_bytes(), key_file_path(journal_path).read_bytes()) == before
    open_journal(journal_path, PASSPHRASE).close()


def test_opening_a_missing_journal_does_not_create_it(journal_path):
    with pytest.raises(JournalMissing) as caught:
        open_journal(journal_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert not journal_path.exists()
    assert list(journal_path.parent.iterdir()) == []


def test_opening_without_a_passphrase_asks_for_one(journal_path):
    make_journal(journal_path)
    with pytest.raises(PassphraseNeeded) as caught:
        open_journal(journal_path)
    assert_one_sentence(str(caught.value))


def test_foreign_keys_are_enforced(journal_path):
    db = new_journal(journal_path)
    try:
        with pytest.raises(driver().IntegrityError):
            db.execute(
                "INSERT INTO encounters (id, client_id, occurred_at, kind, impact) "
                "VALUES ('x', 'no-such-client', '2026-01-01T00:00:00', 'difficult', 1)"
            )
    finally:
        db.close()


def test_reopening_keeps_data_and_settings(journal_path):
    make_journal(journal_path)
    db = open_journal(journal_path, PASSPHRASE)
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


def test_data_on_disk_is_unreadable_for_a_plain_sqlite_reader(journal_path):
    make_journal(journal_path)
    db = open_journal(journal_path, PASSPHRASE)
    try:
        store.ensure_client(db, "Acme Second Branch")
        wal = journal_path.with_name(journal_path.name + "-wal")
        assert wal.is_file() and wal.stat().st_size > 0  # the new client is in the log
        for file in (journal_path, wal):
            assert b"Acme" not in file.read_bytes(), file.name
    finally:
        db.close()

    before = journal_path.read_bytes()
    assert b"Acme" not in before
    assert not before.startswith(b"SQLite format 3\x00")
    conn = sqlite3.connect(journal_path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM clients").fetchall()
    finally:
        conn.close()
    assert journal_path.read_bytes() == before


# --- foreign files -------------------------------------------------------------------


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


@pytest.mark.parametrize("with_key_file", [False, True], ids=["alone", "beside a key file"])
@pytest.mark.parametrize(
    "write", [write_text, write_random, write_other_app, write_other_app_with_id]
)
def test_foreign_files_are_refused_and_left_unchanged(tmp_path, journal_path, write, with_key_file):
    if with_key_file:  # a key file left beside it, from a journal that lived there before
        make_journal(tmp_path / "elsewhere.wbj")
        key_file_path(tmp_path / "elsewhere.wbj").rename(key_file_path(journal_path))
        (tmp_path / "elsewhere.wbj").unlink()
    before = write(journal_path)
    key_before = key_file_path(journal_path).read_bytes() if with_key_file else None
    siblings = sorted(p.name for p in journal_path.parent.iterdir())

    with pytest.raises((NotAJournal, DamagedJournal)) as caught:
        open_journal(journal_path, PASSPHRASE)

    assert_one_sentence(str(caught.value))
    assert str(journal_path) in str(caught.value)
    assert journal_path.read_bytes() == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == siblings
    if with_key_file:
        assert key_file_path(journal_path).read_bytes() == key_before


def test_other_app_database_keeps_its_rows(journal_path):
    write_other_app(journal_path)
    with pytest.raises(NotAJournal):
        open_journal(journal_path, PASSPHRASE)
    conn = sqlite3.connect(journal_path)
    try:
        assert conn.execute("SELECT title FROM recipes").fetchall() == [("Tarte Tatin",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0
    finally:
        conn.close()
    assert not key_file_path(journal_path).exists()


def test_a_folder_is_not_a_journal(tmp_path):
    with pytest.raises((NotAJournal, DamagedJournal)) as caught:
        open_journal(tmp_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    with pytest.raises((NotAJournal, DamagedJournal)) as caught:
        create_journal(tmp_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert list(tmp_path.iterdir()) == []


def test_journal_errors_share_a_base():
    for error in (
        NotAJournal,
        NewerJournal,
        JournalMissing,
        DamagedJournal,
        PassphraseNeeded,
        WrongPassphrase,
    ):
        assert issubclass(error, JournalError)


# --- versions ------------------------------------------------------------------------


def test_newer_journal_is_refused(journal_path):
    make_journal(journal_path)
    raw_write(
        journal_path,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('wellbeing', '9999_future', '2030-01-01 00:00:00.000000+00:00')",
    )

    with pytest.raises(NewerJournal) as caught:
        open_journal(journal_path, PASSPHRASE)
    assert_one_sentence(str(caught.value))
    assert "newer" in str(caught.value)

    db = open_journal(journal_path, PASSPHRASE, upgrade=False)
    try:
        names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert names == [*MIGRATION_NAMES, "9999_future"]
        assert db.execute("SELECT COUNT(*) FROM encounters").fetchone()[0] == 1
    finally:
        db.close()


def test_another_migration_set_does_not_make_a_journal_newer(journal_path):
    make_journal(journal_path)
    raw_write(
        journal_path,
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('some_plugin', '9999_future', '2030-01-01 00:00:00.000000+00:00')",
    )
    open_journal(journal_path, PASSPHRASE).close()


def test_upgrade_from_the_first_schema_keeps_data(journal_path):
    db = journal_without_schema(journal_path)
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

    db = open_journal(journal_path, PASSPHRASE)
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
    db = journal_without_schema(journal_path)
    migrations.apply(db, stop_before="0002_strengths_and_drafts")
    db.close()
    db = open_journal(journal_path, PASSPHRASE, upgrade=False)
    try:
        assert schema_version(db) == 1
        assert "strengths" not in db.table_names()
    finally:
        db.close()
