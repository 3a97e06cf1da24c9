"""Reading an export: the journal-export schema of format.py, over the strict toolkit.

Nothing is written here: read_export returns the file as domain objects, each checked by the
domain validators as a new entry would be, or raises InvalidValue naming the first problem
and its field path (``encounters[12].impact``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wellbeing.domain.checkin import (
    STRAIN_ANSWERS,
    STRAIN_QUESTIONS,
    WELLBEING_ANSWERS,
    WELLBEING_QUESTIONS,
)
from wellbeing.domain.coaching import LIKELIHOOD, AgreedAction, Goal
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
from wellbeing.domain.validation import (
    InvalidValue,
    check_client_name,
    validate_check_in,
    validate_client,
    validate_client_event,
    validate_encounter,
    validate_strength,
)
from wellbeing.domain.vocabulary import Term
from wellbeing.store import journal, settings
from wellbeing.store.exchange import format as export_format
from wellbeing.store.exchange.format import (
    BAD_EXPORT,
    CHECK_IN_FIELDS,
    CLIENT_EVENT_FIELDS,
    CLIENT_FIELDS,
    CSV_COLUMNS,
    ENCOUNTER_FIELDS,
    FORMAT,
    GOAL_FIELDS,
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_EXPORTED_AT,
    NEW_IN,
    POSITION_LIMIT,
    STRENGTH_FIELDS,
    TAG_FIELDS,
    TOP_FIELDS,
    VERSION,
)
from wellbeing.store.sealed import is_sealed, unseal
from wellbeing.store.strict import (
    Fields,
    FileSpec,
    decode_text,
    kind_of,
    parse_json,
    read_bytes,
    shown,
    unpaired_surrogate,
)
from wellbeing.store.strict import path as field_path

FIELDS = Fields(BAD_EXPORT)


@dataclass(frozen=True)
class Export:
    """A whole export file, validated, as domain objects."""

    version: int
    exported_at: str | None
    clients: tuple[Client, ...] = ()
    encounters: tuple[Encounter, ...] = ()
    strengths: tuple[Strength, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    client_events: tuple[ClientEvent, ...] = ()
    """Their client_id may name a journal client that is not in the file: import_export
    checks it against the journal."""
    check_ins: tuple[CheckIn, ...] = ()
    goals: tuple[Goal, ...] = ()


def export_file() -> FileSpec:
    """The bounds an export is read within (the size cap read when called, so that a test
    may lower it)."""
    return FileSpec(
        noun="an export",
        title="a Wellbeing journal export",
        code=BAD_EXPORT,
        too_large_code="export_too_large",
        max_bytes=export_format.MAX_IMPORT_BYTES,
        max_depth=MAX_DEPTH,
        max_digits=MAX_DIGITS,
    )


def _parse(file: Path, passphrase: str | None = None) -> Any:
    bounds = export_file()
    data = read_bytes(file, bounds)
    if is_sealed(data):
        try:
            data = unseal(data, passphrase)  # decrypted in memory only
        except (ArithmeticError, RecursionError, MemoryError):  # a damaged header's cost
            raise InvalidValue("the encrypted export is damaged.", "sealed") from None
    text = decode_text(data, bounds)
    if text.startswith(",".join(CSV_COLUMNS[:3])):
        raise InvalidValue(
            "this is a CSV export, for spreadsheets; only a JSON export can be imported.",
            BAD_EXPORT,
        )
    return parse_json(text, bounds)


def _newer_than(version: int, part: str) -> dict[str, str]:
    """The fields of `part` ("" for the top) that a file of `version` cannot hold, each with
    the sentence refusing it."""
    refused: dict[str, str] = {}
    for added_in, parts in NEW_IN.items():
        if version < added_in:
            why = f"unknown field in a version {version} export (it came with version {added_in})."
            refused.update(dict.fromkeys(parts.get(part, ()), why))
    return refused


def _read_client(where: str, raw: Any, ids: dict[str, str], names: dict[str, str]) -> Client:
    raw = FIELDS.read_object(where, raw, CLIENT_FIELDS, ("id", "name"))
    client_id = FIELDS.read_id(f"{where}.id", raw["id"], ids)
    name = FIELDS.read_text(f"{where}.name", raw["name"])
    try:
        name = check_client_name(name)
    except InvalidValue as error:
        if error.code == "client_name_empty":
            raise FIELDS.problem(f"{where}.name", "must not be empty.") from None
        raise FIELDS.invalid(where, error, whole_sentence=True) from None
    key = journal.name_key(name)
    if key in names:
        raise FIELDS.problem(f"{where}.name", f"{shown(name)} is already the name of {names[key]}.")
    share = FIELDS.read_number(
        f"{where}.revenue_share", raw.get("revenue_share"), 0, 100, optional=True
    )
    status = FIELDS.read_choice(
        f"{where}.status", raw.get("status", str(ClientStatus.ACTIVE)), tuple(ClientStatus)
    )
    client = Client(id=client_id, name=name, revenue_share=share, status=ClientStatus(status))
    try:
        validate_client(client)
    except InvalidValue as error:
        raise FIELDS.invalid(where, error, whole_sentence=True) from None
    ids[client_id] = where
    names[key] = where
    return client


def _read_encounter(
    where: str,
    raw: Any,
    ids: dict[str, str],
    clients: dict[str, str],
    now: datetime,
    version: int = VERSION,
) -> Encounter:
    raw = FIELDS.read_object(
        where,
        raw,
        ENCOUNTER_FIELDS,
        ("id", "client_id", "occurred_at", "impact"),
        _newer_than(version, "encounter"),
    )
    encounter_id = FIELDS.read_id(f"{where}.id", raw["id"], ids)
    client_id = FIELDS.read_text(f"{where}.client_id", raw["client_id"])
    if client_id not in clients:
        raise FIELDS.problem(
            f"{where}.client_id", f"no client in this file has the id {shown(client_id)}."
        )
    occurred_at = FIELDS.read_time(f"{where}.occurred_at", raw["occurred_at"])
    kind = FIELDS.read_choice(
        f"{where}.kind", raw.get("kind", str(EncounterKind.DIFFICULT)), tuple(EncounterKind)
    )
    values: dict[str, Any] = {}
    for name in ("channel", "lingered", "outcome", "backed"):
        values[name] = FIELDS.read_optional_text(f"{where}.{name}", raw.get(name))
    for name in ("what_happened", "next_time"):
        values[name] = FIELDS.read_text(f"{where}.{name}", raw.get(name, ""))
    for name in ("duration_minutes", "assertiveness", "company_confidence"):
        # The type only: the domain validator checks the range, in its own words.
        values[name] = FIELDS.read_whole(f"{where}.{name}", raw.get(name), optional=True)
    for name in TAG_FIELDS:
        tags = FIELDS.read_list(f"{where}.{name}", raw.get(name, []))
        for index, tag in enumerate(tags):
            FIELDS.read_text(f"{where}.{name}[{index}]", tag)
        values[name] = tuple(sorted(set(tags)))
    encounter = Encounter(
        id=encounter_id,
        client_id=client_id,
        occurred_at=occurred_at,
        kind=EncounterKind(kind),
        impact=raw["impact"],  # any type: validate_encounter words the refusal
        escalated=FIELDS.read_bool(f"{where}.escalated", raw.get("escalated", False)),
        **values,
    )
    try:
        validate_encounter(encounter, now)
    except InvalidValue as error:
        raise FIELDS.invalid(where, error) from None
    ids[encounter_id] = where
    return encounter


def _read_client_event(where: str, raw: Any, ids: dict[str, str]) -> ClientEvent:
    raw = FIELDS.read_object(where, raw, CLIENT_EVENT_FIELDS, ("id", "client_id", "at", "kind"))
    event_id = FIELDS.read_id(f"{where}.id", raw["id"], ids)
    client_id = FIELDS.read_text(f"{where}.client_id", raw["client_id"])
    at = FIELDS.read_time(f"{where}.at", raw["at"])
    kind = FIELDS.read_choice(f"{where}.kind", raw["kind"], tuple(ClientEventKind))
    detail = FIELDS.read_text(f"{where}.detail", raw.get("detail", ""))
    event = ClientEvent(
        id=event_id, client_id=client_id, at=at, kind=ClientEventKind(kind), detail=detail
    )
    try:
        validate_client_event(event)
    except InvalidValue as error:
        raise FIELDS.invalid(where, error, whole_sentence=True) from None
    ids[event_id] = where
    return event


# Each check-in scale: its questions (one answer each) and its answers, lowest first.
_SCALES: dict[str, tuple[tuple[Term, ...], tuple[Term, ...]]] = {
    "strain": (STRAIN_QUESTIONS, STRAIN_ANSWERS),
    "wellbeing": (WELLBEING_QUESTIONS, WELLBEING_ANSWERS),
}


def _read_answers(where: str, value: Any, name: str) -> tuple[int, ...]:
    questions, answers = _SCALES[name]
    low, high = int(answers[0].key), int(answers[-1].key)
    given = FIELDS.read_list(where, value)
    if len(given) != len(questions):
        raise FIELDS.problem(
            where, f"must hold {len(questions)} answers, one per question, not {len(given)}."
        )
    for index, answer in enumerate(given):
        FIELDS.read_whole(f"{where}[{index}]", answer, low=low, high=high)
    return tuple(given)


def _read_check_in(where: str, raw: Any, ids: dict[str, str], now: datetime) -> CheckIn:
    raw = FIELDS.read_object(
        where, raw, CHECK_IN_FIELDS, ("id", "answered_at", "strain", "wellbeing")
    )
    check_in_id = FIELDS.read_id(f"{where}.id", raw["id"], ids)
    check_in = CheckIn(
        id=check_in_id,
        answered_at=FIELDS.read_time(f"{where}.answered_at", raw["answered_at"]),
        strain=_read_answers(f"{where}.strain", raw["strain"], "strain"),
        wellbeing=_read_answers(f"{where}.wellbeing", raw["wellbeing"], "wellbeing"),
    )
    try:
        validate_check_in(check_in, now)
    except InvalidValue as error:
        raise FIELDS.invalid(where, error, whole_sentence=True) from None
    ids[check_in_id] = where
    return check_in


def _read_strength(where: str, raw: Any, ids: dict[str, str]) -> Strength:
    raw = FIELDS.read_object(where, raw, STRENGTH_FIELDS, ("id", "text"))
    strength_id = FIELDS.read_id(f"{where}.id", raw["id"], ids)
    text = FIELDS.read_text(f"{where}.text", raw["text"]).strip()
    position = FIELDS.read_whole(f"{where}.position", raw.get("position", 0))
    assert position is not None  # not optional
    if not -POSITION_LIMIT <= position < POSITION_LIMIT:
        raise FIELDS.problem(f"{where}.position", f"is too large ({shown(position)}).")
    strength = Strength(id=strength_id, text=text, position=position)
    try:
        validate_strength(strength)
    except InvalidValue as error:
        if error.code == "strength_empty":
            raise FIELDS.problem(f"{where}.text", "must not be blank.") from None
        raise FIELDS.invalid(where, error, whole_sentence=True) from None
    ids[strength_id] = where
    return strength


def _read_settings(raw: Any) -> dict[str, Any]:
    """Each setting checked as strictly as an encounter (see settings.check): a bad one
    imported would break every later command, which reads it."""
    if not isinstance(raw, dict):
        raise FIELDS.problem("settings", f"must be an object, not {kind_of(raw)}.")
    for key, value in raw.items():
        if not key or len(key) > 200 or unpaired_surrogate(key):
            raise FIELDS.problem("settings", f"{shown(key)} is not a setting's name.")
        half = unpaired_surrogate(json.dumps(value, ensure_ascii=False))
        if half:
            raise FIELDS.problem(
                field_path("settings", key),
                f"contains {half}, half of a character, which is not text.",
            )
        try:
            settings.check_import(key, value)
        except InvalidValue as error:
            inner = error.params["where"]
            where = field_path("settings", key) + (f".{inner}" if inner else "")
            raise FIELDS.problem(where, str(error.params["detail"])) from None
    return dict(raw)


def _read_header(document: Any) -> int:
    """The version of a file that is an export this app can read."""
    if not isinstance(document, dict) or "format" not in document:  # a list, a number…
        raise InvalidValue("not a Wellbeing journal export (no 'format' field).", "not_export")
    if document["format"] != FORMAT:
        raise InvalidValue(
            f"not a Wellbeing journal export (its format is {shown(document['format'])}).",
            "not_export",
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FIELDS.problem("version", f"must be a whole number from 1 on, not {shown(version)}.")
    if version > 1000:  # no newer version: a damaged number
        raise FIELDS.problem(
            "version", f"must be a whole number from 1 to {VERSION}, not {shown(version)}."
        )
    if version > VERSION:
        raise InvalidValue(
            f"version {shown(version)} was written by a newer Wellbeing Journal; "
            "update the app to import it.",
            "newer_export",
            version=version,
        )
    return version


def _read_goal(where: str, raw: Any, ids: dict[str, str]) -> Goal:
    raw = FIELDS.read_object(where, raw, GOAL_FIELDS, ("id", "what", "added_at"))
    goal_id = FIELDS.read_id(f"{where}.id", raw["id"], ids)
    by_when = FIELDS.read_optional_text(f"{where}.by_when", raw.get("by_when"))
    try:
        due = date.fromisoformat(by_when) if by_when is not None and len(by_when) == 10 else None
    except ValueError:
        due = None
    if by_when is not None and due is None:
        raise FIELDS.problem(
            f"{where}.by_when", f"must be a date (YYYY-MM-DD), not {shown(by_when)}."
        )
    done = raw.get("done_at")
    try:
        action = AgreedAction(
            what=FIELDS.read_text(f"{where}.what", raw["what"]),
            by_when=due,
            obstacles=FIELDS.read_text(f"{where}.obstacles", raw.get("obstacles", "")),
            support=FIELDS.read_text(f"{where}.support", raw.get("support", "")),
            likelihood=FIELDS.read_whole(
                f"{where}.likelihood", raw.get("likelihood"), True, *LIKELIHOOD
            ),
            id=goal_id,
        )
    except InvalidValue as error:
        if error.code == BAD_EXPORT:
            raise
        raise FIELDS.problem(where, str(error)) from None
    goal = Goal(
        action,
        FIELDS.read_time(f"{where}.added_at", raw["added_at"]),
        None if done is None else FIELDS.read_time(f"{where}.done_at", done),
    )
    ids[goal_id] = where
    return goal


def read_export(
    path: str | Path, now: datetime | None = None, passphrase: str | None = None
) -> Export:
    """Read and validate a whole JSON export; nothing is written anywhere.

    Raises InvalidValue naming the first problem in one sentence, with where it is: a line
    and column for broken JSON, a field path such as ``encounters[12].impact`` otherwise.
    Messages start in lower case so that a caller may put the file's name in front.
    """
    document = _parse(Path(path), passphrase)
    version = _read_header(document)
    FIELDS.read_object("", document, TOP_FIELDS, (), _newer_than(version, ""))
    exported_at = FIELDS.read_optional_text("exported_at", document.get("exported_at"))
    if exported_at is not None and len(exported_at) > MAX_EXPORTED_AT:
        raise FIELDS.problem("exported_at", f"must be a time, not {shown(exported_at)}.")
    now = now or datetime.now()

    def entries(name: str) -> list[tuple[str, Any]]:
        return [
            (f"{name}[{i}]", raw)
            for i, raw in enumerate(FIELDS.read_list(name, document.get(name, [])))
        ]

    client_ids: dict[str, str] = {}
    names: dict[str, str] = {}
    clients = tuple(
        _read_client(where, raw, client_ids, names) for where, raw in entries("clients")
    )
    encounter_ids: dict[str, str] = {}
    encounters = tuple(
        _read_encounter(where, raw, encounter_ids, client_ids, now, version)
        for where, raw in entries("encounters")
    )
    event_ids: dict[str, str] = {}
    client_events = tuple(
        _read_client_event(where, raw, event_ids) for where, raw in entries("client_events")
    )
    check_in_ids: dict[str, str] = {}
    check_ins = tuple(
        _read_check_in(where, raw, check_in_ids, now) for where, raw in entries("check_ins")
    )
    strength_ids: dict[str, str] = {}
    strengths = tuple(
        _read_strength(where, raw, strength_ids) for where, raw in entries("strengths")
    )
    goal_ids: dict[str, str] = {}
    goals = tuple(_read_goal(where, raw, goal_ids) for where, raw in entries("goals"))
    preferences = _read_settings(document.get("settings", {}))
    return Export(
        version=version,
        exported_at=exported_at,
        clients=clients,
        encounters=encounters,
        strengths=strengths,
        settings=preferences,
        client_events=client_events,
        check_ins=check_ins,
        goals=goals,
    )
