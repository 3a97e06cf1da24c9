"""The demo year: deterministic, valid, and telling the five stories the charts are judged on."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from statistics import mean
from typing import TYPE_CHECKING

import pytest

from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.domain.validation import InvalidValue, validate_encounter
from wellbeing.samples.demo import DemoJournal, generate_demo
from wellbeing.services.demo import write_demo_journal
from wellbeing.store import journal, settings

if TYPE_CHECKING:
    from sqlite_utils import Database

END = date(2026, 11, 23)
DISRESPECT = {"rude", "insulting", "contemptuous", "shouting", "threatening"}
DEMANDING = {"impatient", "unreasonable_demand", "out_of_scope", "special_treatment"}


@pytest.fixture(scope="module")
def demo() -> DemoJournal:
    """Generation is pure, so one year serves every read-only test."""
    return generate_demo(seed=2026, end=END)


def _between(encounters: Iterable[Encounter], first: date, last: date) -> list[Encounter]:
    return [e for e in encounters if first <= e.occurred_at.date() <= last]


def _of(demo: DemoJournal, role: str) -> list[Encounter]:
    return [e for e in demo.encounters if e.client_id == demo.story.client_ids[role]]


def _mean(encounters: Iterable[Encounter], measure: Callable[[Encounter], int | None]) -> float:
    return mean(v for e in encounters if (v := measure(e)) is not None)


def _share(encounters: list[Encounter], test: Callable[[Encounter], bool]) -> float:
    return sum(1 for e in encounters if test(e)) / len(encounters)


def _per_week(encounters: list[Encounter], first: date, last: date, tag: str) -> float:
    return 7 * sum(tag in e.behaviours for e in encounters) / ((last - first).days + 1)


# --- determinism and shape ------------------------------------------------------------


def test_same_seed_and_end_give_the_same_journal(demo: DemoJournal) -> None:
    again = generate_demo(seed=2026, end=END)
    assert again.encounters == demo.encounters
    assert again.clients == demo.clients
    assert again.strengths == demo.strengths


def test_another_seed_gives_other_data(demo: DemoJournal) -> None:
    other = generate_demo(seed=7, end=END)
    assert {e.id for e in other.encounters}.isdisjoint({e.id for e in demo.encounters})
    assert [e.occurred_at for e in other.encounters] != [e.occurred_at for e in demo.encounters]


def test_twelve_months_ending_on_end_and_never_after(demo: DemoJournal) -> None:
    first, last = demo.encounters[0].occurred_at.date(), demo.encounters[-1].occurred_at.date()
    assert demo.start == END - timedelta(days=364)
    assert first - demo.start <= timedelta(days=3)
    assert END - timedelta(days=3) <= last <= END
    assert 500 <= len(demo.encounters) <= 900
    assert demo.summary() == (
        f"Wrote {len(demo.encounters)} encounters with 8 clients over 12 months "
        "(2025-11-24 to 2026-11-23) and 6 strengths."
    )


def test_every_encounter_is_valid_and_ids_are_unique(demo: DemoJournal) -> None:
    now = datetime.combine(END, time.max)
    for encounter in demo.encounters:
        validate_encounter(encounter, now)
        assert encounter.emotions and encounter.what_happened
        assert encounter.client_id in demo.story.client_ids.values()
    ids = [e.id for e in demo.encounters] + [c.id for c in demo.clients]
    assert len(set(ids)) == len(ids)


def test_mostly_working_hours_with_a_share_of_positive_encounters(demo: DemoJournal) -> None:
    def in_hours(e: Encounter) -> bool:
        return e.occurred_at.weekday() < 5 and time(8, 30) <= e.occurred_at.time() <= time(18, 30)

    assert _share(list(demo.encounters), in_hours) > 0.88
    assert 0.28 <= _share(list(demo.encounters), lambda e: e.kind is EncounterKind.POSITIVE) <= 0.42
    working_days = {e.occurred_at.date() for e in demo.encounters if in_hours(e)}
    assert 2.0 <= sum(in_hours(e) for e in demo.encounters) / len(working_days) <= 4.0


def test_generation_needs_neither_storage_nor_qt() -> None:
    code = (
        "import sys, wellbeing.samples.demo; "
        "bad = [m for m in ('wellbeing.store', 'sqlite_utils', 'PySide6', 'numpy') "
        "if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- the five stories -----------------------------------------------------------------


def test_escalating_client_goes_from_demanding_to_abusive_and_out_of_hours(
    demo: DemoJournal,
) -> None:
    theirs = _of(demo, "escalating")
    first = _between(theirs, demo.start, demo.start + timedelta(days=91))
    last = _between(theirs, END - timedelta(days=91), END)
    assert _mean(last, lambda e: e.impact) >= _mean(first, lambda e: e.impact) + 2.5
    ooh_first = _share(first, lambda e: "out_of_hours" in e.behaviours)
    ooh_last = _share(last, lambda e: "out_of_hours" in e.behaviours)
    assert ooh_last >= ooh_first + 0.2
    assert len(last) > len(first)
    assert not any(DISRESPECT & set(e.behaviours) for e in first)
    assert _share(first, lambda e: bool(DEMANDING & set(e.behaviours))) > 0.6
    assert _share(last, lambda e: bool(DISRESPECT & set(e.behaviours))) > 0.8
    saturday_eight = [e for e in theirs if e.occurred_at.weekday() == 5 and e.occurred_at.hour == 8]
    assert saturday_eight


def test_loyal_client_is_mostly_a_pleasure(demo: DemoJournal) -> None:
    theirs = _of(demo, "loyal")
    assert _share(theirs, lambda e: e.kind is EncounterKind.POSITIVE) > 0.7
    assert _mean(theirs, lambda e: e.impact) < 2
    pleasant = {"grateful", "valued", "respected", "pleased", "understood", "at_ease"}
    assert sum(bool(pleasant & set(e.emotions)) for e in theirs) > len(theirs) / 2


def test_key_account_is_demanding_but_respectful(demo: DemoJournal) -> None:
    client = next(c for c in demo.clients if c.id == demo.story.client_ids["key_account"])
    assert client.revenue_share == 40.0
    theirs = _of(demo, "key_account")
    assert not any(DISRESPECT & set(e.behaviours) for e in theirs)
    assert sum(bool(DEMANDING & set(e.behaviours)) for e in theirs) > 30


def test_service_failures_bring_irritants_and_complaints(demo: DemoJournal) -> None:
    first, last = demo.story.service_failures
    assert 38 <= (last - first).days <= 45
    inside = _between(demo.encounters, first, last)
    inside_ids = {e.id for e in inside}
    outside = [e for e in demo.encounters if e.id not in inside_ids]
    assert _share(inside, lambda e: bool(e.irritants)) > 4 * _share(
        outside, lambda e: bool(e.irritants)
    )
    lost_files = [e for e in inside if {"careless_error", "broken_promise"} & set(e.irritants)]
    complaining = {e.client_id for e in inside if "complaint" in e.behaviours}
    assert lost_files and len(complaining) >= 4
    assert any("lost_trust" in e.behaviours for e in inside)


def test_confidence_cycle_turns_assertiveness_and_confidence_down_as_complaints_rise(
    demo: DemoJournal,
) -> None:
    first, last = demo.story.cycle
    assert 50 <= (last - first).days <= 60
    cycle = _between(demo.encounters, first, last)
    before_end = demo.story.service_failures[0] - timedelta(days=1)
    before_start = before_end - (last - first)
    before = _between(demo.encounters, before_start, before_end)
    for measure in (lambda e: e.assertiveness, lambda e: e.company_confidence):
        assert _mean(cycle, measure) <= _mean(before, measure) - 1.0
    assert _per_week(cycle, first, last, "complaint") > 3 * _per_week(
        before, before_start, before_end, "complaint"
    )
    assert sum(e.backed == "no" for e in cycle) >= 3
    halfway = first + (last - first) / 2
    early, late = _between(cycle, first, halfway), _between(cycle, halfway, last)
    assert _mean(late, lambda e: e.assertiveness) < _mean(early, lambda e: e.assertiveness)


def test_holiday_gap_is_followed_by_recovery(demo: DemoJournal) -> None:
    days = sorted({e.occurred_at.date() for e in demo.encounters})
    gaps = [(after - before, before, after) for before, after in pairwise(days)]
    gap, left, back = max(gaps)
    assert timedelta(days=14) <= gap <= timedelta(days=23)
    assert demo.story.holiday[0] > left and demo.story.holiday[1] < back
    before = _between(demo.encounters, left - timedelta(days=42), left)
    after = _between(demo.encounters, back, back + timedelta(days=42))
    assert _mean(after, lambda e: e.impact) <= _mean(before, lambda e: e.impact) - 1.0

    def positive(e: Encounter) -> bool:
        return e.kind is EncounterKind.POSITIVE

    assert _share(after, positive) > _share(before, positive) + 0.15
    for measure in (lambda e: e.assertiveness, lambda e: e.company_confidence):
        assert _mean(after, measure) >= _mean(before, measure) + 1.0


# --- storing it -----------------------------------------------------------------------


def test_write_demo_journal_stores_everything(db: Database, demo: DemoJournal) -> None:

    summary = write_demo_journal(db, seed=2026, end=END)
    assert summary == demo.summary()
    assert journal.count_encounters(db) == len(demo.encounters)
    assert len(journal.list_clients(db)) == 8
    assert [s.text for s in journal.list_strengths(db)] == [s.text for s in demo.strengths]
    stored = {e.id: e for e in journal.list_encounters(db)}
    for original in demo.encounters[::50]:
        # The store hands tags back in its own order; compare them as sets.
        saved = stored[original.id]
        assert set(saved.emotions) == set(original.emotions)
        assert set(saved.behaviours) == set(original.behaviours)
        assert set(saved.violations) == set(original.violations)
        assert replace(saved, emotions=(), behaviours=(), irritants=(), violations=()) == replace(
            original, emotions=(), behaviours=(), irritants=(), violations=()
        )
    assert len(journal.list_check_ins(db)) == len(demo.check_ins) >= 40
    assert {e.kind for e in journal.list_client_events(db)} >= {"reframed", "dethroned"}
    assert settings.boundaries(db) == demo.boundaries


def test_the_demo_year_crosses_boundaries_and_checks_in_along_the_story(demo: DemoJournal) -> None:
    escalating = _of(demo, "escalating")
    crossed = [e for e in escalating if e.violations]
    assert len(crossed) >= 10
    assert any("day_off" in e.violations or "out_of_hours" in e.violations for e in crossed)
    cycle_start, cycle_end = demo.story.cycle
    during = [c for c in demo.check_ins if cycle_start <= c.answered_at.date() <= cycle_end]
    before = [c for c in demo.check_ins if c.answered_at.date() < demo.story.service_failures[0]]
    assert during and before
    assert sum(map(sum, (c.wellbeing for c in during))) / len(during) < sum(
        map(sum, (c.wellbeing for c in before))
    ) / len(before)


def test_write_demo_journal_refuses_a_journal_in_use(db: Database) -> None:

    client = journal.ensure_client(db, "Someone real")
    journal.save_encounter(
        db, Encounter(client_id=client.id, occurred_at=datetime(2026, 3, 2, 10, 0), impact=4)
    )
    with pytest.raises(InvalidValue, match=r"already holds 1 encounter;.*--journal"):
        write_demo_journal(db, seed=2026, end=END)
    assert journal.count_encounters(db) == 1
    assert [c.name for c in journal.list_clients(db)] == ["Someone real"]
    assert journal.list_strengths(db) == []


def test_demo_command_fills_a_new_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wellbeing.cli import main

    path = tmp_path / "demo.wbj"
    assert main(["demo", "--journal", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Wrote ")
    assert main(["--journal", str(path), "list", "--limit", "5"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 5
    assert main(["demo", "--journal", str(path)]) == 2
    assert "already holds" in capsys.readouterr().err
