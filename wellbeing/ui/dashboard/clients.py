"""Emotional load per client over the period: who weighs on me, in impact × lingering."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication

from wellbeing.analysis.facts import Facts
from wellbeing.ui.charts.palette import OKABE_ITO, Theme
from wellbeing.ui.dashboard.plotting import (
    SMALL,
    axis_note,
    bar_rows,
    empty_state,
    frame,
    label_width,
    shorten,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MIN_ROWS = 6
"""Bars keep a slim height with only a few of them: the axis always has room for six."""

TOP_CLIENTS = 10


@dataclass(frozen=True, eq=False)
class ClientLoads:
    client_ids: tuple[str, ...]
    """The heaviest clients first (at most TOP_CLIENTS)."""
    names: tuple[str, ...]
    loads: np.ndarray
    counts: np.ndarray
    """Difficult encounters behind each load."""
    others: int
    """Clients with a load beyond the ones shown."""
    others_load: float


def client_loads(facts: Facts, load: np.ndarray, names: Mapping[str, str]) -> ClientLoads:
    """`load` is facts.load, passed in because it is slow to compute on a large journal."""
    heavy = load > 0
    clients, which = np.unique(facts.client[heavy].astype(str), return_inverse=True)
    totals = np.bincount(which, weights=load[heavy], minlength=len(clients))
    counts = np.bincount(which, minlength=len(clients))
    order = np.lexsort((clients, -totals))
    shown = order[:TOP_CLIENTS]
    rest = order[TOP_CLIENTS:]
    ids = tuple(str(c) for c in clients[shown])
    return ClientLoads(
        ids,
        tuple(names.get(i, "?") for i in ids),
        totals[shown],
        counts[shown],
        len(rest),
        float(totals[rest].sum()),
    )


def heading() -> str:
    return QCoreApplication.translate("Dashboard", "Emotional load per client")


def plot_clients(figure: Figure, theme: Theme, loads: ClientLoads, lang: str) -> None:
    if not len(loads.client_ids):
        message = QCoreApplication.translate("Dashboard", "No difficult encounter in this period.")
        empty_state(figure, theme, heading(), message)
        return
    names = [shorten(name) for name in loads.names]
    values = list(loads.loads)
    counts: list[int | None] = [int(n) for n in loads.counts]
    colours = [theme.line] * len(names)
    if loads.others:
        names.append(
            QCoreApplication.translate("Dashboard", "{count} other clients").format(
                count=loads.others
            )
        )
        values.append(loads.others_load)
        counts.append(None)
        colours.append(OKABE_ITO["grey"])
    texts = [
        f"{v:.0f} ({n})" if n is not None else f"{v:.0f}"
        for v, n in zip(values, counts, strict=True)
    ]
    axes, _ = frame(
        figure,
        theme,
        heading(),
        left=label_width(names) + 0.15,
        right=label_width(texts) + 0.15,
        bottom=0.12,
    )
    bars = axes.barh(
        bar_rows(len(names)), values, height=0.65, color=colours, tick_label=names, gid="clients"
    )
    axes.bar_label(bars, labels=texts, padding=3, fontsize=SMALL, color=theme.text)
    axes.set_xlim(0, max(values) * 1.02)
    axes.set_ylim(len(names) - 0.5 - max(len(names), MIN_ROWS), len(names) - 0.5)
    axes.set_xticks([])
    axis_note(
        figure,
        axes,
        QCoreApplication.translate(
            "Dashboard",
            "Emotional load: the impact of difficult encounters weighted by how long it "
            "lingered (in brackets: how many encounters).",
        ),
    )
    axes.tick_params(labelsize=SMALL, length=0, colors=theme.text)
    axes.spines[["top", "right", "bottom"]].set_visible(False)
