"""`wellbeing pack`, `wellbeing coach import|list|actions` and `wellbeing goals`: a pack
holds exactly what was chosen, round-trips into the coach's workspace, and the agreed
actions come back into the journal as goals."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import main
from wellbeing.domain.coaching import AgreedAction
from wellbeing.services import coach
from wellbeing.store import journal as stored_journal
from wellbeing.store import open_journal

TODAY = date.today()


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.fixture
def journal(tmp_path: Path, capsys) -> Path:
    """Two clients, one private text naming a colleague, all in the last four weeks."""
    path = tmp_path / "journal.wbj"
    for days, client, text in (
        (3, "Zorglub Industries", "Zorglub's buyer shouted; Marion from accounts saw it"),
        (5, "Quintessa Bank", "Quintessa asked for a free audit again"),
        (6, "Quintessa Bank", "Another call about the audit"),
    ):
        when = (TODAY - timedelta(days=days)).isoformat() + " 10:00"
        args = ("--client", client, "--impact", "7", "--when", when, "--text", text)
        assert run("--journal", str(path), "log", *args) == 0
    capsys.readouterr()
    return path


def encounters(path: Path) -> dict[str, str]:
    """Private text -> encounter id."""
    db = open_journal(path, PASSPHRASE)
    try:
        return {e.what_happened: e.id for e in stored_journal.list_encounters(db)}
    finally:
        db.close()


def pack(journal: Path, out: Path, *args: str) -> int:
    return run("--journal", str(journal), "pack", "--out", str(out), *args)


def test_a_default_pack_holds_no_text_no_real_name_and_no_id(journal, tmp_path, capsys):
    out = tmp_path / "session.wbp"
    assert pack(journal, out) == 0
    data = out.read_bytes().decode()
    assert "Zorglub" not in data and "Quintessa" not in data
    assert "Client A" in data and "Client B" in data
    assert "shouted" not in data and "audit" not in data
    for encounter_id in encounters(journal).values():
        assert encounter_id not in data
    assert "texts" not in json.loads(data)


def test_a_chosen_text_leaves_redacted_and_pseudonymised_and_only_it(journal, tmp_path, capsys):
    ids = encounters(journal)
    chosen = ids["Zorglub's buyer shouted; Marion from accounts saw it"]
    out = tmp_path / "session.wbp"
    assert pack(journal, out, "--text", chosen, "--redact", "Marion") == 0
    document = json.loads(out.read_text())
    [text] = document["texts"]
    assert "Marion" not in text["text"] and "[…]" in text["text"]
    assert "Zorglub" not in json.dumps(document, ensure_ascii=False)
    assert "audit" not in json.dumps(document)


def test_unchosen_sections_and_clients_are_not_in_the_file(journal, tmp_path, capsys):
    out = tmp_path / "session.wbp"
    args = ("--section", "advice", "--client", "Quintessa Bank", "--real-names")
    assert pack(journal, out, *args) == 0
    document = json.loads(out.read_text())
    assert document["sections"] == ["advice"]
    assert {"series", "cycle", "mirror", "check_ins", "goals"}.isdisjoint(document)
    assert [c["name"] for c in document["clients"]] == ["Quintessa Bank"]
    assert "Zorglub" not in out.read_text()


def test_a_sealed_pack_round_trips_into_the_coach_workspace(journal, tmp_path, capsys):
    out = tmp_path / "sealed.wbp"
    assert pack(journal, out, "--code") == 0
    code = re.search(r"One-time code: (\S+)", capsys.readouterr().out).group(1)
    assert "Client A" not in out.read_text()  # sealed: nothing readable without the code
    workspace = tmp_path / "coach.wbj"
    common = ("coach", "import", str(out), "--workspace", str(workspace), "--json")

    assert run(*common) == 2
    assert "This pack is sealed" in capsys.readouterr().err
    assert run(*common, "--code", "AAAA-BBBB-CCCC") == 2
    assert "This code does not open the pack" in capsys.readouterr().err
    assert run(*common, "--code", code.lower()) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["created"] and first["label"] == "Coachee 1"
    assert run(*common, "--code", code) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["coachee"] == first["coachee"] and not second["created"]
    assert run("coach", "list", "--workspace", str(workspace), "--json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {"coachee": first["coachee"], "label": "Coachee 1", "packs": 2}
    ]


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (lambda d: d.update(version=2), "made by a newer version"),
        (lambda d: d.update(coachee="not-an-id"), "coachee: must be 32 hexadecimal digits"),
        (lambda d: d.update(extra=1), "extra: unknown field"),
        (lambda d: d["series"].update(value=[1]), "series.value: holds 1 values"),
    ],
)
def test_a_tampered_or_newer_pack_gets_one_sentence(journal, tmp_path, capsys, change, sentence):
    out = tmp_path / "session.wbp"
    assert pack(journal, out) == 0
    document = json.loads(out.read_text())
    change(document)
    out.write_text(json.dumps(document))
    workspace = tmp_path / "coach.wbj"
    assert run("coach", "import", str(out), "--workspace", str(workspace)) == 2
    err = capsys.readouterr().err
    assert sentence in err and "Traceback" not in err


def test_agreed_actions_come_back_into_the_journal_as_goals(journal, tmp_path, capsys):
    out, workspace = tmp_path / "session.wbp", tmp_path / "coach.wbj"
    assert pack(journal, out) == 0
    capsys.readouterr()
    assert run("coach", "import", str(out), "--workspace", str(workspace), "--json") == 0
    coachee_id = json.loads(capsys.readouterr().out)["coachee"]
    db = open_journal(workspace, PASSPHRASE)
    try:
        action = AgreedAction(
            "Answer Quintessa by e-mail only",
            TODAY + timedelta(days=7),
            "old habits",
            "my manager",
            7,
        )
        coach.agree(db, coachee_id, action, datetime.now())
    finally:
        db.close()
    actions = tmp_path / "actions.json"
    args = ("--workspace", str(workspace), "--out", str(actions))
    assert run("coach", "actions", coachee_id[:8], *args) == 0
    assert "(1 actions)" in capsys.readouterr().out

    assert run("--journal", str(journal), "goals", "import", str(actions)) == 0
    assert run("--journal", str(journal), "goals", "import", str(actions)) == 0  # idempotent
    capsys.readouterr()
    assert run("--journal", str(journal), "goals", "list", "--json") == 0
    [goal] = json.loads(capsys.readouterr().out)
    assert goal["what"] == "Answer Quintessa by e-mail only" and not goal["done"]

    assert pack(journal, out, "--section", "goals", "--force") == 0
    assert json.loads(out.read_text())["goals"][0]["what"] == goal["what"]


def test_actions_made_for_another_journal_are_refused(journal, tmp_path, capsys):
    from wellbeing.sharing.actions_file import ActionsFile, to_bytes

    other = tmp_path / "actions.json"
    other.write_bytes(to_bytes(ActionsFile("ab" * 16, TODAY, (AgreedAction("Rest"),))))
    assert run("--journal", str(journal), "goals", "import", str(other)) == 2
    assert "made for another journal" in capsys.readouterr().err


def test_pack_refuses_to_replace_a_file_without_force(journal, tmp_path, capsys):
    out = tmp_path / "session.wbp"
    out.write_text("keep me")
    assert pack(journal, out) == 2
    assert out.read_text() == "keep me"
