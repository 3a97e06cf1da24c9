"""The team lead's charts: shares of contributors over the weeks or months, each with its
90 % interval, and the service irritants the company can fix.

Figures come from randomised answers, so a point without its interval would claim a
precision it does not have: every drawn point carries one, and a period whose interval
says nothing is left out (and marked so) rather than drawn as a guess.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from matplotlib.ticker import FuncFormatter, Locator

from wellbeing.analysis.privacy import Estimate
from wellbeing.analysis.team import PeriodFigures
from wellbeing.charts.layout import (
    CHAR,
    LINE,
    SMALL,
    axis_note,
    bar_rows,
    empty_state,
    figure,
    frame,
    label_width,
    legend,
)
from wellbeing.charts.palette import BANDS, LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import counted, listed, period_words, sentence_case
from wellbeing.domain.contribution import IRRITANT_CATEGORIES
from wellbeing.domain.formatting import format_percent

if TYPE_CHECKING:
    from matplotlib.axes import Axes

WORDS: dict[str, tuple[str, str]] = {
    "exhaustion": ("Exhaustion across the team", "L'épuisement dans l'équipe"),
    "signals": ("Signals to watch", "Signaux à surveiller"),
    "irritants": ("What our service could fix first", "À corriger en priorité dans notre service"),
    "red": ("in the red", "dans le rouge"),
    "amber": ("amber", "à l'orange"),
    "cycle": ("confidence cycle turning", "cycle de confiance enclenché"),
    "check_in": ("latest check-in in the red", "dernier point dans le rouge"),
    "out_of_hours": ("contacted out of hours 3+ times", "sollicités hors horaires 3+ fois"),
    "interval": ("90 % interval", "intervalle à 90 %"),
    "uncertain": ("too uncertain: not drawn", "trop incertain : non tracé"),
    "axis": (
        "Share of contributors, with its 90 % interval",
        "Part des contributeurs, avec son intervalle à 90 %",
    ),
    "axis.month": (
        "Share of contributors on an average week, with its 90 % interval",
        "Part des contributeurs en moyenne par semaine, avec son intervalle à 90 %",
    ),
    "empty": ("No period can be shown yet.", "Aucune période ne peut encore être montrée."),
    "summary.periods": (
        "Share of contributors, with its 90 % interval, over {count}: {first} to {last}.",
        "Part des contributeurs, avec son intervalle à 90 %, sur {count} : {first} à {last}.",
    ),
    "summary.series": (
        "{series}: {value} in {period} (90 % interval: {low} to {high})",
        "{series} : {value} en {period} (intervalle à 90 % : {low} à {high})",
    ),
    "summary.earlier": ("{value} in {period}", "{value} en {period}"),
    "summary.left_out": (
        "Too uncertain to be drawn: {count}.",
        "Trop incertain pour être tracé : {count}.",
    ),
    "summary.irritants": (
        "Share of contributors who met each irritant, most frequent first: {items}.",
        "Part des contributeurs ayant rencontré chaque irritant, du plus fréquent au moins "
        "fréquent : {items}.",
    ),
    "summary.interval": ("90 % interval: {low} to {high}", "intervalle à 90 % : {low} à {high}"),
    "all_uncertain": (
        "Every period is too uncertain to say anything yet.",
        "Toutes les périodes sont encore trop incertaines pour en dire quoi que ce soit.",
    ),
}


def word(key: str, lang: str) -> str:
    english, french = WORDS[key]
    return french if lang == "fr" else english


def too_uncertain(count: float, lang: str) -> str:
    """The irritants' empty state: says why, and with how few people."""
    whole = round(count)
    if lang == "fr":
        who = f"{whole} personne" if whole == 1 else f"{whole} personnes"
        return f"Trop incertain pour en dire quoi que ce soit avec {who}."
    who = f"{whole} person" if whole == 1 else f"{whole} people"
    return f"Too uncertain to say anything with {who}."


@dataclass(frozen=True)
class Series:
    """One line of a team chart: which answer it counts and how it is told apart without
    colour (marker and line style)."""

    question: str
    category: str
    words: str
    colour: str
    marker: str
    linestyle: str


EXHAUSTION_SERIES = (
    Series("exhaustion", "red", "red", BANDS["red"], "o", "-"),
    Series("exhaustion", "amber", "amber", BANDS["amber"], "s", "--"),
)
SIGNAL_SERIES = (
    Series("cycle", "turning", "cycle", OKABE_ITO["purple"], "^", "-."),
    Series("check_in", "red", "check_in", BANDS["red"], "o", "-"),
    Series("out_of_hours", "3+", "out_of_hours", OKABE_ITO["blue"], "s", "--"),
)


def share(estimate: Estimate) -> tuple[float, float, float]:
    """(value, low, high) as percentages of the contributors."""
    if not estimate.total:
        return 0.0, 0.0, 0.0
    scale = 100 / estimate.total
    return estimate.value * scale, estimate.low * scale, estimate.high * scale


# --- period ticks -------------------------------------------------------------------------

STEPS = (1, 2, 3, 4, 6, 8, 12, 13, 26, 52, 104)


class PeriodLocator(Locator):
    """Ticks on every `step`-th period, the step chosen at draw time from the axes' width,
    so that the labels never run into each other however wide the chart is drawn."""

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = list(labels)

    def __call__(self) -> Sequence[float]:
        count = len(self.labels)
        if not count:
            return []
        axes: Any = getattr(self.axis, "axes", None)
        dpi = axes.figure.dpi if axes is not None else 72.0
        width = axes.bbox.width / dpi if axes is not None else 6.0
        room = label_width(self.labels) + 2.5 * CHAR
        fits = max(int(width / room), 1)
        step = next((s for s in STEPS if -(-count // s) <= fits), count)
        last = count - 1
        ticks = list(range(last % step, count, step))  # the latest period always labelled
        return [float(t) for t in ticks]

    def tick_values(self, vmin: float, vmax: float) -> Sequence[float]:
        return self()


def period_axis(axes: Axes, keys: Sequence[str]) -> None:
    labels = list(keys)
    axes.xaxis.set_major_locator(PeriodLocator(labels))
    axes.xaxis.set_major_formatter(
        FuncFormatter(lambda x, _: labels[round(x)] if 0 <= round(x) < len(labels) else "")
    )
    axes.set_xlim(-0.6, len(labels) - 0.4)


def percent_axis(axes: Axes, lang: str) -> None:
    axes.set_ylim(0, 100)
    axes.set_yticks([0, 25, 50, 75, 100])
    axes.yaxis.set_major_formatter(FuncFormatter(lambda y, _: format_percent(y, lang)))


# --- shares over the periods --------------------------------------------------------------


BANDED_UP_TO = 20
"""Three overlapping bands over a year of weeks turn to mud: beyond this many periods a
three-line chart keeps its error bars only."""


def plot_team_exhaustion(
    axes: Axes, periods: Sequence[PeriodFigures], lang: str = "en", theme: Theme = LIGHT
) -> None:
    """Share of contributors in the red and amber on exhaustion, period by period."""
    _plot_shares(axes, periods, EXHAUSTION_SERIES, word("exhaustion", lang), lang, theme)


def plot_team_signals(
    axes: Axes, periods: Sequence[PeriodFigures], lang: str = "en", theme: Theme = LIGHT
) -> None:
    """The signals a lead reads after exhaustion: the cycle turning, check-ins in the red,
    contacts out of hours."""
    _plot_shares(axes, periods, SIGNAL_SERIES, word("signals", lang), lang, theme)


def _plot_shares(
    axes: Axes,
    periods: Sequence[PeriodFigures],
    series: Sequence[Series],
    heading: str,
    lang: str,
    theme: Theme,
) -> None:
    if not periods:
        empty_state(axes, theme, heading, word("empty", lang))
        return
    questions = {s.question for s in series}
    uncertain = np.array(
        [any(p.questions[q].uncertain for q in questions) for p in periods], dtype=bool
    )
    if all(all(p.questions[q].uncertain for q in questions) for p in periods):
        empty_state(axes, theme, heading, word("all_uncertain", lang))
        return
    keys = [p.key for p in periods]
    frame(
        axes,
        theme,
        heading,
        left=label_width([format_percent(100, lang)]) + 0.2,
        right=label_width(keys) / 2 + 0.1,  # the latest period's label is centred on the edge
        bottom=LINE + 0.15,
    )
    x = np.arange(len(periods), dtype=float)
    for index in np.flatnonzero(uncertain):
        axes.axvspan(
            index - 0.5,
            index + 0.5,
            facecolor=theme.grid,
            edgecolor=theme.muted,
            hatch="///",
            alpha=0.5,
            linewidth=0,
            zorder=0,
            gid="uncertain",
            label=word("uncertain", lang) if index == np.flatnonzero(uncertain)[0] else None,
        )
    banded = len(series) <= 2 or len(periods) <= BANDED_UP_TO
    offsets = np.linspace(-0.12, 0.12, len(series)) if len(periods) < 20 else [0.0] * len(series)
    for one, offset in zip(series, offsets, strict=True):
        shares = np.array(
            [
                share(p.questions[one.question].estimates[one.category])
                if not p.questions[one.question].uncertain
                else (np.nan, np.nan, np.nan)
                for p in periods
            ]
        )
        value, low, high = shares[:, 0], shares[:, 1], shares[:, 2]
        shown = ~np.isnan(value)
        if banded:
            axes.fill_between(
                x, low, high, color=one.colour, alpha=0.13, linewidth=0, gid=f"band:{one.category}"
            )
        axes.errorbar(
            x[shown] + offset,
            value[shown],
            yerr=np.vstack([value[shown] - low[shown], high[shown] - value[shown]]),
            fmt="none",
            ecolor=one.colour,
            elinewidth=0.9,
            capsize=2 if len(periods) < 30 else 0,
            alpha=0.7,
            gid=f"interval:{one.question}:{one.category}",
        )
        axes.plot(
            x + offset,
            value,
            color=one.colour,
            linestyle=one.linestyle,
            linewidth=1.6,
            marker=one.marker,
            markersize=4.5 if len(periods) < 30 else 3.2,
            markeredgecolor=theme.background,
            markeredgewidth=0.5,
            label=word(one.words, lang),
            gid=f"share:{one.question}:{one.category}",
        )
    percent_axis(axes, lang)
    period_axis(axes, keys)
    axes.grid(axis="y", color=theme.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=SMALL, colors=theme.text)
    axes.spines[["top", "right"]].set_visible(False)
    month = periods[-1].weeks > 1
    axis_note(figure(axes), axes, word("axis.month" if month else "axis", lang))
    handles, labels = axes.get_legend_handles_labels()
    order = sorted(range(len(handles)), key=lambda i: labels[i] == word("uncertain", lang))
    entries = len(order)
    legend(
        figure(axes),
        theme,
        rows=-(-entries // 3),
        ncol=min(entries, 3),
        handles=[handles[i] for i in order],
        labels=[labels[i] for i in order],
    )


def describe_team_exhaustion(periods: Sequence[PeriodFigures], lang: str = "en") -> str:
    """The exhaustion chart in sentences (see describe_shares)."""
    return describe_shares(periods, EXHAUSTION_SERIES, lang)


def describe_team_signals(periods: Sequence[PeriodFigures], lang: str = "en") -> str:
    """The signals chart in sentences (see describe_shares)."""
    return describe_shares(periods, SIGNAL_SERIES, lang)


def describe_shares(
    periods: Sequence[PeriodFigures], series: Sequence[Series], lang: str = "en"
) -> str:
    """The periods shown, then each line (told apart by colour, marker and dashes on the
    chart) by its name: its latest drawn share with the interval, and its first; the
    periods left out as too uncertain."""
    if not periods:
        return word("empty", lang)
    questions = {s.question for s in series}
    if all(all(p.questions[q].uncertain for q in questions) for p in periods):
        return word("all_uncertain", lang)
    month = periods[-1].weeks > 1
    sentences = [
        word("summary.periods", lang).format(
            count=counted("summary.month_count" if month else "summary.weeks", len(periods), lang),
            first=period_words(periods[0].key, lang),
            last=period_words(periods[-1].key, lang),
        )
    ]
    for one in series:
        drawn = [p for p in periods if not p.questions[one.question].uncertain]
        if not drawn:
            continue
        value, low, high = share(drawn[-1].questions[one.question].estimates[one.category])
        text = word("summary.series", lang).format(
            series=sentence_case(word(one.words, lang)),
            value=format_percent(value, lang),
            period=period_words(drawn[-1].key, lang),
            low=format_percent(low, lang),
            high=format_percent(high, lang),
        )
        if len(drawn) > 1:
            earlier = share(drawn[0].questions[one.question].estimates[one.category])[0]
            text += ", " + word("summary.earlier", lang).format(
                value=format_percent(earlier, lang), period=period_words(drawn[0].key, lang)
            )
        sentences.append(text + ".")
    left_out = sum(any(p.questions[q].uncertain for q in questions) for p in periods)
    if left_out:
        unit = "summary.month_count" if month else "summary.weeks"
        sentences.append(word("summary.left_out", lang).format(count=counted(unit, left_out, lang)))
    return " ".join(sentences)


# --- service irritants --------------------------------------------------------------------

WRAP = 24
"""Irritant labels are wrapped on two lines rather than cut: each word is needed."""


def plot_team_irritants(
    axes: Axes, figures: PeriodFigures, lang: str = "en", theme: Theme = LIGHT
) -> None:
    """The five irritant categories as shares of contributors, most frequent first, each
    with its interval: what the company, not the client, can fix."""
    heading = word("irritants", lang)
    if figures.irritants_uncertain:
        empty_state(axes, theme, heading, too_uncertain(figures.contributors, lang))
        return
    ranked = sorted(IRRITANT_CATEGORIES, key=lambda c: (-figures.irritants[c.key].value, c.key))
    names = [textwrap.fill(c.label(lang), WRAP) for c in ranked]
    shares = np.array([share(figures.irritants[c.key]) for c in ranked])
    value, low, high = shares[:, 0], shares[:, 1], shares[:, 2]
    texts = [
        f"{format_percent(v, lang)} ({format_percent(lo, lang)}–{format_percent(hi, lang)})"
        for v, lo, hi in shares
    ]
    lines = [line for name in names for line in name.splitlines()]
    frame(
        axes,
        theme,
        heading,
        left=label_width(lines) + 0.15,
        right=label_width(texts) + 0.2,
        bottom=LINE + 0.15,
    )
    rows = bar_rows(len(ranked))
    axes.barh(
        rows,
        value,
        height=0.6,
        color=theme.line,
        alpha=0.85,
        tick_label=names,
        gid="irritants",
    )
    axes.errorbar(
        value,
        rows,
        xerr=np.vstack([value - low, high - value]),
        fmt="none",
        ecolor=theme.text,
        elinewidth=1.0,
        capsize=3,
        gid="irritants:interval",
    )
    for row, text in zip(rows, texts, strict=True):
        axes.text(
            1.02,
            row,
            text,
            transform=axes.get_yaxis_transform(),
            va="center",
            ha="left",
            fontsize=SMALL,
            color=theme.text,
            gid="irritants:value",
        )
    axes.set_xlim(0, 100)
    axes.set_xticks([0, 25, 50, 75, 100])
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: format_percent(v, lang)))
    axes.set_ylim(-0.6, len(ranked) - 0.4)
    axes.grid(axis="x", color=theme.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=SMALL, colors=theme.text)
    axes.tick_params(axis="y", length=0)
    axes.spines[["top", "right"]].set_visible(False)
    axis_note(figure(axes), axes, word("axis.month" if figures.weeks > 1 else "axis", lang))


def describe_team_irritants(figures: PeriodFigures, lang: str = "en") -> str:
    """The bars in sentences: each irritant category's share of contributors with its
    interval, most frequent first; or why nothing is said."""
    if figures.irritants_uncertain:
        return too_uncertain(figures.contributors, lang)
    ranked = sorted(IRRITANT_CATEGORIES, key=lambda c: (-figures.irritants[c.key].value, c.key))
    items = []
    for category in ranked:
        value, low, high = share(figures.irritants[category.key])
        interval = word("summary.interval", lang).format(
            low=format_percent(low, lang), high=format_percent(high, lang)
        )
        items.append(f"{category.label(lang)} {format_percent(value, lang)} ({interval})")
    return word("summary.irritants", lang).format(items=listed(items, lang))
