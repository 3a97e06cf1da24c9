"""Opening a journal file: recognise it, set it up for safe writes, bring its schema up to date."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wellbeing.store.engine import driver, journal_database_class
from wellbeing.store.errors import (
    DamagedJournal,
    JournalError,
    JournalMissing,
    NewerJournal,
    NotAJournal,
    PassphraseNeeded,
    driver_failure,
)
from wellbeing.store.paths import journal_exists, sidecars

# wellbeing.store.keys (ciphers, key derivations, secrets) and files (shutil) are imported
# by the functions that use them: opening a journal whose key is remembered uses neither,
# and `wellbeing log` is timed to the millisecond (issue 16).

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x57424A31
"""'WBJ1' in the SQLite header: tells our journals from any other SQLite file."""


SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
"""SQLCipher's page size: a journal file is always a whole number of pages."""


class JournalExists(JournalError):
    """Someone else created the journal first (two starts at once): open theirs instead."""


def create_journal(path: str | Path, passphrase: str) -> tuple[Database, str]:
    """A new encrypted journal; returns it and its recovery key (shown to the user once).

    Exclusive and all-or-nothing: the database is built under a temporary name, its key file
    is linked into place (never over another), then the database is renamed beside it.
    Whoever loses a race to create the same journal gets JournalExists and opens the
    winner's. Refused where a journal is expected (JournalExpected): its backups, its key
    file or an interrupted restore lie beside the missing file.
    """
    import secrets

    from wellbeing.store.backup import refuse_if_expected
    from wellbeing.store.files import sync_folder
    from wellbeing.store.keys import KeyFileExists, create_key_file, write_new_key_file
    from wellbeing.store.locks import exclusive

    path = Path(path)
    if path.is_dir():
        raise NotAJournal(f"{path} is a folder, not a journal file.", path)
    _check_passphrase_first(passphrase)
    with exclusive(path, WAIT_TO_CREATE, f"{path} is being created by another command."):
        if journal_exists(path):
            raise JournalExists(f"{path} already exists.", path)
        refuse_if_expected(path)
        _sweep_abandoned_creations(path)
        key_file, data_key, recovery_key = create_key_file(passphrase)
        staged = path.with_name(f"{path.name}.creating-{secrets.token_hex(4)}")
        _build_new(staged, data_key)
        try:
            write_new_key_file(key_file_path(path), key_file)
        except KeyFileExists:  # no file locks here (Windows, some shares): another won
            staged.unlink(missing_ok=True)
            _wait_for(path)
            raise JournalExists(f"{path} already exists.", path) from None
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        try:
            os.replace(staged, path)
        except BaseException:
            key_file_path(path).unlink(missing_ok=True)  # ours, just linked: no journal is
            staged.unlink(missing_ok=True)  # left without its key, nor a key without one
            raise
        sync_folder(path.parent)
    return open_journal(path, data_key=data_key), recovery_key


def _sweep_abandoned_creations(path: Path) -> None:
    """Half-built journals of creations that crashed (10 minutes is far past any create)."""
    cutoff = time.time() - 600
    for leftover in path.parent.glob(f"{path.name}.creating-*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            continue


def _wait_for(path: Path) -> None:
    """The winner of a race links its key first, then renames its journal in: wait for it."""
    deadline = time.monotonic() + WAIT_TO_CREATE
    while not journal_exists(path) and time.monotonic() < deadline:
        time.sleep(0.05)


WAIT_TO_CREATE = 30.0
"""Seconds a create waits for another one on the same path (a few key derivations)."""


def _check_passphrase_first(passphrase: str) -> None:
    from wellbeing.store.keys import check_passphrase

    check_passphrase(passphrase)


def _build_new(staged: Path, data_key: bytes) -> None:
    """The new journal's schema, in a file of its own only its owner may read."""
    from wellbeing.store.files import create_private, make_private_folder

    make_private_folder(staged.parent)
    create_private(staged)
    try:
        db = _open(staged, data_key)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        for sidecar in sidecars(staged):
            sidecar.unlink(missing_ok=True)
        with open(staged, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def open_remembered(path: str | Path, *, lean: bool = False) -> Database | None:
    """The journal opened with the key remembered on this computer (opt-in), or None: then
    the passphrase is asked as usual. A remembered key that no longer opens it is forgotten.
    lean: as open_journal's."""
    from wellbeing.store.remembered import forget, recall

    path = Path(path)
    if not journal_exists(path):
        return None
    data_key = recall(path)
    if data_key is None:
        return None
    try:
        return open_journal(path, data_key=data_key, lean=lean)
    except DamagedJournal:  # another journal at this path since: the key is stale
        forget(path)
        return None


def open_journal(
    path: str | Path,
    passphrase: str | None = None,
    *,
    upgrade: bool = True,
    held: bool = True,
    data_key: bytes | None = None,
    lean: bool = False,
) -> Database:
    """Open an existing journal with its passphrase (or recovery key).

    The journal is held (wellbeing.store.locks) until closed, so that nobody restores it
    away meanwhile; held=False is for a quick check by the one who holds it exclusively.
    data_key: the key itself, when it is already known (remembered on this computer).
    lean: for one quick write (`wellbeing log`), a journal already up to date is opened
    without sqlite-utils (engine.LeanDatabase); any other is opened, upgraded and backed
    up first as usual.
    ':memory:' gives a throwaway, unencrypted journal for tests.
    """
    if str(path) == ":memory:":
        return _open(":memory:", None, upgrade=upgrade)
    path = Path(path)
    if path.is_dir():
        raise NotAJournal(f"{path} is a folder, not a journal file.", path)
    if not journal_exists(path):
        raise JournalMissing(f"There is no journal at {path}.", path)
    with open(path, "rb") as handle:
        if handle.read(16) == SQLITE_HEADER:  # ours are encrypted: no readable header
            raise NotAJournal(f"{path} is not a Wellbeing journal.", path)
    key_path = key_file_path(path)
    if not key_path.exists():
        raise NotAJournal(
            f"{path} is not a Wellbeing journal, or its key file {key_path.name} is missing.",
            path,
        )
    if path.stat().st_size % PAGE_SIZE:
        raise DamagedJournal(
            f"{path} cannot be read: it is damaged or not a Wellbeing journal.", path
        )
    if passphrase is None and data_key is None:
        raise PassphraseNeeded(f"The passphrase of {path} is needed to open it.", path)
    _owner_only(path, key_path)
    if data_key is None:
        assert passphrase is not None  # one of the two, checked above
        data_key = unlock_key_file(key_path, path, passphrase)
    from wellbeing.store.locks import Hold, hold

    holder = hold(path) if held else Hold(None)
    try:
        db = (lean and upgrade and _open_lean(path, data_key)) or _open(
            path, data_key, upgrade=upgrade
        )
    except BaseException:
        holder.abandon()
        raise
    db.hold = holder  # type: ignore[attr-defined]  # JournalDatabase's, made at run time
    return db


def key_file_path(journal: Path) -> Path:
    """keys.key_file_path (tested equal), here so that a journal opened with a remembered
    key is checked for its key file without importing keys."""
    return journal.with_name(journal.name + ".key")


def unlock_key_file(key_path: Path, journal: Path, secret: str) -> bytes:
    """keys.unlock_key_file, imported when a passphrase is given. A name of this module:
    the benchmarks time the key derivation by wrapping it here."""
    from wellbeing.store.keys import unlock_key_file as unlock

    return unlock(key_path, journal, secret)


def _owner_only(*paths: Path) -> None:
    """Journals made before 0600 became the rule are tightened when next opened."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            if path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:
            pass  # not ours to change (a shared read-only copy): still readable


def _connect(path: str | Path, data_key: bytes | None) -> Any:
    """A driver connection to the journal file, keyed when the key is given (a raw key:
    the slow derivation happened when it was unwrapped); failures said as ours."""
    dbapi2 = driver()
    try:
        conn = dbapi2.connect(str(path), timeout=5.0)
    except dbapi2.Error as error:
        raise JournalError(f"{path} cannot be opened ({error}).", path) from error
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # our sentence, not SQLCipher's log
        if data_key is not None:
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.isolation_level = "IMMEDIATE"  # implicit transactions take the write lock first
    except dbapi2.Error as error:
        conn.close()
        raise driver_failure(error, path) from error
    return conn


def _open(path: str | Path, data_key: bytes | None, *, upgrade: bool = True) -> Database:
    database_class = journal_database_class()
    dbapi2 = driver()
    from wellbeing.store.migrations import migrations

    conn = _connect(path, data_key)
    try:
        db = database_class(conn, execute_plugins=False)
        _recognise(db, path)
        _configure(db, memory=str(path) == ":memory:")
        if upgrade:
            _check_not_newer(db, path)
            if data_key is not None and migrations.applied(db) and migrations.pending(db):
                from wellbeing.store.backup import BEFORE_MIGRATION, make_backup

                make_backup(db, Path(path), BEFORE_MIGRATION)
            migrations.apply(db)
    except dbapi2.Error as error:
        conn.close()
        raise driver_failure(error, path) from error
    except JournalError:
        conn.close()
        raise
    return db


def _open_lean(path: Path, data_key: bytes) -> Database | None:
    """The journal as a LeanDatabase when it is ours and its schema is this version's,
    checked as _open checks them; None otherwise (then _open recognises, upgrades or
    refuses it). A wrong key fails here as it does there, on the first read."""
    from wellbeing.store.engine import LeanDatabase
    from wellbeing.store.migrations import MIGRATION_NAMES, MIGRATION_SET, MIGRATIONS_TABLE

    dbapi2 = driver()
    conn = _connect(path, data_key)
    try:
        db = LeanDatabase(conn)
        if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            conn.close()
            return None
        applied = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
            [MIGRATIONS_TABLE],
        ).fetchone() and [
            row[0]
            for row in db.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
            )
        ]
        if not applied or sorted(applied) != sorted(MIGRATION_NAMES):
            conn.close()
            return None
        _configure(db, memory=False)  # type: ignore[arg-type]  # the part it uses
    except dbapi2.Error as error:
        conn.close()
        raise driver_failure(error, path) from error
    except JournalError:
        conn.close()
        raise
    return db  # type: ignore[return-value]  # quacks as a Database for one write


def _recognise(db: Database, path: str | Path) -> None:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    if app_id != 0 or db.table_names():
        raise NotAJournal(f"{path} is not a Wellbeing journal.", path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


COMMAND_CACHE_KIB = 2_000
"""SQLite's page cache for a command, which reads its rows once: `list --json` stays at
about 36 MB whatever the journal's size."""

WINDOW_CACHE_KIB = 8_000
"""The window's page cache: its indexes and recent pages stay warm. Its big reads (the
list, the insights' columns, the clients' figures) decrypt most pages anew whatever the
cache, so they go in small slices per event-loop pass; 32 MB took the window's peak at
100,000 encounters to 270 MB for the same freezes (tests/benchmarks/window_tabs.py)."""


def keep_pages_warm(db: Database) -> None:
    """Give a window's connection the larger page cache it re-reads from."""
    db.execute(f"PRAGMA cache_size = -{WINDOW_CACHE_KIB}")


def _configure(db: Database, memory: bool) -> None:
    """WAL and FULL sync on files; memory journals (tests) skip what they cannot do."""
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA cache_size = -{COMMAND_CACHE_KIB}")
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


def verify_passphrase(path: str | Path, secret: str) -> bool:
    """Whether secret (passphrase or recovery key) opens this journal; used by the lock."""
    from wellbeing.store.keys import WrongPassphrase, read_key_file, unlock

    path = Path(path)
    try:
        unlock(read_key_file(key_file_path(path), path), secret, path)
    except WrongPassphrase:
        return False
    return True


def change_passphrase(path: str | Path, current: str, new: str) -> None:
    """Rewrap the journal's key: instant, and the recovery key keeps working."""
    from wellbeing.store.keys import read_key_file, unlock, with_new_passphrase, write_key_file

    path = Path(path)
    key_path = key_file_path(path)
    key_file = read_key_file(key_path, path)
    data_key = unlock(key_file, current, path)
    write_key_file(key_path, with_new_passphrase(key_file, data_key, new))
