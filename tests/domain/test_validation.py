"""Validation turns every impossible value into one sentence naming the field."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Client, ClientStatus, Encounter, EncounterKind, Strength
from wellbeing.domain.validation import (
    MAX_TEXT,
    InvalidValue,
    validate_client,
    validate_encounter,
    validate_strength,
)

NOW = datetime(2026, 3, 10, 12, 0)


def short_id(value) -> str:
    """A readable test id: long texts shown by their length."""
    if isinstance(value, dict):
        return ",".join(f"{k}={short_id(v)}" for k, v in value.items())
    if isinstance(value, str) and len(value) > 30:
        return f"<{len(value)} chars>"
    return repr(value)


def full_encounter(**changes) -> Encounter:
    encounter = Encounter(
        client_id="c1",
        occurred_at=datetime(2026, 3, 2, 8, 15),
        impact=7,
        kind=EncounterKind.DIFFICULT,
        channel="phone",
        duration_minutes=25,
        what_happened="Called at 8 a.m. on a Saturday about an out-of-scope request.",
        behaviours=("out_of_hours", "out_of_scope"),
        irritants=("no_call_back",),
        emotions=("stressed", "drained"),
        lingered="rest_of_day",
        assertiveness=2,
        company_confidence=3,
        outcome="pending",
        escalated=True,
        backed="partly",
        next_time="State my hours in writing.",
    )
    return replace(encounter, **changes)


def assert_one_sentence(message: str, *field_words: str) -> None:
    assert message.endswith("."), message
    assert "\n" not in message, message
    # No second sentence hiding inside ('. ' followed by a capital letter).
    assert not re.search(r"[.!?]\s+[A-Z]", message), message
    assert message[0].isupper(), message
    lowered = message.lower()
    assert any(word in lowered for word in field_words), (message, field_words)


# --- encounters ----------------------------------------------------------------------


def test_full_encounter_is_valid():
    validate_encounter(full_encounter(), now=NOW)


def test_minimal_encounter_is_valid():
    validate_encounter(Encounter(client_id="c1", occurred_at=NOW, impact=0), now=NOW)


@pytest.mark.parametrize(
    "changes",
    [
        {"impact": 0},
        {"impact": 10},
        {"assertiveness": 1},
        {"assertiveness": 5},
        {"assertiveness": None},
        {"company_confidence": 1},
        {"company_confidence": 5},
        {"company_confidence": None},
        {"duration_minutes": 0},
        {"duration_minutes": 24 * 60},
        {"duration_minutes": None},
        {"channel": None, "outcome": None, "lingered": None},
        {"escalated": False, "backed": None},
        {"kind": EncounterKind.POSITIVE, "behaviours": (), "emotions": ("relieved", "calm")},
        {"what_happened": "x" * MAX_TEXT, "next_time": "y" * MAX_TEXT},
        {"occurred_at": NOW + timedelta(hours=23)},
        {"occurred_at": datetime(2001, 1, 1)},
    ],
    ids=short_id,
)
def test_boundary_values_pass(changes):
    validate_encounter(full_encounter(**changes), now=NOW)


@pytest.mark.parametrize("key", [term.key for term in vocab.CHANNELS])
def test_every_channel_key_passes(key):
    validate_encounter(full_encounter(channel=key), now=NOW)


@pytest.mark.parametrize(
    ("changes", "field_words"),
    [
        ({"impact": 11}, ["impact"]),
        ({"impact": -1}, ["impact"]),
        ({"impact": 5.5}, ["impact"]),
        ({"impact": "5"}, ["impact"]),
        ({"impact": True}, ["impact"]),
        ({"impact": None}, ["impact"]),
        ({"assertiveness": 0}, ["assertiveness"]),
        ({"assertiveness": 6}, ["assertiveness"]),
        ({"assertiveness": 2.5}, ["assertiveness"]),
        ({"company_confidence": 0}, ["confidence"]),
        ({"company_confidence": 6}, ["confidence"]),
        ({"duration_minutes": -1}, ["duration"]),
        ({"duration_minutes": 24 * 60 + 1}, ["duration"]),
        ({"duration_minutes": "ten"}, ["duration"]),
        ({"channel": "fax"}, ["channel"]),
        ({"outcome": "exploded"}, ["outcome"]),
        ({"lingered": "forever"}, ["linger"]),
        ({"backed": "maybe"}, ["back"]),
        ({"behaviours": ("rude", "sings_loudly")}, ["behaviour"]),
        ({"irritants": ("bad_coffee",)}, ["irritant"]),
        ({"emotions": ("stressed", "hangry")}, ["emotion"]),
        ({"kind": "furious"}, ["kind"]),
        ({"escalated": False, "backed": "yes"}, ["backed", "escalat"]),
        ({"what_happened": "x" * (MAX_TEXT + 1)}, ["what happened"]),
        ({"next_time": "y" * (MAX_TEXT + 1)}, ["next time"]),
        ({"occurred_at": NOW + timedelta(days=1, minutes=1)}, ["date", "future"]),
        ({"occurred_at": NOW + timedelta(days=400)}, ["date", "future"]),
    ],
    ids=short_id,
)
def test_impossible_encounter_values_raise_one_sentence(changes, field_words):
    with pytest.raises(InvalidValue) as caught:
        validate_encounter(full_encounter(**changes), now=NOW)
    assert_one_sentence(str(caught.value), *field_words)


def test_unknown_key_message_quotes_the_key():
    with pytest.raises(InvalidValue, match="'fax'"):
        validate_encounter(full_encounter(channel="fax"), now=NOW)


def test_text_limit_message_gives_length_and_limit():
    with pytest.raises(InvalidValue) as caught:
        validate_encounter(full_encounter(what_happened="x" * (MAX_TEXT + 1)), now=NOW)
    assert "100,001" in str(caught.value)
    assert "100,000" in str(caught.value)


def test_invalid_value_is_a_value_error():
    assert issubclass(InvalidValue, ValueError)


def test_now_defaults_to_the_clock():
    with pytest.raises(InvalidValue):
        validate_encounter(full_encounter(occurred_at=datetime.now() + timedelta(days=2)))
    validate_encounter(full_encounter(occurred_at=datetime.now()))


# --- clients -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "client",
    [
        Client(name="Acme"),
        Client(name="A" * 200),
        Client(name="  Acme   Corp  "),
        Client(name="Acme", revenue_share=0),
        Client(name="Acme", revenue_share=100),
        Client(name="Acme", revenue_share=37.5),
        Client(name="Acme", status=ClientStatus.DETHRONED),
    ],
    ids=lambda c: f"{c.name[:12]!r}/{c.revenue_share!r}/{c.status}",
)
def test_valid_clients_pass(client):
    validate_client(client)


@pytest.mark.parametrize(
    ("client", "field_words"),
    [
        (Client(name=""), ["name"]),
        (Client(name="   \t\n "), ["name"]),
        (Client(name="A" * 201), ["name"]),
        (Client(name="Acme", revenue_share=120), ["revenue share"]),
        (Client(name="Acme", revenue_share=-0.5), ["revenue share"]),
        (Client(name="Acme", revenue_share=float("nan")), ["revenue share"]),
        (Client(name="Acme", revenue_share="40"), ["revenue share"]),
    ],
    ids=lambda v: f"{v.name[:12]!r}/{v.revenue_share!r}" if isinstance(v, Client) else "",
)
def test_impossible_client_values_raise_one_sentence(client, field_words):
    with pytest.raises(InvalidValue) as caught:
        validate_client(client)
    assert_one_sentence(str(caught.value), *field_words)


# --- strengths -----------------------------------------------------------------------


def test_valid_strength_passes():
    validate_strength(Strength(text="Our support team calls back within the hour."))


@pytest.mark.parametrize("text", ["", "   ", "x" * (MAX_TEXT + 1)], ids=["empty", "blank", "huge"])
def test_impossible_strengths_raise_one_sentence(text):
    with pytest.raises(InvalidValue) as caught:
        validate_strength(Strength(text=text))
    assert_one_sentence(str(caught.value), "strength")


# --- vocabulary ----------------------------------------------------------------------

TERM_LISTS = {
    "EMOTIONS": vocab.EMOTIONS,
    "BEHAVIOURS": vocab.BEHAVIOURS,
    "GOOD_BEHAVIOURS": vocab.GOOD_BEHAVIOURS,
    "IRRITANTS": vocab.IRRITANTS,
    "CHANNELS": vocab.CHANNELS,
    "OUTCOMES": vocab.OUTCOMES,
    "BACKING": vocab.BACKING,
    "LINGERING": vocab.LINGERING,
    "IMPACT_ANCHORS": tuple(vocab.IMPACT_ANCHORS.values()),
    "POSITIVE_IMPACT_ANCHORS": tuple(vocab.POSITIVE_IMPACT_ANCHORS.values()),
    "ASSERTIVENESS_ANCHORS": tuple(vocab.ASSERTIVENESS_ANCHORS.values()),
    "CONFIDENCE_ANCHORS": tuple(vocab.CONFIDENCE_ANCHORS.values()),
}

EXPECTED_QUADRANT = {
    **dict.fromkeys(
        (
            "angry",
            "anxious",
            "stressed",
            "frustrated",
            "irritated",
            "humiliated",
            "tense",
            "outraged",
            "worried",
            "overwhelmed",
            "defensive",
            "panicked",
        ),
        "unpleasant_high",
    ),
    **dict.fromkeys(
        (
            "drained",
            "discouraged",
            "sad",
            "hurt",
            "ashamed",
            "guilty",
            "powerless",
            "alone",
            "disappointed",
            "numb",
            "tired",
            "resigned",
        ),
        "unpleasant_low",
    ),
    **dict.fromkeys(
        (
            "proud",
            "confident",
            "energised",
            "motivated",
            "pleased",
            "enthusiastic",
            "respected",
            "valued",
            "capable",
            "amused",
        ),
        "pleasant_high",
    ),
    **dict.fromkeys(
        (
            "calm",
            "relieved",
            "serene",
            "grateful",
            "satisfied",
            "at_ease",
            "reassured",
            "soothed",
            "understood",
            "safe",
        ),
        "pleasant_low",
    ),
}


@pytest.mark.parametrize("name", list(TERM_LISTS))
def test_keys_are_unique_per_list(name):
    keys = [term.key for term in TERM_LISTS[name]]
    assert len(keys) == len(set(keys))
    assert all(key and key == key.strip() for key in keys)


@pytest.mark.parametrize("name", list(TERM_LISTS))
def test_every_term_has_english_and_french_labels(name):
    for term in TERM_LISTS[name]:
        assert term.en.strip(), term
        assert term.fr.strip(), term
        assert term.label("en") == term.en
        assert term.label("fr") == term.fr


def test_anchor_keys_match_their_scale_points():
    for anchors in (
        vocab.IMPACT_ANCHORS,
        vocab.POSITIVE_IMPACT_ANCHORS,
        vocab.ASSERTIVENESS_ANCHORS,
        vocab.CONFIDENCE_ANCHORS,
    ):
        assert all(term.key == str(point) for point, term in anchors.items())
    assert set(vocab.IMPACT_ANCHORS) <= set(range(11))
    assert set(vocab.POSITIVE_IMPACT_ANCHORS) == set(vocab.IMPACT_ANCHORS)
    assert set(vocab.ASSERTIVENESS_ANCHORS) <= set(range(1, 6))
    assert set(vocab.CONFIDENCE_ANCHORS) <= set(range(1, 6))


def test_emotion_coordinates_are_within_the_plane():
    for emotion in vocab.EMOTIONS:
        assert -1.0 <= emotion.pleasantness <= 1.0, emotion
        assert -1.0 <= emotion.energy <= 1.0, emotion


def test_every_emotion_sits_in_its_listed_quadrant():
    assert {e.key for e in vocab.EMOTIONS} == set(EXPECTED_QUADRANT)
    for emotion in vocab.EMOTIONS:
        expected = EXPECTED_QUADRANT[emotion.key]
        assert emotion.quadrant == expected, emotion
        # Strictly inside, so that the quadrant does not depend on how 0 is rounded.
        assert (emotion.pleasantness > 0) == expected.startswith("pleasant"), emotion
        assert (emotion.energy > 0) == expected.endswith("high"), emotion
        assert emotion.pleasantness != 0 and emotion.energy != 0, emotion


def test_all_four_quadrants_are_populated():
    populated = {emotion.quadrant for emotion in vocab.EMOTIONS}
    assert populated == set(vocab.QUADRANTS)
    assert len(vocab.QUADRANTS) == 4


def test_emotions_in_one_quadrant_do_not_share_a_point():
    points = [(e.pleasantness, e.energy) for e in vocab.EMOTIONS]
    assert len(points) == len(set(points))


def test_label_of_falls_back_to_the_key_for_a_users_own_tag():
    assert vocab.label_of(vocab.BEHAVIOURS, "impatient", "fr") == "veut tout, tout de suite"
    assert vocab.label_of(vocab.BEHAVIOURS, "my_own_tag", "en") == "my_own_tag"
    assert vocab.label_of(vocab.BEHAVIOURS, None) == ""


def test_label_tags_reads_a_comma_separated_line():
    assert vocab.label_tags("rude,impatient", vocab.BEHAVIOURS, "en") == (
        "rude, wants everything now"
    )
    assert vocab.label_tags("rude,my_own_tag", vocab.BEHAVIOURS, "fr") == "impoli, my_own_tag"
    assert vocab.label_tags("", vocab.BEHAVIOURS, "fr") == ""
