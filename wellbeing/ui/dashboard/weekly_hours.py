"""When difficult encounters happen: weekday × hour of the day, with my working hours
outlined, so that evenings and weekends that get eaten into stand out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from wellbeing.analysis.facts import Facts
from wellbeing.domain.boundaries import Hours
from wellbeing.ui.charts.palette import Theme
from wellbeing.ui.dashboard.plotting import (
    CHAR,
    LINE,
    SMALL,
    colour_scale,
    empty_state,
    frame,
    label_width,
    legend,
    sequential,
)
from wellbeing.ui.dashboard.text import hour_label, weekday_name

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True, eq=False)
class HourGrid:
    counts: np.ndarray
    """7 × 24 difficult encounters, Monday on row 0, the hour they started in."""
    working: tuple[Hours | None, ...]
    """My working hours per weekday (None: a day off)."""


def hour_grid(facts: Facts, working: Sequence[Hours | None]) -> HourGrid:
    difficult = facts.difficult.astype(bool)
    stamps = facts.minute[difficult]
    minutes = (stamps - stamps.astype("datetime64[D]")).astype(np.int64)
    cells = facts.weekday[difficult] * 24 + minutes // 60
    counts = np.bincount(cells.astype(np.int64), minlength=7 * 24)[: 7 * 24].reshape(7, 24)
    return HourGrid(counts, tuple(working))


def count_ticks(most: int) -> list[int]:
    """Zero, the top and at most two whole numbers between."""
    step = max(1, -(-most // 3))
    return sorted({*range(0, most, step), most})


def heading() -> str:
    return QCoreApplication.translate("Dashboard", "When difficult encounters happen")


def _hours(value: Hours) -> tuple[float, float]:
    start = value.start.hour + value.start.minute / 60
    end = value.end.hour + value.end.minute / 60
    return start, end if end > start else 24.0


def plot_hours(figure: Figure, theme: Theme, grid: HourGrid, lang: str) -> None:
    from matplotlib.patches import Patch, Rectangle

    if not grid.counts.any():
        message = QCoreApplication.translate("Dashboard", "No difficult encounter in this period.")
        empty_state(figure, theme, heading(), message)
        return
    weekdays = [weekday_name(lang, d) for d in range(7)]
    working = any(hours is not None for hours in grid.working)
    axes, bar = frame(
        figure,
        theme,
        heading(),
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
    label = QCoreApplication.translate("Dashboard", "difficult encounters")
    assert bar is not None
    most = max(int(grid.counts.max()), 1)
    colour_scale(bar, theme, label, most, count_ticks(most))
    if working:
        marker = Patch(
            facecolor=theme.grid,
            edgecolor=theme.text,
            label=QCoreApplication.translate("Dashboard", "my working hours"),
        )
        legend(figure, theme, rows=1, handles=[marker])
