"""Nothing lost, nothing exposed, from the command line: restores, exports, full disks, typos."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.store import journal, open_journal
from wellbeing.store.backup import backups_folder, list_backups
from wellbeing.store.keys import key_file_path

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and limits")


def run(path: Path, *args: str) -> int:
    try:
        return main(["--journal", str(path), *args])
    except SystemExit as exit_:
        return int(exit_.code)


def clients_of(path: Path) -> list[str]:
    db = open_journal(path, PASSPHRASE)
    try:
        return [client.name for client in journal.list_clients(db)]
    finally:
        db.close()


@pytest.fixture
def logged(journal_path: Path, capsys) -> Path:
    assert run(journal_path, "log", "--client", "Acme", "--impact", "6") == 0
    capsys.readouterr()
    return journal_path


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# --- restore -------------------------------------------------------------------------


def test_a_missing_journal_is_not_replaced_by_a_new_one_and_restore_brings_it_back(
    logged: Path, capsys
):
    assert run(logged, "backup") == 0
    logged.unlink()  # gone: a sync client, a slip in a file manager
    capsys.readouterr()

    assert run(logged, "log", "--client", "Globex", "--impact", "3") == 2
    assert "wellbeing restore" in one_sentence(capsys.readouterr().err)
    assert not logged.exists()

    assert run(logged, "restore", "latest") == 0
    assert "Restored" in capsys.readouterr().out
    assert clients_of(logged) == ["Acme"]


def test_restore_is_refused_while_a_window_has_the_journal_open(logged: Path, capsys):
    assert run(logged, "backup") == 0
    window = open_journal(logged, PASSPHRASE)
    try:
        capsys.readouterr()
        assert run(logged, "restore", "latest") == 2
        assert "close it" in one_sentence(capsys.readouterr().err)
    finally:
        window.close()
    assert run(logged, "restore", "latest") == 0


def test_a_restore_with_the_wrong_passphrase_changes_nothing(
    logged: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    assert run(logged, "backup") == 0
    assert run(logged, "log", "--client", "Globex", "--impact", "3") == 0
    monkeypatch.setenv("WELLBEING_PASSPHRASE", "not the passphrase")
    capsys.readouterr()
    assert run(logged, "restore", "latest") == 2
    assert "Wrong passphrase" in one_sentence(capsys.readouterr().err)
    monkeypatch.setenv("WELLBEING_PASSPHRASE", PASSPHRASE)
    assert clients_of(logged) == ["Acme", "Globex"]
    assert [b.reason for b in list_backups(logged)] == ["manual"]


# --- export ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        lambda j: j,
        lambda j: key_file_path(j),
        lambda j: j.with_name(j.name + "-wal"),
        lambda j: list_backups(j)[0].path,
        lambda j: backups_folder(j) / "new.json",
        lambda j: j.parent,
        lambda j: j.with_name(j.name + ".restoring"),
    ],
    ids=["journal", "key file", "write-ahead log", "backup", "into backups", "folder", "staging"],
)
def test_an_export_never_writes_over_the_journal_its_key_or_backups(logged: Path, capsys, target):
    assert run(logged, "backup") == 0
    where = target(logged)
    before = {p: p.read_bytes() for p in logged.parent.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert run(logged, "export", "--force", str(where)) == 2
    one_sentence(capsys.readouterr().err)
    assert {p: p.read_bytes() for p in logged.parent.rglob("*") if p.is_file()} == before
    assert clients_of(logged) == ["Acme"]


@POSIX
def test_an_export_refuses_devices_and_links(logged: Path, tmp_path: Path, capsys):
    link = tmp_path / "link.json"
    link.symlink_to(logged)
    for where in (Path("/dev/null"), link):
        assert run(logged, "export", "--force", str(where)) == 2
        one_sentence(capsys.readouterr().err)
    assert link.is_symlink() and clients_of(logged) == ["Acme"]


def test_an_existing_file_is_replaced_only_with_force(logged: Path, tmp_path: Path, capsys):
    out = tmp_path / "export.json"
    out.write_text("my notes", encoding="utf-8")
    assert run(logged, "export", str(out)) == 2
    assert "--force" in one_sentence(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "my notes"
    assert run(logged, "export", "--force", str(out)) == 0
    assert '"wellbeing-journal"' in out.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


# --- typing mistakes and private text --------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["log", "--client", "Acme", "--impact", "3", "--when", "the day before yesterday"],
        ["log", "--client", "Acme", "--impact", "3", "--behaviour", "x" * 300],
        ["log", "--clinet", "Acme", "--impact", "3"],
        ["lgo"],
    ],
    ids=["impossible date", "unknown choice", "mistyped flag", "mistyped command"],
)
def test_a_typing_mistake_gets_a_sentence_and_a_pointer_to_help(journal_path: Path, capsys, args):
    assert run(journal_path, *args) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) <= 3 and "usage:" not in err, err
    assert lines[-1].endswith("--help'."), err
    assert len(err) < 300, err
    assert not journal_path.exists()


def test_private_text_can_come_from_standard_input(
    journal_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    text = "He called at 8 on Saturday.\nSecond line, with accents: é à ç."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert run(journal_path, "log", "--client", "Acme", "--impact", "6", "--text", "-") == 0
    capsys.readouterr()
    db = open_journal(journal_path, PASSPHRASE)
    try:
        assert [e.what_happened for e in journal.list_encounters(db)] == [text]
    finally:
        db.close()


def test_help_says_how_to_keep_the_text_out_of_the_process_list(capsys):
    with pytest.raises(SystemExit):
        main(["log", "--help"])
    assert "standard input" in " ".join(capsys.readouterr().out.split())


@POSIX
def test_the_command_line_turns_core_dumps_off():
    script = (
        "import ctypes, resource\n"
        "from wellbeing.store.no_core_dumps import disable_core_dumps\n"
        "assert disable_core_dumps()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "libc = ctypes.CDLL(None)\n"
        "print(libc.prctl(3, 0, 0, 0, 0) if hasattr(libc, 'prctl') else 0)\n"  # GET_DUMPABLE
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "(0, 0)" and out[1] == "0"


@pytest.mark.parametrize("name", ["Evil\x1b]0;pwned\x07", "Bell\x07name", "Rev\u202eersed"])
def test_a_client_name_with_control_characters_is_refused(journal_path: Path, capsys, name):
    assert run(journal_path, "log", "--client", name, "--impact", "3") == 2
    assert "control characters" in one_sentence(capsys.readouterr().err)
    assert not journal_path.exists()
