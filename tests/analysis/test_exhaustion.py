"""The exhaustion index on hand-built journals whose day values are worked out by hand.

Light day: one difficult encounter of impact 2 that lingered hours (load 2, score 10).
Heavy day: two impact-10 encounters that kept me up into the night, both out of hours
(load 40 and two out-of-hours contacts: both scores 100). Without a check-in the weights
are load 0.5, out of hours 0.25, recovery 0.25; in the journal's first six days recovery
is not judged yet and load weighs 0.30 / 0.45 = 2/3.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta

import numpy as np
import pytest

from wellbeing.analysis.exhaustion import (
    band_of,
    exhaustion_index,
    exhaustion_series,
)
from wellbeing.analysis.facts import Facts, day_number
from wellbeing.analysis.reasons import describe
from wellbeing.domain.model import CheckIn, Encounter, EncounterKind

D0 = date(2024, 3, 4)  # a Monday: the journal's first day


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def at(n: int, hour: int = 10) -> datetime:
    return datetime.combine(day(n), time(hour))


def difficult(n: int, impact: int = 2, lingered: str = "hours", **extra: object) -> Encounter:
    return Encounter(client_id="c", occurred_at=at(n), impact=impact, lingered=lingered, **extra)


def positive(n: int) -> Encounter:
    return Encounter(client_id="c", occurred_at=at(n, 15), impact=0, kind=EncounterKind.POSITIVE)


def heavy(n: int) -> list[Encounter]:
    return [
        difficult(n, 10, "into_night", violations=("out_of_hours",)),
        difficult(n, 10, "into_night", behaviours=("out_of_hours",)),
    ]


def check_in(n: int, strain: int, wellbeing: int) -> CheckIn:
    return CheckIn(answered_at=at(n, 18), strain=(strain,) * 6, wellbeing=(wellbeing,) * 5)


def series(encounters: list[Encounter], first: int, last: int, check_ins=(), **kw):
    return exhaustion_series(
        Facts.from_encounters(encounters), list(check_ins), day(first), day(last), **kw
    )


def values(encounters: list[Encounter], last: int, check_ins=()) -> np.ndarray:
    return series(encounters, 0, last, check_ins).value


def test_first_week_day_value_leaves_recovery_out():
    # load 6 × 1.5 (rest of the day) = 9 → score 45, times 2/3
    value = values([difficult(2, 6, "rest_of_day")], 4)
    assert value[2] == pytest.approx(30.0)
    assert np.isnan(value[[0, 1, 3, 4]]).all()  # days before and after: gaps, not zeros


def test_a_week_without_rest_scores_full_lack_of_recovery():
    value = values([difficult(n) for n in range(8)], 7)
    assert value[:6] == pytest.approx([10 * 2 / 3] * 6)
    # from day 6: 0.5 × 10 + 0.25 × 100 (no rest day, no positive encounter)
    assert value[6:] == pytest.approx([30.0, 30.0])


def test_positive_encounters_count_as_half_a_rest_day():
    journal = [difficult(n) for n in range(7)] + [positive(6) for _ in range(4)]
    # 4 positives = 2 recovery points out of 4 needed → lack 50
    assert values(journal, 6)[6] == pytest.approx(0.5 * 10 + 0.25 * 50)


def test_out_of_hours_contacts_count_once_each_whichever_way_they_were_marked():
    journal = [difficult(n) for n in range(6)]
    journal.append(difficult(6, violations=("out_of_hours",), behaviours=("out_of_hours",)))
    journal.append(difficult(6))
    # load 4 → 20; one contact out of hours → 50; no rest → 100
    assert values(journal, 6)[6] == pytest.approx(0.5 * 20 + 0.25 * 50 + 0.25 * 100)
    sunday = values([*journal[:6], difficult(6, violations=("day_off",))], 6)
    assert sunday[6] == pytest.approx(0.5 * 10 + 0.25 * 50 + 0.25 * 100)


def test_a_check_in_weight_fades_over_two_weeks_then_goes_back():
    # Changed for issue 13: the check-in no longer weighs a full 40 % for fourteen days; its
    # weight fades with its age, so that an answer lagging a slide does not mute it.
    journal = [difficult(n) for n in range(7)] + [difficult(n) for n in (13, 19, 20)]
    answers = [check_in(6, strain=2, wellbeing=3)]  # strain 50, well-being 60 → score 45
    value = values(journal, 20, answers)
    # all four components on its day: 0.30 × 10 + 0.15 × 0 + 0.15 × 100 + 0.40 × 45
    assert value[6] == pytest.approx(36.0)
    # a week on, half the weight (0.20); the rest of the week was a rest: lack 0
    assert value[13] == pytest.approx((0.30 * 10 + 0.20 * 45) / 0.80)
    late = 0.40 / 14  # thirteen days on
    assert value[19] == pytest.approx((0.30 * 10 + late * 45) / (0.60 + late))
    assert value[20] == pytest.approx(0.5 * 10)  # 14 days on, the check-in no longer counts


def test_a_check_in_alone_makes_a_logged_day():
    answers = [check_in(n, strain=2, wellbeing=3) for n in (7, 14)]
    result = series([difficult(n) for n in range(5)], 0, 14, answers)
    assert result.logged.tolist() == [True] * 5 + [False] * 2 + [True] + [False] * 6 + [True]
    # day 7: no encounter; rest on days 5–7 (3 of 4 points → lack 25) and the check-in's 45
    assert result.value[7] == pytest.approx(0.15 * 25 + 0.40 * 45)


def test_components_add_up_to_the_day_value():
    result = series([*heavy(3), positive(3), difficult(4)], 0, 5, [check_in(3, 1, 4)])
    total = sum(np.nan_to_num(points) for points in result.components.values())
    assert np.allclose(np.where(result.logged, total, np.nan), result.value, equal_nan=True)


# --- rolling means and data rules ------------------------------------------------------


def test_no_trend_before_seven_logged_days():
    weekdays = [difficult(n) for n in range(14) if day(n).weekday() < 5]
    result = series(weekdays, 0, 13)  # Mon–Fri, then Monday 7; Tuesday 8 is the seventh
    assert np.isnan(result.rolling_7[:8]).all() and np.isnan(result.rolling_28[:8]).all()
    assert not np.isnan(result.rolling_7[8:]).any()


def test_rolling_means_use_logged_days_only_and_gaps_stay_gaps():
    journal = [difficult(n) for n in range(7)] + [difficult(16, 6, "rest_of_day")]
    result = series(journal, 0, 16)
    # day 6: mean of six first-week values (10 × 2/3) and one full value (30)
    assert result.rolling_7[6] == pytest.approx((6 * 20 / 3 + 30) / 7)
    assert result.rolling_7[8] == pytest.approx((4 * 20 / 3 + 30) / 5)  # 5 logged of 7
    assert np.isnan(result.value[7:16]).all()
    assert np.isnan(result.rolling_7[13:16]).all()  # a week with no entry: no mean at all
    assert result.rolling_28[15] == pytest.approx(result.rolling_7[6])
    # day 16: rested for 7 days → lack 0; load 9 → 45 × 0.5
    assert result.rolling_7[16] == pytest.approx(22.5)


def _two_weeks_light_then_heavy() -> list[Encounter]:
    light = [e for n in range(14) for e in (difficult(n), positive(n))]
    return light + [e for n in range(14, 40) for e in heavy(n)]


@pytest.mark.parametrize(
    ("n", "value", "band"),
    [
        (13, 8.125, "green"),  # 0.5 × 10 + 0.25 × 12.5 (7 positives: 3.5 of 4 points)
        (15, (5 * 8.125 + 81.25 + 84.375) / 7, "green"),
        (16, (4 * 8.125 + 81.25 + 84.375 + 87.5) / 7, "amber"),
        (18, (2 * 8.125 + 81.25 + 84.375 + 87.5 + 90.625 + 93.75) / 7, "red"),
    ],
)
def test_index_and_band_as_a_week_turns_heavy(n: int, value: float, band: str):
    # heavy day d ≥ 14: 50 + 25 + 0.25 × lack, lack growing by 12.5 as positives leave the week
    index = exhaustion_index(Facts.from_encounters(_two_weeks_light_then_heavy()), [], day(n))
    assert index.value == pytest.approx(value)
    assert index.band == band


def test_index_reasons_give_the_figures_and_the_encounters_behind_them():
    journal = _two_weeks_light_then_heavy()
    index = exhaustion_index(Facts.from_encounters(journal), [], day(18))
    reasons = {reason.code: reason for reason in index.reasons}
    assert index.reasons[0].code == "exhaustion.red"
    heavy_ids = {e.id for e in journal if e.impact == 10 and e.occurred_at.date() <= day(18)}
    light_ids = {e.id for e in journal if e.impact == 2 and day(12) <= e.occurred_at.date()}
    assert set(reasons["exhaustion.load"].encounter_ids) == heavy_ids | light_ids
    assert set(reasons["exhaustion.out_of_hours"].encounter_ids) == heavy_ids
    assert reasons["exhaustion.out_of_hours"].params["count"] == 10
    assert reasons["exhaustion.recovery"].params["rest_days"] == 0
    assert reasons["exhaustion.recovery"].params["positives"] == 2
    assert "exhaustion.no_check_in" in reasons
    points = sum(r.params["points"] for r in index.reasons[1:] if "points" in r.params)
    assert points == pytest.approx(index.value)
    english = describe(index.reasons[0], "en")
    assert "65/100" in english and "in the red" in english
    assert "dans le rouge" in describe(index.reasons[0], "fr")


def test_check_in_reason_names_its_day_in_each_language():
    journal = [difficult(n) for n in range(8)]
    index = exhaustion_index(Facts.from_encounters(journal), [check_in(6, 2, 3)], day(7))
    reason = next(r for r in index.reasons if r.code == "exhaustion.check_in")
    assert "2024-03-10" in describe(reason, "en") and "strain 50/100" in describe(reason, "en")
    assert "10/03/2024" in describe(reason, "fr") and "bien-être 60/100" in describe(reason, "fr")


def test_no_index_before_seven_logged_days():
    index = exhaustion_index(Facts.from_encounters([difficult(n) for n in range(6)]), [], day(5))
    assert (index.value, index.band) == (None, None)
    assert index.reasons[0].params == {"logged": 6, "needed": 7}
    assert "6 days logged so far" in describe(index.reasons[0], "en")


def test_no_index_after_a_week_without_entries():
    index = exhaustion_index(Facts.from_encounters([difficult(n) for n in range(7)]), [], day(14))
    assert index.value is None
    assert index.reasons[0].code == "exhaustion.no_recent_entries"


def test_no_colour_when_fewer_than_half_of_the_week_is_logged():
    journal = [difficult(n) for n in range(7)] + [difficult(n) for n in (10, 12, 13)]
    facts = Facts.from_encounters(journal)
    sparse = exhaustion_index(facts, [], day(13))  # days 7–13: 3 logged
    assert sparse.value is not None and sparse.band is None
    assert sparse.reasons[0].code == "exhaustion.uncoloured"
    filled = exhaustion_index(Facts.from_encounters([*journal, difficult(11)]), [], day(13))
    assert filled.band == "green"


@pytest.mark.parametrize(
    ("value", "band"),
    [(0.0, "green"), (34.9, "green"), (35.0, "amber"), (54.9, "amber"), (55.0, "red")],
)
def test_band_limits(value: float, band: str):
    assert band_of(value) == band


# --- the EWMA chart ---------------------------------------------------------------------


def alternating(days: range) -> list[Encounter]:
    """Every day one difficult encounter, impact 2 on even days, 6 on odd: from day 6 on,
    values alternate 30 and 40 (0.5 × 10 or 30, plus 25 for no rest)."""
    return [difficult(n, 2 if n % 2 == 0 else 6) for n in days]


def test_no_ewma_before_fourteen_logged_days():
    result = series(alternating(range(0, 39, 3)), 0, 60)  # 13 logged days
    assert result.baseline is None
    assert np.isnan(result.ewma).all() and np.isnan(result.ewma_upper).all()


def test_default_baseline_is_the_first_four_weeks():
    result = series(alternating(range(40)), 0, 39)
    assert (result.baseline.first, result.baseline.last) == (day(0), day(27))
    assert result.baseline.logged_days == 28
    assert np.isnan(result.ewma[:28]).all() and not np.isnan(result.ewma[28:]).any()


def test_baseline_stretches_until_it_holds_fourteen_logged_days():
    result = series(alternating(range(0, 60, 3)), 0, 59)  # the 14th logged day is day 39
    assert result.baseline.last == day(39)
    logged_after = result.logged & (result.days > day_number(day(39)))
    assert not np.isnan(result.ewma[logged_after]).any()
    assert np.isnan(result.ewma[~logged_after]).all()  # gaps stay gaps on the chart too


def test_ewma_and_time_varying_limits_by_hand():
    journal = [*alternating(range(28)), difficult(28), difficult(29, 6), difficult(30)]
    result = series(journal, 8, 30, baseline=(day(8), day(27)))
    sigma = math.sqrt(20 * 25 / 19)  # ten 30s and ten 40s around 35
    assert (result.baseline.mean, result.baseline.sigma) == pytest.approx((35.0, sigma))
    first, second = 0.2 * 30 + 0.8 * 35, 0.2 * 40 + 0.8 * (0.2 * 30 + 0.8 * 35)
    assert result.ewma[-3:-1] == pytest.approx([first, second])
    # t = 1: L·σ·λ exactly; t = 2: L·σ·√(λ/(2−λ)·(1−0.8⁴))
    assert result.ewma_upper[-3] == pytest.approx(35 + 3 * sigma * 0.2)
    assert result.ewma_lower[-3] == pytest.approx(35 - 3 * sigma * 0.2)
    assert result.ewma_upper[-2] == pytest.approx(35 + 3 * sigma * math.sqrt(0.2 / 1.8 * 0.5904))


def test_the_series_does_not_depend_on_the_range_asked_for():
    journal = alternating(range(45))
    whole = series(journal, 0, 44)
    part = series(journal, 30, 44)
    assert part.days[0] == day_number(day(30))
    for name in ("value", "rolling_7", "rolling_28", "ewma", "ewma_upper"):
        assert np.allclose(getattr(part, name), getattr(whole, name)[30:], equal_nan=True)
    assert whole.index_of(day(30)) == 30


def test_an_even_baseline_still_gets_a_minimum_spread():
    calm = series([positive(n) for n in range(30)], 0, 29)  # every day scores 0
    assert (calm.baseline.mean, calm.baseline.sigma) == (0.0, 4.0)
    assert calm.ewma_upper[28] == pytest.approx(3 * 4.0 * 0.2)
