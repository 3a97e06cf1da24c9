"""The storage API on an in-memory journal."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from wellbeing.domain.model import Client, ClientStatus, Encounter, EncounterKind, Strength
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import journal
from wellbeing.store.journal import ClientSummary, EncounterLine

TABLES = (
    "clients",
    "encounters",
    "encounter_tags",
    "strengths",
    "drafts",
    "check_ins",
    "client_events",
)


def short_id(value) -> str:
    """A readable test id: long texts shown by their length."""
    if isinstance(value, dict):
        return ",".join(f"{k}={short_id(v)}" for k, v in value.items())
    if isinstance(value, str) and len(value) > 30:
        return f"<{len(value)} chars>"
    return repr(value)


def snapshot(db) -> dict[str, list[dict]]:
    """Every row of every table, in a stable order."""
    return {
        name: sorted(db[name].rows, key=lambda row: sorted(row.items(), key=str)) for name in TABLES
    }


def counts(db) -> dict[str, int]:
    return {name: db[name].count for name in TABLES}


def full_encounter(client_id: str, **changes) -> Encounter:
    encounter = Encounter(
        id="e" * 32,
        client_id=client_id,
        occurred_at=datetime(2026, 3, 2, 8, 15, 30),
        impact=7,
        kind=EncounterKind.DIFFICULT,
        channel="phone",
        duration_minutes=25,
        what_happened="Called at 8 a.m. on a Saturday.\nAsked for a report that is not in scope.",
        behaviours=("out_of_scope", "out_of_hours", "impatient"),
        irritants=("no_call_back", "delay"),
        emotions=("stressed", "drained", "angry"),
        lingered="rest_of_day",
        assertiveness=2,
        company_confidence=3,
        outcome="pending",
        escalated=True,
        backed="partly",
        next_time="State my hours in writing — «pas avant 9 h».",
    )
    return replace(encounter, **changes)


def sorted_tags(encounter: Encounter) -> Encounter:
    return replace(
        encounter,
        behaviours=tuple(sorted(encounter.behaviours)),
        irritants=tuple(sorted(encounter.irritants)),
        emotions=tuple(sorted(encounter.emotions)),
    )


@pytest.fixture
def acme(db) -> Client:
    return journal.save_client(db, Client(id="a" * 32, name="Acme", revenue_share=40.0))


@pytest.fixture
def globex(db) -> Client:
    return journal.save_client(db, Client(id="b" * 32, name="Globex"))


def quick(client: Client, when: str, impact: int = 5, **changes) -> Encounter:
    return Encounter(
        client_id=client.id, occurred_at=datetime.fromisoformat(when), impact=impact, **changes
    )


# --- encounters: round trip, edit, delete --------------------------------------------


def test_round_trip_with_sorted_tags_is_exact(db, acme):
    original = sorted_tags(full_encounter(acme.id))
    assert journal.save_encounter(db, original) == original
    assert journal.get_encounter(db, original.id) == original


def test_round_trip_keeps_every_field_tags_compared_sorted(db, acme):
    original = full_encounter(acme.id)
    journal.save_encounter(db, original)
    loaded = journal.get_encounter(db, original.id)
    assert sorted_tags(loaded) == sorted_tags(original)
    assert isinstance(loaded.kind, EncounterKind)
    assert loaded.escalated is True


def test_round_trip_of_a_minimal_encounter(db, acme):
    original = Encounter(client_id=acme.id, occurred_at=datetime(2026, 1, 5, 17, 0), impact=0)
    journal.save_encounter(db, original)
    assert journal.get_encounter(db, original.id) == original


def test_stored_rows(db, acme):
    encounter = full_encounter(acme.id, behaviours=("rude",), irritants=(), emotions=("sad",))
    journal.save_encounter(db, encounter)
    assert list(db["encounters"].rows) == [
        {
            "id": "e" * 32,
            "client_id": "a" * 32,
            "occurred_at": "2026-03-02T08:15:30",
            "kind": "difficult",
            "impact": 7,
            "channel": "phone",
            "duration_minutes": 25,
            "what_happened": encounter.what_happened,
            "lingered": "rest_of_day",
            "assertiveness": 2,
            "company_confidence": 3,
            "outcome": "pending",
            "escalated": 1,
            "backed": "partly",
            "next_time": encounter.next_time,
        }
    ]
    assert sorted(db["encounter_tags"].rows, key=lambda r: r["facet"]) == [
        {"encounter_id": "e" * 32, "facet": "behaviour", "tag": "rude"},
        {"encounter_id": "e" * 32, "facet": "emotion", "tag": "sad"},
    ]


def test_duplicate_tags_are_stored_once(db, acme):
    encounter = full_encounter(acme.id, behaviours=("rude", "rude"), irritants=(), emotions=())
    journal.save_encounter(db, encounter)
    assert journal.get_encounter(db, encounter.id).behaviours == ("rude",)
    assert db["encounter_tags"].count == 1


def test_editing_replaces_fields_and_tags(db, acme, globex):
    original = full_encounter(acme.id)
    journal.save_encounter(db, original)
    edited = Encounter(
        id=original.id,
        client_id=globex.id,
        occurred_at=datetime(2026, 3, 3, 9, 0),
        impact=2,
        kind=EncounterKind.POSITIVE,
        behaviours=(),
        irritants=("delay",),
        emotions=("relieved",),
    )
    journal.save_encounter(db, edited)
    assert journal.get_encounter(db, original.id) == edited
    assert journal.count_encounters(db) == 1
    assert sorted((r["facet"], r["tag"]) for r in db["encounter_tags"].rows) == [
        ("emotion", "relieved"),
        ("irritant", "delay"),
    ]
    row = db["encounters"].get(original.id)
    assert row["channel"] is None
    assert row["what_happened"] == ""
    assert row["escalated"] == 0
    assert row["backed"] is None


def test_delete_returns_the_encounter_and_cascades_tags(db, acme):
    keep = quick(acme, "2026-03-01 10:00", behaviours=("rude",))
    gone = full_encounter(acme.id)
    journal.save_encounter(db, keep)
    journal.save_encounter(db, gone)

    deleted = journal.delete_encounter(db, gone.id)

    assert deleted is not None
    assert sorted_tags(deleted) == sorted_tags(gone)
    assert journal.get_encounter(db, gone.id) is None
    assert [e.id for e in journal.list_encounters(db)] == [keep.id]
    assert list(db["encounter_tags"].rows) == [
        {"encounter_id": keep.id, "facet": "behaviour", "tag": "rude"}
    ]


def test_deleted_encounter_can_be_saved_back_for_undo(db, acme):
    original = sorted_tags(full_encounter(acme.id))
    journal.save_encounter(db, original)
    deleted = journal.delete_encounter(db, original.id)
    journal.save_encounter(db, deleted)
    assert journal.get_encounter(db, original.id) == original


def test_delete_unknown_encounter_returns_none(db, acme):
    journal.save_encounter(db, quick(acme, "2026-03-01 10:00"))
    before = snapshot(db)
    assert journal.delete_encounter(db, "0" * 32) is None
    assert snapshot(db) == before


def test_get_unknown_encounter_is_none(db):
    assert journal.get_encounter(db, "nope") is None


# --- encounters: listing -------------------------------------------------------------


@pytest.fixture
def history(db, acme, globex) -> dict[str, Encounter]:
    encounters = {
        "a1": quick(acme, "2026-01-10 09:00", 3, behaviours=("rude",)),
        "g1": quick(globex, "2026-02-01 14:30", 8, behaviours=("threatening",)),
        "a2": quick(acme, "2026-02-15 08:00", 6, emotions=("tense",)),
        "g2": quick(globex, "2026-03-01 18:45", 1, kind=EncounterKind.POSITIVE),
    }
    # Saved out of date order on purpose.
    for key in ("a2", "g2", "a1", "g1"):
        journal.save_encounter(db, encounters[key])
    return encounters


def ids(encounters: list[Encounter]) -> list[str]:
    return [e.id for e in encounters]


def test_list_is_newest_first(db, history):
    h = history
    assert ids(journal.list_encounters(db)) == [h["g2"].id, h["a2"].id, h["g1"].id, h["a1"].id]


def test_list_returns_whole_encounters_with_tags(db, history):
    assert journal.list_encounters(db) == [
        history["g2"],
        history["a2"],
        history["g1"],
        history["a1"],
    ]


def test_list_filters_by_client(db, history, acme, globex):
    assert ids(journal.list_encounters(db, client_id=acme.id)) == [
        history["a2"].id,
        history["a1"].id,
    ]
    assert journal.list_encounters(db, client_id=globex.id) == [history["g2"], history["g1"]]


def test_list_since_includes_the_boundary(db, history):
    since = datetime(2026, 2, 1, 14, 30)
    assert ids(journal.list_encounters(db, since=since)) == [
        history["g2"].id,
        history["a2"].id,
        history["g1"].id,
    ]


def test_list_combines_client_since_and_limit(db, history, acme, globex):
    assert ids(journal.list_encounters(db, client_id=acme.id, since=datetime(2026, 2, 1))) == [
        history["a2"].id
    ]
    assert ids(journal.list_encounters(db, limit=2)) == [history["g2"].id, history["a2"].id]
    assert journal.list_encounters(db, client_id=globex.id, limit=1) == [history["g2"]]
    assert journal.list_encounters(db, limit=0) == []
    assert journal.list_encounters(db, since=datetime(2026, 6, 1)) == []


def test_same_time_encounters_have_a_stable_order(db, acme):
    first = quick(acme, "2026-02-02 10:00", id="2" * 32)
    second = quick(acme, "2026-02-02 10:00", id="1" * 32)
    journal.save_encounter(db, first)
    journal.save_encounter(db, second)
    assert ids(journal.list_encounters(db)) == ["1" * 32, "2" * 32]


def test_encounter_lines_are_display_rows_newest_first(db, history, acme, globex):
    history_ids = {key: e.id for key, e in history.items()}
    lines, cursor = journal.encounter_lines(db)
    assert cursor is None
    assert journal.all_encounter_lines(db) == lines
    assert lines == [
        EncounterLine(
            history_ids["g2"], "2026-03-01T18:45:00", globex.id, "Globex", "positive", 1, "", "", ""
        ),
        EncounterLine(
            history_ids["a2"],
            "2026-02-15T08:00:00",
            acme.id,
            "Acme",
            "difficult",
            6,
            "",
            "tense",
            "",
        ),
        EncounterLine(
            history_ids["g1"],
            "2026-02-01T14:30:00",
            globex.id,
            "Globex",
            "difficult",
            8,
            "threatening",
            "",
            "",
        ),
        EncounterLine(
            history_ids["a1"],
            "2026-01-10T09:00:00",
            acme.id,
            "Acme",
            "difficult",
            3,
            "rude",
            "",
            "",
        ),
    ]


def test_encounter_lines_join_tags_and_cut_long_text(db, acme):
    encounter = full_encounter(acme.id, what_happened="w" * 1000)
    journal.save_encounter(db, encounter)
    [line] = journal.all_encounter_lines(db)
    assert sorted(line.behaviours.split(",")) == sorted(encounter.behaviours)
    assert sorted(line.emotions.split(",")) == sorted(encounter.emotions)
    assert line.what_happened == "w" * 300
    assert line.client_name == "Acme"


def test_encounter_lines_come_in_pages(db, acme):
    saved = [
        journal.save_encounter(db, quick(acme, f"2026-02-{day:02d} 10:00", day % 11))
        for day in range(1, 8)
    ]
    newest_first = [e.id for e in reversed(saved)]

    page, cursor = journal.encounter_lines(db, limit=3)
    seen = [line.id for line in page]
    pages = 1
    while cursor is not None:
        page, cursor = journal.encounter_lines(db, cursor, limit=3)
        seen += [line.id for line in page]
        pages += 1
    assert seen == newest_first
    assert pages == 3
    assert [line.id for line in journal.all_encounter_lines(db)] == newest_first


def test_encounter_lines_on_an_empty_journal(db):
    assert journal.encounter_lines(db) == ([], None)
    assert journal.all_encounter_lines(db) == []


# --- encounters: nothing written on bad input ----------------------------------------


def test_save_encounter_with_unknown_client_writes_nothing(db, acme):
    journal.save_encounter(db, quick(acme, "2026-03-01 10:00", behaviours=("rude",)))
    before = snapshot(db)
    with pytest.raises(InvalidValue, match="client"):
        journal.save_encounter(db, full_encounter("f" * 32))
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "changes",
    [
        {"impact": 11},
        {"assertiveness": 0},
        {"emotions": ("stressed", "hangry")},
        {"escalated": False},
        {"next_time": "x" * 100_001},
    ],
    ids=short_id,
)
def test_invalid_encounter_writes_nothing(db, acme, changes):
    journal.save_encounter(db, quick(acme, "2026-03-01 10:00", behaviours=("rude",)))
    before_counts = counts(db)
    before = snapshot(db)
    with pytest.raises(InvalidValue):
        journal.save_encounter(db, full_encounter(acme.id, **changes))
    assert counts(db) == before_counts
    assert snapshot(db) == before


def test_invalid_edit_keeps_the_saved_version(db, acme):
    original = sorted_tags(full_encounter(acme.id))
    journal.save_encounter(db, original)
    with pytest.raises(InvalidValue):
        journal.save_encounter(db, replace(original, impact=-1, behaviours=("rude",)))
    assert journal.get_encounter(db, original.id) == original


def test_future_date_is_judged_against_now(db, acme):
    encounter = quick(acme, "2026-03-05 10:00")
    with pytest.raises(InvalidValue):
        journal.save_encounter(db, encounter, now=datetime(2026, 3, 1))
    assert journal.count_encounters(db) == 0
    journal.save_encounter(db, encounter, now=datetime(2026, 3, 5))
    assert journal.count_encounters(db) == 1


# --- clients -------------------------------------------------------------------------


def test_save_client_rows(db, acme, globex):
    assert sorted(db["clients"].rows, key=lambda r: r["name"]) == [
        {
            "id": "a" * 32,
            "name": "Acme",
            "name_key": "acme",
            "revenue_share": 40.0,
            "status": "active",
        },
        {
            "id": "b" * 32,
            "name": "Globex",
            "name_key": "globex",
            "revenue_share": None,
            "status": "active",
        },
    ]


def test_save_client_tidies_the_name_and_updates(db, acme):
    saved = journal.save_client(db, replace(acme, name="  Acme   Industries ", status="reframed"))
    assert saved.name == "Acme Industries"
    assert journal.get_client(db, acme.id) == Client(
        id=acme.id, name="Acme Industries", revenue_share=40.0, status=ClientStatus.REFRAMED
    )
    assert db["clients"].count == 1


def test_a_client_may_change_the_case_of_its_own_name(db, acme):
    journal.save_client(db, replace(acme, name="ACME"))
    assert journal.get_client(db, acme.id).name == "ACME"


def test_list_and_find_clients(db, acme, globex):
    assert journal.list_clients(db) == [acme, globex]
    assert journal.find_client(db, "  gLoBeX ") == globex
    assert journal.find_client(db, "Initech") is None
    assert journal.get_client(db, "nope") is None


def test_ensure_client_is_case_and_whitespace_insensitive(db, acme):
    assert journal.ensure_client(db, "acme") == acme
    assert journal.ensure_client(db, "  ACME\t") == acme
    assert db["clients"].count == 1


def test_ensure_client_creates_once(db):
    created = journal.ensure_client(db, "  Dupont   et  Fils ")
    assert created.name == "Dupont et Fils"
    assert journal.ensure_client(db, "dupont ET fils") == created
    assert list(db["clients"].rows) == [
        {
            "id": created.id,
            "name": "Dupont et Fils",
            "name_key": "dupont et fils",
            "revenue_share": None,
            "status": "active",
        }
    ]


def test_ensure_client_is_case_insensitive_beyond_ascii(db):
    """A French journal: 'éric dupont' and 'Éric Dupont' are one client."""
    created = journal.ensure_client(db, "Éric Dupont")
    assert journal.ensure_client(db, "éric dupont") == created
    assert journal.find_client(db, "ÉRIC DUPONT") == created
    assert db["clients"].count == 1


def test_save_client_rejects_a_duplicate_name_differing_in_accented_case(db):
    journal.save_client(db, Client(name="Élise Conseil"))
    before = snapshot(db)
    with pytest.raises(InvalidValue):
        journal.save_client(db, Client(name="élise conseil"))
    assert snapshot(db) == before


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_ensure_client_rejects_impossible_names(db, name):
    with pytest.raises(InvalidValue):
        journal.ensure_client(db, name)
    assert db["clients"].count == 0


@pytest.mark.parametrize("name", ["Acme", "ACME", " acme  "])
def test_save_client_rejects_a_duplicate_name(db, acme, globex, name):
    before = snapshot(db)
    with pytest.raises(InvalidValue, match="Acme"):
        journal.save_client(db, Client(name=name))
    with pytest.raises(InvalidValue):
        journal.save_client(db, replace(globex, name=name))
    assert snapshot(db) == before


def test_save_client_rejects_impossible_revenue_share(db, acme):
    before = snapshot(db)
    with pytest.raises(InvalidValue, match="Revenue share"):
        journal.save_client(db, replace(acme, revenue_share=120))
    assert snapshot(db) == before


def test_merge_moves_encounters_and_drops_source(db, history, acme, globex):
    before_tags = sorted(tuple(r.values()) for r in db["encounter_tags"].rows)
    moved = journal.merge_clients(db, globex.id, acme.id)
    assert sorted(moved) == sorted([history["g1"].id, history["g2"].id])
    assert journal.get_client(db, globex.id) is None
    assert journal.list_clients(db) == [acme]
    assert {e.client_id for e in journal.list_encounters(db)} == {acme.id}
    assert journal.count_encounters(db) == 4
    assert sorted(tuple(r.values()) for r in db["encounter_tags"].rows) == before_tags


def test_unmerge_restores_exactly(db, history, acme, globex):
    before = snapshot(db)
    moved = journal.merge_clients(db, globex.id, acme.id)
    journal.unmerge_clients(db, globex, moved)
    assert snapshot(db) == before
    assert journal.list_encounters(db, client_id=globex.id) == [history["g2"], history["g1"]]


def test_merge_carries_the_sources_history_and_unmerge_brings_it_back(db, history, acme, globex):
    from datetime import datetime

    from wellbeing.domain.model import ClientEvent, ClientEventKind

    reframed = journal.save_client_event(
        db, ClientEvent(globex.id, datetime(2026, 3, 2, 10, 0), ClientEventKind.REFRAMED)
    )
    before = snapshot(db)
    moved = journal.merge_clients(db, globex.id, acme.id)
    assert [e.id for e in journal.list_client_events(db, acme.id)] == [reframed.id]
    journal.unmerge_clients(db, globex, moved)
    assert journal.list_client_events(db, globex.id) == [reframed]
    assert snapshot(db) == before


def test_merge_refuses_impossible_merges(db, history, acme):
    before = snapshot(db)
    with pytest.raises(InvalidValue):
        journal.merge_clients(db, acme.id, acme.id)
    with pytest.raises(InvalidValue):
        journal.merge_clients(db, "nobody", acme.id)
    with pytest.raises(InvalidValue):
        journal.merge_clients(db, acme.id, "nobody")
    assert snapshot(db) == before


def test_client_summaries_count_and_average(db, acme, globex):
    initech = journal.save_client(db, Client(id="c" * 32, name="initech"))
    for when, impact, kind in [
        ("2026-01-10 09:00", 3, EncounterKind.DIFFICULT),
        ("2026-02-15 08:00", 6, EncounterKind.DIFFICULT),
        ("2026-02-20 08:00", 0, EncounterKind.POSITIVE),
    ]:
        journal.save_encounter(db, quick(acme, when, impact, kind=kind))
    journal.save_encounter(db, quick(globex, "2026-03-01 18:45", 1, kind=EncounterKind.POSITIVE))

    assert journal.client_summaries(db) == [
        ClientSummary(acme, 3, 2, 1, 4.5, datetime(2026, 2, 20, 8, 0)),
        ClientSummary(globex, 1, 0, 1, None, datetime(2026, 3, 1, 18, 45)),
        ClientSummary(initech, 0, 0, 0, None, None),
    ]


def test_delete_client_without_encounters(db, acme, globex):
    journal.delete_client(db, globex.id)
    assert journal.list_clients(db) == [acme]


# --- strengths -----------------------------------------------------------------------


def test_strengths_crud_and_order(db):
    assert journal.list_strengths(db) == []
    late = journal.save_strength(db, Strength(id="s3", text="  Fair prices. ", position=2))
    first = journal.save_strength(
        db, Strength(id="s1", text="We call back within the hour.", position=0)
    )
    tie = journal.save_strength(db, Strength(id="s2", text="Clear contracts.", position=0))
    assert late.text == "Fair prices."
    assert journal.list_strengths(db) == [first, tie, late]

    journal.save_strength(db, replace(late, text="Honest prices.", position=-1))
    assert journal.list_strengths(db) == [
        Strength(id="s3", text="Honest prices.", position=-1),
        first,
        tie,
    ]
    assert db["strengths"].count == 3

    journal.delete_strength(db, "s1")
    assert [s.id for s in journal.list_strengths(db)] == ["s3", "s2"]
    assert sorted(db["strengths"].rows, key=lambda r: r["id"]) == [
        {"id": "s2", "text": "Clear contracts.", "position": 0},
        {"id": "s3", "text": "Honest prices.", "position": -1},
    ]


def test_blank_strength_writes_nothing(db):
    journal.save_strength(db, Strength(id="s1", text="Reliable."))
    before = snapshot(db)
    with pytest.raises(InvalidValue):
        journal.save_strength(db, Strength(id="s1", text="   "))
    with pytest.raises(InvalidValue):
        journal.save_strength(db, Strength(text=""))
    assert snapshot(db) == before


# --- drafts --------------------------------------------------------------------------


def test_drafts_save_load_clear(db):
    assert journal.load_draft(db) is None
    payload = {"client": "Acme", "impact": 6, "text": "Il m'a appelé à 8 h…", "tags": ["rude"]}
    journal.save_draft(db, payload, now=datetime(2026, 3, 2, 8, 20, 5))
    assert journal.load_draft(db) == (payload, datetime(2026, 3, 2, 8, 20, 5))

    newer = {"client": "Acme", "impact": 7}
    journal.save_draft(db, newer, now=datetime(2026, 3, 2, 8, 21, 0))
    assert journal.load_draft(db) == (newer, datetime(2026, 3, 2, 8, 21, 0))
    assert db["drafts"].count == 1

    journal.clear_draft(db)
    assert journal.load_draft(db) is None
    assert db["drafts"].count == 0
    journal.clear_draft(db)  # clearing nothing is fine


# --- the clients a quick capture offers ------------------------------------------------


def test_recent_clients_come_by_last_encounter_then_never_met_by_name(db, acme, globex):
    initech = journal.save_client(db, Client(name="initech"))
    hooli = journal.save_client(db, Client(name="Hooli"))
    umbrella = journal.save_client(db, Client(name="Umbrella"))
    journal.save_encounter(db, quick(acme, "2026-03-01T09:00"))
    journal.save_encounter(db, quick(acme, "2026-03-04T09:00"))  # Acme's last: the 4th
    journal.save_encounter(db, quick(globex, "2026-03-03T09:00"))
    journal.save_encounter(db, quick(umbrella, "2026-03-05T09:00"))
    journal.set_client_status(db, umbrella.id, ClientStatus.DETHRONED, datetime(2026, 3, 6))

    assert journal.recent_client_names(db) == ["Acme", "Globex", "Hooli", "initech"]
    assert journal.recent_client_names(db, limit=3) == ["Acme", "Globex", "Hooli"]
    journal.save_encounter(db, quick(hooli, "2026-02-01T09:00"))
    assert journal.recent_client_names(db) == ["Acme", "Globex", "Hooli", "initech"]
    journal.save_encounter(db, quick(initech, "2026-03-09T09:00"))
    assert journal.recent_client_names(db) == ["initech", "Acme", "Globex", "Hooli"]
