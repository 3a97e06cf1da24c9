"""Export and import: the lossless JSON round trip, idempotent imports, refused files, CSV."""

from __future__ import annotations

import copy
import csv
import functools
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Client, ClientStatus, Encounter, EncounterKind, Strength
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import exchange, journal, open_journal
from wellbeing.store.exchange import Counts, Export, ImportSummary

# --- helpers -------------------------------------------------------------------------


@contextmanager
def fresh_journal() -> Iterator[Any]:
    with closing(open_journal(":memory:")) as db:
        yield db


def dump(db) -> dict[str, Any]:
    """The schema and every row of every table (with rowids where there are some)."""
    tables = [
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    result: dict[str, Any] = {
        "schema": db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    }
    for table in tables:
        try:
            rows = db.execute(f'SELECT rowid, * FROM "{table}"').fetchall()
        except Exception:  # WITHOUT ROWID
            rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
        result[table] = sorted(rows, key=repr)
    return result


def counts(db) -> dict[str, int]:
    names = ("clients", "encounters", "encounter_tags", "strengths", "settings", "drafts")
    return {name: db[name].count for name in names}


def comparable(document: dict[str, Any]) -> str:
    """The document without its timestamp, as strict text: true, 1 and 1.0 stay different."""
    return json.dumps({k: v for k, v in document.items() if k != "exported_at"})


def fill(db, clients, encounters, strengths, settings_) -> None:
    for client in clients:
        journal.save_client(db, client)
    journal.save_encounters(db, encounters)
    for strength in strengths:
        journal.save_strength(db, strength)
    for key, value in settings_.items():
        db["settings"].upsert({"key": key, "value": json.dumps(value)}, pk="key")


def import_file(db, path: Path) -> ImportSummary:
    return exchange.import_export(db, exchange.read_export(path))


# --- strategies ----------------------------------------------------------------------

SPICY = (
    "é",
    "À bientôt",
    "naïve café",
    "«pas avant 9 h»",
    "😀",
    "👩🏽‍💻 on call",
    "ß",
    "İstanbul",
    "🇫🇷",
    "\n",
    "  ",
    "\t",
    '"quoted", ;semi',
)
plain_text = st.text(max_size=30)
texts = st.lists(st.one_of(plain_text, st.sampled_from(SPICY)), max_size=4).map("".join)
ids = st.binary(min_size=16, max_size=16).map(bytes.hex)
NOW = datetime.now().replace(microsecond=0)
dates = st.datetimes(min_value=datetime(2000, 1, 1), max_value=NOW).map(
    lambda moment: moment.replace(microsecond=0)
)


def keys_of(terms) -> st.SearchStrategy[str]:
    return st.sampled_from([term.key for term in terms])


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def tags(terms) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(keys_of(terms), max_size=4).map(tuple)


client_names = texts.filter(lambda name: 0 < len(" ".join(name.split())) <= 200)
clients = st.builds(
    Client,
    name=client_names,
    id=ids,
    revenue_share=optional(st.floats(0, 100) | st.integers(0, 100)),
    status=st.sampled_from(list(ClientStatus)),
)


@st.composite
def encounters_of(draw, client_ids: list[str]) -> Encounter:
    escalated = draw(st.booleans())
    return Encounter(
        id=draw(ids),
        client_id=draw(st.sampled_from(client_ids)),
        occurred_at=draw(dates),
        impact=draw(st.integers(0, 10)),
        kind=draw(st.sampled_from(list(EncounterKind))),
        channel=draw(optional(keys_of(vocab.CHANNELS))),
        duration_minutes=draw(optional(st.integers(0, 24 * 60))),
        what_happened=draw(texts),
        behaviours=draw(tags(vocab.BEHAVIOURS)),
        irritants=draw(tags(vocab.IRRITANTS)),
        emotions=draw(tags(vocab.EMOTIONS)),
        lingered=draw(optional(keys_of(vocab.LINGERING))),
        assertiveness=draw(optional(st.integers(1, 5))),
        company_confidence=draw(optional(st.integers(1, 5))),
        outcome=draw(optional(keys_of(vocab.OUTCOMES))),
        escalated=escalated,
        backed=draw(optional(keys_of(vocab.BACKING))) if escalated else None,
        next_time=draw(texts),
    )


strengths = st.builds(
    Strength,
    text=texts.filter(lambda text: text.strip()),
    id=ids,
    position=st.integers(0, 1000),
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(plain_text, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def journal_contents(draw):
    unique = (lambda c: c.id, lambda c: journal.name_key(c.name))
    people = draw(st.lists(clients, min_size=1, max_size=5, unique_by=unique))
    meetings = draw(
        st.lists(encounters_of([c.id for c in people]), max_size=12, unique_by=lambda e: e.id)
    )
    good = draw(st.lists(strengths, max_size=4, unique_by=lambda s: s.id))
    prefs = draw(st.dictionaries(st.text(min_size=1, max_size=20), json_values, max_size=4))
    return people, meetings, good, prefs


MODEST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the round trip ------------------------------------------------------------------


@MODEST
@given(journal_contents())
def test_json_round_trip_is_lossless_and_a_second_import_adds_nothing(contents):
    people, meetings, good, prefs = contents
    with fresh_journal() as a, fresh_journal() as b, tempfile.TemporaryDirectory() as folder:
        fill(a, people, meetings, good, prefs)
        journal.save_draft(a, {"what_happened": "half typed"})
        path = Path(folder) / "export.json"
        written = exchange.write_json(a, path)
        assert comparable(written) == comparable(exchange.export_json(a))
        assert comparable(json.loads(path.read_text(encoding="utf-8"))) == comparable(written)
        assert len(written["clients"]) == len(people)
        assert len(written["encounters"]) == len(meetings)
        assert len(written["strengths"]) == len(good)
        assert written["settings"] == prefs

        first = import_file(b, path)
        assert comparable(exchange.export_json(b)) == comparable(written)
        assert first.clients == Counts(added=len(people))
        assert first.encounters == Counts(added=len(meetings))
        assert first.strengths == Counts(added=len(good))
        assert first.settings == Counts(added=len(prefs))
        assert journal.load_draft(b) is None  # drafts stay where they were typed

        before = dump(b)
        second = import_file(b, path)
        assert dump(b) == before
        assert second == ImportSummary(
            clients=Counts(unchanged=len(people)),
            encounters=Counts(unchanged=len(meetings)),
            strengths=Counts(unchanged=len(good)),
            settings=Counts(unchanged=len(prefs)),
        )
        into_itself = import_file(a, path)
        assert into_itself.encounters == Counts(unchanged=len(meetings))
        assert comparable(exchange.export_json(a)) == comparable(written)


def test_the_document_lists_every_field(db):
    acme = journal.save_client(db, Client(id="c1", name="Acme", revenue_share=40.0))
    journal.save_encounter(
        db,
        Encounter(
            id="e1",
            client_id=acme.id,
            occurred_at=datetime(2026, 3, 2, 8, 15, 30),
            impact=7,
            channel="phone",
            behaviours=("out_of_hours", "impatient"),
            escalated=True,
            backed="partly",
        ),
    )
    journal.save_strength(db, Strength(id="s1", text="Quick refunds", position=2))
    document = exchange.export_json(db)
    assert list(document) == list(exchange.TOP_FIELDS)
    assert document["format"] == "wellbeing-journal"
    assert document["version"] == 1
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is not None
    assert document["clients"] == [
        {"id": "c1", "name": "Acme", "revenue_share": 40.0, "status": "active"}
    ]
    assert document["encounters"] == [
        {
            "id": "e1",
            "client_id": "c1",
            "occurred_at": "2026-03-02T08:15:30",
            "kind": "difficult",
            "impact": 7,
            "channel": "phone",
            "duration_minutes": None,
            "what_happened": "",
            "behaviours": ["impatient", "out_of_hours"],
            "irritants": [],
            "emotions": [],
            "lingered": None,
            "assertiveness": None,
            "company_confidence": None,
            "outcome": None,
            "escalated": True,
            "backed": "partly",
            "next_time": "",
        }
    ]
    assert document["strengths"] == [{"id": "s1", "text": "Quick refunds", "position": 2}]
    assert document["settings"] == {}
    for name in exchange.TOP_FIELDS:
        assert f"``{name}``" in exchange.__doc__
    for name in exchange.ENCOUNTER_FIELDS:
        assert f"``{name}``" in exchange.__doc__


def test_an_empty_journal_round_trips(db, tmp_path):
    exchange.write_json(db, tmp_path / "empty.json")
    export = exchange.read_export(tmp_path / "empty.json")
    assert export == Export(version=1, exported_at=export.exported_at)
    with fresh_journal() as other:
        summary = exchange.import_export(other, export)
        assert summary == ImportSummary(Counts(), Counts(), Counts(), Counts())


# --- merging into a journal that already has entries ---------------------------------


def test_a_client_of_the_same_name_is_reused_with_its_encounters(db, tmp_path):
    with fresh_journal() as other:
        theirs = journal.save_client(other, Client(id="theirs", name="Café Ünïcode"))
        journal.save_encounter(
            other,
            Encounter(id="e1", client_id=theirs.id, occurred_at=datetime(2025, 5, 1), impact=3),
        )
        exchange.write_json(other, tmp_path / "other.json")
    ours = journal.save_client(db, Client(id="ours", name="CAFÉ  ÜNÏCODE", revenue_share=10.0))

    summary = import_file(db, tmp_path / "other.json")

    assert journal.list_clients(db) == [ours]
    assert journal.get_encounter(db, "e1").client_id == "ours"
    assert summary.clients == Counts(unchanged=1)
    assert summary.encounters == Counts(added=1)
    assert summary.matched_by_name == (("Café Ünïcode", "CAFÉ ÜNÏCODE"),)
    assert import_file(db, tmp_path / "other.json").encounters == Counts(unchanged=1)
    assert counts(db)["clients"] == 1


def test_changed_entries_are_updated_and_counted(db, tmp_path):
    acme = journal.save_client(db, Client(id="c1", name="Acme"))
    encounter = Encounter(id="e1", client_id="c1", occurred_at=datetime(2025, 5, 1), impact=3)
    journal.save_encounter(db, encounter)
    exchange.write_json(db, tmp_path / "before.json")
    journal.save_client(db, Client(id="c1", name="Acme Corp", status=ClientStatus.REFRAMED))
    journal.save_encounter(db, Encounter(**{**encounter.__dict__, "impact": 9}))
    journal.save_client(db, Client(id="c2", name="Globex"))

    summary = import_file(db, tmp_path / "before.json")

    assert summary.clients == Counts(updated=1)
    assert summary.encounters == Counts(updated=1)
    assert journal.get_client(db, "c1") == acme
    assert journal.get_encounter(db, "e1").impact == 3
    assert journal.get_client(db, "c2") is not None  # entries only in the journal stay


def test_a_rename_frees_a_name_for_a_new_client_in_the_same_file(db, tmp_path):
    journal.save_client(db, Client(id="c1", name="Acme"))
    document = exchange.export_json(db)
    document["clients"] = [
        {"id": "c1", "name": "Acme Holding", "revenue_share": None, "status": "active"},
        {"id": "c2", "name": "Acme", "revenue_share": None, "status": "active"},
    ]
    (tmp_path / "f.json").write_text(json.dumps(document), encoding="utf-8")
    summary = import_file(db, tmp_path / "f.json")
    assert summary.clients == Counts(added=1, updated=1)
    assert {c.id: c.name for c in journal.list_clients(db)} == {"c1": "Acme Holding", "c2": "Acme"}


def test_a_rename_onto_another_clients_name_is_refused_and_changes_nothing(db, tmp_path):
    journal.save_client(db, Client(id="c1", name="Acme"))
    journal.save_client(db, Client(id="c2", name="Globex"))
    document = exchange.export_json(db)
    document["clients"] = [{"id": "c2", "name": "acme", "revenue_share": None, "status": "active"}]
    document["strengths"] = [{"id": "s1", "text": "New", "position": 0}]
    (tmp_path / "f.json").write_text(json.dumps(document), encoding="utf-8")
    before = dump(db)
    with pytest.raises(InvalidValue) as error:
        import_file(db, tmp_path / "f.json")
    assert str(error.value) == (
        "clients[0].name: another client in this journal is already called Acme; "
        "rename one of them, then import again."
    )
    assert dump(db) == before


def client_file(tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    document = {"format": "wellbeing-journal", "version": 1}
    document["clients"] = [{"id": cid, "name": name} for cid, name in pairs]
    path = tmp_path / "clients.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_renames_in_a_chain_are_written_in_an_order_that_never_clashes(db, tmp_path):
    journal.save_client(db, Client(id="c1", name="Alpha"))
    journal.save_client(db, Client(id="c2", name="Beta"))
    path = client_file(tmp_path, ("c1", "Beta"), ("c2", "Gamma"))
    assert import_file(db, path).clients == Counts(updated=2)
    assert {c.id: c.name for c in journal.list_clients(db)} == {"c1": "Beta", "c2": "Gamma"}


def test_names_swapped_in_a_circle_are_refused_and_change_nothing(db, tmp_path):
    journal.save_client(db, Client(id="c1", name="Alpha"))
    journal.save_client(db, Client(id="c2", name="Beta"))
    before = dump(db)
    with pytest.raises(InvalidValue, match=r"^clients\[0\]\.name: another client .* Beta;"):
        import_file(db, client_file(tmp_path, ("c1", "Beta"), ("c2", "Alpha")))
    assert dump(db) == before


def test_a_failure_while_writing_leaves_the_journal_as_it_was(db, tmp_path, monkeypatch):
    with fresh_journal() as other:
        fill(
            other,
            [Client(id="c1", name="Acme")],
            [Encounter(id="e1", client_id="c1", occurred_at=datetime(2025, 1, 1), impact=2)],
            [Strength(id="s1", text="Kind support")],
            {"idle_lock_minutes": 5},
        )
        exchange.write_json(other, tmp_path / "f.json")
    journal.save_client(db, Client(id="c0", name="Existing"))
    before = dump(db)

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(journal, "save_strength", disk_full)
    with pytest.raises(OSError, match="disk full"):
        import_file(db, tmp_path / "f.json")
    assert dump(db) == before


# --- refused files -------------------------------------------------------------------


@functools.cache
def _base_text() -> str:
    """A valid export of two clients, 50 encounters, two strengths and a setting."""
    with fresh_journal() as db:
        fill(
            db,
            [
                Client(id="c1", name="Acme"),
                Client(id="c2", name="Éditions Ça & Là", status="reframed"),
            ],
            [
                Encounter(
                    id=f"e{index:02d}",
                    client_id="c1" if index % 2 else "c2",
                    occurred_at=datetime(2025, 1, 1, 9) + timedelta(hours=index),
                    impact=index % 11,
                    what_happened=f"Appel n°{index} 😤",
                    behaviours=("rude",),
                )
                for index in range(50)
            ],
            [Strength(id="s1", text="Réponse rapide", position=0), Strength(id="s2", text="x")],
            {"idle_lock_minutes": 10},
        )
        return json.dumps(exchange.export_json(db), ensure_ascii=False, indent=1)


def base() -> dict[str, Any]:
    return copy.deepcopy(json.loads(_base_text()))


def edited(change: Callable[[dict[str, Any]], Any]) -> bytes:
    document = base()
    change(document)
    return json.dumps(document).encode("utf-8")  # escapes keep even half characters


def csv_bytes() -> bytes:
    with fresh_journal() as db, tempfile.TemporaryDirectory() as folder:
        journal.save_client(db, Client(id="c1", name="Acme"))
        path = Path(folder) / "x.csv"
        exchange.export_csv(db, path)
        return path.read_bytes()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change setting document[a][b]… = value; path like 'encounters.37.impact'."""

    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        for each in changes:
            each(document)

    return change


BROKEN_JSON = b'{\n "format": "wellbeing-journal",\n "version": 1\n "clients": []\n}'

REFUSED: list[tuple[str, Callable[[], bytes], str]] = [
    (
        "broken JSON",
        lambda: BROKEN_JSON,
        "line 4, column 2: not valid JSON (Expecting ',' delimiter).",
    ),
    ("truncated", lambda: _base_text().encode()[: len(_base_text()) // 2], "line "),
    (
        "CSV given as JSON",
        csv_bytes,
        "this is a CSV export, for spreadsheets; only a JSON export can be imported.",
    ),
    ("empty", lambda: b"", "the file is empty."),
    ("not UTF-8", lambda: b'{"format": "\xff"}', "byte 13: not UTF-8 text"),
    ("not UTF-8 after a BOM", lambda: b'\xef\xbb\xbf{"format": "\xff"}', "byte 16: not UTF-8 text"),
    (
        "no format",
        lambda: edited(lambda d: d.pop("format")),
        "not a Wellbeing journal export (no 'format' field).",
    ),
    ("a list", lambda: b"[1, 2]", "not a Wellbeing journal export (no 'format' field)."),
    (
        "another format",
        lambda: edited(_set("format", "other-app")),
        'not a Wellbeing journal export (its format is "other-app").',
    ),
    (
        "newer version",
        lambda: edited(_set("version", 2)),
        "version 2 was written by a newer Wellbeing Journal; update the app to import it.",
    ),
    (
        "version as text",
        lambda: edited(_set("version", "1")),
        'version: must be a whole number from 1 on, not "1".',
    ),
    ("unknown top field", lambda: edited(_set("drafts", [])), "drafts: unknown field."),
    (
        "impact 11 deep in the list",
        lambda: edited(_set("encounters.37.impact", 11)),
        "encounters[37].impact: must be a whole number from 0 to 10, not 11.",
    ),
    (
        "the first of two problems",
        lambda: edited(
            _both(_set("encounters.37.impact", 11), _set("encounters.5.channel", "pigeon"))
        ),
        "encounters[5].channel: unknown channel 'pigeon'; choose one of: phone, email,",
    ),
    (
        "impact as text",
        lambda: edited(_set("encounters.3.impact", "7")),
        "encounters[3].impact: must be a whole number from 0 to 10, not '7'.",
    ),
    (
        "impact missing",
        lambda: edited(lambda d: d["encounters"][4].pop("impact")),
        "encounters[4]: the field 'impact' is missing.",
    ),
    (
        "client not in the file",
        lambda: edited(_set("encounters.2.client_id", "c9")),
        'encounters[2].client_id: no client in this file has the id "c9".',
    ),
    (
        "future date",
        lambda: edited(_set("encounters.9.occurred_at", "2999-01-01T10:00:00")),
        "encounters[9].occurred_at: the encounter's date is in the future.",
    ),
    (
        "impossible date",
        lambda: edited(_set("encounters.9.occurred_at", "2025-02-30T10:00:00")),
        'encounters[9].occurred_at: "2025-02-30T10:00:00" is not a real date and time.',
    ),
    (
        "date with a zone",
        lambda: edited(_set("encounters.9.occurred_at", "2025-02-03T10:00:00+01:00")),
        "encounters[9].occurred_at: must be a time like",
    ),
    (
        "year 999",
        lambda: edited(_set("encounters.9.occurred_at", "0999-02-03T10:00:00")),
        "encounters[9].occurred_at: must be in 1900 or later, not 999.",
    ),
    (
        "unknown behaviour",
        lambda: edited(_set("encounters.1.behaviours", ["rude", "grumpy"])),
        "encounters[1].behaviours: unknown behaviour 'grumpy'; choose one of: rude,",
    ),
    (
        "tag that is not text",
        lambda: edited(_set("encounters.1.emotions", ["sad", 3])),
        "encounters[1].emotions[1]: must be text, not a number.",
    ),
    (
        "backed without escalation",
        lambda: edited(_set("encounters.6.backed", "yes")),
        "encounters[6].backed: whether my company backed me only applies to an escalated "
        "encounter.",
    ),
    (
        "escalated as text",
        lambda: edited(_set("encounters.6.escalated", "yes")),
        'encounters[6].escalated: must be true or false, not "yes".',
    ),
    (
        "unknown encounter field",
        lambda: edited(_set("encounters.8.mood", 3)),
        "encounters[8].mood: unknown field.",
    ),
    (
        "duplicate encounter id",
        lambda: edited(_set("encounters.8.id", "e02")),
        'encounters[8].id: the id "e02" is already used by encounters[2].',
    ),
    (
        "duplicate client name",
        lambda: edited(_set("clients.1.name", "  ACME ")),
        'clients[1].name: "ACME" is already the name of clients[0].',
    ),
    (
        "empty client name",
        lambda: edited(_set("clients.0.name", "   ")),
        "clients[0].name: must not be empty.",
    ),
    (
        "revenue share 150",
        lambda: edited(_set("clients.0.revenue_share", 150)),
        "clients[0].revenue_share: must be a number from 0 to 100 or null, not 150.",
    ),
    (
        "unknown status",
        lambda: edited(_set("clients.1.status", "king")),
        'clients[1].status: must be one of active, reframed, dethroned, not "king".',
    ),
    (
        "clients not a list",
        lambda: edited(_set("clients", {"id": "c1"})),
        "clients: must be a list, not an object.",
    ),
    (
        "blank strength",
        lambda: edited(_set("strengths.1.text", " \n ")),
        "strengths[1].text: must not be blank.",
    ),
    (
        "settings as a list",
        lambda: edited(_set("settings", [])),
        "settings: must be an object, not a list.",
    ),
    (
        "a field twice",
        lambda: _base_text().replace('"impact": 7,', '"impact": 7, "impact": 8,', 1).encode(),
        'the field "impact" appears twice in one object.',
    ),
    (
        "half a character",
        lambda: _base_text().replace("Appel n°3 ", "Appel \\ud83d ", 1).encode(),
        "encounters[3].what_happened: contains \\ud83d, half of a character, which is not text.",
    ),
    (
        "half a character in a setting",
        lambda: edited(_set("settings.theme", ["ok", "\ud83d"])),
        "settings.theme: contains \\ud83d, half of a character",
    ),
    (
        "NaN",
        lambda: _base_text().replace('"impact": 7,', '"impact": NaN,', 1).encode(),
        "NaN is not valid JSON",
    ),
]


@pytest.fixture
def filled(db):
    export = exchange.Export(
        version=1,
        exported_at=None,
        clients=(Client(id="mine", name="Mine", revenue_share=5.5),),
        encounters=(
            Encounter(id="m1", client_id="mine", occurred_at=datetime(2024, 6, 1, 8), impact=4),
        ),
        strengths=(Strength(id="ms", text="Good tools"),),
        settings={"theme": "dark"},
    )
    exchange.import_export(db, export)
    journal.save_draft(db, {"what_happened": "typing…"})
    return db


@pytest.mark.parametrize(
    ("content", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED]
)
def test_an_invalid_file_is_refused_with_its_first_problem_and_changes_nothing(
    filled, tmp_path, content, message
):
    path = tmp_path / "bad.json"
    path.write_bytes(content())
    before_counts, before_dump = counts(filled), dump(filled)
    before_export = comparable(exchange.export_json(filled))
    changes = filled.conn.total_changes
    with pytest.raises(InvalidValue) as error:
        import_file(filled, path)
    assert str(error.value).startswith(message), str(error.value)
    assert str(error.value).endswith(".")
    assert counts(filled) == before_counts
    assert dump(filled) == before_dump
    assert comparable(exchange.export_json(filled)) == before_export
    assert filled.conn.total_changes == changes


def test_the_valid_base_file_is_accepted(filled, tmp_path):
    path = tmp_path / "good.json"
    path.write_text(_base_text(), encoding="utf-8")
    summary = import_file(filled, path)
    assert summary.encounters == Counts(added=50)
    assert summary.settings == Counts(added=1)


def test_truncated_file_names_a_line_and_column(tmp_path):
    text = _base_text()
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InvalidValue, match=r"^line \d+, column \d+: not valid JSON \(.+\)\.$"):
        exchange.read_export(path)


def test_a_file_over_the_limit_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    path.write_text(_base_text(), encoding="utf-8")
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 1000)
    with pytest.raises(
        InvalidValue, match=r"^the file is 0\.\d MB; an export over 0\.001 MB is refused\.$"
    ) as error:
        exchange.read_export(path)
    assert error.value.code == "export_too_large"


def test_a_missing_file_is_one_sentence(tmp_path):
    with pytest.raises(InvalidValue, match=r"^there is no file at "):
        exchange.read_export(tmp_path / "nowhere.json")


def test_a_minimal_hand_written_file_takes_defaults(tmp_path):
    path = tmp_path / "min.json"
    path.write_text(
        json.dumps(
            {
                "format": "wellbeing-journal",
                "version": 1,
                "clients": [{"id": "c1", "name": "  Acme   Ltd "}],
                "encounters": [
                    {
                        "id": "e1",
                        "client_id": "c1",
                        "occurred_at": "2025-01-01T09:00:00",
                        "impact": 5,
                        "behaviours": ["rude", "rude", "impatient"],
                    }
                ],
                "strengths": [{"id": "s1", "text": "  Fast  "}],
            }
        ),
        encoding="utf-8",
    )
    export = exchange.read_export(path)
    assert export.clients == (Client(id="c1", name="Acme Ltd"),)
    assert export.encounters == (
        Encounter(
            id="e1",
            client_id="c1",
            occurred_at=datetime(2025, 1, 1, 9),
            impact=5,
            behaviours=("impatient", "rude"),
        ),
    )
    assert export.strengths == (Strength(id="s1", text="Fast"),)
    assert export.settings == {}


# --- CSV -----------------------------------------------------------------------------


def test_csv_has_a_header_and_one_row_per_encounter_with_accents_intact(db, tmp_path):
    journal.save_client(db, Client(id="c1", name="Éditions Ça & Là"))
    journal.save_client(db, Client(id="c2", name="Zoë 😀"))
    journal.save_encounters(
        db,
        [
            Encounter(
                id="e1",
                client_id="c1",
                occurred_at=datetime(2025, 3, 2, 8, 15, 30),
                impact=7,
                channel="phone",
                what_happened='Il a dit « non », puis "plus tard";\nrappel à 8 h',
                behaviours=("rude", "out_of_hours"),
                emotions=("stressed",),
                escalated=True,
                backed="no",
            ),
            Encounter(id="e2", client_id="c2", occurred_at=datetime(2025, 3, 1), impact=0),
        ],
    )
    path = tmp_path / "journal.csv"

    assert exchange.export_csv(db, path) == 2

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == exchange.CSV_COLUMNS
    assert len(rows) == 2
    second, first = rows  # oldest first
    assert first["client"] == "Éditions Ça & Là"
    assert first["occurred_at"] == "2025-03-02 08:15:30"
    assert first["behaviours"] == "out_of_hours;rude"
    assert first["emotions"] == "stressed"
    assert first["irritants"] == ""
    assert first["what_happened"] == 'Il a dit « non », puis "plus tard";\nrappel à 8 h'
    assert (first["escalated"], first["backed"], first["impact"]) == ("yes", "no", "7")
    assert second["client"] == "Zoë 😀"
    assert (second["channel"], second["escalated"]) == ("", "no")


def test_csv_of_an_empty_journal_is_just_the_header(db, tmp_path):
    assert exchange.export_csv(db, tmp_path / "e.csv") == 0
    with open(tmp_path / "e.csv", encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [list(exchange.CSV_COLUMNS)]


# --- atomic writes -------------------------------------------------------------------


def test_writes_replace_the_file_whole_and_leave_no_temporary_file(db, tmp_path, monkeypatch):
    journal.save_client(db, Client(id="c1", name="Acme"))
    path = tmp_path / "export.json"
    path.write_text("old", encoding="utf-8")
    exchange.write_json(db, path)
    assert json.loads(path.read_text(encoding="utf-8"))["clients"][0]["name"] == "Acme"
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # not encrypted: readable by its owner only

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(exchange.os, "fsync", crash)  # the disk refuses mid-write
    with pytest.raises(OSError, match="disk full"):
        exchange.write_json(db, path)
    assert json.loads(path.read_text(encoding="utf-8"))["clients"][0]["name"] == "Acme"
    with pytest.raises(OSError, match="disk full"):
        exchange.export_csv(db, tmp_path / "export.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]
