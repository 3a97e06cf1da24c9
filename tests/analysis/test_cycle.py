"""The confidence cycle on hand-built journals: twelve weeks, two difficult encounters a week,
each stage switched from good to bad at a chosen week."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

import numpy as np
import pytest

from wellbeing.analysis.cycle import STAGES, CycleResult, confidence_cycle
from wellbeing.analysis.facts import Facts, day_number
from wellbeing.analysis.reasons import describe
from wellbeing.domain.model import Encounter, EncounterKind

TODAY = date(2024, 6, 5)  # a Wednesday; its week (Monday 3 June) is the last of twelve
FIRST_MONDAY = date(2024, 3, 18)


def monday(week: int) -> date:
    return FIRST_MONDAY + timedelta(weeks=week)


def encounter(week: int, day: int, turned: Mapping[str, int], **extra: object) -> Encounter:
    """A difficult encounter on `day` (0 is Monday) of `week`; every stage whose turning week
    has come reads bad (assertiveness 4 → 2, behaviours appear, confidence 4 → 2)."""

    def bad(stage: str) -> bool:
        return stage in turned and week >= turned[stage]

    behaviours = ("takes_advantage",) * bad("advantage") + ("complaint",) * bad("dissatisfaction")
    fields: dict[str, object] = {
        "client_id": "client",
        "occurred_at": datetime.combine(monday(week) + timedelta(days=day), datetime.min.time())
        + timedelta(hours=10),
        "impact": 5,
        "assertiveness": 2 if bad("assertiveness") else 4,
        "company_confidence": 2 if bad("confidence") else 4,
        "behaviours": behaviours,
    }
    fields.update(extra)
    return Encounter(**fields)


def journal(turned: Mapping[str, int] | None = None, weeks: Iterable[int] = range(12)) -> Facts:
    turned = turned or {}
    return Facts.from_encounters(encounter(week, day, turned) for week in weeks for day in (0, 1))


def cycle_of(
    turned: Mapping[str, int] | None = None, weeks: Iterable[int] = range(12)
) -> CycleResult:
    return confidence_cycle(journal(turned, weeks), TODAY)


def worsening(result: CycleResult) -> list[str]:
    return [stage for stage in STAGES if result.states[stage] == "worsening"]


def test_weeks_are_the_mondays_of_the_last_twelve_iso_weeks():
    result = cycle_of()
    assert result.weeks.tolist() == [day_number(monday(week)) for week in range(12)]


def test_weekly_values_are_means_and_shares_with_gaps_for_empty_weeks():
    result = cycle_of({"assertiveness": 6, "advantage": 7}, weeks=[w for w in range(12) if w != 3])
    assertiveness = result.values["assertiveness"]
    assert np.isnan(assertiveness[3])
    assert assertiveness[[0, 5, 6, 11]].tolist() == [4.0, 4.0, 2.0, 2.0]
    assert result.values["advantage"][[6, 7]].tolist() == [0.0, 1.0]


def test_mixed_week_gives_the_mean_and_the_share():
    facts = Facts.from_encounters(
        [
            encounter(11, 0, {}, assertiveness=1, behaviours=("complaint",)),
            encounter(11, 1, {}, assertiveness=4),
            encounter(11, 1, {}, assertiveness=None, company_confidence=None),
            encounter(11, 1, {}, kind=EncounterKind.POSITIVE, assertiveness=5),
        ]
    )
    result = confidence_cycle(facts, TODAY)
    assert result.values["assertiveness"][11] == 2.5  # positive encounters do not count
    assert result.values["dissatisfaction"][11] == pytest.approx(1 / 3)
    assert result.values["confidence"][11] == 4.0


def test_flat_journal_is_quiet():
    result = cycle_of()
    assert result.status == "quiet"
    assert set(result.states.values()) == {"steady"}
    assert result.break_first is None
    assert result.advice == ()
    assert describe(result.reasons[0]) == (
        "None of the four stages of the confidence cycle got worse over the last 12 weeks."
    )


def test_a_one_point_dip_for_one_week_stays_steady():
    facts = Facts.from_encounters(
        encounter(week, day, {}, assertiveness=3 if week == 8 else 4)
        for week in range(12)
        for day in (0, 1)
    )
    assert confidence_cycle(facts, TODAY).status == "quiet"


def test_too_few_weeks_give_no_status():
    result = cycle_of({"assertiveness": 10}, weeks=[9, 10, 11])
    assert result.status == "not_enough_data"
    assert set(result.states.values()) == {"no_data"}
    assert result.break_first is None
    assert result.reasons[0].params == {"have": 3, "need": 4}
    assert describe(result.reasons[0], "fr") == (
        "Trop peu de semaines renseignées pour lire le cercle de la confiance : 3 sur les 4 "
        "nécessaires."
    )


def test_four_stages_turning_in_loop_order_is_turning():
    result = cycle_of({"assertiveness": 6, "advantage": 7, "dissatisfaction": 8, "confidence": 9})
    assert result.status == "turning"
    assert result.loop == STAGES
    assert result.onsets == {stage: day_number(monday(6 + i)) for i, stage in enumerate(STAGES)}
    assert result.break_first == "assertiveness"
    assert not result.show_strengths
    assert [r.code for r in result.advice] == [
        "cycle.advice.assertiveness",
        "cycle.script.facts",
        "cycle.script.effect",
        "cycle.script.expectation",
    ]
    assert describe(result.reasons[0]) == (
        "The confidence cycle is turning: 4 stages got worse one after the other, starting "
        "with your assertiveness in the week of 2024-04-29."
    )


def test_three_stages_each_within_two_weeks_of_the_last_are_enough_to_turn():
    result = cycle_of({"assertiveness": 6, "advantage": 8, "dissatisfaction": 9})
    assert result.status == "turning"
    assert result.loop == ("assertiveness", "advantage", "dissatisfaction")
    assert result.states["confidence"] == "steady"


def test_the_loop_can_start_at_confidence_and_then_strengths_are_shown():
    result = cycle_of({"confidence": 6, "assertiveness": 7, "advantage": 8})
    assert result.status == "turning"
    assert result.loop == ("confidence", "assertiveness", "advantage")
    assert result.break_first == "confidence"
    assert result.show_strengths
    assert [r.code for r in result.advice] == ["cycle.advice.confidence"]


def test_the_same_changes_in_reverse_order_are_not_a_loop():
    result = cycle_of({"confidence": 6, "dissatisfaction": 7, "advantage": 8, "assertiveness": 9})
    assert worsening(result) == list(STAGES)
    assert result.status == "slipping"
    assert result.loop == ()
    assert result.break_first == "confidence"  # it began first


def long_cycle(turned: Mapping[str, int], weeks: int) -> CycleResult:
    """The same journal over `weeks` weeks, read on the Wednesday of its last week."""
    today = monday(weeks - 1) + timedelta(days=2)
    return confidence_cycle(journal(turned, range(weeks)), today, weeks)


def test_stages_weeks_apart_are_linked_as_the_loop_unfolds():
    # Issue 13: the loop unfolds over weeks; two weeks apart was the old limit.
    result = cycle_of({"assertiveness": 4, "advantage": 8, "dissatisfaction": 9})
    assert result.status == "turning"
    assert result.loop == ("assertiveness", "advantage", "dissatisfaction")
    assert result.break_first == "assertiveness"


def test_changes_too_far_apart_are_not_a_loop():
    # Changed for issue 13: more than MAX_LAG_WEEKS (six) between two stages, not two.
    result = long_cycle({"assertiveness": 4, "advantage": 12, "dissatisfaction": 13}, 16)
    assert worsening(result) == ["assertiveness", "advantage", "dissatisfaction"]
    assert result.status == "slipping"
    assert result.break_first == "assertiveness"
    assert describe(result.reasons[0]) == (
        "3 stages of the confidence cycle are getting worse, but not one after the other as a loop."
    )


def test_an_old_change_that_settled_is_no_longer_worsening():
    # Changed for issue 13: a worsening now counts for up to HOLD_WEEKS (twelve) while the
    # stage stays low, so "old" is older than that.
    result = long_cycle({"assertiveness": 2}, 24)
    assert result.states["assertiveness"] == "steady"
    assert result.status == "quiet"


def test_one_stage_worsening_is_slipping_with_its_figures_and_encounters():
    facts = journal({"assertiveness": 8})
    result = confidence_cycle(facts, TODAY)
    assert result.status == "slipping"
    assert worsening(result) == ["assertiveness"]
    assert result.break_first == "assertiveness"
    stage = next(r for r in result.reasons if r.code == "cycle.assertiveness.worsening")
    assert stage.params["before"] == 4.0 and stage.params["after"] == 2.0
    # The worst comparison is the three weeks 8–10 against 5–7: their six encounters.
    in_weeks = (facts.day >= day_number(monday(8))) & (facts.day < day_number(monday(11)))
    assert stage.encounter_ids == tuple(facts.ids[in_weeks])
    assert describe(stage) == (
        "Your assertiveness with difficult clients fell from 4.0 to 2.0 out of 5 (3-week "
        "averages), starting the week of 2024-05-13, on 12 encounters."
    )
    assert describe(stage, "fr") == (
        "Votre affirmation de soi face aux clients difficiles est passée de 4,0 à 2,0 sur 5 "
        "(moyennes sur 3 semaines), à partir de la semaine du 13/05/2024, sur 12 échanges."
    )


def test_share_stage_reason_lists_only_the_tagged_encounters():
    facts = journal({"dissatisfaction": 8})
    result = confidence_cycle(facts, TODAY)
    assert result.break_first == "dissatisfaction"
    stage = next(r for r in result.reasons if r.code == "cycle.dissatisfaction.worsening")
    assert (stage.params["before"], stage.params["after"]) == (0.0, 100.0)
    assert stage.encounter_ids == tuple(facts.ids[facts.has("behaviour", "complaint")][:6])
    assert "de 0 % à 100 %" in describe(stage, "fr")


def test_unbacked_escalations_are_counted_per_week_against_confidence():
    turned = {"confidence": 8}
    escalations = [
        encounter(5, 2, turned, escalated=True, backed="no"),  # before the last four weeks
        encounter(9, 2, turned, escalated=True, backed="no"),
        encounter(9, 2, turned, escalated=True, backed="no"),
        encounter(10, 2, turned, escalated=True, backed="no"),
        encounter(11, 0, turned, escalated=True, backed="partly"),
        encounter(11, 0, turned, escalated=True, backed="yes"),
        encounter(11, 0, turned, escalated=False, backed=None),
    ]
    base = [encounter(week, day, turned) for week in range(12) for day in (0, 1)]
    result = confidence_cycle(Facts.from_encounters(base + escalations), TODAY)
    assert result.unbacked.tolist() == [0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 1, 0]
    assert result.partly_backed.tolist() == [0] * 11 + [1]
    unbacked = next(r for r in result.reasons if r.code.startswith("cycle.unbacked"))
    assert unbacked.encounter_ids == tuple(e.id for e in escalations[1:4])
    assert describe(unbacked) == (
        "3 escalations in the last 4 weeks where the company did not back you; your confidence "
        "in it went from 4.0 to 2.0."
    )
    partly = next(r for r in result.reasons if r.code.startswith("cycle.partly_backed"))
    assert partly.encounter_ids == (escalations[4].id,)
    assert describe(partly, "fr") == (
        "1 escalade ces 4 dernières semaines où votre entreprise ne vous a soutenu·e qu'en partie."
    )


def test_no_escalation_reason_without_escalations():
    result = cycle_of({"confidence": 8})
    assert not any("backed" in r.code for r in result.reasons)
    assert result.unbacked.sum() == 0


@pytest.mark.parametrize(
    "turned",
    [
        {},
        {"advantage": 8},
        {"assertiveness": 6, "advantage": 7, "dissatisfaction": 8, "confidence": 9},
        {"confidence": 6, "dissatisfaction": 7, "advantage": 8, "assertiveness": 9},
    ],
)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_reason_and_advice_has_wording(turned: dict, lang: str):
    result = cycle_of(turned)
    for reason in (*result.reasons, *result.advice):
        assert describe(reason, lang)


@pytest.mark.parametrize("tag", ["out_of_scope", "ignores_terms", "special_treatment"])
def test_requests_beyond_scope_or_terms_are_clients_taking_advantage(tag: str):
    facts = Facts.from_encounters(
        encounter(week, day, {}, behaviours=(tag,) if week >= 8 else ())
        for week in range(12)
        for day in (0, 1)
    )
    result = confidence_cycle(facts, TODAY)
    assert worsening(result) == ["advantage"]


def test_a_scope_crossing_found_against_the_boundaries_counts_too():
    facts = Facts.from_encounters(
        encounter(week, day, {}, violations=("scope",) if week >= 8 else ())
        for week in range(12)
        for day in (0, 1)
    )
    assert worsening(confidence_cycle(facts, TODAY)) == ["advantage"]


def test_a_once_a_week_logger_gets_no_trend_at_all():
    facts = Facts.from_encounters(
        encounter(week, 0, {"assertiveness": 7, "advantage": 8, "dissatisfaction": 9})
        for week in range(12)
    )
    result = confidence_cycle(facts, TODAY)
    assert result.status == "not_enough_data"
    assert set(result.states.values()) == {"no_data"}
    assert [r.code for r in result.reasons] == ["cycle.too_few_encounters"]
    assert describe(result.reasons[0]) == (
        "Too few encounters to read the confidence cycle: 3 in the last 3 weeks, at least 6 "
        "needed in each of the windows compared."
    )
    assert describe(result.reasons[0], "fr").startswith("Trop peu d'échanges")


def test_a_holiday_leaves_thin_windows_and_no_claim_is_made_on_them():
    turned = {"assertiveness": 4, "advantage": 5, "dissatisfaction": 6}
    facts = journal(turned, range(10))
    before = confidence_cycle(facts, monday(9) + timedelta(days=2))
    holiday = confidence_cycle(facts, TODAY)  # weeks 10 and 11 away: one thin window
    assert before.status == "turning"
    assert holiday.status == "not_enough_data"
    assert holiday.loop == ()


def test_the_weeks_before_the_period_are_read_for_the_comparison():
    # Reading 12 weeks, a slide that began in week 2 is measured against weeks before it.
    facts = journal({"assertiveness": 2}, range(-6, 12))
    result = confidence_cycle(facts, TODAY)
    assert result.onsets == {"assertiveness": day_number(monday(2))}
    assert len(result.values["assertiveness"]) == 12


def staged(levels: Mapping[str, Mapping[int, float]], weeks: Iterable[int]) -> Facts:
    """Two difficult encounters a week; `levels[field][from_week]` sets a field from then on."""

    def at(field: str, week: int, default: float) -> float:
        found = [v for w, v in sorted(levels.get(field, {}).items()) if week >= w]
        return found[-1] if found else default

    return Facts.from_encounters(
        encounter(
            week,
            day,
            {},
            assertiveness=round(at("assertiveness", week, 4)),
            behaviours=("takes_advantage",) * bool(at("advantage", week, 0))
            + ("complaint",) * bool(at("dissatisfaction", week, 0)),
        )
        for week in weeks
        for day in (0, 1)
    )


def test_a_stage_that_fell_twice_links_into_the_loop_by_its_later_fall():
    # Issue 13: assertiveness dipped in week 0 and held low, then fell again in week 8;
    # clients pushed in week 9 and complained in week 10. The first dip is nine weeks
    # before the push, too far to link: the later fall links, and the loop starts there.
    facts = staged(
        {"assertiveness": {0: 3, 8: 1}, "advantage": {9: 1}, "dissatisfaction": {10: 1}},
        range(-6, 12),
    )
    result = confidence_cycle(facts, TODAY)
    assert result.status == "turning"
    assert result.loop == ("assertiveness", "advantage", "dissatisfaction")
    assert result.onsets["assertiveness"] == day_number(monday(8))


def test_a_thin_window_before_reaches_back_to_measure_a_fall_after_a_quiet_spell():
    # Issue 13: weeks 4 and 5 without entries (leave), then assertiveness falls in week 6.
    # In week 8 the window before (weeks 3–5) holds two encounters: it reaches back to
    # week 1 for six, and the fall is measured (4 → 2) instead of waiting for it to age.
    facts = staged({"assertiveness": {6: 2}}, [w for w in range(12) if w not in (4, 5)])
    result = confidence_cycle(facts, monday(9) + timedelta(days=2), 10)
    assert result.changes["assertiveness"][8] == pytest.approx(2.0)
    assert result.states["assertiveness"] == "worsening"
    assert result.onsets == {"assertiveness": day_number(monday(8))}


def noisy(turned: Mapping[str, int], noisy_from: int, after: tuple[int, int]) -> Facts:
    """Two encounters a week; from `noisy_from`, assertiveness reads `after` (a mean that
    moved less than its spread), the stages in `turned` turn cleanly."""
    return Facts.from_encounters(
        encounter(
            week,
            day,
            turned,
            assertiveness=after[day] if week >= noisy_from else (5, 3)[day],
        )
        for week in range(12)
        for day in (0, 1)
    )


def test_a_noisy_dip_of_one_stage_alone_is_not_claimed_but_still_links_a_loop():
    # A steady job was told "slipping" on half its weeks: a dip found at one standard
    # error (FLAG_Z) is enough to link a loop, not to be claimed alone (CLAIM_Z).
    alone = confidence_cycle(noisy({}, 6, (4, 2)), TODAY)
    assert alone.status == "quiet"
    assert alone.states["assertiveness"] == "steady"
    looped = confidence_cycle(noisy({"advantage": 7, "dissatisfaction": 8}, 6, (4, 2)), TODAY)
    assert looped.status == "turning"
    assert looped.loop == ("assertiveness", "advantage", "dissatisfaction")
    assert looped.states["assertiveness"] == "worsening"


def test_a_fall_is_held_only_while_the_level_stays_beyond_chance_below_the_one_before():
    # Assertiveness 5/3 (mean 4), two weeks at 2, then 5/2 (mean 3.5): half a point below,
    # within the spread of the answers. The old hold kept it "worsening" for twelve weeks,
    # long enough to be linked to clients who pushed and complained weeks later.
    facts = Facts.from_encounters(
        encounter(week, day, {"advantage": 9, "dissatisfaction": 10}, assertiveness=value)
        for week in range(12)
        for day, value in enumerate((5, 3) if week < 4 else (2, 2) if week < 6 else (5, 2))
    )
    result = confidence_cycle(facts, TODAY)
    assert result.changes["assertiveness"][5] > 0.5  # it did fall
    assert result.states["assertiveness"] == "steady"
    assert result.status == "slipping"
    assert worsening(result) == ["advantage", "dissatisfaction"]
