"""The impact timeline: each logged day's exhaustion value, its rolling means, and the EWMA
with its control band once the user's usual level (the baseline) is known."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.exhaustion import GREEN_BELOW, RED_FROM, ExhaustionSeries
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
from wellbeing.charts.words import heading, word
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
