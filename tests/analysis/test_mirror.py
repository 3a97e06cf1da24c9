"""The mirror on hand-built journals: shares, top irritants and trend with known answers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import numpy as np
import pytest

from wellbeing.analysis.facts import Facts, day_number
from wellbeing.analysis.mirror import TOP_IRRITANTS, MirrorResult, mirror
from wellbeing.analysis.reasons import describe
from wellbeing.domain.model import Encounter, EncounterKind

MARCH = date(2024, 3, 4)  # a Monday; March's four full weeks run to Sunday 31
END_OF_MARCH = date(2024, 3, 31)

# Per week of March, one tuple of irritants per difficult encounter.
RISING_WEEKS: Sequence[Sequence[tuple[str, ...]]] = (
    [("unanswered",), (), (), ()],
    [(), ()],
    [("no_call_back", "delay"), ("hard_to_reach",), ()],
    [("delay",), ("no_call_back", "my_own"), ()],
)


def difficult(day: date, irritants: tuple[str, ...] = (), **extra: object) -> Encounter:
    when = datetime.combine(day, datetime.min.time()) + timedelta(hours=9)
    return Encounter(client_id="client", occurred_at=when, impact=6, irritants=irritants, **extra)


def journal(weeks: Sequence[Sequence[tuple[str, ...]]], start: date = MARCH) -> list[Encounter]:
    return [
        difficult(start + timedelta(weeks=week, days=index), irritants)
        for week, encounters in enumerate(weeks)
        for index, irritants in enumerate(encounters)
    ]


def march(weeks: Sequence[Sequence[tuple[str, ...]]], *extra: Encounter) -> MirrorResult:
    return mirror(Facts.from_encounters([*journal(weeks), *extra]), MARCH, END_OF_MARCH)


def test_share_of_difficult_encounters_with_an_irritant_on_our_side():
    result = march(RISING_WEEKS)
    assert (result.difficult, result.with_irritant) == (12, 5)
    assert result.share == pytest.approx(5 / 12)
    assert describe(result.reasons[0]) == (
        "In 42% of your difficult encounters (5 of 12), something on our side was also at "
        "play: that is what the company could fix, rather than what the client did."
    )
    assert describe(result.reasons[0], "fr").startswith(
        "Dans 42 % de vos échanges difficiles (5 sur 12), quelque chose de notre côté"
    )


def test_share_reason_lists_the_encounters_with_an_irritant():
    encounters = journal(RISING_WEEKS)
    result = mirror(Facts.from_encounters(encounters), MARCH, END_OF_MARCH)
    assert result.reasons[0].encounter_ids == tuple(e.id for e in encounters if e.irritants)


def test_positive_encounters_and_days_outside_the_period_do_not_count():
    outside = [
        difficult(MARCH, ("delay",), kind=EncounterKind.POSITIVE),
        difficult(date(2024, 3, 3), ("delay",)),
        difficult(date(2024, 4, 1), ("delay",)),
    ]
    result = march(RISING_WEEKS, *outside)
    assert (result.difficult, result.with_irritant) == (12, 5)
    assert result.counts["delay"] == 2


def test_top_irritants_by_count_then_vocabulary_order_then_own_tags():
    result = march(RISING_WEEKS)
    assert result.top == [
        ("no_call_back", 2, 2 / 12),
        ("delay", 2, 2 / 12),
        ("hard_to_reach", 1, 1 / 12),
        ("unanswered", 1, 1 / 12),
        ("my_own", 1, 1 / 12),
    ]
    irritant = result.reasons[1]
    assert describe(irritant, "fr") == "pas de rappel : 17 % de vos échanges difficiles (2)."
    assert describe(result.reasons[5]) == "my_own: 8% of your difficult encounters (1)."


def test_top_keeps_the_most_frequent_only():
    weeks = [[("delay",), ("delay",), ("robotic",), ("chatbot",), ("hard_to_reach",)]]
    weeks.append([("wrong_info",), ("unanswered",), ()])
    result = march(weeks)
    assert len(result.counts) == 6
    assert result.counts["wrong_info"] == 1  # counted, but last in vocabulary order
    assert len(result.top) == TOP_IRRITANTS
    assert [key for key, _, _ in result.top] == [
        "delay",
        "hard_to_reach",
        "unanswered",
        "robotic",
        "chatbot",
    ]


CLEARLY_RISING: Sequence[Sequence[tuple[str, ...]]] = (
    [("unanswered",), (), (), ()],
    [(), (), (), ()],
    [("no_call_back", "delay"), ("hard_to_reach",), ("delay",), ()],
    [("delay",), ("no_call_back", "my_own"), ("delay",), ("robotic",)],
)


def test_weekly_shares_and_a_rising_trend():
    result = march(CLEARLY_RISING)
    assert result.unit == "week"
    assert result.periods.tolist() == [day_number(MARCH + timedelta(weeks=w)) for w in range(4)]
    assert result.shares.tolist() == pytest.approx([0.25, 0.0, 0.75, 1.0])
    assert result.trend == "rising"
    trend = result.reasons[-1]
    assert describe(trend) == (
        "This share is rising: 12% in the first half of the period, 88% in the second, on 16 "
        "difficult encounters."
    )
    assert describe(trend, "fr").endswith("88 % sur la seconde, sur 16 échanges difficiles.")
    assert len(trend.encounter_ids) == 7  # the later half's encounters with an irritant


def test_a_jump_on_few_encounters_is_within_chance_and_steady():
    # Changed for issue 13: 1 in 6, then 4 in 6 was "rising"; on twelve encounters it is
    # within chance (evidence.shares_differ), so no rise is claimed.
    result = march(RISING_WEEKS)
    assert result.shares.tolist() == pytest.approx([0.25, 0.0, 2 / 3, 2 / 3])
    assert result.trend == "steady"
    assert result.reasons[-1].params["count"] == 12


def test_the_same_weeks_backwards_are_falling():
    result = march(CLEARLY_RISING[::-1])
    assert result.trend == "falling"
    assert result.reasons[-1].code == "mirror.trend.falling"


def test_a_change_within_ten_points_is_steady():
    weeks = [[("delay",), (), (), ()], [(), (), (), ()], [(), ("delay",), (), ()], [(), (), ()]]
    result = march(weeks)  # 1 in 8, then 1 in 7: under two points apart
    assert result.trend == "steady"


def test_weeks_without_difficult_encounters_are_gaps():
    result = march([[("delay",), ()], [], [], [(), ()]])
    assert result.shares[0] == 0.5
    assert np.isnan(result.shares[1]) and np.isnan(result.shares[2])


def test_too_few_encounters_in_a_half_give_no_trend():
    result = march([[("delay",), ()], [], [("delay",), ()], [("delay",), ()]])
    assert result.trend == "not_enough_data"
    assert result.reasons[-1].code == "mirror.trend.not_enough_data"


def test_long_periods_are_read_month_by_month():
    # Changed for issue 13: a half of three months needs two difficult encounters a week
    # (26), not six in all (evidence.needed).
    january = [difficult(date(2024, 1, day)) for day in range(2, 30)]
    june = [difficult(date(2024, 6, day), ("broken_promise",)) for day in range(1, 29)]
    facts = Facts.from_encounters([*january, *june, difficult(date(2024, 6, 29))])
    result = mirror(facts, date(2024, 1, 1), date(2024, 6, 30))
    assert result.unit == "month"
    assert result.periods.tolist() == [day_number(date(2024, month, 1)) for month in range(1, 7)]
    assert result.shares[[0, 5]].tolist() == [0.0, 28 / 29]
    assert np.isnan(result.shares[1:5]).all()
    assert result.trend == "rising"


def test_a_once_a_week_logger_gets_no_trend_not_even_steady():
    # Issue 13: six difficult encounters a half, but one a week: no claim either way.
    weekly = [difficult(date(2024, 1, 1) + timedelta(weeks=n)) for n in range(12)]
    result = mirror(Facts.from_encounters(weekly), date(2024, 1, 1), date(2024, 3, 24))
    assert result.trend == "not_enough_data"
    assert result.reasons[-1].code == "mirror.trend.not_enough_data"
    assert result.reasons[-1].params["need"] == 12


def test_no_difficult_encounter_gives_no_share():
    result = mirror(Facts.from_encounters([]), MARCH, END_OF_MARCH)
    assert np.isnan(result.share)
    assert result.top == [] and result.counts == {}
    assert result.trend == "not_enough_data"
    assert [r.code for r in result.reasons] == ["mirror.no_difficult"]


def test_no_irritant_says_there_is_nothing_to_fix():
    result = march([[(), ()], [(), ()]])
    assert result.share == 0.0
    assert describe(result.reasons[0], "fr") == (
        "Aucun irritant de notre côté n'a joué dans vos échanges difficiles (4) : rien à "
        "corriger ici pour l'entreprise."
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_reason_has_wording(lang: str):
    for weeks in (RISING_WEEKS, RISING_WEEKS[::-1], [[("delay",)]]):
        for reason in march(weeks).reasons:
            assert describe(reason, lang)


def test_failures_that_begin_in_the_first_half_are_read_as_rising_over_all_weeks():
    # Issue 13: the slope over every week sees a rise that began a quarter of the way in.
    weeks = [[()] * 6] * 2 + [[("delay",)] * 4 + [()] * 2] * 6
    facts = Facts.from_encounters(journal(weeks))
    result = mirror(facts, MARCH, MARCH + timedelta(weeks=8, days=-1))
    assert result.trend == "rising"
    assert result.reasons[-1].params["count"] == 48
