"""Goals in the employee's journal: agreed actions brought back from a coaching session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from wellbeing.domain.coaching import AgreedAction, Goal

if TYPE_CHECKING:
    from sqlite_utils import Database

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S"
_COLUMNS = "id, what, by_when, obstacles, support, likelihood, added_at, done_at"


def _goal(row: tuple) -> Goal:
    goal_id, what, by_when, obstacles, support, likelihood, added_at, done_at = row
    action = AgreedAction(
        what,
        date.fromisoformat(by_when) if by_when else None,
        obstacles,
        support,
        likelihood,
        goal_id,
    )
    return Goal(
        action,
        datetime.strptime(added_at, TIME_FORMAT),
        datetime.strptime(done_at, TIME_FORMAT) if done_at else None,
    )


def list_goals(db: Database) -> list[Goal]:
    """Open goals first, soonest due first; then the ones done."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM goals").fetchall()
    goals = [_goal(row) for row in rows]
    return sorted(
        goals,
        key=lambda g: (
            g.done_at is not None,
            g.action.by_when or date.max,
            g.added_at,
            g.id,
        ),
    )


def get_goal(db: Database, goal_id: str) -> Goal | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM goals WHERE id = ?", [goal_id]).fetchone()
    return _goal(row) if row else None


def save_goal(db: Database, goal: Goal) -> Goal:
    action = goal.action
    with db.atomic():
        db.execute(
            f"INSERT OR REPLACE INTO goals ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                action.id,
                action.what,
                action.by_when.isoformat() if action.by_when else None,
                action.obstacles,
                action.support,
                action.likelihood,
                goal.added_at.strftime(TIME_FORMAT),
                goal.done_at.strftime(TIME_FORMAT) if goal.done_at else None,
            ],
        )
    return goal


def set_done(db: Database, goal_id: str, done_at: datetime | None) -> Goal | None:
    goal = get_goal(db, goal_id)
    if goal is None:
        return None
    return save_goal(db, replace(goal, done_at=done_at))


def delete_goal(db: Database, goal_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM goals WHERE id = ?", [goal_id])
