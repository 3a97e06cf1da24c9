"""The coach's workspace: coachees by the id their packs carry, never by name."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wellbeing.domain.coaching import AgreedAction, Section, SessionChoices
from wellbeing.services import coach
from wellbeing.services.coaching import session_content
from wellbeing.services.demo import write_demo_journal
from wellbeing.sharing.session_pack import pack_bytes
from wellbeing.store import coach as stored
from wellbeing.store import open_journal

NOW = datetime(2026, 12, 5, 10)


@pytest.fixture(scope="module")
def packs() -> tuple[bytes, bytes]:
    journal = open_journal(":memory:")
    write_demo_journal(journal, end=date(2026, 11, 30))
    before = session_content(
        journal, SessionChoices(date(2026, 3, 1), date(2026, 5, 31)), date(2026, 12, 5)
    )
    after = session_content(
        journal, SessionChoices(date(2026, 9, 1), date(2026, 11, 30)), date(2026, 12, 5)
    )
    journal.close()
    return pack_bytes(before), pack_bytes(after)


def test_renaming_a_coachee_keeps_their_packs_notes_and_actions(db, packs):
    imported = coach.import_pack(db, packs[0], None, NOW)
    stored.add_note(db, imported.coachee.id, "Talked about Saturdays", NOW)
    coach.agree(db, imported.coachee.id, AgreedAction("Phone off at 19:00"), NOW)

    coach.rename_coachee(db, imported.coachee.id, "Sam")

    assert [c.label for c in stored.list_coachees(db)] == ["Sam"]
    assert len(coach.packs(db, imported.coachee.id)) == 1
    assert [n.text for n in stored.list_notes(db, imported.coachee.id)] == [
        "Talked about Saturdays"
    ]
    assert [a.what for a in stored.list_actions(db, imported.coachee.id)] == ["Phone off at 19:00"]


def test_two_packs_of_one_journal_are_one_coachee_compared_in_words(db, packs):
    first = coach.import_pack(db, packs[0], None, NOW)
    second = coach.import_pack(db, packs[1], None, NOW)
    assert first.created and not second.created
    before, after = coach.packs(db, first.coachee.id)
    assert (before.first, after.first) == (date(2026, 3, 1), date(2026, 9, 1))

    lines = coach.compare_lines(before, after, "en")
    assert any(line.startswith("The exhaustion index") for line in lines)
    assert any(line.startswith("The confidence cycle") for line in lines)
    assert all("Zorglub" not in line for line in lines)
    french = coach.compare_lines(before, after, "fr")
    assert any(line.startswith("L'indice d'épuisement") for line in french)


def test_periods_without_a_common_section_say_so(db, packs):
    journal = open_journal(":memory:")
    write_demo_journal(journal, end=date(2026, 11, 30))
    only_goals = session_content(
        journal,
        SessionChoices(date(2026, 9, 1), date(2026, 11, 30), sections=(Section.GOALS,)),
        date(2026, 12, 5),
    )
    journal.close()
    imported = coach.import_pack(db, packs[0], None, NOW)
    [before] = coach.packs(db, imported.coachee.id)
    assert coach.compare_lines(before, only_goals, "en") == [
        "These two periods share no section to compare."
    ]
