"""Importing an export: each entry of the file planned against the journal, then written in
one transaction.

Planning comes first and writes nothing, so that a file refused half-way (a client event
naming a client nowhere, names that cannot be swapped) changes nothing: all or nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from wellbeing.domain.encoding import TAG_FIELDS
from wellbeing.domain.model import Client, ClientEvent, Encounter
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import goals, journal
from wellbeing.store.exchange.reader import FIELDS, Export
from wellbeing.store.strict import shown

if TYPE_CHECKING:
    from sqlite_utils import Database

Entry = TypeVar("Entry")


@dataclass(frozen=True)
class Counts:
    """How many entries of one kind an import added, changed, or found as they were."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, by kind of entry, for the message that follows it."""

    clients: Counts
    encounters: Counts
    strengths: Counts
    settings: Counts
    client_events: Counts = Counts()
    check_ins: Counts = Counts()
    goals: Counts = Counts()
    matched_by_name: tuple[tuple[str, str], ...] = ()
    """(name in the file, name in the journal) of the file's clients that were merged into a
    journal client of the same name but another id; they count as unchanged."""


def _tally(pairs: list[tuple[Any, Any]]) -> Counts:
    """pairs of (existing or None, incoming)."""
    return Counts(
        added=sum(old is None for old, _ in pairs),
        updated=sum(old is not None and old != new for old, new in pairs),
        unchanged=sum(old is not None and old == new for old, new in pairs),
    )


def _tags_sorted(encounter: Encounter) -> Encounter:
    """As the journal gives it back (tags sorted, once each), so that an unchanged entry
    compares equal."""
    tags: dict[str, Any] = {n: tuple(sorted(set(getattr(encounter, n)))) for n in TAG_FIELDS}
    return replace(encounter, **tags)


def _changed(pairs: list[tuple[Entry | None, Entry]]) -> list[Entry]:
    """The incoming entries of (existing or None, incoming) pairs that differ."""
    return [new for old, new in pairs if old != new]


def _plan_clients(
    db: Database, clients: tuple[Client, ...]
) -> tuple[list[tuple[Client | None, Client]], dict[str, str], list[tuple[str, str]]]:
    """What happens to each client of the file, decided before anything is written.

    A client whose id is in the journal is updated; otherwise, one whose name is already a
    journal client's is mapped onto that client (which stays as it is); otherwise it is
    added. The changes come back in an order that writes them without a transient clash of
    names: an update after the update that frees its name, additions last.
    """
    existing = {client.id: client for client in journal.list_clients(db)}
    updating = {client.id for client in clients if client.id in existing}
    updates: dict[str, tuple[Client, Client]] = {}
    waits_for: dict[str, str] = {}
    additions: list[tuple[Client | None, Client]] = []
    id_map: dict[str, str] = {}
    matched: list[tuple[str, str]] = []
    for index, client in enumerate(clients):
        owner = journal.find_client(db, client.name)
        if client.id in existing:
            if owner is not None and owner.id != client.id:
                if owner.id not in updating:
                    raise _name_taken(index, owner.name)
                waits_for[client.id] = owner.id  # the owner is renamed by this file too
            id_map[client.id] = client.id
            updates[client.id] = (existing[client.id], client)
        elif owner is not None and owner.id not in updating:
            id_map[client.id] = owner.id
            matched.append((client.name, owner.name))
        else:  # a new name, or one an update in this file frees
            id_map[client.id] = client.id
            additions.append((None, client))
    ordered: list[tuple[Client | None, Client]] = []
    pending = dict(updates)
    while pending:
        ready = [key for key in pending if waits_for.get(key) not in pending]
        if not ready:  # names swapped in a circle: no order avoids a clash
            index = next(i for i, c in enumerate(clients) if c.id in pending)
            raise _name_taken(index, existing[waits_for[clients[index].id]].name)
        ordered.extend(pending.pop(key) for key in ready)
    return ordered + additions, id_map, matched


def _name_taken(index: int, name: str) -> InvalidValue:
    return InvalidValue(
        f"clients[{index}].name: another client in this journal is already called {name}; "
        "rename one of them, then import again.",
        "duplicate_client",
        name=name,
    )


def _plan_client_events(
    db: Database, events: tuple[ClientEvent, ...], id_map: dict[str, str]
) -> list[tuple[ClientEvent | None, ClientEvent]]:
    """Each event of the file against the journal's; its client is one of the file's (as
    mapped by name) or, failing that, one already in the journal."""
    known = {client.id for client in journal.list_clients(db)}
    existing = {event.id: event for event in journal.list_client_events(db)}
    changes = []
    for index, event in enumerate(events):
        client_id = id_map.get(event.client_id, event.client_id)
        if event.client_id not in id_map and client_id not in known:
            raise FIELDS.problem(
                f"client_events[{index}].client_id",
                f"no client in this file or in this journal has the id {shown(client_id)}.",
            )
        changes.append((existing.get(event.id), replace(event, client_id=client_id)))
    return changes


def import_export(db: Database, export: Export, now: datetime | None = None) -> ImportSummary:
    """Merge a validated export into the journal, all or nothing.

    Entries are matched by id, so importing the same file twice adds nothing; an entry that
    differs from the journal's is replaced by the file's. Settings in the file overwrite the
    journal's; settings only in the journal stay. A client event whose client is neither in
    the file nor in the journal is refused (InvalidValue naming it) before anything is written.
    """
    client_changes, id_map, matched = _plan_clients(db, export.clients)

    existing_encounters = {e.id: _tags_sorted(e) for e in journal.list_encounters(db)}
    encounter_changes = []
    for encounter in export.encounters:
        incoming = _tags_sorted(replace(encounter, client_id=id_map[encounter.client_id]))
        encounter_changes.append((existing_encounters.get(incoming.id), incoming))

    event_changes = _plan_client_events(db, export.client_events, id_map)
    existing_check_ins = {c.id: c for c in journal.list_check_ins(db)}
    check_in_changes = [(existing_check_ins.get(c.id), c) for c in export.check_ins]

    existing_strengths = {s.id: s for s in journal.list_strengths(db)}
    strength_changes = [
        (existing_strengths.get(s.id), replace(s, text=s.text.strip())) for s in export.strengths
    ]

    existing_goals = {g.id: g for g in goals.list_goals(db)}
    goal_changes = [(existing_goals.get(g.id), g) for g in export.goals]

    stored = dict(db.execute("SELECT key, value FROM settings").fetchall())
    setting_changes = [
        (key, stored.get(key), json.dumps(value, ensure_ascii=False, allow_nan=False))
        for key, value in export.settings.items()
    ]

    with db.atomic():
        for client in _changed(client_changes):
            journal.save_client(db, client)
        changed = _changed(encounter_changes)
        if changed:
            journal.save_encounters(db, changed, now)
        for event in _changed(event_changes):
            journal.save_client_event(db, event)
        for check_in in _changed(check_in_changes):
            journal.save_check_in(db, check_in, now)
        for strength in _changed(strength_changes):
            journal.save_strength(db, strength)
        for goal in _changed(goal_changes):
            goals.save_goal(db, goal)
        for key, old, value in setting_changes:
            if old is None or _json_differs(old, value):
                db.table("settings").upsert({"key": key, "value": value}, pk="key")

    return ImportSummary(
        clients=_plus_unchanged(_tally(client_changes), len(matched)),
        encounters=_tally(encounter_changes),
        strengths=_tally(strength_changes),
        client_events=_tally(event_changes),
        check_ins=_tally(check_in_changes),
        goals=_tally(goal_changes),
        settings=Counts(
            added=sum(old is None for _, old, _ in setting_changes),
            updated=sum(old is not None and _json_differs(old, v) for _, old, v in setting_changes),
            unchanged=sum(
                old is not None and not _json_differs(old, v) for _, old, v in setting_changes
            ),
        ),
        matched_by_name=tuple(matched),
    )


def _json_differs(stored: str, incoming: str) -> bool:
    """Compare JSON values strictly: 1, 1.0 and true are different settings."""

    def canonical(text: str) -> str:
        return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)

    return canonical(stored) != canonical(incoming)


def _plus_unchanged(counts: Counts, extra: int) -> Counts:
    return replace(counts, unchanged=counts.unchanged + extra)
