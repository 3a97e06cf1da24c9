"""The journal's one storage API, shared by the GUI and the command line.

Functions take the database first and never hold a connection of their own. Every write
runs inside db.atomic(): it lands whole or not at all. Over 500 lines on purpose: it is
the one door to the tables, so every SQL statement is found here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    EncounterKind,
    Strength,
)
from wellbeing.domain.validation import (
    InvalidValue,
    check_client_name,
    validate_check_in,
    validate_client,
    validate_client_event,
    validate_encounter,
    validate_strength,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
FACETS = {
    "behaviour": "behaviours",
    "irritant": "irritants",
    "emotion": "emotions",
    "violation": "violations",
}


# --- clients -------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientSummary:
    client: Client
    encounters: int
    difficult: int
    positive: int
    mean_impact: float | None
    last_encounter: datetime | None


def _client(row: dict[str, Any] | tuple) -> Client:
    if isinstance(row, tuple):
        row = dict(zip(("id", "name", "revenue_share", "status"), row, strict=True))
    return Client(
        id=row["id"],
        name=row["name"],
        revenue_share=row["revenue_share"],
        status=ClientStatus(row["status"]),
    )


def list_clients(db: Database) -> list[Client]:
    rows = db.execute("SELECT id, name, revenue_share, status FROM clients ORDER BY name")
    return [_client(row) for row in rows.fetchall()]


def get_client(db: Database, client_id: str) -> Client | None:
    row = db.execute(
        "SELECT id, name, revenue_share, status FROM clients WHERE id = ?", [client_id]
    ).fetchone()
    return _client(row) if row else None


def name_key(name: str) -> str:
    """What makes two client names the same: case, accents' case and spacing aside."""
    return " ".join(name.split()).casefold()


def find_client(db: Database, name: str) -> Client | None:
    row = db.execute(
        "SELECT id, name, revenue_share, status FROM clients WHERE name_key = ?",
        [name_key(name)],
    ).fetchone()
    return _client(row) if row else None


def ensure_client(db: Database, name: str) -> Client:
    """The client of that name, created when new: logging must never stop at 'who?'."""
    name = check_client_name(name)
    existing = find_client(db, name)
    if existing:
        return existing
    client = Client(name=name)
    save_client(db, client)
    return client


def save_client(db: Database, client: Client) -> Client:
    """Insert or update a client; names stay unique, whatever their case."""
    client = replace(client, name=check_client_name(client.name))
    validate_client(client)
    same_name = find_client(db, client.name)
    if same_name and same_name.id != client.id:
        raise InvalidValue(
            f"Another client is already called {same_name.name}.",
            "duplicate_client",
            name=same_name.name,
        )
    row = {
        "id": client.id,
        "name": client.name,
        "name_key": name_key(client.name),
        "revenue_share": client.revenue_share,
        "status": str(client.status),
    }
    with db.atomic():
        db.table("clients").upsert(row, pk="id")
    return client


def delete_client(db: Database, client_id: str) -> None:
    """Only a client without encounters can go; merging is how clients with history leave."""
    with db.atomic():
        db.execute("DELETE FROM clients WHERE id = ?", [client_id])


def merge_clients(db: Database, source_id: str, target_id: str) -> list[str]:
    """Move every encounter and history event of source onto target and drop source.

    Returns the ids of what moved (encounters, then events), which unmerge_clients takes
    back: the source's reframing, messages and plans must not vanish with it.
    """
    if source_id == target_id:
        raise InvalidValue("A client cannot be merged into itself.", "merge_self")
    if get_client(db, source_id) is None or get_client(db, target_id) is None:
        raise InvalidValue("Both clients must exist to be merged.")
    with db.atomic():
        moved = [
            row[0]
            for row in db.execute(
                "SELECT id FROM encounters WHERE client_id = ?", [source_id]
            ).fetchall()
        ]
        moved += [
            row[0]
            for row in db.execute(
                "SELECT id FROM client_events WHERE client_id = ?", [source_id]
            ).fetchall()
        ]
        for table in ("encounters", "client_events"):
            db.execute(
                f"UPDATE {table} SET client_id = ? WHERE client_id = ?", [target_id, source_id]
            )
        db.execute("DELETE FROM clients WHERE id = ?", [source_id])
    return moved


def unmerge_clients(db: Database, source: Client, moved_ids: Iterable[str]) -> None:
    """Undo a merge: bring the source client back with the encounters it had."""
    ids = list(moved_ids)
    with db.atomic():
        save_client(db, source)
        for table in ("encounters", "client_events"):
            db.conn.executemany(
                f"UPDATE {table} SET client_id = ? WHERE id = ?", [(source.id, i) for i in ids]
            )


def client_summaries(db: Database) -> list[ClientSummary]:
    rows = db.execute(
        """
        SELECT c.id, c.name, c.revenue_share, c.status,
               COUNT(e.id),
               COALESCE(SUM(e.kind = 'difficult'), 0),
               COALESCE(SUM(e.kind = 'positive'), 0),
               AVG(CASE WHEN e.kind = 'difficult' THEN e.impact END),
               MAX(e.occurred_at)
        FROM clients c LEFT JOIN encounters e ON e.client_id = c.id
        GROUP BY c.id ORDER BY c.name COLLATE NOCASE
        """
    ).fetchall()
    return [
        ClientSummary(
            client=_client(row[:4]),
            encounters=row[4],
            difficult=row[5],
            positive=row[6],
            mean_impact=row[7],
            last_encounter=datetime.strptime(row[8], TIME_FORMAT) if row[8] else None,
        )
        for row in rows
    ]


def recent_client_names(db: Database, limit: int = 8) -> list[str]:
    """The clients met most recently first, then those never met yet (by name): the ones a
    quick capture offers, so that logging a rough moment is a click, not a search."""
    # Each client's last encounter from the (client_id, occurred_at) index, one lookup per
    # client: joining every encounter to group them took 20-25 ms of each save at 100,000
    # (the tray's menu asks after every save).
    rows = db.execute(
        """
        SELECT name FROM (
            SELECT c.name AS name,
                   (SELECT MAX(e.occurred_at) FROM encounters e WHERE e.client_id = c.id) AS last
            FROM clients c WHERE c.status != 'dethroned'
        )
        ORDER BY last IS NULL, last DESC, name COLLATE NOCASE
        LIMIT ?
        """,
        [limit],
    ).fetchall()
    return [row[0] for row in rows]


def frequent_emotions(db: Database, limit: int = 8) -> list[str]:
    """The emotion keys the user ticks most, most used first (ties by key): the one row of
    emotions a quick capture has room for."""
    rows = db.execute(
        "SELECT tag FROM encounter_tags WHERE facet = 'emotion' "
        "GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT ?",
        [limit],
    ).fetchall()
    return [row[0] for row in rows]


# --- encounters ----------------------------------------------------------------------

_ENCOUNTER_COLUMNS = (
    "id",
    "client_id",
    "occurred_at",
    "kind",
    "impact",
    "channel",
    "duration_minutes",
    "what_happened",
    "lingered",
    "assertiveness",
    "company_confidence",
    "outcome",
    "escalated",
    "backed",
    "next_time",
)


def _encounter_row(encounter: Encounter) -> dict[str, Any]:
    row = {name: getattr(encounter, name) for name in _ENCOUNTER_COLUMNS}
    row["occurred_at"] = encounter.occurred_at.strftime(TIME_FORMAT)
    row["kind"] = str(encounter.kind)
    row["escalated"] = int(encounter.escalated)
    return row


def _tag_rows(encounter: Encounter) -> list[dict[str, str]]:
    return [
        {"encounter_id": encounter.id, "facet": facet, "tag": tag}
        for facet, attribute in FACETS.items()
        for tag in dict.fromkeys(getattr(encounter, attribute))
    ]


def save_encounter(db: Database, encounter: Encounter, now: datetime | None = None) -> Encounter:
    """Insert or replace one encounter with its tags, in one transaction."""
    validate_encounter(encounter, now)
    if get_client(db, encounter.client_id) is None:
        raise InvalidValue("The encounter's client does not exist.")
    with db.atomic():
        db.table("encounters").upsert(_encounter_row(encounter), pk="id")
        db.execute("DELETE FROM encounter_tags WHERE encounter_id = ?", [encounter.id])
        tags = _tag_rows(encounter)
        if tags:
            db.table("encounter_tags").insert_all(tags)
    return encounter


def save_encounters(
    db: Database, encounters: Iterable[Encounter], now: datetime | None = None
) -> int:
    """Bulk write (demo data, imports): everything validated first, then one transaction."""
    batch = list(encounters)
    known = {row[0] for row in db.execute("SELECT id FROM clients").fetchall()}
    for encounter in batch:
        validate_encounter(encounter, now)
        if encounter.client_id not in known:
            raise InvalidValue("An encounter's client does not exist.")
    with db.atomic():
        db.table("encounters").upsert_all(
            (_encounter_row(e) for e in batch), pk="id", batch_size=500
        )
        db.conn.executemany(
            "DELETE FROM encounter_tags WHERE encounter_id = ?", [(e.id,) for e in batch]
        )
        db.table("encounter_tags").insert_all(
            (tag for e in batch for tag in _tag_rows(e)), batch_size=500
        )
    return len(batch)


def delete_encounter(db: Database, encounter_id: str) -> Encounter | None:
    """Delete and hand back what was deleted, so that the caller can offer undo."""
    encounter = get_encounter(db, encounter_id)
    if encounter is None:
        return None
    with db.atomic():
        db.execute("DELETE FROM encounters WHERE id = ?", [encounter_id])
    return encounter


def _build_encounter(row: tuple, tags: dict[str, dict[str, list[str]]]) -> Encounter:
    data = dict(zip(_ENCOUNTER_COLUMNS, row, strict=True))
    facets = tags.get(data["id"], {})
    return Encounter(
        id=data["id"],
        client_id=data["client_id"],
        occurred_at=datetime.strptime(data["occurred_at"], TIME_FORMAT),
        kind=EncounterKind(data["kind"]),
        impact=data["impact"],
        channel=data["channel"],
        duration_minutes=data["duration_minutes"],
        what_happened=data["what_happened"],
        behaviours=tuple(facets.get("behaviour", ())),
        irritants=tuple(facets.get("irritant", ())),
        emotions=tuple(facets.get("emotion", ())),
        violations=tuple(facets.get("violation", ())),
        lingered=data["lingered"],
        assertiveness=data["assertiveness"],
        company_confidence=data["company_confidence"],
        outcome=data["outcome"],
        escalated=bool(data["escalated"]),
        backed=data["backed"],
        next_time=data["next_time"],
    )


def _tags_for(db: Database, where: str, params: list[Any]) -> dict[str, dict[str, list[str]]]:
    tags: dict[str, dict[str, list[str]]] = {}
    query = (
        "SELECT t.encounter_id, t.facet, t.tag FROM encounter_tags t "
        f"JOIN encounters e ON e.id = t.encounter_id WHERE {where}"
    )
    for encounter_id, facet, tag in db.execute(query, params):
        tags.setdefault(encounter_id, {}).setdefault(facet, []).append(tag)
    return tags


def get_encounter(db: Database, encounter_id: str) -> Encounter | None:
    columns = ", ".join(_ENCOUNTER_COLUMNS)
    row = db.execute(f"SELECT {columns} FROM encounters WHERE id = ?", [encounter_id]).fetchone()
    if row is None:
        return None
    return _build_encounter(row, _tags_for(db, "e.id = ?", [encounter_id]))


def list_encounters(
    db: Database,
    client_id: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[Encounter]:
    """Encounters, newest first, optionally for one client or from a date on."""
    clauses, params = ["1"], []
    if client_id:
        clauses.append("e.client_id = ?")
        params.append(client_id)
    if since:
        clauses.append("e.occurred_at >= ?")
        params.append(since.strftime(TIME_FORMAT))
    where = " AND ".join(clauses)
    columns = ", ".join(f"e.{c}" for c in _ENCOUNTER_COLUMNS)
    query = (
        f"SELECT {columns} FROM encounters e WHERE {where} "
        "ORDER BY e.occurred_at DESC, e.rowid DESC"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    rows = db.execute(query, params).fetchall()
    tags = _tags_for(db, where, params)
    return [_build_encounter(row, tags) for row in rows]


STREAM_BATCH = 500
"""Encounters read per batch by iter_encounters (their tags in one query per batch)."""


def iter_encounters(
    db: Database,
    client_id: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> Iterator[Encounter]:
    """list_encounters one at a time, read in batches: memory stays flat however long the
    journal (`wellbeing list --json` on 100,000 encounters)."""
    clauses, params = ["1"], []
    if client_id:
        clauses.append("client_id = ?")
        params.append(client_id)
    if since:
        clauses.append("occurred_at >= ?")
        params.append(since.strftime(TIME_FORMAT))
    query = (
        f"SELECT {', '.join(_ENCOUNTER_COLUMNS)} FROM encounters WHERE {' AND '.join(clauses)} "
        "ORDER BY occurred_at DESC, rowid DESC"
    )
    if limit is not None:
        query += f" LIMIT {int(limit)}"
    cursor = db.conn.cursor()  # its own: the batches' tag queries do not disturb it
    cursor.execute(query, params)
    while rows := cursor.fetchmany(STREAM_BATCH):
        marks = ", ".join("?" * len(rows))
        tags = _tags_for(db, f"e.id IN ({marks})", [row[0] for row in rows])
        yield from (_build_encounter(row, tags) for row in rows)


def count_encounters(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM encounters").fetchone()[0]


@dataclass(frozen=True, slots=True)
class EncounterLine:
    """One journal line as the list shows it: enough to display, search and filter."""

    id: str
    occurred_at: str
    client_id: str
    client_name: str
    kind: str
    impact: int
    behaviours: str
    emotions: str
    what_happened: str
    irritants: str = ""
    violations: str = ""


def _lines(db: Database, where: str, params: list[Any], limit: int) -> list[tuple]:
    return db.execute(
        f"""
        SELECT e.id, e.occurred_at, e.client_id, c.name, e.kind, e.impact,
               substr(e.what_happened, 1, 300), e.rowid
        FROM encounters e JOIN clients c ON c.id = e.client_id
        WHERE {where} ORDER BY e.occurred_at DESC, e.rowid DESC LIMIT ?
        """,
        [*params, limit],
    ).fetchall()


def _as_lines(db: Database, rows: list[tuple]) -> list[EncounterLine]:
    tags: dict[str, dict[str, list[str]]] = {}
    ids = json.dumps([row[0] for row in rows])
    for encounter_id, facet, tag in db.execute(
        "SELECT encounter_id, facet, tag FROM encounter_tags "
        "WHERE encounter_id IN (SELECT value FROM json_each(?))",
        [ids],
    ):
        tags.setdefault(encounter_id, {}).setdefault(facet, []).append(tag)
    return [
        EncounterLine(
            id=r[0],
            occurred_at=r[1],
            client_id=r[2],
            client_name=r[3],
            kind=r[4],
            impact=r[5],
            behaviours=",".join(tags.get(r[0], {}).get("behaviour", ())),
            emotions=",".join(tags.get(r[0], {}).get("emotion", ())),
            irritants=",".join(tags.get(r[0], {}).get("irritant", ())),
            violations=",".join(tags.get(r[0], {}).get("violation", ())),
            what_happened=r[6],
        )
        for r in rows
    ]


def encounter_lines(
    db: Database,
    after: tuple[str, int] | None = None,
    limit: int = 2000,
    client_id: str | None = None,
) -> tuple[list[EncounterLine], tuple[str, int] | None]:
    """One page of journal lines (of one client's, if given), newest first, and the cursor
    of the next page (or None).

    Pages let the list show its first rows at once on a journal of 100,000 encounters and
    load the rest in steps that keep the window responsive.
    """
    conditions: list[str] = []
    params: list[Any] = []
    if client_id is not None:  # the (client_id, occurred_at) index keeps the order
        conditions.append("e.client_id = ?")
        params.append(client_id)
    if after:
        conditions.append("(e.occurred_at, e.rowid) < (?, ?)")
        params += list(after)
    rows = _lines(db, " AND ".join(conditions) or "1", params, limit)
    cursor = (rows[-1][1], rows[-1][7]) if len(rows) == limit else None
    return _as_lines(db, rows), cursor


def encounter_lines_by_id(db: Database, ids: Iterable[str]) -> list[EncounterLine]:
    """The lines of just these encounters (after a save), newest first; missing ids skipped."""
    wanted = list(ids)
    where = "e.id IN (SELECT value FROM json_each(?))"
    return _as_lines(db, _lines(db, where, [json.dumps(wanted)], len(wanted)))


def client_encounter_lines(db: Database, client_id: str) -> list[EncounterLine]:
    """One client's lines, newest first: filtered by SQL (its index), not row by row."""
    return _as_lines(db, _lines(db, "e.client_id = ?", [client_id], -1))


def all_encounter_lines(db: Database) -> list[EncounterLine]:
    lines, cursor = encounter_lines(db)
    while cursor is not None:
        page, cursor = encounter_lines(db, cursor)
        lines.extend(page)
    return lines


# --- strengths -----------------------------------------------------------------------


def list_strengths(db: Database) -> list[Strength]:
    rows = db.execute("SELECT id, text, position FROM strengths ORDER BY position, rowid")
    return [Strength(id=r[0], text=r[1], position=r[2]) for r in rows.fetchall()]


def save_strength(db: Database, strength: Strength) -> Strength:
    strength = replace(strength, text=strength.text.strip())
    validate_strength(strength)
    with db.atomic():
        db.table("strengths").upsert(
            {"id": strength.id, "text": strength.text, "position": strength.position}, pk="id"
        )
    return strength


def delete_strength(db: Database, strength_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM strengths WHERE id = ?", [strength_id])


# --- drafts --------------------------------------------------------------------------


def save_draft(db: Database, payload: dict[str, Any], now: datetime | None = None) -> None:
    """Keep a half-written encounter inside the journal, never in a file of its own."""
    saved_at = (now or datetime.now()).strftime(TIME_FORMAT)
    with db.atomic():
        db.table("drafts").upsert(
            {"slot": "encounter", "payload": json.dumps(payload), "saved_at": saved_at},
            pk="slot",
        )


def load_draft(db: Database) -> tuple[dict[str, Any], datetime] | None:
    row = db.execute("SELECT payload, saved_at FROM drafts WHERE slot = 'encounter'").fetchone()
    if row is None:
        return None
    return json.loads(row[0]), datetime.strptime(row[1], TIME_FORMAT)


def clear_draft(db: Database) -> None:
    with db.atomic():
        db.execute("DELETE FROM drafts WHERE slot = 'encounter'")


# --- facts for the analysis ----------------------------------------------------------

FACT_COLUMNS = (
    "id",
    "occurred_at",
    "client_id",
    "kind",
    "impact",
    "lingered",
    "assertiveness",
    "company_confidence",
    "escalated",
    "backed",
    "channel",
)


@dataclass(frozen=True)
class FactRows:
    """Encounters as bare rows (FACT_COLUMNS, oldest first) and their tags, for analysis.

    Building 50,000 Encounter objects takes seconds; these rows take a tenth of one.
    """

    columns: tuple[str, ...]
    encounters: list[tuple]
    tags: list[tuple[str, str, str]]
    """(encounter_id, facet, tag) with facet one of FACETS."""


def fact_rows(db: Database) -> FactRows:
    columns = ", ".join(FACT_COLUMNS)
    rows = db.execute(f"SELECT {columns} FROM encounters ORDER BY occurred_at, rowid").fetchall()
    tags = db.execute("SELECT encounter_id, facet, tag FROM encounter_tags").fetchall()
    return FactRows(FACT_COLUMNS, rows, tags)


# --- check-ins -----------------------------------------------------------------------


def save_check_in(db: Database, check_in: CheckIn, now: datetime | None = None) -> CheckIn:
    validate_check_in(check_in, now)
    row = {
        "id": check_in.id,
        "answered_at": check_in.answered_at.strftime(TIME_FORMAT),
        "strain": json.dumps(list(check_in.strain)),
        "wellbeing": json.dumps(list(check_in.wellbeing)),
    }
    with db.atomic():
        db.table("check_ins").upsert(row, pk="id")
    return check_in


def list_check_ins(db: Database) -> list[CheckIn]:
    """Every check-in, oldest first."""
    rows = db.execute(
        "SELECT id, answered_at, strain, wellbeing FROM check_ins ORDER BY answered_at, rowid"
    ).fetchall()
    return [
        CheckIn(
            id=row[0],
            answered_at=datetime.strptime(row[1], TIME_FORMAT),
            strain=tuple(json.loads(row[2])),
            wellbeing=tuple(json.loads(row[3])),
        )
        for row in rows
    ]


def delete_check_in(db: Database, check_in_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM check_ins WHERE id = ?", [check_in_id])


# --- client events -------------------------------------------------------------------


def save_client_event(db: Database, event: ClientEvent) -> ClientEvent:
    validate_client_event(event)
    row = {
        "id": event.id,
        "client_id": event.client_id,
        "at": event.at.strftime(TIME_FORMAT),
        "kind": str(event.kind),
        "detail": event.detail,
    }
    with db.atomic():
        db.table("client_events").upsert(row, pk="id")
    return event


def list_client_events(
    db: Database, client_id: str | None = None, kind: ClientEventKind | None = None
) -> list[ClientEvent]:
    """A client's history (or everyone's), oldest first."""
    clauses, params = ["1"], []
    if client_id:
        clauses.append("client_id = ?")
        params.append(client_id)
    if kind:
        clauses.append("kind = ?")
        params.append(str(kind))
    rows = db.execute(
        f"SELECT id, client_id, at, kind, detail FROM client_events "
        f"WHERE {' AND '.join(clauses)} ORDER BY at, rowid",
        params,
    ).fetchall()
    return [
        ClientEvent(
            id=row[0],
            client_id=row[1],
            at=datetime.strptime(row[2], TIME_FORMAT),
            kind=ClientEventKind(row[3]),
            detail=row[4],
        )
        for row in rows
    ]


def delete_client_event(db: Database, event_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM client_events WHERE id = ?", [event_id])


def set_client_status(
    db: Database, client_id: str, status: ClientStatus, at: datetime, note: str = ""
) -> ClientEvent:
    """Change a client's status and record when, in one transaction (the follow-up and the
    advice history need the date)."""
    kinds = {
        ClientStatus.REFRAMED: ClientEventKind.REFRAMED,
        ClientStatus.DETHRONED: ClientEventKind.DETHRONED,
        ClientStatus.ACTIVE: ClientEventKind.REACTIVATED,
    }
    event = ClientEvent(client_id=client_id, at=at, kind=kinds[status], detail=note)
    with db.atomic():
        db.execute("UPDATE clients SET status = ? WHERE id = ?", [str(status), client_id])
        save_client_event(db, event)
    return event
