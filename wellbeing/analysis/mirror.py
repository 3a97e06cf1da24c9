"""The mirror (seeds 000 and 001): what the company could fix rather than what the client did.

Among the difficult encounters of a period, how often a service irritant on our side was
also at play (the user tagged one), which irritants come back most, and whether that
share is rising. Rules, all tunable below:

- Shares are over difficult encounters; an encounter with several irritants counts once in
  the overall share and once for each of its irritants.
- The top irritants are sorted by count, ties in vocabulary order (the user's own tags
  after the vocabulary's, alphabetically); at most `TOP_IRRITANTS` are kept.
- The trend series is weekly (ISO weeks, Monday first) for periods of up to
  `WEEKLY_UP_TO_DAYS` days, monthly (calendar months) beyond.
- Each half needs `MIN_HALF_ENCOUNTERS` difficult encounters and two a week over its
  span (evidence.needed): a once-a-week logger gets no trend, not even *steady*.
- The trend is read over all those weeks or months (Cochran–Armitage: the least-squares
  slope of the share against its standard error): *rising* or *falling* when the change it
  fits over the span exceeds `TREND_THRESHOLD`, the slope is beyond chance
  (`TREND_Z`) and the pooled shares of the earlier and the later half (the middle one
  left out when their number is odd) move the same way, as the reason says; *steady*
  otherwise. Each half needs `MIN_HALF_ENCOUNTERS` difficult encounters (the shared
  minimum-data rule, evidence.MIN_SIDE), else *not_enough_data*; the trend's reason says
  how many encounters it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from wellbeing.analysis import evidence, reasons
from wellbeing.analysis.facts import Facts, day_number
from wellbeing.analysis.reasons import Reason
from wellbeing.domain.vocabulary import IRRITANTS, label_of

TOP_IRRITANTS = 5
WEEKLY_UP_TO_DAYS = 91
"""Thirteen weeks: longer periods are read month by month."""
TREND_THRESHOLD = 0.10
"""Ten percentage points between the two halves make a trend."""
MIN_HALF_ENCOUNTERS = evidence.MIN_SIDE
TREND_Z = 2.2
"""The slope must be this many standard errors from flat, above evidence.MIN_Z: the mirror
is read again every week over mostly the same encounters, and each new look is one more
chance for a steady share to look like a trend."""

RISING, FALLING, STEADY, NOT_ENOUGH_DATA = "rising", "falling", "steady", "not_enough_data"


@dataclass(frozen=True, eq=False)
class MirrorResult:
    first: date
    last: date
    difficult: int
    """Difficult encounters in the period."""
    with_irritant: int
    """Of which, those with at least one irritant on our side."""
    share: float
    """with_irritant / difficult, in 0–1; NaN without difficult encounters."""
    counts: dict[str, int]
    """Irritant key -> difficult encounters it was part of, in top order, none at zero."""
    top: list[tuple[str, int, float]]
    """(irritant key, count, share of difficult encounters), most frequent first."""
    unit: str
    """'week' or 'month': the step of the trend series."""
    periods: np.ndarray
    """First day (day number) of each week or month of the period, oldest first."""
    shares: np.ndarray
    """Share with an irritant per week or month, NaN without difficult encounters."""
    trend: str
    """'rising', 'falling', 'steady' or 'not_enough_data'."""
    reasons: tuple[Reason, ...]


def mirror(facts: Facts, first: date, last: date) -> MirrorResult:
    """The mirror over the days from `first` to `last`, both included."""
    period = facts.between(first, last)
    difficult = period.take(period.difficult)
    by_irritant = _by_irritant(difficult)
    any_irritant = np.zeros(len(difficult), dtype=bool)
    for mask in by_irritant.values():
        any_irritant |= mask
    total, present = len(difficult), int(any_irritant.sum())
    counts = {key: int(mask.sum()) for key, mask in by_irritant.items()}
    top = [(key, count, count / total) for key, count in list(counts.items())[:TOP_IRRITANTS]]
    unit, periods, slot = _periods(first, last, difficult.day)
    shares = _shares(slot, any_irritant, len(periods))
    earlier, later = _halves(slot, len(periods))
    need = evidence.needed(_half_days(unit, periods, last))
    trend, halves = _trend(earlier, later, slot, any_irritant, need)
    rests_on = int(earlier.sum() + later.sum())
    return MirrorResult(
        first=first,
        last=last,
        difficult=total,
        with_irritant=present,
        share=present / total if total else float("nan"),
        counts=counts,
        top=top,
        unit=unit,
        periods=periods,
        shares=shares,
        trend=trend,
        reasons=(
            _share_reason(difficult, any_irritant),
            *(_irritant_reason(difficult, key, by_irritant[key]) for key, _, _ in top),
            *_trend_reasons(trend, halves, difficult, later & any_irritant, rests_on, need),
        ),
    )


def _rank(key: str) -> tuple[int, str]:
    order = [term.key for term in IRRITANTS]
    return (order.index(key), "") if key in order else (len(order), key)


def _by_irritant(difficult: Facts) -> dict[str, np.ndarray]:
    """Irritant key -> mask over the difficult encounters, most frequent first."""
    masks = {key: mask for key, mask in difficult.tags.get("irritant", {}).items() if mask.any()}
    return dict(sorted(masks.items(), key=lambda item: (-int(item[1].sum()), _rank(item[0]))))


def _periods(first: date, last: date, days: np.ndarray) -> tuple[str, np.ndarray, np.ndarray]:
    """(unit, first day of each week or month, which one each encounter falls in)."""
    if day_number(last) - day_number(first) < WEEKLY_UP_TO_DAYS:
        start = day_number(first) - first.weekday()
        count = (day_number(last) - start) // 7 + 1
        return "week", start + 7 * np.arange(count, dtype=np.int64), (days - start) // 7
    month = np.datetime64(first, "M")
    months = np.arange(month, np.datetime64(last, "M") + 1)
    starts = months.astype("datetime64[D]").astype(np.int64)
    slot = (days.astype("datetime64[D]").astype("datetime64[M]") - month).astype(np.int64)
    return "month", starts, slot


def _shares(slot: np.ndarray, any_irritant: np.ndarray, count: int) -> np.ndarray:
    totals = np.bincount(slot, minlength=count)
    hits = np.bincount(slot[any_irritant], minlength=count)
    shares = np.full(count, np.nan)
    np.divide(hits, totals, out=shares, where=totals > 0)
    return shares


def _halves(slot: np.ndarray, count: int) -> tuple[np.ndarray, np.ndarray]:
    """Encounters in the earlier and the later half of the weeks or months."""
    half = count // 2
    return slot < half, slot >= count - half


def _half_days(unit: str, periods: np.ndarray, last: date) -> int:
    """Days in one half of the weeks or months (the shorter half when months differ)."""
    ends = np.append(periods[1:], day_number(last) + 1)
    half = len(periods) // 2
    if not half:
        return 0
    spans = ends - periods
    return int(min(spans[:half].sum(), spans[len(periods) - half :].sum()))


def _trend(
    earlier: np.ndarray,
    later: np.ndarray,
    slot: np.ndarray,
    any_irritant: np.ndarray,
    need: int,
) -> tuple[str, tuple[float, float]]:
    """Label and (earlier, later) pooled shares; each half needs `need` encounters.

    The direction is read over every week or month (`_slope`), not from the two halves
    alone: failures that began a third of the way in put part of the rise in the first
    half, and halves then see only part of it. The halves still gate the data (the
    shared minimum-data rule) and must agree with the direction, so the words hold."""
    sides = int(earlier.sum()), int(later.sum())
    if not evidence.enough(*sides, max(need, MIN_HALF_ENCOUNTERS)):
        return NOT_ENOUGH_DATA, (float("nan"), float("nan"))
    hits = int(any_irritant[earlier].sum()), int(any_irritant[later].sum())
    before, after = hits[0] / sides[0], hits[1] / sides[1]
    change, z = _slope(slot, any_irritant)
    if abs(z) < TREND_Z or abs(change) <= TREND_THRESHOLD:
        return STEADY, (before, after)
    if change > 0 and after > before:
        return RISING, (before, after)
    if change < 0 and after < before:
        return FALLING, (before, after)
    return STEADY, (before, after)


def _slope(slot: np.ndarray, any_irritant: np.ndarray) -> tuple[float, float]:
    """(Change of the share over the span, its z) by the Cochran–Armitage trend test: the
    least-squares slope of "an irritant was at play" over the encounters' week or month,
    against its standard error if the share did not move."""
    x, y = slot.astype(float), any_irritant.astype(float)
    spread = float(np.sum((x - x.mean()) ** 2)) if len(x) else 0.0
    share = float(y.mean()) if len(y) else 0.0
    if spread == 0 or share in (0.0, 1.0):
        return 0.0, 0.0
    slope = float(np.sum((x - x.mean()) * (y - share))) / spread
    error = np.sqrt(share * (1.0 - share) / spread)
    return slope * float(x.max() - x.min()), slope / error


def _share_reason(difficult: Facts, any_irritant: np.ndarray) -> Reason:
    total, present = len(difficult), int(any_irritant.sum())
    if not total:
        return Reason("mirror.no_difficult")
    if not present:
        return Reason("mirror.no_irritant", {"difficult": total})
    params = {"share": 100.0 * present / total, "count": present, "difficult": total}
    return Reason("mirror.share", params, tuple(difficult.ids[any_irritant]))


def _irritant_reason(difficult: Facts, key: str, mask: np.ndarray) -> Reason:
    params = {
        "label_en": label_of(IRRITANTS, key, "en"),
        "label_fr": label_of(IRRITANTS, key, "fr"),
        "count": int(mask.sum()),
        "share": 100.0 * mask.sum() / len(difficult),
    }
    return Reason("mirror.irritant", params, tuple(difficult.ids[mask]))


def _trend_reasons(
    trend: str,
    halves: tuple[float, float],
    difficult: Facts,
    behind: np.ndarray,
    count: int,
    need: int,
) -> tuple[Reason, ...]:
    """Worded only when there is something to compare; `behind`: the later half's irritants."""
    if not len(difficult):
        return ()
    if trend == NOT_ENOUGH_DATA:
        return (Reason("mirror.trend.not_enough_data", {"need": max(need, MIN_HALF_ENCOUNTERS)}),)
    params = {"before": 100.0 * halves[0], "after": 100.0 * halves[1], "count": count}
    return (Reason(f"mirror.trend.{trend}", params, tuple(difficult.ids[behind])),)


reasons.register(
    {
        "mirror.no_difficult": (
            "No difficult encounter in this period.",
            "Aucun échange difficile sur cette période.",
        ),
        "mirror.no_irritant": (
            "No irritant on our side was at play in your difficult encounters ({difficult}): "
            "nothing here for the company to fix.",
            "Aucun irritant de notre côté n'a joué dans vos échanges difficiles ({difficult}) : "
            "rien à corriger ici pour l'entreprise.",
        ),
        "mirror.share": (
            "In {share:.0f}% of your difficult encounters ({count} of {difficult}), something "
            "on our side was also at play: that is what the company could fix, rather than "
            "what the client did.",
            "Dans {share:.0f} % de vos échanges difficiles ({count} sur {difficult}), quelque "
            "chose de notre côté a aussi joué : c'est ce que l'entreprise pourrait corriger, "
            "plutôt que ce que le client a fait.",
        ),
        "mirror.irritant": (
            "{label_en}: {share:.0f}% of your difficult encounters ({count}).",
            "{label_fr} : {share:.0f} % de vos échanges difficiles ({count}).",
        ),
        "mirror.trend.rising": (
            "This share is rising: {before:.0f}% in the first half of the period, "
            "{after:.0f}% in the second, on {count} difficult encounters.",
            "Cette part augmente : {before:.0f} % sur la première moitié de la période, "
            "{after:.0f} % sur la seconde, sur {count} échanges difficiles.",
        ),
        "mirror.trend.falling": (
            "This share is falling: {before:.0f}% in the first half of the period, "
            "{after:.0f}% in the second, on {count} difficult encounters.",
            "Cette part baisse : {before:.0f} % sur la première moitié de la période, "
            "{after:.0f} % sur la seconde, sur {count} échanges difficiles.",
        ),
        "mirror.trend.steady": (
            "This share is steady: {before:.0f}% in the first half of the period, "
            "{after:.0f}% in the second, on {count} difficult encounters.",
            "Cette part est stable : {before:.0f} % sur la première moitié de la période, "
            "{after:.0f} % sur la seconde, sur {count} échanges difficiles.",
        ),
        "mirror.trend.not_enough_data": (
            "Too few difficult encounters to tell whether this share is rising or falling "
            "(at least {need} in each half of the period).",
            "Trop peu d'échanges difficiles pour dire si cette part augmente ou baisse (il en "
            "faut au moins {need} sur chaque moitié de la période).",
        ),
    }
)
