"""Everything the dashboard shows for one period, computed from the journal read once.

No drawing here: the page and the benchmark both call `take_snapshot`; the grids come
from wellbeing.analysis.grids, and wellbeing.charts draws them. The indicators of today (index,
red flags, check-in) are kept apart so that a period change does not recompute them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from wellbeing.analysis.cycle import CycleResult, confidence_cycle
from wellbeing.analysis.exhaustion import (
    ExhaustionIndex,
    ExhaustionSeries,
    exhaustion_index,
    exhaustion_series,
    journal_start,
)
from wellbeing.analysis.facts import Facts, day_number
from wellbeing.analysis.grids import (
    CalendarGrid,
    ClientLoads,
    EmotionCounts,
    HourGrid,
    calendar_grid,
    client_loads,
    emotion_counts,
    hour_grid,
)
from wellbeing.analysis.mirror import MirrorResult, mirror
from wellbeing.analysis.red_flags import RedFlag, flagged_days, red_flags
from wellbeing.analysis.reminders import check_in_due
from wellbeing.domain.boundaries import Hours
from wellbeing.services.insights import INSIGHT_WEEKS, JournalData
from wellbeing.ui.dashboard.period import Period

CYCLE_WEEKS = INSIGHT_WEEKS
"""The cycle reads at least as many weeks as `wellbeing insights` does, up to the period's
end: fewer cannot show a trend."""


@dataclass(frozen=True, eq=False)
class Today:
    """The indicators of today, whatever the period, and the day-by-day columns every
    period is cut from (a day's values never depend on the days after it)."""

    day: date
    index: ExhaustionIndex
    flags: tuple[RedFlag, ...]
    check_in_due: bool
    start: date | None
    """The journal's first entry."""
    series: ExhaustionSeries
    """From the journal's first day (or today) to today."""
    flagged: np.ndarray
    """True on the days of `series` a red flag was raised."""
    loads: np.ndarray
    """Emotional load of every encounter (Facts.load), computed once."""


@dataclass(frozen=True, eq=False)
class Snapshot:
    period: Period
    facts: Facts
    """The period's encounters."""
    series: ExhaustionSeries
    flagged: np.ndarray
    """True on the period's days a red flag was raised."""
    cycle: CycleResult
    mirror: MirrorResult
    calendar: CalendarGrid
    hours: HourGrid
    emotions: EmotionCounts
    clients: ClientLoads


def take_today(data: JournalData, now: datetime) -> Today:
    today = now.date()
    start = journal_start(data.facts, data.check_ins)
    first = min(start, today) if start else today
    return Today(
        day=today,
        index=exhaustion_index(data.facts, data.check_ins, today),
        flags=red_flags(data.facts, data.check_ins, today),
        check_in_due=check_in_due(data.check_ins, now, len(data.facts)),
        start=start,
        series=exhaustion_series(data.facts, data.check_ins, first, today),
        flagged=flagged_days(data.facts, data.check_ins, first, today),
        loads=data.facts.load,
    )


def _cut(values: np.ndarray, offset: int, size: int) -> np.ndarray:
    """values[offset : offset + size], padded with blanks (NaN, False, 0) where the
    period reaches outside the days computed."""
    if np.issubdtype(values.dtype, np.floating):
        blank: object = np.nan
    elif values.dtype == bool:
        blank = False
    else:
        blank = 0
    result = np.full(size, blank, dtype=values.dtype)
    low, high = max(offset, 0), min(offset + size, len(values))
    if high > low:
        result[low - offset : high - offset] = values[low:high]
    return result


def series_between(series: ExhaustionSeries, first: date, last: date) -> ExhaustionSeries:
    """The days from `first` to `last` of a longer series (blank outside it)."""
    offset = day_number(first) - int(series.days[0]) if len(series) else 0
    size = (last - first).days + 1
    return ExhaustionSeries(
        days=np.arange(day_number(first), day_number(first) + size, dtype=np.int64),
        value=_cut(series.value, offset, size),
        logged=_cut(series.logged, offset, size),
        logged_7=_cut(series.logged_7, offset, size),
        rolling_7=_cut(series.rolling_7, offset, size),
        rolling_28=_cut(series.rolling_28, offset, size),
        ewma=_cut(series.ewma, offset, size),
        ewma_upper=_cut(series.ewma_upper, offset, size),
        ewma_lower=_cut(series.ewma_lower, offset, size),
        components={k: _cut(v, offset, size) for k, v in series.components.items()},
        baseline=series.baseline,
    )


def cycle_weeks(period: Period) -> int:
    return max(CYCLE_WEEKS, math.ceil(period.days / 7))


def take_snapshot(
    data: JournalData,
    today: Today,
    period: Period,
    working: Sequence[Hours | None],
    names: Mapping[str, str],
) -> Snapshot:
    first, last = period.first, period.last
    inside = (data.facts.day >= day_number(first)) & (data.facts.day <= day_number(last))
    facts = data.facts.take(inside)
    series = series_between(today.series, first, last)
    offset = day_number(first) - int(today.series.days[0])
    flagged = _cut(today.flagged, offset, period.days)
    return Snapshot(
        period=period,
        facts=facts,
        series=series,
        flagged=flagged,
        cycle=confidence_cycle(data.facts, last, cycle_weeks(period)),
        mirror=mirror(data.facts, first, last),
        calendar=calendar_grid(series, first, last),
        hours=hour_grid(facts, working),
        emotions=emotion_counts(facts),
        clients=client_loads(facts, today.loads[inside], names),
    )
