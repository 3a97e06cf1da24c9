"""The team lead's figures: de-biased estimates per period, and what may be shown at all.

Pure. A period is a set of contributions identified by their weekly tokens; `disclose`
decides whether a week's set may be shown given what was shown before, so that no view
covers fewer than the minimum group and no two views differ by fewer than it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from wellbeing.analysis.privacy import (
    CATEGORICAL,
    IRRITANT_BIT,
    Estimate,
    pooled_count,
)
from wellbeing.domain.contribution import IRRITANT_CATEGORIES, QUESTIONS, Answers

MINIMUM_GROUP = 5
"""The smallest group anything is shown for; a lead may raise it, never lower it."""

UNCERTAIN_WIDTH = 0.9
"""An interval covering 90 % of the group or more says nothing: the view says so instead."""


@dataclass(frozen=True)
class QuestionFigures:
    key: str
    estimates: dict[str, Estimate]
    """Category key -> how many people (on an average week) truly gave it."""

    @property
    def uncertain(self) -> bool:
        return max(e.width_share for e in self.estimates.values()) >= UNCERTAIN_WIDTH


@dataclass(frozen=True)
class PeriodFigures:
    key: str
    """'2026-W49' for a week, '2026-11' for a month."""
    contributors: float
    """Distinct people for a week; people on an average week for a month."""
    files: int
    weeks: int
    questions: dict[str, QuestionFigures]
    irritants: dict[str, Estimate]
    """Irritant category -> how many people (on an average week) met it."""

    @property
    def irritants_uncertain(self) -> bool:
        return max(e.width_share for e in self.irritants.values()) >= UNCERTAIN_WIDTH


def period_figures(key: str, weeks: Sequence[Sequence[Answers]]) -> PeriodFigures:
    """De-biased figures over every file of `weeks` (one week, or the shown weeks of a month)."""
    files = [answers for week in weeks for answers in week]
    count = len(weeks)
    questions = {}
    for question in QUESTIONS:
        mechanism = CATEGORICAL[question.key]
        estimates = {
            category: pooled_count(
                sum(a.categories[question.key] == category for a in files),
                len(files),
                count,
                mechanism,
            )
            for category in question.keys
        }
        questions[question.key] = QuestionFigures(question.key, estimates)
    irritants = {
        category.key: pooled_count(
            sum(category.key in a.irritants for a in files), len(files), count, IRRITANT_BIT
        )
        for category in IRRITANT_CATEGORIES
    }
    return PeriodFigures(key, len(files) / max(count, 1), len(files), count, questions, irritants)


# --- what may be shown ----------------------------------------------------------------


class Withholding(StrEnum):
    TOO_FEW = "too_few"
    """Fewer contributors than the minimum."""
    TOO_CLOSE = "too_close"
    """Differs from a view already shown by fewer than the minimum."""


@dataclass(frozen=True)
class Disclosure:
    shown: frozenset[str] | None
    """The tokens whose files the view may use; None: nothing may be shown."""
    held_back: int = 0
    """Files present but left out until enough others join them."""
    withheld: Withholding | None = None


def _safe(tokens: frozenset[str], shown_before: Sequence[frozenset[str]], minimum: int) -> bool:
    if len(tokens) < minimum:
        return False
    return all(tokens == t or len(tokens ^ t) >= minimum for t in shown_before)


def disclose(
    current: frozenset[str], shown_before: Sequence[frozenset[str]], minimum: int
) -> Disclosure:
    """What a week may show: its whole set when safe; else the largest set already shown
    that is still all there (newer files held back); else nothing."""
    if _safe(current, shown_before, minimum):
        return Disclosure(current)
    earlier = [t for t in shown_before if t <= current and len(t) >= minimum]
    if earlier:
        best = max(earlier, key=lambda t: (len(t), sorted(t)))
        return Disclosure(best, held_back=len(current - best))
    reason = Withholding.TOO_FEW if len(current) < minimum else Withholding.TOO_CLOSE
    return Disclosure(None, withheld=reason)
