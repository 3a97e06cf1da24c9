"""`wellbeing log --behaviour` takes what a client did well, and export/import keep it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.store import journal, open_journal


def behaviours(path: Path) -> list[tuple[str, ...]]:
    db = open_journal(path, PASSPHRASE)
    try:
        return [tuple(sorted(e.behaviours)) for e in journal.list_encounters(db)]
    finally:
        db.close()


def test_a_positive_encounter_logs_what_the_client_did_well_and_survives_a_round_trip(
    journal_path: Path, tmp_path: Path, capsys
):
    args = ["--journal", str(journal_path), "log", "--client", "Initech", "--impact", "7"]
    good = ["--kind", "positive", "--behaviour", "thanked_me", "--behaviour", "paid_on_time"]
    assert main([*args, *good]) == 0
    assert behaviours(journal_path) == [("paid_on_time", "thanked_me")]

    exported = tmp_path / "export.json"
    assert main(["--journal", str(journal_path), "export", str(exported)]) == 0
    other = tmp_path / "other.wbj"
    assert main(["--journal", str(other), "import", str(exported)]) == 0
    assert behaviours(other) == [("paid_on_time", "thanked_me")]
    capsys.readouterr()


def test_the_help_offers_the_good_behaviours_and_an_unknown_one_is_refused(
    journal_path: Path, capsys
):
    def code_of(*args: str) -> int:
        try:
            return main(["--journal", str(journal_path), "log", *args])
        except SystemExit as exit_:
            return int(exit_.code or 0)

    assert code_of("--help") == 0
    help_text = capsys.readouterr().out
    assert "thanked_me" in help_text and "rude" in help_text
    assert code_of("--client", "Initech", "--impact", "7", "--behaviour", "was_lovely") == 2
    assert "invalid choice: 'was_lovely'" in capsys.readouterr().err
