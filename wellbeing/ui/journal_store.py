"""A thin Qt face on the store: the only door views have to the journal.

Reads and writes both go through here (no view touches the database itself). Every write
works out what it changed, a `Changes`, the way Anki's collection operations return an
OpChanges: a write that makes nothing returns it, one that makes or returns a record (a
saved client, a status event) returns a `Done` of that record and the `Changes`, like
Anki's OpChangesWithId. The store announces every `Changes` with
`applied` and, per kind, with the `changed` signal views listen to.
"""

from __future__ import annotations

import functools
import json
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
from wellbeing.ui.changes import (
    ADVICE_HISTORY,
    CHECK_INS,
    CLIENT_EVENTS,
    CLIENTS,
    ENCOUNTERS,
    GOALS,
    NOTHING,
    STRENGTHS,
    Changes,
    Done,
)

if TYPE_CHECKING:
    from datetime import date

    from sqlite_utils import Database

    from wellbeing.analysis.advice import ClientAdvice, Thresholds
    from wellbeing.domain.coaching import Goal, SessionChoices
    from wellbeing.domain.contribution import IsoWeek
    from wellbeing.services.contribute import Remembered
    from wellbeing.services.insights import JournalData
    from wellbeing.sharing.contribution import Contribution
    from wellbeing.sharing.session_content import SessionContent
    from wellbeing.ui.journal_loader import JournalDataLoader

__all__ = [
    "ADVICE_HISTORY",
    "BOUNDARIES",
    "CHECK_INS",
    "CLIENTS",
    "CLIENT_EVENTS",
    "ENCOUNTERS",
    "GOALS",
    "STRENGTHS",
    "Changes",
    "Done",
    "JournalStore",
]

T = TypeVar("T")
R = TypeVar("R")
BOUNDARIES = settings.BOUNDARIES.key
"""sharing_memory key: the last day covered by the last session pack written."""


def writes(method: Callable[..., R]) -> Callable[..., R]:
    """A refused write (disk full, read-only file) becomes one clear StorageFailure."""

    @functools.wraps(method)
    def guarded(self: JournalStore, *args: object, **kwargs: object) -> R:
        try:
            return method(self, *args, **kwargs)
        except driver().DatabaseError as error:
            raise StorageFailure.from_driver(error) from error

    return guarded


def encounter_changes(ids: Iterable[str] | None) -> Changes:
    return Changes(encounters=True, encounter_ids=None if ids is None else tuple(ids))


def client_changes(client_id: str | None = None, *, names: bool = False) -> Changes:
    """A client written; `names` when its name shows in the journal's lines too."""
    ids = None if client_id is None else (client_id,)
    return Changes(clients=True, client_ids=ids, encounters=names)


def event_changes(client_id: str | None = None) -> Changes:
    return Changes(client_events=True, client_ids=None if client_id is None else (client_id,))


class JournalStore(QObject):
    """Every read and write goes through here, so every view hears of a write exactly once."""

    changed = Signal(str, object)
    """(what changed, the ids of the encounters concerned or None for any of them), once
    per kind of record a write changed (see Changes.kinds)."""

    applied = Signal(object)
    """The whole `Changes` of a write (of a transaction, once it lands)."""

    def __init__(self, db: Database, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        from wellbeing.store import keep_pages_warm  # the store is open by now

        keep_pages_warm(db)
        self.db = db
        self.path = path
        self._held: Changes | None = None
        self._loader: JournalDataLoader | None = None

    def _done(self, value: T, changes: Changes) -> Done[T]:
        """Announce what a write changed, and return it with the record it made."""
        return Done(value, self._apply(changes))

    def _apply(self, changes: Changes) -> Changes:
        """Announce what a write changed (at the end of a transaction, if inside one)."""
        if self._held is not None:
            self._held = self._held | changes
        else:
            self._emit(changes)
        return changes

    def _emit(self, changes: Changes) -> None:
        if changes.empty:
            return
        self.applied.emit(changes)
        for what, ids in changes.kinds():
            self.changed.emit(what, ids)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several writes as one: all land or none, and views hear of them once, at the end
        (a reframing is a message and a status change; half of it must never stay)."""
        if self._held is not None:  # already inside one: it decides
            yield
            return
        self._held = NOTHING
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
        self._emit(held)

    # --- the journal file -------------------------------------------------------------

    def close(self) -> None:
        if self._loader is not None:
            self._loader.stop()
        self.db.close()

    def backup(self, reason: str) -> Path | None:
        """Copy the journal into its backups folder (none for a journal in memory)."""
        from wellbeing.store.backup import make_backup

        if self.path is None:
            return None
        return make_backup(self.db, self.path, reason)

    # --- encounters -------------------------------------------------------------------

    @writes
    def save_entry(self, entry: EncounterEntry, editing_id: str | None = None) -> Done[Logged]:
        """Log the entry, or with `editing_id` replace that encounter: the service decides
        what is stored (violations included), exactly as for `wellbeing log`."""
        if editing_id is None:
            logged = encounters.log_encounter(self.db, entry)
        else:
            logged = encounters.edit_encounter(self.db, editing_id, entry)
        changes = encounter_changes([logged.encounter.id])
        if logged.client_created:
            changes = changes | Changes(clients=True)
        return self._done(logged, changes)

    def save_encounter(
        self, encounter: Encounter, client_name: str
    ) -> Done[tuple[Encounter, bool]]:
        """Save an encounter exactly as given (its violations kept, none detected) under the
        named client; also says whether that client is new."""
        done = self.save_entry(EncounterEntry(client_name, encounter, detect=False))
        logged = done.value
        return Done((logged.encounter, logged.client_created), done.changes)

    @writes
    def put_encounter(self, encounter: Encounter) -> Changes:
        """Write an encounter back exactly as it was (undo and redo)."""
        journal.save_encounter(self.db, encounter)
        return self._apply(encounter_changes([encounter.id]))

    @writes
    def delete_encounters(self, ids: list[str]) -> Done[list[Encounter]]:
        with self.db.atomic():
            deleted = [e for e in (journal.delete_encounter(self.db, i) for i in ids) if e]
        return self._done(deleted, encounter_changes(ids))

    @writes
    def restore_encounters(self, encounters: list[Encounter]) -> Changes:
        with self.db.atomic():
            for encounter in encounters:
                journal.save_encounter(self.db, encounter)
        return self._apply(encounter_changes([e.id for e in encounters]))

    def get_encounter(self, encounter_id: str) -> Encounter | None:
        return journal.get_encounter(self.db, encounter_id)

    def data_stamp(self) -> tuple[int, int]:
        """Changes whenever the journal does: writes through this connection, or another's
        (ui.journal_loader reads again when it changed during a sliced read)."""
        conn = self.db.conn
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        return (conn.total_changes, version)

    def encounter_slice(self, after_row: int, limit: int) -> list[tuple]:
        """Up to `limit` encounters' columns after rowid `after_row` (store.fact_slices)."""
        from wellbeing.store.fact_slices import encounter_slice

        return encounter_slice(self.db, after_row, limit)

    def tag_slice(
        self, after: tuple[str, str, str] | None, limit: int
    ) -> list[tuple[str, str, str]]:
        from wellbeing.store.fact_slices import tag_slice

        return tag_slice(self.db, after, limit)

    def client_encounters(self, client_id: str, since: datetime | None = None) -> list[Encounter]:
        """A client's encounters from `since` on, oldest first."""
        return journal.list_encounters(self.db, client_id, since)[::-1]

    def client_encounters_page(
        self, client_id: str, before: tuple[str, int] | None, limit: int
    ) -> tuple[list[Encounter], tuple[str, int] | None]:
        """A client's encounters, newest first, `limit` of them after the cursor `before`
        (None: from the newest), and the next page's cursor (None after the last). Built
        as list_encounters builds them; the Clients page reads a page per event-loop pass
        (2,500 encounters at once took 70 to 120 ms). Each page is a query of its own: no
        read stays open between passes, where a save could meet it."""
        columns = ", ".join(f"e.{c}" for c in journal._ENCOUNTER_COLUMNS)
        where = "e.client_id = ?"
        params: list[object] = [client_id]
        if before is not None:
            where += " AND (e.occurred_at, e.rowid) < (?, ?)"
            params += [before[0], before[1]]
        rows = self.db.execute(
            f"SELECT {columns}, e.rowid FROM encounters e WHERE {where} "
            "ORDER BY e.occurred_at DESC, e.rowid DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        ids = json.dumps([row[0] for row in rows])
        tags = journal._tags_for(self.db, "e.id IN (SELECT value FROM json_each(?))", [ids])
        found = [journal._build_encounter(row[:-1], tags) for row in rows]
        when = journal._ENCOUNTER_COLUMNS.index("occurred_at")
        cursor = (rows[-1][when], rows[-1][-1]) if len(rows) == limit else None
        return found, cursor

    def count_encounters(self) -> int:
        return journal.count_encounters(self.db)

    def encounter_lines(
        self, after: tuple[str, int] | None = None, limit: int = 2000
    ) -> tuple[list[journal.EncounterLine], tuple[str, int] | None]:
        """One page of the journal's lines, newest first, and the next page's cursor."""
        return journal.encounter_lines(self.db, after, limit)

    def client_lines(self, client_id: str) -> list[journal.EncounterLine]:
        """One client's lines, newest first (the clients page's history)."""
        return journal.client_encounter_lines(self.db, client_id)

    def client_lines_page(
        self, client_id: str, after: tuple[str, int] | None, limit: int
    ) -> tuple[list[journal.EncounterLine], tuple[str, int] | None]:
        """A page of one client's lines, newest first, and the next page's cursor: the
        history of a client met 2,500 times is read over several event-loop passes."""
        return journal.encounter_lines(self.db, after, limit, client_id=client_id)

    def encounter_lines_by_id(self, ids: Iterable[str]) -> list[journal.EncounterLine]:
        """The lines of just these encounters, newest first; missing ids skipped."""
        return journal.encounter_lines_by_id(self.db, ids)

    # --- clients ----------------------------------------------------------------------

    def client(self, client_id: str) -> Client | None:
        return journal.get_client(self.db, client_id)

    def clients(self) -> list[Client]:
        return journal.list_clients(self.db)

    def recent_client_names(self, limit: int = 8) -> list[str]:
        """The clients a quick capture offers: the most recently met first."""
        return journal.recent_client_names(self.db, limit)

    def frequent_emotions(self, limit: int = 8) -> list[str]:
        """The emotion keys ticked most often, for a quick capture's one row of emotions."""
        return journal.frequent_emotions(self.db, limit)

    def client_summaries(self) -> list[journal.ClientSummary]:
        """Every client with its figures over the whole journal (the clients list)."""
        return journal.client_summaries(self.db)

    def last_encounter_row(self) -> int:
        """The highest rowid of an encounter (0 for none): where a sliced read stops."""
        return self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM encounters").fetchone()[0]

    def client_figures_slice(self, after_row: int, limit: int) -> list[tuple]:
        """client_summaries' figures over the encounters of rowid after_row + 1 to
        after_row + limit, one row per client met there: (client id, encounters, difficult,
        positive, sum of difficult impacts, count of them, last occurred_at). The Clients
        page adds the slices up between event-loop passes: the whole journal at once took
        0.14 s at 100,000 encounters, a slice of 10,000 about 10 ms."""
        return self.db.execute(
            """
            SELECT client_id, COUNT(*), SUM(kind = 'difficult'), SUM(kind = 'positive'),
                   SUM(CASE WHEN kind = 'difficult' THEN impact END),
                   COUNT(CASE WHEN kind = 'difficult' THEN impact END),
                   MAX(occurred_at)
            FROM encounters WHERE rowid > ? AND rowid <= ? GROUP BY client_id
            """,
            [after_row, after_row + limit],
        ).fetchall()

    @writes
    def save_client(self, client: Client) -> Done[Client]:
        saved = journal.save_client(self.db, client)
        return self._done(saved, client_changes(saved.id, names=True))

    @writes
    def delete_client(self, client_id: str) -> Changes:
        journal.delete_client(self.db, client_id)
        return self._apply(client_changes(client_id))

    @writes
    def merge_clients(self, source_id: str, target_id: str) -> Done[list[str]]:
        """Move every encounter of the source to the target; the value is the moved ids."""
        moved = journal.merge_clients(self.db, source_id, target_id)
        changes = Changes(clients=True, client_ids=(source_id, target_id), encounters=True)
        return self._done(moved, changes)

    @writes
    def unmerge_clients(self, source: Client, moved: list[str]) -> Changes:
        journal.unmerge_clients(self.db, source, moved)
        return self._apply(Changes(clients=True, encounters=True))

    # --- strengths --------------------------------------------------------------------

    def strengths(self) -> list[Strength]:
        return journal.list_strengths(self.db)

    @writes
    def save_strength(self, strength: Strength) -> Done[Strength]:
        saved = journal.save_strength(self.db, strength)
        return self._done(saved, Changes(strengths=True))

    @writes
    def delete_strength(self, strength_id: str) -> Changes:
        journal.delete_strength(self.db, strength_id)
        return self._apply(Changes(strengths=True))

    # --- check-ins --------------------------------------------------------------------

    def check_ins(self) -> list[CheckIn]:
        return journal.list_check_ins(self.db)

    @writes
    def save_check_in(self, check_in: CheckIn) -> Done[CheckIn]:
        saved = journal.save_check_in(self.db, check_in)
        return self._done(saved, Changes(check_ins=True))

    @writes
    def delete_check_in(self, check_in_id: str) -> Changes:
        journal.delete_check_in(self.db, check_in_id)
        return self._apply(Changes(check_ins=True))

    # --- boundaries -------------------------------------------------------------------

    def boundaries(self) -> Boundaries:
        return settings.boundaries(self.db)

    @writes
    def save_boundaries(self, boundaries: Boundaries) -> Changes:
        settings.put(self.db, settings.BOUNDARIES, limits.to_json(boundaries))
        return self._apply(Changes(settings=(BOUNDARIES,)))

    # --- client history ---------------------------------------------------------------

    def client_events(
        self, client_id: str | None = None, kind: ClientEventKind | None = None
    ) -> list[ClientEvent]:
        return journal.list_client_events(self.db, client_id, kind)

    @writes
    def save_client_event(self, event: ClientEvent) -> Done[ClientEvent]:
        saved = journal.save_client_event(self.db, event)
        return self._done(saved, event_changes(saved.client_id))

    @writes
    def record_advice(self, found: Iterable[ClientAdvice], at: datetime) -> Done[int]:
        """Keep each change of a client's advice level in its history; the value is how
        many levels were kept.

        Announced as advice history only (`Changes.advice_history_only`), and only when a
        level changed: the views that work the advice out ignore it, or they would work it
        out again, for ever.
        """
        found = list(found)
        recorded = advice.record_advice_changes(self.db, found, at)
        if not recorded:
            return Done(0, NOTHING)
        ids = tuple(dict.fromkeys(item.client_id for item in found))
        return self._done(recorded, Changes(advice_history=True, client_ids=ids))

    @writes
    def delete_client_event(self, event_id: str) -> Changes:
        journal.delete_client_event(self.db, event_id)
        return self._apply(event_changes())

    @writes
    def set_client_status(
        self, client_id: str, status: ClientStatus, at: datetime, note: str = ""
    ) -> Done[ClientEvent]:
        event = journal.set_client_status(self.db, client_id, status, at, note)
        return self._done(event, client_changes(client_id) | event_changes(client_id))

    @writes
    def forget_status(self, client: Client, events: Iterable[ClientEvent]) -> Changes:
        """Undo of a status change: the client as it was, the events it dated forgotten."""
        changes = NOTHING
        with self.transaction():
            for event in events:
                changes = changes | self.delete_client_event(event.id)
            changes = changes | self.save_client(client).changes
        return changes

    @writes
    def replay_status(self, client: Client, events: Iterable[ClientEvent]) -> Changes:
        """Redo of a status change, exactly: the client as it became and the very same
        dated events (the reframing follow-up reads their dates)."""
        with self.transaction():
            changes = self.save_client(client).changes
            for event in events:
                changes = changes | self.save_client_event(event).changes
        return changes

    # --- analysis input ---------------------------------------------------------------

    def fact_rows(self) -> journal.FactRows:
        return journal.fact_rows(self.db)

    def journal_data(self) -> JournalData:
        """Everything the insights are worked out from (services.insights.load), shared by
        the pages until the journal changes (read now if it is not loaded)."""
        return self.data_loader().load_now()

    def data_loader(self) -> JournalDataLoader:
        """The shared, non-blocking loader of journal_data (see journal_loader.py)."""
        if self._loader is None:
            from wellbeing.ui.journal_loader import JournalDataLoader

            self._loader = JournalDataLoader(self)
        return self._loader

    def read_journal_data(self) -> JournalData:
        """journal_data read afresh, in one go."""
        from wellbeing.services import insights

        return insights.load(self.db)

    def journal_data_rest(self) -> dict[str, object]:
        """journal_data's small tables and settings (the loader reads the encounters)."""
        from wellbeing.services import insights

        return {
            "clients": journal.list_clients(self.db),
            "events": journal.list_client_events(self.db),
            "check_ins": journal.list_check_ins(self.db),
            "thresholds": insights.thresholds_of(self.db),
            "follow_up_weeks": settings.get(self.db, settings.REFRAME_FOLLOW_UP_WEEKS),
        }

    def thresholds(self) -> Thresholds:
        """The user's advice thresholds, falling back to the defaults where invalid."""
        from wellbeing.services.insights import thresholds_of

        return thresholds_of(self.db)

    # --- settings ---------------------------------------------------------------------

    def setting(self, setting: settings.Setting[T]) -> T:
        return settings.get(self.db, setting)

    @writes
    def put_setting(self, setting: settings.Setting[T], value: T) -> Changes:
        """Views that depend on a setting (the advice on its thresholds) hear its key."""
        settings.put(self.db, setting, value)
        return self._apply(Changes(settings=(setting.key,)))

    # --- contributions to the team lead ---------------------------------------------------

    def sharing_remembered(self) -> Remembered:
        """The team code and folder of the last contribution, to prefill the next one."""
        from wellbeing.services import contribute

        return contribute.remembered(self.db)

    @writes
    def prepare_contribution(self, week: IsoWeek, team: str, today: date) -> Done[Contribution]:
        """The randomised file content to preview; raises InvalidValue. It may remember
        permanent draws (so a second preview cannot shop for a kinder one), which no view
        shows: nothing is announced."""
        from wellbeing.services import contribute

        return Done(contribute.prepare_contribution(self.db, week, team, today), NOTHING)

    @writes
    def contribute(self, contribution: Contribution, folder: Path) -> Done[Path]:
        """Write the previewed file into the folder; the code and folder are remembered,
        which no view shows."""
        from wellbeing.services import contribute

        return Done(contribute.contribute(self.db, contribution, folder), NOTHING)

    # --- coaching sessions -------------------------------------------------------------

    def encounters_with_text(self, first: date, last: date) -> list[Encounter]:
        """The period's encounters that have a private text, oldest first: the ones the
        employee may choose to show a coach."""
        since = datetime.combine(first, datetime.min.time())
        return [
            e
            for e in reversed(journal.list_encounters(self.db, since=since))
            if e.occurred_at.date() <= last and e.what_happened.strip()
        ]

    def session_content(
        self, choices: SessionChoices, today: date, data: JournalData | None = None
    ) -> SessionContent:
        """Exactly what the chosen report and pack hold (services.coaching.session_content);
        `data` already loaded spares loading the journal again. Raises InvalidValue."""
        from wellbeing.services import coaching

        return coaching.session_content(self.db, choices, today, data)

    def last_pack_through(self) -> date | None:
        """The last day the previous pack covered, if one was written."""
        from wellbeing.services import coaching

        return coaching.last_pack_through(self.db)

    def _check_target(self, path: Path) -> None:
        """Never over the journal, its key or a backup; the save dialog asked about
        replacing an existing file already."""
        from wellbeing.store.export_target import check_export_target

        if self.path is not None:
            check_export_target(path, self.path, replace=True)

    @writes
    def write_pack(
        self, content: SessionContent, path: Path, code: str | None = None
    ) -> Done[Path]:
        """The pack file, whole or not at all; the period's end is remembered so that the
        next session can start where this one ended. No view shows it: nothing announced."""
        from wellbeing.services import coaching

        self._check_target(path)
        return Done(coaching.write_pack(content, path, code, self.db), NOTHING)

    def export_session_report(
        self, choices: SessionChoices, path: Path, lang: str, today: date, data: JournalData
    ) -> Path:
        """The dashboard's Export PDF: the session report for its period."""
        from wellbeing.services.session_report import export_session_report

        self._check_target(path)
        return export_session_report(self.db, choices, path, lang, today, data)

    def write_report(self, data: bytes, path: Path) -> Path:
        """The report PDF exactly as previewed (its bytes), whole or not at all."""
        from wellbeing.sharing.pdf import write_pdf

        self._check_target(path)
        return write_pdf(path, data)

    # --- goals agreed with a coach --------------------------------------------------------

    def goals(self) -> list[Goal]:
        from wellbeing.store import goals

        return goals.list_goals(self.db)

    def due_goals(self, today: date) -> list[Goal]:
        from wellbeing.services import goals

        return goals.due_goals(self.db, today)

    @writes
    def import_goals(self, data: bytes, now: datetime) -> Done[list[Goal]]:
        """An actions file's agreed actions as goals, all or none (services.goals);
        raises InvalidValue for a file that is refused."""
        from wellbeing.services import goals

        return self._done(goals.import_goals(self.db, data, now), Changes(goals=True))

    @writes
    def set_goal_done(self, goal_id: str, done_at: datetime | None) -> Done[Goal | None]:
        """Check a goal off (a time) or un-check it (None)."""
        from wellbeing.store import goals

        return self._done(goals.set_done(self.db, goal_id, done_at), Changes(goals=True))

    @writes
    def delete_goal(self, goal_id: str) -> Done[Goal | None]:
        """The goal as it was is returned, so that an undo can put it back."""
        from wellbeing.store import goals

        found = goals.get_goal(self.db, goal_id)
        goals.delete_goal(self.db, goal_id)
        return self._done(found, Changes(goals=True))

    @writes
    def put_goal(self, goal: Goal) -> Changes:
        """Write a goal back exactly as it was (undo and redo)."""
        from wellbeing.store import goals

        goals.save_goal(self.db, goal)
        return self._apply(Changes(goals=True))

    # --- drafts -----------------------------------------------------------------------

    @writes
    def save_draft(self, payload: dict) -> Changes:
        """The form's unsaved copy: a change of its own kind, which no view shows."""
        journal.save_draft(self.db, payload)
        return self._apply(Changes(draft=True))

    def load_draft(self):
        return journal.load_draft(self.db)

    @writes
    def clear_draft(self) -> Changes:
        journal.clear_draft(self.db)
        return self._apply(Changes(draft=True))
