"""The team view in plain words, EN/FR: intervals said as people, never as one person."""

from __future__ import annotations

import math

from wellbeing.analysis.privacy import Estimate
from wellbeing.analysis.team import PeriodFigures
from wellbeing.domain.contribution import (
    CHECK_IN,
    CYCLE,
    EXHAUSTION,
    IRRITANT_CATEGORIES,
    OUT_OF_HOURS,
)


def _fr(lang: str) -> bool:
    return lang == "fr"


def people(count: float, lang: str) -> str:
    whole = round(count)
    if _fr(lang):
        return f"{whole} personne" if whole == 1 else f"{whole} personnes"
    return f"{whole} person" if whole == 1 else f"{whole} people"


def between(estimate: Estimate, lang: str, month: bool = False) -> str:
    """'between 1 and 5 of 12 people' (on an average week, for a month)."""
    low = math.floor(estimate.low)
    high = min(math.ceil(estimate.high), round(estimate.total))
    total = people(estimate.total, lang)
    if _fr(lang):
        text = f"entre {low} et {high} sur {total}"
        return text + " en moyenne par semaine" if month else text
    text = f"between {low} and {high} of {total}"
    return text + " on an average week" if month else text


def too_uncertain(count: float, lang: str) -> str:
    if _fr(lang):
        return f"trop incertain pour en dire quoi que ce soit avec {people(count, lang)}"
    return f"too uncertain to say anything with {people(count, lang)}"


SIGNALS = (
    (EXHAUSTION.key, "red", "in the red on exhaustion", "dans le rouge sur l'épuisement"),
    (EXHAUSTION.key, "amber", "amber on exhaustion", "à l'orange sur l'épuisement"),
    (
        CYCLE.key,
        "turning",
        "with the confidence cycle turning",
        "avec le cycle de confiance enclenché",
    ),
    (
        CHECK_IN.key,
        "red",
        "with their latest check-in in the red",
        "avec leur dernier point dans le rouge",
    ),
    (
        OUT_OF_HOURS.key,
        "3+",
        "contacted out of hours 3 times or more",
        "sollicitées hors horaires 3 fois ou plus",
    ),
)
"""(question, category, English words, French words) of the signals a lead reads first."""


def colon(lang: str) -> str:
    """French sets a colon apart with a (narrow) space."""
    return "\u202f:" if _fr(lang) else ":"


def contributed(figures: PeriodFigures, lang: str) -> str:
    month = figures.weeks > 1
    who = people(figures.contributors, lang)
    if _fr(lang):
        return f"{who} ont contribué" + (" en moyenne par semaine." if month else ".")
    return f"{who} contributed" + (" on an average week." if month else ".")


def period_lines(figures: PeriodFigures, lang: str) -> list[str]:
    """The period's figures as sentences, most important first."""
    lines = [contributed(figures, lang)]
    for question, category, en, fr in SIGNALS:
        answers = figures.questions[question]
        words = fr if _fr(lang) else en
        if answers.uncertain:
            uncertain = too_uncertain(figures.contributors, lang)
            lines.append(f"{_people_word(lang)} {words}{colon(lang)} {uncertain}.")
            continue
        said = between(answers.estimates[category], lang, figures.weeks > 1)
        lines.append(f"{said[0].upper()}{said[1:]} {words}.")
    lines.append(irritant_line(figures, lang))
    return lines


def _people_word(lang: str) -> str:
    return "Personnes" if _fr(lang) else "People"


def irritant_line(figures: PeriodFigures, lang: str, top: int = 3) -> str:
    """The service irritants worth fixing first, framed as the company's to fix."""
    month = figures.weeks > 1
    if figures.irritants_uncertain:
        name = "Irritants de service" if _fr(lang) else "Service irritants"
        return f"{name}{colon(lang)} {too_uncertain(figures.contributors, lang)}."
    ranked = sorted(IRRITANT_CATEGORIES, key=lambda c: (-figures.irritants[c.key].value, c.key))[
        :top
    ]
    shown = [c for c in ranked if figures.irritants[c.key].low > 0] or ranked[:1]
    parts = "; ".join(
        f"{c.label(lang)} ({between(figures.irritants[c.key], lang, month)})" for c in shown
    )
    if _fr(lang):
        return f"À corriger en priorité dans notre service{colon(lang)} {parts}."
    return f"What our service could fix first: {parts}."
