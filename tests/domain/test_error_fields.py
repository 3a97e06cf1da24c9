"""Every refusal of the domain checks names its field and carries a code, so that a reader
(and an interface) points at the value without reading the English sentence."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import pytest

from tests.domain.test_validation import NOW, full_encounter, short_id
from wellbeing.domain.model import CheckIn, Client, ClientEvent, ClientEventKind, Strength
from wellbeing.domain.validation import (
    MAX_TEXT,
    InvalidValue,
    check_client_name,
    validate_check_in,
    validate_client,
    validate_client_event,
    validate_encounter,
    validate_strength,
)


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"kind": "furious"}, "kind", "unknown_key"),
        ({"occurred_at": datetime(1899, 12, 31)}, "occurred_at", "past_date"),
        ({"occurred_at": NOW + timedelta(days=2)}, "occurred_at", "future_date"),
        ({"impact": 11}, "impact", "out_of_range"),
        ({"impact": None}, "impact", "missing"),
        ({"assertiveness": 6}, "assertiveness", "out_of_range"),
        ({"company_confidence": 0}, "company_confidence", "out_of_range"),
        ({"duration_minutes": -1}, "duration_minutes", "out_of_range"),
        ({"channel": "fax"}, "channel", "unknown_key"),
        ({"outcome": "exploded"}, "outcome", "unknown_key"),
        ({"lingered": "forever"}, "lingered", "unknown_key"),
        ({"backed": "maybe"}, "backed", "unknown_key"),
        ({"behaviours": ("sings",)}, "behaviours", "unknown_key"),
        ({"irritants": ("bad_coffee",)}, "irritants", "unknown_key"),
        ({"violations": ("too_early",)}, "violations", "unknown_key"),
        ({"emotions": ("hangry",)}, "emotions", "unknown_key"),
        ({"escalated": False, "backed": "yes"}, "backed", "backed_not_escalated"),
        ({"what_happened": "x" * (MAX_TEXT + 1)}, "what_happened", "text_too_long"),
        ({"next_time": os.fsdecode(b"\xff")}, "next_time", "broken_text"),
        ({"next_time": 3}, "next_time", "not_text"),
    ],
    ids=short_id,
)
def test_each_encounter_refusal_names_its_field(changes, field, code):
    with pytest.raises(InvalidValue) as caught:
        validate_encounter(full_encounter(**changes), now=NOW)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_a_sentence_naming_its_field_first_also_comes_without_it():
    with pytest.raises(InvalidValue) as caught:
        validate_encounter(full_encounter(impact=11), now=NOW)
    assert str(caught.value) == "Impact must be a whole number from 0 to 10, not 11."
    assert caught.value.params["detail"] == "must be a whole number from 0 to 10, not 11."


@pytest.mark.parametrize(
    ("check", "field", "code"),
    [
        (lambda: check_client_name(""), "name", "client_name_empty"),
        (lambda: check_client_name("A" * 201), "name", "client_name_long"),
        (lambda: check_client_name("a\u202eb"), "name", "client_name_control"),
        (lambda: check_client_name(os.fsdecode(b"\xe9")), "name", "client_name_broken"),
        (lambda: check_client_name(3), "name", "not_text"),
        (lambda: validate_client(Client("A", revenue_share=101)), "revenue_share", "revenue_share"),
        (lambda: validate_strength(Strength(" ")), "text", "strength_empty"),
        (lambda: validate_strength(Strength("x" * (MAX_TEXT + 1))), "text", "text_too_long"),
        (
            lambda: validate_check_in(CheckIn(NOW + timedelta(days=2), (0,) * 6, (0,) * 5), NOW),
            "answered_at",
            "future_date",
        ),
        (
            lambda: validate_check_in(CheckIn(NOW, (0,) * 5, (0,) * 5), NOW),
            "strain",
            "check_in_incomplete",
        ),
        (
            lambda: validate_check_in(CheckIn(NOW, (0,) * 6, (0,) * 4), NOW),
            "wellbeing",
            "check_in_incomplete",
        ),
        (
            lambda: validate_check_in(CheckIn(NOW, (5,) * 6, (0,) * 5), NOW),
            "strain",
            "out_of_range",
        ),
        (
            lambda: validate_check_in(CheckIn(NOW, (0,) * 6, (6,) * 5), NOW),
            "wellbeing",
            "out_of_range",
        ),
        (
            lambda: validate_client_event(
                ClientEvent("c1", datetime(1850, 1, 1), ClientEventKind.MESSAGE)
            ),
            "at",
            "past_date",
        ),
        (
            lambda: validate_client_event(
                ClientEvent("c1", NOW, ClientEventKind.MESSAGE, "x" * (MAX_TEXT + 1))
            ),
            "detail",
            "text_too_long",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_every_other_refusal_names_its_field(check, field, code):
    with pytest.raises(InvalidValue) as caught:
        check()
    assert (caught.value.field, caught.value.code) == (field, code)
