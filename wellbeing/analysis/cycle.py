"""The vicious confidence cycle (seed 002), measured week by week, stage by stage.

Over 500 lines on purpose: the four stages, the rule linking them in loop order and the
reasons worded for each are one model; split, the loop would be read in four places.

The loop: I hold my ground less (assertiveness) → the client takes advantage or loses
trust (advantage) → the client says they are unhappy (dissatisfaction) → I lose
confidence in my company (confidence) → even less assertiveness next time. Each stage
gets a weekly value; a stage is *worsening* when it keeps moving the bad way; the loop
is *turning* when several stages worsen one after the other, in loop order. The result
also says where to break the loop first, and shows escalations where the company did
not back the user against the confidence stage.

Rules, all tunable below:

- A week is an ISO week (Monday first). A stage's weekly value is the mean of its
  measure over the week's encounters; a week without any is a gap (NaN).
- The *change* of a stage at week i compares the mean of its weekly values over the
  trailing `WINDOW_WEEKS` weeks (i-2..i) with the mean over the `WINDOW_WEEKS` weeks
  before them (i-5..i-3); each window needs `MIN_WINDOW_DATA` weeks with data and, by the
  shared minimum-data rule (evidence.MIN_SIDE), six encounters: a once-a-week logger or a
  summer holiday gives no change at all. Weeks weigh the same whatever their number of
  encounters. The change is signed so that a positive value is a move in the bad
  direction. The weeks before the ones shown (`LOOKBACK_WEEKS`) are read too, so that a
  slide that began early in the period is measured against the level before it.
- A week is *flagged* when the change exceeds the stage's `THRESHOLDS` value and the
  encounters of the two windows differ by `FLAG_Z` standard errors; the window before
  reaches back up to `MAX_BEFORE_WEEKS` weeks while too thin. A stage *falls* at a flagged
  week that makes `SUSTAIN_WEEKS` flagged of three. A worsening begins (its *onset*) with
  a fall, records every later fall, and lasts while the
  stage stays worse than before its onset (trailing window against the `MAX_BEFORE_WEEKS`
  weeks before the onset's, by half the threshold and beyond chance by `HOLD_Z`), for at
  most `HOLD_WEEKS`: the loop unfolds over weeks, so a stage that fell in March and
  stayed low still counts when the next one falls in April, but a level held for three
  months is the new normal, not a slide. A worsening that lasts to the latest week, whose
  latest change can be measured (no claim on thin windows), may link the loop; a stage
  outside the loop is *worsening* only when its latest weeks are worse than the weeks
  before the onset by the full threshold and by `CLAIM_Z` standard errors.
- The loop is *turning* when at least `MIN_TURNING_STAGES` such lasting worsenings, in loop
  order (starting from any stage, since it is a loop), have onsets that never go back in
  time and are at most `MAX_LAG_WEEKS` apart from one stage to the next, each stage by any
  of its falls; it is reported as starting with the stage that fell first. Otherwise, any
  worsening stage makes the cycle *slipping*; none makes it *quiet*. Fewer than
  `MIN_WEEKS_WITH_DATA` weeks with data, or no stage measurable in the latest weeks,
  give no status (*not_enough_data*).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations, pairwise, product

import numpy as np

from wellbeing.analysis import evidence, reasons
from wellbeing.analysis.evidence import MIN_SIDE
from wellbeing.analysis.facts import Facts, day_number, day_of
from wellbeing.analysis.reasons import Reason
from wellbeing.domain.indicators import CycleStage, CycleStatus, StageState

STAGES: tuple[CycleStage, ...] = tuple(CycleStage)
"""The four stages, in loop order."""

ADVANTAGE_BEHAVIOURS: tuple[str, ...] = (
    "takes_advantage",
    "lost_trust",
    "out_of_scope",
    "ignores_terms",
    "special_treatment",
)
"""Behaviours that mark stage 2: a client who takes advantage asks for what was not agreed
(out of scope, special treatment) or ignores what was (terms), which is why the advice for
this stage is to restate scope and terms. Demands that are not about the agreement
(impatient, unreasonable, too many contacts) stay out: they press, they do not exploit."""

ADVANTAGE_VIOLATIONS: tuple[str, ...] = ("scope", "terms")
"""Crossings of the agreement itself, found against the user's boundaries."""

DISSATISFACTION_BEHAVIOURS: tuple[str, ...] = ("complaint",)

SHARE_STAGES = frozenset({CycleStage.ADVANTAGE, CycleStage.DISSATISFACTION})
"""Stages measured as a share of difficult encounters (the others are 1–5 means)."""

SCRIPT_PARTS: tuple[str, ...] = ("facts", "effect", "expectation")
"""The assertive script's three sentences, in the order they are said."""

BAD_DIRECTION: Mapping[CycleStage, int] = {
    CycleStage.ASSERTIVENESS: -1,
    CycleStage.ADVANTAGE: 1,
    CycleStage.DISSATISFACTION: 1,
    CycleStage.CONFIDENCE: -1,
}
"""+1 when a rise is bad, -1 when a fall is bad."""

THRESHOLDS: Mapping[CycleStage, float] = {
    CycleStage.ASSERTIVENESS: 0.5,
    CycleStage.ADVANTAGE: 0.15,
    CycleStage.DISSATISFACTION: 0.15,
    CycleStage.CONFIDENCE: 0.5,
}
"""How far a stage must move the bad way to flag a week: half a point on the 1–5 scales,
15 percentage points on the shares."""

FLAG_Z = 1.0
"""A flagged week's move must be at least one standard error: the thresholds alone sat
below one on the shares (fifteen encounters a window), so steady journals were flagged;
SUSTAIN_WEEKS and the loop's three linked stages give the rest of the certainty."""
SCALE_SD_FLOOR = 0.5
"""Smallest spread assumed for a mean of 1–5 answers in the chance test."""
WINDOW_WEEKS = 3
MAX_BEFORE_WEEKS = 6
"""How far back the window before may reach when its three weeks are too thin."""
MIN_WINDOW_DATA = 2
SUSTAIN_WEEKS = 2
HOLD_WEEKS = 12
"""A worsening counts for at most this many weeks after its onset (see the rules)."""
HOLD_SHARE = 0.5
"""A worsening lasts while the stage stays this share of its threshold worse than before."""
HOLD_Z = FLAG_Z
"""The gap a worsening holds by must also be beyond chance by this many standard errors,
against the `MAX_BEFORE_WEEKS` weeks before the onset (not the three a fall is found
against: a chance fall is found where those sat low by chance). Without both, a steady
stage's level stayed half a threshold above that low reference for the whole hold, and
steady journals read "slipping" on half their weeks."""
CLAIM_Z = 3.0
"""A stage outside a turning loop is claimed worsening only when its latest weeks are this
many standard errors worse than the weeks before its onset (and by its full threshold).
Falls are found at FLAG_Z so that the loop's three linked stages are seen early: their
linking gives the certainty. One stage alone has nothing to lean on, and four stages are
read every week, so the shared rule's two standard errors (evidence.MIN_Z) still told a
steady job "slipping" on 7 % of its weeks (encounters cluster by client, more than chance
alone); three leave under 1 %, and a real slide is still seen as soon (slipping or
turning a median 18 days after it began, tests/benchmarks/analysis_figures.py)."""
MAX_LAG_WEEKS = 6
"""Onsets of one stage and the next in the loop may be this far apart. Seed 002's loop
runs over weeks: softer answers invite pushier requests within a week or three,
complaints follow the service that suffers, and confidence in the company erodes last, a
month or two after the first stage fell. Two weeks linked none of that; six weeks link a
stage a month and a half after the one before, and the whole loop over the twelve weeks
the insights read."""
LOOKBACK_WEEKS = 6
"""Weeks read before the period shown, for the windows a change compares with."""
MIN_TURNING_STAGES = 3
MIN_WEEKS_WITH_DATA = 4
UNBACKED_WINDOW_WEEKS = 4
"""Escalations without backing are summed over this many latest weeks, and confidence is
compared with the same number of weeks before them."""

QUIET, SLIPPING, TURNING, NOT_ENOUGH_DATA = (
    CycleStatus.QUIET,
    CycleStatus.SLIPPING,
    CycleStatus.TURNING,
    CycleStatus.NOT_ENOUGH_DATA,
)
STEADY, WORSENING, NO_DATA = StageState.STEADY, StageState.WORSENING, StageState.NO_DATA


@dataclass(frozen=True, eq=False)
class CycleResult:
    weeks: np.ndarray
    """Monday of each week, as day numbers, oldest first."""
    values: Mapping[CycleStage, np.ndarray]
    """Stage -> weekly value (means on 1–5, shares in 0–1), NaN for a week without data."""
    changes: Mapping[CycleStage, np.ndarray]
    """Stage -> weekly change in the bad direction (see module rules), NaN if not measurable."""
    states: Mapping[CycleStage, StageState]
    onsets: Mapping[CycleStage, int]
    """Worsening stage -> Monday (day number) of the week its worsening began."""
    status: CycleStatus
    loop: tuple[CycleStage, ...]
    """When turning: the stages that turned, in the order they did."""
    break_first: CycleStage | None
    show_strengths: bool
    """True when confidence in the company is the stage to work on: list the Strengths."""
    advice: tuple[Reason, ...]
    unbacked: np.ndarray
    """Escalations per week where the company did not back the user."""
    partly_backed: np.ndarray
    """Escalations per week where the company backed the user only partly."""
    reasons: tuple[Reason, ...]


def confidence_cycle(facts: Facts, today: date, weeks: int = 12) -> CycleResult:
    """The cycle over the `weeks` ISO weeks up to the one holding `today`."""
    total = weeks + LOOKBACK_WEEKS
    read = _mondays(today, total)
    mondays = read[LOOKBACK_WEEKS:]
    window = facts.between(day_of(int(read[0])), today)
    week_of = (window.day - read[0]) // 7
    measures = _measures(window)
    values = {stage: _weekly_mean(week_of, *measures[stage], total) for stage in STAGES}
    counts = {stage: np.bincount(week_of[measures[stage][1]], minlength=total) for stage in STAGES}
    changes = {
        stage: _changes(values[stage], counts[stage]) * BAD_DIRECTION[stage] for stage in STAGES
    }
    tallies = {stage: _tally(week_of, *measures[stage], total) for stage in STAGES}
    episodes = {stage: _episode(stage, values[stage], tallies[stage]) for stage in STAGES}
    shown = slice(LOOKBACK_WEEKS, None)
    weeks_with_data = int(np.sum(np.any([~np.isnan(v[shown]) for v in values.values()], axis=0)))
    measurable = {stage: not np.isnan(changes[stage][-1]) for stage in STAGES}
    held = {stage: run for stage, run in episodes.items() if run is not None and measurable[stage]}
    enough = weeks_with_data >= MIN_WEEKS_WITH_DATA and any(measurable.values())
    loop, linked = _loop({stage: run.falls for stage, run in held.items()}) if enough else ((), {})
    onsets = {
        stage: linked.get(stage, run.falls[0])
        for stage, run in held.items()
        if stage in linked or run.established
    }
    status = _status(enough, loop, onsets)
    break_first = _break_first(status, loop, onsets)
    recent = window.take(week_of >= LOOKBACK_WEEKS)
    shown_week = week_of[week_of >= LOOKBACK_WEEKS] - LOOKBACK_WEEKS
    unbacked = np.bincount(shown_week[recent.escalated & (recent.backed == "no")], minlength=weeks)
    partly = np.bincount(
        shown_week[recent.escalated & (recent.backed == "partly")], minlength=weeks
    )
    status_reason = _status_reason(
        status, loop, onsets, read, weeks, weeks_with_data, _latest_count(counts)
    )
    stage_reasons = tuple(
        _stage_reason(
            stage,
            (onsets[stage], held[stage].last),
            values[stage],
            changes[stage],
            read,
            window,
            counts[stage],
        )
        for stage in STAGES
        if stage in onsets and enough
    )
    return CycleResult(
        weeks=mondays,
        values={stage: v[shown] for stage, v in values.items()},
        changes={stage: c[shown] for stage, c in changes.items()},
        states={
            stage: _state(changes[stage][shown], stage in onsets and enough) for stage in STAGES
        },
        onsets={stage: int(read[week]) for stage, week in onsets.items()},
        status=status,
        loop=loop,
        break_first=break_first,
        show_strengths=break_first == CycleStage.CONFIDENCE,
        advice=_advice(break_first),
        unbacked=unbacked,
        partly_backed=partly,
        reasons=(
            status_reason,
            *stage_reasons,
            *_escalation_reasons(recent, shown_week, values[CycleStage.CONFIDENCE][shown]),
        ),
    )


def _mondays(today: date, weeks: int) -> np.ndarray:
    last = day_number(today) - today.weekday()
    return last - 7 * np.arange(weeks - 1, -1, -1, dtype=np.int64)


def _measures(facts: Facts) -> dict[CycleStage, tuple[np.ndarray, np.ndarray]]:
    """Stage -> (value per encounter, which encounters count): shares are means of 0/1."""
    difficult = facts.difficult
    advantage = facts.any_of("behaviour", ADVANTAGE_BEHAVIOURS) | facts.any_of(
        "violation", ADVANTAGE_VIOLATIONS
    )
    return {
        CycleStage.ASSERTIVENESS: (facts.assertiveness, difficult & ~np.isnan(facts.assertiveness)),
        CycleStage.ADVANTAGE: (advantage.astype(float), difficult),
        CycleStage.DISSATISFACTION: (
            facts.any_of("behaviour", DISSATISFACTION_BEHAVIOURS).astype(float),
            difficult,
        ),
        # After a positive encounter too: confidence in the company is not about one client.
        CycleStage.CONFIDENCE: (facts.confidence, ~np.isnan(facts.confidence)),
    }


def _weekly_mean(
    week_of: np.ndarray, value: np.ndarray, counted: np.ndarray, weeks: int
) -> np.ndarray:
    sums = np.bincount(week_of[counted], weights=value[counted], minlength=weeks)
    counts = np.bincount(week_of[counted], minlength=weeks)
    means = np.full(weeks, np.nan)
    np.divide(sums, counts, out=means, where=counts > 0)
    return means


def _mean(values: np.ndarray) -> float:
    """Mean of the weeks with data, NaN (and no warning) when there are none."""
    known = values[~np.isnan(values)]
    return float(known.mean()) if len(known) else float("nan")


def _split(week: int, series: np.ndarray, counts: np.ndarray) -> tuple[slice, slice]:
    """The window before and the trailing window ending at `week`.

    The window before reaches back up to `MAX_BEFORE_WEEKS` weeks while it is too thin to
    be read: it is the level the latest weeks are compared with, and a few quiet weeks
    (leave, a bank holiday, a lull) should not hide a fall that followed them. The
    trailing window never stretches: what is claimed about now rests on the latest weeks."""
    split = max(0, week + 1 - WINDOW_WEEKS)
    start = max(0, split - WINDOW_WEEKS)
    earliest = max(0, split - MAX_BEFORE_WEEKS)
    while start > earliest and not _measurable(series, counts, slice(start, split)):
        start -= 1
    return slice(start, split), slice(split, week + 1)


def _windows(series: np.ndarray, counts: np.ndarray, week: int) -> tuple[np.ndarray, np.ndarray]:
    """The window before and the trailing window ending at `week`."""
    before, after = _split(week, series, counts)
    return series[before], series[after]


def _measurable(series: np.ndarray, counts: np.ndarray, part: slice) -> bool:
    """A window with enough weeks with data and enough encounters (evidence.MIN_SIDE)."""
    weeks = int(np.sum(~np.isnan(series[part])))
    return weeks >= MIN_WINDOW_DATA and evidence.enough(int(counts[part].sum()), MIN_SIDE)


def _trailing(series: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The trailing window's mean at every week, NaN when it is too thin to be read."""
    found = np.full(len(series), np.nan)
    for week in range(len(series)):
        after = _split(week, series, counts)[1]
        if _measurable(series, counts, after):
            found[week] = _mean(series[after])
    return found


def _changes(series: np.ndarray, counts: np.ndarray) -> np.ndarray:
    changes = np.full(len(series), np.nan)
    for week in range(len(series)):
        before, after = _split(week, series, counts)
        if _measurable(series, counts, before) and _measurable(series, counts, after):
            changes[week] = _mean(series[after]) - _mean(series[before])
    return changes


@dataclass(frozen=True)
class _Tally:
    """Per week: the encounters a stage counts, the sum of their values and of the squares,
    so that any two windows can be tested against each other (`_differ`)."""

    n: np.ndarray
    s1: np.ndarray
    s2: np.ndarray


def _tally(week_of: np.ndarray, value: np.ndarray, counted: np.ndarray, weeks: int) -> _Tally:
    week, kept = week_of[counted], value[counted]
    return _Tally(
        np.bincount(week, minlength=weeks).astype(float),
        np.bincount(week, weights=kept, minlength=weeks),
        np.bincount(week, weights=kept**2, minlength=weeks),
    )


def _differ(stage: CycleStage, tally: _Tally, before: slice, after: slice, z: float) -> bool:
    """Do the encounters of `after` differ from those of `before` beyond chance
    (evidence.shares_differ, evidence.means_differ, at `z` standard errors)?"""
    (nb, hb, qb), (na, ha, qa) = (
        (int(tally.n[part].sum()), float(tally.s1[part].sum()), float(tally.s2[part].sum()))
        for part in (before, after)
    )
    if not evidence.enough(nb, na, 1):
        return False
    if stage in SHARE_STAGES:
        return evidence.shares_differ(round(hb), nb, round(ha), na, z=z)
    mb, ma = hb / nb, ha / na
    sb, sa = (math.sqrt(max(0.0, q / c - m**2)) for q, c, m in ((qb, nb, mb), (qa, na, ma)))
    return evidence.means_differ(mb, sb, nb, ma, sa, na, floor=SCALE_SD_FLOOR, z=z)


def _beyond_chance(stage: CycleStage, tally: _Tally) -> np.ndarray:
    """Per week: do the encounters of the trailing window differ from those of the window
    before beyond chance? Over three weeks a share of fifteen encounters moves by more than
    the threshold by chance alone, so a threshold without this test flags steady weeks."""
    series = np.where(tally.n > 0, 1.0, np.nan)
    return np.array(
        [_differ(stage, tally, *_split(at, series, tally.n), FLAG_Z) for at in range(len(series))],
        dtype=bool,
    )


@dataclass(frozen=True)
class _Worsening:
    """A stage's worsening that lasts to the latest week."""

    falls: tuple[int, ...]
    """The weeks it fell (see `_episode`)."""
    last: int
    established: bool
    """True when the latest weeks are beyond chance (CLAIM_Z) worse than before the onset."""


def _episode(stage: CycleStage, series: np.ndarray, tally: _Tally) -> _Worsening | None:
    """The stage's worsening that lasts to the latest week, if any.

    A worsening can hold several falls: a stage that dipped, held low, then fell again
    (or whose first dip was a chance one, weeks before the real slide) fell at each new
    run of flagged weeks. The loop links whichever fall came just before the next stage
    fell; a new fall also renews the `HOLD_WEEKS`, since the level it set is new. It holds
    while the trailing window stays worse than the window before its onset, by
    `HOLD_SHARE` of the threshold and beyond chance (`HOLD_Z`)."""
    direction = BAD_DIRECTION[stage]
    threshold = THRESHOLDS[stage]
    counts = tally.n
    changes = _changes(series, counts) * direction
    flagged = (np.nan_to_num(changes, nan=-np.inf) > threshold) & _beyond_chance(stage, tally)
    trailing = _trailing(series, counts) * direction
    last_start = len(series) - SUSTAIN_WEEKS

    def falls_at(week: int) -> bool:
        run = flagged[week : week + SUSTAIN_WEEKS + 1]
        return week <= last_start and bool(flagged[week]) and int(run.sum()) >= SUSTAIN_WEEKS

    def worse(week: int, before: slice, reference: float, share: float, z: float) -> bool:
        """Is the trailing window at `week` worse than `before` (a measurable one only)?"""
        gap = trailing[week] - reference
        after = _split(week, series, counts)[1]
        return gap >= share * threshold and _differ(stage, tally, before, after, z)

    latest = None
    week = 0
    while week <= last_start:
        if not falls_at(week):
            week += 1
            continue
        falls = [week]
        split = _split(week, series, counts)[0].stop
        before = slice(max(0, split - MAX_BEFORE_WEEKS), split)
        reference = _mean(series[before]) * direction
        week += SUSTAIN_WEEKS
        while week < len(series) and week - falls[-1] < HOLD_WEEKS:
            if not np.isnan(trailing[week]) and not worse(
                week, before, reference, HOLD_SHARE, HOLD_Z
            ):
                break
            if falls_at(week) and not flagged[week - 1]:
                falls.append(week)
            week += 1
        latest = (tuple(falls), week - 1, before, reference)
    if latest is None or latest[1] < len(series) - 1:
        return None
    falls_found, last, before, reference = latest
    established = not np.isnan(trailing[last]) and worse(last, before, reference, 1.0, CLAIM_Z)
    return _Worsening(falls_found, last, established)


def _state(changes: np.ndarray, worsening: bool) -> StageState:
    if worsening:
        return WORSENING
    return NO_DATA if np.isnan(changes[-1]) else STEADY


def _latest_count(counts: Mapping[CycleStage, np.ndarray]) -> int:
    """Encounters the latest trailing window holds, for the stage that has most."""
    return max(int(c[-WINDOW_WEEKS:].sum()) for c in counts.values())


def _follows(loop: tuple[CycleStage, ...], onsets: tuple[int, ...]) -> bool:
    return all(0 <= b - a <= MAX_LAG_WEEKS for a, b in pairwise(onsets))


def _loop(
    falls: Mapping[CycleStage, tuple[int, ...]],
) -> tuple[tuple[CycleStage, ...], dict[CycleStage, int]]:
    """The longest chain of worsening stages that fell in loop order, earliest first, with
    the fall of each that links it (a stage that fell twice links by either fall)."""
    worsening = [stage for stage in STAGES if stage in falls]
    for size in range(len(worsening), MIN_TURNING_STAGES - 1, -1):
        found = [
            (chain, onsets)
            for subset in combinations(worsening, size)
            for turn in range(size)
            for chain in [subset[turn:] + subset[:turn]]
            for onsets in product(*(falls[stage] for stage in chain))
            if _follows(chain, onsets)
        ]
        if found:
            chain, onsets = min(
                found, key=lambda link: (link[1][0], STAGES.index(link[0][0]), link[1])
            )
            return chain, dict(zip(chain, onsets, strict=True))
    return (), {}


def _status(
    enough: bool, loop: tuple[CycleStage, ...], onsets: Mapping[CycleStage, int]
) -> CycleStatus:
    if not enough:
        return NOT_ENOUGH_DATA
    if loop:
        return TURNING
    return SLIPPING if onsets else QUIET


def _break_first(
    status: CycleStatus, loop: tuple[CycleStage, ...], onsets: Mapping[CycleStage, int]
) -> CycleStage | None:
    """Where the loop started, or the stage that began worsening first (loop order on ties)."""
    if status == TURNING:
        return loop[0]
    if status == SLIPPING:
        return min(onsets, key=lambda stage: (onsets[stage], STAGES.index(stage)))
    return None


def _advice(stage: CycleStage | None) -> tuple[Reason, ...]:
    if stage is None:
        return ()
    advice: tuple[Reason, ...] = (Reason(f"cycle.advice.{stage}"),)
    if stage == CycleStage.ASSERTIVENESS:
        advice += tuple(Reason(f"cycle.script.{part}") for part in SCRIPT_PARTS)
    return advice


def _status_reason(
    status: CycleStatus,
    loop: tuple[CycleStage, ...],
    onsets: Mapping[CycleStage, int],
    mondays: np.ndarray,
    weeks: int,
    weeks_with_data: int,
    latest: int,
) -> Reason:
    if status == NOT_ENOUGH_DATA:
        if weeks_with_data < MIN_WEEKS_WITH_DATA:
            return Reason(
                "cycle.not_enough_data", {"have": weeks_with_data, "need": MIN_WEEKS_WITH_DATA}
            )
        params = {"have": latest, "need": MIN_SIDE, "window": WINDOW_WEEKS}
        return Reason("cycle.too_few_encounters", params)
    if status == TURNING:
        week = day_of(int(mondays[onsets[loop[0]]]))
        return Reason(f"cycle.turning.{loop[0]}", {"count": len(loop), "week": week})
    if status == SLIPPING:
        return Reason(
            "cycle.slipping.one" if len(onsets) == 1 else "cycle.slipping.many",
            {"count": len(onsets)},
        )
    return Reason("cycle.quiet", {"weeks": weeks})


def _stage_reason(
    stage: CycleStage,
    episode: tuple[int, int],
    values: np.ndarray,
    changes: np.ndarray,
    mondays: np.ndarray,
    facts: Facts,
    counts: np.ndarray,
) -> Reason:
    """The stage's worst comparison within its worsening, with the encounters behind the
    later window (for shares: the tagged ones) and the count both windows rest on."""
    first, last = episode
    peak = first + int(np.nanargmax(changes[first : last + 1]))
    before, after = _windows(values, counts, peak)
    scale = 100.0 if stage in SHARE_STAGES else 1.0
    value, counted = _measures(facts)[stage]
    earlier, later = _split(peak, values, counts)
    start, end = mondays[earlier.start], mondays[peak] + 7
    behind = counted & (facts.day >= mondays[later.start]) & (facts.day < end)
    rests_on = int(np.sum(counted & (facts.day >= start) & (facts.day < end)))
    if stage in SHARE_STAGES:
        behind &= value > 0
    return Reason(
        f"cycle.{stage}.worsening",
        {
            "before": _mean(before) * scale,
            "after": _mean(after) * scale,
            "window": WINDOW_WEEKS,
            "week": day_of(int(mondays[first])),
            "count": rests_on,
        },
        tuple(facts.ids[behind]),
    )


def _escalation_reasons(
    facts: Facts, week_of: np.ndarray, confidence: np.ndarray
) -> tuple[Reason, ...]:
    """Unbacked escalations of the latest weeks, set against confidence in the company."""
    recent = week_of >= len(confidence) - UNBACKED_WINDOW_WEEKS
    before = _mean(confidence[-2 * UNBACKED_WINDOW_WEEKS : -UNBACKED_WINDOW_WEEKS])
    after = _mean(confidence[-UNBACKED_WINDOW_WEEKS:])
    rated = ~np.isnan(facts.confidence)
    earlier = week_of >= len(confidence) - 2 * UNBACKED_WINDOW_WEEKS
    thin = not evidence.enough(int(np.sum(rated & earlier & ~recent)), int(np.sum(rated & recent)))
    found = []
    for backed, code in (("no", "cycle.unbacked"), ("partly", "cycle.partly_backed")):
        chosen = recent & facts.escalated & (facts.backed == backed)
        count = int(np.sum(chosen))
        if not count:
            continue
        code += ".one" if count == 1 else ".many"
        params: dict[str, object] = {"count": count, "weeks": UNBACKED_WINDOW_WEEKS}
        if backed == "no" and not thin:
            code += ".confidence"
            params.update(before=before, after=after)
        found.append(Reason(code, params, tuple(facts.ids[chosen])))
    return tuple(found)


_STAGE_WORDING: dict[str, tuple[str, str]] = {
    "cycle.assertiveness.worsening": (
        "Your assertiveness with difficult clients fell from {before:.1f} to {after:.1f} "
        "out of 5 ({window}-week averages), starting the week of {week}, on {count} encounters.",
        "Votre affirmation de soi face aux clients difficiles est passée de {before:.1f} à "
        "{after:.1f} sur 5 (moyennes sur {window} semaines), à partir de la semaine du "
        "{week}, sur {count} échanges.",
    ),
    "cycle.advantage.worsening": (
        "Clients who took advantage (asked beyond scope or terms) or lost trust rose from "
        "{before:.0f}% to {after:.0f}% of your difficult encounters ({window}-week "
        "averages), starting the week of {week}, on {count} encounters.",
        "Les clients qui ont profité de la situation (demandes hors périmètre ou hors "
        "conditions) ou perdu confiance sont passés de {before:.0f} % à {after:.0f} % de vos "
        "échanges difficiles (moyennes sur {window} semaines), à partir de la semaine du "
        "{week}, sur {count} échanges.",
    ),
    "cycle.dissatisfaction.worsening": (
        "Clients voicing dissatisfaction rose from {before:.0f}% to {after:.0f}% of your "
        "difficult encounters ({window}-week averages), starting the week of {week}, on "
        "{count} encounters.",
        "Les clients qui ont exprimé leur mécontentement sont passés de {before:.0f} % à "
        "{after:.0f} % de vos échanges difficiles (moyennes sur {window} semaines), à partir "
        "de la semaine du {week}, sur {count} échanges.",
    ),
    "cycle.confidence.worsening": (
        "Your confidence in your company fell from {before:.1f} to {after:.1f} out of 5 "
        "({window}-week averages), starting the week of {week}, on {count} encounters.",
        "Votre confiance dans votre entreprise est passée de {before:.1f} à {after:.1f} sur 5 "
        "(moyennes sur {window} semaines), à partir de la semaine du {week}, sur {count} "
        "échanges.",
    ),
}

_STATUS_WORDING: dict[str, tuple[str, str]] = {
    "cycle.not_enough_data": (
        "Too few weeks with entries to read the confidence cycle yet: {have} of the {need} needed.",
        "Trop peu de semaines renseignées pour lire le cercle de la confiance : {have} sur les "
        "{need} nécessaires.",
    ),
    "cycle.too_few_encounters": (
        "Too few encounters to read the confidence cycle: {have} in the last {window} weeks, "
        "at least {need} needed in each of the windows compared.",
        "Trop peu d'échanges pour lire le cercle de la confiance : {have} ces {window} "
        "dernières semaines, il en faut au moins {need} dans chacune des périodes comparées.",
    ),
    "cycle.quiet": (
        "None of the four stages of the confidence cycle got worse over the last {weeks} weeks.",
        "Aucune des quatre étapes du cercle de la confiance ne s'est dégradée ces {weeks} "
        "dernières semaines.",
    ),
    "cycle.slipping.one": (
        "One stage of the confidence cycle is getting worse; the others are holding.",
        "Une étape du cercle de la confiance se dégrade ; les autres tiennent bon.",
    ),
    "cycle.slipping.many": (
        "{count} stages of the confidence cycle are getting worse, but not one after the "
        "other as a loop.",
        "{count} étapes du cercle de la confiance se dégradent, mais pas encore l'une après "
        "l'autre, en boucle.",
    ),
    "cycle.turning.assertiveness": (
        "The confidence cycle is turning: {count} stages got worse one after the other, "
        "starting with your assertiveness in the week of {week}.",
        "Le cercle de la confiance s'enclenche : {count} étapes se sont dégradées l'une après "
        "l'autre, en commençant par votre affirmation de soi la semaine du {week}.",
    ),
    "cycle.turning.advantage": (
        "The confidence cycle is turning: {count} stages got worse one after the other, "
        "starting with clients taking advantage or losing trust in the week of "
        "{week}.",
        "Le cercle de la confiance s'enclenche : {count} étapes se sont dégradées l'une après "
        "l'autre, en commençant par des clients qui profitent de la situation ou perdent "
        "confiance la semaine du {week}.",
    ),
    "cycle.turning.dissatisfaction": (
        "The confidence cycle is turning: {count} stages got worse one after the other, "
        "starting with clients voicing dissatisfaction in the week of {week}.",
        "Le cercle de la confiance s'enclenche : {count} étapes se sont dégradées l'une après "
        "l'autre, en commençant par des clients qui expriment leur mécontentement la semaine "
        "du {week}.",
    ),
    "cycle.turning.confidence": (
        "The confidence cycle is turning: {count} stages got worse one after the other, "
        "starting with your confidence in your company in the week of {week}.",
        "Le cercle de la confiance s'enclenche : {count} étapes se sont dégradées l'une après "
        "l'autre, en commençant par votre confiance dans votre entreprise la semaine du "
        "{week}.",
    ),
}

_ADVICE_WORDING: dict[str, tuple[str, str]] = {
    "cycle.advice.assertiveness": (
        "Break the loop at your assertiveness: before your next difficult encounter, prepare "
        "three short sentences and say them calmly.",
        "Cassez la boucle au niveau de votre affirmation de soi : avant votre prochain échange "
        "difficile, préparez trois phrases courtes et dites-les calmement.",
    ),
    "cycle.script.facts": (
        "The facts: “On [day], [what happened, without judging].”",
        "Les faits : « Le [jour], [ce qui s'est passé, sans jugement]. »",
    ),
    "cycle.script.effect": (
        "The effect: “This means [the consequence for the work, or for me].”",
        "L'effet : « Cela a pour conséquence [l'effet sur le travail, ou sur moi]. »",
    ),
    "cycle.script.expectation": (
        "The expectation: “From now on, I need [what you expect], as we agreed.”",
        "L'attente : « Désormais, j'ai besoin que [ce que vous attendez], comme convenu. »",
    ),
    "cycle.advice.advantage": (
        "Break the loop where clients take advantage: restate in writing what was agreed "
        "(scope, hours, terms), then hold to it.",
        "Cassez la boucle là où les clients profitent de la situation : rappelez par écrit ce "
        "qui a été convenu (périmètre, horaires, conditions), puis tenez-vous-y.",
    ),
    "cycle.advice.dissatisfaction": (
        "Break the loop at the complaints: see which of them come from our side, and pass "
        "those on to the people who can fix them.",
        "Cassez la boucle au niveau des réclamations : repérez celles qui viennent de notre "
        "côté et transmettez-les à ceux qui peuvent y remédier.",
    ),
    "cycle.advice.confidence": (
        "Break the loop at your confidence in your company: read again what it does well.",
        "Cassez la boucle au niveau de votre confiance dans votre entreprise : relisez ce "
        "qu'elle fait bien.",
    ),
}

_ESCALATION_WORDING: dict[str, tuple[str, str]] = {
    "cycle.unbacked.one.confidence": (
        "1 escalation in the last {weeks} weeks where the company did not back you; your "
        "confidence in it went from {before:.1f} to {after:.1f}.",
        "1 escalade ces {weeks} dernières semaines sans le soutien de votre entreprise ; votre "
        "confiance en elle est passée de {before:.1f} à {after:.1f}.",
    ),
    "cycle.unbacked.many.confidence": (
        "{count} escalations in the last {weeks} weeks where the company did not back you; "
        "your confidence in it went from {before:.1f} to {after:.1f}.",
        "{count} escalades ces {weeks} dernières semaines sans le soutien de votre entreprise ; "
        "votre confiance en elle est passée de {before:.1f} à {after:.1f}.",
    ),
    "cycle.unbacked.one": (
        "1 escalation in the last {weeks} weeks where the company did not back you.",
        "1 escalade ces {weeks} dernières semaines sans le soutien de votre entreprise.",
    ),
    "cycle.unbacked.many": (
        "{count} escalations in the last {weeks} weeks where the company did not back you.",
        "{count} escalades ces {weeks} dernières semaines sans le soutien de votre entreprise.",
    ),
    "cycle.partly_backed.one": (
        "1 escalation in the last {weeks} weeks where the company backed you only partly.",
        "1 escalade ces {weeks} dernières semaines où votre entreprise ne vous a soutenu·e "
        "qu'en partie.",
    ),
    "cycle.partly_backed.many": (
        "{count} escalations in the last {weeks} weeks where the company backed you only partly.",
        "{count} escalades ces {weeks} dernières semaines où votre entreprise ne vous a "
        "soutenu·e qu'en partie.",
    ),
}

reasons.register({**_STAGE_WORDING, **_STATUS_WORDING, **_ADVICE_WORDING, **_ESCALATION_WORDING})
