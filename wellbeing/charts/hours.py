"""When difficult encounters happen: weekday × hour of the day, with my working hours
outlined, so that evenings and weekends that get eaten into stand out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.grids import HourGrid
from wellbeing.charts.layout import (
    CHAR,
    LINE,
    SMALL,
    colour_scale,
    empty_state,
    figure,
    frame,
    label_width,
    legend,
    sequential,
)
from wellbeing.charts.palette import LIGHT, Theme
from wellbeing.charts.words import (
    counted,
    heading,
    hour_label,
    listed,
    number,
    weekday_long,
    weekday_name,
    word,
)
from wellbeing.domain.boundaries import Hours
from wellbeing.domain.formatting import format_percent

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def count_ticks(most: int) -> list[int]:
    """Zero, the top and at most two whole numbers between."""
    step = max(1, -(-most // 3))
    return sorted({*range(0, most, step), most})


def _hours(value: Hours) -> tuple[float, float]:
    start = value.start.hour + value.start.minute / 60
    end = value.end.hour + value.end.minute / 60
    return start, end if end > start else 24.0


def plot_hours(axes: Axes, grid: HourGrid, lang: str = "en", theme: Theme = LIGHT) -> None:
    """Difficult encounters per weekday × hour, my working hours outlined."""
    from matplotlib.patches import Patch, Rectangle

    if not grid.counts.any():
        message = word("no_difficult", lang)
        empty_state(axes, theme, heading("hours", lang), message)
        return
    weekdays = [weekday_name(lang, d) for d in range(7)]
    working = any(hours is not None for hours in grid.working)
    bar = frame(
        axes,
        theme,
        heading("hours", lang),
        left=label_width(weekdays) + 0.15,
        right=3 * CHAR + LINE + 0.15,
        bottom=LINE + 0.15,
        colour_bar=True,
    )
    for weekday, hours in enumerate(grid.working):
        if hours is None:
            continue
        start, end = _hours(hours)
        axes.add_patch(
            Rectangle(
                (start, weekday), end - start, 1, facecolor=theme.grid, edgecolor="none", zorder=0
            )
        )
        axes.add_patch(
            Rectangle(
                (start, weekday + 0.04),
                end - start,
                0.92,
                facecolor="none",
                edgecolor=theme.text,
                linewidth=1.2,
                zorder=3,
            )
        )
    mesh = axes.pcolormesh(
        np.arange(25),
        np.arange(8),
        np.ma.masked_equal(grid.counts, 0),
        cmap=sequential(theme),
        vmin=0,
        vmax=max(int(grid.counts.max()), 1),
        edgecolors=theme.background,
        linewidth=0.5,
        zorder=1,
    )
    mesh.set_gid("hours")
    axes.set_xlim(0, 24)
    axes.set_ylim(7, 0)
    axes.set_yticks(np.arange(7) + 0.5, weekdays)
    axes.set_xticks(range(0, 25, 3), [hour_label(lang, h) for h in range(0, 25, 3)])
    axes.tick_params(labelsize=SMALL, length=0, colors=theme.text)
    for spine in axes.spines.values():
        spine.set_visible(False)
    label = word("hours.scale", lang)
    assert bar is not None
    most = max(int(grid.counts.max()), 1)
    colour_scale(bar, theme, label, most, count_ticks(most))
    if working:
        marker = Patch(
            facecolor=theme.grid,
            edgecolor=theme.text,
            label=word("hours.working", lang),
        )
        legend(figure(axes), theme, rows=1, handles=[marker])


BUSIEST = 3
"""How many of the busiest hours a summary names."""


def working_mask(grid: HourGrid) -> np.ndarray:
    """7 × 24, True where the hour (by its middle) lies inside my working hours."""
    inside = np.zeros((7, 24), dtype=bool)
    middles = np.arange(24) + 0.5
    for weekday, hours in enumerate(grid.working):
        if hours is not None:
            start, end = _hours(hours)
            inside[weekday] = (middles >= start) & (middles < end)
    return inside


def describe_hours(grid: HourGrid, lang: str = "en") -> str:
    """The grid in sentences: how many difficult encounters, the busiest hours and day
    (the darkest cells), and how many fell outside my working hours (the outlines)."""
    counts = grid.counts
    total = int(counts.sum())
    if not total:
        return word("no_difficult", lang)
    order = np.argsort(-counts, axis=None, kind="stable")[:BUSIEST]
    times = []
    for cell in order:
        weekday, hour = divmod(int(cell), 24)
        if counts[weekday, hour]:
            span = f"{hour_label(lang, hour)}–{hour_label(lang, hour + 1)}"
            times.append(f"{weekday_long(lang, weekday)} {span} ({counts[weekday, hour]})")
    per_day = counts.sum(axis=1)
    busiest = int(np.argmax(per_day))
    sentences = [
        counted("summary.difficult", total, lang) + ".",
        word("summary.busiest_times", lang).format(times=listed(times, lang)),
        word("summary.busiest_day", lang).format(
            weekday=weekday_long(lang, busiest), count=number(int(per_day[busiest]), lang)
        ),
    ]
    if any(hours is not None for hours in grid.working):
        outside = int(counts[~working_mask(grid)].sum())
        sentences.append(
            word("summary.outside", lang).format(
                count=number(outside, lang), share=format_percent(100 * outside / total, lang)
            )
        )
    return " ".join(sentences)
