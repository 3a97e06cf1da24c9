"""The vicious confidence cycle as a ring: four stages in loop order, each coloured, hatched
and named by its state, with arrows showing which way the loop turns."""

from __future__ import annotations

import math
import textwrap
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np

from wellbeing.analysis.cycle import NO_DATA, STAGES, STEADY, TURNING, WORSENING, CycleResult
from wellbeing.charts.layout import frame
from wellbeing.charts.palette import BANDS, LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import heading, word
from wellbeing.domain.indicators import CycleStage, label

if TYPE_CHECKING:
    from matplotlib.axes import Axes

STATE_COLOURS = {STEADY: BANDS["green"], WORSENING: BANDS["red"], NO_DATA: OKABE_ITO["grey"]}
STATE_HATCHES = {STEADY: "", WORSENING: "////", NO_DATA: ".."}
"""Colour-blind users read the hatch (and the words) rather than the colour."""

INNER, OUTER = 0.62, 1.0
NAME_WIDTH = 24
"""Characters per line of a stage's name beside the ring."""
ARROW_RADIUS = 0.48


def _angle(position: float) -> float:
    """Angle (radians) of a point a quarter-turn `position` clockwise from the top."""
    return math.radians(90 - 90 * position)


def hot_steps(cycle: CycleResult) -> set[tuple[CycleStage, CycleStage]]:
    """The arrows the turning loop went through: every step around the ring from each of
    its stages to the next one that turned (a loop may skip a stage)."""
    if cycle.status != TURNING:
        return set()
    steps = set()
    for start, end in pairwise(cycle.loop):
        index = STAGES.index(start)
        while STAGES[index] != end:
            following = (index + 1) % len(STAGES)
            steps.add((STAGES[index], STAGES[following]))
            index = following
    return steps


def _arrows(axes: Axes, theme: Theme, cycle: CycleResult) -> None:
    """Curved arrows inside the ring, stage to stage in loop order (clockwise); the ones
    the loop turned through are thicker and red. Plain lines and triangle markers: a
    FancyArrowPatch costs as much to draw as the rest of the chart."""
    turned = hot_steps(cycle)
    for index, stage in enumerate(STAGES):
        following = STAGES[(index + 1) % len(STAGES)]
        angles = np.linspace(_angle(index + 0.72), _angle(index + 1.28), 12)
        hot = (stage, following) in turned
        colour = BANDS["red"] if hot else theme.muted
        x, y = ARROW_RADIUS * np.cos(angles), ARROW_RADIUS * np.sin(angles)
        axes.plot(
            x, y, color=colour, linewidth=2.4 if hot else 1.2, gid=f"arrow:{stage}->{following}"
        )
        axes.plot(
            x[-1],
            y[-1],
            linestyle="none",
            marker=(3, 0, math.degrees(angles[-1]) - 180),
            markersize=8 if hot else 6,
            color=colour,
        )


def _stage_label(axes: Axes, theme: Theme, index: int, state: str, lang: str) -> None:
    """The stage's number and name beside its quarter, its state in bold next to it
    (under the name above the ring, over it below)."""
    stage = STAGES[index]
    angle = _angle(index + 0.5)
    x, y = 1.12 * math.cos(angle), 1.12 * math.sin(angle)
    lines = textwrap.wrap(f"{index + 1}. {label(stage, lang)}", NAME_WIDTH)
    above = y > 0
    line = 9 * 1.45
    common = {"ha": "left" if x > 0 else "right", "fontsize": 9, "textcoords": "offset points"}
    axes.annotate(
        "\n".join(lines),
        (x, y),
        xytext=(0, line if above else 0),
        va="bottom" if above else "top",
        color=theme.text,
        gid=f"label:{stage}",
        **common,
    )
    axes.annotate(
        label(state, lang),
        (x, y),
        xytext=(0, 0 if above else -line * len(lines)),
        va="bottom" if above else "top",
        fontweight="bold",
        color=BANDS["red"] if state == WORSENING else theme.text,
        gid=f"state:{stage}",
        **common,
    )


def plot_cycle(axes: Axes, cycle: CycleResult, lang: str = "en", theme: Theme = LIGHT) -> None:
    """The four stages as a ring, each coloured, hatched and named by its state."""
    frame(axes, theme, heading("cycle", lang), left=0.1, right=0.1, bottom=0.1)
    states = [cycle.states.get(stage, NO_DATA) for stage in STAGES]
    wedges, _texts = axes.pie(
        [1] * len(STAGES),
        colors=[STATE_COLOURS[s] for s in states],
        hatch=[STATE_HATCHES[s] for s in states],
        startangle=90,
        counterclock=False,
        radius=OUTER,
        wedgeprops={"width": OUTER - INNER, "edgecolor": theme.background, "linewidth": 3},
    )
    for stage, state, wedge in zip(STAGES, states, wedges, strict=True):
        wedge.set_gid(f"stage:{stage}")
        wedge.set_hatchcolor(theme.background if state == WORSENING else theme.text)
    for index, state in enumerate(states):
        _stage_label(axes, theme, index, state, lang)
    _arrows(axes, theme, cycle)
    axes.text(
        0,
        0,
        "\n".join(textwrap.wrap(label(cycle.status, lang), 12)),
        ha="center",
        va="center",
        fontsize=10,
        fontweight="bold",
        color=BANDS["red"] if cycle.status == TURNING else theme.text,
        gid="status",
    )
    axes.set_xlim(-2.3, 2.3)
    axes.set_ylim(-1.55, 1.55)
    axes.set_aspect("equal")
    axes.axis("off")


def describe_cycle(cycle: CycleResult, lang: str = "en") -> str:
    """The ring in sentences: the status in its middle, each stage's state (the wedges'
    colour and hatch), and the stages the loop turned through (the thick arrows)."""
    sentences = [word("summary.cycle_status", lang).format(status=label(cycle.status, lang))]
    for index, stage in enumerate(STAGES):
        state = cycle.states.get(stage, NO_DATA)
        sentences.append(
            word("summary.cycle_stage", lang).format(
                number=index + 1, stage=label(stage, lang), state=label(state, lang)
            )
        )
    if cycle.status == TURNING and cycle.loop:
        stages = " → ".join(label(stage, lang) for stage in cycle.loop)
        sentences.append(word("summary.cycle_loop", lang).format(stages=stages))
    return " ".join(sentences)
