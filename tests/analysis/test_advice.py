"""Client advice on hand-built journals whose answers are known in advance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from wellbeing.analysis.advice import (
    ADVICE_LEVELS,
    ClientAdvice,
    Thresholds,
    advise_client,
    advise_clients,
)
from wellbeing.analysis.facts import Facts
from wellbeing.analysis.reasons import describe
from wellbeing.domain.model import (
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    EncounterKind,
)

START = date(2024, 1, 1)
"""A Monday: week n of a scenario starts n weeks later."""
REFRAMED_ON = date(2024, 3, 25)
"""Monday of week 12."""
FOLLOW_UP_DUE = date(2024, 5, 6)
"""Six weeks after the reframing."""


def end_of_week(week: int) -> date:
    return START + timedelta(weeks=week, days=6)


def hard(
    client: Client,
    week: int,
    impact: int,
    behaviours: tuple[str, ...] = (),
    violations: tuple[str, ...] = (),
    weekday: int = 1,
    hour: int = 10,
) -> Encounter:
    at = datetime.combine(START + timedelta(weeks=week, days=weekday), time(hour))
    return Encounter(
        client.id,
        at,
        impact,
        behaviours=behaviours,
        violations=violations,
        id=f"{client.name}{week}",
    )


def good(client: Client, week: int, impact: int = 3) -> Encounter:
    at = datetime.combine(START + timedelta(weeks=week, days=2), time(11))
    return Encounter(client.id, at, impact, EncounterKind.POSITIVE, id=f"{client.name}{week}+")


def reframed(client: Client, on: date = REFRAMED_ON) -> ClientEvent:
    return ClientEvent(client.id, datetime.combine(on, time(9)), ClientEventKind.REFRAMED)


def words(advice: ClientAdvice, lang: str = "en") -> list[str]:
    return [describe(reason, lang) for reason in advice.reasons]


def codes(advice: ClientAdvice) -> list[str]:
    return [reason.code for reason in advice.reasons]


ACME = Client("acme", id="acme", status=ClientStatus.REFRAMED)
CALM = Client("calm", id="calm")


def escalating_weeks() -> list[Encounter]:
    """Weeks 0–5 demanding with two Saturday calls; weeks 6–11 heavier, rude, out of bounds."""
    early = [
        hard(ACME, 0, 4, ("impatient",), ("day_off",), weekday=5, hour=8),
        good(ACME, 1),
        hard(ACME, 2, 4, ("impatient",), ("day_off",), weekday=5, hour=8),
        good(ACME, 3),
        hard(ACME, 4, 4, ("impatient",)),
        good(ACME, 5),
    ]
    later = [
        hard(ACME, 6, 7, ("impatient",), ("out_of_hours",), hour=20),
        hard(ACME, 7, 7, ("rude",), ("respect",)),
        hard(ACME, 8, 7, (), ("day_off",), weekday=5, hour=8),
        hard(ACME, 9, 7, ("impatient",), ("out_of_hours",), hour=21),
        hard(ACME, 10, 7, ("rude",), ("respect",)),
        hard(ACME, 11, 7, ("out_of_scope",), ("scope",)),
    ]
    return early + later


def no_better_after_reframing() -> list[Encounter]:
    return [
        hard(ACME, 12, 8, ("rude",), ("respect",)),
        hard(ACME, 13, 7, (), ("out_of_hours",), hour=20),
        hard(ACME, 14, 8, ("rude",), ("respect",)),
        hard(ACME, 15, 7, (), ("day_off",), weekday=5, hour=8),
        hard(ACME, 16, 7, ("impatient",), ("out_of_hours",), hour=19),
        hard(ACME, 17, 8, ("out_of_scope",), ("scope",)),
    ]


def better_after_reframing() -> list[Encounter]:
    return [hard(ACME, 12, 3), *(good(ACME, week) for week in range(13, 18))]


def calm_client() -> list[Encounter]:
    return [good(CALM, week) for week in range(18)]


def acme_advice(encounters: Sequence[Encounter], today: date, events=()) -> ClientAdvice:
    facts = Facts.from_encounters([*encounters, *calm_client()])
    return advise_client(ACME, facts, list(events), today)


# --- the ladder, step by step ------------------------------------------------------------


def test_an_escalating_client_goes_watch_then_reframe_then_dethrone() -> None:
    journal = escalating_weeks() + no_better_after_reframing()
    events = [reframed(ACME)]

    first = acme_advice(journal, end_of_week(5), events)
    assert first.level == "watch"
    assert "3 of 6 encounters were difficult (50%)" in words(first)
    assert "your limits were crossed in 2 of 6 encounters" in words(first)
    assert "2 contacts on a day off" in words(first)
    assert first.follow_up is None

    second = acme_advice(journal, end_of_week(11), events)
    assert second.level == "reframe"
    assert second.figures.escalating
    # Changed for issue 13: the trend says what it rests on, and the mean impact of three
    # difficult encounters in the earlier half is too thin to compare (evidence.MIN_SIDE).
    assert "it is getting worse: difficult encounters 50% → 100%, on 12 encounters" in words(second)
    assert "advice.worse.impact" not in codes(second)
    rude = next(r for r in second.reasons if r.code == "advice.disrespect")
    assert rude.params == {"count": 2}
    assert rude.encounter_ids == ("acme7", "acme10")

    during = acme_advice(journal, end_of_week(14), events)
    assert during.level == "reframe"
    assert during.follow_up is not None and during.follow_up.verdict == "pending"
    assert words(during)[0] == (
        "you reframed this relationship on 2024-03-25: follow-up due on 2024-05-06"
    )

    third = acme_advice(journal, FOLLOW_UP_DUE, events)
    assert third.level == "dethrone"
    assert third.follow_up is not None
    assert third.follow_up.verdict == "did_not_work"
    assert third.follow_up.before.difficult_share == 100.0
    assert third.follow_up.after.mean_impact == pytest.approx(7.5)
    assert words(third)[0].startswith(
        "the reframing did not work: difficult encounters 100% → 100%, mean impact 7.0 → 7.5"
    )
    assert third.figures.since == REFRAMED_ON


def test_a_reframed_client_who_improves_goes_back_to_keep() -> None:
    journal = escalating_weeks() + better_after_reframing()
    advice = acme_advice(journal, FOLLOW_UP_DUE, [reframed(ACME)])
    assert advice.level == "keep"
    assert advice.follow_up is not None and advice.follow_up.verdict == "worked"
    assert advice.follow_up.after.encounters == 6
    assert words(advice)[0] == (
        "the reframing worked: difficult encounters 100% → 17%, mean impact 7.0 → 3.0, "
        "boundary violations per encounter 1.0 → 0.0, disrespect per encounter 0.3 → 0.0, "
        "difficult encounters per week 1.0 → 0.2"
    )
    assert words(advice)[1] == (
        "nothing alarming since 2024-03-25: difficult encounters 1 of 6, mean impact 3.0/10"
    )
    assert words(advice, "fr")[0].startswith("le recadrage a fonctionné")


def test_half_as_many_hard_encounters_after_a_reframing_is_a_reframing_that_worked() -> None:
    fewer = [
        hard(ACME, 12, 7, ("rude",), ("respect",)),
        hard(ACME, 14, 7, (), ("out_of_hours",), hour=20),
        hard(ACME, 16, 7, (), ("day_off",), weekday=5, hour=8),
    ]
    journal = escalating_weeks() + fewer
    advice = acme_advice(journal, FOLLOW_UP_DUE, [reframed(ACME)])
    assert advice.follow_up is not None and advice.follow_up.verdict == "worked"
    assert advice.follow_up.before.difficult_per_week == pytest.approx(1.0)
    assert advice.follow_up.after.difficult_per_week == pytest.approx(0.5)
    # Each encounter still weighs 7/10: it worked, and it is still worth watching.
    assert advice.level == "watch"

    strict = Thresholds.from_overrides({"frequency_margin": 0.6})
    facts = Facts.from_encounters(journal)
    stricter = advise_client(ACME, facts, [reframed(ACME)], FOLLOW_UP_DUE, None, strict)
    assert stricter.follow_up is not None and stricter.follow_up.verdict == "did_not_work"
    assert stricter.level == "dethrone"


def test_before_the_follow_up_is_due_a_reframed_client_is_at_least_watched() -> None:
    journal = escalating_weeks()[:6] + better_after_reframing()
    advice = acme_advice(journal, end_of_week(14), [reframed(ACME)])
    assert advice.follow_up is not None and advice.follow_up.verdict == "pending"
    assert advice.follow_up.due_on == FOLLOW_UP_DUE
    assert advice.level == "watch"
    assert codes(advice)[0] == "advice.follow_up_due"


def test_the_follow_up_waits_the_weeks_it_is_given() -> None:
    journal = escalating_weeks() + no_better_after_reframing()
    today = REFRAMED_ON + timedelta(weeks=4)
    four_weeks = advise_client(
        ACME, Facts.from_encounters(journal), [reframed(ACME)], today, follow_up_weeks=4
    )
    assert four_weeks.follow_up is not None
    assert four_weeks.follow_up.due_on == today
    assert four_weeks.follow_up.verdict == "did_not_work"
    assert four_weeks.level == "dethrone"
    with pytest.raises(ValueError, match="at least one week"):
        advise_client(ACME, Facts.from_encounters(journal), [], today, follow_up_weeks=0)


def test_a_reactivation_after_the_reframing_closes_the_follow_up() -> None:
    journal = escalating_weeks() + no_better_after_reframing()
    events = [
        reframed(ACME),
        ClientEvent(ACME.id, datetime(2024, 4, 1, 9), ClientEventKind.REACTIVATED),
    ]
    advice = acme_advice(journal, FOLLOW_UP_DUE, events)
    assert advice.follow_up is None
    assert advice.level == "reframe"


# --- demanding is not toxic -----------------------------------------------------------------

BIG = Client("big", id="big", revenue_share=45.0)


def demanding_weeks(*extra: tuple[int, str]) -> list[Encounter]:
    """Seven demanding, respectful weeks at impact 5, then three good ones."""
    demands = [
        ("unreasonable_demand",),
        ("impatient",),
        ("special_treatment",),
        ("out_of_scope",),
        ("invasive",),
        ("impatient",),
        ("unreasonable_demand",),
    ]
    mirrored = {"impatient": ("response_time",), "out_of_scope": ("scope",)}
    added = dict(extra)
    journal = []
    for week, behaviours in enumerate(demands):
        tags = behaviours + ((added[week],) if week in added else ())
        violations = mirrored.get(behaviours[0], ())
        if week in added:
            violations += ("respect",)
        journal.append(hard(BIG, week, 5, tags, violations))
    return journal + [good(BIG, week, 4) for week in (7, 8, 9)]


DEFAULTS = Thresholds()


def big_advice(journal: list[Encounter], thresholds: Thresholds = DEFAULTS) -> ClientAdvice:
    return advise_client(BIG, Facts.from_encounters(journal), [], end_of_week(9), None, thresholds)


def test_a_high_revenue_demanding_but_respectful_client_is_only_watched() -> None:
    advice = big_advice(demanding_weeks())
    assert advice.level == "watch"
    assert advice.figures.difficult_share == 70.0
    assert advice.figures.disrespect == 0
    assert advice.figures.violations == {"response_time": 2, "scope": 1}
    assert advice.figures.dependency
    assert "7 demanding encounters, all of them respectful: demanding is not toxic" in words(advice)
    assert words(advice)[-1] == (
        "this client brings 45% of your revenue: saying no may feel risky; plan for it"
    )
    assert words(advice, "fr")[-1].startswith("ce client apporte 45 % de votre chiffre")


def test_the_same_demands_with_disrespect_call_for_reframing() -> None:
    advice = big_advice(demanding_weeks((1, "rude"), (4, "contemptuous")))
    assert advice.level == "reframe"
    assert "advice.demanding" not in codes(advice)
    assert words(advice)[0].startswith("disrespect in 2 encounters")


def test_repeated_out_of_scope_requests_call_for_reframing_the_scope() -> None:
    journal = [
        hard(BIG, week, 4, ("out_of_scope",), ("scope",)) if week < 4 else good(BIG, week)
        for week in range(8)
    ]
    advice = advise_client(BIG, Facts.from_encounters(journal), [], end_of_week(7))
    assert advice.level == "reframe"
    assert "4 requests outside what is in scope" in words(advice)
    assert "your limits were crossed in 4 of 8 encounters" in words(advice)


def test_a_few_crossings_among_many_contacts_are_watched_not_reframed() -> None:
    """A busy key account: 4 crossings in 40 encounters (10 %) is a pattern to watch."""
    crossings = [hard(BIG, week, 4, ("out_of_scope",), ("scope",)) for week in range(4)]
    busy = [
        replace(
            good(BIG, week),
            id=f"busy{week}-{n}",
            occurred_at=good(BIG, week).occurred_at + timedelta(hours=n),
        )
        for week in range(9)
        for n in range(4)
    ]
    facts = Facts.from_encounters(crossings + busy)
    others = 1000.0  # other clients carry most of the load: no cost aggravation here
    advice = advise_client(BIG, facts, [], end_of_week(8), others)
    assert advice.figures.crossings == 4
    assert advice.figures.encounters == 40
    assert advice.level == "watch"
    lowered = Thresholds.from_overrides({"reframe_crossing_share": 10})
    again = advise_client(BIG, facts, [], end_of_week(8), others, lowered)
    assert again.level == "reframe"


def test_repeated_threats_or_insults_dethrone_without_a_reframing() -> None:
    journal = [
        hard(ACME, 0, 8, ("threatening",), ("respect",)),
        hard(ACME, 1, 6, ("insulting",), ("respect",)),
        good(ACME, 2),
        hard(ACME, 3, 9, ("insulting", "threatening"), ("respect",)),
        good(ACME, 4),
    ]
    advice = acme_advice(journal, end_of_week(4))
    assert advice.level == "dethrone"
    assert advice.follow_up is None
    assert words(advice)[0] == (
        "threats or insults in 3 encounters: no client relationship is worth that"
    )
    assert advice.reasons[0].encounter_ids == ("acme0", "acme1", "acme3")


# --- aggravating signs ----------------------------------------------------------------------


def steady_weeks(impacts: Sequence[int], first_week: int = 0) -> list[Encounter]:
    """One difficult encounter of the given impact and two positive ones each week."""
    found: list[Encounter] = []
    for offset, impact in enumerate(impacts):
        week = first_week + offset
        found.append(hard(ACME, week, impact))
        found.append(good(ACME, week))
        found.append(replace(good(ACME, week), id=f"acme{week}++"))
    return found


def test_getting_worse_alone_calls_for_watching() -> None:
    # Changed for issue 13: six difficult encounters a half (it was two), the shared minimum.
    journal = steady_weeks([2] * 6 + [4] * 6)
    advice = acme_advice(journal, end_of_week(11))
    assert advice.level == "watch"
    assert words(advice) == [
        "it is getting worse: mean impact 2.0 → 4.0, on 12 difficult encounters"
    ]
    assert advice.reasons[0].encounter_ids == tuple(f"acme{week}" for week in range(6, 12))
    assert describe(advice.reasons[0], "fr") == (
        "cela s'aggrave : impact moyen 2,0 → 4,0, sur 12 échanges difficiles"
    )


def test_getting_worse_on_too_few_encounters_is_not_claimed() -> None:
    journal = [hard(ACME, 0, 2), good(ACME, 2), hard(ACME, 7, 5), good(ACME, 9), good(ACME, 11)]
    advice = acme_advice(journal, end_of_week(11))
    assert not any(code.startswith("advice.worse") for code in codes(advice))


def test_a_half_without_difficult_encounters_is_not_a_mean_impact_of_zero() -> None:
    # Issue 13: one mild complaint after quiet weeks is not "getting worse 0.0 → 3.0".
    quiet = [replace(good(ACME, week), id=f"acme{week}{n}") for week in range(12) for n in "ab"]
    advice = acme_advice([*quiet, hard(ACME, 10, 3, ("complaint",))], end_of_week(11))
    assert advice.level == "keep"
    assert codes(advice)[0] == "advice.keep"


def test_a_random_swing_of_a_busy_polite_client_with_two_crossings_stays_at_watch() -> None:
    # Issue 13: crossings must be a pattern for a busy key account before aggravating signs
    # (a swing between the halves, most of the load for its revenue) call for reframing.
    key = Client("key", id="key", revenue_share=38.0)
    calm = [
        Encounter(key.id, datetime.combine(START + timedelta(days=d), time(10)), 2, id=f"k{d}")
        for d in range(0, 84, 2)
    ]
    calm = [replace(e, kind=EncounterKind.POSITIVE) if i % 3 else e for i, e in enumerate(calm)]
    heavy = [
        replace(e, impact=5, kind=EncounterKind.DIFFICULT)
        if e.occurred_at.date() >= START + timedelta(weeks=6) and i % 3 != 2
        else e
        for i, e in enumerate(calm)
    ]
    heavy[-1] = replace(heavy[-1], violations=("out_of_hours",))
    heavy[-4] = replace(heavy[-4], behaviours=("out_of_scope",), violations=("scope",))
    others = [good(CALM, week) for week in range(12)]
    advice = advise_client(key, Facts.from_encounters([*heavy, *others]), [], end_of_week(11))
    assert advice.figures.escalating
    assert advice.figures.cost_share is not None and advice.figures.cost_share > 58
    assert advice.level == "watch"


SMALL = Client("small", id="small", revenue_share=5.0)
MAIN = Client("main", id="main", revenue_share=60.0)


def costly_journal(rude: bool) -> list[Encounter]:
    small = [
        hard(SMALL, 0, 4, ("rude",) if rude else ()),
        good(SMALL, 1),
        hard(SMALL, 2, 4),
        good(SMALL, 3),
        good(SMALL, 4),
        good(SMALL, 5),
    ]
    return [*small, hard(MAIN, 1, 1), hard(MAIN, 3, 1)]


def test_a_cost_far_above_the_revenue_is_watched_and_with_disrespect_reframed() -> None:
    calm = advise_client(SMALL, Facts.from_encounters(costly_journal(False)), [], end_of_week(5))
    assert calm.level == "watch"
    assert calm.figures.cost_share == pytest.approx(80.0)
    assert words(calm) == ["this client carries 80% of your emotional load for 5% of your revenue"]
    assert calm.reasons[0].encounter_ids == ("small0", "small2")

    rude = advise_client(SMALL, Facts.from_encounters(costly_journal(True)), [], end_of_week(5))
    assert rude.level == "reframe"


# --- not enough data, overrides, the whole list --------------------------------------------


def test_two_encounters_give_no_advice() -> None:
    advice = acme_advice([hard(ACME, 0, 9, ("rude",)), hard(ACME, 1, 9, ("rude",))], end_of_week(1))
    assert advice.level is None
    assert codes(advice) == ["advice.not_enough_data"]
    assert advice.reasons[0].encounter_ids == ("acme0", "acme1")
    assert words(advice)[0].startswith("not enough data for advice yet")


def test_many_encounters_in_two_weeks_are_not_enough_either() -> None:
    journal = [hard(ACME, week, 8, weekday=day) for week in (0, 1) for day in range(5)]
    journal = [Encounter(e.client_id, e.occurred_at, e.impact) for e in journal]
    advice = acme_advice(journal, end_of_week(1))
    assert advice.level is None
    assert advice.figures.encounters == 10
    assert advice.figures.weeks == 2


def test_threshold_overrides_change_the_outcome() -> None:
    assert big_advice(demanding_weeks()).level == "watch"
    relaxed = Thresholds.from_overrides(
        {"watch_difficult_share": 80, "watch_mean_impact": 6, "cost_excess": 60, "colour": "red"}
    )
    assert big_advice(demanding_weeks(), relaxed).level == "keep"

    rude = demanding_weeks((1, "rude"), (4, "contemptuous"))
    assert big_advice(rude).level == "reframe"
    tolerant = Thresholds.from_overrides({"reframe_disrespect": 3, "cost_excess": 60})
    assert big_advice(rude, tolerant).level == "watch"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"window_weeks": 2}, "window_weeks must be between 4 and 104, not 2"),
        ({"watch_difficult_share": 150.0}, "must be between 0.0 and 100.0"),
        ({"min_encounters": 2.5}, "min_encounters must be a whole number"),
        ({"min_weeks": "three"}, "min_weeks must be a number"),
        ({"dependency_share": True}, "dependency_share must be a number"),
        ({"reframe_mean_impact": 4}, "reframe_mean_impact \\(4.0\\) cannot be below"),
        ({"min_weeks": 20}, "window_weeks \\(12\\) cannot be below min_weeks \\(20\\)"),
    ],
)
def test_bad_overrides_are_refused_in_one_sentence(overrides: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Thresholds.from_overrides(overrides)


def test_whole_numbers_from_a_settings_file_are_accepted() -> None:
    thresholds = Thresholds.from_overrides({"window_weeks": 8.0, "dependency_share": 25})
    assert thresholds.window_weeks == 8
    assert thresholds.dependency_share == 25.0


def test_advise_clients_skips_dethroned_clients_and_shares_the_load_across_all() -> None:
    gone = Client("gone", id="gone", status=ClientStatus.DETHRONED)
    journal = [*costly_journal(False), hard(gone, 2, 10), hard(gone, 3, 10)]
    advices = advise_clients(
        [gone, SMALL, MAIN], Facts.from_encounters(journal), [], end_of_week(5)
    )
    assert [advice.client_id for advice in advices] == ["small", "main"]
    small, main = advices
    assert small.figures.cost_share == pytest.approx(8 / 30 * 100)
    assert main.level is None

    alone = advise_client(gone, Facts.from_encounters(journal), [], end_of_week(5))
    assert alone.level is None
    assert codes(alone) == ["advice.dethroned"]


def all_scenarios() -> list[ClientAdvice]:
    acme = escalating_weeks() + no_better_after_reframing()
    events = [reframed(ACME)]
    days = (end_of_week(5), end_of_week(11), end_of_week(14), FOLLOW_UP_DUE)
    return [
        *(acme_advice(acme, day, events) for day in days),
        acme_advice(escalating_weeks() + better_after_reframing(), FOLLOW_UP_DUE, events),
        big_advice(demanding_weeks()),
        big_advice(demanding_weeks((1, "rude"), (4, "contemptuous"))),
        acme_advice([hard(ACME, 0, 9), hard(ACME, 1, 9)], end_of_week(1)),
        advise_client(SMALL, Facts.from_encounters(costly_journal(True)), [], end_of_week(5)),
    ]


def test_every_advice_explains_itself_in_both_languages_with_its_encounters() -> None:
    for advice in all_scenarios():
        assert advice.level in (*ADVICE_LEVELS, None)
        assert advice.reasons
        for reason in advice.reasons:
            assert describe(reason, "en") and describe(reason, "fr")
            if reason.code != "advice.dependency":
                assert reason.encounter_ids, reason.code


def test_the_same_journal_gives_the_same_advice() -> None:
    assert all_scenarios() == all_scenarios()


# --- issue 13: crossings in good contacts, crossings with disrespect ------------------------


def test_two_evening_contacts_a_pleasant_client_logged_as_good_stay_at_keep() -> None:
    journal = [good(ACME, week) for week in range(12)]
    journal += [
        replace(good(ACME, week), id=f"evening{week}", violations=("out_of_hours",))
        for week in (3, 8)
    ]
    advice = acme_advice(journal, end_of_week(11))
    assert advice.level == "keep"
    assert advice.figures.crossings == 2
    assert "advice.violation.out_of_hours" in codes(advice)


def test_crossed_limits_with_disrespect_call_for_reframing_before_a_share_builds_up() -> None:
    journal = [good(ACME, week) for week in range(12)] + [hard(ACME, 0, 3)]
    journal += [hard(ACME, 10, 5, ("out_of_scope", "rude"), ("scope",))]
    journal += [replace(hard(ACME, 11, 5, ("out_of_scope",), ("scope",)), id="again")]
    advice = acme_advice(journal, end_of_week(11))
    assert advice.figures.crossings == 2 and advice.figures.disrespect == 1
    assert advice.level == "reframe"
