"""Hostile import files: every one is refused in one short sentence naming the field, or
accepted into a journal that then still works. Never a traceback, never a broken journal.

The reproductions come from fuzzing (tests/benchmarks/fuzz_readers.py prints the counts);
the hypothesis tests at the end run the same mutations on every test run.
"""

from __future__ import annotations

import copy
import json
import os
import random
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.benchmarks.fuzz_readers import after_import, base_document, mutated_export
from wellbeing.analysis.advice import Thresholds
from wellbeing.domain.boundaries import Boundaries, ChannelRule, to_json
from wellbeing.domain.model import Client, Encounter
from wellbeing.domain.validation import (
    InvalidValue,
    check_client_name,
    validate_client,
    validate_encounter,
)
from wellbeing.services import insights
from wellbeing.store import exchange, journal, open_journal
from wellbeing.store import settings as prefs

SHORT = 300
"""The longest message a user should ever read for one bad value."""

BASE = base_document()


def document(**changes: Any) -> dict[str, Any]:
    """The valid base export with top-level changes; settings changes merge."""
    result = copy.deepcopy(BASE)
    for key, value in changes.items():
        if key == "settings":
            result["settings"].update(value)
        else:
            result[key] = value
    return result


def text_of(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=True, indent=1)  # escapes keep half characters


def with_raw(doc: dict[str, Any], path: tuple[Any, ...], raw: str) -> bytes:
    """doc with the value at path replaced by raw JSON text (numbers json.dumps refuses)."""
    doc = copy.deepcopy(doc)
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = "@@RAW@@"
    return text_of(doc).replace('"@@RAW@@"', raw).encode("utf-8")


def refusal(tmp_path: Path, data: bytes | str) -> str:
    """read_export's message for this file, checked for what every message must be."""
    path = tmp_path / "import.json"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    with pytest.raises(InvalidValue) as caught:
        exchange.read_export(path)
    message = str(caught.value)
    assert len(message) < SHORT, message[:SHORT]
    assert message.isprintable(), repr(message[:SHORT])  # one line, nothing a terminal eats
    assert message.endswith("."), message
    return message


def accepted(tmp_path: Path, data: bytes | str) -> exchange.Export:
    path = tmp_path / "import.json"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return exchange.read_export(path)


# --- numbers ---------------------------------------------------------------------------


def test_a_number_of_thousands_of_digits_is_refused_with_where_it_is(tmp_path):
    data = with_raw(BASE, ("encounters", 0, "impact"), "9" * 5000)
    message = refusal(tmp_path, data)
    assert message.startswith("line ")
    assert "has 5,000 digits; no field takes a number that long." in message


def test_a_long_but_readable_number_is_named_by_its_field(tmp_path):
    data = with_raw(BASE, ("encounters", 0, "duration_minutes"), "1" + "0" * 300)
    message = refusal(tmp_path, data)
    assert message.startswith("encounters[0].duration_minutes: must be a whole number from 0")
    assert "(301 digits)" in message


@pytest.mark.parametrize(
    "path",
    [
        ("clients", 0, "revenue_share"),
        ("encounters", 3, "impact"),
        ("settings", "advice_thresholds", "watch_mean_impact"),
        ("settings", "boundaries", "response_hours"),
        ("settings", "reframe_follow_up_weeks"),
    ],
    ids=lambda path: ".".join(map(str, path)),
)
@pytest.mark.parametrize("raw", ["1e999", "-1e999"])
def test_a_number_too_large_to_be_finite_is_refused_wherever_it_is(tmp_path, path, raw):
    message = refusal(tmp_path, with_raw(BASE, path, raw))
    assert message.startswith("line ")
    assert f"the number {raw} is too large (numbers must be finite)." in message


def test_minus_zero_reads_as_zero(tmp_path):
    doc = with_raw(BASE, ("encounters", 0, "impact"), "-0")
    doc = doc.replace(b'"revenue_share": null', b'"revenue_share": -0.0', 1)
    export = accepted(tmp_path, doc)
    assert export.encounters[0].impact == 0
    assert str(export.clients[0].revenue_share) == "0.0"  # not -0.0, which prints as "-0.0"


def test_a_huge_version_is_a_damaged_file_not_a_newer_app(tmp_path):
    message = refusal(tmp_path, with_raw(BASE, ("version",), "3" + "0" * 300))
    assert message.startswith("version: must be a whole number from 1 to 3, not 300000000000…")


# --- shape of the file -----------------------------------------------------------------


@pytest.mark.parametrize("depth", [40, 100_000])
@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_deep_nesting_is_refused_before_it_is_parsed(tmp_path, depth, opening):
    closing = "]" if opening == "[" else "}"
    nested = opening * depth + "1" + closing * depth
    message = refusal(tmp_path, with_raw(BASE, ("settings", "boundaries"), nested))
    assert message == (
        f"the JSON nests {depth + 2:,} levels deep; an export never nests more than 32."
    )


def test_brackets_inside_text_are_not_nesting(tmp_path):
    doc = copy.deepcopy(BASE)
    doc["encounters"][0]["what_happened"] = '[[[[ "quoted \\" ' + "[" * 1000
    assert accepted(tmp_path, text_of(doc)).encounters[0].what_happened.endswith("[" * 1000)


@pytest.mark.parametrize("top", ["[1, 2]", "42", '"format"', '"wellbeing-journal"', "null"])
def test_a_file_that_is_not_an_object_is_not_an_export(tmp_path, top):
    assert refusal(tmp_path, top) == "not a Wellbeing journal export (no 'format' field)."


def test_byte_order_marks_are_read_past_and_other_encodings_refused(tmp_path):
    text = text_of(BASE).encode("utf-8")
    for marks in (b"\xef\xbb\xbf", b"\xef\xbb\xbf" * 2):
        assert accepted(tmp_path, marks + text).encounters == accepted(tmp_path, text).encounters
    message = refusal(tmp_path, text_of(BASE).encode("utf-16"))
    assert message == "byte 1: not UTF-8 text, so not a Wellbeing journal export."


# --- text ------------------------------------------------------------------------------


def test_half_a_character_in_a_client_name_is_refused(tmp_path):
    doc = document()
    doc["clients"][0]["name"] = "Caf\udce9"
    message = refusal(tmp_path, text_of(doc))
    assert message == ("clients[0].name: contains \\udce9, half of a character, which is not text.")


@pytest.mark.parametrize(
    ("field", "value", "start"),
    [
        ("channel", "\u0000\u001b[31mred", "encounters[0].channel: unknown channel "),
        ("outcome", "\u202eevil", "encounters[0].outcome: unknown outcome "),
        ("behaviours", ["\u0007bell"], "encounters[0].behaviours: unknown behaviour "),
    ],
)
def test_control_characters_are_shown_escaped(tmp_path, field, value, start):
    doc = document()
    doc["encounters"][0][field] = value
    message = refusal(tmp_path, text_of(doc))
    assert message.startswith(start)
    assert "\u001b" not in message and "\u202e" not in message and "\u0007" not in message


LONG = "x" * 300_000


def _encounter_field(name: str, value: Any) -> dict[str, Any]:
    doc = document()
    doc["encounters"][0][name] = value
    return doc


@pytest.mark.parametrize(
    ("doc", "start"),
    [
        (_encounter_field("channel", LONG), "encounters[0].channel: unknown channel 'xxx"),
        (_encounter_field("emotions", [LONG]), "encounters[0].emotions: unknown emotion 'xxx"),
        (_encounter_field("impact", LONG), "encounters[0].impact: must be a whole number"),
        (_encounter_field("kind", LONG), "encounters[0].kind: must be difficult or positive, not"),
        (_encounter_field("escalated", [LONG]), "encounters[0].escalated: must be true or false"),
        (_encounter_field("client_id", LONG), "encounters[0].client_id: no client in this file"),
        (_encounter_field(LONG, 1), 'encounters[0]."xxxxxxxx'),
        (_encounter_field("occurred_at", LONG), "encounters[0].occurred_at: must be a time like"),
        (document(clients=[{"id": LONG, "name": "A"}]), 'clients[0].id: "xxxxxxxxx'),
        (document(exported_at=LONG), 'exported_at: must be a time, not "xxxxxxxx'),
        (document(format=LONG), "not a Wellbeing journal export (its format is"),
        (document(settings={LONG: 1}), 'settings: "xxxxxxxxx'),
        (
            document(settings={"boundaries": {"in_scope": LONG}}),
            "settings.boundaries.in_scope: is 300,000 characters long; the limit is 100,000.",
        ),
        (
            document(settings={"boundaries": {"channels": [{"channel": LONG}]}}),
            "settings.boundaries.channels[0].channel: unknown channel",
        ),
        (
            document(settings={"advice_thresholds": {"window_weeks": LONG}}),
            "settings.advice_thresholds.window_weeks: must be a whole number from 4 to 104",
        ),
    ],
    ids=lambda value: value[:50] if isinstance(value, str) else None,
)
def test_a_huge_value_is_never_echoed(tmp_path, doc, start):
    assert refusal(tmp_path, text_of(doc)).startswith(start)


# --- settings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"boundaries": {"channels": "phone"}},
            "settings.boundaries.channels: must be a list, not text.",
        ),
        ({"boundaries": "none"}, "settings.boundaries: must be an object, not text."),
        (
            {"boundaries": {"working_hours": [["09:00", "18:00"]] * 3}},
            "settings.boundaries.working_hours: needs seven days, Monday first, not 3.",
        ),
        (
            {"boundaries": {"working_hours": [["18:00", "09:00"]] * 7}},
            "settings.boundaries.working_hours[0]: must end after it starts, not 18:00 to 09:00.",
        ),
        (
            {"boundaries": {"channels": [{"channel": "phone", "hours": ["25:00", "26:00"]}]}},
            'settings.boundaries.channels[0].hours: "25:00" to "26:00" are not times of day.',
        ),
        (
            {"boundaries": {"channels": [{"channel": "phone", "accepted": "no"}]}},
            "settings.boundaries.channels[0].accepted: must be true or false, not text.",
        ),
        (
            {"boundaries": {"channels": [{"channel": "pigeon"}]}},
            'settings.boundaries.channels[0].channel: unknown channel "pigeon"; choose one of: '
            "phone, email, in_person, video, chat, social, letter.",
        ),
        (
            {"boundaries": {"response_hours": "24"}},
            "settings.boundaries.response_hours: must be a whole number from 1 to 720 or null, "
            'not "24".',
        ),
        (
            {"boundaries": {"limits": [1]}},
            "settings.boundaries.limits[0]: must be text, not a number.",
        ),
        (
            {"boundaries": {"colour": "red"}},
            "settings.boundaries.colour: unknown field; known: working_hours, channels, "
            "response_hours, in_scope, respect, limits.",
        ),
        (
            {"reframe_follow_up_weeks": 1000},
            "settings.reframe_follow_up_weeks: must be a whole number from 2 to 26, not 1000.",
        ),
        (
            {"reframe_follow_up_weeks": 6.0},
            "settings.reframe_follow_up_weeks: must be a whole number from 2 to 26, not 6.0.",
        ),
        (
            {"idle_lock_minutes": True},
            "settings.idle_lock_minutes: must be a whole number from 1 to 240, not true.",
        ),
        (
            {"advice_thresholds": [12]},
            "settings.advice_thresholds: must be an object of threshold names and numbers.",
        ),
        (
            {"advice_thresholds": {"watch_mean_impact": 9, "reframe_mean_impact": 2}},
            "settings.advice_thresholds.reframe_mean_impact: cannot be below watch_mean_impact "
            "(2 is below 9).",
        ),
        (
            {"advice_thresholds": {"window_weeks": 2.5}},
            "settings.advice_thresholds.window_weeks: must be a whole number from 4 to 104, "
            "not 2.5.",
        ),
        (
            {"advice_thresholds": {"Later Name": "x"}},
            'settings.advice_thresholds."Later Name": unknown threshold; known: window_weeks,',
        ),
        (
            {"theme": "dark"},
            "settings.theme: unknown setting; the settings are advice_thresholds, boundaries, "
            "idle_lock_minutes, reframe_follow_up_weeks, reminders, reminder_marks.",
        ),
        (
            {"reminders": {"kinds": {"end_of_day": "yes"}}},
            'settings.reminders.kinds.end_of_day: must be true or false, not "yes".',
        ),
        (
            {"reminder_marks": {"goal:g1": "someday"}},
            'settings.reminder_marks."goal:g1": must be "dismissed" or a date and time, '
            'not "someday".',
        ),
    ],
    ids=lambda value: json.dumps(value)[:60] if isinstance(value, dict) else None,
)
def test_a_malformed_setting_is_refused_like_an_encounter(db, tmp_path, changes, message):
    before = db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    assert refusal(tmp_path, text_of(document(settings=changes))).startswith(message)
    assert db.execute("SELECT key, value FROM settings ORDER BY key").fetchall() == before


def test_every_setting_the_app_writes_imports_and_is_read_back(db, tmp_path):
    export = accepted(tmp_path, text_of(BASE))
    exchange.import_export(db, export)
    assert prefs.get(db, prefs.IDLE_LOCK_MINUTES) == 15
    assert prefs.get(db, prefs.REFRAME_FOLLOW_UP_WEEKS) == 8
    assert prefs.boundaries(db).rule_for("social") == ChannelRule("social", accepted=False)
    assert insights.thresholds_of(db).watch_mean_impact == 6.0
    assert set(BASE["settings"]) == set(prefs.SETTINGS)  # the base file holds every setting


def test_a_later_versions_threshold_with_a_number_is_kept(db, tmp_path):
    changes = {"advice_thresholds": {"watch_mean_impact": 6.0, "from_a_later_version": 3}}
    exchange.import_export(db, accepted(tmp_path, text_of(document(settings=changes))))
    assert prefs.get(db, prefs.ADVICE_THRESHOLDS)["from_a_later_version"] == 3
    assert insights.thresholds_of(db).watch_mean_impact == 6.0


BAD_STORED = {
    "boundaries": '{"channels": "phone"}',
    "reframe_follow_up_weeks": "1000000000000000000000000000000",
    "idle_lock_minutes": "true",
    "advice_thresholds": '{"window_weeks": Infinity}',
    "theme": '"dark"',
    "reminders": '{"kinds": {"goal": 1}}',
    "reminder_marks": '{"goal:g1": "tomorrow"}',
}


@pytest.mark.parametrize("text", ["{", "[[[[", '"x"', "NaN", "1e999", "null"])
def test_a_stored_value_that_is_not_valid_reads_as_the_default(db, text):
    for key in prefs.SETTINGS:
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, text])
    assert prefs.boundaries(db) == Boundaries()
    for setting in prefs.SETTINGS.values():
        assert prefs.get(db, setting) == setting.default


def test_a_journal_holding_bad_settings_still_works_and_exports_what_imports(db, tmp_path):
    """Journals that imported a bad setting before imports checked them."""
    exchange.import_export(db, accepted(tmp_path, text_of(BASE)))
    for key, text in BAD_STORED.items():
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, text])

    assert prefs.boundaries(db) == Boundaries()
    assert prefs.get(db, prefs.REFRAME_FOLLOW_UP_WEEKS) == 6
    assert prefs.get(db, prefs.IDLE_LOCK_MINUTES) == 10
    assert insights.thresholds_of(db) == Thresholds()
    after_import(db)  # log's violation check, the list, insights, export

    path = tmp_path / "again.json"
    written = exchange.write_json(db, path)
    assert written["settings"] == {}  # nothing the app ignores leaves in an export
    with open_journal(":memory:") as other:
        exchange.import_export(other, exchange.read_export(path))
        after_import(other)


def test_an_export_takes_the_boundaries_as_this_version_reads_them(db):
    stored = to_json(Boundaries(respect="Calmly"))
    stored["channels"] = [{"channel": "carrier_pigeon", "accepted": False, "hours": None}]
    stored["from_a_later_version"] = True
    db.execute("INSERT INTO settings (key, value) VALUES ('boundaries', ?)", [json.dumps(stored)])
    assert prefs.boundaries(db).respect == "Calmly"
    exported = exchange.export_json(db)["settings"]["boundaries"]
    assert exported == to_json(Boundaries(respect="Calmly"))


def test_put_refuses_what_an_import_would_and_writes_nothing(db):
    for setting, value in (
        (prefs.BOUNDARIES, {"channels": "phone"}),
        (prefs.REFRAME_FOLLOW_UP_WEEKS, 27),
        (prefs.ADVICE_THRESHOLDS, {"window_weeks": float("inf")}),
    ):
        with pytest.raises(InvalidValue, match=rf"^{setting.key}"):
            prefs.put(db, setting, value)
    assert db["settings"].count == 0


def test_the_threshold_schema_of_the_store_is_the_advice_one():
    """settings.THRESHOLDS repeats analysis.advice.Thresholds (the store may not import it)."""
    declared = {
        spec.name: (
            spec.type in (int, "int"),
            spec.default,
            spec.metadata["low"],
            spec.metadata["high"],
        )
        for spec in fields(Thresholds)
    }
    assert declared == prefs.THRESHOLDS


threshold_values = st.fixed_dictionaries(
    {},
    optional={
        name: st.one_of(
            st.integers(int(low) - 2, int(high) + 2),
            st.floats(low - 1, high + 1, allow_nan=False),
        )
        for name, (_, _, low, high) in prefs.THRESHOLDS.items()
    },
)


@settings(max_examples=150, deadline=None)
@given(threshold_values)
def test_the_store_accepts_exactly_the_thresholds_the_advice_accepts(overrides):
    try:
        Thresholds.from_overrides(overrides)
    except ValueError:
        with pytest.raises(InvalidValue):
            prefs.check(prefs.ADVICE_THRESHOLDS, overrides, strict=True)
    else:
        assert prefs.check(prefs.ADVICE_THRESHOLDS, overrides, strict=True) == overrides


# --- the domain's own checks -----------------------------------------------------------


def test_a_client_name_typed_in_a_terminal_that_is_not_utf8_is_refused():
    name = os.fsdecode(b"Caf\xe9")  # how argv delivers Latin-1 bytes: lone surrogates
    with pytest.raises(InvalidValue) as caught:
        check_client_name(name)
    assert caught.value.code == "client_name_broken"
    assert str(caught.value) == (
        "A client name cannot hold a broken character (text that is not UTF-8); type it again."
    )
    with pytest.raises(InvalidValue, match="broken character"):
        validate_client(Client(name=name))


@pytest.mark.parametrize("field", ["what_happened", "next_time"])
def test_encounter_text_that_is_not_utf8_is_refused(field):
    encounter = Encounter(client_id="c1", occurred_at=datetime(2025, 1, 1, 9), impact=3)
    with pytest.raises(InvalidValue, match=r"holds a broken character \(half of a pair\)\.$"):
        validate_encounter(replace(encounter, **{field: os.fsdecode(b"\xff\xfe")}))


@pytest.mark.parametrize(
    "changes",
    [
        {"channel": LONG},
        {"behaviours": (LONG,)},
        {"emotions": ("nope",)},
        {"impact": 10**5000},
        {"duration_minutes": -(10**300)},
        {"kind": LONG},
    ],
    ids=["channel", "behaviour", "emotion", "impact", "duration", "kind"],
)
def test_a_domain_message_never_echoes_a_huge_value(changes):
    encounter = Encounter(client_id="c1", occurred_at=datetime(2025, 1, 1, 9), impact=3)
    with pytest.raises(InvalidValue) as caught:
        validate_encounter(replace(encounter, **changes))
    assert len(str(caught.value)) < SHORT


# --- fuzzing ---------------------------------------------------------------------------


def assert_read_or_refused(tmp_path: Path, data: bytes) -> None:
    """read_export refuses in one short sentence, or what it accepts imports into a fresh
    journal that then works for everything the app does next."""
    path = tmp_path / "fuzzed.json"
    path.write_bytes(data)
    try:
        export = exchange.read_export(path)
    except InvalidValue as error:
        message = str(error)
        assert len(message) < SHORT, message[:SHORT]
        assert message.isprintable(), repr(message[:SHORT])
        return
    with open_journal(":memory:") as db:
        try:
            exchange.import_export(db, export)
        except InvalidValue as error:  # a clash with the journal: still one sentence
            assert len(str(error)) < SHORT
            return
        assert prefs.boundaries(db) is not None
        journal.list_encounters(db)
        insights.insights(insights.load(db), date.today())
        after_import(db)
        again = tmp_path / "again.json"
        exchange.write_json(db, again)
        exchange.read_export(again)  # the journal's own export always imports


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_mutated_exports_are_refused_cleanly_or_leave_a_working_journal(tmp_path, rng):
    _, data = mutated_export(random.Random(rng.random()), BASE)
    assert_read_or_refused(tmp_path, data)


json_fragments = st.sampled_from(
    [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        "\\",
        '"format"',
        '"wellbeing-journal"',
        '"version"',
        "2",
        "-0",
        "1e999",
        "9" * 500,
        "null",
        "true",
        "NaN",
        '"\\ud800"',
        '"\\u0000"',
        '"settings"',
        '"boundaries"',
        '"clients"',
        " ",
        "\n",
    ]
)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200),
        st.lists(json_fragments, max_size=60).map(lambda parts: "".join(parts).encode()),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner),
            max_leaves=20,
        ).map(lambda value: json.dumps(value).encode()),
    )
)
def test_random_json_like_bytes_are_refused_cleanly(tmp_path, data):
    assert_read_or_refused(tmp_path, data)


SETTING_WORDS = (
    "working_hours",
    "channels",
    "channel",
    "accepted",
    "hours",
    "response_hours",
    "in_scope",
    "respect",
    "limits",
    "window_weeks",
    "min_weeks",
    "x",
)
"""Field names inside the settings' values, so that random values get past the first check."""


@FUZZ
@given(
    st.sampled_from([*sorted(prefs.SETTINGS), "theme"]),
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers(-(10**40), 10**40)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.sampled_from(["09:00", "18:00", "phone", "pigeon", "", "\u0000"]),
        lambda inner: (
            st.lists(inner, max_size=8)
            | st.dictionaries(
                st.sampled_from(SETTING_WORDS),
                inner,
            )
        ),
        max_leaves=20,
    ),
)
def test_any_setting_value_is_refused_cleanly_or_leaves_a_working_journal(tmp_path, key, value):
    assert_read_or_refused(tmp_path, text_of(document(settings={key: value})).encode())
