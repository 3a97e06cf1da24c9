"""What the app should gently remind the user of: a check-in due, a contact coming up, a
goal agreed with a coach that is due."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wellbeing.domain.checkin import is_due
from wellbeing.domain.coaching import Goal
from wellbeing.domain.model import CheckIn, Client, ClientEvent, ClientEventKind, ClientStatus

CONTACT_DAYS_AHEAD = 1
"""A planned contact is announced from the day before it (tomorrow's call shows today)."""
CONTACT_GRACE = timedelta(hours=1)
"""…and until an hour after its time (the call may run late)."""


@dataclass(frozen=True)
class ContactReminder:
    client: Client
    at: datetime
    event_id: str


def check_in_due(check_ins: Sequence[CheckIn], now: datetime) -> bool:
    """Whether to remind the user of their weekly check-in (light: no numpy at start-up)."""
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
