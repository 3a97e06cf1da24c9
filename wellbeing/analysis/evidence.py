"""How much data a trend needs: one rule for the cycle, the mirror and the client advice.

A trend compares two sides (an earlier and a later window, or two halves). Below
`MIN_SIDE` observations on either side, a difference is mostly chance: a once-a-week
logger's "4.5 → 3.5" rests on two encounters. The exhaustion index has the same discipline
("too few entries to give it a colour"); this module gives it to every comparison, and
says in words how many encounters a trend rests on.

A side with no observation at all is not a zero: a half-period without a difficult
encounter has no mean impact, so it cannot be compared.
"""

from __future__ import annotations

import math

MIN_SIDE = 6
"""Observations each side of a comparison needs: two a week over a three-week window,
one a week over a six-week half. A once-a-week logger (three in three weeks) gets no
trend, an ordinary journal (five or more difficult encounters a week) always does."""

MIN_PER_WEEK = 2
"""Observations a week each side of a longer comparison needs, never fewer than MIN_SIDE:
the density the cycle's three-week windows already ask for (six in three weeks). Without
it, six entries over a six-week half let a once-a-week logger's mirror be called
"steady", a trend claim resting on one chosen moment a week."""

MIN_Z = 2.0
"""A change between two shares or two means counts only when it is at least twice its
standard error: two halves of the same client drawn at random differ by more than the
margins on some weeks, and a chance swing is not a trend."""

SD_FLOOR = 1.0
"""Smallest spread assumed for a mean of 0–10 impacts, so that identical values on a few
encounters do not make any difference look certain."""


def enough(before: int, after: int, minimum: int = MIN_SIDE) -> bool:
    """True when both sides hold enough observations for a trend to be claimed."""
    return min(before, after) >= max(minimum, 1)


def needed(days: int) -> int:
    """Observations a side spanning `days` days needs: MIN_SIDE, or two a week if more."""
    return max(MIN_SIDE, math.ceil(MIN_PER_WEEK * days / 7))


def shares_differ(
    hits_before: int, before: int, hits_after: int, after: int, z: float = MIN_Z
) -> bool:
    """Two-proportion z test: is the later share beyond chance from the earlier one?"""
    if not enough(before, after, 1):
        return False
    pooled = (hits_before + hits_after) / (before + after)
    spread = math.sqrt(pooled * (1.0 - pooled) * (1.0 / before + 1.0 / after))
    gap = abs(hits_after / after - hits_before / before)
    return spread > 0 and gap >= z * spread


def means_differ(
    mean_before: float,
    sd_before: float,
    before: int,
    mean_after: float,
    sd_after: float,
    after: int,
    floor: float = SD_FLOOR,
    z: float = MIN_Z,
) -> bool:
    """Welch's z: is the later mean beyond chance from the earlier one?"""
    if not enough(before, after, 1):
        return False
    spread = math.sqrt(max(sd_before, floor) ** 2 / before + max(sd_after, floor) ** 2 / after)
    return abs(mean_after - mean_before) >= z * spread
