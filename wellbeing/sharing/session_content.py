"""What a coaching session pack holds, as the report, the pack file and the coach's app all
read it: the chosen period's figures and series, pseudonymised, and the chosen texts.

The series are the analysis results themselves (ExhaustionSeries, CycleResult,
MirrorResult, ClientLoads), so that the coach's app and the PDF draw them with the very
`charts/` functions the window uses. Reasons travel as finished sentences in both languages
(client names already replaced, encounter ids dropped), never as codes with parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from wellbeing.analysis.cycle import CycleResult
from wellbeing.analysis.exhaustion import ExhaustionSeries
from wellbeing.analysis.grids import ClientLoads
from wellbeing.analysis.mirror import MirrorResult
from wellbeing.analysis.reasons import Reason, describe, register
from wellbeing.domain.coaching import Section

PACK_TEXT = "pack.text"
register({PACK_TEXT: ("{en}", "{fr}")})


def finished(reason: Reason, rename: dict[str, str] | None = None) -> Reason:
    """A reason as its two finished sentences: what a pack may carry of it."""
    english, french = describe(reason, "en"), describe(reason, "fr")
    for real, shown in (rename or {}).items():
        english, french = english.replace(real, shown), french.replace(real, shown)
    return Reason(PACK_TEXT, {"en": english, "fr": french})


@dataclass(frozen=True)
class ClientPart:
    name: str
    """A pseudonym (Client A) unless the employee chose real names."""
    level: str
    """An AdviceLevel or NoAdvice key."""
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class CheckInPart:
    day: date
    strain: float
    wellbeing: float


@dataclass(frozen=True)
class GoalPart:
    what: str
    by_when: date | None
    done_on: date | None


@dataclass(frozen=True)
class TextPart:
    day: date
    client: str
    text: str


@dataclass(frozen=True)
class IndexPart:
    """Where the exhaustion index stood at the period's start and end (None: no colour)."""

    start: float | None
    end: float | None
    band: str | None


@dataclass(frozen=True, eq=False)
class SessionContent:
    coachee: str
    """A stable id made once per journal: the coach's app files packs by it, never by name."""
    prepared_on: date
    first: date
    last: date
    sections: tuple[Section, ...]
    index: IndexPart | None = None
    series: ExhaustionSeries | None = None
    flagged: np.ndarray | None = None
    cycle: CycleResult | None = None
    mirror: MirrorResult | None = None
    clients: tuple[ClientPart, ...] = ()
    loads: ClientLoads | None = None
    check_ins: tuple[CheckInPart, ...] = ()
    goals: tuple[GoalPart, ...] = ()
    texts: tuple[TextPart, ...] = ()

    def has(self, section: Section) -> bool:
        return section in self.sections
