"""Red flags: when the signals stay in the red, say so gently and point to people who help.

Three signals, each sustained so that one bad day or one bad week never raises a flag:
the index red for two weeks, the EWMA chart above its upper limit for a week, and very
low well-being in the check-ins. A flag never diagnoses anything; it carries the figures
behind it, suggested next steps and a note saying it is not a diagnosis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from wellbeing.analysis.exhaustion import (
    GREEN_BELOW,
    RED_FROM,
    WEEK,
    ExhaustionSeries,
    exhaustion_index,
    exhaustion_series,
    journal_start,
    min_logged,
    trailing_sum,
)
from wellbeing.analysis.facts import Facts, day_number, day_of
from wellbeing.analysis.reasons import Reason, register
from wellbeing.domain.checkin import LOW_WELLBEING, VERY_LOW_WELLBEING, wellbeing_score
from wellbeing.domain.model import CheckIn

RED_STREAK = 14
"""Consecutive days the 7-day mean must be red (each week at least half logged)."""

SUSTAINED = 5
"""Logged days in a row (a working week of entries) that must all sit above the EWMA upper
limit, with at least half of the last 7 days logged, for the chart's signal to count.
Counted in days with entries, not calendar days: a weekend without entries says nothing
either way, so it can neither complete a run nor break it. Over calendar days, three
entries around a quiet weekend made "five days"; on steady and hard-but-stable journals
(tests/benchmarks/analysis_figures.py) that raised a flag pointing to a doctor for a day
or two after one ordinary bad week, a false alarm that teaches the user to ignore the
next one. A real slide keeps going, so the run is reached about a day later."""

WELLBEING_SPAN = 14
"""A check-in's well-being answers speak for the two weeks after it, or until the next."""

RISE_FROM = GREEN_BELOW
"""A rise above the usual level is flagged only once the 7-day mean has left the green:
a rise within the green is worth watching, not a red flag."""

LOW_RUN_GAP = 28
"""Two low check-ins count as 'in a row' only when at most four weeks apart."""

RED_FORTNIGHT = "red_fortnight"
ABOVE_USUAL = "above_usual"
LOW_WELLBEING_KIND = "low_wellbeing"
KINDS = (RED_FORTNIGHT, ABOVE_USUAL, LOW_WELLBEING_KIND)

STEPS: tuple[Reason, ...] = (
    Reason("step.manager"),
    Reason("step.occupational_health"),
    Reason("step.doctor"),
    Reason("step.coach"),
)
NOTE = Reason("red_flag.note")

register(
    {
        "red_flag.red_fortnight": (
            "For two weeks now, your exhaustion index has stayed in the red "
            "(7-day mean today: {value:.0f}/100, red from {red_from:.0f}).",
            "Depuis deux semaines, votre indice d'épuisement reste dans le rouge "
            "(moyenne sur 7 jours aujourd'hui : {value:.0f}/100, rouge à partir de "
            "{red_from:.0f}).",
        ),
        "red_flag.above_usual": (
            "Your last {days} days with entries have all stayed clearly above your usual "
            "level: smoothed level {ewma:.0f}, against {usual:.0f} usually (alert limit "
            "{upper:.0f}).",
            "Vos {days} derniers jours de saisie restent tous nettement au-dessus de votre "
            "niveau habituel : niveau lissé {ewma:.0f}, contre {usual:.0f} d'habitude (seuil "
            "d'alerte {upper:.0f}).",
        ),
        "red_flag.very_low_wellbeing": (
            "Your check-in of {day} shows very low well-being ({score:.0f}/100).",
            "Votre bilan du {day} montre un bien-être très bas ({score:.0f}/100).",
        ),
        "red_flag.low_wellbeing_twice": (
            "Your last two check-ins ({first_day} and {second_day}) both "
            "show low well-being ({first:.0f} and {second:.0f} out of 100).",
            "Vos deux derniers bilans ({first_day} et {second_day}) montrent "
            "tous deux un bien-être bas ({first:.0f} et {second:.0f} sur 100).",
        ),
        "red_flag.note": (
            "This is not a diagnosis: these are signals from your own entries, shown so that "
            "you can look after yourself in time.",
            "Ceci n'est pas un diagnostic : ce sont des signaux tirés de vos propres saisies, "
            "montrés pour que vous puissiez prendre soin de vous à temps.",
        ),
        "step.manager": (
            "Talk it over with your manager or someone you trust at work: they can help "
            "lighten the load or set limits with a client.",
            "Parlez-en à votre responsable ou à une personne de confiance au travail : elle "
            "peut vous aider à alléger la charge ou à poser des limites à un client.",
        ),
        "step.occupational_health": (
            "Contact occupational health or your employee assistance service: this is "
            "exactly what they are there for.",
            "Contactez la médecine du travail ou votre service d'aide aux salariés : c'est "
            "précisément leur rôle.",
        ),
        "step.doctor": (
            "See your doctor, especially if your sleep, appetite or mood are suffering.",
            "Consultez votre médecin, surtout si votre sommeil, votre appétit ou votre moral "
            "en pâtissent.",
        ),
        "step.coach": (
            "Go over these weeks with a coach; a session pack can help you prepare.",
            "Faites le point sur ces semaines avec un coach ; un dossier de séance peut vous "
            "aider à le préparer.",
        ),
    }
)


@dataclass(frozen=True)
class RedFlag:
    kind: str
    """One of KINDS."""
    raised_on: date
    """The first day of the current run of this flag."""
    reasons: tuple[Reason, ...]
    """The signal in figures first, then the index components with their encounters."""
    steps: tuple[Reason, ...] = STEPS
    note: Reason = NOTE


# --- the flags as day masks -----------------------------------------------------------


def _ordered(check_ins: Sequence[CheckIn]) -> list[CheckIn]:
    return sorted(check_ins, key=lambda c: c.answered_at)


def _wellbeing_reason(ordered: Sequence[CheckIn], position: int) -> Reason | None:
    """Why the check-in at `position` (with the one before) raises a flag, if it does."""
    latest = ordered[position]
    score = wellbeing_score(latest)
    if score <= VERY_LOW_WELLBEING:
        params = {"day": latest.answered_at.date(), "score": score}
        return Reason("red_flag.very_low_wellbeing", params)
    if position == 0:
        return None
    before = ordered[position - 1]
    close = latest.answered_at - before.answered_at <= timedelta(days=LOW_RUN_GAP)
    if close and score < LOW_WELLBEING and wellbeing_score(before) < LOW_WELLBEING:
        params = {
            "first_day": before.answered_at.date(),
            "first": wellbeing_score(before),
            "second_day": latest.answered_at.date(),
            "second": score,
        }
        return Reason("red_flag.low_wellbeing_twice", params)
    return None


def _in_force(ordered: Sequence[CheckIn], position: int, start: int) -> slice:
    """Days (offsets from `start`) for which a check-in is the latest one that counts."""
    first = day_number(ordered[position].answered_at.date()) - start
    until = first + WELLBEING_SPAN
    if position + 1 < len(ordered):
        until = min(until, day_number(ordered[position + 1].answered_at.date()) - start)
    return slice(max(first, 0), max(until, 0))


def _run_of_entries(above: np.ndarray, logged: np.ndarray) -> np.ndarray:
    """Per day, how many logged days in a row have been above, up to that day: a logged
    day below ends the run, a day without entries neither adds to it nor ends it."""
    hits = np.cumsum(above & logged)
    ended = np.maximum.accumulate(np.where(logged & ~above, hits, 0))
    return hits - ended


def _masks(series: ExhaustionSeries, check_ins: Sequence[CheckIn]) -> dict[str, np.ndarray]:
    """Each kind's flag day by day over a series that starts with the journal."""
    red = (np.nan_to_num(series.rolling_7, nan=-1.0) >= RED_FROM) & (
        series.logged_7 >= min_logged(WEEK)
    )
    above = np.nan_to_num(series.ewma, nan=-1.0) > np.nan_to_num(series.ewma_upper, nan=np.inf)
    risen = np.nan_to_num(series.rolling_7, nan=-1.0) >= RISE_FROM
    low = np.zeros(len(series), dtype=bool)
    ordered = _ordered(check_ins)
    for position in range(len(ordered)):
        if _wellbeing_reason(ordered, position) is not None:
            low[_in_force(ordered, position, int(series.days[0]))] = True
    return {
        RED_FORTNIGHT: trailing_sum(red, RED_STREAK) == RED_STREAK,
        ABOVE_USUAL: risen
        & (series.logged_7 >= min_logged(WEEK))
        & (_run_of_entries(above, series.logged) >= SUSTAINED),
        LOW_WELLBEING_KIND: low,
    }


def _full_series(
    facts: Facts,
    check_ins: Sequence[CheckIn],
    first: date,
    last: date,
    baseline: tuple[date, date] | None,
) -> tuple[ExhaustionSeries, list[CheckIn]]:
    """The series from the journal's first day (streaks need the days before `first`)."""
    check_ins = [c for c in check_ins if c.answered_at.date() <= last]
    begun = journal_start(facts, check_ins) or first
    series = exhaustion_series(facts, check_ins, min(first, begun), last, baseline)
    return series, check_ins


def flag_masks(
    facts: Facts,
    check_ins: Sequence[CheckIn],
    first: date,
    last: date,
    baseline: tuple[date, date] | None = None,
) -> dict[str, np.ndarray]:
    """Kind → boolean per calendar day from `first` to `last`: where the dashboard shades
    its chart. Day d is flagged exactly when red_flags(…, today=d) raises that kind.
    `baseline` is as for exhaustion_series."""
    series, check_ins = _full_series(facts, check_ins, first, last, baseline)
    cut = slice(day_number(first) - int(series.days[0]), None)
    return {kind: mask[cut] for kind, mask in _masks(series, check_ins).items()}


def flagged_days(
    facts: Facts,
    check_ins: Sequence[CheckIn],
    first: date,
    last: date,
    baseline: tuple[date, date] | None = None,
) -> np.ndarray:
    """True on the days any red flag is raised."""
    masks = flag_masks(facts, check_ins, first, last, baseline)
    return np.logical_or.reduce(list(masks.values()))


# --- the flags on one day ---------------------------------------------------------------


def _raised_on(mask: np.ndarray, days: np.ndarray) -> date:
    quiet = np.flatnonzero(~mask)
    return day_of(int(days[quiet[-1] + 1] if len(quiet) else days[0]))


def _headline(kind: str, series: ExhaustionSeries, check_ins: Sequence[CheckIn]) -> Reason:
    if kind == RED_FORTNIGHT:
        params = {"value": float(series.rolling_7[-1]), "red_from": RED_FROM}
        return Reason("red_flag.red_fortnight", params)
    if kind == ABOVE_USUAL:
        row = np.flatnonzero(~np.isnan(series.ewma))[-1]
        usual = series.baseline.mean if series.baseline else float("nan")
        params = {
            "ewma": float(series.ewma[row]),
            "upper": float(series.ewma_upper[row]),
            "usual": usual,
            "days": SUSTAINED,
        }
        return Reason("red_flag.above_usual", params)
    ordered = _ordered(check_ins)
    today = int(series.days[-1])
    position = max(i for i, c in enumerate(ordered) if day_number(c.answered_at.date()) <= today)
    reason = _wellbeing_reason(ordered, position)
    assert reason is not None
    return reason


def red_flags(
    facts: Facts,
    check_ins: Sequence[CheckIn],
    today: date,
    baseline: tuple[date, date] | None = None,
) -> tuple[RedFlag, ...]:
    """The flags raised on `today`, in KINDS order; empty on an ordinary day."""
    series, check_ins = _full_series(facts, check_ins, today, today, baseline)
    masks = _masks(series, check_ins)
    raised = [kind for kind in KINDS if masks[kind][-1]]
    if not raised:
        return ()
    index = exhaustion_index(facts, check_ins, today)
    components = index.reasons[1:]
    flags = []
    for kind in raised:
        behind = () if kind == LOW_WELLBEING_KIND else components
        reasons = (_headline(kind, series, check_ins), *behind)
        flags.append(RedFlag(kind, _raised_on(masks[kind], series.days), reasons))
    return tuple(flags)
