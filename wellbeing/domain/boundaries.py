"""The limits a user sets for their client work, as plain data that round-trips to JSON."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from wellbeing.domain import vocabulary as vocab

WEEKDAYS = 7
"""Monday first, as datetime.weekday() counts."""


@dataclass(frozen=True)
class Hours:
    """A span of the day, start included and end excluded (09:00–18:00)."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        return self.start <= moment < self.end

    def label(self) -> str:
        return f"{self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True)
class ChannelRule:
    """Whether a channel is accepted and, optionally, at which hours only."""

    channel: str
    accepted: bool = True
    hours: Hours | None = None


OFFICE = Hours(time(9, 0), time(18, 0))


def _default_week() -> tuple[Hours | None, ...]:
    return (OFFICE,) * 5 + (None, None)


@dataclass(frozen=True)
class Boundaries:
    """What the user accepts: encounters are checked against it (see analysis.violations)."""

    working_hours: tuple[Hours | None, ...] = field(default_factory=_default_week)
    """One entry per weekday, Monday first; None is a day off."""
    channels: tuple[ChannelRule, ...] = ()
    """Rules per channel; a channel without a rule is accepted during working hours."""
    response_hours: int | None = 24
    """How quickly I promise to answer, in working hours."""
    in_scope: str = ""
    respect: str = ""
    """How I expect to be spoken to, in the user's words (used in the message builder)."""
    limits: tuple[str, ...] = ()

    def rule_for(self, channel: str | None) -> ChannelRule | None:
        return next((rule for rule in self.channels if rule.channel == channel), None)

    def with_day(self, weekday: int, hours: Hours | None) -> Boundaries:
        week = list(self.working_hours)
        week[weekday] = hours
        return replace(self, working_hours=tuple(week))


def _hours_json(hours: Hours | None) -> list[str] | None:
    return None if hours is None else [f"{hours.start:%H:%M}", f"{hours.end:%H:%M}"]


def _hours(value: Any) -> Hours | None:
    if not value:
        return None
    start, end = (time.fromisoformat(part) for part in value)
    return Hours(start, end)


def to_json(boundaries: Boundaries) -> dict[str, Any]:
    return {
        "working_hours": [_hours_json(day) for day in boundaries.working_hours],
        "channels": [
            {"channel": r.channel, "accepted": r.accepted, "hours": _hours_json(r.hours)}
            for r in boundaries.channels
        ],
        "response_hours": boundaries.response_hours,
        "in_scope": boundaries.in_scope,
        "respect": boundaries.respect,
        "limits": list(boundaries.limits),
    }


def from_json(data: dict[str, Any]) -> Boundaries:
    """Boundaries from their JSON form; missing keys keep their defaults, bad ones raise."""
    default = Boundaries()
    week = tuple(_hours(day) for day in data.get("working_hours", ())) or default.working_hours
    if len(week) != WEEKDAYS:
        raise ValueError("working_hours needs seven days, Monday first.")
    known = vocab.by_key(vocab.CHANNELS)
    channels = tuple(
        ChannelRule(r["channel"], bool(r.get("accepted", True)), _hours(r.get("hours")))
        for r in data.get("channels", ())
        if r.get("channel") in known
    )
    return Boundaries(
        working_hours=week,
        channels=channels,
        response_hours=data.get("response_hours", default.response_hours),
        in_scope=str(data.get("in_scope", "")),
        respect=str(data.get("respect", "")),
        limits=tuple(str(limit) for limit in data.get("limits", ())),
    )
