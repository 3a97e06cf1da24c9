"""Every reminder the app may give, decided in one place: the end-of-day nudge, the weekly
check-in, the follow-up of a reframed client, a coaching goal due, a planned contact.

Pure: the window (and its tray notifications) only shows what `current_reminders` returns
for a given `now`, so that tests move a fake clock instead of waiting. Never a count of
missed days nor a streak: each reminder is one line about one thing, today.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from wellbeing.domain.checkin import is_due
from wellbeing.domain.coaching import Goal
from wellbeing.domain.model import CheckIn, Client, ClientEvent, ClientEventKind, ClientStatus
from wellbeing.domain.reminders import ReminderKind, ReminderPrefs

CONTACT_DAYS_AHEAD = 1
"""A planned contact is announced from the day before it (tomorrow's call shows today)."""
CONTACT_GRACE = timedelta(hours=1)
"""…and until an hour after its time (the call may run late)."""


@dataclass(frozen=True)
class ContactReminder:
    client: Client
    at: datetime
    event_id: str


def check_in_due(check_ins: Sequence[CheckIn], now: datetime, encounters: int = 1) -> bool:
    """Whether to remind the user of their weekly check-in (light: no numpy at start-up).

    Never on an empty journal: no nudge before there is something to speak about."""
    if not check_ins and encounters == 0:
        return False
    return is_due(max((c.answered_at for c in check_ins), default=None), now)


def contacts_coming(
    clients: Iterable[Client], events: Iterable[ClientEvent], now: datetime
) -> list[ContactReminder]:
    """Planned contacts today or tomorrow with clients still served, soonest first.

    Dethroned clients are out of active advice, so their plans are not announced.
    """
    by_id = {c.id: c for c in clients if c.status != ClientStatus.DETHRONED}
    coming = [
        ContactReminder(by_id[e.client_id], e.at, e.id)
        for e in events
        if e.kind == ClientEventKind.CONTACT_PLANNED
        and e.client_id in by_id
        and now - CONTACT_GRACE <= e.at
        and (e.at.date() - now.date()).days <= CONTACT_DAYS_AHEAD
    ]
    return sorted(coming, key=lambda r: r.at)


def goal_to_mention(
    goals: Iterable[Goal], today: date, dismissed: Iterable[str] = ()
) -> Goal | None:
    """The one due goal a gentle reminder names: the longest due first, never a count of
    the others (a list of missed items would read as a reproach)."""
    left_aside = set(dismissed)
    due = [g for g in goals if g.is_due(today) and g.id not in left_aside]
    return min(due, key=lambda g: (g.action.by_when or today, g.added_at), default=None)


MORNING = time(8, 0)
"""A snoozed reminder comes back at this hour: never in the middle of the night."""
ORDER = (
    ReminderKind.CONTACT,
    ReminderKind.GOAL,
    ReminderKind.REFRAME_FOLLOW_UP,
    ReminderKind.CHECK_IN,
    ReminderKind.END_OF_DAY,
)
"""Most time-bound first: a call in two hours matters before a nudge to breathe."""
TOMORROW = "tomorrow"
NEXT_WEEK = "next_week"


@dataclass(frozen=True)
class Reminder:
    """One thing to recall; `key` names it for snoozing and dismissing (a new week's
    check-in or a new day's nudge is a new key, so that dismissing one is not forever)."""

    key: str
    kind: ReminderKind
    due_at: datetime
    subject: str = ""
    """The client's name or the goal's words, when there is one."""
    target: str = ""
    """The client's or the goal's id, to open it."""
    at: datetime | None = None
    """A planned contact's time."""
    weeks: int = 0
    """A follow-up: the weeks since the reframing."""


@dataclass(frozen=True)
class ReminderInputs:
    """What the reminders are worked out from, read once from the journal."""

    has_data: bool
    """Anything logged (an encounter or a check-in): before that, no check-in nor
    end-of-day nudge (there is nothing to speak about yet)."""
    last_check_in: datetime | None = None
    clients: tuple[Client, ...] = ()
    events: tuple[ClientEvent, ...] = ()
    goals: tuple[Goal, ...] = ()
    follow_up_weeks: int = 6


def open_reframing(events: Iterable[ClientEvent], client_id: str, today: date) -> date | None:
    """The day of the client's latest reframing still open (not dethroned nor reactivated
    since), as the advice's follow-up reads it."""
    reframed: date | None = None
    mine = sorted(
        (e for e in events if e.client_id == client_id and e.at.date() <= today),
        key=lambda e: e.at,
    )
    for event in mine:
        if event.kind == ClientEventKind.REFRAMED:
            reframed = event.at.date()
        elif event.kind in (ClientEventKind.REACTIVATED, ClientEventKind.DETHRONED):
            reframed = None
    return reframed


def _follow_ups(inputs: ReminderInputs, today: date) -> list[Reminder]:
    found = []
    for client in inputs.clients:
        if client.status != ClientStatus.REFRAMED:
            continue
        reframed = open_reframing(inputs.events, client.id, today)
        if reframed is None:
            continue
        due = reframed + timedelta(weeks=inputs.follow_up_weeks)
        if today >= due:
            found.append(
                Reminder(
                    f"reframe_follow_up:{client.id}:{reframed.isoformat()}",
                    ReminderKind.REFRAME_FOLLOW_UP,
                    datetime.combine(due, MORNING),
                    client.name,
                    client.id,
                    weeks=(today - reframed).days // 7,
                )
            )
    return found


def due_reminders(inputs: ReminderInputs, prefs: ReminderPrefs, now: datetime) -> list[Reminder]:
    """Every reminder due at `now` among the kinds turned on, before snoozes and dismissals."""
    today = now.date()
    found: list[Reminder] = []
    if prefs.enabled(ReminderKind.CONTACT):
        found += [
            Reminder(
                f"contact:{c.event_id}",
                ReminderKind.CONTACT,
                datetime.combine(c.at.date() - timedelta(days=CONTACT_DAYS_AHEAD), time()),
                c.client.name,
                c.client.id,
                at=c.at,
            )
            for c in contacts_coming(inputs.clients, inputs.events, now)
        ]
    if prefs.enabled(ReminderKind.GOAL):
        due_goals = sorted(
            (g for g in inputs.goals if g.is_due(today)),
            key=lambda g: (g.action.by_when or today, g.added_at),
        )
        found += [
            Reminder(
                f"goal:{g.id}",
                ReminderKind.GOAL,
                datetime.combine(g.action.by_when or today, time()),
                " ".join(g.action.what.split()),
                g.id,
            )
            for g in due_goals
        ]
    if prefs.enabled(ReminderKind.REFRAME_FOLLOW_UP):
        found += _follow_ups(inputs, today)
    if not inputs.has_data:  # contacts, goals and reframings are the user's own doing;
        return sorted(found, key=lambda r: ORDER.index(r.kind))  # the rest waits for data
    if prefs.enabled(ReminderKind.CHECK_IN) and is_due(inputs.last_check_in, now):
        year, week, _ = today.isocalendar()
        since = inputs.last_check_in
        due_at = since + timedelta(days=7) if since else datetime.combine(today, time())
        found.append(Reminder(f"check_in:{year}-W{week:02d}", ReminderKind.CHECK_IN, due_at))
    evening = datetime.combine(today, prefs.end_of_day)
    if prefs.enabled(ReminderKind.END_OF_DAY) and now >= evening:
        found.append(Reminder(f"end_of_day:{today.isoformat()}", ReminderKind.END_OF_DAY, evening))
    return sorted(found, key=lambda r: ORDER.index(r.kind))


def is_set_aside(key: str, marks: Mapping[str, datetime | None], now: datetime) -> bool:
    """Dismissed (None), or snoozed until a time still to come."""
    if key not in marks:
        return False
    until = marks[key]
    return until is None or now < until


def current_reminders(
    inputs: ReminderInputs,
    prefs: ReminderPrefs,
    marks: Mapping[str, datetime | None],
    now: datetime,
) -> list[Reminder]:
    """What to show at `now`: the reminders due, less those snoozed or dismissed."""
    return [r for r in due_reminders(inputs, prefs, now) if not is_set_aside(r.key, marks, now)]


def snooze_until(choice: str, now: datetime) -> datetime:
    """Tomorrow morning, or the same weekday next week in the morning."""
    days = {TOMORROW: 1, NEXT_WEEK: 7}[choice]
    return datetime.combine(now.date() + timedelta(days=days), MORNING)


def marked(
    marks: Mapping[str, datetime | None],
    key: str,
    until: datetime | None,
    still_due: Iterable[str],
    now: datetime,
) -> dict[str, datetime | None]:
    """The marks with `key` snoozed until `until` (None: dismissed), pruned of those that
    can no longer matter (the reminder is gone, or its snooze is over), so that the
    setting does not grow day after day."""
    keep = set(still_due)
    pruned = {k: v for k, v in marks.items() if k in keep and (v is None or v > now) and k != key}
    pruned[key] = until
    return pruned


def newly_due(before: Iterable[str], now_shown: Sequence[Reminder]) -> list[Reminder]:
    """The reminders that were not shown a moment ago (due since, or back from a snooze):
    those a tray notification announces when the window is in the background."""
    seen = set(before)
    return [r for r in now_shown if r.key not in seen]
