"""`wellbeing list` writes each encounter as it is read: the same bytes as when it held them all.

The memory it saves (flat in the number of rows) is measured by tests/benchmarks/cli_speed.py;
here, that scripts see exactly what they always saw.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from wellbeing.cli import _as_json, _as_line, main, write_json_array
from wellbeing.domain.model import Client, Encounter, EncounterKind
from wellbeing.store import create_journal, journal


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A small journal: tags in several facets, a newline and accents in a text, two clients."""
    path = tmp_path / "journal.wbj"
    db, _ = create_journal(path, PASSPHRASE)
    acme, globex = Client(name="Acme"), Client(name="Globex «SA»")
    journal.save_client(db, acme)
    journal.save_client(db, globex)
    for day, client, impact in ((1, acme, 7), (2, globex, 2), (2, acme, 5), (3, globex, 9)):
        journal.save_encounter(
            db,
            Encounter(
                client_id=client.id,
                occurred_at=datetime(2026, 2, day, 9 + impact, 15),
                impact=impact,
                kind=EncounterKind.DIFFICULT if impact > 3 else EncounterKind.POSITIVE,
                what_happened=f"Line one\nLigne deux, épuisé·e ({impact})",
                behaviours=("rude", "impatient") if impact > 3 else (),
                emotions=("angry",),
            ),
        )
    db.close()
    return path


def held_output(path: Path, *filters) -> tuple[str, list[str]]:
    """What `list --json` and `list` printed when they held the whole list first."""
    from wellbeing.store import open_journal

    db = open_journal(path, PASSPHRASE)
    try:
        names = {c.id: c.name for c in journal.list_clients(db)}
        encounters = journal.list_encounters(db, *filters)
    finally:
        db.close()
    document = json.dumps(
        [_as_json(e, names[e.client_id]) for e in encounters], indent=2, ensure_ascii=False
    )
    return document + "\n", [_as_line(e, names[e.client_id], "en") for e in encounters]


@pytest.mark.parametrize("batch", [1, 2, 500])
def test_list_prints_the_same_bytes_as_before_whatever_the_batch(
    path: Path, capsys, monkeypatch: pytest.MonkeyPatch, batch: int
):
    monkeypatch.setattr(journal, "STREAM_BATCH", batch)
    document, lines = held_output(path)

    assert main(["--journal", str(path), "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert out == document
    assert [e["impact"] for e in json.loads(out)] == [9, 5, 2, 7]  # newest first
    assert main(["--journal", str(path), "list"]) == 0
    assert capsys.readouterr().out.splitlines() == lines


def test_filters_and_limit_give_the_same_encounters(path: Path, capsys):
    from wellbeing.store import open_journal

    db = open_journal(path, PASSPHRASE)
    try:
        acme = journal.find_client(db, "Acme")
        assert acme is not None
        for filters in (
            (acme.id, None, None),
            (None, datetime(2026, 2, 2), None),
            (None, None, 3),
            (acme.id, datetime(2026, 2, 2), 1),
        ):
            streamed = list(journal.iter_encounters(db, *filters))
            assert streamed == journal.list_encounters(db, *filters)
    finally:
        db.close()


def test_an_empty_list_is_an_empty_array(capsys):
    write_json_array(iter(()))
    assert capsys.readouterr().out == "[]\n"


def test_each_encounter_is_written_before_the_next_is_read(capsys):
    """Streaming, not collecting: what was read is out before a failure further on."""

    def rows():
        yield {"id": "first", "behaviours": ["rude"], "text": "a\nb"}
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        write_json_array(rows())
    assert capsys.readouterr().out.startswith('[\n  {\n    "id": "first"')
