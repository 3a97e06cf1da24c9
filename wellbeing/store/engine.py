"""The database driver: SQLCipher under sqlite-utils, imported without numpy.

sqlite-utils uses a module named `pysqlite3` when one is importable; pointing that name at
sqlcipher3 makes every sqlite-utils operation (including those that catch the driver's
OperationalError) work on encrypted connections. sqlite-utils also imports numpy (about
150 ms here) only to accept numpy values in inserts; the journal never inserts any, and the
terminal door must feel instant, so numpy is hidden while sqlite-utils loads.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any


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


@contextlib.contextmanager
def _write_transaction(db: Any) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back if anything fails, the commit included."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


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
    sqlite_utils = load_sqlite_utils()

    class JournalDatabase(sqlite_utils.Database):  # type: ignore[name-defined]
        hold = None

        @contextlib.contextmanager
        def atomic(self):
            if self.conn.in_transaction:  # nested: a savepoint, as sqlite-utils does
                with super().atomic():
                    yield self
                return
            with _write_transaction(self):
                yield self

        def close(self) -> None:
            try:
                super().close()
            finally:
                if self.hold is not None:
                    self.hold.release()
                    self.hold = None

    _JOURNAL_DATABASE = JournalDatabase
    return JournalDatabase


_PLAIN_VALUES = (str, int, float, bytes, type(None))
"""Values sqlite-utils stores as they are (it turns dicts, lists, dates… into text)."""
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class LeanDatabase:
    """The part of sqlite-utils' Database that saving one encounter uses, without importing
    sqlite-utils (about 50 ms, a quarter of what `wellbeing log` took).

    `wellbeing log` runs one transaction: find the client, read the boundaries, upsert one
    encounter and its tags. It goes through the store's functions unchanged, which call
    only execute, atomic, table(...).upsert and table(...).insert_all on plain values;
    those send here the SQL sqlite-utils 4 sends (INSERT … ON CONFLICT DO UPDATE for an
    upsert), and execute commits or rolls back an implicit transaction as sqlite-utils'
    does. Anything else is handed to a real sqlite-utils Database over the same
    connection, loaded then: slower, never different.
    """

    hold = None

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._full: Any = None
        self.execute("PRAGMA recursive_triggers=on;")  # as sqlite-utils' Database does

    def execute(self, sql: str, parameters: Any = None) -> Any:
        words = sql.split(None, 1)
        keyword = words[0].upper() if words else ""
        if not keyword.isalpha():  # a comment or a ';' first: as sqlite-utils reads them
            return self.full().execute(sql, parameters)
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is not None:
                cursor = self.conn.execute(sql, parameters)
            else:
                cursor = self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # an implicit transaction nothing would end
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and keyword not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # a lone write is committed at once
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[LeanDatabase]:
        """JournalDatabase.atomic: BEGIN IMMEDIATE, or a savepoint when nested."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        with _write_transaction(self):
            yield self

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table(self, name: str) -> LeanTable:
        return LeanTable(self, name)

    def full(self) -> Any:
        """A sqlite-utils Database over this same connection (and transaction)."""
        if self._full is None:
            self._full = journal_database_class()(self.conn, execute_plugins=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full(), name)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.hold is not None:
                self.hold.release()
                self.hold = None


class LeanTable:
    """sqlite-utils' Table.upsert and insert_all for rows of plain values; the rest, and
    any row it would convert or refuse, goes to sqlite-utils itself."""

    def __init__(self, db: LeanDatabase, name: str) -> None:
        self.db = db
        self.name = name

    def upsert(self, record: dict[str, Any], *, pk: str, **options: Any) -> Any:
        if options or not isinstance(pk, str) or record.get(pk) is None or not _plain(record):
            return self.db.full().table(self.name).upsert(record, pk=pk, **options)
        columns = list(record)
        others = [column for column in columns if column != pk]
        action = (
            "DO UPDATE SET " + ", ".join(f"{_quoted(c)} = excluded.{_quoted(c)}" for c in others)
            if others
            else "DO NOTHING"
        )
        self.db.execute(
            f"INSERT INTO {_quoted(self.name)} ({', '.join(map(_quoted, columns))}) "
            f"VALUES ({', '.join('?' for _ in columns)}) ON CONFLICT({_quoted(pk)}) {action}",
            [record[column] for column in columns],
        )
        return self

    def insert_all(self, records: Any, **options: Any) -> Any:
        rows = list(records)
        if not rows:
            return self
        columns = list(rows[0])
        if options or not columns or any(list(r) != columns or not _plain(r) for r in rows):
            return self.db.full().table(self.name).insert_all(rows, **options)
        sql = (
            f"INSERT INTO {_quoted(self.name)} ({', '.join(map(_quoted, columns))}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        with self.db.atomic():
            for row in rows:
                self.db.execute(sql, [row[column] for column in columns])
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db.full().table(self.name), name)


def _plain(record: dict[str, Any]) -> bool:
    return all(type(value) in _PLAIN_VALUES for value in record.values())


def _quoted(name: str) -> str:
    """An identifier as sqlite-utils quotes it."""
    return '"' + name.replace('"', '""') + '"'
