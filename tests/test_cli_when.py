"""`wellbeing log --when`: the words people use, on a fixed clock (Tuesday, 21:37)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import wellbeing.cli as cli
from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.domain.boundaries import Boundaries, to_json
from wellbeing.store import journal, open_journal, settings


class Evening(datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2026, 11, 17, 21, 37, 42)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "datetime", Evening)


def run(journal_path: Path, *args: str) -> int:
    try:
        return main(["log", "--journal", str(journal_path), "--client", "Acme", *args])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def stored(journal_path: Path) -> list[tuple[datetime, tuple[str, ...]]]:
    db = open_journal(journal_path, PASSPHRASE)
    try:
        return [(e.occurred_at, e.violations) for e in journal.list_encounters(db)]
    finally:
        db.close()


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("just now", datetime(2026, 11, 17, 21, 37)),
        ("this morning", datetime(2026, 11, 17, 10, 0)),
        ("this afternoon", datetime(2026, 11, 17, 15, 0)),
        ("earlier today", datetime(2026, 11, 17, 19, 37)),
        ("yesterday", datetime(2026, 11, 16, 12, 0)),
        ("yesterday 17:30", datetime(2026, 11, 16, 17, 30)),
        ("14:10", datetime(2026, 11, 17, 14, 10)),
        ("hier 17h30", datetime(2026, 11, 16, 17, 30)),
        ("cet après-midi", datetime(2026, 11, 17, 15, 0)),
    ],
)
def test_log_when_takes_the_words_people_use(journal_path, capsys, when, expected):
    assert run(journal_path, "--impact", "4", "--when", when) == 0
    assert stored(journal_path) == [(expected, ())]


def test_french_words_under_lang_fr(journal_path):
    assert run(journal_path, "--impact", "4", "--lang", "fr", "--when", "ce matin") == 0
    assert stored(journal_path) == [(datetime(2026, 11, 17, 10, 0), ())]


def test_without_when_the_encounter_is_now(journal_path):
    assert run(journal_path, "--impact", "4") == 0
    assert stored(journal_path) == [(datetime(2026, 11, 17, 21, 37), ())]


def test_a_time_to_come_is_refused_in_one_sentence_and_nothing_is_written(journal_path, capsys):
    assert run(journal_path, "--impact", "4", "--when", "22:15") == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "wellbeing: argument --when: 22:15 is later than now (21:37); an encounter is logged "
        "once it has happened."
    )
    assert not journal_path.exists()


def test_the_help_gives_the_words_and_their_hours(capsys):
    with pytest.raises(SystemExit):
        main(["log", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for words in ("this morning (10:00)", "this afternoon (15:00)", "yesterday (12:00)"):
        assert words in help_text
    assert "earlier today (2 hours ago, not before 08:00)" in help_text
    assert "hier" in help_text


def test_an_afternoon_call_logged_in_the_evening_is_not_out_of_hours(journal_path):
    """The story of the issue, at 21:37: before boundaries, nothing is flagged for its
    time; after, only the entry left at "now" is, and "this afternoon" is not."""
    assert run(journal_path, "--impact", "2") == 0  # before any boundaries: no flag
    db = open_journal(journal_path, PASSPHRASE)
    settings.put(db, settings.BOUNDARIES, to_json(Boundaries()))  # the defaults, confirmed
    db.close()

    assert run(journal_path, "--impact", "6", "--when", "this afternoon") == 0
    assert run(journal_path, "--impact", "6") == 0

    assert sorted(stored(journal_path)) == [
        (datetime(2026, 11, 17, 15, 0), ()),
        (datetime(2026, 11, 17, 21, 37), ()),
        (datetime(2026, 11, 17, 21, 37), ("out_of_hours",)),
    ]
