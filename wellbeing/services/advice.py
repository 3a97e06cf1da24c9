"""Record advice changes: the history of each client's advice, one event per change of level.

The window records them each time it works the advice out; both the clients' timeline and
the reframing follow-up read this history, so there is one writer of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from wellbeing.domain.model import ClientEvent, ClientEventKind, advice_detail, advice_level
from wellbeing.store import journal

if TYPE_CHECKING:
    from sqlite_utils import Database

    from wellbeing.analysis.advice import ClientAdvice  # numpy: not at start-up


def record_advice_changes(db: Database, advice: Iterable[ClientAdvice], at: datetime) -> int:
    """Keep the advice history: one ADVICE event each time a client's level changes.

    Returns how many changes were recorded (none when the advice stayed the same); all of
    them land in one transaction, or none.
    """
    latest: dict[str, str | None] = {}
    for event in journal.list_client_events(db, kind=ClientEventKind.ADVICE):
        latest[event.client_id] = advice_level(event)
    changed = 0
    with db.atomic():
        for item in advice:
            if item.level is None or latest.get(item.client_id) == item.level:
                continue
            detail = advice_detail(item.level, [r.code for r in item.reasons])
            journal.save_client_event(
                db,
                ClientEvent(
                    client_id=item.client_id,
                    at=at.replace(microsecond=0),
                    kind=ClientEventKind.ADVICE,
                    detail=detail,
                ),
            )
            changed += 1
    return changed
