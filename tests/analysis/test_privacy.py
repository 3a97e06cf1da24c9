"""The lead's de-biased figures checked against simulated teams.

What the lead reads ("between 1 and 3 of 12 people are in the red") is only honest if the
de-biasing matches what the employee's machine really does to the answers. The sampler
used for many teams below is checked first against `randomise` itself; the estimates are
then checked for bias and for how often their 90 % interval holds the truth, for a week
and for a month in which people keep their permanent answers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from wellbeing.analysis.privacy import (
    CATEGORICAL,
    IRRITANT_BIT,
    Estimate,
    Mechanism,
    contribution_epsilon,
    estimate_count,
    keep_probability,
    lifetime_epsilon,
    pooled_count,
)
from wellbeing.domain.contribution import EXHAUSTION, IRRITANT_CATEGORIES, QUESTIONS, Answers
from wellbeing.sharing.contribution import randomise
from wellbeing.sharing.noise import SeededNoise

ROOT = Path(__file__).resolve().parents[2]

TEAM_SIZES = (5, 12, 50)
TEAMS = 1000
"""Simulated teams per case: a coverage rate is known to about ±1 %."""


def two_stage(
    rng: np.random.Generator, truth: np.ndarray, mechanism: Mechanism, weeks: int
) -> np.ndarray:
    """Files of `weeks` weeks for people whose answer (an index) stays `truth`: the permanent
    answer drawn once and kept, the instantaneous one drawn for every file, as `randomise`
    does. Shape (weeks, *truth.shape)."""
    k = mechanism.categories

    def respond(values: np.ndarray, keep: float) -> np.ndarray:
        flip = rng.random(values.shape) >= keep
        return np.where(flip, (values + rng.integers(1, k, values.shape)) % k, values)

    permanent = respond(truth, mechanism.permanent_keep)
    return np.stack([respond(permanent, mechanism.instant_keep) for _ in range(weeks)])


def cached(mechanism: Mechanism, files: int, weeks: int) -> Callable[[int], Estimate]:
    """pooled_count for one team size; observed counts repeat, so each is computed once."""
    seen: dict[int, Estimate] = {}

    def estimate(observed: int) -> Estimate:
        if observed not in seen:
            seen[observed] = pooled_count(observed, files, weeks, mechanism)
        return seen[observed]

    return estimate


# --- the mechanism ---------------------------------------------------------------------


def transition(keep: float, categories: int) -> np.ndarray:
    other = (1 - keep) / (categories - 1)
    return np.full((categories, categories), other) + np.eye(categories) * (keep - other)


@pytest.mark.parametrize("mechanism", [*CATEGORICAL.values(), IRRITANT_BIT], ids=repr)
def test_both_stages_compose_into_one_randomised_response_of_epsilon_ln_keep_over_other(
    mechanism: Mechanism,
):
    k = mechanism.categories
    composed = transition(mechanism.permanent_keep, k) @ transition(mechanism.instant_keep, k)

    assert np.allclose(np.diag(composed), mechanism.keep)
    assert np.allclose(composed[~np.eye(k, dtype=bool)], mechanism.other)
    worst_ratio = max(
        composed[i, c] / composed[j, c] for i in range(k) for j in range(k) for c in range(k)
    )
    assert mechanism.epsilon == pytest.approx(math.log(worst_ratio))
    assert mechanism.epsilon == pytest.approx(math.log(mechanism.keep / mechanism.other))
    # One file reveals less than the permanent answer alone, which bounds a year of them.
    assert mechanism.epsilon < mechanism.permanent_epsilon
    assert mechanism.permanent_keep == pytest.approx(
        keep_probability(mechanism.permanent_epsilon, k)
    )


def test_randomise_shows_each_answer_as_often_as_the_lead_assumes():
    """Fresh people (no memos yet): each question's file shows the truth with `keep`."""
    noise = SeededNoise(np.random.default_rng(11))
    truth = Answers({q.key: q.keys[1] for q in QUESTIONS}, frozenset({"reach"}))
    people = 6000
    kept = dict.fromkeys([q.key for q in QUESTIONS], 0)
    reach = other_bit = 0
    for _ in range(people):
        shown, _new = randomise(truth, {}, noise)
        for question in QUESTIONS:
            kept[question.key] += shown.categories[question.key] == truth.categories[question.key]
        reach += "reach" in shown.irritants
        other_bit += "process" in shown.irritants

    tolerance = 4 * math.sqrt(0.25 / people)
    for question in QUESTIONS:
        assert kept[question.key] / people == pytest.approx(
            CATEGORICAL[question.key].keep, abs=tolerance
        ), question.key
    assert reach / people == pytest.approx(IRRITANT_BIT.keep, abs=tolerance)
    assert other_bit / people == pytest.approx(IRRITANT_BIT.other, abs=tolerance)


def test_a_remembered_answer_repeats_through_the_weeks_as_the_simulation_assumes():
    """With memos, a person's weeks share one permanent answer: the share of files showing
    the truth is then near p₂ or near q₂ per person, never an average that converges."""
    rng = np.random.default_rng(12)
    noise = SeededNoise(rng)
    truth = Answers({q.key: q.keys[2] for q in QUESTIONS}, frozenset())
    mechanism = CATEGORICAL[EXHAUSTION.key]
    weeks, people = 40, 300
    simulated = two_stage(rng, np.full(people, 2), mechanism, weeks)
    real = []
    for _ in range(people):
        memos: dict[str, str] = {}
        shown_red = 0
        for _ in range(weeks):
            shown, new = randomise(truth, memos, noise)
            memos.update(new)
            shown_red += shown.categories[EXHAUSTION.key] == "red"
        real.append(shown_red / weeks)

    simulated_share = (simulated == 2).mean(axis=0)
    for shares in (np.asarray(real), simulated_share):
        assert shares.mean() == pytest.approx(mechanism.keep, abs=0.04)
        # Mostly near p₂ (memo kept the truth) or near q₂ (it did not): nothing in between.
        near_ends = (np.abs(shares - mechanism.instant_keep) < 0.15) | (shares < 0.15)
        assert near_ends.mean() > 0.95


# --- de-biasing: accuracy and coverage -------------------------------------------------

CASES = [
    pytest.param(name, mechanism, shares, category, id=name.replace(" ", ""))
    for name, mechanism, shares, category in (
        ("exhaustion: red", CATEGORICAL["exhaustion"], (0.5, 0.25, 0.15, 0.1), 2),
        ("cycle: turning", CATEGORICAL["cycle"], (0.6, 0.2, 0.1, 0.1), 2),
        ("check-in: red", CATEGORICAL["check_in"], (0.6, 0.25, 0.15), 1),
        ("difficult: 6+", CATEGORICAL["difficult"], (0.2, 0.4, 0.25, 0.15), 3),
        ("irritant met", IRRITANT_BIT, (0.7, 0.3), 1),
    )
]


@pytest.mark.parametrize("size", TEAM_SIZES)
@pytest.mark.parametrize("weeks", [1, 4], ids=["week", "month"])
def test_the_estimate_is_unbiased_over_many_teams(size: int, weeks: int):
    """A category held by 40 % of the team: far enough from 0 and n that keeping the
    estimate within [0, n] hardly matters, so any bias would be the de-biasing's."""
    rng = np.random.default_rng(size * 10 + weeks)
    mechanism = CATEGORICAL["exhaustion"]
    truth = (rng.random((TEAMS, size)) < 0.4).astype(int) * 2  # red or green
    shown = two_stage(rng, truth, mechanism, weeks)
    observed = (shown == 2).sum(axis=(0, 2))
    estimate = cached(mechanism, size * weeks, weeks)

    errors = np.array([estimate(int(o)).value for o in observed]) - (truth == 2).sum(axis=1)

    standard_error = errors.std() / math.sqrt(TEAMS)
    assert abs(errors.mean()) < 4 * standard_error + 0.02 * size
    assert abs(errors.mean()) < 0.1 * size


@pytest.mark.parametrize("size", TEAM_SIZES)
@pytest.mark.parametrize("weeks", [1, 4], ids=["week", "month"])
@pytest.mark.parametrize(("name", "mechanism", "shares", "category"), CASES)
def test_the_90_percent_interval_holds_the_truth_in_most_simulated_periods(
    size: int,
    weeks: int,
    name: str,
    mechanism: Mechanism,
    shares: tuple[float, ...],
    category: int,
):
    """Each team's people keep one true answer and one remembered permanent answer for
    the whole month (the worst case for pooling): the interval must still cover."""
    rng = np.random.default_rng([size, weeks, category, len(shares)])
    truth = rng.choice(len(shares), size=(TEAMS, size), p=shares)
    shown = two_stage(rng, truth, mechanism, weeks)
    observed = (shown == category).sum(axis=(0, 2))
    true_counts = (truth == category).sum(axis=1)
    estimate = cached(mechanism, size * weeks, weeks)

    covered = [
        estimate(int(o)).low <= t <= estimate(int(o)).high
        for o, t in zip(observed, true_counts, strict=True)
    ]
    widths = [estimate(int(o)).width_share for o in observed]

    assert np.mean(covered) >= 0.85, name
    if size == 50:  # and it still says something for a team of 50
        assert np.mean(widths) < 0.6, name


def test_a_month_is_counted_as_people_on_an_average_week():
    """Four weeks of 10 files are 10 people, not 40, and the repeats widen the interval."""
    mechanism = CATEGORICAL["exhaustion"]
    week = estimate_count(4, 10, mechanism)
    month = pooled_count(16, 40, 4, mechanism)

    assert month.total == 10
    assert month.value == pytest.approx(week.value)
    independent = estimate_count(16, 40, mechanism).spread / 4
    assert month.spread > independent


def test_an_empty_or_impossible_count_says_nothing_rather_than_failing():
    assert estimate_count(0, 0, IRRITANT_BIT).width_share == 1.0
    assert pooled_count(0, 0, 4, IRRITANT_BIT).total == 0
    everyone = estimate_count(12, 12, IRRITANT_BIT)
    assert everyone.value == everyone.high == 12.0
    assert everyone.low < 12  # all 12 files saying yes is still not certainty


# --- the budget ------------------------------------------------------------------------


def test_the_default_budget_is_the_one_documented():
    """The numbers the README and the preview state; changing the budget changes them."""
    bits = len(IRRITANT_CATEGORIES)
    per_question = {key: round(m.epsilon, 2) for key, m in CATEGORICAL.items()}

    assert per_question == {
        "exhaustion": 2.27,
        "cycle": 1.85,
        "check_in": 1.86,
        "difficult": 1.25,
        "positive": 1.25,
        "out_of_hours": 1.28,
    }
    assert round(IRRITANT_BIT.epsilon, 2) == 1.06
    assert round(contribution_epsilon(bits), 1) == 15.1
    assert lifetime_epsilon(bits) == pytest.approx(52.5)
    assert CATEGORICAL["exhaustion"].permanent_epsilon == 2.5
    assert round(CATEGORICAL["exhaustion"].permanent_keep, 3) == 0.802


def test_the_readme_states_the_budget_the_code_uses():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Team view and privacy", 1)[1]
    bits = len(IRRITANT_CATEGORIES)

    assert re.search(rf"ε\s*=\s*{contribution_epsilon(bits):.1f}", section)
    assert f"{lifetime_epsilon(bits):.1f}" in section
    assert f"{CATEGORICAL['exhaustion'].permanent_keep * 100:.1f} %" in section
