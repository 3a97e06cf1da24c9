"""Emotional load per client over the period: who weighs on me, in impact × lingering."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing.analysis.grids import ClientLoads
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
from wellbeing.charts.palette import LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import counted, heading, listed, number, word

if TYPE_CHECKING:
    from matplotlib.axes import Axes


def plot_clients(axes: Axes, loads: ClientLoads, lang: str = "en", theme: Theme = LIGHT) -> None:
    """The heaviest clients' emotional load over the period, as bars."""
    if not len(loads.client_ids):
        message = word("no_difficult", lang)
        empty_state(axes, theme, heading("clients", lang), message)
        return
    names = [shorten(name) for name in loads.names]
    values = list(loads.loads)
    counts: list[int | None] = [int(n) for n in loads.counts]
    colours = [theme.line] * len(names)
    if loads.others:
        names.append(word("clients.others", lang).format(count=loads.others))
        values.append(loads.others_load)
        counts.append(None)
        colours.append(OKABE_ITO["grey"])
    texts = [
        f"{v:.0f} ({n})" if n is not None else f"{v:.0f}"
        for v, n in zip(values, counts, strict=True)
    ]
    frame(
        axes,
        theme,
        heading("clients", lang),
        left=label_width(names) + 0.15,
        right=label_width(texts) + 0.15,
        bottom=0.12,
    )
    bars = axes.barh(
        bar_rows(len(names)), values, height=0.65, color=colours, tick_label=names, gid="clients"
    )
    axes.bar_label(bars, labels=texts, padding=3, fontsize=SMALL, color=theme.text)
    axes.set_xlim(0, max(values) * 1.02)
    axes.set_ylim(len(names) - 0.5 - max(len(names), BAR_MIN_ROWS), len(names) - 0.5)
    axes.set_xticks([])
    axis_note(
        figure(axes),
        axes,
        word("clients.axis", lang),
    )
    axes.tick_params(labelsize=SMALL, length=0, colors=theme.text)
    axes.spines[["top", "right", "bottom"]].set_visible(False)


def describe_clients(loads: ClientLoads, lang: str = "en") -> str:
    """The bars in sentences: each client's emotional load and how many difficult
    encounters it comes from, heaviest first, then the other clients together."""
    if not len(loads.client_ids):
        return word("no_difficult", lang)
    items = [
        f"{name} {number(float(load), lang)} ({counted('summary.difficult', int(count), lang)})"
        for name, load, count in zip(loads.names, loads.loads, loads.counts, strict=True)
    ]
    if loads.others:
        others = word("clients.others", lang).format(count=loads.others)
        items.append(f"{others} {number(loads.others_load, lang)}")
    return word("summary.clients", lang).format(items=listed(items, lang))
