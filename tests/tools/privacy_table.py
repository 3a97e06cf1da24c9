"""The accuracy and privacy figures the README quotes, made by the project's own code.

    cd /work/main && .venv/bin/python -m tests.tools.privacy_table [--people 1000] [--seed 7]

Prints Markdown: the expected half-width of the 90 % interval the team view draws, for
teams of 5, 10, 20 and 50 at the default budget, for a week and for a month (4 weeks
pooled with the design effect); the budget per question, per contribution and for a
lifetime; and the fabricated-contributions figure (what a lead who writes 4 of 5 files
learns about the fifth person from a year of them).
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from wellbeing.analysis.privacy import (
    CATEGORICAL,
    IRRITANT_BIT,
    Mechanism,
    contribution_epsilon,
    lifetime_epsilon,
    pooled_count,
)
from wellbeing.domain.contribution import (
    EXHAUSTION,
    IRRITANT_CATEGORIES,
    QUESTIONS,
    Answers,
)
from wellbeing.sharing.contribution import randomise
from wellbeing.sharing.noise import SeededNoise

TEAM_SIZES = (5, 10, 20, 50)
TRUE_SHARE = 0.2
"""The table assumes a fifth of the team truly in the category: a rough patch, not a crisis."""
MONTH = 4

FIGURES: tuple[tuple[str, Mechanism], ...] = (
    ("red exhaustion band", CATEGORICAL["exhaustion"]),
    ("cycle turning", CATEGORICAL["cycle"]),
    (f"irritant “{IRRITANT_CATEGORIES[0].en}”", IRRITANT_BIT),
)


def expected_half_width(size: int, weeks: int, mechanism: Mechanism, share: float) -> float:
    """E[(high − low) / 2] in people, over the observed count's binomial distribution
    (each file shows the category with q + (p − q)·share), as `pooled_count` draws it."""
    files = size * weeks
    shown = mechanism.other + (mechanism.keep - mechanism.other) * share
    total = 0.0
    for observed in range(files + 1):
        chance = math.comb(files, observed) * shown**observed * (1 - shown) ** (files - observed)
        estimate = pooled_count(observed, files, weeks, mechanism)
        total += chance * (estimate.high - estimate.low) / 2
    return total


def accuracy_table(share: float = TRUE_SHARE) -> str:
    head = ["Team"] + [f"{name}, {period}" for name, _ in FIGURES for period in ("week", "month")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for size in TEAM_SIZES:
        cells = [str(size)]
        for _, mechanism in FIGURES:
            for weeks in (1, MONTH):
                half = expected_half_width(size, weeks, mechanism, share)
                cells.append(f"± {half:.1f} ({half / size:.0%})".replace("%", " %"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def budget_table() -> str:
    lines = [
        "| Answer | Categories | ε of one file | ε∞ (permanent answer) | lifetime bound k·ε∞ |",
        "|---|---|---|---|---|",
    ]
    for question in QUESTIONS:
        m = CATEGORICAL[question.key]
        lines.append(
            f"| {question.en} | {m.categories} | {m.epsilon:.2f} | {m.permanent_epsilon:.1f} "
            f"| {m.lifetime_epsilon:.1f} |"
        )
    bits = len(IRRITANT_CATEGORIES)
    b = IRRITANT_BIT
    lines.append(
        f"| Each of the {bits} irritant categories (yes/no) | 2 | {b.epsilon:.2f} "
        f"| {b.permanent_epsilon:.1f} | {b.lifetime_epsilon:.1f} |"
    )
    lines.append(
        f"| **One contribution, all answers** | | **{contribution_epsilon(bits):.1f}** | "
        f"| **{lifetime_epsilon(bits):.1f}** |"
    )
    return "\n".join(lines)


# --- the fabricated-contributions scenario -------------------------------------------------

FAKES = (
    Answers({q.key: q.keys[0] for q in QUESTIONS}, frozenset()),
    Answers({q.key: q.keys[1] for q in QUESTIONS}, frozenset({"reach"})),
    Answers({q.key: q.keys[0] for q in QUESTIONS}, frozenset({"process"})),
    Answers({q.key: q.keys[-1] for q in QUESTIONS}, frozenset()),
)
"""The lead's four invented colleagues: the lead knows exactly what their files say."""

TRUTH = Answers(
    {
        "exhaustion": "red",
        "cycle": "turning",
        "check_in": "red",
        "difficult": "6+",
        "positive": "0",
        "out_of_hours": "3+",
    },
    frozenset({"reliability"}),
)
"""The one real person: in the red all year, the answer the lead is after."""


def lead_reads_real_answer(files: Sequence[Answers]) -> str:
    """The lead counts the week's exhaustion answers and subtracts the four fakes."""
    counts = Counter(answers.categories[EXHAUSTION.key] for answers in files)
    counts.subtract(fake.categories[EXHAUSTION.key] for fake in FAKES)
    [left] = [category for category, count in counts.items() if count == 1]
    return left


@dataclass(frozen=True)
class Fabricated:
    people: int
    weeks: tuple[int, ...]
    with_memos: dict[int, float]
    """Weeks of files -> how often the lead's majority vote finds the true band."""
    without_memos: dict[int, float]
    permanent_keep: float
    single_file_keep: float


def majority(answers: Sequence[str], rng: np.random.Generator) -> str:
    counts = Counter(answers).most_common()
    best = [category for category, count in counts if count == counts[0][1]]
    return best[int(rng.integers(len(best)))]  # a tie is a coin toss


def fabricated_contributions(
    people: int = 1000, seed: int = 7, weeks: tuple[int, ...] = (1, 4, 13, 52)
) -> Fabricated:
    """Many real people, each alone among a lead's 4 fakes for a year: how often does the
    lead's majority vote over their weeks name their true band? With memos (the app) and
    without (a fresh randomised response of the same ε every week)."""
    rng = np.random.default_rng(seed)
    noise = SeededNoise(rng)
    found: dict[bool, dict[int, int]] = {True: Counter(), False: Counter()}
    for _ in range(people):
        for memoised in (True, False):
            memos: dict[str, str] = {}
            read: list[str] = []
            for _week in range(max(weeks)):
                shown, new = randomise(TRUTH, memos if memoised else {}, noise)
                if memoised:
                    memos.update(new)
                read.append(lead_reads_real_answer([*FAKES, shown]))
            truth = TRUTH.categories[EXHAUSTION.key]
            for count in weeks:
                found[memoised][count] += majority(read[:count], rng) == truth
    mechanism = CATEGORICAL[EXHAUSTION.key]
    return Fabricated(
        people,
        weeks,
        {w: found[True][w] / people for w in weeks},
        {w: found[False][w] / people for w in weeks},
        mechanism.permanent_keep,
        mechanism.keep,
    )


def fabricated_table(result: Fabricated) -> str:
    head = ["Files the lead has", *(f"{w} week{'s' if w > 1 else ''}" for w in result.weeks)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, row in (
        ("This app (permanent answer remembered)", result.with_memos),
        ("Without memos (same ε per file, drawn afresh)", result.without_memos),
    ):
        cells = [f"{row[w]:.0%}".replace("%", " %") for w in result.weeks]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=1000, help="simulated real people")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(
        "Expected half-width of the 90 % interval, in people (and as a share of the team), "
        f"when {TRUE_SHARE * 100:.0f} % of the team is truly in the category; a month pools "
        f"{MONTH} weeks.\n"
    )
    print(accuracy_table())
    print("\nThe budget (ε in nats; a lower ε is more private):\n")
    print(budget_table())
    result = fabricated_contributions(args.people, args.seed)
    print(
        f"\nA lead writes 4 fake contributions beside one real person's, every week, and "
        f"guesses the person's exhaustion band (red all year) by majority vote "
        f"({result.people} simulated people). Share of correct guesses; a blind guess among "
        "4 bands is right 25 % of the time, and one permanent randomised response keeps the "
        f"true band with {result.permanent_keep * 100:.1f} %:\n"
    )
    print(fabricated_table(result))


if __name__ == "__main__":
    main()
