"""The strict reader's toolkit: every file from outside is read with it, field by field.

A file from outside (an export to import, a contribution, a session pack, a coach's actions
file) may be damaged, hand-edited or hostile. Reading one takes two steps, both here and
neither knowing what the file holds:

1. ``read_bytes``, ``decode_text`` and ``parse_json`` bound the cost before anything is
   built: a size cap read from the disk, UTF-8 only, a nesting depth counted without
   recursion, integers of a bounded number of digits, finite numbers only (no NaN or
   Infinity), and an object naming a field twice refused rather than silently keeping one.
2. A ``Fields`` reader checks each value's type (objects with known fields, lists, text,
   whole numbers, numbers, choices, ids, times) and raises one sentence naming the path
   (``encounters[12].impact: must be…``), a value echoed short and escaped.

Every refusal is an InvalidValue with the file's code, and ``field`` the path it is about.
Messages start in lower case so that a caller may put the file's name in front.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from wellbeing.domain.validation import EARLIEST_YEAR, InvalidValue, shown_json

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
"""Local wall-clock time to the second, as the journal stores it."""
TIME_EXAMPLE = "2026-03-02T08:15:30"

_ID = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", re.ASCII)
_PLAIN = re.compile(r"[A-Za-z0-9_]{1,40}", re.ASCII)


@dataclass(frozen=True)
class FileSpec:
    """What kind of file is read, for its messages, and the bounds it is read within."""

    noun: str
    """The file as a message names it: "an export"."""
    title: str
    """What a file of another kind is not: "a Wellbeing journal export"."""
    code: str
    """The InvalidValue code of a malformed file: "bad_export"."""
    too_large_code: str
    """The code of a file over max_bytes, which an interface may word apart."""
    max_bytes: int
    max_depth: int = 32
    """Deepest nesting read; a file nesting more is refused before it is parsed (the json
    module recurses once per level)."""
    max_digits: int = 400
    """Longest integer read: converting thousands of digits is slow (Python refuses over
    4,300), and no field takes more than a few."""


# --- shown values -----------------------------------------------------------------------


def shown(value: Any) -> str:
    """A value as a message shows it: short, in JSON spelling, with control characters,
    half characters and text-direction marks escaped so that it prints on any terminal."""
    return shown_json(value)


def kind_of(value: Any) -> str:
    """What a JSON value is, in words, for "must be text, not a number"."""
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


def path(where: str, key: Any) -> str:
    """where.key, the key shortened and quoted when it is not a plain word."""
    name = key if isinstance(key, str) and _PLAIN.fullmatch(key) else shown(key)
    return f"{where}.{name}" if where else name


def lower_first(text: str) -> str:
    """A sentence made to follow "where: "."""
    return text[:1].lower() + text[1:]


def unpaired_surrogate(text: str) -> str | None:
    """JSON may spell half a UTF-16 pair (\\ud800); such a string cannot be stored. Returns
    the half character as JSON spells it, or None for text that can."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"\\u{ord(text[error.start]):04x}"
    return None


# --- bounded parsing --------------------------------------------------------------------


def _too_large(size: int, spec: FileSpec) -> InvalidValue:
    return InvalidValue(
        f"the file is {size / 1e6:,.1f} MB; {spec.noun} over {spec.max_bytes / 1e6:g} MB "
        "is refused.",
        spec.too_large_code,
        size=size,
    )


def read_bytes(file: Path, spec: FileSpec) -> bytes:
    """The file's bytes, refused unread when over the size cap."""
    try:
        size = file.stat().st_size
        if size > spec.max_bytes:
            raise _too_large(size, spec)
        with open(file, "rb") as handle:
            data = handle.read(spec.max_bytes + 1)
    except FileNotFoundError:
        raise InvalidValue(f"there is no file at {file}.", spec.code) from None
    except IsADirectoryError:
        raise InvalidValue(f"{file} is a folder, not {spec.noun} file.", spec.code) from None
    except OSError as error:
        raise InvalidValue(f"{file} cannot be read ({error.strerror}).", spec.code) from None
    if len(data) > spec.max_bytes:  # it grew since stat()
        raise _too_large(len(data), spec)
    return data


def decode_text(data: bytes, spec: FileSpec) -> str:
    """UTF-8 text, past any byte-order marks (an editor may add one, or two); not empty."""
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidValue(
            f"byte {error.start + 1 + bom}: not UTF-8 text, so not {spec.title}.", spec.code
        ) from None
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise InvalidValue("the file is empty.", spec.code)
    return text


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _BadNumber(ValueError):
    """A number no field can take; parse_json says where it is."""

    def __init__(self, literal: str, problem: str) -> None:
        super().__init__(literal, problem)
        self.literal, self.problem = literal, problem


class _NotFinite(ValueError):
    """NaN, Infinity or -Infinity, which JSON does not have."""


def _refuse_constant(name: str) -> Any:
    raise _NotFinite(name)


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


def nesting(text: str) -> int:
    """How deep the JSON nests, counted without parsing (a file a hundred thousand levels
    deep must not reach the json module, which recurses)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _number_problem(text: str, error: _BadNumber, code: str) -> InvalidValue:
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
    return InvalidValue(f"{where}the number {literal} {error.problem}.", code)


def parse_json(text: str, spec: FileSpec) -> Any:
    """The JSON value of text, within spec's bounds; InvalidValue naming the first problem,
    with a line and column when the JSON itself is broken."""
    depth = nesting(text)
    if depth > spec.max_depth:
        raise InvalidValue(
            f"the JSON nests {depth:,} levels deep; {spec.noun} never nests more than "
            f"{spec.max_depth}.",
            spec.code,
        )

    def read_int(literal: str) -> int:
        digits = len(literal.lstrip("-"))
        if digits > spec.max_digits:
            raise _BadNumber(literal, f"has {digits:,} digits; no field takes a number that long")
        return int(literal)

    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_refuse_constant,
            parse_int=read_int,
            parse_float=_read_float,
        )
    except json.JSONDecodeError as error:
        raise InvalidValue(
            f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg}).", spec.code
        ) from None
    except _DuplicateKey as error:
        raise InvalidValue(
            f"the field {shown(error.args[0])} appears twice in one object.", spec.code
        ) from None
    except _BadNumber as error:
        raise _number_problem(text, error, spec.code) from None
    except _NotFinite as error:
        raise InvalidValue(
            f"{error.args[0]} is not valid JSON (numbers must be finite).", spec.code
        ) from None
    except (ValueError, RecursionError):  # the checks above should leave none of these
        raise InvalidValue("not valid JSON.", spec.code) from None


def load_json(file: Path, spec: FileSpec) -> Any:
    """read_bytes, decode_text and parse_json in one, for a file that is never sealed."""
    return parse_json(decode_text(read_bytes(file, spec), spec), spec)


# --- typed fields -----------------------------------------------------------------------


def choice_words(choices: tuple[str, ...]) -> str:
    """ "a or b" for two choices, "one of a, b, c" for more."""
    if len(choices) == 2:
        return f"{choices[0]} or {choices[1]}"
    return f"one of {', '.join(choices)}"


@dataclass(frozen=True)
class Fields:
    """Typed readers for the values of a parsed file; each refusal is one sentence naming the
    path given as `where` (``clients[0].name``), with the file's code.

    The readers check types and the bounds given; what a value means (a vocabulary key, a
    date in the future) is the domain validators' to say.
    """

    code: str

    def problem(self, where: str, message: str, **params: object) -> InvalidValue:
        """The refusal "where: message", field=where."""
        return InvalidValue(
            f"{where}: {message}" if where else message,
            self.code,
            where,
            where=where,
            **params,
        )

    def read_object(
        self,
        where: str,
        value: Any,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
        refused: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        """An object holding no other fields than allowed, and every required one.

        refused: allowed fields this file may not hold after all, each with the sentence
        saying why (a field that came with a later version of the format).
        """
        if not isinstance(value, dict):
            raise self.problem(where, f"must be an object, not {kind_of(value)}.")
        for key in value:
            if key not in allowed:
                raise self.problem(path(where, key), "unknown field.")
            if refused and key in refused:
                raise self.problem(path(where, key), refused[key])
        for key in required:
            if key not in value:
                raise self.problem(where, f"the field {key!r} is missing.")
        return value

    def read_list(self, where: str, value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise self.problem(where, f"must be a list, not {kind_of(value)}.")
        return value

    def read_text(self, where: str, value: Any) -> str:
        """Text that can be stored (no half characters)."""
        if not isinstance(value, str):
            raise self.problem(where, f"must be text, not {kind_of(value)}.")
        half = unpaired_surrogate(value)
        if half:
            raise self.problem(where, f"contains {half}, half of a character, which is not text.")
        return value

    def read_optional_text(self, where: str, value: Any) -> str | None:
        """Text, or None for null."""
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.problem(where, f"must be text or null, not {kind_of(value)}.")
        return self.read_text(where, value)

    def read_whole(
        self,
        where: str,
        value: Any,
        optional: bool = False,
        low: int | None = None,
        high: int | None = None,
    ) -> int | None:
        """A whole number (true and 1.0 are not), within low..high when both are given;
        None only when optional."""
        if value is None and optional:
            return None
        in_range = low is None or high is None or (isinstance(value, int) and low <= value <= high)
        if isinstance(value, bool) or not isinstance(value, int) or not in_range:
            span = f" from {low} to {high}" if low is not None and high is not None else ""
            expected = f"a whole number{span}" + (" or null" if optional else "")
            raise self.problem(where, f"must be {expected}, not {shown(value)}.")
        return value

    def read_number(
        self, where: str, value: Any, low: float, high: float, optional: bool = False
    ) -> float | None:
        """A finite number from low to high (true is not one); None only when optional."""
        if value is None and optional:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high
        ):
            expected = f"a number from {low:g} to {high:g}" + (" or null" if optional else "")
            raise self.problem(where, f"must be {expected}, not {shown(value)}.")
        return float(value)

    def read_bool(self, where: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.problem(where, f"must be true or false, not {shown(value)}.")
        return value

    def read_choice(self, where: str, value: Any, choices: tuple[str, ...]) -> str:
        """One of a few fixed words (a StrEnum's values)."""
        if not isinstance(value, str) or value not in choices:
            raise self.problem(where, f"must be {choice_words(choices)}, not {shown(value)}.")
        return value

    def read_id(self, where: str, value: Any, seen: dict[str, str]) -> str:
        """An id (1–64 letters, digits or _ . : -) not in seen, which maps each id already
        read to where it was; the caller adds this one once its entry is read whole."""
        text = self.read_text(where, value)
        if not _ID.fullmatch(text):
            raise self.problem(
                where, f"{shown(text)} is not an id (1–64 letters, digits or _ . : -)."
            )
        if text in seen:
            raise self.problem(where, f"the id {shown(text)} is already used by {seen[text]}.")
        return text

    def read_time(self, where: str, value: Any) -> datetime:
        """Local wall-clock time to the second, "YYYY-MM-DDTHH:MM:SS", from EARLIEST_YEAR
        on; whether it may be in the future is the caller's to say."""
        text = self.read_text(where, value)
        if not _TIME.fullmatch(text):
            raise self.problem(where, f'must be a time like "{TIME_EXAMPLE}", not {shown(text)}.')
        try:
            moment = datetime.strptime(text, TIME_FORMAT)
        except ValueError:
            raise self.problem(where, f"{shown(text)} is not a real date and time.") from None
        if moment.year < EARLIEST_YEAR:
            raise self.problem(where, f"must be in {EARLIEST_YEAR} or later, not {moment.year}.")
        return moment

    def invalid(
        self, where: str, error: InvalidValue, whole_sentence: bool = False
    ) -> InvalidValue:
        """A domain validator's refusal of the entry read at where, pointed at its field
        (error.field, never the sentence's words): ``encounters[3].impact: must be…``.

        The sentence loses the words naming the field, which the path now names, unless
        whole_sentence keeps it as the domain wrote it ("the note is … characters long").
        """
        at = f"{where}.{error.field}" if error.field else where
        detail = error.params.get("detail")
        if whole_sentence or not isinstance(detail, str):
            detail = lower_first(str(error))
        return self.problem(at, detail, reason=error.code)
