"""`wellbeing contribute`, `wellbeing team aggregate|report` and `wellbeing demo --team`,
end to end through main(): what a script or a lead at a terminal would see."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from wellbeing.cli import main
from wellbeing.domain.contribution import last_complete_week


def run(*args: str) -> int:
    try:
        return main(list(args))
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.fixture
def journal(tmp_path: Path, capsys) -> Path:
    """A journal with a rough last week: what its contribution is about."""
    path = tmp_path / "journal.wbj"
    monday = last_complete_week(date.today()).monday
    for day in range(5):
        when = (monday + timedelta(days=day)).isoformat() + " 10:00"
        assert (
            run(
                "--journal",
                str(path),
                "log",
                "--client",
                "Zorglub Industries",
                "--impact",
                "8",
                "--when",
                when,
                "--text",
                "Shouted about invoice 4471",
                "--irritant",
                "delay",
            )
            == 0
        )
    capsys.readouterr()
    return path


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


def contribute(journal: Path, *args: str) -> int:
    return run("--journal", str(journal), "contribute", *args)


def test_contribute_prints_the_preview_then_writes_one_file(journal, shared, capsys):
    assert contribute(journal, "--team", "SUPPORT-7", "--out", str(shared), "--yes") == 0
    out = capsys.readouterr().out
    [written] = list(shared.iterdir())
    assert "Exhaustion index" in out and "randomised" in out
    assert f"Written: {written}" in out
    text = written.read_text()
    assert "Zorglub" not in text and "4471" not in text
    assert json.loads(text)["week"] == str(last_complete_week(date.today()))


def test_the_team_code_and_folder_are_remembered_and_a_resubmission_replaces(
    journal, shared, capsys
):
    assert contribute(journal, "--team", "SUPPORT-7", "--out", str(shared), "--yes") == 0
    first = sorted(shared.iterdir())
    assert contribute(journal, "--yes") == 0  # same week, remembered team and folder
    assert sorted(shared.iterdir()) == first
    week = last_complete_week(date.today()).previous()
    assert contribute(journal, "--week", str(week), "--yes") == 0
    assert len(list(shared.iterdir())) == 2


def test_without_a_terminal_nothing_is_written_unless_yes(journal, shared, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert contribute(journal, "--team", "SUPPORT-7", "--out", str(shared)) == 2
    assert "--yes" in capsys.readouterr().err
    assert list(shared.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("--team", "a b"), "A team code is 3 to 32 letters"),
        (("--team", "SUPPORT-7", "--week", "2999-W01"), "has not started yet"),
        (("--team", "SUPPORT-7", "--week", "2026-W60"), "2026 has no week 60"),
        (("--team", "SUPPORT-7", "--week", "next"), "is not a week"),
    ],
)
def test_a_mistake_gets_one_sentence_and_writes_nothing(journal, shared, capsys, args, sentence):
    assert contribute(journal, *args, "--out", str(shared), "--yes") == 2
    err = capsys.readouterr().err
    assert sentence in err and "Traceback" not in err
    assert list(shared.iterdir()) == []


def test_a_missing_folder_is_refused(journal, tmp_path, capsys):
    assert contribute(journal, "--team", "SUPPORT-7", "--out", str(tmp_path / "nope"), "--yes") == 2
    assert "There is no folder" in capsys.readouterr().err


@pytest.fixture
def demo_team(tmp_path: Path, capsys) -> Path:
    folder = tmp_path / "team"
    assert run("demo", "--team", str(folder)) == 0
    assert "simulated team of 12" in capsys.readouterr().out
    return folder


def test_a_lead_aggregates_the_demo_team_as_json(demo_team, capsys):
    assert run("team", "aggregate", str(demo_team), "--json") == 0
    view = json.loads(capsys.readouterr().out)
    assert view["team"] == "DEMO-TEAM" and view["minimum"] == 5
    assert len(view["months"]) >= 12
    shown = [w for w in view["weeks"] if w["figures"]]
    assert shown and all(w["figures"]["contributors"] >= 5 for w in shown)
    red = shown[-1]["figures"]["questions"]["exhaustion"]["red"]
    assert 0 <= red["low"] <= red["value"] <= red["high"]


def test_the_lead_reads_it_in_words_in_french(demo_team, capsys):
    assert run("--lang", "fr", "team", "aggregate", str(demo_team)) == 0
    out = capsys.readouterr().out
    assert "Équipe DEMO-TEAM" in out and "personnes ont contribué" in out


def test_a_minimum_under_five_is_refused(demo_team, capsys):
    assert run("team", "aggregate", str(demo_team), "--minimum", "3") == 2
    assert "can be raised, never lowered" in capsys.readouterr().err


def test_a_minimum_above_the_team_shows_nothing(demo_team, capsys):
    assert run("team", "aggregate", str(demo_team), "--minimum", "13", "--json") == 0
    view = json.loads(capsys.readouterr().out)
    assert all(w["figures"] is None and w["withheld"] == "too_few" for w in view["weeks"])
    assert all(m["figures"] is None for m in view["months"])


def test_aggregate_needs_a_folder(capsys):
    assert run("team", "aggregate") == 2
    assert "Say which folder" in capsys.readouterr().err


def test_demo_team_refuses_a_folder_with_contributions(demo_team, capsys):
    assert run("demo", "--team", str(demo_team)) == 2
    assert "already holds contributions" in capsys.readouterr().err
