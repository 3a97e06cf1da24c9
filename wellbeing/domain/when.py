"""When an encounter happened, from the words people use: "this morning", "hier 17:30".

A form that defaults to the moment of typing dates an afternoon call logged at 21:00 at
21:00, and flags it as outside working hours. These shorthands give a time the user
chose instead, with fixed hours so that the same words always mean the same moment:

- ``now``, ``just now`` (``maintenant``, ``à l'instant``): now, to the minute;
  ``today`` (``aujourd'hui``) alone is now as well;
- ``this morning`` (``ce matin``): today at 10:00, or now if it is not 10:00 yet;
- ``this afternoon`` (``cet après-midi``): today at 15:00, or now if it is not 15:00 yet;
  refused before noon;
- ``earlier today`` (``plus tôt aujourd'hui``): two hours ago, but not before 08:00
  (nor later than now);
- ``yesterday`` (``hier``): yesterday at 12:00; ``yesterday 17:30`` at that time;
- a time alone (``14:10``, ``14h10``): today at that time; ``today 14:10`` too;
- a date (``2026-03-02``) or a date and time (``2026-03-02 08:15``).

Any moment later than now is refused: an encounter is logged once it has happened.
Both languages are always understood (their words do not collide). Pure: the caller
passes the clock, so the command line, the form and the tests agree.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from enum import StrEnum

from wellbeing.domain.validation import InvalidValue


class Shorthand(StrEnum):
    """The quick "when" choices, in the order the form offers them."""

    NOW = "now"
    THIS_MORNING = "this_morning"
    THIS_AFTERNOON = "this_afternoon"
    EARLIER_TODAY = "earlier_today"
    YESTERDAY = "yesterday"


MORNING = time(10, 0)
"""What "this morning" means when nothing more precise is said."""
AFTERNOON = time(15, 0)
"""What "this afternoon" means; the afternoon starts at NOON."""
NOON = time(12, 0)
YESTERDAY = time(12, 0)
"""What "yesterday" alone means: the middle of the day."""
EARLIER = timedelta(hours=2)
"""How long ago "earlier today" was, but not before EARLIEST_TODAY."""
EARLIEST_TODAY = time(8, 0)

WORDS: dict[str, Shorthand] = {
    "now": Shorthand.NOW,
    "just now": Shorthand.NOW,
    "right now": Shorthand.NOW,
    "today": Shorthand.NOW,
    "maintenant": Shorthand.NOW,
    "à l'instant": Shorthand.NOW,
    "a l'instant": Shorthand.NOW,
    "aujourd'hui": Shorthand.NOW,
    "this morning": Shorthand.THIS_MORNING,
    "ce matin": Shorthand.THIS_MORNING,
    "this afternoon": Shorthand.THIS_AFTERNOON,
    "cet après-midi": Shorthand.THIS_AFTERNOON,
    "cet apres-midi": Shorthand.THIS_AFTERNOON,
    "earlier today": Shorthand.EARLIER_TODAY,
    "earlier": Shorthand.EARLIER_TODAY,
    "plus tôt aujourd'hui": Shorthand.EARLIER_TODAY,
    "plus tot aujourd'hui": Shorthand.EARLIER_TODAY,
    "plus tôt": Shorthand.EARLIER_TODAY,
    "plus tot": Shorthand.EARLIER_TODAY,
    "yesterday": Shorthand.YESTERDAY,
    "hier": Shorthand.YESTERDAY,
}
"""Every phrase understood, lower case, single spaces, straight apostrophes."""

DAY_WITH_TIME = {"today": 0, "aujourd'hui": 0, "yesterday": 1, "hier": 1}
"""Words that may be followed by a time: how many days back they go."""

_CLOCK = re.compile(r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2})|h(?P<french>\d{2})?)", re.ASCII)
"""14:10, 9:05, 14h10, 14h: a separator is needed, so that a bare 14 is not a time."""
_DAY_AND_CLOCK = re.compile(r"(?P<day>.+?)(?: at| à|,)? (?P<clock>\S+)")

HELP = (
    "when it happened (default: now): now, this morning (10:00), this afternoon (15:00), "
    "earlier today (2 hours ago, not before 08:00), yesterday (12:00) or 'yesterday 17:30', "
    "a time today such as 14:10, or YYYY-MM-DD [HH:MM]; French works too (maintenant, "
    "ce matin, cet après-midi, plus tôt aujourd'hui, hier)"
)
"""The command line's help for --when, next to the rules it describes."""


def _minute(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0)


def _at(day: datetime, moment: time) -> datetime:
    return day.replace(hour=moment.hour, minute=moment.minute, second=0, microsecond=0)


def moment_of(shorthand: Shorthand, now: datetime) -> datetime:
    """The moment a quick choice stands for (see the module's list); never after now.

    InvalidValue for "this afternoon" before noon: it has not started yet.
    """
    now = _minute(now)
    if shorthand == Shorthand.NOW:
        return now
    if shorthand == Shorthand.THIS_MORNING:
        return min(_at(now, MORNING), now)
    if shorthand == Shorthand.THIS_AFTERNOON:
        if now.time() < NOON:
            raise InvalidValue(
                f"It is only {now:%H:%M}: this afternoon has not started yet.",
                "future_date",
                "occurred_at",
            )
        return min(_at(now, AFTERNOON), now)
    if shorthand == Shorthand.EARLIER_TODAY:
        return min(max(now - EARLIER, _at(now, EARLIEST_TODAY)), now)
    return _at(now - timedelta(days=1), YESTERDAY)


def available(shorthand: Shorthand, now: datetime) -> bool:
    """Whether the choice makes sense at this moment (the form greys out the others)."""
    try:
        moment_of(shorthand, now)
    except InvalidValue:
        return False
    return True


def _clock(text: str) -> time | None:
    """The time of day written, or None if the text is not one."""
    found = _CLOCK.fullmatch(text)
    if found is None:
        return None
    hour, minute = int(found["hour"]), int(found["minute"] or found["french"] or 0)
    if not (hour <= 23 and minute <= 59):
        return None
    return time(hour, minute)


def _normal(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("`", "'").lower().split())


def _not_a_date(text: str) -> InvalidValue:
    shown = text if len(text) <= 40 else text[:39] + "…"
    return InvalidValue(
        f"'{shown}' is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM, a time such "
        "as 14:10, or a word such as yesterday (see --help).",
        "not_a_date",
        "occurred_at",
    )


def _refuse_future(moment: datetime, now: datetime) -> datetime:
    """`now` to the second: 14:10 typed at 14:10:30 is not in the future."""
    if moment > now:
        shown = f"{moment:%Y-%m-%d %H:%M}" if moment.date() != now.date() else f"{moment:%H:%M}"
        raise InvalidValue(
            f"{shown} is later than now ({now:%H:%M}); an encounter is logged once it has "
            "happened.",
            "future_date",
            "occurred_at",
        )
    return moment


def parse_when(text: str, now: datetime, *, future: bool = False) -> datetime:
    """The moment typed, without a time zone (a shorthand to the minute); InvalidValue
    (one sentence) for something that is not a moment, or one later than `now` unless
    `future` (the end of a period may be a date to come; an encounter may not)."""
    latest = datetime.max if future else now
    words = _normal(text)
    if words in WORDS:
        return moment_of(WORDS[words], now)
    clock = _clock(words)
    if clock is not None:
        return _refuse_future(_at(now, clock), latest)
    split = _DAY_AND_CLOCK.fullmatch(words)
    if split is not None and split["day"] in DAY_WITH_TIME:
        clock = _clock(split["clock"])
        if clock is None:
            raise _not_a_date(text)
        day = now - timedelta(days=DAY_WITH_TIME[split["day"]])
        return _refuse_future(_at(day, clock), latest)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _not_a_date(text) from None
    return _refuse_future(moment.replace(tzinfo=None, microsecond=0), latest)
