"""The journal as columns (numpy arrays): what every indicator reads.

Indicators work on whole columns at once, so that 50,000 encounters take milliseconds,
and keep encounter ids alongside so that every number can list what lies behind it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime

import numpy as np
from numpy.typing import DTypeLike

from wellbeing.domain.model import Encounter, EncounterKind

EPOCH = date(1970, 1, 1)

LINGER_WEIGHTS: Mapping[str | None, float] = {
    None: 1.0,
    "minutes": 0.5,
    "hours": 1.0,
    "rest_of_day": 1.5,
    "into_night": 2.0,
    "several_days": 3.0,
}
"""How much longer an impact weighs when it lingered: a sleepless night counts double."""

TAG_FACETS = ("behaviour", "irritant", "emotion", "violation")


def day_number(day: date) -> int:
    """Days since 1970-01-01: the day axis every series uses."""
    return (day - EPOCH).days


def day_of(number: int) -> date:
    return date.fromordinal(EPOCH.toordinal() + int(number))


def _mark_tags(
    masks: dict[str, dict[str, np.ndarray]],
    position: dict[str, int],
    count: int,
    tags: Iterable[tuple[str, str, str]],
) -> None:
    """Set each (encounter_id, facet, tag) in its facet's mask for that tag (made as it is
    first met, `count` rows long); tags of other encounters or facets are ignored."""
    for encounter_id, facet, tag in tags:
        row = position.get(encounter_id)
        if row is None or facet not in masks:
            continue
        mask = masks[facet].get(tag)
        if mask is None:
            mask = masks[facet][tag] = np.zeros(count, dtype=bool)
        mask[row] = True


@dataclass(frozen=True, eq=False)
class Facts:
    """One row per encounter, oldest first; every field is an array of the same length."""

    ids: np.ndarray
    minute: np.ndarray
    """datetime64[m], local wall-clock time."""
    day: np.ndarray
    """int64 day numbers (see day_number)."""
    client: np.ndarray
    """Client ids (object array)."""
    difficult: np.ndarray
    impact: np.ndarray
    lingered: np.ndarray
    assertiveness: np.ndarray
    """float, NaN when not recorded."""
    confidence: np.ndarray
    """Confidence in my company, float, NaN when not recorded."""
    escalated: np.ndarray
    backed: np.ndarray
    """'yes', 'partly', 'no' or None (object array)."""
    channel: np.ndarray
    tags: Mapping[str, Mapping[str, np.ndarray]]
    """facet -> tag -> boolean mask over the rows."""

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def weekday(self) -> np.ndarray:
        """0 is Monday (1970-01-01 was a Thursday)."""
        return (self.day + 3) % 7

    @property
    def hour(self) -> np.ndarray:
        """Hour of the day as a float (8.5 is 8:30)."""
        minutes = (self.minute - self.minute.astype("datetime64[D]")).astype(np.int64)
        return minutes / 60.0

    @property
    def load(self) -> np.ndarray:
        """Emotional load of each encounter: impact weighted by how long it lingered;
        positive encounters carry none."""
        if not len(self):
            return np.zeros(0)
        keys, inverse = np.unique(self.lingered.astype(str), return_inverse=True)
        by_key = {str(key): weight for key, weight in LINGER_WEIGHTS.items()}
        weights = np.array([by_key.get(key, 1.0) for key in keys], dtype=float)[inverse]
        return np.where(self.difficult, self.impact * weights, 0.0)

    def has(self, facet: str, tag: str) -> np.ndarray:
        mask = self.tags.get(facet, {}).get(tag)
        return mask if mask is not None else np.zeros(len(self), dtype=bool)

    def any_of(self, facet: str, tags: Iterable[str]) -> np.ndarray:
        mask = np.zeros(len(self), dtype=bool)
        for tag in tags:
            mask |= self.has(facet, tag)
        return mask

    def take(self, selection: np.ndarray) -> Facts:
        """The rows a boolean mask (or index array) selects, as Facts again."""
        values = {
            f.name: getattr(self, f.name)[selection] for f in fields(self) if f.name != "tags"
        }
        tags = {
            facet: {tag: mask[selection] for tag, mask in by_tag.items()}
            for facet, by_tag in self.tags.items()
        }
        return Facts(**values, tags=tags)

    def between(self, first: date | None, last: date | None) -> Facts:
        """Encounters from day `first` to day `last`, both included (None: open end)."""
        mask = np.ones(len(self), dtype=bool)
        if first is not None:
            mask &= self.day >= day_number(first)
        if last is not None:
            mask &= self.day <= day_number(last)
        return self.take(mask)

    def for_client(self, client_id: str) -> Facts:
        return self.take(self.client == client_id)

    @classmethod
    def from_rows(
        cls,
        columns: Sequence[str],
        rows: Sequence[Sequence],
        tags: Iterable[tuple[str, str, str]],
    ) -> Facts:
        """From the store's bare rows (any column order, named by `columns`, oldest first)
        and its (encounter_id, facet, tag) triples."""
        at = {name: index for index, name in enumerate(columns)}

        def column(name: str, dtype: DTypeLike = object) -> np.ndarray:
            index = at[name]
            return np.array([row[index] for row in rows], dtype=dtype)

        ids = column("id")
        stamps = column("occurred_at", "datetime64[m]") if rows else np.array([], "datetime64[m]")
        order = np.argsort(stamps, kind="stable")
        position = {encounter_id: i for i, encounter_id in enumerate(ids)}
        masks: dict[str, dict[str, np.ndarray]] = {facet: {} for facet in TAG_FACETS}
        _mark_tags(masks, position, len(ids), tags)
        facts = cls(
            ids=ids,
            minute=stamps,
            day=stamps.astype("datetime64[D]").astype(np.int64),
            client=column("client_id"),
            difficult=column("kind") == str(EncounterKind.DIFFICULT),
            impact=column("impact", np.int64) if rows else np.array([], np.int64),
            lingered=column("lingered"),
            assertiveness=_floats(column("assertiveness")),
            confidence=_floats(column("company_confidence")),
            escalated=column("escalated", bool) if rows else np.array([], bool),
            backed=column("backed"),
            channel=column("channel"),
            tags=masks,
        )
        return facts if np.all(order == np.arange(len(order))) else facts.take(order)

    @classmethod
    def from_encounters(cls, encounters: Iterable[Encounter]) -> Facts:
        """From domain objects: what tests and small hand-built journals use."""
        columns = (
            "id",
            "occurred_at",
            "client_id",
            "kind",
            "impact",
            "lingered",
            "assertiveness",
            "company_confidence",
            "escalated",
            "backed",
            "channel",
        )
        batch = list(encounters)
        rows = [
            (
                e.id,
                e.occurred_at.strftime("%Y-%m-%dT%H:%M:%S"),
                e.client_id,
                str(e.kind),
                e.impact,
                e.lingered,
                e.assertiveness,
                e.company_confidence,
                e.escalated,
                e.backed,
                e.channel,
            )
            for e in batch
        ]
        tags = [
            (e.id, facet, tag)
            for e in batch
            for facet, attribute in (
                ("behaviour", "behaviours"),
                ("irritant", "irritants"),
                ("emotion", "emotions"),
                ("violation", "violations"),
            )
            for tag in getattr(e, attribute)
        ]
        return cls.from_rows(columns, rows, tags)


class FactColumns:
    """Facts built a slice of rows at a time, as a large journal is read.

    Rows as Python tuples take about 540 bytes an encounter, their columns about 150: kept
    as columns from the first slice on, 100,000 encounters never stand as 55 MB of tuples
    beside the Facts built from them. Gives what Facts.from_rows gives for the same rows
    (in any order: they end up in occurred_at order, ties in the order they came) and
    the same tags in the same order.
    """

    def __init__(self, columns: Sequence[str]) -> None:
        self._at = {name: index for index, name in enumerate(columns)}
        self._parts: dict[str, list[np.ndarray]] = {name: [] for name in _BUILT}
        self._stamps: list[np.ndarray] = []
        self._count = 0
        self._ids: np.ndarray | None = None
        self._position: dict[str, int] = {}
        self._masks: dict[str, dict[str, np.ndarray]] = {facet: {} for facet in TAG_FACETS}

    def add_rows(self, rows: Sequence[Sequence]) -> None:
        """The next encounters (before any tags)."""
        if not rows:
            return

        def column(name: str, dtype: DTypeLike = object) -> np.ndarray:
            index = self._at[name]
            return np.array([row[index] for row in rows], dtype=dtype)

        self._stamps.append(column("occurred_at", "S"))
        parts = self._parts
        for name in ("lingered", "backed", "channel"):
            parts[name].append(column(name))
        parts["ids"].append(column("id"))
        parts["client"].append(column("client_id"))
        parts["difficult"].append(column("kind") == str(EncounterKind.DIFFICULT))
        parts["impact"].append(column("impact", np.int64))
        parts["assertiveness"].append(_floats(column("assertiveness")))
        parts["confidence"].append(_floats(column("company_confidence")))
        parts["escalated"].append(column("escalated", bool))
        self._count += len(rows)

    def add_tags(self, tags: Iterable[tuple[str, str, str]]) -> None:
        """(encounter_id, facet, tag) of the encounters added; tags of others are ignored."""
        if self._ids is None:
            self._ids = _joined(self._parts.pop("ids"), object)
            self._position = {encounter_id: i for i, encounter_id in enumerate(self._ids)}
        _mark_tags(self._masks, self._position, self._count, tags)

    def build(self) -> Facts:
        """The Facts, oldest first; the builder is spent."""
        if self._ids is None:
            self.add_tags(())
        assert self._ids is not None
        self._position = {}
        stamps = _joined(self._stamps, "S19")
        sort = np.argsort(stamps, kind="stable")
        # already in order (logged as they happened): no copies
        order: np.ndarray | slice = (
            slice(None) if np.array_equal(sort, np.arange(len(sort))) else sort
        )
        del sort
        minute = stamps.astype("datetime64[m]")[order]
        del stamps
        dtypes: dict[str, DTypeLike] = {"difficult": bool, "impact": np.int64, "escalated": bool}
        dtypes.update(assertiveness=float, confidence=float)
        values = {
            name: _joined(self._parts.pop(name), dtypes.get(name, object))[order]
            for name in _BUILT
            if name != "ids"
        }
        tags: dict[str, dict[str, np.ndarray]] = {}
        for facet, by_tag in self._masks.items():  # one mask copied at a time
            tags[facet] = {}
            while by_tag:
                tag = next(iter(by_tag))
                tags[facet][tag] = by_tag.pop(tag)[order]
        self._masks = {}
        return Facts(
            ids=self._ids[order],
            minute=minute,
            day=minute.astype("datetime64[D]").astype(np.int64),
            tags=tags,
            **values,
        )


_BUILT = (
    "ids",
    "client",
    "difficult",
    "impact",
    "lingered",
    "assertiveness",
    "confidence",
    "escalated",
    "backed",
    "channel",
)
"""The Facts fields FactColumns gathers slice by slice (times and tags aside)."""


def _joined(parts: list[np.ndarray], dtype: DTypeLike) -> np.ndarray:
    joined = np.concatenate(parts) if parts else np.array([], dtype=dtype)
    parts.clear()
    return joined


def _floats(values: np.ndarray) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def as_datetime(minute: np.datetime64) -> datetime:
    return minute.astype("datetime64[s]").astype(datetime)
