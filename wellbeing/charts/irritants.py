"""Irritants on our side (the mirror): which of the company's own failures came with the
difficult encounters of the period, most frequent first."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.mirror import MirrorResult
from wellbeing.charts.layout import (
    BAR_MIN_ROWS,
    SMALL,
    axis_note,
    bar_rows,
    empty_state,
    figure,
    frame,
    label_width,
    shorten,
)
from wellbeing.charts.palette import LIGHT, Theme
from wellbeing.charts.words import counted, listed, number, word
from wellbeing.domain.formatting import format_percent
from wellbeing.domain.vocabulary import IRRITANTS, label_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes


TOP = 8


def heading(mirrored: MirrorResult, lang: str) -> str:
    if mirrored.difficult and not math.isnan(mirrored.share):
        return word("irritants.share", lang).format(
            share=format_percent(100 * mirrored.share, lang)
        )
    return word("irritants", lang)


def plot_irritants(
    axes: Axes, mirrored: MirrorResult, lang: str = "en", theme: Theme = LIGHT
) -> None:
    """The irritants on our side behind the period's difficult encounters, most first."""
    if not mirrored.difficult:
        message = word("no_difficult", lang)
        empty_state(axes, theme, heading(mirrored, lang), message)
        return
    if not mirrored.counts:
        message = word("irritants.none", lang)
        empty_state(axes, theme, heading(mirrored, lang), message)
        return
    top = list(mirrored.counts.items())[:TOP]
    names = [shorten(label_of(IRRITANTS, key, lang)) for key, _ in top]
    counts = np.array([count for _, count in top], dtype=float)
    shares = [format_percent(100 * count / mirrored.difficult, lang) for count in counts]
    values = [f"{int(n)} ({share})" for n, share in zip(counts, shares, strict=True)]
    frame(
        axes,
        theme,
        heading(mirrored, lang),
        left=label_width(names) + 0.15,
        right=label_width(values) + 0.15,
        bottom=0.12,
    )
    bars = axes.barh(
        bar_rows(len(top)),
        counts,
        height=0.65,
        color=theme.accent,
        tick_label=names,
        gid="irritants",
    )
    axes.bar_label(bars, labels=values, padding=3, fontsize=SMALL, color=theme.text)
    axes.set_xlim(0, counts.max() * 1.02)
    axes.set_ylim(len(top) - 0.5 - max(len(top), BAR_MIN_ROWS), len(top) - 0.5)
    axes.set_xticks([])
    axis_note(
        figure(axes),
        axes,
        word("irritants.axis", lang),
    )
    axes.tick_params(labelsize=SMALL, length=0, colors=theme.text)
    axes.spines[["top", "right", "bottom"]].set_visible(False)


def describe_irritants(mirrored: MirrorResult, lang: str = "en") -> str:
    """The bars in sentences: how many difficult encounters came with an irritant on our
    side, then each irritant shown with its count and share, most frequent first."""
    if not mirrored.difficult:
        return word("no_difficult", lang)
    if not mirrored.counts:
        return word("irritants.none", lang)
    share = format_percent(100 * mirrored.with_irritant / mirrored.difficult, lang)
    items = [
        f"{label_of(IRRITANTS, key, lang)} {number(count, lang)} "
        f"({format_percent(100 * count / mirrored.difficult, lang)})"
        for key, count in list(mirrored.counts.items())[:TOP]
    ]
    return " ".join(
        (
            word("summary.irritants", lang).format(
                with_irritant=number(mirrored.with_irritant, lang),
                difficult=counted("summary.difficult", mirrored.difficult, lang),
                share=share,
            ),
            word("summary.most_often", lang).format(items=listed(items, lang)),
        )
    )
