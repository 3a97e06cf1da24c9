"""The journal's vocabulary as plain data: clients, encounters, strengths."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


def new_id() -> str:
    """Stable ids survive export, import and merges, unlike row numbers (128 random bits)."""
    return os.urandom(16).hex()


class EncounterKind(StrEnum):
    DIFFICULT = "difficult"
    POSITIVE = "positive"


class ClientStatus(StrEnum):
    ACTIVE = "active"
    REFRAMED = "reframed"
    DETHRONED = "dethroned"


@dataclass(frozen=True)
class Client:
    name: str
    id: str = field(default_factory=new_id)
    revenue_share: float | None = None
    """Percent of the user's revenue this client brings, 0–100, when known."""
    status: ClientStatus = ClientStatus.ACTIVE


@dataclass(frozen=True)
class Encounter:
    client_id: str
    occurred_at: datetime
    """Local wall-clock time: an 8 a.m. Saturday call matters as 8 a.m. Saturday."""
    impact: int
    kind: EncounterKind = EncounterKind.DIFFICULT
    id: str = field(default_factory=new_id)
    channel: str | None = None
    duration_minutes: int | None = None
    what_happened: str = ""
    behaviours: tuple[str, ...] = ()
    irritants: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    lingered: str | None = None
    assertiveness: int | None = None
    company_confidence: int | None = None
    outcome: str | None = None
    escalated: bool = False
    backed: str | None = None
    """Whether the company backed me when I escalated: yes, partly or no."""
    next_time: str = ""
    violations: tuple[str, ...] = ()
    """Boundaries this encounter crossed (keys of vocabulary.VIOLATIONS): detected at save
    from the user's boundaries, then kept as the user corrected them."""


class ClientEventKind(StrEnum):
    """What can happen to a relationship besides encounters, kept as its history."""

    REFRAMED = "reframed"
    DETHRONED = "dethroned"
    REACTIVATED = "reactivated"
    CONTACT_PLANNED = "contact_planned"
    MESSAGE = "message"
    ADVICE = "advice"


@dataclass(frozen=True)
class ClientEvent:
    """One dated step in a client relationship: a status change, a planned contact, a
    prepared message, or the advice the app gave (detail holds the text or the advice)."""

    client_id: str
    at: datetime
    kind: ClientEventKind
    detail: str = ""
    id: str = field(default_factory=new_id)


def advice_detail(level: str, reason_codes: list[str]) -> str:
    """The detail of an ADVICE event: the level given and the codes of its reasons."""
    return json.dumps({"level": level, "reasons": reason_codes})


def advice_level(event: ClientEvent) -> str | None:
    """The level an ADVICE event records; None for any other event or an unreadable detail
    (an imported file may carry anything there)."""
    if event.kind != ClientEventKind.ADVICE:
        return None
    try:
        level = json.loads(event.detail).get("level")
    except (ValueError, AttributeError):
        return None
    return level if isinstance(level, str) else None


@dataclass(frozen=True)
class CheckIn:
    """A weekly self-assessment; answers as given, scored by wellbeing.domain.checkin."""

    answered_at: datetime
    strain: tuple[int, ...]
    """Six answers, 0 (never) to 4 (always), on how working with clients weighs on me."""
    wellbeing: tuple[int, ...]
    """Five answers, 0 (at no time) to 5 (all of the time), on the last two weeks."""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Strength:
    """Something the user's company does well, shown back when confidence drops."""

    text: str
    id: str = field(default_factory=new_id)
    position: int = 0
