"""Writing an export: the whole journal as the JSON of format.py, or a CSV for spreadsheets.

Files are written atomically and readable by their owner only; a JSON export may be sealed
with a passphrase (wellbeing.store.sealed).
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wellbeing.domain.coaching import Goal
from wellbeing.domain.encoding import TAG_FIELDS, encounter_to_json
from wellbeing.domain.model import CheckIn, Client, ClientEvent, Encounter
from wellbeing.store import goals, journal, settings
from wellbeing.store.exchange.format import (
    CSV_COLUMNS,
    CSV_TIME_FORMAT,
    FORMAT,
    TIME_FORMAT,
    VERSION,
)
from wellbeing.store.files import write_atomic
from wellbeing.store.sealed import seal

if TYPE_CHECKING:
    from sqlite_utils import Database


def _client_json(client: Client) -> dict[str, Any]:
    return {
        "id": client.id,
        "name": client.name,
        "revenue_share": client.revenue_share,
        "status": str(client.status),
    }


def _client_event_json(event: ClientEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "client_id": event.client_id,
        "at": event.at.strftime(TIME_FORMAT),
        "kind": str(event.kind),
        "detail": event.detail,
    }


def _check_in_json(check_in: CheckIn) -> dict[str, Any]:
    return {
        "id": check_in.id,
        "answered_at": check_in.answered_at.strftime(TIME_FORMAT),
        "strain": list(check_in.strain),
        "wellbeing": list(check_in.wellbeing),
    }


def _oldest_first(db: Database) -> list[Encounter]:
    return sorted(journal.list_encounters(db), key=lambda e: (e.occurred_at, e.id))


def export_json(db: Database) -> dict[str, Any]:
    """Everything in the journal (drafts aside) as the JSON document of format.py."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "clients": [_client_json(c) for c in journal.list_clients(db)],
        "encounters": [encounter_to_json(e) for e in _oldest_first(db)],
        # In the journal's order (time, then as entered), which an import into a new journal
        # keeps: events of the same second stay in the order they happened.
        "client_events": [_client_event_json(e) for e in journal.list_client_events(db)],
        "check_ins": [_check_in_json(c) for c in journal.list_check_ins(db)],
        "strengths": [
            {"id": s.id, "text": s.text, "position": s.position} for s in journal.list_strengths(db)
        ],
        "settings": settings.exportable(db),
        "goals": [_goal_json(g) for g in goals.list_goals(db)],
    }


def _goal_json(goal: Goal) -> dict[str, Any]:
    action = goal.action
    return {
        "id": action.id,
        "what": action.what,
        "by_when": action.by_when.isoformat() if action.by_when else None,
        "obstacles": action.obstacles,
        "support": action.support,
        "likelihood": action.likelihood,
        "added_at": goal.added_at.strftime(TIME_FORMAT),
        "done_at": goal.done_at.strftime(TIME_FORMAT) if goal.done_at else None,
    }


def write_json(db: Database, path: str | Path, passphrase: str | None = None) -> dict[str, Any]:
    """Write the whole journal to path as JSON (atomically); returns the document written.

    With a passphrase the file is sealed (encrypted), see wellbeing.store.sealed.
    """
    document = export_json(db)
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    if passphrase:
        sealed = seal(text.encode("utf-8"), passphrase)

        def write_sealed(handle: IO[bytes]) -> None:
            handle.write(sealed)

        write_atomic(path, write_sealed, mode="wb")
        return document

    def write(handle: IO[str]) -> None:
        handle.write(text)

    write_atomic(path, write, encoding="utf-8")
    return document


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def export_csv(db: Database, path: str | Path) -> int:
    """One row per encounter, oldest first, for spreadsheets; returns the number of rows."""
    names = {client.id: client.name for client in journal.list_clients(db)}
    encounters = _oldest_first(db)

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for encounter in encounters:
            row = encounter_to_json(encounter)
            row["client"] = names.get(encounter.client_id, encounter.client_id)
            row["occurred_at"] = encounter.occurred_at.strftime(CSV_TIME_FORMAT)
            for name in TAG_FIELDS:
                row[name] = ";".join(row[name])
            writer.writerow([_csv_cell(row[column]) for column in CSV_COLUMNS])

    write_atomic(path, write, encoding="utf-8-sig", newline="")
    return len(encounters)
