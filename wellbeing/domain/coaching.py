"""Coaching sessions: what the employee may choose to show a coach, goals agreed in a
session (the GROW model's last step, "Will"), and the pseudonyms that hide client names."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from wellbeing.domain.model import new_id
from wellbeing.domain.validation import InvalidValue


class Section(StrEnum):
    """The topics a report and a pack may hold, in the report's order."""

    EXHAUSTION = "exhaustion"
    CYCLE = "cycle"
    MIRROR = "mirror"
    ADVICE = "advice"
    CHECK_INS = "check_ins"
    GOALS = "goals"


SECTION_WORDS: dict[Section, tuple[str, str]] = {
    Section.EXHAUSTION: ("Exhaustion index", "Indice d'épuisement"),
    Section.CYCLE: ("Confidence cycle", "Cycle de confiance"),
    Section.MIRROR: ("Irritants on our side", "Irritants de notre côté"),
    Section.ADVICE: ("Client advice", "Conseils par client"),
    Section.CHECK_INS: ("Weekly check-ins", "Points hebdomadaires"),
    Section.GOALS: ("Goals", "Objectifs"),
}


def section_label(section: Section, lang: str = "en") -> str:
    english, french = SECTION_WORDS[section]
    return french if lang == "fr" else english


@dataclass(frozen=True)
class SessionChoices:
    """Exactly what leaves for the coach: nothing is added that is not chosen here."""

    first: date
    last: date
    sections: tuple[Section, ...] = tuple(Section)
    client_ids: tuple[str, ...] | None = None
    """Clients shown (None: every client); the others are left out of advice and texts."""
    text_ids: tuple[str, ...] = ()
    """Encounters whose private text is included; none by default."""
    real_names: bool = False
    """Client names as they are, instead of Client A, B…"""
    redactions: tuple[str, ...] = ()
    """Words (other people's names) replaced by [redacted] in the chosen texts."""

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise InvalidValue("The period starts after it ends; choose its first day again.")
        unknown = [s for s in self.sections if s not in tuple(Section)]
        if unknown:
            raise InvalidValue(f"There is no section {unknown[0]!r}.")


def pseudonym(position: int, lang: str = "en") -> str:
    """Client A … Z, then AA, AB…: stable for a client within one pack."""
    letters = string.ascii_uppercase
    name = ""
    number = position
    while True:
        name = letters[number % 26] + name
        number = number // 26 - 1
        if number < 0:
            break
    return f"Client {name}"


REDACTED = "[…]"


def redact(text: str, words: tuple[str, ...]) -> str:
    """Each word (a name) replaced wherever it stands alone, whatever its case."""
    for word in sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", REDACTED, text, flags=re.IGNORECASE)
    return text


# --- goals agreed in a session ----------------------------------------------------------

LIKELIHOOD = (1, 10)


@dataclass(frozen=True)
class AgreedAction:
    """GROW's "Will": what, by when, obstacles, support, and how likely (1–10)."""

    what: str
    by_when: date | None = None
    obstacles: str = ""
    support: str = ""
    likelihood: int | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not self.what.strip():
            raise InvalidValue("An agreed action needs to say what will be done.")
        if len(self.what) > 500 or len(self.obstacles) > 2000 or len(self.support) > 2000:
            raise InvalidValue("An agreed action is a few lines at most.")
        low, high = LIKELIHOOD
        if self.likelihood is not None and not low <= self.likelihood <= high:
            raise InvalidValue(f"How likely is a number from {low} to {high}.")


@dataclass(frozen=True)
class Goal:
    """An agreed action in the employee's journal: checked off when done."""

    action: AgreedAction
    added_at: datetime
    done_at: datetime | None = None

    @property
    def id(self) -> str:
        return self.action.id

    def is_due(self, today: date) -> bool:
        by_when = self.action.by_when
        return self.done_at is None and by_when is not None and by_when <= today
