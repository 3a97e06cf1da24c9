"""The journal's schema, declared once and evolved by numbered migrations.

Never edit a released migration: add the next number instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "wellbeing"
MIGRATIONS_TABLE = "_sqlite_migrations"
"""Where sqlite-utils records the migrations applied (one row per migration and set)."""

MIGRATION_NAMES: list[str] = []
"""Every migration this version knows, oldest first: a journal with others is newer."""
_STEPS: list[Callable[[Any], None]] = []


def migration(name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Declare the next migration. sqlite-utils' Migrations (`migrations`) is built from
    these when first used, so that knowing the names (enough for `wellbeing log` to see
    that a journal is up to date) does not import sqlite-utils (about 50 ms)."""

    def declare(step: Callable[[Any], None]) -> Callable[[Any], None]:
        MIGRATION_NAMES.append(name)
        _STEPS.append(step)
        return step

    return declare


def __getattr__(name: str) -> Any:
    """`migrations`, sqlite-utils' Migrations for this schema, made on first use (PEP 562)."""
    if name != "migrations":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from wellbeing.store.engine import load_sqlite_utils

    built = load_sqlite_utils().Migrations(MIGRATION_SET)
    for step_name, step in zip(MIGRATION_NAMES, _STEPS, strict=True):
        built(name=step_name)(step)
    globals()["migrations"] = built
    return built


@migration("0001_clients_and_encounters")
def m0001_clients_and_encounters(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE clients (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            revenue_share REAL CHECK (revenue_share BETWEEN 0 AND 100),
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'reframed', 'dethroned'))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE encounters (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id),
            occurred_at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('difficult', 'positive')),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 0 AND 10),
            channel TEXT,
            duration_minutes INTEGER,
            what_happened TEXT NOT NULL DEFAULT '',
            lingered TEXT,
            assertiveness INTEGER CHECK (assertiveness BETWEEN 1 AND 5),
            company_confidence INTEGER CHECK (company_confidence BETWEEN 1 AND 5),
            outcome TEXT,
            escalated INTEGER NOT NULL DEFAULT 0,
            backed TEXT CHECK (backed IN ('yes', 'partly', 'no')),
            next_time TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE encounter_tags (
            encounter_id TEXT NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
            facet TEXT NOT NULL CHECK (facet IN ('behaviour', 'irritant', 'emotion')),
            tag TEXT NOT NULL,
            PRIMARY KEY (encounter_id, facet, tag)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX encounters_by_time ON encounters (occurred_at)")
    db.execute("CREATE INDEX encounters_by_client ON encounters (client_id, occurred_at)")


@migration("0002_strengths_and_drafts")
def m0002_strengths_and_drafts(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE strengths (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE drafts (
            slot TEXT PRIMARY KEY,
            payload TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX encounter_tags_by_tag ON encounter_tags (facet, tag)")


@migration("0003_settings")
def m0003_settings(db: Database) -> None:
    """Preferences live inside the encrypted journal: no plaintext settings file."""
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration("0004_check_ins_and_client_events")
def m0004_check_ins_and_client_events(db: Database) -> None:
    """Weekly check-ins, each client's history (status changes, plans, messages, advice), and
    boundary violations as a fourth tag facet (SQLite cannot widen a CHECK in place)."""
    db.execute(
        """
        CREATE TABLE encounter_tags_new (
            encounter_id TEXT NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
            facet TEXT NOT NULL
                CHECK (facet IN ('behaviour', 'irritant', 'emotion', 'violation')),
            tag TEXT NOT NULL,
            PRIMARY KEY (encounter_id, facet, tag)
        ) WITHOUT ROWID
        """
    )
    db.execute("INSERT INTO encounter_tags_new SELECT encounter_id, facet, tag FROM encounter_tags")
    db.execute("DROP TABLE encounter_tags")
    db.execute("ALTER TABLE encounter_tags_new RENAME TO encounter_tags")
    db.execute("CREATE INDEX encounter_tags_by_tag ON encounter_tags (facet, tag)")
    db.execute(
        """
        CREATE TABLE check_ins (
            id TEXT PRIMARY KEY,
            answered_at TEXT NOT NULL,
            strain TEXT NOT NULL,
            wellbeing TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX check_ins_by_time ON check_ins (answered_at)")
    db.execute(
        """
        CREATE TABLE client_events (
            id TEXT PRIMARY KEY,
            client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX client_events_by_client ON client_events (client_id, at)")


@migration("0005_sharing_memory")
def m0005_sharing_memory(db: Database) -> None:
    """What contributing needs to remember and must never send: the secret behind the weekly
    tokens, the remembered (permanent) randomised answers, the team code and folder."""
    db.execute("CREATE TABLE sharing_memory (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration("0006_goals_and_coaching")
def m0006_goals_and_coaching(db: Database) -> None:
    """Goals agreed with a coach (in an employee's journal); coachees, their packs, session
    notes and agreed actions (in a coach's workspace, which is a journal file of its own)."""
    db.execute(
        """
        CREATE TABLE goals (
            id TEXT PRIMARY KEY,
            what TEXT NOT NULL,
            by_when TEXT,
            obstacles TEXT NOT NULL DEFAULT '',
            support TEXT NOT NULL DEFAULT '',
            likelihood INTEGER,
            added_at TEXT NOT NULL,
            done_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE coachees (
            id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE coachee_packs (
            id TEXT PRIMARY KEY,
            coachee_id TEXT NOT NULL REFERENCES coachees(id) ON DELETE CASCADE,
            imported_at TEXT NOT NULL,
            first TEXT NOT NULL,
            last TEXT NOT NULL,
            body TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE session_notes (
            id TEXT PRIMARY KEY,
            coachee_id TEXT NOT NULL REFERENCES coachees(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            text TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE coach_actions (
            id TEXT PRIMARY KEY,
            coachee_id TEXT NOT NULL REFERENCES coachees(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            by_when TEXT,
            obstacles TEXT NOT NULL DEFAULT '',
            support TEXT NOT NULL DEFAULT '',
            likelihood INTEGER,
            agreed_at TEXT NOT NULL
        )
        """
    )
