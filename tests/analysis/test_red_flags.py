"""Red flags on hand-built journals: raised when a signal is sustained, never on one bad
day, never on too few entries, always with kind steps and no diagnosis."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import numpy as np
import pytest

from wellbeing.analysis.exhaustion import exhaustion_series
from wellbeing.analysis.facts import Facts
from wellbeing.analysis.reasons import describe
from wellbeing.analysis.red_flags import (
    ABOVE_USUAL,
    LOW_WELLBEING_KIND,
    RED_FORTNIGHT,
    flag_masks,
    red_flags,
)
from wellbeing.analysis.reminders import check_in_due
from wellbeing.domain.model import CheckIn, Encounter, EncounterKind
from wellbeing.samples.simulation import simulate_journal

D0 = date(2024, 3, 4)  # a Monday


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def at(n: int, hour: int = 10) -> datetime:
    return datetime.combine(day(n), time(hour))


def difficult(n: int, impact: int = 2, lingered: str = "hours", **extra: object) -> Encounter:
    return Encounter(client_id="c", occurred_at=at(n), impact=impact, lingered=lingered, **extra)


def positive(n: int) -> Encounter:
    return Encounter(client_id="c", occurred_at=at(n, 15), impact=0, kind=EncounterKind.POSITIVE)


def heavy(n: int) -> list[Encounter]:
    """Day value 100 once no positive encounter is left in the week."""
    return [difficult(n, 10, "into_night", violations=("out_of_hours",)) for _ in range(2)]


def check_in(n: int, wellbeing: tuple[int, ...], strain: int = 1) -> CheckIn:
    return CheckIn(answered_at=at(n, 18), strain=(strain,) * 6, wellbeing=wellbeing)


def kinds(encounters: list[Encounter], n: int, check_ins=()) -> list[str]:
    return [f.kind for f in red_flags(Facts.from_encounters(encounters), list(check_ins), day(n))]


LIGHT_FORTNIGHT = [e for n in range(14) for e in (difficult(n), positive(n))]


# --- the index red for two weeks ----------------------------------------------------------


def test_red_for_two_weeks_raises_a_flag_on_the_fourteenth_red_day():
    journal = LIGHT_FORTNIGHT + [e for n in range(14, 40) for e in heavy(n)]
    # the 7-day mean turns red on day 18 (see test_exhaustion): red days 18…31
    assert RED_FORTNIGHT not in kinds(journal, 30)
    assert RED_FORTNIGHT in kinds(journal, 31)
    flags = red_flags(Facts.from_encounters(journal), [], day(35))
    assert next(f for f in flags if f.kind == RED_FORTNIGHT).raised_on == day(31)


def test_a_red_week_that_ends_raises_no_red_fortnight():
    journal = LIGHT_FORTNIGHT + [e for n in range(14, 21) for e in heavy(n)]
    journal += [e for n in range(21, 40) for e in (difficult(n), positive(n))]
    masks = flag_masks(Facts.from_encounters(journal), [], day(0), day(39))
    assert not masks[RED_FORTNIGHT].any()


def test_no_alert_when_fewer_than_half_the_days_are_logged():
    # heavy days, but only Monday, Wednesday and Friday: 3 of every 7 days
    journal = [e for n in range(70) if n % 7 in (0, 2, 4) for e in heavy(n)]
    facts = Facts.from_encounters(journal)
    assert not np.logical_or.reduce(list(flag_masks(facts, [], day(0), day(69)).values())).any()
    series = exhaustion_series(facts, [], day(0), day(69))
    assert np.nanmin(series.rolling_7[7:]) >= 55  # red values, too sparse to act on


# --- a sustained rise above the usual level --------------------------------------------


def usual_month() -> list[Encounter]:
    """Four weeks of one ordinary difficult encounter a day (values 30 and 40)."""
    return [difficult(n, 2 if n % 2 == 0 else 6) for n in range(28)]


def test_a_sustained_rise_above_the_usual_level_is_flagged_after_five_days():
    journal = usual_month() + [
        difficult(n, 10, "into_night", violations=("day_off",)) for n in range(28, 40)
    ]
    facts = Facts.from_encounters(journal)
    assert ABOVE_USUAL not in kinds(journal, 31)
    flag = next(f for f in red_flags(facts, [], day(32)) if f.kind == ABOVE_USUAL)
    assert flag.raised_on == day(32)
    headline = flag.reasons[0]
    assert headline.code == "red_flag.above_usual"
    assert headline.params["ewma"] > headline.params["upper"] > headline.params["usual"]
    load = next(r for r in flag.reasons if r.code == "exhaustion.load")
    assert {e.id for e in journal[-12:] if e.occurred_at.date() <= day(32)} <= set(
        load.encounter_ids
    )


def test_one_bad_day_is_not_a_red_flag():
    journal = [*usual_month(), difficult(28, 8, "into_night")]  # value 65 against 30s and 40s
    journal += [difficult(n, 2 if n % 2 == 0 else 6) for n in range(29, 45)]
    facts = Facts.from_encounters(journal)
    usual = (day(6), day(27))
    series = exhaustion_series(facts, [], day(0), day(44), baseline=usual)
    assert series.ewma[28] > series.ewma_upper[28]  # the chart notices it…
    masks = flag_masks(facts, [], day(0), day(44), baseline=usual)
    assert not np.logical_or.reduce(list(masks.values())).any()  # …but it does not last


def test_a_rise_that_stays_in_the_green_is_not_a_red_flag():
    calm = [positive(n) for n in range(28)]
    busier = [e for n in range(28, 50) for e in (difficult(n, 4), positive(n))]
    facts = Facts.from_encounters(calm + busier)
    series = exhaustion_series(facts, [], day(0), day(49))
    assert (series.ewma[35:] > series.ewma_upper[35:]).all()  # far above a very calm month
    assert np.nanmax(series.rolling_7) < 35
    assert not flag_masks(facts, [], day(0), day(49))[ABOVE_USUAL].any()


# --- well-being in the check-ins --------------------------------------------------------


def test_a_very_low_check_in_raises_a_flag_for_two_weeks():
    answers = [check_in(3, (1, 1, 2, 1, 2))]  # 28/100: very low
    assert kinds([], 3, answers) == [LOW_WELLBEING_KIND]
    assert kinds([], 16, answers) == [LOW_WELLBEING_KIND]
    assert kinds([], 17, answers) == []
    flag = red_flags(Facts.from_encounters([]), answers, day(10))[0]
    assert flag.reasons[0].code == "red_flag.very_low_wellbeing"
    assert "(28/100)" in describe(flag.reasons[0], "en")
    assert "07/03/2024" in describe(flag.reasons[0], "fr")


def test_a_better_check_in_lowers_the_flag():
    answers = [check_in(3, (1, 1, 1, 1, 1)), check_in(9, (3, 3, 3, 3, 3))]
    assert kinds([], 8, answers) == [LOW_WELLBEING_KIND]
    assert kinds([], 9, answers) == []


@pytest.mark.parametrize(
    ("first", "second", "gap", "flagged"),
    [
        ((2, 2, 2, 3, 3), (2, 2, 2, 3, 3), 7, True),  # 48 and 48: both low
        ((2, 2, 2, 3, 3), (2, 2, 3, 3, 3), 7, False),  # the second is 52
        ((2, 2, 3, 3, 3), (2, 2, 2, 3, 3), 7, False),  # one low check-in alone
        ((2, 2, 2, 3, 3), (2, 2, 2, 3, 3), 35, False),  # five weeks apart: not in a row
    ],
)
def test_two_low_check_ins_in_a_row(first, second, gap: int, flagged: bool):
    answers = [check_in(0, first), check_in(gap, second)]
    assert (kinds([], gap, answers) == [LOW_WELLBEING_KIND]) is flagged


# --- what a flag says -------------------------------------------------------------------


def test_every_flag_offers_steps_and_says_it_is_not_a_diagnosis():
    red = LIGHT_FORTNIGHT + [e for n in range(14, 40) for e in heavy(n)]
    answers = [check_in(n, (1, 1, 1, 1, 1), strain=4) for n in range(14, 40, 7)]
    rise = usual_month() + [difficult(n, 10, "into_night") for n in range(28, 33)]
    flags = red_flags(Facts.from_encounters(red), answers, day(39))
    flags += red_flags(Facts.from_encounters(rise), [], day(32))
    assert {f.kind for f in flags} == {RED_FORTNIGHT, ABOVE_USUAL, LOW_WELLBEING_KIND}
    for flag in flags:
        assert [s.code for s in flag.steps] == [
            "step.manager",
            "step.occupational_health",
            "step.doctor",
            "step.coach",
        ]
        assert "not a diagnosis" in describe(flag.note, "en")
        assert "pas un diagnostic" in describe(flag.note, "fr")
        for lang in ("en", "fr"):
            words = " ".join(describe(r, lang) for r in (*flag.reasons, *flag.steps)).lower()
            assert not any(term in words for term in ("burnout", "burn-out", "depress"))


def test_check_in_reminder_after_a_week():
    answers = [check_in(0, (3, 3, 3, 3, 3)), check_in(7, (3, 3, 3, 3, 3))]
    assert check_in_due([], at(0))
    assert not check_in_due(answers, at(13, 18))
    assert check_in_due(answers, at(14, 18))


def test_the_day_masks_agree_with_the_flags_of_each_day():
    story = simulate_journal("drift", D0, 100, seed=3)
    facts = Facts.from_encounters(story.encounters)
    masks = flag_masks(facts, story.check_ins, day(50), day(99))
    assert any(mask.any() for mask in masks.values())
    for offset in range(50):
        raised = {f.kind for f in red_flags(facts, story.check_ins, day(50 + offset))}
        assert raised == {kind for kind, mask in masks.items() if mask[offset]}


def test_days_without_entries_neither_complete_a_rise_nor_break_it():
    # Issue 13: five days *with entries* in a row above the limit, not five calendar days.
    heavy_day = [difficult(n, 10, "into_night", violations=("day_off",)) for n in range(28, 40)]
    journal = usual_month() + [e for e in heavy_day if e.occurred_at.date() not in GAP]
    facts = Facts.from_encounters(journal)
    assert ABOVE_USUAL not in kinds(journal, 32)  # three days with entries, two without
    assert ABOVE_USUAL not in kinds(journal, 33)
    flag = next(f for f in red_flags(facts, [], day(34)) if f.kind == ABOVE_USUAL)
    assert flag.raised_on == day(34)


GAP = (day(31), day(32))
