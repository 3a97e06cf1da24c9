"""The command line, end to end through main() and once through a real subprocess."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing import __version__
from wellbeing.cli import main
from wellbeing.domain.model import EncounterKind
from wellbeing.store import create_journal, open_journal
from wellbeing.store import journal as store
from wellbeing.store.keys import key_file_path

HEX_ID = re.compile(r"[0-9a-f]{32}")
RECOVERY_KEY = re.compile(r"Recovery key: ((?:[A-Z2-7]{4}-){7}[A-Z2-7]{4})$", re.MULTILINE)
TABLES = ("clients", "encounters", "encounter_tags", "strengths", "drafts")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cli" / "journal.wbj"


def run(path: Path, *args: str) -> int:
    """main() as the shell calls it; argparse's SystemExit becomes its code."""
    try:
        return main(["--journal", str(path), *args])
    except SystemExit as exit_:
        return exit_.code


def log(path: Path, capsys, *args: str) -> str:
    assert run(path, "log", *args) == 0
    out = capsys.readouterr().out.strip()
    assert HEX_ID.fullmatch(out), out
    return out


def snapshot(path: Path) -> dict[str, list[tuple]]:
    db = open_journal(path, PASSPHRASE, upgrade=False)
    try:
        return {
            name: sorted(db.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
            for name in TABLES
        }
    finally:
        db.close()


# --- log -----------------------------------------------------------------------------


def test_log_honours_every_flag(path, capsys):
    encounter_id = log(
        path,
        capsys,
        "--client", "  Acme   Corp ",
        "--impact", "7",
        "--kind", "difficult",
        "--when", "2026-03-02 08:15",
        "--channel", "phone",
        "--duration", "25",
        "--text", "Called at 8 a.m. on a Saturday.",
        "--behaviour", "out_of_hours",
        "--behaviour", "out_of_scope",
        "--irritant", "no_call_back",
        "--emotion", "stressed",
        "--lingered", "rest_of_day",
        "--assertiveness", "2",
        "--confidence", "3",
        "--outcome", "pending",
        "--escalated",
        "--backed", "partly",
        "--next-time", "State my hours in writing.",
    )  # fmt: skip
    db = open_journal(path, PASSPHRASE)
    try:
        [client] = store.list_clients(db)
        assert client.name == "Acme Corp"
        encounter = store.get_encounter(db, encounter_id)
        assert encounter is not None
        assert encounter.client_id == client.id
        assert encounter.impact == 7
        assert encounter.kind == EncounterKind.DIFFICULT
        assert encounter.occurred_at == datetime(2026, 3, 2, 8, 15)
        assert encounter.channel == "phone"
        assert encounter.duration_minutes == 25
        assert encounter.what_happened == "Called at 8 a.m. on a Saturday."
        assert sorted(encounter.behaviours) == ["out_of_hours", "out_of_scope"]
        assert encounter.irritants == ("no_call_back",)
        assert encounter.emotions == ("stressed",)
        assert encounter.lingered == "rest_of_day"
        assert encounter.assertiveness == 2
        assert encounter.company_confidence == 3
        assert encounter.outcome == "pending"
        assert encounter.escalated is True
        assert encounter.backed == "partly"
        assert encounter.next_time == "State my hours in writing."
        assert store.count_encounters(db) == 1
    finally:
        db.close()


def test_log_minimal_uses_defaults_and_reuses_the_client(path, capsys):
    first = log(path, capsys, "--client", "Acme", "--impact", "3", "--when", "2026-03-01")
    second = log(path, capsys, "--client", "ACME", "--impact", "0", "--kind", "positive")
    assert first != second
    db = open_journal(path, PASSPHRASE)
    try:
        assert [c.name for c in store.list_clients(db)] == ["Acme"]
        a = store.get_encounter(db, first)
        assert a.occurred_at == datetime(2026, 3, 1, 0, 0)
        assert a.kind == EncounterKind.DIFFICULT
        assert (a.channel, a.duration_minutes, a.what_happened, a.escalated) == (
            None,
            None,
            "",
            False,
        )
        assert (a.behaviours, a.irritants, a.emotions) == ((), (), ())
        b = store.get_encounter(db, second)
        assert b.kind == EncounterKind.POSITIVE
        assert abs((datetime.now() - b.occurred_at).total_seconds()) < 120
    finally:
        db.close()


def test_log_strict_client_accepts_a_known_client(path, capsys):
    log(path, capsys, "--client", "Acme", "--impact", "3")
    log(path, capsys, "--client", " acme ", "--strict-client", "--impact", "4")
    db = open_journal(path, PASSPHRASE)
    try:
        assert len(store.list_clients(db)) == 1
        assert store.count_encounters(db) == 2
    finally:
        db.close()


def test_log_uses_the_default_journal(isolated_home, capsys):
    assert main(["log", "--client", "Acme", "--impact", "2"]) == 0
    assert HEX_ID.fullmatch(capsys.readouterr().out.strip())
    assert (isolated_home / "journal.wbj").is_file()


# --- list ----------------------------------------------------------------------------


@pytest.fixture
def filled(path, capsys) -> dict[str, str]:
    ids = {
        "a1": log(path, capsys, "--client", "Acme", "--impact", "3", "--when", "2026-01-10 09:00",
                  "--behaviour", "rude"),
        "g1": log(path, capsys, "--client", "Globex", "--impact", "8",
                  "--when", "2026-02-01 14:30", "--behaviour", "impatient"),
        "a2": log(path, capsys, "--client", "Acme", "--impact", "6", "--when", "2026-02-15 08:00",
                  "--emotion", "tense", "--text", "Long call."),
        "g2": log(path, capsys, "--client", "Globex", "--impact", "1", "--kind", "positive",
                  "--when", "2026-03-01 18:45"),
    }  # fmt: skip
    return ids


def test_list_text(path, capsys, filled):
    assert run(path, "list") == 0
    assert capsys.readouterr().out.splitlines() == [
        "2026-03-01 18:45  positive    1/10  Globex",
        "2026-02-15 08:00  difficult   6/10  Acme",
        "2026-02-01 14:30  difficult   8/10  Globex  wants everything now",
        "2026-01-10 09:00  difficult   3/10  Acme  rude",
    ]


def test_list_text_in_french(path, capsys, filled):
    assert run(path, "--lang", "fr", "list", "--client", "globex") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[1].endswith("Globex  veut tout, tout de suite")


def test_list_text_filters(path, capsys, filled):
    assert run(path, "list", "--client", "acme") == 0
    out = capsys.readouterr().out.splitlines()
    assert [line[:16] for line in out] == ["2026-02-15 08:00", "2026-01-10 09:00"]

    assert run(path, "list", "--since", "2026-02-01 14:30") == 0
    out = capsys.readouterr().out.splitlines()
    assert [line[:16] for line in out] == [
        "2026-03-01 18:45",
        "2026-02-15 08:00",
        "2026-02-01 14:30",
    ]

    assert run(path, "list", "--client", "Globex", "--since", "2026-02-02") == 0
    assert capsys.readouterr().out.splitlines() == ["2026-03-01 18:45  positive    1/10  Globex"]

    assert run(path, "list", "--limit", "1") == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_list_json(path, capsys, filled):
    assert run(path, "list", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in data] == [filled["g2"], filled["a2"], filled["g1"], filled["a1"]]
    a2 = data[1]
    assert a2["client"] == "Acme"
    assert a2["occurred_at"] == "2026-02-15T08:00"
    assert a2["kind"] == "difficult"
    assert a2["impact"] == 6
    assert a2["emotions"] == ["tense"]
    assert a2["behaviours"] == []
    assert a2["what_happened"] == "Long call."
    assert a2["escalated"] is False
    assert a2["backed"] is None
    assert HEX_ID.fullmatch(a2["client_id"])


def test_list_json_filters(path, capsys, filled):
    assert run(path, "list", "--json", "--client", "GLOBEX") == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in data] == [filled["g2"], filled["g1"]]
    assert {e["client"] for e in data} == {"Globex"}

    assert run(path, "list", "--json", "--since", "2026-02-15") == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in data] == [filled["g2"], filled["a2"]]

    assert run(path, "list", "--json", "--client", "Acme", "--since", "2026-02-15") == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)] == [filled["a2"]]


def test_list_json_on_an_empty_journal(path, capsys):
    create_journal(path, PASSPHRASE)[0].close()
    assert run(path, "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_list_unknown_client_is_a_user_error(path, capsys, filled):
    assert run(path, "list", "--client", "Initech") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)


# --- bad input changes nothing -------------------------------------------------------


def assert_user_error(err: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    if len(lines) == 2:  # a mistake on the command line points to --help, without the usage
        assert re.fullmatch(r"See 'wellbeing( \w+)? --help'\.", lines[1]), err
        lines = lines[:1]
    assert len(lines) == 1, err
    assert lines[0].startswith("wellbeing: "), err
    assert lines[0].endswith("."), err


@pytest.mark.parametrize(
    "args",
    [
        ["--impact", "11"],
        ["--impact", "-1"],
        ["--impact", "seven"],
        ["--when", "yesterdayish"],
        ["--impact", "5", "--strict-client"],
        ["--impact", "5", "--text", "x" * 100_001],
        ["--impact", "5", "--next-time", "x" * 100_001],
        ["--impact", "5", "--assertiveness", "6"],
        ["--impact", "5", "--confidence", "0"],
        ["--impact", "5", "--duration", "-5"],
        ["--impact", "5", "--when", "2099-01-01"],
        ["--impact", "5", "--channel", "fax"],
        ["--impact", "5", "--behaviour", "sings"],
    ],
    ids=lambda args: " ".join(a if len(a) < 20 else f"<{len(a)} chars>" for a in args),
)
def test_bad_log_exits_2_and_writes_nothing(path, capsys, filled, args):
    if "--impact" not in args:
        args = ["--impact", "5", *args]
    before = snapshot(path)

    code = run(path, "log", "--client", "Initech", *args)

    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)
    assert snapshot(path) == before


def test_bad_log_on_a_new_journal_creates_nothing(path, capsys):
    assert run(path, "log", "--client", "Initech", "--impact", "11") == 2
    err = capsys.readouterr().err
    assert_user_error(err)
    assert "Recovery key" not in err
    assert not path.exists()
    assert not key_file_path(path).exists()


def test_impact_11_message_names_the_field(path, capsys):
    assert run(path, "log", "--client", "Acme", "--impact", "11") == 2
    err = capsys.readouterr().err
    assert err.startswith("wellbeing: Impact ")
    assert "11" in err


def test_unparseable_date_message(path, capsys):
    assert run(path, "log", "--client", "Acme", "--impact", "3", "--when", "yesterdayish") == 2
    err = capsys.readouterr().err
    assert "'yesterdayish' is not a date" in err
    assert "Traceback" not in err


def test_journal_that_is_a_text_file(tmp_path, capsys):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("Shopping list: eggs, flour.\n", encoding="utf-8")
    before = text_file.read_bytes()

    assert run(text_file, "log", "--client", "Acme", "--impact", "3") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)
    assert "not a Wellbeing journal" in captured.err
    assert text_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]

    assert run(text_file, "list") == 2
    assert_user_error(capsys.readouterr().err)
    assert text_file.read_bytes() == before


def test_newer_journal(path, capsys, filled):
    db = open_journal(path, PASSPHRASE, upgrade=False)
    db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('wellbeing', '9999_future', '2030-01-01 00:00:00.000000+00:00')"
    )
    db.conn.commit()
    db.close()
    before = snapshot(path)

    assert run(path, "log", "--client", "Acme", "--impact", "3") == 2
    captured = capsys.readouterr()
    assert_user_error(captured.err)
    assert "newer version" in captured.err
    assert snapshot(path) == before

    assert run(path, "list") == 2
    assert_user_error(capsys.readouterr().err)


def test_missing_required_flags_exit_2(path, capsys):
    assert run(path, "log", "--impact", "3") == 2
    assert_user_error(capsys.readouterr().err)
    assert run(path, "log", "--client", "Acme") == 2
    assert_user_error(capsys.readouterr().err)
    assert not path.exists()
    assert not key_file_path(path).exists()


# --- the encrypted journal -----------------------------------------------------------


def test_log_on_a_new_journal_prints_the_recovery_key(path, capsys):
    assert run(path, "log", "--client", "Acme", "--impact", "3") == 0
    captured = capsys.readouterr()
    assert HEX_ID.fullmatch(captured.out.strip())  # stdout stays machine-readable
    [recovery_key] = RECOVERY_KEY.findall(captured.err)
    assert str(path) in captured.err
    assert "Traceback" not in captured.err
    assert path.is_file()
    assert key_file_path(path).is_file()
    assert key_file_path(path).name == "journal.wbj.key"
    assert recovery_key not in key_file_path(path).read_text(encoding="utf-8")

    db = open_journal(path, recovery_key.replace("-", "").lower())
    try:
        assert [c.name for c in store.list_clients(db)] == ["Acme"]
    finally:
        db.close()

    # Only a new journal shows it.
    log(path, capsys, "--client", "Acme", "--impact", "4")
    assert run(path, "list") == 0
    assert "Recovery key" not in capsys.readouterr().err


def test_demo_on_a_new_journal_prints_the_recovery_key(tmp_path, capsys):
    path = tmp_path / "demo.wbj"
    assert main(["demo", "--journal", str(path), "--seed", "7"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Wrote ")
    assert RECOVERY_KEY.search(captured.err)
    assert key_file_path(path).is_file()
    db = open_journal(path, PASSPHRASE)
    try:
        assert store.count_encounters(db) > 0
    finally:
        db.close()


def test_the_recovery_key_works_as_the_passphrase(path, capsys, monkeypatch):
    assert run(path, "log", "--client", "Acme", "--impact", "3") == 0
    [recovery_key] = RECOVERY_KEY.findall(capsys.readouterr().err)
    monkeypatch.setenv("WELLBEING_PASSPHRASE", recovery_key)
    assert run(path, "list", "--json") == 0
    assert [e["client"] for e in json.loads(capsys.readouterr().out)] == ["Acme"]


@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["list", "--client", "Acme"]])
def test_list_on_a_missing_journal_exits_2(path, capsys, args):
    assert run(path, *args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)
    assert str(path) in captured.err
    assert not path.exists()
    assert not key_file_path(path).exists()


def test_wrong_passphrase_exits_2_and_changes_nothing(path, capsys, filled, monkeypatch):
    before = snapshot(path)
    key_before = key_file_path(path).read_bytes()
    monkeypatch.setenv("WELLBEING_PASSPHRASE", "not the passphrase")

    for args in (["list"], ["list", "--json"], ["log", "--client", "Acme", "--impact", "3"]):
        assert run(path, *args) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "Wrong passphrase" in captured.err
        assert "Traceback" not in captured.err
        assert_user_error(captured.err)

    assert snapshot(path) == before
    assert key_file_path(path).read_bytes() == key_before


def test_without_passphrase_and_terminal_asks_for_the_variable(path, capsys, monkeypatch):
    log(path, capsys, "--client", "Acme", "--impact", "3")
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    before = snapshot(path)

    assert run(path, "list") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)
    assert "WELLBEING_PASSPHRASE" in captured.err

    assert run(path, "log", "--client", "Acme", "--impact", "3") == 2
    assert "WELLBEING_PASSPHRASE" in capsys.readouterr().err
    assert snapshot(path) == before

    # Nor is a new journal created without one.
    other = path.with_name("new.wbj")
    assert run(other, "log", "--client", "Acme", "--impact", "3") == 2
    captured = capsys.readouterr()
    assert_user_error(captured.err)
    assert "WELLBEING_PASSPHRASE" in captured.err
    assert "Recovery key" not in captured.err
    assert not other.exists()
    assert not key_file_path(other).exists()


def test_an_empty_passphrase_variable_counts_as_unset(path, capsys, monkeypatch):
    monkeypatch.setenv("WELLBEING_PASSPHRASE", "")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert run(path, "log", "--client", "Acme", "--impact", "3") == 2
    assert "WELLBEING_PASSPHRASE" in capsys.readouterr().err
    assert not path.exists()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_prompts_for_the_passphrase(path, capsys, monkeypatch):
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    prompts: list[str] = []
    typed: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr("getpass.getpass", getpass)

    typed[:] = ["typed passphrase", "typed passphrase"]
    assert run(path, "log", "--client", "Acme", "--impact", "3") == 0
    assert RECOVERY_KEY.search(capsys.readouterr().err)
    assert len(prompts) == 2  # a new passphrase is typed twice
    assert typed == []

    prompts.clear()
    typed[:] = ["typed passphrase"]
    assert run(path, "list") == 0
    assert "Acme" in capsys.readouterr().out
    assert len(prompts) == 1
    assert str(path) in prompts[0]

    typed[:] = ["mistyped passphrase"]
    assert run(path, "list") == 2
    assert "Wrong passphrase" in capsys.readouterr().err


def test_two_different_new_passphrases_create_nothing(path, capsys, monkeypatch):
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    typed = ["first passphrase", "second passphrase"]
    monkeypatch.setattr("getpass.getpass", lambda prompt="": typed.pop(0))

    assert run(path, "log", "--client", "Acme", "--impact", "3") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)
    assert not path.exists()
    assert not key_file_path(path).exists()


def test_a_short_passphrase_creates_nothing(path, capsys, monkeypatch):
    monkeypatch.setenv("WELLBEING_PASSPHRASE", "short")
    assert run(path, "log", "--client", "Acme", "--impact", "3") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_user_error(captured.err)
    assert "passphrase" in captured.err
    assert not path.exists()
    assert not key_file_path(path).exists()


def test_a_journal_without_its_key_file(path, capsys, filled):
    key_file_path(path).unlink()
    before = path.read_bytes()
    for args in (["list"], ["log", "--client", "Acme", "--impact", "3"]):
        assert run(path, *args) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert_user_error(captured.err)
        assert "key file" in captured.err
    assert path.read_bytes() == before
    assert not key_file_path(path).exists()  # never replaced by a new, useless one


def test_a_damaged_journal_is_one_sentence_on_stderr(path, capfd):
    db, _ = create_journal(path, PASSPHRASE)
    store.ensure_client(db, "Acme")
    db.close()
    path.write_bytes(os.urandom(path.stat().st_size))
    before = path.read_bytes()

    assert run(path, "list") == 2
    captured = capfd.readouterr()  # file descriptors: the encryption library writes to fd 2
    assert captured.out == ""
    assert "cannot be read" in captured.err
    assert path.read_bytes() == before
    assert_user_error(captured.err)


# --- version and help ----------------------------------------------------------------


def test_version(capsys):
    assert run(Path("unused.wbj"), "--version") == 0
    assert capsys.readouterr().out.strip() == f"wellbeing {__version__}"


@pytest.mark.parametrize("args", [["--help"], ["log", "--help"], ["list", "--help"]])
def test_help_exits_0(path, capsys, args):
    assert run(path, *args) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: wellbeing")
    assert not path.exists()


# --- the real process ----------------------------------------------------------------


def test_log_in_a_subprocess_imports_neither_qt_nor_matplotlib(tmp_path):
    path = tmp_path / "journal.wbj"
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "wellbeing",
            "--journal",
            str(path),
            "log",
            "--client",
            "Acme",
            "--impact",
            "4",
            "--behaviour",
            "rude",
            "--when",
            "2026-03-02 08:15",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    encounter_id = result.stdout.strip()
    assert HEX_ID.fullmatch(encounter_id)

    imported = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    assert any("wellbeing.store.journal" in line for line in imported)  # importtime did work
    assert not [line for line in imported if "PySide6" in line]
    assert not [line for line in imported if "matplotlib" in line]
    assert "Traceback" not in result.stderr
    assert RECOVERY_KEY.search(result.stderr)
    assert key_file_path(path).is_file()

    db = open_journal(path, PASSPHRASE)
    try:
        encounter = store.get_encounter(db, encounter_id)
        assert encounter is not None
        assert encounter.behaviours == ("rude",)
        assert encounter.occurred_at == datetime(2026, 3, 2, 8, 15)
    finally:
        db.close()
