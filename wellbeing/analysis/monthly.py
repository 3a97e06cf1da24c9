"""One client's months: the mean impact of the difficult encounters and the limits crossed,
month by month, with the status changes (reframed, dethroned, active again) placed on them.
What the Clients page charts; pure, over the domain's encounters and events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from wellbeing.domain.model import ClientEvent, ClientEventKind, Encounter

Month = tuple[int, int]
MAX_MONTHS = 24


@dataclass(frozen=True)
class MonthlyImpact:
    """Per calendar month: mean impact of the difficult encounters (None: none that month)
    and boundary violations (each crossed limit of each encounter counts once)."""

    months: tuple[Month, ...]
    mean_impact: tuple[float | None, ...]
    violations: tuple[int, ...]
    steps: tuple[tuple[float, str], ...] = ()
    """Status changes (event kind) at their place on the month axis (0 = first month)."""


def _month_index(month: Month) -> int:
    return month[0] * 12 + month[1] - 1


def _month_of(index: int) -> Month:
    return index // 12, index % 12 + 1


STEPS = (ClientEventKind.REFRAMED, ClientEventKind.DETHRONED, ClientEventKind.REACTIVATED)


def monthly_impact(
    encounters: Iterable[Encounter], today: date, events: Iterable[ClientEvent] = ()
) -> MonthlyImpact:
    """Up to MAX_MONTHS months ending this month (or the last month with encounters, for
    a relationship that ended long ago)."""
    items = list(encounters)
    if not items:
        return MonthlyImpact((), (), ())
    seen = [_month_index((e.occurred_at.year, e.occurred_at.month)) for e in items]
    end = _month_index((today.year, today.month))
    if max(seen) <= end - MAX_MONTHS:
        end = max(seen)
    start = max(min(seen), end - MAX_MONTHS + 1)
    impacts: dict[int, list[int]] = {}
    violations: dict[int, int] = {}
    for index, encounter in zip(seen, items, strict=True):
        if encounter.kind == "difficult":
            impacts.setdefault(index, []).append(encounter.impact)
        violations[index] = violations.get(index, 0) + len(encounter.violations)
    span = range(start, end + 1)
    return MonthlyImpact(
        months=tuple(_month_of(i) for i in span),
        mean_impact=tuple(sum(v) / len(v) if (v := impacts.get(i)) else None for i in span),
        violations=tuple(violations.get(i, 0) for i in span),
        steps=tuple(
            (_month_index((e.at.year, e.at.month)) - start + (e.at.day - 1) / 31 - 0.5, e.kind)
            for e in events
            if e.kind in STEPS and start <= _month_index((e.at.year, e.at.month)) <= end
        ),
    )
