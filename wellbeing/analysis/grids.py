"""The grids and counts the dashboard's charts draw, computed from the period's facts:
a calendar of day values, difficult encounters per weekday × hour, emotions felt, the
load per client. Pure and deterministic; charts/ draws them, ui/ never recomputes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from wellbeing.analysis.exhaustion import ExhaustionSeries
from wellbeing.analysis.facts import Facts, day_number, day_of
from wellbeing.domain.boundaries import Hours
from wellbeing.domain.vocabulary import EMOTIONS, by_key

MAX_WEEKS = 53
"""A year at most: longer periods show their last 53 weeks."""


@dataclass(frozen=True, eq=False)
class CalendarGrid:
    first: date
    """First day shown (the period's, or a year before its end)."""
    last: date
    monday: int
    """Day number of the first column's Monday."""
    values: np.ndarray
    """7 × weeks, Monday on row 0; NaN where the day has no entry or lies outside."""

    @property
    def weeks(self) -> int:
        return self.values.shape[1]


def calendar_grid(series: ExhaustionSeries, first: date, last: date) -> CalendarGrid:
    """`series` must cover `first` to `last`."""
    end = day_number(last)
    start = max(day_number(first), end - last.weekday() - 7 * (MAX_WEEKS - 1))
    monday = start - day_of(start).weekday()
    values = np.full((7, (end - monday) // 7 + 1), np.nan)
    shown = (series.days >= start) & (series.days <= end)
    offsets = series.days[shown] - monday
    values[offsets % 7, offsets // 7] = series.value[shown]
    return CalendarGrid(day_of(start), last, monday, values)


@dataclass(frozen=True, eq=False)
class HourGrid:
    counts: np.ndarray
    """7 × 24 difficult encounters, Monday on row 0, the hour they started in."""
    working: tuple[Hours | None, ...]
    """My working hours per weekday (None: a day off)."""


def hour_grid(facts: Facts, working: Sequence[Hours | None]) -> HourGrid:
    difficult = facts.difficult.astype(bool)
    stamps = facts.minute[difficult]
    minutes = (stamps - stamps.astype("datetime64[D]")).astype(np.int64)
    cells = facts.weekday[difficult] * 24 + minutes // 60
    counts = np.bincount(cells.astype(np.int64), minlength=7 * 24)[: 7 * 24].reshape(7, 24)
    return HourGrid(counts, tuple(working))


@dataclass(frozen=True, eq=False)
class EmotionCounts:
    keys: tuple[str, ...]
    """Emotions of the vocabulary felt at least once, most frequent first."""
    counts: np.ndarray
    pleasantness: np.ndarray
    energy: np.ndarray
    unplaced: int
    """Mentions of the user's own emotion words, which have no place on the plane."""


def emotion_counts(facts: Facts) -> EmotionCounts:
    tagged = facts.tags.get("emotion", {})
    known = by_key(EMOTIONS)
    felt = [(key, int(mask.sum())) for key, mask in tagged.items() if key in known]
    felt = sorted(((k, n) for k, n in felt if n), key=lambda item: (-item[1], item[0]))
    unplaced = sum(int(mask.sum()) for key, mask in tagged.items() if key not in known)
    keys = tuple(key for key, _ in felt)
    return EmotionCounts(
        keys,
        np.array([n for _, n in felt], dtype=np.int64),
        np.array([known[k].pleasantness for k in keys], dtype=float),  # type: ignore[attr-defined]
        np.array([known[k].energy for k in keys], dtype=float),  # type: ignore[attr-defined]
        unplaced,
    )


TOP_CLIENTS = 10


@dataclass(frozen=True, eq=False)
class ClientLoads:
    client_ids: tuple[str, ...]
    """The heaviest clients first (at most TOP_CLIENTS)."""
    names: tuple[str, ...]
    loads: np.ndarray
    counts: np.ndarray
    """Difficult encounters behind each load."""
    others: int
    """Clients with a load beyond the ones shown."""
    others_load: float


def client_loads(facts: Facts, load: np.ndarray, names: Mapping[str, str]) -> ClientLoads:
    """`load` is facts.load, passed in because it is slow to compute on a large journal."""
    heavy = load > 0
    clients, which = np.unique(facts.client[heavy].astype(str), return_inverse=True)
    totals = np.bincount(which, weights=load[heavy], minlength=len(clients))
    counts = np.bincount(which, minlength=len(clients))
    order = np.lexsort((clients, -totals))
    shown = order[:TOP_CLIENTS]
    rest = order[TOP_CLIENTS:]
    ids = tuple(str(c) for c in clients[shown])
    return ClientLoads(
        ids,
        tuple(names.get(i, "?") for i in ids),
        totals[shown],
        counts[shown],
        len(rest),
        float(totals[rest].sum()),
    )
