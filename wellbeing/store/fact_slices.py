"""journal.fact_rows in slices: the window reads a large journal a few thousand rows at a
time between event-loop passes, so that it never freezes while it reads.

Slices follow the tables' keys (rowid, and the tags' primary key), each one a statement of
its own: nothing stays open between slices, so a save in between is safe (the reader starts
again when the journal changes meanwhile).
"""

from __future__ import annotations

from typing import Any

from wellbeing.store.journal import FACT_COLUMNS

Database = Any  # sqlite-utils' Database, loaded late (see engine.py)

TagKey = tuple[str, str, str]


SLICE_COLUMNS = (*FACT_COLUMNS, "rowid")
"""encounter_slice's columns: FACT_COLUMNS, then the rowid the next slice starts after."""


def encounter_slice(db: Database, after: int, limit: int) -> list[tuple]:
    """Up to `limit` encounters after rowid `after`, in rowid order (SLICE_COLUMNS)."""
    columns = ", ".join(SLICE_COLUMNS)
    return db.execute(
        f"SELECT {columns} FROM encounters WHERE rowid > ? ORDER BY rowid LIMIT ?",
        (after, limit),
    ).fetchall()


def tag_slice(db: Database, after: TagKey | None, limit: int) -> list[TagKey]:
    """Up to `limit` (encounter_id, facet, tag) after `after`, in key order."""
    if after is None:
        sql = "SELECT encounter_id, facet, tag FROM encounter_tags ORDER BY 1, 2, 3 LIMIT ?"
        return db.execute(sql, (limit,)).fetchall()
    sql = (
        "SELECT encounter_id, facet, tag FROM encounter_tags "
        "WHERE (encounter_id, facet, tag) > (?, ?, ?) ORDER BY 1, 2, 3 LIMIT ?"
    )
    return db.execute(sql, (*after, limit)).fetchall()


SHARED_COLUMNS = tuple(
    SLICE_COLUMNS.index(name) for name in ("client_id", "kind", "lingered", "backed", "channel")
)
"""Columns whose values repeat: each value is kept once."""


def share_values(rows: list[tuple], seen: dict[str, str]) -> list[tuple]:
    """The rows with each repeated text the one object in `seen`.

    sqlite hands back a new string for every value of every row: 100,000 encounters carry
    100,000 copies of their forty client ids. Kept once each, the loaded journal takes
    tens of megabytes less.
    """
    shared = SHARED_COLUMNS
    result = []
    for row in rows:
        values = list(row)
        for index in shared:
            value = values[index]
            if value is not None:
                values[index] = seen.setdefault(value, value)
        result.append(tuple(values))
    return result
