"""What a write changed, the way Anki's collection operations return an OpChanges.

Every `JournalStore` write works out a `Changes`; the store's signals and the undo entries
are built from it, so a view never has to guess what a write touched, and no write is
silent (the advice history says it is only that, so the advice is not worked out again).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

T = TypeVar("T")

ENCOUNTERS = "encounters"
CLIENTS = "clients"
STRENGTHS = "strengths"
CHECK_INS = "check_ins"
CLIENT_EVENTS = "client_events"
DRAFT = "draft"
GOALS = "goals"
"""Goals agreed with a coach: only the goals list and the goal reminder read them."""
ADVICE_HISTORY = "advice_history"
"""Only the advice levels kept in a client's history: an output of the advice, never an
input, so the views that work the advice out ignore it."""


def _union(left: tuple[str, ...] | None, right: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Ids touched by both, in order; None (any of them) wins."""
    if left is None or right is None:
        return None
    return left + tuple(i for i in right if i not in left)


@dataclass(frozen=True)
class Changes:
    """Which kinds of records a write changed, the ids it touched, and whether the advice
    may read differently afterwards."""

    encounters: bool = False
    clients: bool = False
    client_events: bool = False
    check_ins: bool = False
    strengths: bool = False
    goals: bool = False
    settings: tuple[str, ...] = ()
    """The keys of the settings written (boundaries are one), in the order written."""
    draft: bool = False
    advice_history: bool = False
    encounter_ids: tuple[str, ...] | None = field(default=None)
    """The encounters touched when `encounters`; None for any of them (a client renamed)."""
    client_ids: tuple[str, ...] | None = field(default=None)
    """The clients touched when `clients` or `client_events`; None for any of them."""

    def __or__(self, other: Changes) -> Changes:
        """Two writes as one (a transaction): every kind either changed, ids together."""
        return Changes(
            encounters=self.encounters or other.encounters,
            clients=self.clients or other.clients,
            client_events=self.client_events or other.client_events,
            check_ins=self.check_ins or other.check_ins,
            strengths=self.strengths or other.strengths,
            goals=self.goals or other.goals,
            settings=self.settings + tuple(k for k in other.settings if k not in self.settings),
            draft=self.draft or other.draft,
            advice_history=self.advice_history or other.advice_history,
            encounter_ids=_encounter_ids(self, other),
            client_ids=_client_ids(self, other),
        )

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if not f.name.endswith("_ids"))

    @property
    def advice_history_only(self) -> bool:
        """Only advice levels kept in the history: views that recompute advice ignore it."""
        return self.advice_history and self == Changes(
            advice_history=True, client_ids=self.client_ids
        )

    @property
    def may_change_advice(self) -> bool:
        """Whether the advice (worked out from encounters, clients, their history, the
        boundaries and the advice settings) may read differently after this write."""
        from wellbeing.store import settings

        advice_settings = {
            settings.BOUNDARIES.key,
            settings.ADVICE_THRESHOLDS.key,
            settings.REFRAME_FOLLOW_UP_WEEKS.key,
        }
        return (
            self.encounters
            or self.clients
            or self.client_events
            or bool(advice_settings.intersection(self.settings))
        )

    def kinds(self) -> list[tuple[str, object]]:
        """The (what, ids) pairs the store's `changed` signal announces, one per kind.

        The draft announces nothing: it is the form's own copy, no view shows it.
        """
        announced: list[tuple[str, object]] = []
        if self.encounters:
            ids = None if self.encounter_ids is None else list(self.encounter_ids)
            announced.append((ENCOUNTERS, ids))
        if self.clients:
            announced.append((CLIENTS, None))
        if self.client_events:
            announced.append((CLIENT_EVENTS, None))
        if self.advice_history:
            announced.append((ADVICE_HISTORY, None))
        if self.check_ins:
            announced.append((CHECK_INS, None))
        if self.strengths:
            announced.append((STRENGTHS, None))
        if self.goals:
            announced.append((GOALS, None))
        announced.extend((key, None) for key in self.settings)
        return announced


def _encounter_ids(left: Changes, right: Changes) -> tuple[str, ...] | None:
    if not right.encounters:
        return left.encounter_ids
    if not left.encounters:
        return right.encounter_ids
    return _union(left.encounter_ids, right.encounter_ids)


def _client_ids(left: Changes, right: Changes) -> tuple[str, ...] | None:
    def touches(changes: Changes) -> bool:
        return changes.clients or changes.client_events or changes.advice_history

    if not touches(right):
        return left.client_ids
    if not touches(left):
        return right.client_ids
    return _union(left.client_ids, right.client_ids)


NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write that makes or returns a record (a saved client, a status event) returns it
    with what the write changed, the way Anki's operations return an OpChangesWithId."""

    value: T
    changes: Changes
