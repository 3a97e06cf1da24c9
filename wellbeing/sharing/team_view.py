"""What the team lead's view holds, and why a period shows nothing, in EN/FR words.

Built by wellbeing.services.team; read by the window, the command line and the PDF report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellbeing.analysis.team import Disclosure, PeriodFigures, Withholding
from wellbeing.domain.contribution import IsoWeek
from wellbeing.sharing.team_folder import Rejected


@dataclass(frozen=True)
class WeekView:
    week: IsoWeek
    present: int
    """Contribution files of the week in the folder (distinct people)."""
    disclosure: Disclosure
    figures: PeriodFigures | None


@dataclass(frozen=True)
class MonthView:
    key: str
    """YYYY-MM."""
    weeks_shown: int
    weeks_left_out: int
    figures: PeriodFigures | None


@dataclass(frozen=True)
class TeamView:
    folder: Path
    team: str | None
    minimum: int
    weeks: list[WeekView]
    months: list[MonthView]
    rejected: list[Rejected]

    @property
    def shown_weeks(self) -> list[WeekView]:
        return [w for w in self.weeks if w.figures is not None]

    @property
    def shown_months(self) -> list[MonthView]:
        return [m for m in self.months if m.figures is not None]


def withheld_reason(disclosure: Disclosure, minimum: int, lang: str) -> str:
    """Why a week shows nothing, never how many files it holds below the minimum."""
    fr = lang == "fr"
    if disclosure.withheld == Withholding.TOO_CLOSE:
        if fr:
            return f"elle diffère d'une vue déjà montrée de moins de {minimum} personnes."
        return f"it differs from a view already shown by fewer than {minimum} people."
    return (
        f"moins de {minimum} personnes ont contribué."
        if fr
        else f"fewer than {minimum} people contributed."
    )


def withheld_sentence(view: WeekView, minimum: int, lang: str) -> str:
    lead = "Rien n'est montré : " if lang == "fr" else "Nothing is shown: "
    return lead + withheld_reason(view.disclosure, minimum, lang)


def held_back_sentence(count: int, minimum: int, lang: str) -> str:
    if lang == "fr":
        return (
            f"Contributions plus récentes mises de côté : {count} ; elles seront comptées quand "
            f"au moins {minimum} seront arrivées depuis que cette semaine a été montrée."
        )
    return (
        f"Newer contributions held back: {count}; they count once at least {minimum} have "
        "arrived since this week was first shown."
    )
