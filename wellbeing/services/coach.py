"""The coach's side: importing packs into the coach's own encrypted workspace, comparing
two periods in words, and the actions file that goes back to the employee.

`wellbeing coach import|actions` and the coach window call these; a coachee is found by the
stable id their packs carry, never by a name.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from wellbeing.domain.coaching import AgreedAction
from wellbeing.domain.formatting import format_number
from wellbeing.domain.indicators import label
from wellbeing.domain.model import new_id
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.actions_file import ActionsFile, to_bytes
from wellbeing.sharing.session_content import SessionContent
from wellbeing.sharing.session_pack import read_pack, to_document
from wellbeing.store import coach as stored
from wellbeing.store.coach import Coachee, StoredPack
from wellbeing.store.files import write_atomic

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Imported:
    coachee: Coachee
    created: bool
    content: SessionContent


def import_pack(workspace: Database, data: bytes, code: str | None, now: datetime) -> Imported:
    """Read the pack strictly, then add the coachee (first pack) or update them."""
    content = read_pack(data, code)
    existing = stored.get_coachee(workspace, content.coachee)
    now = now.replace(microsecond=0)
    with workspace.atomic():
        coachee = existing or stored.save_coachee(
            workspace,
            Coachee(content.coachee, _new_label(workspace), now),
        )
        stored.save_pack(
            workspace,
            StoredPack(
                new_id(), coachee.id, now, content.first, content.last, to_document(content)
            ),
        )
    return Imported(coachee, existing is None, content)


def _new_label(workspace: Database) -> str:
    """Packs carry no name: the coach renames the coachee once, in their own words."""
    return f"Coachee {len(stored.list_coachees(workspace)) + 1}"


def rename_coachee(workspace: Database, coachee_id: str, label_text: str) -> Coachee:
    text = label_text.strip()
    if not text or len(text) > 80:
        raise InvalidValue("A coachee's name is 1 to 80 characters.")
    coachee = stored.get_coachee(workspace, coachee_id)
    if coachee is None:
        raise InvalidValue("There is no such coachee in this workspace.")
    return stored.save_coachee(workspace, Coachee(coachee.id, text, coachee.added_at))


def find_coachee(workspace: Database, wanted: str) -> Coachee:
    """By id, id prefix (8+ characters) or the coach's own label, for the command line."""
    coachees = stored.list_coachees(workspace)
    matches = [
        c
        for c in coachees
        if c.id == wanted
        or (len(wanted) >= 8 and c.id.startswith(wanted))
        or c.label.casefold() == wanted.casefold()
    ]
    if len(matches) != 1:
        problem = "no coachee" if not matches else "several coachees"
        raise InvalidValue(f"There is {problem} called {wanted!r} in this workspace.")
    return matches[0]


def packs(workspace: Database, coachee_id: str) -> list[SessionContent]:
    """A coachee's packs, oldest period first, read back through the strict reader."""
    return [
        read_pack(json.dumps(p.body).encode("utf-8"))
        for p in stored.list_packs(workspace, coachee_id)
    ]


def write_actions(
    workspace: Database, coachee_id: str, path: Path, today: date
) -> tuple[Path, int]:
    actions = stored.list_actions(workspace, coachee_id)
    if not actions:
        raise InvalidValue("No action has been agreed with this coachee yet; nothing to export.")
    data = to_bytes(ActionsFile(coachee_id, today, tuple(actions)))

    def write(handle: IO[bytes]) -> None:
        handle.write(data)

    write_atomic(path, write, mode="wb")
    return path, len(actions)


def agree(workspace: Database, coachee_id: str, action: AgreedAction, now: datetime) -> None:
    stored.save_action(workspace, coachee_id, action, now.replace(microsecond=0))


# --- two periods, in words -------------------------------------------------------------------


def _fr(lang: str) -> bool:
    return lang == "fr"


def _index_line(before: SessionContent, after: SessionContent, lang: str) -> str | None:
    if before.index is None or after.index is None:
        return None
    old, new = before.index.end, after.index.end
    if old is None or new is None or math.isnan(old) or math.isnan(new):
        return None
    shown_old, shown_new = format_number(old, lang, 0), format_number(new, lang, 0)
    change = new - old
    if abs(change) < 3:
        return (
            f"L'indice d'épuisement est resté proche : {shown_old} puis {shown_new}."
            if _fr(lang)
            else f"The exhaustion index stayed close: {shown_old} then {shown_new}."
        )
    went = (
        ("a baissé" if change < 0 else "a monté")
        if _fr(lang)
        else ("fell" if change < 0 else "rose")
    )
    if _fr(lang):
        return f"L'indice d'épuisement {went} : {shown_old} puis {shown_new}."
    return f"The exhaustion index {went}: {shown_old} then {shown_new}."


def _cycle_line(before: SessionContent, after: SessionContent, lang: str) -> str | None:
    if before.cycle is None or after.cycle is None:
        return None
    old, new = label(before.cycle.status, lang), label(after.cycle.status, lang)
    if old == new:
        return (
            f"Le cycle de confiance est resté {new}."
            if _fr(lang)
            else f"The confidence cycle stayed {new}."
        )
    if _fr(lang):
        return f"Le cycle de confiance est passé de {old} à {new}."
    return f"The confidence cycle went from {old} to {new}."


def _mirror_line(before: SessionContent, after: SessionContent, lang: str) -> str | None:
    if before.mirror is None or after.mirror is None:
        return None
    old, new = before.mirror.share, after.mirror.share
    if math.isnan(old) or math.isnan(new):
        return None
    a, b = format_number(100 * old, lang, 0), format_number(100 * new, lang, 0)
    if _fr(lang):
        return f"Échanges difficiles liés à un irritant de notre côté : {a} % puis {b} %."
    return f"Difficult encounters with an irritant on our side: {a}% then {b}%."


def _client_lines(before: SessionContent, after: SessionContent, lang: str) -> list[str]:
    old = {c.name: c.level for c in before.clients}
    lines = []
    for client in after.clients:
        was = old.get(client.name)
        if was is not None and was != client.level:
            a, b = label(was, lang), label(client.level, lang)
            lines.append(
                f"{client.name} : {a} → {b}." if _fr(lang) else f"{client.name}: {a} → {b}."
            )
    return lines


def _goal_line(after: SessionContent, lang: str) -> str | None:
    if not after.goals:
        return None
    done = sum(g.done_on is not None for g in after.goals)
    total = len(after.goals)
    if _fr(lang):
        return f"Objectifs : {done} atteint(s) sur {total}."
    return f"Goals: {done} of {total} done."


def compare_lines(before: SessionContent, after: SessionContent, lang: str) -> list[str]:
    """The differences between two periods a coach would say aloud, in plain words."""
    lines = [
        _index_line(before, after, lang),
        _cycle_line(before, after, lang),
        _mirror_line(before, after, lang),
        *_client_lines(before, after, lang),
        _goal_line(after, lang),
    ]
    found = [line for line in lines if line]
    if not found:
        found.append(
            "Ces deux périodes n'ont pas de section en commun à comparer."
            if _fr(lang)
            else "These two periods share no section to compare."
        )
    return found
