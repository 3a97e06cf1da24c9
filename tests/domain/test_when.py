"""The words for "when" mean fixed moments, the same from the command line and the form."""

from __future__ import annotations

from datetime import datetime

import pytest

from wellbeing.domain.validation import InvalidValue
from wellbeing.domain.when import Shorthand, available, moment_of, parse_when

EVENING = datetime(2026, 11, 17, 21, 37, 42)  # a Tuesday, late: when people catch up
TUESDAY = datetime(2026, 11, 17)


def at(hour: int, minute: int = 0, day: datetime = TUESDAY) -> datetime:
    return day.replace(hour=hour, minute=minute)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", at(21, 37)),
        ("Just now", at(21, 37)),
        ("today", at(21, 37)),
        ("this morning", at(10)),
        ("This  Afternoon", at(15)),
        ("earlier today", at(19, 37)),
        ("yesterday", at(12, day=datetime(2026, 11, 16))),
        ("yesterday 17:30", at(17, 30, day=datetime(2026, 11, 16))),
        ("yesterday at 9:05", at(9, 5, day=datetime(2026, 11, 16))),
        ("today 14:10", at(14, 10)),
        ("14:10", at(14, 10)),
        ("8:05", at(8, 5)),
        ("2026-03-02", datetime(2026, 3, 2)),
        ("2026-03-02 08:15", datetime(2026, 3, 2, 8, 15)),
        ("2026-03-02T08:15", datetime(2026, 3, 2, 8, 15)),
        ("2026-03-02T08:15:00+01:00", datetime(2026, 3, 2, 8, 15)),
    ],
)
def test_english_words_and_dates(text: str, expected: datetime) -> None:
    assert parse_when(text, EVENING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("maintenant", at(21, 37)),
        ("à l'instant", at(21, 37)),
        ("ce matin", at(10)),
        ("cet après-midi", at(15)),
        ("plus tôt aujourd’hui", at(19, 37)),
        ("hier", at(12, day=datetime(2026, 11, 16))),
        ("hier 17h30", at(17, 30, day=datetime(2026, 11, 16))),
        ("hier à 8h", at(8, day=datetime(2026, 11, 16))),
        ("aujourd'hui 14h10", at(14, 10)),
        ("14h10", at(14, 10)),
    ],
)
def test_french_words(text: str, expected: datetime) -> None:
    assert parse_when(text, EVENING) == expected


def test_the_fixed_hours_never_reach_past_now() -> None:
    early = datetime(2026, 11, 17, 9, 20)
    assert parse_when("this morning", early) == at(9, 20)
    assert parse_when("earlier today", early) == at(8)  # two hours ago, but not before 08:00
    assert parse_when("earlier today", at(7, 10)) == at(7, 10)
    assert parse_when("this afternoon", at(13, 5)) == at(13, 5)


def test_this_afternoon_in_the_morning_is_refused_in_one_sentence() -> None:
    with pytest.raises(InvalidValue) as refused:
        parse_when("this afternoon", at(11, 40))
    assert str(refused.value) == "It is only 11:40: this afternoon has not started yet."
    assert not available(Shorthand.THIS_AFTERNOON, at(11, 40))
    assert available(Shorthand.THIS_AFTERNOON, at(12))
    assert all(available(s, at(11, 40)) for s in Shorthand if s != Shorthand.THIS_AFTERNOON)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("22:15", "22:15 is later than now (21:37); an encounter is logged once it has happened."),
        (
            "2026-11-18 08:00",
            "2026-11-18 08:00 is later than now (21:37); an encounter is logged once it has "
            "happened.",
        ),
        (
            "2099-01-01",
            "2099-01-01 00:00 is later than now (21:37); an encounter is logged once it has "
            "happened.",
        ),
    ],
)
def test_a_moment_to_come_is_refused_in_one_sentence(text: str, sentence: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        parse_when(text, EVENING)
    assert str(refused.value) == sentence


def test_the_minute_being_lived_is_not_the_future() -> None:
    assert parse_when("21:37", EVENING) == at(21, 37)


def test_the_end_of_a_period_may_be_to_come() -> None:
    assert parse_when("2026-12-31", EVENING, future=True) == datetime(2026, 12, 31)
    assert parse_when("yesterday", EVENING, future=True) == at(12, day=datetime(2026, 11, 16))


@pytest.mark.parametrize(
    "text", ["yesterdayish", "14", "25:00", "14:", "tomorrow", "yesterday 25:00", "", "ce soir"]
)
def test_what_is_not_a_moment_is_refused_with_the_forms_that_work(text: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        parse_when(text, EVENING)
    message = str(refused.value)
    assert message.startswith(f"'{text}' is not a date; write it as YYYY-MM-DD")
    assert message.count(".") == 1 and message.endswith("(see --help).")


def test_every_quick_choice_is_a_moment_at_the_minute_before_or_at_now() -> None:
    for shorthand in Shorthand:
        moment = moment_of(shorthand, EVENING)
        assert moment <= EVENING and moment.second == moment.microsecond == 0
