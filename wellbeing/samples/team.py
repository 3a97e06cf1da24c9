"""A simulated team's true weekly answers: twelve people over a year, part of them through a
rough patch. Seeded: the same seed gives the same team. Randomising and writing the files
is wellbeing.services.demo's (the same path as a real contribution)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from wellbeing.domain.contribution import (
    CHECK_IN,
    CYCLE,
    DIFFICULT,
    EXHAUSTION,
    IRRITANT_CATEGORIES,
    OUT_OF_HOURS,
    POSITIVE,
    Answers,
    IsoWeek,
    last_complete_week,
)

TEAM_SIZE = 12
WEEKS = 52
ROUGH_PATCH = (18, 32)
"""Weeks (from the first) of the rough patch: a reorganisation and a backlog of delays."""
IN_THE_PATCH = 6
"""How many of the team go through it."""
TURNOUT = 0.85
"""The chance a person contributes on a given week: contributing is voluntary."""


@dataclass(frozen=True)
class SimulatedWeek:
    person: int
    week: IsoWeek
    truth: Answers


def _pick(rng: np.random.Generator, keys: tuple[str, ...], weights: tuple[float, ...]) -> str:
    chances = np.asarray(weights, dtype=float)
    return keys[int(rng.choice(len(keys), p=chances / chances.sum()))]


def _answers(rng: np.random.Generator, strained: bool) -> Answers:
    if strained:
        categories = {
            EXHAUSTION.key: _pick(rng, EXHAUSTION.keys, (0.05, 0.25, 0.65, 0.05)),
            CYCLE.key: _pick(rng, CYCLE.keys, (0.1, 0.3, 0.55, 0.05)),
            CHECK_IN.key: _pick(rng, CHECK_IN.keys, (0.2, 0.7, 0.1)),
            DIFFICULT.key: _pick(rng, DIFFICULT.keys, (0.05, 0.25, 0.4, 0.3)),
            POSITIVE.key: _pick(rng, POSITIVE.keys, (0.3, 0.45, 0.2, 0.05)),
            OUT_OF_HOURS.key: _pick(rng, OUT_OF_HOURS.keys, (0.1, 0.3, 0.6)),
        }
        irritant_chances = (0.6, 0.4, 0.2, 0.8, 0.15)
    else:
        categories = {
            EXHAUSTION.key: _pick(rng, EXHAUSTION.keys, (0.7, 0.2, 0.03, 0.07)),
            CYCLE.key: _pick(rng, CYCLE.keys, (0.75, 0.15, 0.03, 0.07)),
            CHECK_IN.key: _pick(rng, CHECK_IN.keys, (0.75, 0.05, 0.2)),
            DIFFICULT.key: _pick(rng, DIFFICULT.keys, (0.3, 0.5, 0.15, 0.05)),
            POSITIVE.key: _pick(rng, POSITIVE.keys, (0.1, 0.35, 0.4, 0.15)),
            OUT_OF_HOURS.key: _pick(rng, OUT_OF_HOURS.keys, (0.75, 0.2, 0.05)),
        }
        irritant_chances = (0.15, 0.2, 0.1, 0.2, 0.1)
    irritants = frozenset(
        c.key
        for c, chance in zip(IRRITANT_CATEGORIES, irritant_chances, strict=True)
        if rng.random() < chance
    )
    return Answers(categories, irritants)


def simulate_team(seed: int, end: date, size: int = TEAM_SIZE) -> list[SimulatedWeek]:
    """Every contribution the team would make, oldest week first."""
    rng = np.random.default_rng(seed)
    last = last_complete_week(end)
    weeks = [last]
    while len(weeks) < WEEKS:
        weeks.append(weeks[-1].previous())
    weeks.reverse()
    in_patch = set(rng.choice(size, IN_THE_PATCH, replace=False).tolist())
    found = []
    for number, week in enumerate(weeks):
        for person in range(size):
            if rng.random() > TURNOUT:
                continue
            strained = person in in_patch and ROUGH_PATCH[0] <= number < ROUGH_PATCH[1]
            found.append(SimulatedWeek(person, week, _answers(rng, strained)))
    return found
