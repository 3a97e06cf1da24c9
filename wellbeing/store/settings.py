"""Every user preference declared once with its default, stored inside the journal."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

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


def get(db: Database, setting: Setting[T]) -> T:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [setting.key]).fetchone()
    if row is None:
        return setting.default
    value = json.loads(row[0])
    return value if isinstance(value, type(setting.default)) else setting.default


def put(db: Database, setting: Setting[T], value: T) -> None:
    from wellbeing.domain.validation import InvalidValue

    if (
        setting.low is not None
        and setting.high is not None
        and not (
            setting.low <= value <= setting.high  # type: ignore[operator]
        )
    ):
        raise InvalidValue(f"{setting.key} must be from {setting.low} to {setting.high}.")
    with db.atomic():
        db["settings"].upsert({"key": setting.key, "value": json.dumps(value)}, pk="key")


BOUNDARIES: Setting[dict] = Setting("boundaries", {})
"""The user's limits (wellbeing.domain.boundaries.to_json); empty means the defaults."""

ADVICE_THRESHOLDS: Setting[dict] = Setting("advice_thresholds", {})
"""Overrides of wellbeing.analysis.advice.Thresholds, by field name."""

REFRAME_FOLLOW_UP_WEEKS: Setting[int] = Setting("reframe_follow_up_weeks", 6, low=2, high=26)
"""Weeks after a reframing before the app says whether it worked."""


def boundaries(db: Database) -> Boundaries:
    """The user's limits; the defaults (office hours, weekdays) until they set their own."""
    from wellbeing.domain.boundaries import Boundaries, from_json

    stored = get(db, BOUNDARIES)
    try:
        return from_json(stored) if stored else Boundaries()
    except (ValueError, KeyError, TypeError):
        return Boundaries()
