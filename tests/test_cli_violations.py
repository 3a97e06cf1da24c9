"""`wellbeing log` checks the encounter against the user's boundaries, like the window."""

from __future__ import annotations

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.domain.boundaries import Boundaries, to_json
from wellbeing.store import journal, open_journal, settings


def logged(journal_path, *extra: str) -> list[str]:
    assert (
        main(["log", "--journal", str(journal_path), "--client", "Acme", "--impact", "6", *extra])
        == 0
    )
    db = open_journal(journal_path, PASSPHRASE)
    try:
        return list(journal.list_encounters(db)[0].violations)
    finally:
        db.close()


def set_boundaries(journal_path, boundaries: Boundaries) -> None:
    """What the boundaries dialog stores; a journal is created by a first `log`."""
    db = open_journal(journal_path, PASSPHRASE)
    try:
        settings.put(db, settings.BOUNDARIES, to_json(boundaries))
    finally:
        db.close()


def test_nothing_is_flagged_for_its_time_before_the_user_sets_boundaries(journal_path):
    assert logged(journal_path, "--when", "2026-11-21 08:00", "--channel", "phone") == []


def test_a_saturday_morning_call_is_a_day_off_violation_without_ticking_anything(journal_path):
    main(["log", "--journal", str(journal_path), "--client", "Zen", "--impact", "1"])
    set_boundaries(journal_path, Boundaries())  # the defaults, confirmed
    args = ["log", "--journal", str(journal_path), "--client", "Acme", "--impact", "6"]
    assert main([*args, "--when", "2026-11-21 08:00", "--channel", "phone"]) == 0
    db = open_journal(journal_path, PASSPHRASE)
    try:
        acme = journal.find_client(db, "Acme")
        [encounter] = journal.list_encounters(db, acme.id)
    finally:
        db.close()
    assert encounter.violations == ("day_off",)


def test_the_users_own_boundaries_are_used(journal_path):
    main(["log", "--journal", str(journal_path), "--client", "Acme", "--impact", "1"])
    set_boundaries(journal_path, Boundaries().with_day(5, Boundaries().working_hours[0]))
    assert (
        main(
            [
                "log",
                "--journal",
                str(journal_path),
                "--client",
                "Zen",
                "--impact",
                "6",
                "--when",
                "2026-11-21 10:00",
                "--behaviour",
                "rude",
            ]
        )
        == 0
    )
    db = open_journal(journal_path, PASSPHRASE)
    zen = journal.find_client(db, "Zen")
    [encounter] = journal.list_encounters(db, zen.id)
    db.close()
    assert encounter.violations == ("respect",)


def test_violations_can_be_added_by_hand_or_detection_turned_off(journal_path):
    assert logged(
        journal_path, "--when", "2026-11-21 08:00", "--no-detect", "--violation", "scope"
    ) == ["scope"]
