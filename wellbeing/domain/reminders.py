"""The kinds of reminder, the user's choices about them, and the snoozes and dismissals.

Declared here (not in analysis) so that the store can check both settings when they are
written or imported, as it does the boundaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from enum import StrEnum

from wellbeing.domain.validation import InvalidValue, choices, shown_json, shown_key


class ReminderKind(StrEnum):
    END_OF_DAY = "end_of_day"
    CHECK_IN = "check_in"
    REFRAME_FOLLOW_UP = "reframe_follow_up"
    GOAL = "goal"
    CONTACT = "contact"


DEFAULT_ON = frozenset(kind for kind in ReminderKind if kind != ReminderKind.END_OF_DAY)
"""The end-of-day nudge is opt-in: a daily ping the user did not ask for reads as a duty,
on the very days the app should ask least of them. The others speak of things the user
set in motion (a check-in rhythm, a reframing, a coach's goal, a planned call)."""
DEFAULT_END_OF_DAY = time(18, 0)
"""When the end-of-day nudge comes once turned on: after a usual working day."""
DISMISSED = "dismissed"
"""A mark's value when the reminder was dismissed rather than snoozed."""
MAX_MARKS = 1000
MAX_KEY = 200


@dataclass(frozen=True)
class ReminderPrefs:
    """Which reminders the user wants, and when the end-of-day nudge comes."""

    on: frozenset[ReminderKind] = field(default=DEFAULT_ON)
    end_of_day: time = DEFAULT_END_OF_DAY

    def enabled(self, kind: ReminderKind) -> bool:
        return kind in self.on


def _problem(where: str, detail: str) -> InvalidValue:
    return InvalidValue(f"{where}: {detail}" if where else detail, where=where, detail=detail)


def prefs_to_json(prefs: ReminderPrefs) -> dict[str, object]:
    return {
        "kinds": {kind.value: kind in prefs.on for kind in ReminderKind},
        "end_of_day": prefs.end_of_day.strftime("%H:%M"),
    }


def prefs_from_json(data: object, strict: bool = False) -> ReminderPrefs:
    """Preferences from their JSON form; a kind left out keeps its default.

    Leniently (a stored value), kinds of other versions are skipped; `strict` (an import)
    refuses them. InvalidValue's params name the place (`where`) and the problem (`detail`).
    """
    if not isinstance(data, Mapping):
        raise _problem("", "must be an object with kinds and end_of_day.")
    for key in data:
        if key not in ("kinds", "end_of_day") and strict:
            raise _problem(shown_key(str(key)), "unknown field; known: kinds, end_of_day.")
    kinds = data.get("kinds", {})
    if not isinstance(kinds, Mapping):
        raise _problem("kinds", "must be an object of reminder kinds and true or false.")
    on: set[ReminderKind] = set(DEFAULT_ON)
    known = {kind.value: kind for kind in ReminderKind}
    for name, value in kinds.items():
        kind = known.get(name)
        if kind is None:
            if strict:
                detail = f"unknown reminder kind; known: {choices(list(known))}."
                raise _problem(f"kinds.{shown_key(str(name))}", detail)
            continue
        if not isinstance(value, bool):
            raise _problem(f"kinds.{name}", f"must be true or false, not {shown_json(value)}.")
        if value:
            on.add(kind)
        else:
            on.discard(kind)
    at = data.get("end_of_day", DEFAULT_END_OF_DAY.strftime("%H:%M"))
    try:
        if not isinstance(at, str) or len(at) != 5:
            raise ValueError
        end_of_day = time.fromisoformat(at)
    except ValueError:
        raise _problem(
            "end_of_day", f"must be a time such as 18:00, not {shown_json(at)}."
        ) from None
    return ReminderPrefs(frozenset(on), end_of_day)


def marks_from_json(data: object) -> dict[str, datetime | None]:
    """Snoozes (key → until when) and dismissals (key → None) from their JSON form."""
    if not isinstance(data, Mapping):
        raise _problem("", "must be an object of reminder keys and marks.")
    if len(data) > MAX_MARKS:
        raise _problem("", f"holds more than {MAX_MARKS} marks.")
    marks: dict[str, datetime | None] = {}
    for key, value in data.items():
        if not isinstance(key, str) or not 0 < len(key) <= MAX_KEY:
            raise _problem("", f"a key must be text of 1 to {MAX_KEY} characters.")
        if value == DISMISSED:
            marks[key] = None
            continue
        try:
            if not isinstance(value, str) or len(value) > 32:
                raise ValueError
            until = datetime.fromisoformat(value)
            if until.tzinfo is not None:  # the app's times are local wall-clock times
                raise ValueError
            marks[key] = until
        except ValueError:
            detail = f'must be "{DISMISSED}" or a date and time, not {shown_json(value)}.'
            raise _problem(shown_key(key), detail) from None
    return marks


def marks_to_json(marks: Mapping[str, datetime | None]) -> dict[str, str]:
    return {
        key: DISMISSED if until is None else until.isoformat(timespec="minutes")
        for key, until in marks.items()
    }
