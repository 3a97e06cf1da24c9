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
