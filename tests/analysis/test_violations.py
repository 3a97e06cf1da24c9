"""Boundary violations read from when, how and what happened, against the user's limits."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from wellbeing.analysis.violations import detect_violations
from wellbeing.domain.boundaries import Boundaries, ChannelRule, Hours
from wellbeing.domain.model import Encounter

SATURDAY_8AM = datetime(2024, 6, 1, 8, 0)
TUESDAY = datetime(2024, 6, 4, 10, 0)


def encounter(
    at: datetime, channel: str | None = "phone", behaviours: tuple[str, ...] = ()
) -> Encounter:
    return Encounter("client", at, impact=5, channel=channel, behaviours=behaviours)


def test_a_call_at_8_on_a_saturday_is_a_day_off_not_also_out_of_hours() -> None:
    assert detect_violations(encounter(SATURDAY_8AM), Boundaries()) == ("day_off",)


def test_a_tagged_out_of_hours_contact_on_a_day_off_counts_once_as_day_off() -> None:
    tagged = encounter(SATURDAY_8AM, behaviours=("out_of_hours",))
    assert detect_violations(tagged, Boundaries()) == ("day_off",)


def test_a_saturday_the_user_works_is_not_a_day_off() -> None:
    saturday_mornings = Boundaries().with_day(5, Hours(time(8, 0), time(12, 0)))
    assert detect_violations(encounter(SATURDAY_8AM), saturday_mornings) == ()


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (19, 30, ("out_of_hours",)),
        (8, 59, ("out_of_hours",)),
        (9, 0, ()),
        (17, 59, ()),
        (18, 0, ("out_of_hours",)),
    ],
)
def test_working_hours_on_a_tuesday(hour: int, minute: int, expected: tuple[str, ...]) -> None:
    at = TUESDAY.replace(hour=hour, minute=minute)
    assert detect_violations(encounter(at), Boundaries()) == expected


def test_a_refused_channel_is_a_violation_even_within_hours() -> None:
    no_social = Boundaries(channels=(ChannelRule("social", accepted=False),))
    assert detect_violations(encounter(TUESDAY, "social"), no_social) == ("channel",)
    assert detect_violations(encounter(TUESDAY, "email"), no_social) == ()


def test_a_channel_used_outside_its_own_hours() -> None:
    phone_mornings = Boundaries(channels=(ChannelRule("phone", hours=Hours(time(9), time(12))),))
    afternoon = TUESDAY.replace(hour=14)
    assert detect_violations(encounter(afternoon), phone_mornings) == ("channel_hours",)
    assert detect_violations(encounter(TUESDAY), phone_mornings) == ()
    assert detect_violations(encounter(afternoon, "email"), phone_mornings) == ()


def test_a_late_call_on_a_refused_channel_crosses_both_limits() -> None:
    no_phone = Boundaries(channels=(ChannelRule("phone", accepted=False),))
    late = TUESDAY.replace(hour=21)
    assert detect_violations(encounter(late), no_phone) == ("out_of_hours", "channel")


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        ("out_of_scope", ("scope",)),
        ("ignores_terms", ("terms",)),
        ("impatient", ("response_time",)),
        ("rude", ("respect",)),
        ("threatening", ("respect",)),
        ("questions_competence", ("respect",)),
        ("unreasonable_demand", ()),
        ("invasive", ()),
    ],
)
def test_behaviours_that_cross_a_boundary(behaviour: str, expected: tuple[str, ...]) -> None:
    assert detect_violations(encounter(TUESDAY, behaviours=(behaviour,)), Boundaries()) == expected


def test_impatience_is_no_violation_without_a_promised_response_time() -> None:
    no_promise = Boundaries(response_hours=None)
    assert detect_violations(encounter(TUESDAY, behaviours=("impatient",)), no_promise) == ()


def test_each_kind_once_in_vocabulary_order() -> None:
    stormy = encounter(
        SATURDAY_8AM,
        behaviours=("insulting", "rude", "out_of_scope", "impatient", "ignores_terms"),
    )
    assert detect_violations(stormy, Boundaries()) == (
        "day_off",
        "response_time",
        "scope",
        "respect",
        "terms",
    )


def test_positive_encounters_cross_nothing_by_themselves() -> None:
    from datetime import datetime

    from wellbeing.analysis.violations import detect_violations
    from wellbeing.domain.boundaries import Boundaries
    from wellbeing.domain.model import Encounter, EncounterKind

    saturday = Encounter("c", datetime(2026, 3, 7, 8, 0), 1, EncounterKind.POSITIVE)
    assert detect_violations(saturday, Boundaries()) == ()
