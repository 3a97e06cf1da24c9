"""The team lead's view of a folder: `wellbeing team aggregate`, the team window, the PDF.

Reads every file strictly, decides per week what may be shown (minimum group, no view
differing from an earlier one by fewer than the minimum), records what was shown, and
pools the shown weeks of each month.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from wellbeing.analysis.team import (
    MINIMUM_GROUP,
    Disclosure,
    PeriodFigures,
    disclose,
    period_figures,
)
from wellbeing.domain.contribution import Answers, IsoWeek
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.team_folder import read_folder
from wellbeing.sharing.team_view import (
    MonthView,
    TeamView,
    WeekView,
    held_back_sentence,
    withheld_sentence,
)
from wellbeing.sharing.views_ledger import ledger_path, load_ledger, save_ledger
from wellbeing.store.location import default_team_views_folder


def check_minimum(minimum: int) -> int:
    if minimum < MINIMUM_GROUP:
        raise InvalidValue(
            f"The minimum group is {MINIMUM_GROUP} people; it can be raised, never lowered."
        )
    if minimum > 1000:
        raise InvalidValue("A minimum group over 1,000 people would never show anything.")
    return minimum


def team_view(
    folder: Path,
    team: str | None = None,
    minimum: int = MINIMUM_GROUP,
    today: date | None = None,
    views_folder: Path | None = None,
) -> TeamView:
    minimum = check_minimum(minimum)
    contents = read_folder(folder, team, today or date.today())
    by_week: dict[IsoWeek, dict[str, Answers]] = defaultdict(dict)
    for contribution in contents.accepted:
        by_week[contribution.week][contribution.token] = contribution.answers
    if contents.team is None:
        return TeamView(folder, None, minimum, [], [], contents.rejected)
    path = ledger_path(views_folder or default_team_views_folder(), folder, contents.team)
    ledger = load_ledger(path)
    weeks = []
    for week in sorted(by_week):
        answers = by_week[week]
        shown_before = ledger.get(str(week), [])
        disclosure = disclose(frozenset(answers), shown_before, minimum)
        figures = None
        if disclosure.shown is not None:
            figures = period_figures(str(week), [[answers[t] for t in sorted(disclosure.shown)]])
            if disclosure.shown not in shown_before:
                ledger.setdefault(str(week), []).append(disclosure.shown)
        weeks.append(WeekView(week, len(answers), disclosure, figures))
    save_ledger(path, ledger)
    months = _months(weeks, by_week)
    return TeamView(folder, contents.team, minimum, weeks, months, contents.rejected)


def _months(weeks: list[WeekView], by_week: dict[IsoWeek, dict[str, Answers]]) -> list[MonthView]:
    """A month pools exactly its shown weeks: it differs from any other view by whole weeks,
    each of at least the minimum, so it can reveal no one a week view hid."""
    grouped: dict[str, list[WeekView]] = defaultdict(list)
    for view in weeks:
        year, month = view.week.month
        grouped[f"{year}-{month:02d}"].append(view)
    months = []
    for key in sorted(grouped):
        shown = [w for w in grouped[key] if w.disclosure.shown is not None]
        figures = None
        if shown:
            files = [[by_week[w.week][t] for t in sorted(w.disclosure.shown or ())] for w in shown]
            figures = period_figures(key, files)
        months.append(MonthView(key, len(shown), len(grouped[key]) - len(shown), figures))
    return months


# --- for scripts ----------------------------------------------------------------------


def _estimate_json(estimate: Any) -> dict[str, float]:
    return {
        "value": round(estimate.value, 2),
        "low": round(estimate.low, 2),
        "high": round(estimate.high, 2),
    }


def figures_json(figures: PeriodFigures) -> dict[str, Any]:
    return {
        "contributors": round(figures.contributors, 2),
        "files": figures.files,
        "weeks": figures.weeks,
        "questions": {
            key: None
            if answers.uncertain
            else {c: _estimate_json(e) for c, e in answers.estimates.items()}
            for key, answers in figures.questions.items()
        },
        "irritants": None
        if figures.irritants_uncertain
        else {c: _estimate_json(e) for c, e in figures.irritants.items()},
    }


def _withheld_json(disclosure: Disclosure) -> str | None:
    return str(disclosure.withheld) if disclosure.withheld else None


def to_json(view: TeamView) -> dict[str, Any]:
    """Estimates as people with 90 % intervals; null where too uncertain or withheld."""
    return {
        "team": view.team,
        "minimum": view.minimum,
        "weeks": [
            {
                "week": str(w.week),
                "withheld": _withheld_json(w.disclosure),
                "held_back": w.disclosure.held_back,
                "figures": figures_json(w.figures) if w.figures else None,
            }
            for w in view.weeks
        ],
        "months": [
            {
                "month": m.key,
                "weeks_shown": m.weeks_shown,
                "weeks_left_out": m.weeks_left_out,
                "figures": figures_json(m.figures) if m.figures else None,
            }
            for m in view.months
        ],
        "rejected": [{"file": r.file, "reason": r.reason} for r in view.rejected],
    }


__all__ = [
    "MonthView",
    "TeamView",
    "WeekView",
    "check_minimum",
    "held_back_sentence",
    "team_view",
    "to_json",
    "withheld_sentence",
]
