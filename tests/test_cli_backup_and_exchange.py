"""export / import / backup / restore through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.store import journal, open_journal


@pytest.fixture
def filled(journal_path: Path, capsys) -> Path:
    for impact in (3, 8):
        assert (
            main(
                ["--journal", str(journal_path), "log", "--client", "Acmé", "--impact", str(impact)]
            )
            == 0
        )
    capsys.readouterr()
    return journal_path


def count(path: Path) -> int:
    db = open_journal(path, PASSPHRASE)
    try:
        return journal.count_encounters(db)
    finally:
        db.close()


def test_json_export_warns_it_is_not_encrypted_and_imports_without_duplicates(
    filled: Path, tmp_path: Path, capsys
):
    out = tmp_path / "export.json"
    assert main(["--journal", str(filled), "export", str(out)]) == 0
    captured = capsys.readouterr()
    assert "is not encrypted" in captured.err
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "wellbeing-journal"

    other = tmp_path / "other.wbj"
    assert main(["--journal", str(other), "import", str(out)]) == 0
    assert main(["--journal", str(other), "import", str(out)]) == 0
    assert "2 already there" in capsys.readouterr().out
    assert count(other) == 2


def test_encrypted_export_hides_the_journal_and_imports_with_the_passphrase(
    filled: Path, tmp_path: Path, capsys
):
    out = tmp_path / "export.sealed"
    assert main(["--journal", str(filled), "export", "--encrypt", str(out)]) == 0
    assert "not encrypted" not in capsys.readouterr().err
    assert b"Acm" not in out.read_bytes()
    other = tmp_path / "other.wbj"
    assert main(["--journal", str(other), "import", str(out)]) == 0
    assert count(other) == 2


def test_csv_export_has_a_row_per_encounter(filled: Path, tmp_path: Path):
    out = tmp_path / "export.csv"
    assert main(["--journal", str(filled), "export", "--format", "csv", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and "Acmé" in lines[1]


def test_an_invalid_import_names_the_first_problem_and_changes_nothing(
    filled: Path, tmp_path: Path, capsys
):
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "wellbeing-journal", "version": 1, "clients": [], "encounters": [{"id": "x"}]}'
    )
    assert main(["--journal", str(filled), "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "encounters[0]" in err and "Traceback" not in err
    assert count(filled) == 2


def test_backup_then_restore_brings_back_what_was_deleted(filled: Path, capsys):
    assert main(["--journal", str(filled), "backup"]) == 0
    db = open_journal(filled, PASSPHRASE)
    for encounter in journal.list_encounters(db):
        journal.delete_encounter(db, encounter.id)
    db.close()
    assert count(filled) == 0

    assert main(["--journal", str(filled), "restore", "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["--journal", str(filled), "restore"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore" in out
    assert count(filled) == 2


def test_restore_without_any_backup_is_one_sentence(filled: Path, capsys):
    assert main(["--journal", str(filled), "restore"]) == 2
    assert capsys.readouterr().err.startswith("wellbeing: There is no backup of")
