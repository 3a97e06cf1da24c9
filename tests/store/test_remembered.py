"""Opt-in "remember on this computer": commands open the journal without the passphrase."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import keyring
import pytest

from tests.conftest import MemoryKeyring
from wellbeing.cli import main
from wellbeing.store import open_remembered
from wellbeing.store.remembered import SERVICE, is_remembered, marker_path


def run(path: Path, *args: str) -> int:
    try:
        return main(["--journal", str(path), *args])
    except SystemExit as exit_:
        return int(exit_.code)


@pytest.fixture
def logged(journal_path: Path, capsys) -> Path:
    assert run(journal_path, "log", "--client", "Acme", "--impact", "4") == 0
    capsys.readouterr()
    return journal_path


def without_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to type it in
    monkeypatch.setattr("wellbeing.cli._has_terminal", lambda: False)


def test_a_remembered_key_opens_the_journal_without_the_passphrase(
    logged: Path, capsys, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
):
    assert run(logged, "remember") == 0
    assert "Anyone who can use your session" in capsys.readouterr().out
    assert is_remembered(logged)
    (account,) = [user for service, user in memory_keyring.items if service == SERVICE]
    assert str(logged) not in account and logged.name not in account  # names no file

    without_passphrase(monkeypatch)
    assert run(logged, "log", "--client", "Globex", "--impact", "2") == 0
    assert run(logged, "list") == 0
    assert "Globex" in capsys.readouterr().out

    assert run(logged, "remember", "--off") == 0
    assert not memory_keyring.items and not marker_path(logged).exists()
    capsys.readouterr()
    assert run(logged, "list") == 2
    assert "WELLBEING_PASSPHRASE" in capsys.readouterr().err


def test_remember_with_a_wrong_passphrase_remembers_nothing(
    logged: Path, capsys, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("WELLBEING_PASSPHRASE", "not the passphrase")
    assert run(logged, "remember") == 2
    assert "Wrong passphrase" in capsys.readouterr().err
    assert not memory_keyring.items and not is_remembered(logged)


def test_without_a_keyring_remember_says_so_in_one_sentence(logged: Path, capsys):
    from keyring.backends.fail import Keyring as NoKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert run(logged, "remember") == 2
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no keyring" in err[0]
    assert not marker_path(logged).exists()


def test_a_stale_remembered_key_is_forgotten_and_the_passphrase_asked(
    logged: Path, tmp_path: Path, capsys, memory_keyring: MemoryKeyring
):
    import os

    assert run(logged, "remember") == 0
    other = tmp_path / "other" / "journal.wbj"
    assert run(other, "log", "--client", "Initech", "--impact", "1") == 0
    os.replace(other, logged)  # another journal (another key) now at this path
    os.replace(other.with_name("journal.wbj.key"), logged.with_name("journal.wbj.key"))
    assert open_remembered(logged) is None
    assert not is_remembered(logged) and not memory_keyring.items
    capsys.readouterr()
    assert run(logged, "list") == 0  # with the passphrase, as before
    assert "Initech" in capsys.readouterr().out
