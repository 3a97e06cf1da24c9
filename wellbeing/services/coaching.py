"""Prepare a coaching session: the report and the pack, from the same chosen content.

"Prepare a coaching session…" and `wellbeing report` / `wellbeing pack` call
`session_content` with the same SessionChoices, so the window and the command line cannot
disagree about what leaves. Clients become Client A, B… unless real names are chosen;
private texts leave only when chosen, with the names the employee redacted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

import numpy as np

from wellbeing.analysis.cycle import confidence_cycle
from wellbeing.analysis.exhaustion import exhaustion_index, exhaustion_series
from wellbeing.analysis.facts import day_number
from wellbeing.analysis.grids import ClientLoads, client_loads
from wellbeing.analysis.mirror import mirror
from wellbeing.analysis.red_flags import flagged_days
from wellbeing.domain.checkin import strain_score, wellbeing_score
from wellbeing.domain.coaching import Section, SessionChoices, pseudonym, redact
from wellbeing.domain.indicators import NoAdvice
from wellbeing.domain.model import new_id
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.insights import INSIGHT_WEEKS, JournalData, client_advice, load
from wellbeing.sharing.session_content import (
    CheckInPart,
    ClientPart,
    GoalPart,
    IndexPart,
    SessionContent,
    TextPart,
    finished,
)
from wellbeing.sharing.session_pack import pack_bytes
from wellbeing.store import goals as stored_goals
from wellbeing.store import journal, sharing_memory
from wellbeing.store.files import write_atomic

if TYPE_CHECKING:
    from sqlite_utils import Database

COACHEE_ID = "coachee_id"
MAX_DAYS = 3 * 366


def coachee_id(db: Database) -> str:
    """The journal's stable id for coaches' apps: random, made once, never a name."""
    existing = sharing_memory.get(db, COACHEE_ID)
    if existing is None:
        existing = new_id()
        sharing_memory.put(db, {COACHEE_ID: existing})
    return str(existing)


def names_shown(db: Database, choices: SessionChoices) -> dict[str, str]:
    """Client id -> the name the coach will read: Client A, B… in name order (stable for
    one pack), or the real names when chosen. Only the chosen clients are named at all."""
    clients = [
        c
        for c in journal.list_clients(db)
        if choices.client_ids is None or c.id in choices.client_ids
    ]
    if choices.real_names:
        return {c.id: c.name for c in clients}
    return {c.id: pseudonym(i) for i, c in enumerate(clients)}


def _renames(db: Database, shown: dict[str, str]) -> dict[str, str]:
    """Real name -> shown name, longest first, for sentences and chosen texts."""
    real = {c.id: c.name for c in journal.list_clients(db)}
    pairs = {real[cid]: name for cid, name in shown.items() if cid in real}
    return dict(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def _check_period(choices: SessionChoices, today: date) -> None:
    if choices.last > today:
        raise InvalidValue("The period ends in the future; end it today at the latest.")
    if (choices.last - choices.first).days + 1 > MAX_DAYS:
        raise InvalidValue("A session covers three years at most; choose a shorter period.")


def session_content(
    db: Database, choices: SessionChoices, today: date, data: JournalData | None = None
) -> SessionContent:
    """Exactly what was chosen, ready for the report and the pack."""
    _check_period(choices, today)
    data = data or load(db)
    first, last = choices.first, choices.last
    shown = names_shown(db, choices)
    renames = _renames(db, shown)
    content = SessionContent(coachee_id(db), today, first, last, tuple(choices.sections))
    wanted = set(choices.sections)
    if Section.EXHAUSTION in wanted:
        start = exhaustion_index(data.facts, data.check_ins, first)
        end = exhaustion_index(data.facts, data.check_ins, last)
        content = replace(
            content,
            index=IndexPart(start.value, end.value, str(end.band) if end.band else None),
            series=exhaustion_series(data.facts, data.check_ins, first, last),
            flagged=flagged_days(data.facts, data.check_ins, first, last),
        )
    if Section.CYCLE in wanted:
        weeks = max(INSIGHT_WEEKS, -(-((last - first).days + 1) // 7))
        cycle = confidence_cycle(data.facts, last, weeks)
        content = replace(
            content,
            cycle=replace(
                cycle,
                advice=tuple(finished(r, renames) for r in cycle.advice),
                reasons=tuple(finished(r, renames) for r in cycle.reasons),
            ),
        )
    if Section.MIRROR in wanted:
        found = mirror(data.facts, first, last)
        content = replace(
            content,
            mirror=replace(found, reasons=tuple(finished(r, renames) for r in found.reasons)),
        )
    if Section.ADVICE in wanted:
        content = replace(
            content,
            clients=_clients(data, last, shown, renames),
            loads=_loads(data, first, last, shown),
        )
    if Section.CHECK_INS in wanted:
        content = replace(content, check_ins=_check_ins(data, first, last))
    if Section.GOALS in wanted:
        content = replace(content, goals=_goals(db, first))
    return replace(content, texts=_texts(db, choices, shown, renames))


def _clients(
    data: JournalData, last: date, shown: dict[str, str], renames: dict[str, str]
) -> tuple[ClientPart, ...]:
    found = []
    for advice in client_advice(data, last):
        if advice.client_id not in shown:
            continue
        level = str(advice.level) if advice.level else str(NoAdvice.NOT_ENOUGH_DATA)
        reasons = tuple(finished(r, renames) for r in advice.reasons)
        found.append(ClientPart(shown[advice.client_id], level, reasons))
    return tuple(sorted(found, key=lambda c: c.name))


def _loads(data: JournalData, first: date, last: date, shown: dict[str, str]) -> ClientLoads:
    facts = data.facts
    inside = (facts.day >= day_number(first)) & (facts.day <= day_number(last))
    inside &= np.isin(facts.client.astype(str), list(shown))
    period = facts.take(inside)
    loads = client_loads(period, period.load, shown)
    return replace(loads, client_ids=loads.names)  # the coach never sees an id


def _check_ins(data: JournalData, first: date, last: date) -> tuple[CheckInPart, ...]:
    return tuple(
        CheckInPart(c.answered_at.date(), round(strain_score(c), 1), round(wellbeing_score(c), 1))
        for c in sorted(data.check_ins, key=lambda c: c.answered_at)
        if first <= c.answered_at.date() <= last
    )


def _goals(db: Database, first: date) -> tuple[GoalPart, ...]:
    """Open goals, and those done since the period began: how they went."""
    return tuple(
        GoalPart(g.action.what, g.action.by_when, g.done_at.date() if g.done_at else None)
        for g in stored_goals.list_goals(db)
        if g.done_at is None or g.done_at.date() >= first
    )


def _texts(
    db: Database, choices: SessionChoices, shown: dict[str, str], renames: dict[str, str]
) -> tuple[TextPart, ...]:
    found = []
    for encounter_id in choices.text_ids:
        encounter = journal.get_encounter(db, encounter_id)
        if encounter is None or not encounter.what_happened.strip():
            continue
        if encounter.client_id not in shown:
            continue  # a text of a client left out stays out
        day = encounter.occurred_at.date()
        if not choices.first <= day <= choices.last:
            continue
        text = _renamed(redact(encounter.what_happened, choices.redactions), renames)
        found.append(TextPart(day, shown[encounter.client_id], text))
    return tuple(sorted(found, key=lambda t: (t.day, t.client)))


def _renamed(text: str, renames: dict[str, str]) -> str:
    """Client names in a text replaced by what the coach reads: the whole name, then each
    word of four letters or more in it ("Zorglub's buyer" for Zorglub Industries)."""
    for real, name in renames.items():
        text = text.replace(real, name)
    for real, name in renames.items():
        if real == name:
            continue  # real names chosen
        for word in real.split():
            if len(word) >= 4:
                text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", name, text)
    return text


LAST_PACK_THROUGH = "last_pack_through"


def write_pack(
    content: SessionContent, path: Path, code: str | None = None, db: Database | None = None
) -> Path:
    """The pack file, whole or not at all; sealed when a code is given. With the journal,
    the period's end is remembered, so that the next session can start where this one
    ended (from the window and the command line alike)."""
    data = pack_bytes(content, code)

    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    write_atomic(path, write, mode="wb")
    if db is not None:
        sharing_memory.put(db, {LAST_PACK_THROUGH: content.last.isoformat()})
    return path


def last_pack_through(db: Database) -> date | None:
    """The last day the previous pack covered, if one was written."""
    found = sharing_memory.get(db, LAST_PACK_THROUGH)
    try:
        return date.fromisoformat(found) if isinstance(found, str) else None
    except ValueError:
        return None
