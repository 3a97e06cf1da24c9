"""Logging and editing an encounter: one set of rules, whoever calls."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from wellbeing.domain.boundaries import Boundaries, to_json
from wellbeing.domain.model import Encounter
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.encounters import EncounterEntry, edit_encounter, log_encounter
from wellbeing.store import journal, settings

SATURDAY_8AM = datetime(2026, 11, 21, 8, 0)
TUESDAY_10AM = datetime(2026, 11, 17, 10, 0)


def draft(when: datetime = SATURDAY_8AM, **fields) -> Encounter:
    return Encounter(client_id="", occurred_at=when, impact=6, channel="phone", **fields)


def confirm_the_defaults(db) -> None:
    """What OK in the boundaries dialog does on a journal that never had any."""
    settings.put(db, settings.BOUNDARIES, to_json(Boundaries()))


def test_no_time_or_channel_is_flagged_before_the_user_sets_boundaries(db):
    late_email = draft(datetime(2026, 11, 17, 21, 30), behaviours=("impatient",))
    entries = [draft(), replace(late_email, channel="email")]

    logged = [log_encounter(db, EncounterEntry("Acme", entry)).encounter for entry in entries]

    assert [e.violations for e in logged] == [(), ()]  # no day off, hours or answer time


def test_what_the_user_tags_is_a_crossing_even_before_boundaries_are_set(db):
    tagged = draft(behaviours=("rude", "out_of_scope", "out_of_hours"))

    logged = log_encounter(db, EncounterEntry("Acme", tagged))

    assert logged.encounter.violations == ("out_of_hours", "scope", "respect")


def test_once_the_defaults_are_confirmed_they_are_the_users_and_detection_applies(db):
    before = log_encounter(db, EncounterEntry("Acme", draft())).encounter
    confirm_the_defaults(db)

    after = log_encounter(db, EncounterEntry("Acme", draft())).encounter

    assert before.violations == ()  # saved earlier: not re-detected behind the user's back
    assert after.violations == ("day_off",)


def test_boundaries_stored_in_a_form_that_no_longer_reads_count_as_not_set(db):
    db.table("settings").upsert({"key": "boundaries", "value": '{"colour": 3'}, pk="key")

    assert log_encounter(db, EncounterEntry("Acme", draft())).encounter.violations == ()


def test_violations_are_detected_from_the_users_boundaries_and_added_to_those_by_hand(db):
    confirm_the_defaults(db)
    logged = log_encounter(db, EncounterEntry("Acme", draft(violations=("scope",))))

    [stored] = journal.list_encounters(db)
    assert stored == logged.encounter
    assert stored.violations == ("day_off", "scope")
    assert logged.client.name == "Acme" and logged.client_created
    assert logged.previous is None


def test_the_users_own_boundaries_decide(db):
    saturday_worked = Boundaries().with_day(5, Boundaries().working_hours[0])
    settings.put(db, settings.BOUNDARIES, to_json(saturday_worked))

    logged = log_encounter(db, EncounterEntry("Acme", draft()))

    assert logged.encounter.violations == ("out_of_hours",)  # Saturday worked, from 9:00


def test_without_detection_only_the_violations_given_are_kept(db):
    entry = EncounterEntry("Acme", draft(violations=("scope",)), detect=False)

    assert log_encounter(db, entry).encounter.violations == ("scope",)


def test_a_known_client_is_reused_whatever_the_case_and_spacing(db):
    first = log_encounter(db, EncounterEntry("Acme", draft(TUESDAY_10AM)))
    second = log_encounter(db, EncounterEntry("  acme ", draft(TUESDAY_10AM)))

    assert second.client == first.client
    assert not second.client_created
    assert len(journal.list_clients(db)) == 1


def test_strict_client_refuses_an_unknown_name_and_writes_nothing(db):
    with pytest.raises(InvalidValue, match="No client is called 'Initech'"):
        log_encounter(db, EncounterEntry("Initech", draft()), strict_client=True)

    assert journal.list_clients(db) == []
    assert journal.count_encounters(db) == 0


def test_an_impossible_entry_is_refused_before_any_journal_is_touched():
    with pytest.raises(InvalidValue):
        EncounterEntry("Acme", draft(violations=("sings",)))
    with pytest.raises(InvalidValue):
        EncounterEntry("", draft())


def test_editing_replaces_the_encounter_with_the_same_rules(db):
    confirm_the_defaults(db)
    first = log_encounter(db, EncounterEntry("Acme", draft(TUESDAY_10AM))).encounter

    edited = edit_encounter(
        db, first.id, EncounterEntry("Globex", draft(SATURDAY_8AM, behaviours=("rude",)))
    )

    [stored] = journal.list_encounters(db)
    assert stored.id == first.id
    assert stored.violations == ("day_off", "respect")
    assert edited.previous == first
    assert edited.client.name == "Globex" and edited.client_created


def test_an_encounter_deleted_while_it_was_edited_is_saved_again(db):
    first = log_encounter(db, EncounterEntry("Acme", draft(TUESDAY_10AM))).encounter
    journal.delete_encounter(db, first.id)

    edited = edit_encounter(db, first.id, EncounterEntry("Acme", replace(first, impact=3)))

    assert edited.previous is None
    assert journal.get_encounter(db, first.id).impact == 3
