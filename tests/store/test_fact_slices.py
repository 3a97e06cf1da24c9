"""Reading the journal's facts in slices gives fact_rows' rows, each repeated text once."""

from __future__ import annotations

from wellbeing.store import journal
from wellbeing.store.fact_slices import SLICE_COLUMNS, encounter_slice, share_values, tag_slice


def test_slices_give_fact_rows_with_each_repeated_text_once(db) -> None:
    from wellbeing.services.demo import write_demo_journal

    write_demo_journal(db)
    whole = journal.fact_rows(db)
    seen: dict[str, str] = {}
    rows: list[tuple] = []
    after = 0
    while page := encounter_slice(db, after, 50):
        rows += share_values(page, seen)
        after = page[-1][-1]
    tags: list[tuple[str, str, str]] = []
    last = None
    while page := tag_slice(db, last, 70):
        tags += page
        last = page[-1]
    at = SLICE_COLUMNS.index("occurred_at")
    rows.sort(key=lambda row: (row[at], row[-1]))

    assert [row[:-1] for row in rows] == whole.encounters
    assert SLICE_COLUMNS[:-1] == whole.columns
    assert tags == sorted(whole.tags)
    client = SLICE_COLUMNS.index("client_id")
    by_client = {}
    for row in rows:
        assert by_client.setdefault(row[client], row[client]) is row[client]  # one object
