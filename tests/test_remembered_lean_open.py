"""`wellbeing log` with a remembered key opens the journal its quick way (no sqlite-utils,
no key module: issue 16) and still refuses, forgets and recovers as the other commands do."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import MemoryKeyring
from wellbeing.cli import main
from wellbeing.store import connection, keys
from wellbeing.store.remembered import is_remembered


def run(path: Path, *args: str) -> int:
    try:
        return main(["--journal", str(path), *args])
    except SystemExit as exit_:
        return int(exit_.code)


def encounters(path: Path, capsys) -> str:
    capsys.readouterr()
    assert run(path, "list") == 0
    return capsys.readouterr().out


def test_log_with_a_stale_remembered_key_forgets_it_and_uses_the_passphrase(
    journal_path: Path, tmp_path: Path, capsys, memory_keyring: MemoryKeyring
):
    assert run(journal_path, "log", "--client", "Acme", "--impact", "4") == 0
    assert run(journal_path, "remember") == 0
    other = tmp_path / "other" / "journal.wbj"
    assert run(other, "log", "--client", "Initech", "--impact", "1") == 0
    os.replace(other, journal_path)  # another journal (another key) now at this path
    os.replace(keys.key_file_path(other), keys.key_file_path(journal_path))

    assert run(journal_path, "log", "--client", "Globex", "--impact", "2") == 0
    assert not is_remembered(journal_path) and not memory_keyring.items
    listed = encounters(journal_path, capsys)
    assert "Globex" in listed and "Initech" in listed


def test_log_with_a_remembered_key_still_needs_the_key_file_beside_the_journal(
    journal_path: Path, capsys, memory_keyring: MemoryKeyring
):
    assert run(journal_path, "log", "--client", "Acme", "--impact", "4") == 0
    assert run(journal_path, "remember") == 0
    keys.key_file_path(journal_path).unlink()
    before = journal_path.read_bytes()
    capsys.readouterr()

    assert run(journal_path, "log", "--client", "Globex", "--impact", "2") == 2
    assert "key file" in capsys.readouterr().err
    assert journal_path.read_bytes() == before


def test_the_store_opens_the_key_file_the_key_module_writes(tmp_path: Path):
    journal = tmp_path / "a journal.wbj"
    assert connection.key_file_path(journal) == keys.key_file_path(journal)
