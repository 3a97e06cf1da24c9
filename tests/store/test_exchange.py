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
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import Boundaries, ChannelRule, to_json
from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    EncounterKind,
    Strength,
)
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
    names = (
        "clients",
        "encounters",
        "encounter_tags",
        "client_events",
        "check_ins",
        "strengths",
        "settings",
        "drafts",
    )
    return {name: db[name].count for name in names}


def comparable(document: dict[str, Any]) -> str:
    """The document without its timestamp, as strict text: true, 1 and 1.0 stay different."""
    return json.dumps({k: v for k, v in document.items() if k != "exported_at"})


def fill(db, clients, encounters, strengths, settings_, events=(), check_ins=()) -> None:
    for client in clients:
        journal.save_client(db, client)
    journal.save_encounters(db, encounters)
    for event in events:
        journal.save_client_event(db, event)
    for check_in in check_ins:
        journal.save_check_in(db, check_in)
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


def _is_name(name: str) -> bool:
    """What check_client_name accepts: some text, no control characters once spaces fold."""
    import unicodedata

    cleaned = " ".join(name.split())
    return 0 < len(cleaned) <= 200 and not any(
        unicodedata.category(c) == "Cc" or "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"
        for c in cleaned
    )


client_names = texts.filter(_is_name)
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
        violations=draw(tags(vocab.VIOLATIONS)),
        lingered=draw(optional(keys_of(vocab.LINGERING))),
        assertiveness=draw(optional(st.integers(1, 5))),
        company_confidence=draw(optional(st.integers(1, 5))),
        outcome=draw(optional(keys_of(vocab.OUTCOMES))),
        escalated=escalated,
        backed=draw(optional(keys_of(vocab.BACKING))) if escalated else None,
        next_time=draw(texts),
    )


def events_of(client_ids: list[str]) -> st.SearchStrategy[ClientEvent]:
    return st.builds(
        ClientEvent,
        client_id=st.sampled_from(client_ids),
        # a planned contact may lie in the future
        at=st.datetimes(datetime(1990, 1, 1), datetime(2100, 1, 1)).map(
            lambda moment: moment.replace(microsecond=0)
        ),
        kind=st.sampled_from(list(ClientEventKind)),
        detail=texts,
        id=ids,
    )


check_ins = st.builds(
    CheckIn,
    answered_at=dates,
    strain=st.lists(st.integers(0, 4), min_size=6, max_size=6).map(tuple),
    wellbeing=st.lists(st.integers(0, 5), min_size=5, max_size=5).map(tuple),
    id=ids,
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


# Settings a journal can hold (an import refuses anything else): each known key, valid.
valid_settings = st.fixed_dictionaries(
    {},
    optional={
        "idle_lock_minutes": st.integers(1, 240),
        "reframe_follow_up_weeks": st.integers(2, 26),
        "boundaries": st.builds(
            Boundaries,
            channels=st.lists(keys_of(vocab.CHANNELS), unique=True, max_size=3).map(
                lambda keys: tuple(ChannelRule(k, accepted=False) for k in keys)
            ),
            response_hours=st.none() | st.integers(1, 720),
            in_scope=texts,
            respect=texts,
            limits=st.lists(texts, max_size=3).map(tuple),
        ).map(to_json),
        "advice_thresholds": st.fixed_dictionaries(
            {},
            optional={
                "watch_difficult_share": st.floats(0, 100),
                "min_encounters": st.integers(1, 1000),
            },
        ),
    },
)


@st.composite
def journal_contents(draw):
    unique = (lambda c: c.id, lambda c: journal.name_key(c.name))
    people = draw(st.lists(clients, min_size=1, max_size=5, unique_by=unique))
    meetings = draw(
        st.lists(encounters_of([c.id for c in people]), max_size=12, unique_by=lambda e: e.id)
    )
    good = draw(st.lists(strengths, max_size=4, unique_by=lambda s: s.id))
    prefs = draw(valid_settings)
    history = draw(
        st.lists(events_of([c.id for c in people]), max_size=6, unique_by=lambda e: e.id)
    )
    weeks = draw(st.lists(check_ins, max_size=4, unique_by=lambda c: c.id))
    return people, meetings, good, prefs, history, weeks


MODEST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the round trip ------------------------------------------------------------------


@MODEST
@given(journal_contents())
def test_json_round_trip_is_lossless_and_a_second_import_adds_nothing(contents):
    people, meetings, good, prefs, history, weeks = contents
    with fresh_journal() as a, fresh_journal() as b, tempfile.TemporaryDirectory() as folder:
        fill(a, people, meetings, good, prefs, history, weeks)
        journal.save_draft(a, {"what_happened": "half typed"})
        path = Path(folder) / "export.json"
        written = exchange.write_json(a, path)
        assert comparable(written) == comparable(exchange.export_json(a))
        assert comparable(json.loads(path.read_text(encoding="utf-8"))) == comparable(written)
        assert len(written["clients"]) == len(people)
        assert len(written["encounters"]) == len(meetings)
        assert len(written["strengths"]) == len(good)
        assert len(written["client_events"]) == len(history)
        assert len(written["check_ins"]) == len(weeks)
        assert written["settings"] == prefs

        first = import_file(b, path)
        assert comparable(exchange.export_json(b)) == comparable(written)
        assert first.clients == Counts(added=len(people))
        assert first.encounters == Counts(added=len(meetings))
        assert first.strengths == Counts(added=len(good))
        assert first.settings == Counts(added=len(prefs))
        assert first.client_events == Counts(added=len(history))
        assert first.check_ins == Counts(added=len(weeks))
        assert sorted(journal.list_client_events(b), key=lambda e: e.id) == sorted(
            history, key=lambda e: e.id
        )
        assert sorted(journal.list_check_ins(b), key=lambda c: c.id) == sorted(
            weeks, key=lambda c: c.id
        )
        assert journal.load_draft(b) is None  # drafts stay where they were typed

        before = dump(b)
        second = import_file(b, path)
        assert dump(b) == before
        assert second == ImportSummary(
            clients=Counts(unchanged=len(people)),
            encounters=Counts(unchanged=len(meetings)),
            strengths=Counts(unchanged=len(good)),
            settings=Counts(unchanged=len(prefs)),
            client_events=Counts(unchanged=len(history)),
            check_ins=Counts(unchanged=len(weeks)),
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
            violations=("out_of_hours", "day_off"),
            escalated=True,
            backed="partly",
        ),
    )
    journal.save_strength(db, Strength(id="s1", text="Quick refunds", position=2))
    journal.save_check_in(
        db,
        CheckIn(
            id="k1",
            answered_at=datetime(2026, 3, 6, 18, 0, 5),
            strain=(4, 3, 2, 1, 0, 0),
            wellbeing=(5, 0, 1, 2, 3),
        ),
    )
    journal.save_client_event(
        db,
        ClientEvent(
            id="v1",
            client_id="c1",
            at=datetime(2026, 3, 9, 10, 0, 0),
            kind=ClientEventKind.REFRAMED,
            detail="Calls only before noon",
        ),
    )
    document = exchange.export_json(db)
    assert list(document) == list(exchange.TOP_FIELDS)
    assert document["format"] == "wellbeing-journal"
    assert document["version"] == 3
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
            "violations": ["day_off", "out_of_hours"],
        }
    ]
    assert document["client_events"] == [
        {
            "id": "v1",
            "client_id": "c1",
            "at": "2026-03-09T10:00:00",
            "kind": "reframed",
            "detail": "Calls only before noon",
        }
    ]
    assert document["check_ins"] == [
        {
            "id": "k1",
            "answered_at": "2026-03-06T18:00:05",
            "strain": [4, 3, 2, 1, 0, 0],
            "wellbeing": [5, 0, 1, 2, 3],
        }
    ]
    assert document["strengths"] == [{"id": "s1", "text": "Quick refunds", "position": 2}]
    assert document["settings"] == {}
    documented = (
        exchange.TOP_FIELDS
        + exchange.ENCOUNTER_FIELDS
        + exchange.CLIENT_EVENT_FIELDS
        + exchange.CHECK_IN_FIELDS
    )
    for name in documented:
        assert f"``{name}``" in exchange.format.__doc__


def test_an_empty_journal_round_trips(db, tmp_path):
    exchange.write_json(db, tmp_path / "empty.json")
    export = exchange.read_export(tmp_path / "empty.json")
    assert export == Export(version=3, exported_at=export.exported_at)
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
    """A valid export of two clients, 50 encounters, six client events, three check-ins,
    two strengths and a setting."""
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
            events=[
                ClientEvent(
                    id=f"v{index}",
                    client_id="c2",
                    at=datetime(2025, 2, 1, 9) + timedelta(days=index),
                    kind=kind,
                    detail="Plus d'appels après 18 h",
                )
                for index, kind in enumerate(ClientEventKind)
            ],
            check_ins=[
                CheckIn(
                    id=f"k{index}",
                    answered_at=datetime(2025, 1, 5, 20) + timedelta(weeks=index),
                    strain=(index, 1, 2, 3, 4, 0),
                    wellbeing=(5, index, 1, 2, 3),
                )
                for index in range(3)
            ],
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


def _drop_version_2_lists(document: dict[str, Any]) -> None:
    document.pop("client_events")
    document.pop("check_ins")
    document.pop("goals")


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
        lambda: edited(_set("version", 4)),
        "version 4 was written by a newer Wellbeing Journal; update the app to import it.",
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
        "unknown violation",
        lambda: edited(_set("encounters.1.violations", ["out_of_hours", "too_early"])),
        "encounters[1].violations: unknown violation 'too_early'; choose one of: out_of_hours,",
    ),
    (
        "strain answer out of range",
        lambda: edited(_set("check_ins.1.strain", [0, 1, 2, 3, 4, 5])),
        "check_ins[1].strain[5]: must be a whole number from 0 to 4, not 5.",
    ),
    (
        "well-being answer as text",
        lambda: edited(_set("check_ins.2.wellbeing.0", "5")),
        'check_ins[2].wellbeing[0]: must be a whole number from 0 to 5, not "5".',
    ),
    (
        "a check-in with an answer too few",
        lambda: edited(_set("check_ins.0.wellbeing", [1, 2, 3, 4])),
        "check_ins[0].wellbeing: must hold 5 answers, one per question, not 4.",
    ),
    (
        "a check-in with an answer too many",
        lambda: edited(_set("check_ins.0.strain", [0, 0, 0, 0, 0, 0, 0])),
        "check_ins[0].strain: must hold 6 answers, one per question, not 7.",
    ),
    (
        "answers not a list",
        lambda: edited(_set("check_ins.0.strain", 12)),
        "check_ins[0].strain: must be a list, not a number.",
    ),
    (
        "a check-in in the future",
        lambda: edited(_set("check_ins.2.answered_at", "2999-01-01T10:00:00")),
        "check_ins[2].answered_at: a check-in cannot be dated in the future.",
    ),
    (
        "a check-in without answers",
        lambda: edited(lambda d: d["check_ins"][1].pop("wellbeing")),
        "check_ins[1]: the field 'wellbeing' is missing.",
    ),
    (
        "duplicate check-in id",
        lambda: edited(_set("check_ins.2.id", "k0")),
        'check_ins[2].id: the id "k0" is already used by check_ins[0].',
    ),
    (
        "event for an unknown client",
        lambda: edited(_set("client_events.3.client_id", "c9")),
        'client_events[3].client_id: no client in this file or in this journal has the id "c9".',
    ),
    (
        "unknown event kind",
        lambda: edited(_set("client_events.0.kind", "party")),
        "client_events[0].kind: must be one of reframed, dethroned, reactivated, "
        'contact_planned, message, advice, not "party".',
    ),
    (
        "event at an impossible time",
        lambda: edited(_set("client_events.1.at", "2025-13-01T10:00:00")),
        'client_events[1].at: "2025-13-01T10:00:00" is not a real date and time.',
    ),
    (
        "event detail not text",
        lambda: edited(_set("client_events.2.detail", None)),
        "client_events[2].detail: must be text, not null.",
    ),
    (
        "unknown event field",
        lambda: edited(_set("client_events.2.mood", "fine")),
        "client_events[2].mood: unknown field.",
    ),
    (
        "version 2 lists in a version 1 file",
        lambda: edited(_set("version", 1)),
        "client_events: unknown field in a version 1 export (it came with version 2).",
    ),
    (
        "goals in a version 2 file",
        lambda: edited(_set("version", 2)),
        "goals: unknown field in a version 2 export (it came with version 3).",
    ),
    (
        "violations in a version 1 file",
        lambda: edited(_both(_set("version", 1), _drop_version_2_lists)),
        "encounters[0].violations: unknown field in a version 1 export",
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
        version=exchange.VERSION,
        exported_at=None,
        clients=(Client(id="mine", name="Mine", revenue_share=5.5),),
        encounters=(
            Encounter(id="m1", client_id="mine", occurred_at=datetime(2024, 6, 1, 8), impact=4),
        ),
        strengths=(Strength(id="ms", text="Good tools"),),
        settings={"theme": "dark"},
        client_events=(
            ClientEvent(
                id="mv", client_id="mine", at=datetime(2024, 6, 2), kind=ClientEventKind.MESSAGE
            ),
        ),
        check_ins=(
            CheckIn(id="mk", answered_at=datetime(2024, 6, 3), strain=(1,) * 6, wellbeing=(3,) * 5),
        ),
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
    assert summary.client_events == Counts(added=6)
    assert summary.check_ins == Counts(added=3)
    assert summary.settings == Counts(added=1)
    assert [c.strain for c in journal.list_check_ins(filled)][1:] == [
        (0, 1, 2, 3, 4, 0),
        (1, 1, 2, 3, 4, 0),
        (2, 1, 2, 3, 4, 0),
    ]


def test_a_version_1_file_still_imports_with_no_check_ins_nor_history(filled, tmp_path):
    """A file written before check-ins, client events and violations existed."""
    document = base()
    _drop_version_2_lists(document)
    document["version"] = 1
    for encounter in document["encounters"]:
        del encounter["violations"]
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    export = exchange.read_export(path)
    assert (export.version, export.client_events, export.check_ins) == (1, (), ())
    summary = import_file(filled, path)
    assert summary.encounters == Counts(added=50)
    assert (summary.client_events, summary.check_ins) == (Counts(), Counts())
    assert all(e.violations == () for e in journal.list_encounters(filled))
    assert [e.id for e in journal.list_client_events(filled)] == ["mv"]  # the journal's own
    assert [c.id for c in journal.list_check_ins(filled)] == ["mk"]
    assert import_file(filled, path).encounters == Counts(unchanged=50)


def test_an_event_may_name_a_journal_client_absent_from_the_file(filled, tmp_path):
    document = {
        "format": "wellbeing-journal",
        "version": 2,
        "client_events": [
            {
                "id": "x1",
                "client_id": "mine",
                "at": "2030-01-07T09:00:00",
                "kind": "contact_planned",
            }
        ],
    }
    path = tmp_path / "event.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert import_file(filled, path).client_events == Counts(added=1)
    assert journal.list_client_events(filled, "mine")[-1] == ClientEvent(
        id="x1", client_id="mine", at=datetime(2030, 1, 7, 9), kind=ClientEventKind.CONTACT_PLANNED
    )


def test_an_event_follows_its_client_merged_by_name(filled, tmp_path):
    with fresh_journal() as other:
        fill(
            other,
            [Client(id="theirs", name="MINE")],
            [],
            [],
            {},
            events=[
                ClientEvent(
                    id="x2",
                    client_id="theirs",
                    at=datetime(2025, 4, 1, 12),
                    kind=ClientEventKind.DETHRONED,
                    detail="Plus jamais le dimanche",
                )
            ],
        )
        exchange.write_json(other, tmp_path / "other.json")
    summary = import_file(filled, tmp_path / "other.json")
    assert summary.matched_by_name == (("MINE", "Mine"),)
    assert journal.list_client_events(filled, "mine")[-1].id == "x2"
    assert journal.list_client_events(filled, "theirs") == []


def test_truncated_file_names_a_line_and_column(tmp_path):
    text = _base_text()
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InvalidValue, match=r"^line \d+, column \d+: not valid JSON \(.+\)\.$"):
        exchange.read_export(path)


def test_a_file_over_the_limit_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    path.write_text(_base_text(), encoding="utf-8")
    monkeypatch.setattr(exchange.format, "MAX_IMPORT_BYTES", 1000)
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
                violations=("out_of_hours", "channel"),
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
    assert reader.fieldnames.index("violations") == reader.fieldnames.index("irritants") + 1
    assert len(rows) == 2
    second, first = rows  # oldest first
    assert first["client"] == "Éditions Ça & Là"
    assert first["occurred_at"] == "2025-03-02 08:15:30"
    assert first["behaviours"] == "out_of_hours;rude"
    assert first["emotions"] == "stressed"
    assert first["irritants"] == ""
    assert first["violations"] == "channel;out_of_hours"
    assert second["violations"] == ""
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

    monkeypatch.setattr(os, "fsync", crash)  # the disk refuses mid-write
    with pytest.raises(OSError, match="disk full"):
        exchange.write_json(db, path)
    assert json.loads(path.read_text(encoding="utf-8"))["clients"][0]["name"] == "Acme"
    with pytest.raises(OSError, match="disk full"):
        exchange.export_csv(db, tmp_path / "export.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_goals_agreed_with_a_coach_round_trip_and_merge_by_id(db, tmp_path):
    from wellbeing.domain.coaching import AgreedAction, Goal
    from wellbeing.store import goals

    action = AgreedAction("Say no to evening calls", date(2026, 2, 1), "habit", "team", 8)
    goals.save_goal(db, Goal(action, datetime(2026, 1, 9, 10), datetime(2026, 1, 20, 18)))
    exchange.write_json(db, tmp_path / "goals.json")
    with fresh_journal() as other:
        summary = exchange.import_export(other, exchange.read_export(tmp_path / "goals.json"))
        assert summary.goals == Counts(added=1)
        assert goals.list_goals(other) == goals.list_goals(db)
        again = exchange.import_export(other, exchange.read_export(tmp_path / "goals.json"))
        assert again.goals == Counts(unchanged=1)


def test_a_goal_with_a_bad_date_is_refused_in_one_sentence(db, tmp_path):
    document = exchange.export_json(db)
    document["goals"] = [
        {"id": "g1", "what": "Rest", "by_when": "soon", "added_at": "2026-01-09T10:00:00"}
    ]
    (tmp_path / "bad.json").write_text(json.dumps(document))
    with pytest.raises(InvalidValue, match=r"goals\[0\].by_when: must be a date"):
        exchange.read_export(tmp_path / "bad.json")
