"""The impact timeline: each logged day's exhaustion value, its rolling means, and the EWMA
with its control band once the user's usual level (the baseline) is known."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.exhaustion import GREEN_BELOW, RED_FROM, ExhaustionSeries, band_of
from wellbeing.analysis.facts import day_number, day_of
from wellbeing.charts.layout import (
    CHAR,
    LINE,
    SMALL,
    date_axis,
    empty_state,
    figure,
    frame,
    label_width,
    legend,
)
from wellbeing.charts.palette import BANDS, LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import change, counted, heading, long_date, number, word
from wellbeing.domain.indicators import Band, label

if TYPE_CHECKING:
    from matplotlib.axes import Axes

BAND_SPANS = (
    (Band.GREEN, 0.0, GREEN_BELOW),
    (Band.AMBER, GREEN_BELOW, RED_FROM),
    (Band.RED, RED_FROM, 100),
)


CARRY_DAYS = 3
"""The EWMA is only updated on logged days: across a weekend it keeps its level, so the line
and its band are carried over gaps this short; longer gaps (a holiday) stay gaps."""


def carried(values: np.ndarray, limit: int = CARRY_DAYS) -> np.ndarray:
    """Each NaN takes the last known value when at most `limit` days follow it; the NaNs
    before the first value and inside longer gaps stay."""
    known = ~np.isnan(values)
    if not known.any():
        return values
    index = np.where(known, np.arange(len(values)), -1)
    last = np.maximum.accumulate(index)
    filled = np.where(last >= 0, values[np.maximum(last, 0)], np.nan)
    following = np.where(known, np.arange(len(values)), len(values))
    following = np.minimum.accumulate(following[::-1])[::-1]
    gap = following - last - 1
    bridged = known | ((last >= 0) & (following < len(values)) & (gap <= limit))
    return np.where(bridged, filled, np.nan)


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(first index, length) of each run of True: a flagged stretch is one shaded span,
    a single flagged day included."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return [(int(a), int(b - a)) for a, b in zip(starts, ends, strict=True)]


def plot_timeline(
    axes: Axes,
    series: ExhaustionSeries,
    flagged: np.ndarray,
    first: date,
    last: date,
    lang: str = "en",
    theme: Theme = LIGHT,
) -> None:
    """Each logged day's value, the 7- and 28-day means, the EWMA and its band, red-flag
    spans, over the colour bands of the index."""
    if not series.logged.any():
        message = word("timeline.empty", lang)
        empty_state(axes, theme, heading("timeline", lang), message)
        return
    bands = [label(band, lang) for band, _, _ in BAND_SPANS]
    frame(
        axes,
        theme,
        heading("timeline", lang),
        left=3 * CHAR + LINE + 0.25,
        right=label_width(bands) + 0.15,
        bottom=2 * LINE + 0.15,
    )
    x = series.days.astype(float)
    for band, low, high in BAND_SPANS:
        axes.axhspan(low, high, color=BANDS[band], alpha=0.08, linewidth=0, zorder=0)
        axes.text(
            1.005,
            (low + high) / 200,
            label(band, lang),
            transform=axes.transAxes,
            color=theme.muted,
            fontsize=SMALL,
            va="center",
        )
    if flagged.any():
        axes.broken_barh(
            [(x[start] - 0.5, length) for start, length in runs(flagged)],
            (0, 100),
            facecolors=BANDS["red"],
            alpha=0.18,
            hatch="//",
            linewidth=0,
            label=word("timeline.flagged", lang),
            gid="flagged",
        )
    if series.baseline is not None and not np.all(np.isnan(series.ewma)):
        axes.fill_between(
            x,
            carried(series.ewma_lower),
            carried(series.ewma_upper),
            color=theme.muted,
            alpha=0.18,
            linewidth=0,
            label=word("timeline.usual", lang),
            gid="control_band",
        )
        axes.plot(
            x,
            carried(series.ewma),
            color=theme.accent,
            linewidth=1.4,
            linestyle="-.",  # told from the 7-day mean by its dashes, not its colour alone
            label=word("timeline.ewma", lang),
            gid="ewma",
        )
    logged = series.logged
    axes.scatter(
        x[logged],
        series.value[logged],
        s=9,
        color=theme.muted,
        alpha=0.7,
        linewidths=0,
        label=word("timeline.days", lang),
        gid="days",
    )
    axes.plot(
        x,
        series.rolling_28,
        color=OKABE_ITO["purple"],
        linewidth=1.6,
        linestyle="--",
        label=word("timeline.rolling_28", lang),
        gid="rolling_28",
    )
    axes.plot(
        x,
        series.rolling_7,
        color=theme.line,
        linewidth=2.0,
        label=word("timeline.rolling_7", lang),
        gid="rolling_7",
    )
    axes.set_ylim(0, 100)
    axes.set_yticks([0, GREEN_BELOW, RED_FROM, 100])
    axes.tick_params(labelsize=SMALL)
    axes.set_ylabel(word("timeline.axis", lang), fontsize=SMALL)
    date_axis(axes, first, last, lang)
    legend(figure(axes), theme, rows=2, ncol=3)


def band_words(value: float, lang: str = "en") -> str:
    """'in the red band (55 and above)': what the chart's coloured bands say, in words."""
    band = band_of(value)
    return word(f"summary.band.{band}", lang).format(
        low=number(GREEN_BELOW, lang), high=number(RED_FROM, lang)
    )


def _last(values: np.ndarray) -> int | None:
    """Index of the last value that is not NaN."""
    known = np.flatnonzero(~np.isnan(values))
    return int(known[-1]) if len(known) else None


def describe_timeline(
    series: ExhaustionSeries, flagged: np.ndarray, first: date, last: date, lang: str = "en"
) -> str:
    """The timeline in sentences: days logged, where the index went and which band it
    ended in, the smoothed level against the usual range, red flags, the heaviest day."""
    inside = (series.days >= day_number(first)) & (series.days <= day_number(last))
    logged = series.logged & inside
    if not logged.any():
        return word("timeline.empty", lang)
    sentences = [
        word("summary.span", lang).format(
            first=long_date(lang, first),
            last=long_date(lang, last),
            logged=counted("summary.days_logged", int(logged.sum()), lang),
        )
    ]
    index = np.where(inside, series.rolling_7, np.nan)
    known = np.flatnonzero(~np.isnan(index))
    if len(known):
        before, after = float(index[known[0]]), float(index[known[-1]])
        sentences.append(word("summary.index", lang).format(change=change(before, after, lang)))
        sentences.append(
            word("summary.latest", lang).format(
                value=number(after, lang), band=band_words(after, lang)
            )
        )
    ewma_at = _last(np.where(inside, series.ewma, np.nan))
    if series.baseline is not None and ewma_at is not None:
        ewma = float(series.ewma[ewma_at])
        where = "within"
        if ewma > series.ewma_upper[ewma_at]:
            where = "above"
        elif ewma < series.ewma_lower[ewma_at]:
            where = "below"
        sentences.append(
            word("summary.usual", lang).format(
                usual=number(series.baseline.mean, lang),
                ewma=number(ewma, lang),
                where=word(f"summary.usual.{where}", lang),
            )
        )
    shared = min(len(flagged), len(inside))
    raised = np.flatnonzero(flagged[:shared] & inside[:shared])
    if len(raised):
        sentences.append(
            word("summary.flagged", lang).format(
                days=counted("summary.days", len(raised), lang),
                day=long_date(lang, day_of(int(series.days[raised[-1]]))),
            )
        )
    values = np.where(logged, series.value, np.nan)
    if not np.all(np.isnan(values)):
        peak = int(np.nanargmax(values))
        sentences.append(
            word("summary.peak", lang).format(
                day=long_date(lang, day_of(int(series.days[peak]))),
                value=number(float(values[peak]), lang),
            )
        )
    return " ".join(sentences)
