"""One person's true answers for one ISO week, as a contribution asks them.

Pure: the same journal gives the same answers. These answers never leave the machine;
wellbeing.sharing randomises them before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from wellbeing.analysis.cycle import confidence_cycle
from wellbeing.analysis.exhaustion import exhaustion_index
from wellbeing.analysis.facts import Facts
from wellbeing.domain.checkin import HIGH_STRAIN, LOW_WELLBEING, strain_score, wellbeing_score
from wellbeing.domain.contribution import (
    CHECK_IN,
    CYCLE,
    DIFFICULT,
    EXHAUSTION,
    IRRITANT_GROUP,
    OUT_OF_HOURS,
    POSITIVE,
    Answers,
    IsoWeek,
    count_band,
)
from wellbeing.domain.model import CheckIn

CYCLE_WEEKS = 12
CHECK_IN_STANDS = timedelta(days=14)
"""A check-in older than this at the week's end says nothing about the week."""


def check_in_answer(check_ins: Sequence[CheckIn], week: IsoWeek) -> str:
    end = week.sunday + timedelta(days=1)
    recent = [
        c
        for c in check_ins
        if c.answered_at.date() < end and end - c.answered_at.date() <= CHECK_IN_STANDS
    ]
    if not recent:
        return "none"
    latest = max(recent, key=lambda c: c.answered_at)
    red = strain_score(latest) >= HIGH_STRAIN or wellbeing_score(latest) < LOW_WELLBEING
    return "red" if red else "fine"


def week_answers(facts: Facts, check_ins: Sequence[CheckIn], week: IsoWeek) -> Answers:
    index = exhaustion_index(facts, check_ins, week.sunday)
    cycle = confidence_cycle(facts, week.sunday, CYCLE_WEEKS)
    days = facts.between(week.monday, week.sunday)
    difficult = int(days.difficult.sum())
    out_of_hours = int(days.has("violation", "out_of_hours").sum())
    irritants = frozenset(
        group for tag, group in IRRITANT_GROUP.items() if days.has("irritant", tag).any()
    )
    categories = {
        EXHAUSTION.key: str(index.band) if index.band is not None else "none",
        CYCLE.key: "none" if cycle.status == "not_enough_data" else str(cycle.status),
        CHECK_IN.key: check_in_answer(check_ins, week),
        DIFFICULT.key: count_band(difficult),
        POSITIVE.key: count_band(len(days) - difficult),
        OUT_OF_HOURS.key: count_band(out_of_hours, OUT_OF_HOURS.categories),
    }
    return Answers(categories, irritants)
