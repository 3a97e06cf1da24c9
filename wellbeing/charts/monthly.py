"""One client's impact month by month: bars for the mean impact of the difficult encounters,
diamonds for the limits crossed (on a second scale), dashed lines where the relationship
was reframed, ended or resumed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing.analysis.monthly import Month, MonthlyImpact
from wellbeing.charts.palette import LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import listed, month_year, number, word
from wellbeing.domain.formatting import month_abbr
from wellbeing.domain.model import ClientEventKind

if TYPE_CHECKING:
    from matplotlib.axes import Axes

STEP_WORDS: dict[str, str] = {
    ClientEventKind.REFRAMED: "monthly.reframed",
    ClientEventKind.DETHRONED: "monthly.dethroned",
    ClientEventKind.REACTIVATED: "monthly.reactivated",
}


def month_labels(months: tuple[Month, ...], lang: str = "en") -> list[str]:
    """Short month names, capitalised ('Sep', 'Janv.'); the year under January and under
    the first month; every other month when more than twelve."""
    labels = []
    for position, (year, month) in enumerate(months):
        name = month_abbr(month, lang)
        name = name[:1].upper() + name[1:] if lang == "fr" else name[:3]
        labels.append(f"{name}\n{year}" if position == 0 or month == 1 else name)
    if len(labels) > 12:  # every other month, so that the labels do not run together
        labels = [label if i % 2 == 0 or "\n" in label else "" for i, label in enumerate(labels)]
    return labels


def plot_monthly(axes: Axes, data: MonthlyImpact, lang: str = "en", theme: Theme = LIGHT) -> None:
    """Bars: mean impact of difficult encounters; diamonds: boundary violations. Draws a
    second y axis (twinx) and a legend at the top of the axes' figure."""
    from matplotlib.ticker import MaxNLocator

    if not data.months:
        axes.axis("off")
        axes.text(
            0.5, 0.5, word("monthly.empty", lang), ha="center", va="center", color=theme.muted
        )
        return
    positions = list(range(len(data.months)))
    bars = [(x, h) for x, h in zip(positions, data.mean_impact, strict=True) if h is not None]
    axes.bar(
        [x for x, _ in bars],
        [h for _, h in bars],
        width=0.7,
        color=theme.line,
        label=word("monthly.bars", lang),
    )
    axes.set_ylim(0, 10)
    axes.set_ylabel(word("monthly.impact_axis", lang))
    axes.set_xticks(positions, month_labels(data.months, lang))
    axes.set_xlim(-0.6, len(positions) - 0.4)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="y", color=theme.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    second = axes.twinx()
    marked = [(x, v) for x, v in zip(positions, data.violations, strict=True) if v > 0]
    second.plot(
        [x for x, _ in marked],
        [v for _, v in marked],
        linestyle="none",
        marker="D",
        markersize=6,
        color=OKABE_ITO["vermillion"],
        markeredgecolor=theme.text,
        markeredgewidth=0.6,
        label=word("monthly.markers", lang),
    )
    second.set_ylim(0, max([*data.violations, 3]) * 1.15)
    second.yaxis.set_major_locator(MaxNLocator(integer=True))
    second.set_ylabel(word("monthly.violations_axis", lang))
    for position, kind in data.steps:
        step = word(STEP_WORDS[kind], lang) if kind in STEP_WORDS else kind
        axes.axvline(position, color=theme.muted, linestyle="--", linewidth=1)
        axes.text(position, 9.8, f" {step}", color=theme.text, fontsize=7, va="top", ha="left")
    if not bars and not marked:
        axes.text(
            0.5, 0.5, word("monthly.calm", lang), ha="center", va="center", color=theme.muted,
            transform=axes.transAxes,
        )  # fmt: skip
    handles = [*axes.get_legend_handles_labels()[0], *second.get_legend_handles_labels()[0]]
    figure = axes.get_figure(root=True)
    assert figure is not None
    legend = figure.legend(
        handles=handles,
        loc="outside upper center",
        ncols=2,
        fontsize=8,
        frameon=False,
    )
    for text in legend.get_texts():
        text.set_color(theme.text)


def _month_words(data: MonthlyImpact, position: int, lang: str) -> str:
    year, month = data.months[position]
    return month_year(lang, year, month)


def describe_monthly(data: MonthlyImpact, lang: str = "en") -> str:
    """The months in sentences: the span, the highest and latest mean impact (the bars),
    the boundary violations (the diamonds), the status changes (the dashed lines)."""
    if not data.months:
        return word("monthly.empty", lang)
    sentences = [
        word("summary.months", lang).format(
            first=_month_words(data, 0, lang), last=_month_words(data, len(data.months) - 1, lang)
        )
    ]
    impacts = [(i, v) for i, v in enumerate(data.mean_impact) if v is not None]
    violations = sum(data.violations)
    if not impacts and not violations:
        sentences.append(word("monthly.calm", lang))
    if impacts:
        high_at, high = max(impacts, key=lambda item: (item[1], -item[0]))
        latest_at, latest = impacts[-1]
        sentences.append(
            word("summary.impact", lang).format(
                high=number(high, lang, 1),
                high_month=_month_words(data, high_at, lang),
                latest=number(latest, lang, 1),
                latest_month=_month_words(data, latest_at, lang),
            )
        )
    if violations:
        most_at = max(range(len(data.violations)), key=lambda i: (data.violations[i], -i))
        sentences.append(
            word("summary.violations", lang).format(
                count=number(violations, lang),
                month=_month_words(data, most_at, lang),
                most=number(data.violations[most_at], lang),
            )
        )
    elif impacts:
        sentences.append(word("summary.no_violations", lang))
    steps = [
        word("summary.step", lang).format(
            step=word(STEP_WORDS[kind], lang) if kind in STEP_WORDS else kind,
            month=_month_words(data, min(max(int(position + 0.5), 0), len(data.months) - 1), lang),
        )
        for position, kind in data.steps
    ]
    if steps:
        sentences.append(word("summary.steps", lang).format(steps=listed(steps, lang)))
    return " ".join(sentences)
