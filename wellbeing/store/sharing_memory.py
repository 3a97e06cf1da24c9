"""What the journal remembers for contributions, inside the encrypted file and nowhere else.

Kept out of exports on purpose: the memos and the token secret only protect the person on
this machine, and a copy of them elsewhere would let its reader link weekly files.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

SECRET = "token_secret"
TEAM_CODE = "team_code"
FOLDER = "folder"
MEMO_PREFIX = "memo:"


def get(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM sharing_memory WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def put(db: Database, values: dict[str, Any]) -> None:
    """Every value at once, or none."""
    with db.atomic():
        for key, value in values.items():
            db.execute(
                "INSERT OR REPLACE INTO sharing_memory (key, value) VALUES (?, ?)",
                [key, json.dumps(value)],
            )


def token_secret(db: Database) -> bytes:
    """The secret behind the weekly tokens, made on first use."""
    existing = get(db, SECRET)
    if existing is None:
        existing = secrets.token_hex(32)
        put(db, {SECRET: existing})
    return bytes.fromhex(existing)


def memos(db: Database) -> dict[str, str]:
    rows = db.execute(
        "SELECT key, value FROM sharing_memory WHERE key LIKE ?", [MEMO_PREFIX + "%"]
    ).fetchall()
    return {key[len(MEMO_PREFIX) :]: json.loads(value) for key, value in rows}


def remember_memos(db: Database, new: dict[str, str]) -> None:
    put(db, {MEMO_PREFIX + key: value for key, value in new.items()})
