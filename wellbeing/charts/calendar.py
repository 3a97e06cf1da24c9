"""The calendar heatmap: one cell per day (weeks across, weekdays down), coloured by the
day's exhaustion value; days without an entry stay blank."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.exhaustion import GREEN_BELOW, RED_FROM
from wellbeing.analysis.facts import day_number, day_of
from wellbeing.analysis.grids import CalendarGrid
from wellbeing.charts.layout import (
    CHAR,
    LINE,
    SMALL,
    colour_scale,
    empty_state,
    frame,
    label_width,
    sequential,
)
from wellbeing.charts.palette import LIGHT, Theme
from wellbeing.charts.words import (
    counted,
    heading,
    long_date,
    month_name,
    number,
    weekday_long,
    weekday_name,
    word,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes


LABEL_DAYS_UP_TO = 6
"""Up to this many weeks, each cell carries its day of the month."""


def _month_ticks(grid: CalendarGrid, lang: str) -> tuple[list[float], list[str]]:
    ticks: list[float] = []
    labels: list[str] = []
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


def plot_calendar(axes: Axes, grid: CalendarGrid, lang: str = "en", theme: Theme = LIGHT) -> None:
    """One cell per day, weeks across and weekdays down, coloured by the day's value."""
    if np.all(np.isnan(grid.values)):
        message = word("calendar.empty", lang)
        empty_state(axes, theme, heading("calendar", lang), message)
        return
    weekdays = [weekday_name(lang, d) for d in range(7)]
    bar = frame(
        axes,
        theme,
        heading("calendar", lang),
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
    label = word("calendar.scale", lang)
    assert bar is not None
    colour_scale(bar, theme, label, 100, (0, GREEN_BELOW, RED_FROM, 100))


def _day_numbers(axes: Axes, grid: CalendarGrid, theme: Theme) -> None:
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


def describe_calendar(grid: CalendarGrid, lang: str = "en") -> str:
    """The calendar in sentences: days logged and how many fell in each band (the cells'
    colour), the heaviest day, the heaviest weekday on average."""
    values = grid.values
    known = ~np.isnan(values)
    if not known.any():
        return word("calendar.empty", lang)
    shown = values[known]
    red = int((shown >= RED_FROM).sum())
    amber = int(((shown >= GREEN_BELOW) & (shown < RED_FROM)).sum())
    sentences = [
        word("summary.span", lang).format(
            first=long_date(lang, grid.first),
            last=long_date(lang, grid.last),
            logged=counted("summary.days_logged", int(known.sum()), lang),
        ),
        word("summary.calendar_bands", lang).format(
            red=number(red, lang),
            amber=number(amber, lang),
            green=number(len(shown) - red - amber, lang),
            low=number(GREEN_BELOW, lang),
            high=number(RED_FROM, lang),
        ),
    ]
    weekday, week = np.unravel_index(np.nanargmax(values), values.shape)
    peak = day_of(grid.monday + 7 * int(week) + int(weekday))
    sentences.append(
        word("summary.peak", lang).format(
            day=long_date(lang, peak), value=number(float(values[weekday, week]), lang)
        )
    )
    totals = np.where(known, values, 0.0).sum(axis=1)
    days = known.sum(axis=1)
    means = np.divide(totals, days, out=np.full(7, -1.0), where=days > 0)
    heaviest = int(np.argmax(means))
    sentences.append(
        word("summary.weekday", lang).format(
            weekday=weekday_long(lang, heaviest), value=number(float(means[heaviest]), lang)
        )
    )
    return " ".join(sentences)
