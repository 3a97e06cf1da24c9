"""Local differential privacy for contributions: the mechanisms' parameters and de-biasing.

Every answer is randomised twice on the employee's machine, as Google's RAPPOR does:
a *permanent* randomised response, drawn once per (question, true answer) and remembered,
bounds what any number of weekly files can ever reveal about an answer that stays the
same; an *instantaneous* one, drawn afresh for every file, keeps two weeks' files from
matching. Composed, the two are one k-ary randomised response whose parameters are below;
the lead's side de-biases counts with them. Pure: the sampling lives in wellbeing.sharing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_90 = 1.6449
"""Intervals are 90 % intervals: wide enough to trust, narrow enough to say something."""


def keep_probability(epsilon: float, categories: int) -> float:
    """Randomised response over k categories keeps the true one with e^ε / (e^ε + k − 1)."""
    return math.exp(epsilon) / (math.exp(epsilon) + categories - 1)


@dataclass(frozen=True)
class Mechanism:
    """Two-stage randomised response over `categories` values (2 for one irritant bit)."""

    categories: int
    permanent_epsilon: float
    instant_epsilon: float

    @property
    def permanent_keep(self) -> float:
        return keep_probability(self.permanent_epsilon, self.categories)

    @property
    def instant_keep(self) -> float:
        return keep_probability(self.instant_epsilon, self.categories)

    @property
    def keep(self) -> float:
        """P(the file shows the true answer) after both stages."""
        p1, p2, k = self.permanent_keep, self.instant_keep, self.categories
        return p1 * p2 + (1 - p1) * (1 - p2) / (k - 1)

    @property
    def other(self) -> float:
        """P(the file shows one given wrong answer)."""
        return (1 - self.keep) / (self.categories - 1)

    @property
    def epsilon(self) -> float:
        """What one file reveals about the answer (the composed response's ε)."""
        return math.log(self.keep / self.other)

    @property
    def lifetime_epsilon(self) -> float:
        """What every file ever written can reveal, at most: ε∞ per distinct true answer,
        and an answer can take each of its k values at most once as far as memos go."""
        return self.categories * self.permanent_epsilon


# --- the budget ------------------------------------------------------------------------

CATEGORICAL = {
    "exhaustion": Mechanism(4, permanent_epsilon=2.5, instant_epsilon=4.0),
    "cycle": Mechanism(4, permanent_epsilon=2.0, instant_epsilon=4.0),
    "check_in": Mechanism(3, permanent_epsilon=2.0, instant_epsilon=4.0),
    "difficult": Mechanism(4, permanent_epsilon=1.5, instant_epsilon=3.0),
    "positive": Mechanism(4, permanent_epsilon=1.5, instant_epsilon=3.0),
    "out_of_hours": Mechanism(3, permanent_epsilon=1.5, instant_epsilon=3.0),
}
"""Each question's mechanism: the exhaustion band, what a lead most needs, gets the most."""

IRRITANT_BIT = Mechanism(2, permanent_epsilon=1.2, instant_epsilon=3.0)
"""Each irritant category is one yes/no bit, randomised on its own (RAPPOR's bit vector)."""


def contribution_epsilon(irritant_bits: int) -> float:
    """The privacy budget of one file: its answers compose, so their ε add up."""
    return sum(m.epsilon for m in CATEGORICAL.values()) + irritant_bits * IRRITANT_BIT.epsilon


def lifetime_epsilon(irritant_bits: int) -> float:
    """The bound on all files a person ever writes, whatever the number of weeks."""
    per_bits = irritant_bits * IRRITANT_BIT.lifetime_epsilon
    return sum(m.lifetime_epsilon for m in CATEGORICAL.values()) + per_bits


# --- de-biasing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Estimate:
    """How many of `total` contributors truly gave an answer, with a 90 % interval."""

    value: float
    spread: float
    """Standard error of value, in people."""
    total: float

    @property
    def low(self) -> float:
        return max(0.0, self.value - Z_90 * self.spread)

    @property
    def high(self) -> float:
        return min(self.total, self.value + Z_90 * self.spread)

    @property
    def share(self) -> float:
        return self.value / self.total if self.total else 0.0

    @property
    def width_share(self) -> float:
        """The interval's width as a share of the group: near 1, it says nothing."""
        return (self.high - self.low) / self.total if self.total else 1.0


def estimate_count(observed: int, total: int, mechanism: Mechanism) -> Estimate:
    """De-bias the number of files showing a category into the number truly in it.

    E[observed] = n·(q + (p − q)·π), so π̂ = (observed/n − q)/(p − q). The spread uses the
    Agresti–Coull proportion (two successes and two failures added) so that an observed 0
    or n still carries its uncertainty; the estimate is kept within [0, n].
    """
    if total <= 0:
        return Estimate(0.0, 0.0, 0.0)
    p, q = mechanism.keep, mechanism.other
    gain = p - q
    raw = (observed / total - q) / gain * total
    smoothed = (observed + 2) / (total + 4)
    spread = math.sqrt(smoothed * (1 - smoothed) / (total + 4)) / gain * total
    return Estimate(min(max(raw, 0.0), float(total)), spread, float(total))


def repeat_correlation(mechanism: Mechanism) -> float:
    """The most two files of one person with the same true answer can agree by noise alone.

    Both show the same remembered permanent answer, randomised afresh: given the memo M,
    a file shows category c with p₂ or q₂, so Corr = (p₂ − q₂)²·B(1−B) / (A(1−A)) with
    B = P(M = c) and A = q₂ + (p₂ − q₂)·B; the maximum over B is taken on a fine grid.
    """
    p2 = mechanism.instant_keep
    q2 = (1 - p2) / (mechanism.categories - 1)
    gain = p2 - q2
    worst = 0.0
    for step in range(1, 200):
        b = step / 200
        a = q2 + gain * b
        worst = max(worst, gain * gain * b * (1 - b) / (a * (1 - a)))
    return min(worst, 1.0)


def pooled_count(observed: int, files: int, weeks: int, mechanism: Mechanism) -> Estimate:
    """A month: every file of its `weeks` weeks pooled, as people on an average week.

    One person writes up to one file a week and their permanent answer repeats, so files
    are not independent: the variance is inflated by the design effect 1 + (w − 1)·ρ,
    ρ the repeat correlation, which bounds it whoever wrote how many of the files.
    """
    if files <= 0 or weeks <= 0:
        return Estimate(0.0, 0.0, 0.0)
    single = estimate_count(observed, files, mechanism)
    inflation = math.sqrt(1 + (weeks - 1) * repeat_correlation(mechanism))
    per_week = files / weeks
    return Estimate(single.value / weeks, single.spread * inflation / weeks, per_week)
