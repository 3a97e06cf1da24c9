"""Preparing a week's contribution: the true answers a journal gives, and what is kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import numpy as np
import pytest

from wellbeing.analysis.week_answers import week_answers
from wellbeing.domain.boundaries import Boundaries, to_json
from wellbeing.domain.contribution import IsoWeek
from wellbeing.domain.model import CheckIn, Encounter, EncounterKind
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.contribute import prepare_contribution, remembered
from wellbeing.services.encounters import EncounterEntry, log_encounter
from wellbeing.services.insights import load
from wellbeing.sharing.noise import SeededNoise
from wellbeing.store import journal, settings, sharing_memory

WEEK = IsoWeek(2026, 47)  # Monday 16 November 2026
TODAY = date(2026, 12, 5)


def log(db, day: int, hour: int, kind=EncounterKind.DIFFICULT, **fields) -> None:
    when = datetime.combine(WEEK.monday + timedelta(days=day), datetime.min.time()).replace(
        hour=hour
    )
    draft = Encounter(client_id="", occurred_at=when, impact=7, kind=kind, **fields)
    log_encounter(db, EncounterEntry("Acme", draft))


def answers(db):
    data = load(db)
    return week_answers(data.facts, data.check_ins, WEEK)


def test_counts_fall_in_bands_and_irritants_in_what_the_company_can_fix(db):
    settings.put(db, settings.BOUNDARIES, to_json(Boundaries()))  # office hours, confirmed
    for day in range(4):
        log(db, day, 10, irritants=("delay",))
    log(db, 4, 11, irritants=("chatbot",))
    log(db, 1, 21)  # evening: out of hours
    log(db, 4, 9, kind=EncounterKind.POSITIVE)

    found = answers(db)

    assert found.categories["difficult"] == "6+"
    assert found.categories["positive"] == "1-2"
    assert found.categories["out_of_hours"] == "1-2"
    assert found.irritants == {"reliability", "automation"}


def test_an_empty_week_says_none_and_no_colour(db):
    found = answers(db)
    assert found.categories == {
        "exhaustion": "none",
        "cycle": "none",
        "check_in": "none",
        "difficult": "0",
        "positive": "0",
        "out_of_hours": "0",
    }
    assert found.irritants == frozenset()


def test_a_heavy_check_in_that_week_is_in_the_red_and_an_old_one_says_nothing(db):
    heavy = CheckIn(datetime(2026, 11, 20, 18), strain=(4,) * 6, wellbeing=(1,) * 5)
    journal.save_check_in(db, heavy)
    assert answers(db).categories["check_in"] == "red"

    db.execute("DELETE FROM check_ins")
    journal.save_check_in(db, CheckIn(datetime(2026, 10, 1, 18), (4,) * 6, (1,) * 5))
    assert answers(db).categories["check_in"] == "none"


def test_permanent_answers_are_remembered_so_a_year_repeats_them(db):
    for day in range(5):
        log(db, day, 10)
    noise = SeededNoise(np.random.default_rng(1))
    prepare_contribution(db, WEEK, "SUPPORT-7", TODAY, noise)
    memos = sharing_memory.memos(db)
    assert "difficult:3-5" in memos and memos["difficult:3-5"] in ("0", "1-2", "3-5", "6+")

    prepare_contribution(db, WEEK, "SUPPORT-7", TODAY, noise)
    assert sharing_memory.memos(db) == memos  # same truths: nothing drawn again


def test_the_same_week_keeps_its_token_and_another_week_gets_an_unrelated_one(db):
    first = prepare_contribution(db, WEEK, "SUPPORT-7", TODAY)
    again = prepare_contribution(db, WEEK, "SUPPORT-7", TODAY)
    other = prepare_contribution(db, WEEK.previous(), "SUPPORT-7", TODAY)
    assert first.token == again.token and first.file_name == again.file_name
    assert other.token != first.token
    assert sum(a == b for a, b in zip(first.token, other.token, strict=True)) < 10


def test_a_week_to_come_or_a_bad_team_code_is_refused_and_nothing_remembered(db):
    with pytest.raises(InvalidValue, match="has not started yet"):
        prepare_contribution(db, IsoWeek(2027, 2), "SUPPORT-7", TODAY)
    with pytest.raises(InvalidValue, match="team code"):
        prepare_contribution(db, WEEK, "no spaces please", TODAY)
    assert remembered(db).team is None and remembered(db).folder is None
