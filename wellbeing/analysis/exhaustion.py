"""The exhaustion index: how heavy client work has been lately, day by day, 0–100.

Over 500 lines on purpose: the index, its calibrated constants, its EWMA alarm and the
reasons it gives are one model, read and tuned together.

Exhaustion builds up quietly: a heavy load of difficult encounters, contacts that eat into
evenings and weekends, too few days to recover, and the user's own check-in answers. Each
logged day gets a value from those four components (see WEIGHTS); the index shown to the
user is the 7-day mean of those values, coloured by GREEN_BELOW and RED_FROM. An EWMA
control chart compares the recent level with the user's own usual level (the baseline),
so that a slow slide shows up even while the colour is still amber.

Missing days stay gaps: a day with neither an encounter nor a check-in has no value,
means use logged days only, and nothing is coloured or charted on too few entries.

Weights and limits were calibrated on wellbeing.samples.simulation journals (60 seeds
each): a steady year raises no red flag in 59 of 60; a four-week slide into
exhaustion is flagged within 21 days of its start in 59 of 60 (median 16 days).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from wellbeing.analysis.facts import Facts, day_number, day_of
from wellbeing.analysis.reasons import Reason, register
from wellbeing.domain.checkin import strain_score, wellbeing_score
from wellbeing.domain.indicators import Band
from wellbeing.domain.model import CheckIn

# --- the day value ---------------------------------------------------------------------

COMPONENTS = ("load", "out_of_hours", "recovery", "check_in")

WEIGHTS: Mapping[str, float] = {
    "load": 0.30,
    "out_of_hours": 0.15,
    "recovery": 0.15,
    "check_in": 0.40,
}
"""Share of the day value each component can take; they sum to 1.

day value = Σ weight × component score, each score 0–100. A component that cannot be
judged on a day (no check-in in force, recovery in the journal's first six days) gives its
weight to the others in proportion: without a check-in, load weighs 0.30 / 0.60. So a
user who never checks in is not scored lower for it. The check-in weighs most because the
user's own answers are the steadiest signal; one day's encounters swing a lot.
"""

LOAD_FULL = 20.0
"""Emotional load (Facts.load: impact × lingering weight) of one day that scores 100:
e.g. an impact-10 encounter that kept me up into the night. Score = 100 × load / 20, capped."""

OUT_OF_HOURS_FULL = 2
"""Out-of-hours contacts in one day that score 100 (one scores 50). A contact counts when it
crossed my working hours or came on a day off (violation facet) or was tagged so."""

RECOVERY_WINDOW = 7
"""Recovery is judged over the trailing week, the day itself included."""

RECOVERY_NEEDED = 4.0
"""Recovery points a week needs for a lack-of-recovery score of 0. A calendar day without a
difficult encounter is one point (logged or not: the journal records encounters, so a day
without one is a rest from them); a positive encounter is POSITIVE_CREDIT points.
Score = 100 × (1 − points / needed), floored at 0. Not judged before the journal covers
a whole week (the days before it began tell nothing)."""

POSITIVE_CREDIT = 0.5
"""A positive encounter is half a rest day: it is the recovery side of the ledger."""

CHECK_IN_SPAN = 14
"""A check-in speaks for the two weeks it asks about: its score stands from its day until
the next check-in, for at most this many days. Score = (strain + (100 − well-being)) / 2."""

CHECK_IN_FADE = 14.0
"""A check-in's weight fades with its age: WEIGHTS["check_in"] × (1 − age / 14) on the
day it is answered (age 0), half of it a week later. The answers look back on the past
fortnight, so they lag a slide that is starting: at full weight for two weeks, a calm
answer kept the day value low while the encounters were already heavy, and delayed the
alarm by up to a week. The weight the check-in no longer takes goes to the encounters."""

# --- bands and data rules ----------------------------------------------------------------

GREEN_BELOW = 35.0
"""A 7-day mean under 35 is green: an ordinary working load with room to recover (a
steady job stays around 15–25, with the odd bad week reaching the amber)."""

RED_FROM = 55.0
"""A 7-day mean of 55 or more is red: heavy load, little recovery and low check-ins, for
a whole week."""

WEEK = 7
MONTH = 28
MIN_ENTRIES = 7
"""No trend line (rolling means, index) before this many logged days."""

MIN_SHARE = 0.5
"""No colour and no alert when fewer than half the days of a window have entries."""

# --- the EWMA control chart ---------------------------------------------------------------

EWMA_LAMBDA = 0.2
"""Smoothing of the EWMA, z = λ·x + (1 − λ)·z_prev over logged days: 0.2 weighs the last
week or two, the usual choice for detecting small sustained shifts."""

EWMA_L = 3.0
"""Width of the control limits in sigmas. Time-varying limits (Montgomery):
μ0 ± L·σ·√(λ / (2 − λ) · (1 − (1 − λ)^(2t))), t = 1, 2, … logged days after the baseline."""

BASELINE_DAYS = 14
"""Logged days the baseline (μ0, σ) needs before the chart starts."""

BASELINE_WINDOW = 28
"""By default the baseline is the journal's first 28 calendar days, stretched until it
holds BASELINE_DAYS logged days; the chart runs on the days after it."""

SIGMA_FLOOR = 4.0
"""σ is at least 4 index points, so that a very even baseline does not turn every ordinary
bad day into a signal."""


register(
    {
        "exhaustion.green": (
            "Exhaustion index {value:.0f}/100, in the green (under {green_below:.0f}): "
            "the mean of {logged} logged days out of the last {window}.",
            "Indice d'épuisement {value:.0f}/100, dans le vert (sous {green_below:.0f}) : "
            "la moyenne de {logged} jours renseignés sur les {window} derniers.",
        ),
        "exhaustion.amber": (
            "Exhaustion index {value:.0f}/100, in the amber ({green_below:.0f} to "
            "{red_from:.0f}): the mean of {logged} logged days out of the last {window}.",
            "Indice d'épuisement {value:.0f}/100, dans l'orange (de {green_below:.0f} à "
            "{red_from:.0f}) : la moyenne de {logged} jours renseignés sur les {window} "
            "derniers.",
        ),
        "exhaustion.red": (
            "Exhaustion index {value:.0f}/100, in the red ({red_from:.0f} or more): "
            "the mean of {logged} logged days out of the last {window}.",
            "Indice d'épuisement {value:.0f}/100, dans le rouge ({red_from:.0f} ou plus) : "
            "la moyenne de {logged} jours renseignés sur les {window} derniers.",
        ),
        "exhaustion.uncoloured": (
            "Exhaustion index {value:.0f}/100 over only {logged} logged days out of the last "
            "{window}: too few to give it a colour (at least {needed} needed).",
            "Indice d'épuisement {value:.0f}/100 sur seulement {logged} jours renseignés "
            "parmi les {window} derniers : trop peu pour lui donner une couleur (il en faut "
            "au moins {needed}).",
        ),
        "exhaustion.too_few_entries": (
            "{logged} days logged so far: the index starts after {needed}.",
            "{logged} jours renseignés pour l'instant : l'indice démarre à partir de {needed}.",
        ),
        "exhaustion.no_recent_entries": (
            "No entries in the last {window} days.",
            "Aucune saisie ces {window} derniers jours.",
        ),
        "exhaustion.load": (
            "Emotional load of difficult encounters: {points:.0f} points ({count} encounters, "
            "total load {load:.0f}: impact weighted by how long it lingered).",
            "Charge émotionnelle des échanges difficiles : {points:.0f} points ({count} "
            "échanges, charge totale {load:.0f} : l'impact pondéré par sa durée).",
        ),
        "exhaustion.out_of_hours": (
            "Contacts outside working hours or on a day off: {points:.0f} points "
            "({count} contacts).",
            "Sollicitations hors des horaires de travail ou pendant un jour de repos : "
            "{points:.0f} points ({count} sollicitations).",
        ),
        "exhaustion.recovery": (
            "Lack of recovery: {points:.0f} points ({rest_days} of the last {window} days "
            "without a difficult encounter, {positives} positive encounters).",
            "Manque de récupération : {points:.0f} points ({rest_days} jours sans échange "
            "difficile sur les {window} derniers, {positives} échanges positifs).",
        ),
        "exhaustion.check_in": (
            "Check-in answers: {points:.0f} points (latest on {day}: "
            "strain {strain:.0f}/100, well-being {wellbeing:.0f}/100).",
            "Réponses au bilan : {points:.0f} points (le dernier, le {day} : "
            "tension {strain:.0f}/100, bien-être {wellbeing:.0f}/100).",
        ),
        "exhaustion.no_check_in": (
            "No check-in in the last {span} days: the index rests on encounters alone.",
            "Aucun bilan ces {span} derniers jours : l'indice repose sur les seuls échanges.",
        ),
    }
)


# --- results ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Baseline:
    """The user's usual level, which the EWMA chart measures against."""

    first: date
    last: date
    mean: float
    sigma: float
    logged_days: int


@dataclass(frozen=True, eq=False)
class ExhaustionSeries:
    """One entry per calendar day; NaN where there is nothing to show (never imputed)."""

    days: np.ndarray
    """int64 day numbers (facts.day_number)."""
    value: np.ndarray
    """The day value 0–100, NaN on days without an entry."""
    logged: np.ndarray
    """True on days with at least one encounter or check-in."""
    logged_7: np.ndarray
    """How many of the trailing 7 days (the day included) are logged."""
    rolling_7: np.ndarray
    """Mean of the logged day values of the trailing 7 days (the index)."""
    rolling_28: np.ndarray
    ewma: np.ndarray
    """EWMA over logged days after the baseline; NaN before it and on unlogged days."""
    ewma_upper: np.ndarray
    ewma_lower: np.ndarray
    components: Mapping[str, np.ndarray]
    """Points each component adds to the day value (they sum to it), NaN when unlogged."""
    baseline: Baseline | None

    def __len__(self) -> int:
        return len(self.days)

    def index_of(self, day: date) -> int:
        return int(day_number(day) - self.days[0])


@dataclass(frozen=True)
class ExhaustionIndex:
    day: date
    value: float | None
    """The 7-day mean, or None before MIN_ENTRIES logged days or after a week without any."""
    band: Band | None
    """None when fewer than half of the last 7 days are logged."""
    reasons: tuple[Reason, ...]


def band_of(value: float) -> Band:
    """The colour of an index value (see GREEN_BELOW and RED_FROM)."""
    if value >= RED_FROM:
        return Band.RED
    return Band.AMBER if value >= GREEN_BELOW else Band.GREEN


def min_logged(window: int) -> int:
    """Logged days a window needs before it may be coloured or raise an alert."""
    return math.ceil(window * MIN_SHARE)


# --- computing the series -------------------------------------------------------------


def trailing_sum(values: np.ndarray, window: int) -> np.ndarray:
    """Sum of each entry and the window − 1 before it (fewer at the start)."""
    totals = np.concatenate(([0.0], np.cumsum(values, dtype=float)))
    ends = np.arange(1, len(values) + 1)
    return totals[ends] - totals[np.maximum(ends - window, 0)]


def journal_start(facts: Facts, check_ins: Sequence[CheckIn]) -> date | None:
    """The first day with an entry: where every series really begins."""
    firsts = [day_of(int(facts.day.min()))] if len(facts) else []
    firsts += [min(c.answered_at.date() for c in check_ins)] if check_ins else []
    return min(firsts) if firsts else None


def _out_of_hours(facts: Facts) -> np.ndarray:
    return (
        facts.has("violation", "out_of_hours")
        | facts.has("violation", "day_off")
        | facts.has("behaviour", "out_of_hours")
    )


def _per_day(offsets: np.ndarray, size: int, weights: np.ndarray | None = None) -> np.ndarray:
    return np.bincount(offsets, weights=weights, minlength=size)[:size].astype(float)


def _check_in_scores(
    check_ins: Sequence[CheckIn], start: int, size: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each day's check-in score from the latest check-in in force, NaN when none is, and
    that check-in's age in days."""
    scores = np.full(size, np.nan)
    ages = np.zeros(size)
    ordered = sorted(check_ins, key=lambda c: c.answered_at)
    for position, check_in in enumerate(ordered):
        first = day_number(check_in.answered_at.date()) - start
        until = first + CHECK_IN_SPAN
        if position + 1 < len(ordered):
            until = min(until, day_number(ordered[position + 1].answered_at.date()) - start)
        score = (strain_score(check_in) + 100.0 - wellbeing_score(check_in)) / 2.0
        days = slice(max(first, 0), max(min(until, size), 0))
        scores[days] = score  # a later one replaces it
        ages[days] = np.arange(days.start, days.stop) - first
    return scores, ages


def _recovery_lack(difficult_days: np.ndarray, positives: np.ndarray, begun: int) -> np.ndarray:
    """Lack-of-recovery score per day, NaN until the journal covers a whole week."""
    rest = trailing_sum(~difficult_days, RECOVERY_WINDOW)
    points = rest + POSITIVE_CREDIT * trailing_sum(positives, RECOVERY_WINDOW)
    lack = 100.0 * np.clip(1.0 - points / RECOVERY_NEEDED, 0.0, 1.0)
    lack[: begun + RECOVERY_WINDOW - 1] = np.nan
    return lack


def _components(
    facts: Facts, check_ins: Sequence[CheckIn], start: int, size: int, begun: int
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Component scores 0–100 for every day from `start`, NaN where one cannot be judged
    (`begun` is the offset of the journal's first entry), and the check-in's fade."""
    offsets = (facts.day - start).astype(np.int64)
    difficult = facts.difficult.astype(bool)
    check_in, ages = _check_in_scores(check_ins, start, size)
    fade = np.clip(1.0 - ages / CHECK_IN_FADE, 0.0, 1.0)
    return {
        "load": np.minimum(100.0 * _per_day(offsets, size, facts.load) / LOAD_FULL, 100.0),
        "out_of_hours": np.minimum(
            100.0 * _per_day(offsets[_out_of_hours(facts)], size) / OUT_OF_HOURS_FULL, 100.0
        ),
        "recovery": _recovery_lack(
            _per_day(offsets[difficult], size) > 0, _per_day(offsets[~difficult], size), begun
        ),
        "check_in": check_in,
    }, fade


def _points(
    scores: dict[str, np.ndarray], fade: np.ndarray, logged: np.ndarray
) -> dict[str, np.ndarray]:
    """Weighted points per component; a component that cannot be judged on a day gives its
    weight to the others in proportion, and so does the part a fading check-in lost."""
    present = {name: ~np.isnan(scores[name]) for name in COMPONENTS}
    weights = {name: np.full(len(logged), WEIGHTS[name]) for name in COMPONENTS}
    weights["check_in"] = weights["check_in"] * fade
    total = sum(np.where(present[name], weights[name], 0.0) for name in COMPONENTS)
    points = {}
    for name in COMPONENTS:
        value = np.nan_to_num(scores[name]) * weights[name] / total
        points[name] = np.where(logged & present[name], value, np.where(logged, 0.0, np.nan))
    return points


def _rolling(value: np.ndarray, logged: np.ndarray, window: int) -> np.ndarray:
    count = trailing_sum(logged, window)
    total = trailing_sum(np.where(logged, value, 0.0), window)
    enough = (count > 0) & (np.cumsum(logged) >= MIN_ENTRIES)
    return np.where(enough, total / np.maximum(count, 1), np.nan)


def _baseline(
    days: np.ndarray, value: np.ndarray, logged: np.ndarray, window: tuple[date, date] | None
) -> Baseline | None:
    """μ0 and σ from the baseline window, once it is over and holds enough logged days."""
    logged_days = days[logged]
    if window is not None:
        first, last = (day_number(d) for d in window)
    elif len(logged_days) >= BASELINE_DAYS:
        first = int(logged_days[0])
        last = max(first + BASELINE_WINDOW - 1, int(logged_days[BASELINE_DAYS - 1]))
    else:
        return None
    inside = logged & (days >= first) & (days <= last)
    if last > days[-1] or inside.sum() < BASELINE_DAYS:  # not complete yet
        return None
    sigma = max(float(np.std(value[inside], ddof=1)), SIGMA_FLOOR)
    mean = float(np.mean(value[inside]))
    return Baseline(day_of(first), day_of(last), mean, sigma, int(inside.sum()))


def _ewma(
    days: np.ndarray, value: np.ndarray, logged: np.ndarray, baseline: Baseline | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The EWMA and its time-varying limits over the logged days after the baseline."""
    ewma, upper, lower = (np.full(len(days), np.nan) for _ in range(3))
    if baseline is None:
        return ewma, upper, lower
    watched = np.flatnonzero(logged & (days > day_number(baseline.last)))
    level = baseline.mean
    for row in watched:
        level = EWMA_LAMBDA * value[row] + (1.0 - EWMA_LAMBDA) * level
        ewma[row] = level
    steps = np.arange(1, len(watched) + 1)
    spread = EWMA_LAMBDA / (2.0 - EWMA_LAMBDA) * (1.0 - (1.0 - EWMA_LAMBDA) ** (2 * steps))
    half = EWMA_L * baseline.sigma * np.sqrt(spread)
    upper[watched] = baseline.mean + half
    lower[watched] = baseline.mean - half
    return ewma, upper, lower


def exhaustion_series(
    facts: Facts,
    check_ins: Sequence[CheckIn],
    first: date,
    last: date,
    baseline: tuple[date, date] | None = None,
) -> ExhaustionSeries:
    """Every calendar day from `first` to `last`, both included.

    Everything is computed from the journal's first entry (so the means at `first` and the
    baseline do not depend on the range asked for) and from nothing after `last`: the
    value on a day is what the app would have shown that evening. `baseline` picks the
    window whose logged days give μ0 and σ (it needs BASELINE_DAYS of them).
    """
    facts = facts.between(None, last)
    check_ins = [c for c in check_ins if c.answered_at.date() <= last]
    begun = journal_start(facts, check_ins)
    start = day_number(min(first, begun) if begun else first)
    size = day_number(last) - start + 1
    days = np.arange(start, start + size, dtype=np.int64)
    logged = _per_day((facts.day - start).astype(np.int64), size) > 0
    for check_in in check_ins:
        logged[day_number(check_in.answered_at.date()) - start] = True
    begun_at = day_number(begun) - start if begun else size
    scores, fade = _components(facts, check_ins, start, size, begun_at)
    points = _points(scores, fade, logged)
    value = np.where(logged, sum(np.nan_to_num(p) for p in points.values()), np.nan)
    chosen = _baseline(days, value, logged, baseline)
    ewma, upper, lower = _ewma(days, value, logged, chosen)
    cut = slice(day_number(first) - start, size)
    return ExhaustionSeries(
        days=days[cut],
        value=value[cut],
        logged=logged[cut],
        logged_7=trailing_sum(logged, WEEK).astype(np.int64)[cut],
        rolling_7=_rolling(value, logged, WEEK)[cut],
        rolling_28=_rolling(value, logged, MONTH)[cut],
        ewma=ewma[cut],
        ewma_upper=upper[cut],
        ewma_lower=lower[cut],
        components={name: p[cut] for name, p in points.items()},
        baseline=chosen,
    )


# --- the index on one day ---------------------------------------------------------------


def _component_reasons(
    facts: Facts, check_ins: Sequence[CheckIn], series: ExhaustionSeries, today: date
) -> list[Reason]:
    """One reason per component, with its mean points over the week and what lies behind."""
    week = facts.between(today - timedelta(days=WEEK - 1), today)
    points = {name: float(np.nanmean(p)) for name, p in series.components.items()}
    difficult = week.take(week.difficult.astype(bool))
    outside = week.take(_out_of_hours(week))
    positives = week.take(~week.difficult.astype(bool))
    rest_days = WEEK - len(np.unique(difficult.day))
    reasons = [
        Reason(
            "exhaustion.load",
            {
                "points": points["load"],
                "count": len(difficult),
                "load": float(difficult.load.sum()),
            },
            tuple(difficult.ids),
        ),
        Reason(
            "exhaustion.out_of_hours",
            {"points": points["out_of_hours"], "count": len(outside)},
            tuple(outside.ids),
        ),
        Reason(
            "exhaustion.recovery",
            {
                "points": points["recovery"],
                "rest_days": rest_days,
                "positives": len(positives),
                "window": WEEK,
            },
            tuple(positives.ids),
        ),
    ]
    in_force = [
        c
        for c in check_ins
        if timedelta(0) <= today - c.answered_at.date() < timedelta(days=CHECK_IN_SPAN)
    ]
    if in_force:
        latest = max(in_force, key=lambda c: c.answered_at)
        params = {
            "points": points["check_in"],
            "day": latest.answered_at.date(),
            "strain": strain_score(latest),
            "wellbeing": wellbeing_score(latest),
        }
        reasons.append(Reason("exhaustion.check_in", params))
    else:
        reasons.append(Reason("exhaustion.no_check_in", {"span": CHECK_IN_SPAN}))
    return reasons


def exhaustion_index(facts: Facts, check_ins: Sequence[CheckIn], today: date) -> ExhaustionIndex:
    """The index on `today`: the 7-day mean, its colour and its reasons in figures."""
    series = exhaustion_series(facts, check_ins, today - timedelta(days=WEEK - 1), today)
    value = float(series.rolling_7[-1])
    logged = int(series.logged_7[-1])
    if math.isnan(value):
        return ExhaustionIndex(today, None, None, (_missing_reason(facts, check_ins, today),))
    needed = min_logged(WEEK)
    figures = {
        "value": value,
        "logged": logged,
        "window": WEEK,
        "needed": needed,
        "green_below": GREEN_BELOW,
        "red_from": RED_FROM,
    }
    band = band_of(value) if logged >= needed else None
    headline = Reason(f"exhaustion.{band or 'uncoloured'}", figures)
    reasons = (headline, *_component_reasons(facts, check_ins, series, today))
    return ExhaustionIndex(today, value, band, reasons)


def _missing_reason(facts: Facts, check_ins: Sequence[CheckIn], today: date) -> Reason:
    """Why there is no index: too few entries in all, or none this week."""
    days = set(facts.between(None, today).day.tolist())
    days.update(
        day_number(c.answered_at.date()) for c in check_ins if c.answered_at.date() <= today
    )
    if len(days) < MIN_ENTRIES:
        return Reason("exhaustion.too_few_entries", {"logged": len(days), "needed": MIN_ENTRIES})
    return Reason("exhaustion.no_recent_entries", {"window": WEEK})
