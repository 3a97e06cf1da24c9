"""The weekly check-ins over a period: client-related strain and well-being, both 0–100.

Two lines told apart without colour: strain is solid with round markers, well-being dashed
with square ones (named in the legend), and each line's last value is written at its end.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from wellbeing.analysis.facts import day_number
from wellbeing.charts.layout import (
    CHAR,
    LINE,
    SMALL,
    date_axis,
    empty_state,
    figure,
    frame,
    label_width,
    legend,
)
from wellbeing.charts.palette import LIGHT, OKABE_ITO, Theme
from wellbeing.charts.words import change, long_date, number, sentence_case
from wellbeing.domain.formatting import format_number

if TYPE_CHECKING:
    from matplotlib.axes import Axes


class CheckInPoint(Protocol):
    """What the chart reads of a check-in (sharing.session_content.CheckInPart has it)."""

    @property
    def day(self) -> date: ...
    @property
    def strain(self) -> float: ...
    @property
    def wellbeing(self) -> float: ...


WORDS: dict[str, tuple[str, str]] = {
    "title": ("Check-ins: strain and well-being", "Bilans : tension et bien-être"),
    "strain": ("client-related strain", "tension liée aux clients"),
    "wellbeing": ("well-being", "bien-être"),
    "axis": ("score /100", "score /100"),
    "empty": (
        "No check-in in this period.",
        "Aucun bilan sur cette période.",
    ),
    "summary": ("{count} from {first} to {last}.", "{count} du {first} au {last}."),
    "summary.count": ("{count} check-ins", "{count} bilans"),
    "summary.one": ("1 check-in on {first}.", "1 bilan le {first}."),
    "summary.line": ("{line}: {change}.", "{line} : {change}."),
}

PAD_DAYS = 3
"""Days of room either side of the first and last check-in when no period is given."""


def word(key: str, lang: str = "en") -> str:
    english, french = WORDS[key]
    return french if lang == "fr" else english


def plot_check_ins(
    axes: Axes,
    check_ins: Sequence[CheckInPoint],
    lang: str = "en",
    theme: Theme = LIGHT,
    *,
    first: date | None = None,
    last: date | None = None,
) -> None:
    """Strain (higher is heavier) and well-being (higher is better) at each check-in, over
    the period `first`–`last` (the check-ins' own span when not given)."""
    points = sorted(check_ins, key=lambda c: c.day)
    if not points:
        empty_state(axes, theme, word("title", lang), word("empty", lang))
        return
    first = first or points[0].day - timedelta(days=PAD_DAYS)
    last = last or points[-1].day + timedelta(days=PAD_DAYS)
    frame(
        axes,
        theme,
        word("title", lang),
        left=3 * CHAR + LINE + 0.25,
        right=label_width(["100"]) + 0.2,
        bottom=2 * LINE + 0.15,
    )
    x = [day_number(c.day) for c in points]
    lines = (
        ("strain", [c.strain for c in points], OKABE_ITO["vermillion"], "-", "o"),
        ("wellbeing", [c.wellbeing for c in points], OKABE_ITO["blue"], "--", "s"),
    )
    for key, values, colour, style, marker in lines:
        axes.plot(
            x,
            values,
            color=colour,
            linestyle=style,
            marker=marker,
            markersize=4,
            linewidth=1.6,
            label=word(key, lang),
            gid=key,
        )
        axes.annotate(
            format_number(values[-1], lang),
            (x[-1], values[-1]),
            xytext=(5, 0),
            textcoords="offset points",
            va="center",
            fontsize=SMALL,
            color=theme.text,
            annotation_clip=False,
        )
    axes.set_ylim(0, 100)
    axes.set_yticks([0, 25, 50, 75, 100])
    axes.grid(axis="y", color=theme.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=SMALL)
    axes.set_ylabel(word("axis", lang), fontsize=SMALL)
    date_axis(axes, first, last, lang)
    axes.spines[["top", "right"]].set_visible(False)
    legend(figure(axes), theme, rows=1, ncol=2)


def describe_check_ins(check_ins: Sequence[CheckInPoint], lang: str = "en") -> str:
    """The two lines in sentences: how many check-ins over which days, then where strain
    and well-being went from the first check-in to the latest."""
    points = sorted(check_ins, key=lambda c: c.day)
    if not points:
        return word("empty", lang)
    first, last = long_date(lang, points[0].day), long_date(lang, points[-1].day)
    if len(points) == 1:
        sentences = [word("summary.one", lang).format(first=first)]
    else:
        count = word("summary.count", lang).format(count=len(points))
        sentences = [word("summary", lang).format(count=count, first=first, last=last)]
    for key in ("strain", "wellbeing"):
        values = [getattr(c, key) for c in points]
        went = change(values[0], values[-1], lang) if len(values) > 1 else number(values[0], lang)
        sentences.append(
            word("summary.line", lang).format(line=sentence_case(word(key, lang)), change=went)
        )
    return " ".join(sentences)
