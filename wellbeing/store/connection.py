"""Opening a journal file: recognise it, set it up for safe writes, bring its schema up to date."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.store.engine import load_sqlite_utils
from wellbeing.store.errors import JournalError, NewerJournal, NotAJournal

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x57424A31
"""'WBJ1' in the SQLite header: tells our journals from any other SQLite file."""


def open_journal(path: str | Path, *, upgrade: bool = True) -> Database:
    """Open (or create) the journal at path; ':memory:' gives a throwaway one for tests."""
    sqlite_utils = load_sqlite_utils()
    from wellbeing.store.migrations import migrations

    memory = str(path) == ":memory:"
    if not memory:
        path = Path(path)
        if path.is_dir():
            raise NotAJournal(f"{path} is a folder, not a journal file.", path)
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=5.0)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        _recognise(db, path)
        _configure(db, memory)
        if upgrade:
            _check_not_newer(db, path)
            migrations.apply(db)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise NotAJournal(f"{path} is not a Wellbeing journal.", path) from error
    except JournalError:
        conn.close()
        raise
    return db


def _recognise(db: Database, path: str | Path) -> None:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    if app_id != 0 or db.table_names():
        raise NotAJournal(f"{path} is not a Wellbeing journal.", path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _configure(db: Database, memory: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA cache_size = -32000")  # 32 MB: a 100,000-encounter list stays warm
    if not memory:
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise JournalError("The journal could not switch to write-ahead logging.")
        # FULL: a saved encounter survives a power cut, not only a crash.
        db.execute("PRAGMA synchronous = FULL")


def _check_not_newer(db: Database, path: str | Path) -> None:
    from wellbeing.store.migrations import MIGRATION_NAMES, migrations

    unknown = [m.name for m in migrations.applied(db) if m.name not in MIGRATION_NAMES]
    if unknown:
        raise NewerJournal(
            f"{path} was written by a newer version of Wellbeing Journal; "
            "update the app to open it.",
            path,
        )


def schema_version(db: Database) -> int:
    from wellbeing.store.migrations import migrations

    return len(migrations.applied(db))
