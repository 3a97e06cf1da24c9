"""Every user preference declared once with its default, stored inside the journal.

Each setting has one check, used when it is written (put), imported (exchange.read_export)
and read (get): a stored value that fails it (left by an older version, or imported before
imports checked settings) reads as the default instead of breaking every command.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from wellbeing.domain.validation import InvalidValue, choices, shown_json, shown_key

if TYPE_CHECKING:
    from sqlite_utils import Database

    from wellbeing.domain.boundaries import Boundaries

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    low: int | None = None
    high: int | None = None


IDLE_LOCK_MINUTES: Setting[int] = Setting("idle_lock_minutes", 10, low=1, high=240)
"""Minutes without a key press or click before the journal locks itself."""

BOUNDARIES: Setting[dict] = Setting("boundaries", {})
"""The user's limits (wellbeing.domain.boundaries.to_json); empty means the defaults."""

ADVICE_THRESHOLDS: Setting[dict] = Setting("advice_thresholds", {})
"""Overrides of wellbeing.analysis.advice.Thresholds, by field name."""

REFRAME_FOLLOW_UP_WEEKS: Setting[int] = Setting("reframe_follow_up_weeks", 6, low=2, high=26)
"""Weeks after a reframing before the app says whether it worked."""

REMINDERS: Setting[dict] = Setting("reminders", {})
"""Which reminders are on, and the end-of-day time (wellbeing.domain.reminders.prefs_to_json);
empty means the defaults."""

REMINDER_MARKS: Setting[dict] = Setting("reminder_marks", {})
"""Reminders snoozed (key → until when) or dismissed (key → "dismissed")."""

SETTINGS: dict[str, Setting[Any]] = {
    setting.key: setting
    for setting in (
        ADVICE_THRESHOLDS,
        BOUNDARIES,
        IDLE_LOCK_MINUTES,
        REFRAME_FOLLOW_UP_WEEKS,
        REMINDERS,
        REMINDER_MARKS,
    )
}
"""Every key the settings table may hold; an import refuses any other."""

# The fields of wellbeing.analysis.advice.Thresholds: (whole number?, default, low, high).
# The store may not import analysis, so the schema is declared again here;
# tests/store/test_hostile_imports.py fails when the two drift apart.
THRESHOLDS: dict[str, tuple[bool, float, float, float]] = {
    "window_weeks": (True, 12, 4, 104),
    "min_encounters": (True, 5, 1, 1000),
    "min_weeks": (True, 3, 1, 104),
    "watch_difficult_share": (False, 50.0, 0.0, 100.0),
    "watch_mean_impact": (False, 5.0, 0.0, 10.0),
    "reframe_mean_impact": (False, 7.0, 0.0, 10.0),
    "watch_peak_impact": (True, 9, 0, 10),
    "watch_disrespect": (True, 1, 1, 1000),
    "reframe_disrespect": (True, 2, 1, 1000),
    "reframe_threats": (True, 1, 1, 1000),
    "dethrone_severe": (True, 3, 1, 1000),
    "watch_crossings": (True, 2, 1, 1000),
    "reframe_crossings": (True, 4, 1, 1000),
    "reframe_crossing_share": (False, 15.0, 0.0, 100.0),
    "share_margin": (False, 20.0, 0.0, 100.0),
    "impact_margin": (False, 1.5, 0.0, 10.0),
    "violation_margin": (False, 0.5, 0.0, 10.0),
    "disrespect_margin": (False, 0.2, 0.0, 1.0),
    "frequency_margin": (False, 0.5, 0.0, 50.0),
    "min_half_encounters": (True, 6, 1, 1000),
    "cost_excess": (False, 20.0, 0.0, 100.0),
    "dependency_share": (False, 30.0, 0.0, 100.0),
}
THRESHOLD_ORDER = (
    ("watch_mean_impact", "reframe_mean_impact"),
    ("watch_disrespect", "reframe_disrespect"),
    ("watch_crossings", "reframe_crossings"),
    ("min_weeks", "window_weeks"),
)
"""(lower, higher) pairs: the second may not be below the first."""

_LATER_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}", re.ASCII)
"""What a threshold of a later version may be called (it is kept, and ignored here)."""


def _problem(setting: Setting[Any], where: str, detail: str) -> InvalidValue:
    """`where` is a path inside the value (``channels[0].hours``), or empty for the value."""
    path = f"{setting.key}.{where}" if where else setting.key
    return InvalidValue(
        f"{path}: {detail}", "bad_setting", setting=setting.key, where=where, detail=detail
    )


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_thresholds(setting: Setting[Any], value: object, strict: bool) -> None:
    """As Thresholds.from_overrides checks them; names of later versions are kept (the
    thresholds dialog keeps them too), but an import takes only plain names with numbers."""
    if not isinstance(value, dict):
        raise _problem(setting, "", "must be an object of threshold names and numbers.")
    merged = {name: spec[1] for name, spec in THRESHOLDS.items()}
    for name, number in value.items():
        spec = THRESHOLDS.get(name)
        if spec is None:
            if strict and not (_LATER_NAME.fullmatch(name) and _is_number(number)):
                known = choices(list(THRESHOLDS))
                raise _problem(setting, shown_key(name), f"unknown threshold; known: {known}.")
            continue
        whole, _, low, high = spec
        if not _is_number(number) or (whole and number != int(number)) or not low <= number <= high:
            kind, span = (
                ("a whole number", (int(low), int(high))) if whole else ("a number", (low, high))
            )
            detail = f"must be {kind} from {span[0]} to {span[1]}, not {shown_json(number)}."
            raise _problem(setting, name, detail)
        merged[name] = number
    for lower, upper in THRESHOLD_ORDER:
        if merged[upper] < merged[lower]:
            detail = f"cannot be below {lower} ({merged[upper]} is below {merged[lower]})."
            raise _problem(setting, upper, detail)


def check(setting: Setting[T], value: object, strict: bool = False) -> T:
    """value if this setting can hold it, else InvalidValue naming the problem in one
    sentence (params: setting, where inside the value, detail).

    `strict` is for a file being imported: it also refuses what only a later version of the
    app would write (unknown boundary fields or channels, odd threshold names).
    """
    if setting.low is not None and setting.high is not None:
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not setting.low <= value <= setting.high
        ):
            raise _problem(
                setting,
                "",
                f"must be a whole number from {setting.low} to {setting.high}, "
                f"not {shown_json(value)}.",
            )
    elif setting.key == BOUNDARIES.key:
        from wellbeing.domain.boundaries import from_json

        try:
            from_json(value, strict)
        except InvalidValue as error:
            raise _problem(
                setting, str(error.params["where"]), str(error.params["detail"])
            ) from None
    elif setting.key == ADVICE_THRESHOLDS.key:
        _check_thresholds(setting, value, strict)
    elif setting.key in (REMINDERS.key, REMINDER_MARKS.key):
        from wellbeing.domain.reminders import marks_from_json, prefs_from_json

        try:
            if setting.key == REMINDERS.key:
                prefs_from_json(value, strict)
            else:
                marks_from_json(value)
        except InvalidValue as error:
            raise _problem(
                setting, str(error.params["where"]), str(error.params["detail"])
            ) from None
    elif not isinstance(value, type(setting.default)):
        raise _problem(
            setting, "", f"must be like {shown_json(setting.default)}, not {shown_json(value)}."
        )
    return value  # type: ignore[return-value]


def get(db: Database, setting: Setting[T]) -> T:
    """The stored value, or the default when there is none or it fails the check."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [setting.key]).fetchone()
    if row is None:
        return setting.default
    try:
        return check(setting, json.loads(row[0]))
    except (ValueError, TypeError, RecursionError):  # InvalidValue, broken JSON
        return setting.default


def put(db: Database, setting: Setting[T], value: T) -> None:
    """Store value; InvalidValue (nothing written) if the setting cannot hold it."""
    check(setting, value)
    with db.atomic():
        db.table("settings").upsert(
            {"key": setting.key, "value": json.dumps(value, allow_nan=False)}, pk="key"
        )


def check_import(key: str, value: object) -> object:
    """An imported setting's value, checked strictly; InvalidValue for an unknown key."""
    setting = SETTINGS.get(key)
    if setting is None:
        raise InvalidValue(
            f"{shown_key(key)}: unknown setting; the settings are {', '.join(SETTINGS)}.",
            "bad_setting",
            setting=key,
            where="",
            detail=f"unknown setting; the settings are {', '.join(SETTINGS)}.",
        )
    return check(setting, value, strict=True)


def exportable(db: Database) -> dict[str, Any]:
    """The stored settings an import will take back, by key.

    A value only a lenient reading accepts (a channel or threshold of another version) is
    written as this version reads it; keys and values the app ignores are left out.
    """
    exported: dict[str, Any] = {}
    for key, text in db.execute("SELECT key, value FROM settings ORDER BY key").fetchall():
        setting = SETTINGS.get(key)
        if setting is None:
            continue
        try:
            value = check(setting, json.loads(text))
        except (ValueError, TypeError, RecursionError):
            continue
        for candidate in (value, _as_this_version(setting, value)):
            try:
                exported[key] = check(setting, candidate, strict=True)
                break
            except InvalidValue:
                continue
    return exported


def _as_this_version(setting: Setting[Any], value: Any) -> Any:
    """A value that passed the lenient check, rewritten so that the strict one passes."""
    if setting.key == BOUNDARIES.key:
        from wellbeing.domain.boundaries import from_json, to_json

        return to_json(from_json(value))
    if setting.key == ADVICE_THRESHOLDS.key:
        return {name: number for name, number in value.items() if name in THRESHOLDS}
    if setting.key == REMINDERS.key:
        from wellbeing.domain.reminders import prefs_from_json, prefs_to_json

        return prefs_to_json(prefs_from_json(value))
    return value


def boundaries(db: Database) -> Boundaries:
    """The user's limits; the defaults (office hours, weekdays) until they set their own."""
    from wellbeing.domain.boundaries import Boundaries, from_json

    stored = get(db, BOUNDARIES)
    try:
        return from_json(stored) if stored else Boundaries()
    except ValueError:
        return Boundaries()
