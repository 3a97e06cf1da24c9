"""The calendar heatmap: one cell per day (weeks across, weekdays down), coloured by the
day's exhaustion value; days without an entry stay blank."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from wellbeing.analysis.exhaustion import GREEN_BELOW, RED_FROM, ExhaustionSeries
from wellbeing.analysis.facts import day_number, day_of
from wellbeing.ui.charts.palette import Theme
from wellbeing.ui.dashboard.plotting import (
    CHAR,
    LINE,
    SMALL,
    colour_scale,
    empty_state,
    frame,
    label_width,
    sequential,
)
from wellbeing.ui.dashboard.text import month_name, weekday_name

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_WEEKS = 53
"""A year at most: longer periods show their last 53 weeks."""

LABEL_DAYS_UP_TO = 6
"""Up to this many weeks, each cell carries its day of the month."""


@dataclass(frozen=True, eq=False)
class CalendarGrid:
    first: date
    """First day shown (the period's, or a year before its end)."""
    last: date
    monday: int
    """Day number of the first column's Monday."""
    values: np.ndarray
    """7 × weeks, Monday on row 0; NaN where the day has no entry or lies outside."""

    @property
    def weeks(self) -> int:
        return self.values.shape[1]


def calendar_grid(series: ExhaustionSeries, first: date, last: date) -> CalendarGrid:
    """`series` must cover `first` to `last`."""
    end = day_number(last)
    start = max(day_number(first), end - last.weekday() - 7 * (MAX_WEEKS - 1))
    monday = start - day_of(start).weekday()
    values = np.full((7, (end - monday) // 7 + 1), np.nan)
    shown = (series.days >= start) & (series.days <= end)
    offsets = series.days[shown] - monday
    values[offsets % 7, offsets // 7] = series.value[shown]
    return CalendarGrid(day_of(start), last, monday, values)


def heading() -> str:
    return QCoreApplication.translate("Dashboard", "Calendar of exhausting days")


def _month_ticks(grid: CalendarGrid, lang: str) -> tuple[list[float], list[str]]:
    ticks, labels = [], []
    day = date(grid.first.year, grid.first.month, 1)
    while day <= grid.last:
        if day >= grid.first:
            ticks.append((day_number(day) - grid.monday) // 7 + 0.5)
            name = month_name(lang, day.month)
            labels.append(f"{name}\n{day.year}" if not labels or day.month == 1 else name)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return ticks, labels


def _week_ticks(grid: CalendarGrid, lang: str) -> tuple[list[float], list[str]]:
    mondays = [day_of(grid.monday + 7 * week) for week in range(grid.weeks)]
    return [w + 0.5 for w in range(grid.weeks)], [
        f"{d.day} {month_name(lang, d.month)}" for d in mondays
    ]


def plot_calendar(figure: Figure, theme: Theme, grid: CalendarGrid, lang: str) -> None:
    if np.all(np.isnan(grid.values)):
        message = QCoreApplication.translate("Dashboard", "No logged day in this period.")
        empty_state(figure, theme, heading(), message)
        return
    weekdays = [weekday_name(lang, d) for d in range(7)]
    axes, bar = frame(
        figure,
        theme,
        heading(),
        left=label_width(weekdays) + 0.15,
        right=4 * CHAR + LINE + 0.15,
        bottom=2 * LINE + 0.15,
        colour_bar=True,
    )
    mesh = axes.pcolormesh(
        np.arange(grid.weeks + 1),
        np.arange(8),
        np.ma.masked_invalid(grid.values),
        cmap=sequential(theme),
        vmin=0,
        vmax=100,
        edgecolors=theme.background,
        linewidth=0.8,
    )
    mesh.set_gid("calendar")
    axes.set_xlim(0, grid.weeks)
    axes.set_ylim(7, 0)
    axes.set_yticks(np.arange(7) + 0.5, weekdays)
    short = grid.weeks <= LABEL_DAYS_UP_TO
    ticks, labels = _week_ticks(grid, lang) if short else _month_ticks(grid, lang)
    axes.set_xticks(ticks, labels)
    axes.tick_params(labelsize=SMALL, length=0, colors=theme.text)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if short:
        _day_numbers(axes, grid, theme)
    label = QCoreApplication.translate("Dashboard", "day value /100")
    assert bar is not None
    colour_scale(bar, theme, label, 100, (0, GREEN_BELOW, RED_FROM, 100))


def _day_numbers(axes: object, grid: CalendarGrid, theme: Theme) -> None:
    """Day of the month in each cell of a short calendar, so a day is found at a glance."""
    first, last = day_number(grid.first), day_number(grid.last)
    for offset in range(first - grid.monday, last - grid.monday + 1):
        week, weekday = divmod(offset, 7)
        value = grid.values[weekday, week]
        dark_cell = not np.isnan(value) and (value > 50) != theme.dark
        axes.text(
            week + 0.5,
            weekday + 0.5,
            str(day_of(grid.monday + offset).day),
            ha="center",
            va="center",
            fontsize=7,
            color="#ffffff" if dark_cell else theme.muted,
        )
