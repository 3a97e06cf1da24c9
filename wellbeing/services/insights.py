"""Compute insights for a day or a period: the window, the command line and reports call this.

Reads the store once (load) and runs the pure analysis on it (insights, client_advice);
nothing here draws, prints or writes. Keeping the advice history is services.advice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from wellbeing.analysis.advice import ClientAdvice, Thresholds, advise_clients
from wellbeing.analysis.cycle import CycleResult, confidence_cycle
from wellbeing.analysis.exhaustion import ExhaustionIndex, exhaustion_index
from wellbeing.analysis.facts import Facts
from wellbeing.analysis.mirror import MirrorResult, mirror
from wellbeing.analysis.reasons import Reason, describe
from wellbeing.analysis.red_flags import RedFlag, red_flags
from wellbeing.analysis.reminders import check_in_due
from wellbeing.domain.model import CheckIn, Client, ClientEvent
from wellbeing.store import journal, settings

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class JournalData:
    """Everything the indicators read, loaded in one pass."""

    facts: Facts
    clients: list[Client]
    events: list[ClientEvent]
    check_ins: list[CheckIn]
    thresholds: Thresholds
    follow_up_weeks: int


def thresholds_of(db: Database) -> Thresholds:
    """The user's thresholds; overrides that no longer validate fall back to the defaults."""
    try:
        return Thresholds.from_overrides(settings.get(db, settings.ADVICE_THRESHOLDS))
    except ValueError:
        return Thresholds()


def load(db: Database) -> JournalData:
    rows = journal.fact_rows(db)
    return JournalData(
        facts=Facts.from_rows(rows.columns, rows.encounters, rows.tags),
        clients=journal.list_clients(db),
        events=journal.list_client_events(db),
        check_ins=journal.list_check_ins(db),
        thresholds=thresholds_of(db),
        follow_up_weeks=settings.get(db, settings.REFRAME_FOLLOW_UP_WEEKS),
    )


def client_advice(data: JournalData, today: date) -> list[ClientAdvice]:
    """Advice for every client not dethroned, in the clients' (name) order."""
    return advise_clients(
        data.clients,
        data.facts,
        data.events,
        today,
        thresholds=data.thresholds,
        follow_up_weeks=data.follow_up_weeks,
    )


# --- the whole picture, for `wellbeing insights` and reports --------------------------

INSIGHT_WEEKS = 12
"""The cycle and the mirror look back this many weeks by default."""


@dataclass(frozen=True)
class JournalInsights:
    today: date
    index: ExhaustionIndex
    cycle: CycleResult
    mirror: MirrorResult
    red_flags: tuple[RedFlag, ...]
    advice: list[ClientAdvice]
    check_in_due: bool


def insights(data: JournalData, today: date) -> JournalInsights:
    first = today - timedelta(weeks=INSIGHT_WEEKS) + timedelta(days=1)
    return JournalInsights(
        today=today,
        index=exhaustion_index(data.facts, data.check_ins, today),
        cycle=confidence_cycle(data.facts, today, INSIGHT_WEEKS),
        mirror=mirror(data.facts, first, today),
        red_flags=red_flags(data.facts, data.check_ins, today),
        advice=client_advice(data, today),
        check_in_due=check_in_due(
            data.check_ins, datetime.combine(today, time(23, 59)), len(data.facts)
        ),
    )


def _exact(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return float(value)


def _number(value: float | None) -> float | None:
    if value is None or math.isnan(value):
        return None
    return round(float(value), 1)


def reason_json(reason: Reason, lang: str) -> dict[str, Any]:
    params = {
        key: value if isinstance(value, str | int | float | bool) or value is None else str(value)
        for key, value in reason.params.items()
    }
    return {
        "code": reason.code,
        "text": describe(reason, lang),
        "figures": params,
        "encounters": list(reason.encounter_ids),
    }


def _reasons(reasons: tuple[Reason, ...], lang: str) -> list[dict[str, Any]]:
    return [reason_json(r, lang) for r in reasons]


def to_json(result: JournalInsights, data: JournalData, lang: str = "en") -> dict[str, Any]:
    """The same figures the window shows, as plain JSON (reasons worded in `lang`)."""
    names = {c.id: c.name for c in data.clients}
    index, cycle, mirrored = result.index, result.cycle, result.mirror
    return {
        "date": result.today.isoformat(),
        "exhaustion": {
            # Unrounded: rounded here and again when shown, 40.51 became 40.5 then "40"
            # under the reasons' "41".
            "index": _exact(index.value),
            "band": index.band,
            "reasons": _reasons(index.reasons, lang),
        },
        "cycle": {
            "status": cycle.status,
            "stages": dict(cycle.states),
            "break_first": cycle.break_first,
            "show_strengths": cycle.show_strengths,
            "advice": _reasons(cycle.advice, lang),
            "reasons": _reasons(cycle.reasons, lang),
        },
        "mirror": {
            "difficult": mirrored.difficult,
            "with_irritant": mirrored.with_irritant,
            "share": _number(100 * mirrored.share),
            "top": [
                {"irritant": key, "count": count, "share": _number(100 * share)}
                for key, count, share in mirrored.top
            ],
            "trend": mirrored.trend,
            "reasons": _reasons(mirrored.reasons, lang),
        },
        "red_flags": [
            {
                "kind": flag.kind,
                "since": flag.raised_on.isoformat(),
                "reasons": _reasons(flag.reasons, lang),
                "steps": [describe(step, lang) for step in flag.steps],
                "note": describe(flag.note, lang),
            }
            for flag in result.red_flags
        ],
        "check_in_due": result.check_in_due,
        "clients": [
            {
                "client": names.get(item.client_id, item.client_id),
                "id": item.client_id,
                "advice": item.level,
                "reasons": _reasons(item.reasons, lang),
                "follow_up": None
                if item.follow_up is None
                else {
                    "reframed_on": item.follow_up.reframed_on.isoformat(),
                    "due_on": item.follow_up.due_on.isoformat(),
                    "verdict": item.follow_up.verdict,
                },
            }
            for item in result.advice
        ],
    }
