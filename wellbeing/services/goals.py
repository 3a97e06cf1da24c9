"""Goals in the employee's journal: `wellbeing goals import` and File → Import coaching
goals… put a session's agreed actions in; checking one off is the Goals list's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from wellbeing.domain.coaching import Goal
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.coaching import coachee_id
from wellbeing.sharing.actions_file import read_actions
from wellbeing.store import goals as stored

if TYPE_CHECKING:
    from sqlite_utils import Database


def import_goals(db: Database, data: bytes, now: datetime) -> list[Goal]:
    """Add or update the file's actions as goals (by id: importing twice changes nothing,
    a goal already checked off stays done); all of them or none."""
    found = read_actions(data)
    if found.coachee != coachee_id(db):
        raise InvalidValue(
            "This actions file was made for another journal (the coach imported someone "
            "else's pack); nothing was imported."
        )
    imported = []
    with db.atomic():
        for action in found.actions:
            existing = stored.get_goal(db, action.id)
            goal = (
                replace(existing, action=action)
                if existing
                else Goal(action, now.replace(microsecond=0))
            )
            imported.append(stored.save_goal(db, goal))
    return imported


def due_goals(db: Database, today: date) -> list[Goal]:
    """Goals due today or before and not done: what a gentle reminder may mention."""
    return [g for g in stored.list_goals(db) if g.is_due(today)]
