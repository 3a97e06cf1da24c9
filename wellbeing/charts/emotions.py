"""Emotions on the pleasantness × energy plane: one point per emotion felt in the period,
sized by how often; unpleasant ones are also drawn with another marker than pleasant ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.grids import EmotionCounts
from wellbeing.charts.layout import LINE, SMALL, empty_state, figure, frame
from wellbeing.charts.palette import LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import counted, heading, listed, number, word
from wellbeing.domain.vocabulary import EMOTIONS, label_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LABELLED = 12
"""Only the most frequent emotions are named on the chart, so names do not pile up."""

LIMIT = 1.3
WIDTH = 2.3
"""Half the plane's width: room for the labels beside the outer columns."""


def _quadrants(axes: Axes, theme: Theme) -> None:
    axes.axhline(0, color=theme.grid, linewidth=1, zorder=0)
    axes.axvline(0, color=theme.grid, linewidth=1, zorder=0)


LABEL_X = 1.15
"""Labels stand in two columns outside the points: unpleasant ones on the left, pleasant
ones on the right, each joined to its point by a thin line."""


def spread(heights: np.ndarray, gap: float, limit: float) -> np.ndarray:
    """Label heights moved apart by at least `gap`, as little as possible (one pass up,
    then the block centred back on the points and kept within ±limit)."""
    if not len(heights):
        return heights.astype(float)
    order = np.argsort(heights, kind="stable")
    placed = heights[order].astype(float)
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    placed += heights[order].mean() - placed.mean()
    placed += max(0.0, -limit - placed[0]) - max(0.0, placed[-1] - limit)
    result = np.empty_like(placed)
    result[order] = placed
    return result


def _labels(axes: Axes, theme: Theme, felt: EmotionCounts, lang: str, height: float) -> None:
    from matplotlib.collections import LineCollection

    shown = min(LABELLED, len(felt.keys))
    x, y = felt.pleasantness[:shown], felt.energy[:shown]
    gap = 2 * LIMIT * (SMALL * 1.4 / 72) / (0.8 * height)
    sides = np.where(x >= 0, 1.0, -1.0)
    heights = y.copy()
    for side in (-1.0, 1.0):
        same = sides == side
        heights[same] = spread(y[same], gap, LIMIT - gap / 2)
    ends = sides * LABEL_X
    axes.add_collection(
        LineCollection(
            np.stack([np.column_stack([x, y]), np.column_stack([ends, heights])], axis=1),
            colors=theme.muted,
            linewidths=0.6,
            zorder=1,
        )
    )
    for rank in range(shown):
        axes.text(
            ends[rank] + sides[rank] * 0.03,
            heights[rank],
            f"{label_of(EMOTIONS, felt.keys[rank], lang)} ({felt.counts[rank]})",
            ha="left" if sides[rank] > 0 else "right",
            va="center",
            fontsize=SMALL,
            color=theme.text,
            zorder=3,
            gid="emotion_label",
        )


def plot_emotions(axes: Axes, felt: EmotionCounts, lang: str = "en", theme: Theme = LIGHT) -> None:
    """One point per emotion felt on the pleasantness × energy plane, sized by count."""
    if not len(felt.keys):
        message = word("emotions.empty", lang)
        empty_state(axes, theme, heading("emotions", lang), message)
        return
    frame(axes, theme, heading("emotions", lang), left=LINE + 0.2, right=0.15, bottom=LINE + 0.2)
    _quadrants(axes, theme)
    sizes = 25 + 325 * felt.counts / felt.counts.max()
    unpleasant = felt.pleasantness < 0
    for chosen, colour, marker, gid in (
        (unpleasant, OKABE_ITO["vermillion"], "o", "unpleasant"),
        (~unpleasant, theme.line, "s", "pleasant"),
    ):
        axes.scatter(
            felt.pleasantness[chosen],
            felt.energy[chosen],
            s=sizes[chosen],
            color=colour,
            marker=marker,
            alpha=0.75,
            edgecolors=theme.background,
            linewidths=0.8,
            gid=gid,
            zorder=2,
        )
    _labels(axes, theme, felt, lang, figure(axes).get_figheight())
    axes.set_xlim(-WIDTH, WIDTH)
    axes.set_ylim(-LIMIT, LIMIT)
    axes.set_xticks([])
    axes.set_yticks([])
    axes.set_xlabel(word("emotions.x", lang), fontsize=SMALL)
    axes.set_ylabel(word("emotions.y", lang), fontsize=SMALL)
    if felt.unplaced:
        note = word("emotions.unplaced", lang).format(count=felt.unplaced)
        figure(axes).text(0.99, 0.01, note, ha="right", va="bottom", fontsize=7, color=theme.muted)


MOST_FELT = 5
"""How many of the most felt emotions a summary names."""


def _quadrant(felt: EmotionCounts, rank: int) -> str:
    """Where the chart places this emotion: 'unpleasant_high' and so on."""
    mood = "unpleasant" if felt.pleasantness[rank] < 0 else "pleasant"
    return f"{mood}_{'high' if felt.energy[rank] >= 0 else 'low'}"


def describe_emotions(felt: EmotionCounts, lang: str = "en") -> str:
    """The plane in sentences: how many mentions, how many unpleasant and pleasant (the
    points' colour and shape), the most felt emotions with their count and quadrant."""
    if not len(felt.keys):
        return word("emotions.empty", lang)
    unpleasant = int(felt.counts[felt.pleasantness < 0].sum())
    most = [
        f"{label_of(EMOTIONS, key, lang)} {number(int(felt.counts[rank]), lang)} "
        f"({word(f'summary.quadrant.{_quadrant(felt, rank)}', lang)})"
        for rank, key in enumerate(felt.keys[:MOST_FELT])
    ]
    sentences = [
        word("summary.mentions", lang).format(
            mentions=counted("summary.mentions.count", int(felt.counts.sum()), lang),
            emotions=counted("summary.emotions.count", len(felt.keys), lang),
            unpleasant=number(unpleasant, lang),
            pleasant=number(int(felt.counts.sum()) - unpleasant, lang),
        ),
        word("summary.most_felt", lang).format(emotions=listed(most, lang)),
    ]
    if felt.unplaced:
        sentences.append(word("emotions.unplaced", lang).format(count=felt.unplaced))
    return " ".join(sentences)
