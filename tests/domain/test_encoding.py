"""One JSON shape for an encounter, written and read back without loss."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import datetime

from tests.domain.test_validation import full_encounter
from wellbeing.domain.encoding import TAG_FIELDS, encounter_from_json, encounter_to_json
from wellbeing.domain.model import Encounter


def test_every_field_round_trips_through_plain_json():
    encounter = full_encounter(
        occurred_at=datetime(2026, 3, 2, 8, 15, 30), violations=("out_of_hours", "day_off")
    )
    data = encounter_to_json(encounter)
    assert list(data) == [field.name for field in fields(Encounter)]
    assert data["occurred_at"] == "2026-03-02T08:15:30"
    assert data["kind"] == "difficult"
    assert data["violations"] == ["day_off", "out_of_hours"]  # sorted: order means nothing
    again = encounter_from_json(json.loads(json.dumps(data)))
    sorted_tags = {name: tuple(sorted(getattr(encounter, name))) for name in TAG_FIELDS}
    assert again == replace(encounter, **sorted_tags)


def test_tags_are_written_once_and_sorted():
    data = encounter_to_json(full_encounter(emotions=("tense", "angry", "tense")))
    assert data["emotions"] == ["angry", "tense"]


def test_minutes_drop_the_seconds():
    encounter = full_encounter(occurred_at=datetime(2026, 3, 2, 8, 15, 30))
    assert encounter_to_json(encounter, timespec="minutes")["occurred_at"] == "2026-03-02T08:15"


def test_missing_fields_take_a_new_encounters_values_and_unknown_ones_are_ignored():
    encounter = encounter_from_json(
        {"client_id": "c1", "occurred_at": "2026-03-02T08:15:00", "impact": 3, "mood": "?"}
    )
    assert encounter == replace(
        Encounter(client_id="c1", occurred_at=datetime(2026, 3, 2, 8, 15), impact=3),
        id=encounter.id,
    )
