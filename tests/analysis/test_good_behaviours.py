"""What a client did well is stored with the behaviours, and no analysis reads it as harm."""

from __future__ import annotations

from datetime import datetime

from wellbeing.analysis import advice, cycle, violations
from wellbeing.analysis.messages import incidents
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.encoding import encounter_from_json, encounter_to_json
from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.domain.validation import validate_encounter

GOOD = tuple(term.key for term in vocab.GOOD_BEHAVIOURS)
TUESDAY_10AM = datetime(2024, 6, 4, 10, 0)


def test_the_behaviour_lists_are_apart_and_together_they_are_every_behaviour():
    difficult = {term.key for term in vocab.DIFFICULT_BEHAVIOURS}
    assert not difficult & set(GOOD)
    assert vocab.BEHAVIOURS == vocab.DIFFICULT_BEHAVIOURS + vocab.GOOD_BEHAVIOURS
    assert vocab.label_of(vocab.BEHAVIOURS, "thanked_me", "fr") == "m'a remercié·e"


def test_no_analysis_names_a_good_behaviour_among_the_harmful_ones():
    harmful = (
        set(violations.DISRESPECT)
        | set(violations.BEHAVIOUR_VIOLATIONS)
        | set(advice.DEMANDS)
        | set(advice.SEVERE)
        | set(cycle.ADVANTAGE_BEHAVIOURS)
        | set(cycle.DISSATISFACTION_BEHAVIOURS)
        | set().union(*incidents._TOPIC_BEHAVIOURS.values())
        | {"out_of_hours", "threatening"}  # read by name in exhaustion and advice
    )
    assert not harmful & set(GOOD)


def test_good_behaviours_cross_no_boundary_even_on_a_difficult_encounter():
    for kind in EncounterKind:
        encounter = Encounter("c", TUESDAY_10AM, 3, kind, channel="phone", behaviours=GOOD)
        assert violations.detect_violations(encounter, Boundaries()) == ()


def test_an_encounter_with_good_behaviours_is_valid_and_keeps_them_through_its_file_shape():
    encounter = Encounter("c", TUESDAY_10AM, 8, EncounterKind.POSITIVE, behaviours=GOOD)
    validate_encounter(encounter, now=datetime(2024, 6, 5))
    assert set(encounter_from_json(encounter_to_json(encounter)).behaviours) == set(GOOD)
