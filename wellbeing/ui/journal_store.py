"""A thin Qt face on the store: the same API, plus one `changed` signal views listen to."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from wellbeing.domain import boundaries as limits
from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import (
    CheckIn,
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    Strength,
)
from wellbeing.services import advice, encounters
from wellbeing.services.encounters import EncounterEntry, Logged
from wellbeing.store import journal, settings
from wellbeing.store.engine import driver
from wellbeing.store.errors import StorageFailure

if TYPE_CHECKING:
    from sqlite_utils import Database

    from wellbeing.analysis.advice import ClientAdvice

T = TypeVar("T")
R = TypeVar("R")
ENCOUNTERS = "encounters"
CLIENTS = "clients"
STRENGTHS = "strengths"
CHECK_INS = "check_ins"
BOUNDARIES = "boundaries"
CLIENT_EVENTS = "client_events"


def writes(method: Callable[..., R]) -> Callable[..., R]:
    """A refused write (disk full, read-only file) becomes one clear StorageFailure."""

    @functools.wraps(method)
    def guarded(self: JournalStore, *args: object, **kwargs: object) -> R:
        try:
            return method(self, *args, **kwargs)
        except driver().DatabaseError as error:
            raise StorageFailure.from_driver(error) from error

    return guarded


class JournalStore(QObject):
    """Every write goes through here, so every view hears about it exactly once."""

    changed = Signal(str, object)
    """(what changed, the ids of the encounters concerned or None for any of them)."""

    def __init__(self, db: Database, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.path = path
        self._held: list[tuple[str, object]] | None = None

    def _announce(self, what: str, ids: object) -> None:
        if self._held is None:
            self.changed.emit(what, ids)
        elif (what, ids) not in self._held:
            self._held.append((what, ids))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several writes as one: all land or none, and views hear of them once, at the end
        (a reframing is a message and a status change; half of it must never stay)."""
        if self._held is not None:  # already inside one: it decides
            yield
            return
        self._held = []
        try:
            with self.db.atomic():
                yield
        except driver().DatabaseError as error:
            self._held = None
            raise StorageFailure.from_driver(error) from error
        except BaseException:
            self._held = None
            raise
        held, self._held = self._held, None
        for what, ids in held:
            self.changed.emit(what, ids)

    # --- encounters -------------------------------------------------------------------

    @writes
    def save_entry(self, entry: EncounterEntry, editing_id: str | None = None) -> Logged:
        """Log the entry, or with `editing_id` replace that encounter: the service decides
        what is stored (violations included), exactly as for `wellbeing log`."""
        if editing_id is None:
            logged = encounters.log_encounter(self.db, entry)
        else:
            logged = encounters.edit_encounter(self.db, editing_id, entry)
        self._announce(ENCOUNTERS, [logged.encounter.id])
        if logged.client_created:
            self._announce(CLIENTS, None)
        return logged

    def save_encounter(self, encounter: Encounter, client_name: str) -> tuple[Encounter, bool]:
        """Save an encounter exactly as given (its violations kept, none detected) under the
        named client; also says whether that client is new."""
        logged = self.save_entry(EncounterEntry(client_name, encounter, detect=False))
        return logged.encounter, logged.client_created

    @writes
    def put_encounter(self, encounter: Encounter) -> None:
        """Write an encounter back exactly as it was (undo and redo)."""
        journal.save_encounter(self.db, encounter)
        self._announce(ENCOUNTERS, [encounter.id])

    @writes
    def delete_encounters(self, ids: list[str]) -> list[Encounter]:
        with self.db.atomic():
            deleted = [e for e in (journal.delete_encounter(self.db, i) for i in ids) if e]
        self._announce(ENCOUNTERS, ids)
        return deleted

    @writes
    def restore_encounters(self, encounters: list[Encounter]) -> None:
        with self.db.atomic():
            for encounter in encounters:
                journal.save_encounter(self.db, encounter)
        self._announce(ENCOUNTERS, [e.id for e in encounters])

    def get_encounter(self, encounter_id: str) -> Encounter | None:
        return journal.get_encounter(self.db, encounter_id)

    def client_encounters(self, client_id: str, since: datetime | None = None) -> list[Encounter]:
        """A client's encounters from `since` on, oldest first."""
        return journal.list_encounters(self.db, client_id, since)[::-1]

    def count_encounters(self) -> int:
        return journal.count_encounters(self.db)

    # --- clients ----------------------------------------------------------------------

    def client(self, client_id: str) -> Client | None:
        return journal.get_client(self.db, client_id)

    def clients(self) -> list[Client]:
        return journal.list_clients(self.db)

    @writes
    def save_client(self, client: Client) -> Client:
        saved = journal.save_client(self.db, client)
        self._announce(CLIENTS, None)
        self._announce(ENCOUNTERS, None)  # names show in the journal list
        return saved

    @writes
    def delete_client(self, client_id: str) -> None:
        journal.delete_client(self.db, client_id)
        self._announce(CLIENTS, None)

    @writes
    def merge_clients(self, source_id: str, target_id: str) -> list[str]:
        moved = journal.merge_clients(self.db, source_id, target_id)
        self._announce(CLIENTS, None)
        self._announce(ENCOUNTERS, None)
        return moved

    @writes
    def unmerge_clients(self, source: Client, moved: list[str]) -> None:
        journal.unmerge_clients(self.db, source, moved)
        self._announce(CLIENTS, None)
        self._announce(ENCOUNTERS, None)

    # --- strengths --------------------------------------------------------------------

    def strengths(self) -> list[Strength]:
        return journal.list_strengths(self.db)

    @writes
    def save_strength(self, strength: Strength) -> Strength:
        saved = journal.save_strength(self.db, strength)
        self._announce(STRENGTHS, None)
        return saved

    @writes
    def delete_strength(self, strength_id: str) -> None:
        journal.delete_strength(self.db, strength_id)
        self._announce(STRENGTHS, None)

    # --- check-ins --------------------------------------------------------------------

    def check_ins(self) -> list[CheckIn]:
        return journal.list_check_ins(self.db)

    @writes
    def save_check_in(self, check_in: CheckIn) -> CheckIn:
        saved = journal.save_check_in(self.db, check_in)
        self._announce(CHECK_INS, None)
        return saved

    @writes
    def delete_check_in(self, check_in_id: str) -> None:
        journal.delete_check_in(self.db, check_in_id)
        self._announce(CHECK_INS, None)

    # --- boundaries -------------------------------------------------------------------

    def boundaries(self) -> Boundaries:
        return settings.boundaries(self.db)

    @writes
    def save_boundaries(self, boundaries: Boundaries) -> None:
        settings.put(self.db, settings.BOUNDARIES, limits.to_json(boundaries))
        self._announce(BOUNDARIES, None)

    # --- client history ---------------------------------------------------------------

    def client_events(
        self, client_id: str | None = None, kind: ClientEventKind | None = None
    ) -> list[ClientEvent]:
        return journal.list_client_events(self.db, client_id, kind)

    @writes
    def save_client_event(self, event: ClientEvent) -> ClientEvent:
        saved = journal.save_client_event(self.db, event)
        self._announce(CLIENT_EVENTS, None)
        return saved

    @writes
    def record_advice(self, found: Iterable[ClientAdvice], at: datetime) -> int:
        """Keep each change of a client's advice level in its history.

        Announces nothing: the history is written right after the advice is worked out,
        and CLIENT_EVENTS would have it worked out again, for ever.
        """
        return advice.record_advice_changes(self.db, found, at)

    @writes
    def delete_client_event(self, event_id: str) -> None:
        journal.delete_client_event(self.db, event_id)
        self._announce(CLIENT_EVENTS, None)

    @writes
    def set_client_status(
        self, client_id: str, status: ClientStatus, at: datetime, note: str = ""
    ) -> ClientEvent:
        event = journal.set_client_status(self.db, client_id, status, at, note)
        self._announce(CLIENTS, None)
        self._announce(CLIENT_EVENTS, None)
        return event

    @writes
    def forget_status(self, client: Client, events: Iterable[ClientEvent]) -> None:
        """Undo of a status change: the client as it was, the events it dated forgotten."""
        with self.transaction():
            for event in events:
                self.delete_client_event(event.id)
            self.save_client(client)

    @writes
    def replay_status(self, client: Client, events: Iterable[ClientEvent]) -> None:
        """Redo of a status change, exactly: the client as it became and the very same
        dated events (the reframing follow-up reads their dates)."""
        with self.transaction():
            self.save_client(client)
            for event in events:
                self.save_client_event(event)

    # --- analysis input ---------------------------------------------------------------

    def fact_rows(self) -> journal.FactRows:
        return journal.fact_rows(self.db)

    # --- settings ---------------------------------------------------------------------

    def setting(self, setting: settings.Setting[T]) -> T:
        return settings.get(self.db, setting)

    @writes
    def put_setting(self, setting: settings.Setting[T], value: T) -> None:
        """Views that depend on a setting (the advice on its thresholds) hear its key."""
        settings.put(self.db, setting, value)
        self._announce(setting.key, None)

    # --- drafts -----------------------------------------------------------------------

    @writes
    def save_draft(self, payload: dict) -> None:
        journal.save_draft(self.db, payload)

    def load_draft(self):
        return journal.load_draft(self.db)

    @writes
    def clear_draft(self) -> None:
        journal.clear_draft(self.db)
