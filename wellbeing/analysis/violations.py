"""Which of the user's boundaries an encounter crossed, without the user ticking anything.

Time and channel come from when and how the contact happened; the behaviours the user
tagged say the rest (an out-of-scope request crosses the scope, an insult the respect).
"""

from __future__ import annotations

from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import Encounter, EncounterKind

DISRESPECT = frozenset(
    {"rude", "insulting", "contemptuous", "shouting", "threatening", "questions_competence"}
)
"""Behaviours that cross the respect boundary."""

BEHAVIOUR_VIOLATIONS = {
    "out_of_scope": "scope",
    "ignores_terms": "terms",
    "out_of_hours": "out_of_hours",
}


def _time_violations(encounter: Encounter, boundaries: Boundaries) -> list[str]:
    moment = encounter.occurred_at
    hours = boundaries.working_hours[moment.weekday()]
    found = []
    if hours is None:
        found.append("day_off")
    elif not hours.contains(moment.time()):
        found.append("out_of_hours")
    rule = boundaries.rule_for(encounter.channel)
    if rule is not None:
        if not rule.accepted:
            found.append("channel")
        elif rule.hours is not None and not rule.hours.contains(moment.time()):
            found.append("channel_hours")
    return found


def _behaviour_violations(encounter: Encounter, boundaries: Boundaries) -> list[str]:
    found = [BEHAVIOUR_VIOLATIONS[b] for b in encounter.behaviours if b in BEHAVIOUR_VIOLATIONS]
    if DISRESPECT.intersection(encounter.behaviours):
        found.append("respect")
    if boundaries.response_hours is not None and "impatient" in encounter.behaviours:
        found.append("response_time")
    return found


def detect_violations(encounter: Encounter, boundaries: Boundaries) -> tuple[str, ...]:
    """Violation keys (vocabulary.VIOLATIONS order), each once.

    A contact on a day off is not also counted as out of hours. Positive encounters cross
    nothing by themselves: a pleasant Saturday call is the user's own choice to take, and
    counting it would push a client everyone enjoys towards a reframing (the user can
    still tick a violation by hand).
    """
    from wellbeing.domain.vocabulary import VIOLATIONS

    if encounter.kind == EncounterKind.POSITIVE:
        return ()
    found = set(_time_violations(encounter, boundaries))
    found.update(_behaviour_violations(encounter, boundaries))
    if "day_off" in found:
        found.discard("out_of_hours")
    return tuple(term.key for term in VIOLATIONS if term.key in found)
