"""What the drafts may say about encounters: incidents (no private text), the boundaries
they touched, and one line per incident in the vocabulary's words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from wellbeing.analysis.messages.words import clock, is_french, long_date, pick
from wellbeing.analysis.violations import DISRESPECT
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Encounter, EncounterKind

RECENT_INCIDENTS = 5


# --- incidents ------------------------------------------------------------------------


@dataclass(frozen=True)
class Incident:
    """What a message may say about one encounter: when, how, what. No private text."""

    encounter_id: str
    occurred_at: datetime
    channel: str | None
    behaviours: tuple[str, ...]
    violations: tuple[str, ...]
    impact: int

    @classmethod
    def from_encounter(cls, encounter: Encounter) -> Incident:
        return cls(
            encounter_id=encounter.id,
            occurred_at=encounter.occurred_at,
            channel=encounter.channel,
            behaviours=encounter.behaviours,
            violations=encounter.violations,
            impact=encounter.impact,
        )

    @property
    def disrespectful(self) -> bool:
        return bool(DISRESPECT.intersection(self.behaviours)) or "respect" in self.violations


def is_incident(encounter: Encounter) -> bool:
    """A difficult encounter that crossed a limit or lacked respect: worth stating."""
    if encounter.kind != EncounterKind.DIFFICULT:
        return False
    return bool(encounter.violations) or bool(DISRESPECT.intersection(encounter.behaviours))


def incidents_from(
    encounters: Iterable[Encounter], since: date | None = None, limit: int = RECENT_INCIDENTS
) -> list[Incident]:
    """The most recent `limit` incidents from `since` on, oldest first (as a message tells
    them). Pass one client's encounters."""
    chosen = sorted(
        (
            e
            for e in encounters
            if is_incident(e) and (since is None or e.occurred_at.date() >= since)
        ),
        key=lambda e: e.occurred_at,
    )
    return [Incident.from_encounter(e) for e in chosen[-limit:]] if limit > 0 else []


# --- what the incidents touch -----------------------------------------------------------

TOPICS = ("hours", "channels", "respect", "scope", "response")
"""What a message can be about, in the order its sentences come."""

_TOPIC_VIOLATIONS = {
    "hours": {"out_of_hours", "day_off", "channel_hours"},
    "channels": {"channel", "channel_hours"},
    "respect": {"respect"},
    "scope": {"scope", "terms"},
    "response": {"response_time"},
}
_TOPIC_BEHAVIOURS = {
    "hours": {"out_of_hours"},
    "channels": set(),
    "respect": set(DISRESPECT),
    "scope": {"out_of_scope", "ignores_terms", "unreasonable_demand", "special_treatment"},
    "response": {"impatient", "invasive"},
}


def topics_of(incidents: Iterable[Incident]) -> tuple[str, ...]:
    """The boundaries the incidents touched, in TOPICS order."""
    found: set[str] = set()
    for incident in incidents:
        for topic in TOPICS:
            if _TOPIC_VIOLATIONS[topic].intersection(incident.violations) or _TOPIC_BEHAVIOURS[
                topic
            ].intersection(incident.behaviours):
                found.add(topic)
    return tuple(topic for topic in TOPICS if topic in found)


# --- one line per incident -------------------------------------------------------------


def time_of_day(moment: datetime, lang: str) -> str:
    return clock(moment.time(), lang) if is_french(lang) else f"{moment:%H:%M}"


def labels_in_order(terms: tuple[vocab.Term, ...], keys: Iterable[str], lang: str) -> str:
    """Labels in the vocabulary's order (the journal may hand tags back in another)."""
    rank = {term.key: index for index, term in enumerate(terms)}
    ordered = sorted(keys, key=lambda key: rank.get(key, len(rank)))
    return ", ".join(vocab.label_of(terms, key, lang) for key in ordered)


def incident_line(incident: Incident, lang: str = "en") -> str:
    """'Saturday 8 March 2025, 08:00, phone: raised their voice; on a day off' — the
    vocabulary's own words, for lists the user reads."""
    head = f"{long_date(incident.occurred_at.date(), lang)}, "
    head += time_of_day(incident.occurred_at, lang)
    if incident.channel:
        head += f", {vocab.label_of(vocab.CHANNELS, incident.channel, lang)}"
    words = labels_in_order(vocab.BEHAVIOURS, incident.behaviours, lang)
    crossed = labels_in_order(vocab.VIOLATIONS, incident.violations, lang)
    said = pick(lang, "; ", " ; ").join(part for part in (words, crossed) if part)
    return f"{head}{pick(lang, ': ', ' : ')}{said}" if said else head
