"""What a weekly contribution to the team lead may say: the whitelist, in both languages.

A contribution answers a fixed list of coarse questions, each with a few categories, and
says which service-irritant categories came up. Nothing else can be put in the file: the
writer and the strict reader both work from these tuples, so a field that is not declared
here cannot leave the machine or be read back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from wellbeing.domain.validation import InvalidValue
from wellbeing.domain.vocabulary import Term

Category = Term
"""A question's possible answer: a key and its EN/FR words, like every vocabulary term."""


@dataclass(frozen=True)
class Question:
    """One coarse answer; `en`/`fr` word it as the lead's view titles it."""

    key: str
    en: str
    fr: str
    categories: tuple[Category, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(category.key for category in self.categories)

    def label(self, lang: str = "en") -> str:
        return self.fr if lang == "fr" else self.en

    def category(self, key: str) -> Category:
        return next(category for category in self.categories if category.key == key)


def _categories(*rows: tuple[str, str, str]) -> tuple[Category, ...]:
    return tuple(Term(*row) for row in rows)


COUNT_BANDS = _categories(("0", "none", "aucun"), ("1-2", "1–2", "1–2"), ("3-5", "3–5", "3–5"))
COUNT_BANDS += _categories(("6+", "6 or more", "6 ou plus"))

EXHAUSTION = Question(
    "exhaustion",
    "Exhaustion index",
    "Indice d'épuisement",
    _categories(
        ("green", "green", "vert"),
        ("amber", "amber", "orange"),
        ("red", "red", "rouge"),
        ("none", "no colour yet", "pas encore de couleur"),
    ),
)
CYCLE = Question(
    "cycle",
    "Confidence cycle",
    "Cycle de confiance",
    _categories(
        ("quiet", "quiet", "calme"),
        ("slipping", "slipping", "glisse"),
        ("turning", "turning", "s'enclenche"),
        ("none", "not enough data", "pas assez de données"),
    ),
)
CHECK_IN = Question(
    "check_in",
    "Latest check-in",
    "Dernier point hebdomadaire",
    _categories(
        ("fine", "not in the red", "pas dans le rouge"),
        ("red", "in the red", "dans le rouge"),
        ("none", "none this fortnight", "aucun ces deux semaines"),
    ),
)
DIFFICULT = Question("difficult", "Difficult encounters", "Échanges difficiles", COUNT_BANDS)
POSITIVE = Question("positive", "Positive encounters", "Échanges positifs", COUNT_BANDS)
OUT_OF_HOURS = Question(
    "out_of_hours",
    "Contacts out of hours",
    "Sollicitations hors horaires",
    _categories(("0", "none", "aucune"), ("1-2", "1–2", "1–2"), ("3+", "3 or more", "3 ou plus")),
)

QUESTIONS: tuple[Question, ...] = (EXHAUSTION, CYCLE, CHECK_IN, DIFFICULT, POSITIVE, OUT_OF_HOURS)

IRRITANT_CATEGORIES: tuple[Category, ...] = _categories(
    ("reach", "being hard to reach", "être difficile à joindre"),
    ("process", "complicated processes and hand-offs", "parcours et transferts compliqués"),
    ("automation", "scripts and chatbots", "scripts et chatbots"),
    (
        "reliability",
        "delays, errors and broken promises",
        "délais, erreurs et promesses non tenues",
    ),
    ("targeting", "sales pressure and poor targeting", "pression commerciale et mauvais ciblage"),
)
"""Service irritants, grouped into what a company can fix; the journal's irritant tags
fall into these (see IRRITANT_GROUP)."""

IRRITANT_GROUP: dict[str, str] = {
    "hard_to_reach": "reach",
    "unanswered": "reach",
    "no_call_back": "reach",
    "had_to_repeat": "process",
    "complicated_process": "process",
    "not_my_job": "process",
    "robotic": "automation",
    "chatbot": "automation",
    "broken_promise": "reliability",
    "delay": "reliability",
    "careless_error": "reliability",
    "wrong_info": "reliability",
    "mistargeted": "targeting",
    "numbers_first": "targeting",
}

IRRITANTS_KEY = "irritants"


def count_band(count: int, bands: tuple[Category, ...] = COUNT_BANDS) -> str:
    """The band ('0', '1-2', '3-5', '6+'…) a weekly count falls in."""
    for category in reversed(bands):
        low = int(category.key.split("-")[0].rstrip("+"))
        if count >= low:
            return category.key
    return bands[0].key


@dataclass(frozen=True)
class Answers:
    """One person's answers for one week: a category key per question, and the irritant
    categories that came up. True answers stay on the machine; the file holds randomised
    ones of the same shape."""

    categories: dict[str, str]
    irritants: frozenset[str]


# --- ISO weeks and team codes --------------------------------------------------------

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_TEAM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{2,31}")


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        match = _WEEK.fullmatch(text.strip())
        if match is None:
            raise InvalidValue(f"'{text[:20]}' is not a week; write it as YYYY-Www, e.g. 2026-W49.")
        year, week = int(match.group(1)), int(match.group(2))
        try:
            date.fromisocalendar(year, week, 1)
        except ValueError:
            raise InvalidValue(f"{year} has no week {week}.") from None
        return cls(year, week)

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _ = day.isocalendar()
        return cls(year, week)

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def month(self) -> tuple[int, int]:
        """The month holding the week's Thursday, as ISO weeks belong to years."""
        thursday = self.monday + timedelta(days=3)
        return thursday.year, thursday.month

    def previous(self) -> IsoWeek:
        return IsoWeek.of(self.monday - timedelta(days=7))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


def last_complete_week(today: date) -> IsoWeek:
    """The week a contribution is usually about: the one that ended last Sunday."""
    return IsoWeek.of(today - timedelta(days=today.isoweekday()))


def check_team_code(text: str) -> str:
    code = text.strip()
    if not _TEAM.fullmatch(code):
        raise InvalidValue(
            "A team code is 3 to 32 letters, digits, '-' or '_', as your team lead gave it."
        )
    return code
