"""The journal's insights in one place, for the window, the command line and reports.

Reads the store once and runs the pure analysis on it; nothing here draws or prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from wellbeing.analysis.advice import ClientAdvice, Thresholds, advise_clients
from wellbeing.analysis.facts import Facts
from wellbeing.domain.model import CheckIn, Client, ClientEvent, ClientEventKind
from wellbeing.store import journal, settings

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class JournalData:
    """Everything the indicators read, loaded in one pass."""

    facts: Facts
    clients: list[Client]
    events: list[ClientEvent]
    check_ins: list[CheckIn]
    thresholds: Thresholds
    follow_up_weeks: int


def thresholds_of(db: Database) -> Thresholds:
    """The user's thresholds; overrides that no longer validate fall back to the defaults."""
    try:
        return Thresholds.from_overrides(settings.get(db, settings.ADVICE_THRESHOLDS))
    except ValueError:
        return Thresholds()


def load(db: Database) -> JournalData:
    rows = journal.fact_rows(db)
    return JournalData(
        facts=Facts.from_rows(rows.columns, rows.encounters, rows.tags),
        clients=journal.list_clients(db),
        events=journal.list_client_events(db),
        check_ins=journal.list_check_ins(db),
        thresholds=thresholds_of(db),
        follow_up_weeks=settings.get(db, settings.REFRAME_FOLLOW_UP_WEEKS),
    )


def client_advice(data: JournalData, today: date) -> list[ClientAdvice]:
    """Advice for every client not dethroned, in the clients' (name) order."""
    return advise_clients(
        data.clients,
        data.facts,
        data.events,
        today,
        thresholds=data.thresholds,
        follow_up_weeks=data.follow_up_weeks,
    )


def record_advice_changes(db: Database, advice: list[ClientAdvice], at: datetime) -> int:
    """Keep the advice history: one ADVICE event each time a client's level changes.

    Returns how many changes were recorded (none when the advice stayed the same).
    """
    latest: dict[str, str | None] = {}
    for event in journal.list_client_events(db, kind=ClientEventKind.ADVICE):
        latest[event.client_id] = json.loads(event.detail).get("level")
    changed = 0
    with db.atomic():
        for item in advice:
            if item.level is None or latest.get(item.client_id) == item.level:
                continue
            detail = {"level": item.level, "reasons": [r.code for r in item.reasons]}
            journal.save_client_event(
                db,
                ClientEvent(
                    client_id=item.client_id,
                    at=at.replace(microsecond=0),
                    kind=ClientEventKind.ADVICE,
                    detail=json.dumps(detail),
                ),
            )
            changed += 1
    return changed
