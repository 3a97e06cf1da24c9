"""Export and import of the whole journal: a documented JSON format, and a CSV for spreadsheets.

The JSON format, "wellbeing-journal" version 2
==============================================
One UTF-8 JSON object. Every field is listed here; a reader refuses any other field, since a
new field means a new version.

``format``
    Always ``"wellbeing-journal"``: tells an export from any other JSON file.
``version``
    ``2``. A reader refuses a higher number: that file came from a newer app. Version 1 had
    no ``check_ins``, ``client_events`` or encounter ``violations``; such a file is still
    read, with those empty (and refused if it holds them).
``exported_at``
    When the file was written, ISO 8601 to the second with the UTC offset. Information only.
``clients``
    A list of objects, ordered by name:

    - ``id``: text, 1–64 letters, digits or ``_.:-``; stable across exports and imports.
    - ``name``: text, 1–200 characters; unique whatever the case and spacing.
    - ``revenue_share``: percent of the user's revenue, a number from 0 to 100, or null.
    - ``status``: ``"active"``, ``"reframed"`` or ``"dethroned"``.
``encounters``
    A list of objects, oldest first:

    - ``id``: text, as for clients.
    - ``client_id``: the id of one of the clients in this file.
    - ``occurred_at``: local wall-clock time to the second, ``"YYYY-MM-DDTHH:MM:SS"``, from
      the year 1900 on and not in the future.
    - ``kind``: ``"difficult"`` or ``"positive"``.
    - ``impact``: a whole number from 0 to 10.
    - ``channel``: a key of ``vocabulary.CHANNELS`` (``"phone"``…), or null.
    - ``duration_minutes``: a whole number from 0 to 1440, or null.
    - ``what_happened``: text, possibly empty (at most 100,000 characters).
    - ``behaviours``, ``irritants``, ``emotions``, ``violations``: sorted lists of keys of
      ``vocabulary.BEHAVIOURS``, ``IRRITANTS``, ``EMOTIONS`` and ``VIOLATIONS`` (the
      boundaries the encounter crossed).
    - ``lingered``: a key of ``vocabulary.LINGERING``, or null.
    - ``assertiveness``, ``company_confidence``: whole numbers from 1 to 5, or null.
    - ``outcome``: a key of ``vocabulary.OUTCOMES``, or null.
    - ``escalated``: true or false.
    - ``backed``: ``"yes"``, ``"partly"`` or ``"no"`` (only when escalated), or null.
    - ``next_time``: text, possibly empty.
``client_events``
    Each client's history (status changes, planned contacts, messages, advice given), a list
    of objects, oldest first:

    - ``id``: text, as for clients.
    - ``client_id``: the id of a client in this file or, when importing, in the journal.
    - ``at``: a time as for ``occurred_at``; it may be in the future (a planned contact).
    - ``kind``: a value of ``model.ClientEventKind`` (``"reframed"``, ``"dethroned"``,
      ``"reactivated"``, ``"contact_planned"``, ``"message"``, ``"advice"``).
    - ``detail``: text, possibly empty: the note, the message or the advice.
``check_ins``
    The weekly self-assessments, a list of objects, oldest first:

    - ``id``: text, as for clients.
    - ``answered_at``: a time as for ``occurred_at``, not in the future.
    - ``strain``: the six answers, in the order of ``checkin.STRAIN_QUESTIONS``, each a
      whole number from 0 (never) to 4 (always).
    - ``wellbeing``: the five answers, in the order of ``checkin.WELLBEING_QUESTIONS``, each
      a whole number from 0 (at no time) to 5 (all of the time).
``strengths``
    A list of objects in display order: ``id`` (as for clients), ``text`` (not blank),
    ``position`` (a whole number; smaller comes first).
``settings``
    An object: each preference's key → its JSON value, checked as strictly as an encounter
    (``settings.check``; a bad one would break every later command):

    - ``idle_lock_minutes``: a whole number from 1 to 240.
    - ``reframe_follow_up_weeks``: a whole number from 2 to 26.
    - ``boundaries``: ``boundaries.to_json``'s object (``working_hours``: seven
      ``["09:00", "18:00"]`` spans or null, Monday first; ``channels``: objects with a
      ``channel`` key of ``vocabulary.CHANNELS``, ``accepted`` true or false and ``hours``;
      ``response_hours``: 1 to 720 or null; ``in_scope``, ``respect``: text; ``limits``: a
      list of text); a span ends after it starts.
    - ``advice_thresholds``: field name of ``analysis.advice.Thresholds`` → a number in
      its range, the watch levels not above the reframe ones; a plain lower-case name this
      version does not know, with a number, is kept for the version that wrote it.

    Any other key is refused. An export holds only the settings an import takes back.

Numbers are finite, integers at most 400 digits long, and the document nests at most 32
levels deep (an export nests 6): a file breaking these is refused before it is read
field by field.

Drafts (a half-typed encounter) are not exported. When reading, only ``format``,
``version``, and the ids with ``name`` (clients), ``client_id``, ``occurred_at`` and
``impact`` (encounters), ``client_id``, ``at`` and ``kind`` (client events),
``answered_at``, ``strain`` and ``wellbeing`` (check-ins) and ``text`` (strengths) are
required; a missing list is empty and a missing field takes the value a new entry would have.

The CSV export holds one row per encounter for spreadsheets (it cannot be imported): a
header row, the client's name instead of its id, tags joined with ";", the time as
``YYYY-MM-DD HH:MM:SS``, ``escalated`` as yes/no, UTF-8 with a byte-order mark so that Excel
reads accents.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import itertools
import json
import math
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wellbeing.domain.checkin import (
    STRAIN_ANSWERS,
    STRAIN_QUESTIONS,
    WELLBEING_ANSWERS,
    WELLBEING_QUESTIONS,
)
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
    EARLIEST_YEAR,
    InvalidValue,
    check_client_name,
    shown_json,
    validate_check_in,
    validate_client,
    validate_client_event,
    validate_encounter,
    validate_strength,
)
from wellbeing.domain.vocabulary import Term
from wellbeing.store import journal, settings
from wellbeing.store.sealed import is_sealed, seal, unseal

if TYPE_CHECKING:
    from sqlite_utils import Database

FORMAT = "wellbeing-journal"
VERSION = 2
MAX_IMPORT_BYTES = 200_000_000
"""Files over 200 MB are refused before being read."""

TIME_FORMAT = journal.TIME_FORMAT
CSV_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

# Read from the dataclasses themselves: a field added to the domain cannot be forgotten here.
CLIENT_FIELDS = tuple(field.name for field in dataclasses.fields(Client))
ENCOUNTER_FIELDS = tuple(field.name for field in dataclasses.fields(Encounter))
STRENGTH_FIELDS = tuple(field.name for field in dataclasses.fields(Strength))
CHECK_IN_FIELDS = tuple(field.name for field in dataclasses.fields(CheckIn))
CLIENT_EVENT_FIELDS = tuple(field.name for field in dataclasses.fields(ClientEvent))
TOP_FIELDS = (
    "format",
    "version",
    "exported_at",
    "clients",
    "encounters",
    "client_events",
    "check_ins",
    "strengths",
    "settings",
)
TAG_FIELDS = ("behaviours", "irritants", "violations", "emotions")

# What version 1 lacked: a version-1 file holding any of these is malformed.
_NEW_IN_2 = {"": ("client_events", "check_ins"), "encounter": ("violations",)}

CSV_COLUMNS = (
    "id",
    "occurred_at",
    "client",
    "kind",
    "impact",
    "channel",
    "duration_minutes",
    "behaviours",
    "irritants",
    "violations",
    "emotions",
    "lingered",
    "assertiveness",
    "company_confidence",
    "outcome",
    "escalated",
    "backed",
    "what_happened",
    "next_time",
)

_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", re.ASCII)
_PLAIN = re.compile(r"[A-Za-z0-9_]{1,40}", re.ASCII)
MAX_DEPTH = 32
"""Deepest nesting read: an export nests 6 levels (settings → boundaries → channels → a
rule → its hours); a file nesting more is refused before it is parsed."""
MAX_DIGITS = 400
"""Longest integer read: no field takes more than a few digits, and converting thousands
of digits is slow (Python refuses over 4,300)."""
MAX_EXPORTED_AT = 64
"""Characters of ``exported_at`` read (information only, but shown)."""
_POSITION_LIMIT = 2**31


# --- export --------------------------------------------------------------------------


def _client_json(client: Client) -> dict[str, Any]:
    return {
        "id": client.id,
        "name": client.name,
        "revenue_share": client.revenue_share,
        "status": str(client.status),
    }


def _encounter_json(encounter: Encounter) -> dict[str, Any]:
    row = {name: getattr(encounter, name) for name in ENCOUNTER_FIELDS}
    row["occurred_at"] = encounter.occurred_at.strftime(TIME_FORMAT)
    row["kind"] = str(encounter.kind)
    for name in TAG_FIELDS:
        row[name] = sorted(set(getattr(encounter, name)))
    return row


def _client_event_json(event: ClientEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "client_id": event.client_id,
        "at": event.at.strftime(TIME_FORMAT),
        "kind": str(event.kind),
        "detail": event.detail,
    }


def _check_in_json(check_in: CheckIn) -> dict[str, Any]:
    return {
        "id": check_in.id,
        "answered_at": check_in.answered_at.strftime(TIME_FORMAT),
        "strain": list(check_in.strain),
        "wellbeing": list(check_in.wellbeing),
    }


def _settings(db: Database) -> dict[str, Any]:
    return settings.exportable(db)


def _oldest_first(db: Database) -> list[Encounter]:
    return sorted(journal.list_encounters(db), key=lambda e: (e.occurred_at, e.id))


def export_json(db: Database) -> dict[str, Any]:
    """Everything in the journal (drafts aside) as the JSON document described above."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "clients": [_client_json(c) for c in journal.list_clients(db)],
        "encounters": [_encounter_json(e) for e in _oldest_first(db)],
        # In the journal's order (time, then as entered), which an import into a new journal
        # keeps: events of the same second stay in the order they happened.
        "client_events": [_client_event_json(e) for e in journal.list_client_events(db)],
        "check_ins": [_check_in_json(c) for c in journal.list_check_ins(db)],
        "strengths": [
            {"id": s.id, "text": s.text, "position": s.position} for s in journal.list_strengths(db)
        ],
        "settings": _settings(db),
    }


def _write_atomic(path: str | Path, write: Callable[[IO[str]], None], **open_args: Any) -> None:
    """Write beside the target, fsync, then rename over it: a crash leaves old or new, whole.

    The file is created readable by its owner only (the export is not encrypted).
    """
    path = Path(path)
    folder = path.parent
    handle_fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        mode = open_args.pop("mode", "w")
        with os.fdopen(handle_fd, mode, **open_args) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if os.name == "posix":  # the rename itself must reach the disk too
        folder_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)


def write_json(db: Database, path: str | Path, passphrase: str | None = None) -> dict[str, Any]:
    """Write the whole journal to path as JSON (atomically); returns the document written.

    With a passphrase the file is sealed (encrypted), see wellbeing.store.sealed.
    """
    document = export_json(db)
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    if passphrase:
        sealed = seal(text.encode("utf-8"), passphrase)

        def write_sealed(handle: IO[bytes]) -> None:
            handle.write(sealed)

        _write_atomic(path, write_sealed, mode="wb")
        return document

    def write(handle: IO[str]) -> None:
        handle.write(text)

    _write_atomic(path, write, encoding="utf-8")
    return document


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def export_csv(db: Database, path: str | Path) -> int:
    """One row per encounter, oldest first, for spreadsheets; returns the number of rows."""
    names = {client.id: client.name for client in journal.list_clients(db)}
    encounters = _oldest_first(db)

    def write(handle: IO[str]) -> None:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for encounter in encounters:
            row = _encounter_json(encounter)
            row["client"] = names.get(encounter.client_id, encounter.client_id)
            row["occurred_at"] = encounter.occurred_at.strftime(CSV_TIME_FORMAT)
            for name in TAG_FIELDS:
                row[name] = ";".join(row[name])
            writer.writerow([_csv_cell(row[column]) for column in CSV_COLUMNS])

    _write_atomic(path, write, encoding="utf-8-sig", newline="")
    return len(encounters)


# --- reading and validating a file ---------------------------------------------------


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


def _problem(where: str, message: str) -> InvalidValue:
    return InvalidValue(f"{where}: {message}" if where else message, "bad_export", where=where)


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _shown(value: Any) -> str:
    """A value as the message shows it: short, in JSON spelling, with control characters,
    half characters and text-direction marks escaped so that it prints on any terminal."""
    return shown_json(value)


def _path(where: str, key: Any) -> str:
    """where.key, the key shortened when it is not a plain word."""
    name = key if isinstance(key, str) and _PLAIN.fullmatch(key) else _shown(key)
    return f"{where}.{name}" if where else name


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise InvalidValue(f"{name} is not valid JSON (numbers must be finite).", "bad_export")


class _BadNumber(ValueError):
    """A number no field can take; read_export says where it is."""

    def __init__(self, literal: str, problem: str) -> None:
        super().__init__(literal, problem)
        self.literal, self.problem = literal, problem


def _read_int(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_DIGITS:
        raise _BadNumber(literal, f"has {digits:,} digits; no field takes a number that long")
    return int(literal)


def _read_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _BadNumber(literal, "is too large (numbers must be finite)")
    return value + 0.0  # -0.0 is 0.0


# A JSON string, or an unterminated one running to the end (so that no quote is scanned
# twice), and a JSON number as the json module's scanner reads one.
_STRING = r'"[^"\\]*(?:\\(?:.|\Z)[^"\\]*)*(?:"|\Z)'
_STRINGS = re.compile(_STRING, re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STRING_OR_NUMBER = re.compile(
    _STRING + r"|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?", re.DOTALL
)
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _nesting(text: str) -> int:
    """How deep the JSON nests, counted without parsing (the json module recurses once per
    level, and a file a hundred thousand levels deep must not reach it)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _number_problem(text: str, error: _BadNumber) -> InvalidValue:
    """Where the number is (line and column), as for broken JSON."""
    for match in _STRING_OR_NUMBER.finditer(text):
        if match.group() == error.literal:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - text.rfind("\n", 0, match.start())
            where = f"line {line}, column {column}: "
            break
    else:
        where = ""
    literal = error.literal if len(error.literal) <= 20 else error.literal[:19] + "…"
    return InvalidValue(f"{where}the number {literal} {error.problem}.", "bad_export")


def _too_large(size: int) -> InvalidValue:
    return InvalidValue(
        f"the file is {size / 1e6:,.1f} MB; an export over {MAX_IMPORT_BYTES / 1e6:g} MB "
        "is refused.",
        "export_too_large",
        size=size,
    )


def _unpaired_surrogate(text: str) -> str | None:
    """JSON may spell half a UTF-16 pair (\\ud800); such a string cannot be stored."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"\\u{ord(text[error.start]):04x}"
    return None


def _parse(path: Path, passphrase: str | None = None) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise _too_large(size)
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise InvalidValue(f"there is no file at {path}.", "bad_export") from None
    except IsADirectoryError:
        raise InvalidValue(f"{path} is a folder, not an export file.", "bad_export") from None
    except OSError as error:
        raise InvalidValue(f"{path} cannot be read ({error.strerror}).", "bad_export") from None
    if len(data) > MAX_IMPORT_BYTES:  # it grew since stat()
        raise _too_large(len(data))
    if is_sealed(data):
        try:
            data = unseal(data, passphrase)  # decrypted in memory only
        except (ArithmeticError, RecursionError, MemoryError):  # a damaged header's cost
            raise InvalidValue("the encrypted export is damaged.", "sealed") from None
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidValue(
            f"byte {error.start + 1 + bom}: not UTF-8 text, so not a Wellbeing journal export.",
            "bad_export",
        ) from None
    text = text.lstrip("\ufeff")  # an editor may have added a second byte-order mark
    if not text.strip():
        raise InvalidValue("the file is empty.", "bad_export")
    if text.startswith(",".join(CSV_COLUMNS[:3])):
        raise InvalidValue(
            "this is a CSV export, for spreadsheets; only a JSON export can be imported.",
            "bad_export",
        )
    depth = _nesting(text)
    if depth > MAX_DEPTH:
        raise InvalidValue(
            f"the JSON nests {depth:,} levels deep; an export never nests more than {MAX_DEPTH}.",
            "bad_export",
        )
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_refuse_constant,
            parse_int=_read_int,
            parse_float=_read_float,
        )
    except json.JSONDecodeError as error:
        raise InvalidValue(
            f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg}).",
            "bad_export",
        ) from None
    except _DuplicateKey as error:
        raise InvalidValue(
            f"the field {_shown(error.args[0])} appears twice in one object.", "bad_export"
        ) from None
    except _BadNumber as error:
        raise _number_problem(text, error) from None
    except InvalidValue:  # NaN, Infinity
        raise
    except (ValueError, RecursionError):  # the checks above should leave none of these
        raise InvalidValue("not valid JSON.", "bad_export") from None


def _object(
    where: str,
    value: Any,
    allowed: tuple[str, ...],
    required: tuple[str, ...],
    version: int = VERSION,
    newer: tuple[str, ...] = (),
) -> dict:
    """newer: fields of `allowed` that a file of this version cannot hold yet."""
    if not isinstance(value, dict):
        raise _problem(where, f"must be an object, not {_kind_of(value)}.")
    for key in value:
        if key not in allowed:
            raise _problem(_path(where, key), "unknown field.")
        if key in newer:
            raise _problem(
                _path(where, key),
                f"unknown field in a version {version} export (it came with version {VERSION}).",
            )
    for key in required:
        if key not in value:
            raise _problem(where, f"the field {key!r} is missing.")
    return value


def _list(where: str, value: Any) -> list:
    if not isinstance(value, list):
        raise _problem(where, f"must be a list, not {_kind_of(value)}.")
    return value


def _text(where: str, value: Any, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        expected = "text or null" if optional else "text"
        raise _problem(where, f"must be {expected}, not {_kind_of(value)}.")
    half = _unpaired_surrogate(value)
    if half:
        raise _problem(where, f"contains {half}, half of a character, which is not text.")
    return value


def _whole(where: str, value: Any, optional: bool = False) -> int | None:
    """Type only: the domain validators check the range."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        expected = "a whole number or null" if optional else "a whole number"
        raise _problem(where, f"must be {expected}, not {_shown(value)}.")
    return value


def _identifier(where: str, value: Any, seen: dict[str, str]) -> str:
    value = _text(where, value)
    if not _ID.fullmatch(value):
        raise _problem(where, f"{_shown(value)} is not an id (1–64 letters, digits or _ . : -).")
    if value in seen:
        raise _problem(where, f"the id {_shown(value)} is already used by {seen[value]}.")
    return value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# Which field a domain message is about, and the words naming it to drop from the sentence.
_ENCOUNTER_SUBJECTS = (
    ("Kind ", "kind", "Kind "),
    ("The encounter's date", "occurred_at", ""),
    ("Impact", "impact", "Impact "),
    ("Assertiveness", "assertiveness", "Assertiveness "),
    ("Confidence in my company", "company_confidence", "Confidence in my company "),
    ("Duration in minutes", "duration_minutes", "Duration in minutes "),
    ("Unknown channel", "channel", ""),
    ("Unknown outcome", "outcome", ""),
    ("Unknown lingering", "lingered", ""),
    ("Unknown backing", "backed", ""),
    ("Unknown behaviour", "behaviours", ""),
    ("Unknown irritant", "irritants", ""),
    ("Unknown violation", "violations", ""),
    ("Unknown emotion", "emotions", ""),
    ("Whether my company backed me", "backed", ""),
    ("What happened", "what_happened", "What happened "),
    ("What I would do next time", "next_time", "What I would do next time "),
)


def _encounter_problem(where: str, error: InvalidValue) -> InvalidValue:
    message = str(error)
    for start, name, subject in _ENCOUNTER_SUBJECTS:
        if message.startswith(start):
            return _problem(f"{where}.{name}", _lower_first(message.removeprefix(subject)))
    return _problem(where, _lower_first(message))


def _read_client(where: str, raw: Any, ids: dict[str, str], names: dict[str, str]) -> Client:
    raw = _object(where, raw, CLIENT_FIELDS, ("id", "name"))
    client_id = _identifier(f"{where}.id", raw["id"], ids)
    name = _text(f"{where}.name", raw["name"])
    try:
        name = check_client_name(name)
    except InvalidValue as error:
        if error.code == "client_name_empty":
            raise _problem(f"{where}.name", "must not be empty.") from None
        raise _problem(f"{where}.name", _lower_first(str(error))) from None
    key = journal.name_key(name)
    if key in names:
        raise _problem(f"{where}.name", f"{_shown(name)} is already the name of {names[key]}.")
    share = raw.get("revenue_share")
    if share is not None and (
        isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 100
    ):
        raise _problem(
            f"{where}.revenue_share",
            f"must be a number from 0 to 100 or null, not {_shown(share)}.",
        )
    status = raw.get("status", str(ClientStatus.ACTIVE))
    if status not in tuple(ClientStatus):
        choices = ", ".join(str(s) for s in ClientStatus)
        raise _problem(f"{where}.status", f"must be one of {choices}, not {_shown(status)}.")
    client = Client(
        id=client_id,
        name=name,
        revenue_share=float(share) if share is not None else None,
        status=ClientStatus(status),
    )
    try:
        validate_client(client)
    except InvalidValue as error:
        raise _problem(where, _lower_first(str(error))) from None
    ids[client_id] = where
    names[key] = where
    return client


def _read_time(where: str, value: Any) -> datetime:
    value = _text(where, value)
    if not _TIME.fullmatch(value):
        raise _problem(where, f'must be a time like "2026-03-02T08:15:30", not {_shown(value)}.')
    try:
        moment = datetime.strptime(value, TIME_FORMAT)
    except ValueError:
        raise _problem(where, f"{_shown(value)} is not a real date and time.") from None
    if moment.year < EARLIEST_YEAR:
        raise _problem(where, f"must be in {EARLIEST_YEAR} or later, not {moment.year}.")
    return moment


def _read_encounter(
    where: str,
    raw: Any,
    ids: dict[str, str],
    clients: dict[str, str],
    now: datetime,
    version: int = VERSION,
) -> Encounter:
    raw = _object(
        where,
        raw,
        ENCOUNTER_FIELDS,
        ("id", "client_id", "occurred_at", "impact"),
        version,
        _newer_than(version, "encounter"),
    )
    encounter_id = _identifier(f"{where}.id", raw["id"], ids)
    client_id = _text(f"{where}.client_id", raw["client_id"])
    if client_id not in clients:
        raise _problem(
            f"{where}.client_id", f"no client in this file has the id {_shown(client_id)}."
        )
    occurred_at = _read_time(f"{where}.occurred_at", raw["occurred_at"])
    kind = raw.get("kind", str(EncounterKind.DIFFICULT))
    if kind not in tuple(EncounterKind):
        raise _problem(f"{where}.kind", f"must be difficult or positive, not {_shown(kind)}.")
    values: dict[str, Any] = {}
    for name in ("channel", "lingered", "outcome", "backed"):
        values[name] = _text(f"{where}.{name}", raw.get(name), optional=True)
    for name in ("what_happened", "next_time"):
        values[name] = _text(f"{where}.{name}", raw.get(name, ""))
    for name in ("duration_minutes", "assertiveness", "company_confidence"):
        values[name] = _whole(f"{where}.{name}", raw.get(name), optional=True)
    for name in TAG_FIELDS:
        tags = _list(f"{where}.{name}", raw.get(name, []))
        for index, tag in enumerate(tags):
            _text(f"{where}.{name}[{index}]", tag)
        values[name] = tuple(sorted(set(tags)))
    escalated = raw.get("escalated", False)
    if not isinstance(escalated, bool):
        raise _problem(f"{where}.escalated", f"must be true or false, not {_shown(escalated)}.")
    encounter = Encounter(
        id=encounter_id,
        client_id=client_id,
        occurred_at=occurred_at,
        kind=EncounterKind(kind),
        impact=raw["impact"],
        escalated=escalated,
        **values,
    )
    try:
        validate_encounter(encounter, now)
    except InvalidValue as error:
        raise _encounter_problem(where, error) from None
    ids[encounter_id] = where
    return encounter


def _newer_than(version: int, part: str) -> tuple[str, ...]:
    """The fields of `part` ("" for the top) that a file of `version` cannot hold."""
    return _NEW_IN_2[part] if version < 2 else ()


def _read_client_event(where: str, raw: Any, ids: dict[str, str]) -> ClientEvent:
    raw = _object(where, raw, CLIENT_EVENT_FIELDS, ("id", "client_id", "at", "kind"))
    event_id = _identifier(f"{where}.id", raw["id"], ids)
    client_id = _text(f"{where}.client_id", raw["client_id"])
    at = _read_time(f"{where}.at", raw["at"])
    kind = raw["kind"]
    if kind not in tuple(ClientEventKind):
        choices = ", ".join(str(k) for k in ClientEventKind)
        raise _problem(f"{where}.kind", f"must be one of {choices}, not {_shown(kind)}.")
    detail = _text(f"{where}.detail", raw.get("detail", ""))
    event = ClientEvent(
        id=event_id, client_id=client_id, at=at, kind=ClientEventKind(kind), detail=detail
    )
    try:
        validate_client_event(event)
    except InvalidValue as error:
        subject = "detail" if str(error).startswith("The note") else "at"
        raise _problem(f"{where}.{subject}", _lower_first(str(error))) from None
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
    given = _list(where, value)
    if len(given) != len(questions):
        raise _problem(
            where, f"must hold {len(questions)} answers, one per question, not {len(given)}."
        )
    for index, answer in enumerate(given):
        if isinstance(answer, bool) or not isinstance(answer, int) or not low <= answer <= high:
            raise _problem(
                f"{where}[{index}]",
                f"must be a whole number from {low} to {high}, not {_shown(answer)}.",
            )
    return tuple(given)


def _read_check_in(where: str, raw: Any, ids: dict[str, str], now: datetime) -> CheckIn:
    raw = _object(where, raw, CHECK_IN_FIELDS, ("id", "answered_at", "strain", "wellbeing"))
    check_in_id = _identifier(f"{where}.id", raw["id"], ids)
    check_in = CheckIn(
        id=check_in_id,
        answered_at=_read_time(f"{where}.answered_at", raw["answered_at"]),
        strain=_read_answers(f"{where}.strain", raw["strain"], "strain"),
        wellbeing=_read_answers(f"{where}.wellbeing", raw["wellbeing"], "wellbeing"),
    )
    try:
        validate_check_in(check_in, now)
    except InvalidValue as error:
        subject = ".answered_at" if error.code == "future_date" else ""
        raise _problem(f"{where}{subject}", _lower_first(str(error))) from None
    ids[check_in_id] = where
    return check_in


def _read_strength(where: str, raw: Any, ids: dict[str, str]) -> Strength:
    raw = _object(where, raw, STRENGTH_FIELDS, ("id", "text"))
    strength_id = _identifier(f"{where}.id", raw["id"], ids)
    text = _text(f"{where}.text", raw["text"]).strip()
    position = _whole(f"{where}.position", raw.get("position", 0))
    if not -_POSITION_LIMIT <= position < _POSITION_LIMIT:
        raise _problem(f"{where}.position", f"is too large ({_shown(position)}).")
    strength = Strength(id=strength_id, text=text, position=position)
    try:
        validate_strength(strength)
    except InvalidValue as error:
        if not text:
            raise _problem(f"{where}.text", "must not be blank.") from None
        raise _problem(f"{where}.text", _lower_first(str(error))) from None
    ids[strength_id] = where
    return strength


def _read_settings(raw: Any) -> dict[str, Any]:
    """Each setting checked as strictly as an encounter (see settings.check): a bad one
    imported would break every later command, which reads it."""
    if not isinstance(raw, dict):
        raise _problem("settings", f"must be an object, not {_kind_of(raw)}.")
    for key, value in raw.items():
        if not key or len(key) > 200 or _unpaired_surrogate(key):
            raise _problem("settings", f"{_shown(key)} is not a setting's name.")
        half = _unpaired_surrogate(json.dumps(value, ensure_ascii=False))
        if half:
            raise _problem(
                _path("settings", key), f"contains {half}, half of a character, which is not text."
            )
        try:
            settings.check_import(key, value)
        except InvalidValue as error:
            where = _path("settings", key) + (
                f".{error.params['where']}" if error.params["where"] else ""
            )
            raise _problem(where, str(error.params["detail"])) from None
    return dict(raw)


def read_export(
    path: str | Path, now: datetime | None = None, passphrase: str | None = None
) -> Export:
    """Read and validate a whole JSON export; nothing is written anywhere.

    Raises InvalidValue naming the first problem in one sentence, with where it is: a line
    and column for broken JSON, a field path such as ``encounters[12].impact`` otherwise.
    Messages start in lower case so that a caller may put the file's name in front.
    """
    document = _parse(Path(path), passphrase)
    if not isinstance(document, dict) or "format" not in document:  # a list, a number…
        raise InvalidValue("not a Wellbeing journal export (no 'format' field).", "not_export")
    if document["format"] != FORMAT:
        raise InvalidValue(
            f"not a Wellbeing journal export (its format is {_shown(document['format'])}).",
            "not_export",
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _problem("version", f"must be a whole number from 1 on, not {_shown(version)}.")
    if version > 1000:  # no newer version: a damaged number
        raise _problem(
            "version", f"must be a whole number from 1 to {VERSION}, not {_shown(version)}."
        )
    if version > VERSION:
        raise InvalidValue(
            f"version {_shown(version)} was written by a newer Wellbeing Journal; "
            "update the app to import it.",
            "newer_export",
            version=version,
        )
    _object("", document, TOP_FIELDS, (), version, _newer_than(version, ""))
    exported_at = _text("exported_at", document.get("exported_at"), optional=True)
    if exported_at is not None and len(exported_at) > MAX_EXPORTED_AT:
        raise _problem("exported_at", f"must be a time, not {_shown(exported_at)}.")
    now = now or datetime.now()

    client_ids: dict[str, str] = {}
    names: dict[str, str] = {}
    clients = tuple(
        _read_client(f"clients[{i}]", raw, client_ids, names)
        for i, raw in enumerate(_list("clients", document.get("clients", [])))
    )
    encounter_ids: dict[str, str] = {}
    encounters = tuple(
        _read_encounter(f"encounters[{i}]", raw, encounter_ids, client_ids, now, version)
        for i, raw in enumerate(_list("encounters", document.get("encounters", [])))
    )
    event_ids: dict[str, str] = {}
    client_events = tuple(
        _read_client_event(f"client_events[{i}]", raw, event_ids)
        for i, raw in enumerate(_list("client_events", document.get("client_events", [])))
    )
    check_in_ids: dict[str, str] = {}
    check_ins = tuple(
        _read_check_in(f"check_ins[{i}]", raw, check_in_ids, now)
        for i, raw in enumerate(_list("check_ins", document.get("check_ins", [])))
    )
    strength_ids: dict[str, str] = {}
    strengths = tuple(
        _read_strength(f"strengths[{i}]", raw, strength_ids)
        for i, raw in enumerate(_list("strengths", document.get("strengths", [])))
    )
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
    )


# --- importing -----------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportSummary:
    clients: Counts
    encounters: Counts
    strengths: Counts
    settings: Counts
    client_events: Counts = Counts()
    check_ins: Counts = Counts()
    matched_by_name: tuple[tuple[str, str], ...] = ()
    """(name in the file, name in the journal) of the file's clients that were merged into a
    journal client of the same name but another id; they count as unchanged."""


def _tally(pairs: list[tuple[Any, Any]]) -> Counts:
    """pairs of (existing or None, incoming)."""
    return Counts(
        added=sum(old is None for old, _ in pairs),
        updated=sum(old is not None and old != new for old, new in pairs),
        unchanged=sum(old is not None and old == new for old, new in pairs),
    )


def _tags_sorted(encounter: Encounter) -> Encounter:
    return replace(encounter, **{n: tuple(sorted(set(getattr(encounter, n)))) for n in TAG_FIELDS})


def _plan_clients(
    db: Database, clients: tuple[Client, ...]
) -> tuple[list[tuple[Client | None, Client]], dict[str, str], list[tuple[str, str]]]:
    """What happens to each client of the file, decided before anything is written.

    A client whose id is in the journal is updated; otherwise, one whose name is already a
    journal client's is mapped onto that client (which stays as it is); otherwise it is
    added. The changes come back in an order that writes them without a transient clash of
    names: an update after the update that frees its name, additions last.
    """
    existing = {client.id: client for client in journal.list_clients(db)}
    updating = {client.id for client in clients if client.id in existing}
    updates: dict[str, tuple[Client, Client]] = {}
    waits_for: dict[str, str] = {}
    additions: list[tuple[Client | None, Client]] = []
    id_map: dict[str, str] = {}
    matched: list[tuple[str, str]] = []
    for index, client in enumerate(clients):
        owner = journal.find_client(db, client.name)
        if client.id in existing:
            if owner is not None and owner.id != client.id:
                if owner.id not in updating:
                    raise _name_taken(index, owner.name)
                waits_for[client.id] = owner.id  # the owner is renamed by this file too
            id_map[client.id] = client.id
            updates[client.id] = (existing[client.id], client)
        elif owner is not None and owner.id not in updating:
            id_map[client.id] = owner.id
            matched.append((client.name, owner.name))
        else:  # a new name, or one an update in this file frees
            id_map[client.id] = client.id
            additions.append((None, client))
    ordered: list[tuple[Client | None, Client]] = []
    pending = dict(updates)
    while pending:
        ready = [key for key in pending if waits_for.get(key) not in pending]
        if not ready:  # names swapped in a circle: no order avoids a clash
            index = next(i for i, c in enumerate(clients) if c.id in pending)
            raise _name_taken(index, existing[waits_for[clients[index].id]].name)
        ordered.extend(pending.pop(key) for key in ready)
    return ordered + additions, id_map, matched


def _name_taken(index: int, name: str) -> InvalidValue:
    return InvalidValue(
        f"clients[{index}].name: another client in this journal is already called {name}; "
        "rename one of them, then import again.",
        "duplicate_client",
        name=name,
    )


def _plan_client_events(
    db: Database, events: tuple[ClientEvent, ...], id_map: dict[str, str]
) -> list[tuple[ClientEvent | None, ClientEvent]]:
    """Each event of the file against the journal's; its client is one of the file's (as
    mapped by name) or, failing that, one already in the journal."""
    known = {client.id for client in journal.list_clients(db)}
    existing = {event.id: event for event in journal.list_client_events(db)}
    changes = []
    for index, event in enumerate(events):
        client_id = id_map.get(event.client_id, event.client_id)
        if event.client_id not in id_map and client_id not in known:
            raise _problem(
                f"client_events[{index}].client_id",
                f"no client in this file or in this journal has the id {_shown(client_id)}.",
            )
        changes.append((existing.get(event.id), replace(event, client_id=client_id)))
    return changes


def import_export(db: Database, export: Export, now: datetime | None = None) -> ImportSummary:
    """Merge a validated export into the journal, all or nothing.

    Entries are matched by id, so importing the same file twice adds nothing; an entry that
    differs from the journal's is replaced by the file's. Settings in the file overwrite the
    journal's; settings only in the journal stay. A client event whose client is neither in
    the file nor in the journal is refused (InvalidValue naming it) before anything is written.
    """
    client_changes, id_map, matched = _plan_clients(db, export.clients)

    existing_encounters = {e.id: _tags_sorted(e) for e in journal.list_encounters(db)}
    encounter_changes = []
    for encounter in export.encounters:
        incoming = _tags_sorted(replace(encounter, client_id=id_map[encounter.client_id]))
        encounter_changes.append((existing_encounters.get(incoming.id), incoming))

    event_changes = _plan_client_events(db, export.client_events, id_map)
    existing_check_ins = {c.id: c for c in journal.list_check_ins(db)}
    check_in_changes = [(existing_check_ins.get(c.id), c) for c in export.check_ins]

    existing_strengths = {s.id: s for s in journal.list_strengths(db)}
    strength_changes = [
        (existing_strengths.get(s.id), replace(s, text=s.text.strip())) for s in export.strengths
    ]

    stored = dict(db.execute("SELECT key, value FROM settings").fetchall())
    setting_changes = [
        (key, stored.get(key), json.dumps(value, ensure_ascii=False, allow_nan=False))
        for key, value in export.settings.items()
    ]

    with db.atomic():
        for old, client in client_changes:
            if old != client:
                journal.save_client(db, client)
        changed = [new for old, new in encounter_changes if old != new]
        if changed:
            journal.save_encounters(db, changed, now)
        for old, event in event_changes:
            if old != event:
                journal.save_client_event(db, event)
        for old, check_in in check_in_changes:
            if old != check_in:
                journal.save_check_in(db, check_in, now)
        for old, strength in strength_changes:
            if old != strength:
                journal.save_strength(db, strength)
        for key, old, value in setting_changes:
            if old is None or _json_differs(old, value):
                db["settings"].upsert({"key": key, "value": value}, pk="key")

    return ImportSummary(
        clients=_plus_unchanged(_tally(client_changes), len(matched)),
        encounters=_tally(encounter_changes),
        strengths=_tally(strength_changes),
        client_events=_tally(event_changes),
        check_ins=_tally(check_in_changes),
        settings=Counts(
            added=sum(old is None for _, old, _ in setting_changes),
            updated=sum(old is not None and _json_differs(old, v) for _, old, v in setting_changes),
            unchanged=sum(
                old is not None and not _json_differs(old, v) for _, old, v in setting_changes
            ),
        ),
        matched_by_name=tuple(matched),
    )


def _json_differs(stored: str, incoming: str) -> bool:
    """Compare JSON values strictly: 1, 1.0 and true are different settings."""

    def canonical(text: str) -> str:
        return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False)

    return canonical(stored) != canonical(incoming)


def _plus_unchanged(counts: Counts, extra: int) -> Counts:
    return replace(counts, unchanged=counts.unchanged + extra)
