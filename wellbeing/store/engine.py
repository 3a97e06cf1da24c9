"""The database driver: SQLCipher under sqlite-utils, imported without numpy.

sqlite-utils uses a module named `pysqlite3` when one is importable; pointing that name at
sqlcipher3 makes every sqlite-utils operation (including those that catch the driver's
OperationalError) work on encrypted connections. sqlite-utils also imports numpy (about
150 ms here) only to accept numpy values in inserts; the journal never inserts any, and the
terminal door must feel instant, so numpy is hidden while sqlite-utils loads.
"""

from __future__ import annotations

import sys
from types import ModuleType


def driver() -> ModuleType:
    """sqlcipher3's DB-API module: connect(), Error, DatabaseError, OperationalError…"""
    from sqlcipher3 import dbapi2

    return dbapi2


def load_sqlite_utils() -> ModuleType:
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    import sqlcipher3

    sys.modules.setdefault("pysqlite3", sqlcipher3)
    sys.modules.setdefault("pysqlite3.dbapi2", driver())
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes the import fail fast
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            del sys.modules[name]
    return sqlite_utils


_JOURNAL_DATABASE: type | None = None


def journal_database_class() -> type:
    """sqlite-utils' Database, whose transactions take the write lock when they begin.

    sqlite-utils begins with a plain (deferred) BEGIN: two processes that both read, then
    write, make the second fail at once with "database is locked" instead of waiting.
    BEGIN IMMEDIATE takes the write lock first, so the busy timeout makes short writes wait
    their turn. close() also lets go of the journal's hold (wellbeing.store.locks).
    """
    global _JOURNAL_DATABASE
    if _JOURNAL_DATABASE is not None:
        return _JOURNAL_DATABASE
    import contextlib

    sqlite_utils = load_sqlite_utils()

    class JournalDatabase(sqlite_utils.Database):  # type: ignore[name-defined]
        hold = None

        @contextlib.contextmanager
        def atomic(self):
            if self.conn.in_transaction:  # nested: a savepoint, as sqlite-utils does
                with super().atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

        def close(self) -> None:
            try:
                super().close()
            finally:
                if self.hold is not None:
                    self.hold.release()
                    self.hold = None

    _JOURNAL_DATABASE = JournalDatabase
    return JournalDatabase
