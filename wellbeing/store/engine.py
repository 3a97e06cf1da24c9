"""Imports sqlite-utils without the numpy import it does on its own.

sqlite-utils imports numpy (about 150 ms here) only to accept numpy values in inserts;
the journal never inserts numpy values, and the terminal door must feel instant.
"""

from __future__ import annotations

import sys
from types import ModuleType


def load_sqlite_utils() -> ModuleType:
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes the import fail fast
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            del sys.modules[name]
    return sqlite_utils
