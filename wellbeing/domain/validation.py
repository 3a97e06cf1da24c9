"""Checks that turn impossible values into one clear sentence, before anything is written."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    Encounter,
    EncounterKind,
    Strength,
)

MAX_TEXT = 100_000
EARLIEST_YEAR = 1900
MAX_NAME = 200
MAX_DURATION_MINUTES = 24 * 60


class InvalidValue(ValueError):
    """A user's mistake: its message is one sentence meant for them.

    `code` and `params` let an interface word the same sentence in the user's language;
    `field` says which value is wrong, so that a reader can point at it without parsing the
    English: a field name of the dataclass checked (``impact``, ``name``, ``detail``…) for
    the checks below, a path such as ``encounters[12].impact`` for a file's strict reader,
    or empty when the sentence is about no one field. When a check's sentence starts by
    naming its field ("Impact must be…"), ``params["detail"]`` holds the rest ("must be…"),
    for a message that names the field another way.
    """

    def __init__(self, message: str, code: str = "", field: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]{1,40}", re.ASCII)
SHOWN = 40
"""A value a message quotes is cut to this many characters: a 300 KB tag is not echoed."""


def _shown_int(value: int, limit: int) -> str:
    try:
        text = str(value) if value.bit_length() <= 2_000 else ""
    except ValueError:  # over sys.get_int_max_str_digits()
        text = ""
    if not text:
        digits = int(value.bit_length() * 0.30103) + 1
        return f"a{' negative' if value < 0 else ''} number of about {digits:,} digits"
    return text if len(text) <= limit else f"{text[:12]}… ({len(text.lstrip('-')):,} digits)"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown(value: object, limit: int = SHOWN) -> str:
    """A user's value as a message quotes it: its repr (which escapes control characters and
    half characters, so it prints anywhere), cut short."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _shown_int(value, limit)
    if isinstance(value, str | list | tuple) and len(value) > limit:
        value = value[:limit]  # not a 300 KB repr for 40 characters shown
    try:
        return _cut(repr(value), limit)
    except RecursionError:
        return f"a {type(value).__name__}"


def shown_json(value: object, limit: int = SHOWN) -> str:
    """As shown, in JSON spelling (null, true, "text"): for values read from a JSON file."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _shown_int(value, limit)
    if isinstance(value, str | list) and len(value) > limit:
        value = value[:limit]
    elif isinstance(value, dict) and len(value) > limit:
        value = dict(list(value.items())[:limit])
    try:
        text = json.dumps(value, ensure_ascii=False)[: 2 * limit]
    except (TypeError, ValueError, RecursionError):
        return shown(value, limit)
    return _cut("".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text), limit)


def shown_key(key: object) -> str:
    """A field's name in a path such as ``channels[0].colour``: as is when it is a plain
    short word, quoted and cut otherwise."""
    if isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
        return key
    return shown_json(key)


def _check_range(name: str, field: str, value: int | None, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        detail = f"must be a whole number from {low} to {high}, not {shown(value)}."
        raise InvalidValue(
            f"{name} {detail}", "out_of_range", field, detail=detail, low=low, high=high
        )


CHOICES_SHOWN = 120
"""Characters of choices a message lists (44 emotions would make a paragraph)."""


def choices(keys: tuple[str, ...] | list[str]) -> str:
    """The keys to choose from, as many as fit in a short sentence."""
    listed: list[str] = []
    for key in keys:
        if listed and sum(len(k) + 2 for k in listed) + len(key) > CHOICES_SHOWN:
            return f"{', '.join(listed)}… ({len(keys)} in all)"
        listed.append(key)
    return ", ".join(listed)


def _check_key(name: str, field: str, terms: tuple[vocab.Term, ...], key: str | None) -> None:
    if key is not None and (not isinstance(key, str) or key not in vocab.by_key(terms)):
        known = choices([term.key for term in terms])
        raise InvalidValue(
            f"Unknown {name} {shown(key)}; choose one of: {known}.", "unknown_key", field
        )


def _check_keys(
    name: str, field: str, terms: tuple[vocab.Term, ...], keys: tuple[str, ...]
) -> None:
    for key in keys:
        _check_key(name, field, terms, key)


def is_text(text: str) -> bool:
    """Whether text can be stored: a name typed in a terminal that is not UTF-8 reaches
    Python as lone surrogates (surrogateescape), which SQLite and the JSON files refuse."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_text(name: str, field: str, text: str) -> None:
    if not isinstance(text, str):
        raise InvalidValue(f"{name} must be text.", "not_text", field, detail="must be text.")
    if not is_text(text):
        detail = "holds a broken character (half of a pair)."
        raise InvalidValue(f"{name} {detail}", "broken_text", field, detail=detail)
    if len(text) > MAX_TEXT:
        detail = f"is {len(text):,} characters long; the limit is {MAX_TEXT:,}."
        raise InvalidValue(
            f"{name} {detail}",
            "text_too_long",
            field,
            detail=detail,
            length=len(text),
            limit=MAX_TEXT,
        )


_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_control(character: str) -> bool:
    """Characters that would let a name rewrite a terminal line or reverse text around it."""
    import unicodedata

    return unicodedata.category(character) == "Cc" or character in _DIRECTION_CONTROLS


def check_client_name(name: str) -> str:
    """The name as stored (spaces collapsed); InvalidValue if it cannot be one."""
    if not isinstance(name, str):
        raise InvalidValue("A client name must be text.", "not_text", "name")
    if not is_text(name):
        raise InvalidValue(
            "A client name cannot hold a broken character (text that is not UTF-8); type it again.",
            "client_name_broken",
            "name",
        )
    cleaned = " ".join(name.split())
    if any(_is_control(c) for c in cleaned):
        raise InvalidValue(
            "A client name cannot hold control characters (escape codes, invisible "
            "direction marks); type it again.",
            "client_name_control",
            "name",
        )
    if not cleaned:
        raise InvalidValue("A client needs a name.", "client_name_empty", "name")
    if len(cleaned) > MAX_NAME:
        raise InvalidValue(
            f"A client name is limited to {MAX_NAME} characters.",
            "client_name_long",
            "name",
            limit=MAX_NAME,
        )
    return cleaned


def validate_client(client: Client) -> None:
    check_client_name(client.name)
    share = client.revenue_share
    if share is not None and (
        isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 100
    ):
        raise InvalidValue(
            f"Revenue share must be between 0 and 100 %, not {shown(share)}.",
            "revenue_share",
            "revenue_share",
            share=share,
        )


def validate_strength(strength: Strength) -> None:
    if not strength.text.strip():
        raise InvalidValue("A strength needs some text.", "strength_empty", "text")
    _check_text("The strength", "text", strength.text)


def validate_encounter(encounter: Encounter, now: datetime | None = None) -> None:
    """Raise InvalidValue naming the first impossible value."""
    now = now or datetime.now()
    if encounter.kind not in tuple(EncounterKind):
        detail = f"must be difficult or positive, not {shown(encounter.kind)}."
        raise InvalidValue(f"Kind {detail}", "unknown_key", "kind", detail=detail)
    if encounter.occurred_at.year < EARLIEST_YEAR:
        raise InvalidValue(
            f"The encounter's date is before {EARLIEST_YEAR}.", "past_date", "occurred_at"
        )
    if encounter.occurred_at > now + timedelta(days=1):
        raise InvalidValue("The encounter's date is in the future.", "future_date", "occurred_at")
    _check_range("Impact", "impact", encounter.impact, 0, 10)
    if encounter.impact is None:
        detail = "must be a whole number from 0 to 10."
        raise InvalidValue(f"Impact {detail}", "missing", "impact", detail=detail)
    _check_range("Assertiveness", "assertiveness", encounter.assertiveness, 1, 5)
    _check_range(
        "Confidence in my company", "company_confidence", encounter.company_confidence, 1, 5
    )
    _check_range(
        "Duration in minutes",
        "duration_minutes",
        encounter.duration_minutes,
        0,
        MAX_DURATION_MINUTES,
    )
    _check_key("channel", "channel", vocab.CHANNELS, encounter.channel)
    _check_key("outcome", "outcome", vocab.OUTCOMES, encounter.outcome)
    _check_key("lingering", "lingered", vocab.LINGERING, encounter.lingered)
    _check_key("backing", "backed", vocab.BACKING, encounter.backed)
    _check_keys("behaviour", "behaviours", vocab.BEHAVIOURS, encounter.behaviours)
    _check_keys("irritant", "irritants", vocab.IRRITANTS, encounter.irritants)
    _check_keys("violation", "violations", vocab.VIOLATIONS, encounter.violations)
    _check_keys("emotion", "emotions", vocab.EMOTIONS, encounter.emotions)
    if encounter.backed is not None and not encounter.escalated:
        raise InvalidValue(
            "Whether my company backed me only applies to an escalated encounter.",
            "backed_not_escalated",
            "backed",
        )
    _check_text("What happened", "what_happened", encounter.what_happened)
    _check_text("What I would do next time", "next_time", encounter.next_time)


def validate_check_in(check_in: CheckIn, now: datetime | None = None) -> None:
    from wellbeing.domain.checkin import STRAIN_QUESTIONS, WELLBEING_QUESTIONS

    now = now or datetime.now()
    if check_in.answered_at > now + timedelta(days=1):
        raise InvalidValue(
            "A check-in cannot be dated in the future.", "future_date", "answered_at"
        )
    for scale, answers, questions in (
        ("strain", check_in.strain, STRAIN_QUESTIONS),
        ("wellbeing", check_in.wellbeing, WELLBEING_QUESTIONS),
    ):
        if len(answers) != len(questions):
            raise InvalidValue(
                "A check-in needs an answer to every question.", "check_in_incomplete", scale
            )
    for answer in check_in.strain:
        _check_range("A strain answer", "strain", answer, 0, 4)
    for answer in check_in.wellbeing:
        _check_range("A well-being answer", "wellbeing", answer, 0, 5)


def validate_client_event(event: ClientEvent) -> None:
    if event.at.year < EARLIEST_YEAR:
        raise InvalidValue(f"The date is before {EARLIEST_YEAR}.", "past_date", "at")
    _check_text("The note", "detail", event.detail)
