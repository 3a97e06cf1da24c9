"""The limits a user sets for their client work, as plain data that round-trips to JSON."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import time
from typing import Any

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.validation import MAX_TEXT, InvalidValue, is_text, shown_json, shown_key

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


ANY_TIME = Hours(time.min, time.max)
"""The whole day: no limit on when."""

NOT_CHOSEN = Boundaries(working_hours=(ANY_TIME,) * WEEKDAYS, channels=(), response_hours=None)
"""What encounters are checked against before the user has saved or confirmed their
limits: nothing about time, day, channel or answer time. The defaults (office hours on
weekdays) are only a suggestion; flagging against them would mark every evening entry as
"outside my working hours" for someone who never said so. What the user tags (an insult,
an out-of-scope request) is still a crossing."""


def to_check(boundaries: Boundaries, chosen: bool) -> Boundaries:
    """The limits violations are detected against: the user's once they saved or confirmed
    them (`chosen`), NOT_CHOSEN until then."""
    return boundaries if chosen else NOT_CHOSEN


def _hours_json(hours: Hours | None) -> list[str] | None:
    return None if hours is None else [f"{hours.start:%H:%M}", f"{hours.end:%H:%M}"]


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


MAX_RESPONSE_HOURS = 24 * 30
"""The longest answer time a user can promise (the boundaries dialog's limit)."""

FIELDS = ("working_hours", "channels", "response_hours", "in_scope", "respect", "limits")
CHANNEL_FIELDS = ("channel", "accepted", "hours")
_CLOCK = re.compile(r"\d{2}:\d{2}(:\d{2})?", re.ASCII)


def _problem(where: str, detail: str) -> InvalidValue:
    """`where` is a path inside the boundaries (``channels[2].hours``), `detail` the rest of
    the sentence: a reader of a file puts its own path in front."""
    message = f"{where}: {detail}" if where else f"The boundaries {detail}"
    return InvalidValue(message, "bad_boundaries", where=where, detail=detail)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list | tuple) else "an object"


def _object(where: str, value: object, allowed: tuple[str, ...], strict: bool) -> dict:
    if not isinstance(value, dict):
        raise _problem(where, f"must be an object, not {_kind(value)}.")
    if strict:
        for key in value:
            if key not in allowed:
                path = f"{where}.{shown_key(key)}" if where else shown_key(key)
                raise _problem(path, f"unknown field; known: {', '.join(allowed)}.")
    return value


def _list(where: str, value: object) -> list:
    if not isinstance(value, list | tuple):
        raise _problem(where, f"must be a list, not {_kind(value)}.")
    return list(value)


def _hours(where: str, value: object) -> Hours | None:
    """A span from its JSON form ``["09:00", "18:00"]``; null (or an empty list, as older
    versions wrote a day off) is none."""
    if value is None or value == []:
        return None
    pair = _list(where, value)
    if len(pair) != 2 or not all(isinstance(p, str) and _CLOCK.fullmatch(p) for p in pair):
        raise _problem(where, 'must be two times like ["09:00", "18:00"], or null.')
    try:
        start, end = (time.fromisoformat(part) for part in pair)
    except ValueError:
        raise _problem(
            where, f"{shown_json(pair[0])} to {shown_json(pair[1])} are not times of day."
        ) from None
    if end <= start:
        raise _problem(where, f"must end after it starts, not {pair[0]} to {pair[1]}.")
    return Hours(start, end)


def _text(where: str, value: object) -> str:
    if not isinstance(value, str):
        raise _problem(where, f"must be text, not {_kind(value)}.")
    if not is_text(value):
        raise _problem(where, "holds a broken character (half of a pair).")
    if len(value) > MAX_TEXT:
        raise _problem(where, f"is {len(value):,} characters long; the limit is {MAX_TEXT:,}.")
    return value


def _channels(value: object, strict: bool) -> tuple[ChannelRule, ...]:
    known = vocab.by_key(vocab.CHANNELS)
    rules: dict[str, ChannelRule] = {}
    for index, raw in enumerate(_list("channels", value)):
        where = f"channels[{index}]"
        rule = _object(where, raw, CHANNEL_FIELDS, strict)
        channel = rule.get("channel")
        if not isinstance(channel, str):
            raise _problem(f"{where}.channel", f"must be a channel's key, not {_kind(channel)}.")
        if channel not in known:
            if strict:
                choices = ", ".join(known)
                raise _problem(
                    f"{where}.channel",
                    f"unknown channel {shown_json(channel)}; choose one of: {choices}.",
                )
            continue  # a channel of another version of the app: no rule for it here
        if channel in rules:
            raise _problem(f"{where}.channel", f"{channel} already has a rule.")
        accepted = rule.get("accepted", True)
        if not isinstance(accepted, bool):
            raise _problem(f"{where}.accepted", f"must be true or false, not {_kind(accepted)}.")
        rules[channel] = ChannelRule(channel, accepted, _hours(f"{where}.hours", rule.get("hours")))
    return tuple(rules.values())


def from_json(data: object, strict: bool = False) -> Boundaries:
    """Boundaries from their JSON form; missing keys keep their defaults.

    A malformed value raises InvalidValue (a ValueError) whose params name the place
    (`where`, such as ``channels[0].hours``) and the problem (`detail`). Leniently (a value
    stored in a journal), fields and channels of other versions are skipped; `strict` (a
    file being imported) refuses them as well.
    """
    data = _object("", data, FIELDS, strict)
    default = Boundaries()
    days = _list("working_hours", data.get("working_hours", []))
    week = tuple(_hours(f"working_hours[{i}]", day) for i, day in enumerate(days))
    if week and len(week) != WEEKDAYS:
        raise _problem("working_hours", f"needs seven days, Monday first, not {len(week)}.")
    response = data.get("response_hours", default.response_hours)
    if response is not None and (
        isinstance(response, bool)
        or not isinstance(response, int)
        or not 1 <= response <= MAX_RESPONSE_HOURS
    ):
        high = MAX_RESPONSE_HOURS
        raise _problem(
            "response_hours",
            f"must be a whole number from 1 to {high} or null, not {shown_json(response)}.",
        )
    limits = tuple(
        _text(f"limits[{i}]", limit)
        for i, limit in enumerate(_list("limits", data.get("limits", [])))
    )
    if sum(len(limit) + 1 for limit in limits) > MAX_TEXT:
        raise _problem("limits", f"are longer than {MAX_TEXT:,} characters in all.")
    return Boundaries(
        working_hours=week or default.working_hours,
        channels=_channels(data.get("channels", []), strict),
        response_hours=response,
        in_scope=_text("in_scope", data.get("in_scope", "")),
        respect=_text("respect", data.get("respect", "")),
        limits=limits,
    )
