"""A coach's workspace: coachees (by the stable id their packs carry, never by name), the
packs imported, session notes and the actions agreed. The workspace is an encrypted journal
file of its own, with its own passphrase (see store.location.default_coach_path)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from wellbeing.domain.coaching import AgreedAction
from wellbeing.domain.model import new_id

if TYPE_CHECKING:
    from sqlite_utils import Database

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"


@dataclass(frozen=True)
class Coachee:
    id: str
    label: str
    added_at: datetime


@dataclass(frozen=True)
class StoredPack:
    id: str
    coachee_id: str
    imported_at: datetime
    first: date
    last: date
    body: dict[str, Any]


@dataclass(frozen=True)
class SessionNote:
    id: str
    coachee_id: str
    at: datetime
    text: str


def _time(text: str) -> datetime:
    return datetime.strptime(text, TIME_FORMAT)


# --- coachees ---------------------------------------------------------------------------


def list_coachees(db: Database) -> list[Coachee]:
    rows = db.execute("SELECT id, label, added_at FROM coachees ORDER BY label, id").fetchall()
    return [Coachee(r[0], r[1], _time(r[2])) for r in rows]


def get_coachee(db: Database, coachee_id: str) -> Coachee | None:
    row = db.execute(
        "SELECT id, label, added_at FROM coachees WHERE id = ?", [coachee_id]
    ).fetchone()
    return Coachee(row[0], row[1], _time(row[2])) if row else None


def save_coachee(db: Database, coachee: Coachee) -> Coachee:
    with db.atomic():
        # An upsert, not INSERT OR REPLACE: a replaced row would cascade-delete the
        # coachee's packs, notes and actions.
        db.execute(
            "INSERT INTO coachees (id, label, added_at) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label",
            [coachee.id, coachee.label, coachee.added_at.strftime(TIME_FORMAT)],
        )
    return coachee


def delete_coachee(db: Database, coachee_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM coachees WHERE id = ?", [coachee_id])


# --- packs ------------------------------------------------------------------------------


def save_pack(db: Database, pack: StoredPack) -> StoredPack:
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO coachee_packs (id, coachee_id, imported_at, first, last, "
            "body) VALUES (?, ?, ?, ?, ?, ?)",
            [
                pack.id,
                pack.coachee_id,
                pack.imported_at.strftime(TIME_FORMAT),
                pack.first.isoformat(),
                pack.last.isoformat(),
                json.dumps(pack.body, ensure_ascii=False),
            ],
        )
    return pack


def list_packs(db: Database, coachee_id: str) -> list[StoredPack]:
    """A coachee's packs, oldest period first."""
    rows = db.execute(
        "SELECT id, coachee_id, imported_at, first, last, body FROM coachee_packs "
        "WHERE coachee_id = ? ORDER BY first, last, imported_at",
        [coachee_id],
    ).fetchall()
    return [
        StoredPack(
            r[0],
            r[1],
            _time(r[2]),
            date.fromisoformat(r[3]),
            date.fromisoformat(r[4]),
            json.loads(r[5]),
        )
        for r in rows
    ]


# --- session notes ------------------------------------------------------------------------


def add_note(db: Database, coachee_id: str, text: str, at: datetime) -> SessionNote:
    note = SessionNote(new_id(), coachee_id, at, text)
    with db.atomic():
        db.execute(
            "INSERT INTO session_notes (id, coachee_id, at, text) VALUES (?, ?, ?, ?)",
            [note.id, coachee_id, at.strftime(TIME_FORMAT), text],
        )
    return note


def list_notes(db: Database, coachee_id: str) -> list[SessionNote]:
    rows = db.execute(
        "SELECT id, coachee_id, at, text FROM session_notes WHERE coachee_id = ? ORDER BY at, id",
        [coachee_id],
    ).fetchall()
    return [SessionNote(r[0], r[1], _time(r[2]), r[3]) for r in rows]


def delete_note(db: Database, note_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM session_notes WHERE id = ?", [note_id])


# --- agreed actions ----------------------------------------------------------------------


def save_action(db: Database, coachee_id: str, action: AgreedAction, agreed_at: datetime) -> None:
    with db.atomic():
        db.execute(
            "INSERT OR REPLACE INTO coach_actions (id, coachee_id, what, by_when, obstacles, "
            "support, likelihood, agreed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                action.id,
                coachee_id,
                action.what,
                action.by_when.isoformat() if action.by_when else None,
                action.obstacles,
                action.support,
                action.likelihood,
                agreed_at.strftime(TIME_FORMAT),
            ],
        )


def list_actions(db: Database, coachee_id: str) -> list[AgreedAction]:
    rows = db.execute(
        "SELECT id, what, by_when, obstacles, support, likelihood FROM coach_actions "
        "WHERE coachee_id = ? ORDER BY agreed_at, id",
        [coachee_id],
    ).fetchall()
    return [
        AgreedAction(r[1], date.fromisoformat(r[2]) if r[2] else None, r[3], r[4], r[5], r[0])
        for r in rows
    ]


def delete_action(db: Database, action_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM coach_actions WHERE id = ?", [action_id])
