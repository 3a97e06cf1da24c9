"""The weekly check-in: its questions in the product's own words, and how answers score.

Two short scales, each scored 0–100 so that they read like the exhaustion index:
client-related strain (higher is heavier) and general well-being (higher is better).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from wellbeing.domain.model import CheckIn
from wellbeing.domain.vocabulary import Term

STRAIN_QUESTIONS: tuple[Term, ...] = (
    Term(
        "drained", "Working with clients leaves me drained.", "Travailler avec les clients me vide."
    ),
    Term(
        "frustrated",
        "Contacts with clients frustrate me.",
        "Les échanges avec les clients me frustrent.",
    ),
    Term(
        "nothing_left",
        "After a day with clients I have nothing left for myself.",
        "Après une journée avec les clients, il ne me reste rien pour moi.",
    ),
    Term(
        "worn_out",
        "Dealing with clients wears me out.",
        "Gérer les clients m'use.",
    ),
    Term(
        "giving_more",
        "I give clients more than I get back.",
        "Je donne aux clients plus que je ne reçois.",
    ),
    Term(
        "how_long",
        "I wonder how long I can go on working with clients like this.",
        "Je me demande combien de temps je tiendrai à travailler ainsi avec les clients.",
    ),
)

STRAIN_ANSWERS: tuple[Term, ...] = (
    Term("0", "never", "jamais"),
    Term("1", "rarely", "rarement"),
    Term("2", "sometimes", "parfois"),
    Term("3", "often", "souvent"),
    Term("4", "always", "toujours"),
)

WELLBEING_QUESTIONS: tuple[Term, ...] = (
    Term("spirits", "I have been in good spirits.", "J'ai été de bonne humeur."),
    Term("calm", "I have felt calm and at ease.", "Je me suis senti·e calme et détendu·e."),
    Term("energy", "I have had energy for my days.", "J'ai eu de l'énergie pour mes journées."),
    Term("rested", "I have woken up rested.", "Je me suis réveillé·e reposé·e."),
    Term(
        "meaning",
        "My days have held things I care about.",
        "Mes journées ont contenu des choses qui comptent pour moi.",
    ),
)

WELLBEING_ANSWERS: tuple[Term, ...] = (
    Term("0", "at no time", "à aucun moment"),
    Term("1", "now and then", "de temps en temps"),
    Term("2", "less than half the time", "moins de la moitié du temps"),
    Term("3", "more than half the time", "plus de la moitié du temps"),
    Term("4", "most of the time", "la plupart du temps"),
    Term("5", "all of the time", "tout le temps"),
)

CHECK_IN_EVERY = timedelta(days=7)
"""A check-in is due a week after the last one (or at once, when there is none)."""

VERY_LOW_WELLBEING = 28
"""Well-being at or under this score is very low: the app suggests talking to someone."""

LOW_WELLBEING = 50
HIGH_STRAIN = 60


def strain_score(check_in: CheckIn) -> float:
    """0–100: the mean answer over the six strain questions, scaled (higher is heavier)."""
    return 100.0 * sum(check_in.strain) / (4 * len(STRAIN_QUESTIONS))


def wellbeing_score(check_in: CheckIn) -> float:
    """0–100: the sum of the five well-being answers times four (higher is better)."""
    return 100.0 * sum(check_in.wellbeing) / (5 * len(WELLBEING_QUESTIONS))


def is_due(last: datetime | None, now: datetime) -> bool:
    return last is None or now - last >= CHECK_IN_EVERY
