"""Facts built slice by slice as the window reads a journal are the Facts the rest of the
analysis builds from the whole journal at once: same rows, order, values and tags."""

from __future__ import annotations

from dataclasses import fields

import numpy as np

from wellbeing.analysis.facts import FactColumns, Facts
from wellbeing.store import journal
from wellbeing.store.fact_slices import SLICE_COLUMNS, encounter_slice, share_values, tag_slice


def sliced(db, rows_per_slice: int, tags_per_slice: int) -> Facts:
    columns = FactColumns(SLICE_COLUMNS)
    seen: dict[str, str] = {}
    after = 0
    while page := encounter_slice(db, after, rows_per_slice):
        columns.add_rows(share_values(page, seen))
        after = page[-1][-1]
    last = None
    while page := tag_slice(db, last, tags_per_slice):
        columns.add_tags(page)
        last = page[-1]
    return columns.build()


def assert_same(built: Facts, whole: Facts) -> None:
    for field in fields(Facts):
        if field.name != "tags":
            mine, theirs = getattr(built, field.name), getattr(whole, field.name)
            assert mine.dtype == theirs.dtype, field.name
            np.testing.assert_array_equal(mine, theirs, err_msg=field.name)
    assert {facet: list(tags) for facet, tags in built.tags.items()} == {
        facet: list(tags) for facet, tags in whole.tags.items()
    }
    for facet, tags in whole.tags.items():
        for tag, mask in tags.items():
            np.testing.assert_array_equal(built.tags[facet][tag], mask, err_msg=tag)


def test_facts_built_in_slices_are_the_facts_of_the_whole_journal(db) -> None:
    from wellbeing.services.demo import write_demo_journal

    write_demo_journal(db)
    # out of rowid order, and two at the same minute: ties keep the order they were logged
    db.execute("UPDATE encounters SET occurred_at = '2020-01-01T08:00:30' WHERE rowid = 7")
    db.execute("UPDATE encounters SET occurred_at = '2020-01-01T08:00:10' WHERE rowid = 9")
    db.execute("UPDATE encounters SET occurred_at = '2020-01-01T08:00:10' WHERE rowid = 3")
    rows = journal.fact_rows(db)
    whole = Facts.from_rows(rows.columns, rows.encounters, sorted(rows.tags))
    assert len(whole) > 50
    assert_same(sliced(db, 13, 17), whole)


def test_a_journal_logged_in_order_gives_the_same_facts(db) -> None:
    from wellbeing.services.demo import write_demo_journal

    write_demo_journal(db)
    db.execute(
        "DELETE FROM encounters WHERE rowid IN (SELECT a.rowid FROM encounters a, encounters b"
        " WHERE b.rowid < a.rowid AND b.occurred_at > a.occurred_at)"
    )
    rows = journal.fact_rows(db)
    assert len(rows.encounters) > 5
    whole = Facts.from_rows(rows.columns, rows.encounters, sorted(rows.tags))
    assert_same(sliced(db, 4, 9), whole)


def test_an_empty_journal_gives_empty_facts(db) -> None:
    rows = journal.fact_rows(db)
    assert_same(sliced(db, 10, 10), Facts.from_rows(rows.columns, rows.encounters, rows.tags))
