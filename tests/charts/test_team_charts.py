"""The team lead's charts on a bare Figure: every shown point has its interval, a period too
uncertain to say anything is left out and marked, a year of weeks stays legible, French."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure

from wellbeing.analysis.privacy import Estimate
from wellbeing.analysis.team import PeriodFigures, QuestionFigures
from wellbeing.charts.layout import figure_text
from wellbeing.charts.team import (
    plot_team_exhaustion,
    plot_team_irritants,
    plot_team_signals,
)
from wellbeing.domain.contribution import IRRITANT_CATEGORIES, QUESTIONS

PEOPLE = 10.0
SURE = 0.5
"""A spread (in people) that gives a narrow interval."""
UNSURE = 5.0
"""A spread whose 90 % interval covers the whole group: the figure says nothing."""


def period(
    key: str,
    counts: dict[tuple[str, str], float] | None = None,
    uncertain: frozenset[str] = frozenset(),
    irritants: dict[str, float] | None = None,
    weeks: int = 1,
) -> PeriodFigures:
    """Figures of ten contributors: `counts` people gave (question, category)."""
    counts = counts or {}
    questions = {}
    for question in QUESTIONS:
        spread = UNSURE if question.key in uncertain else SURE
        estimates = {
            c: Estimate(counts.get((question.key, c), 1.0), spread, PEOPLE) for c in question.keys
        }
        questions[question.key] = QuestionFigures(question.key, estimates)
    spread = UNSURE if "irritants" in uncertain else SURE
    met = irritants or {}
    figures = {c.key: Estimate(met.get(c.key, 1.0), spread, PEOPLE) for c in IRRITANT_CATEGORIES}
    return PeriodFigures(key, PEOPLE, int(PEOPLE) * weeks, weeks, questions, figures)


def weeks(count: int, uncertain_at: dict[int, frozenset[str]] | None = None) -> list[PeriodFigures]:
    marks = uncertain_at or {}
    return [
        period(
            f"2026-W{n + 1:02d}",
            {("exhaustion", "red"): n % 5, ("exhaustion", "amber"): 3},
            marks.get(n, frozenset()),
        )
        for n in range(count)
    ]


def by_gid(figure: Figure, gid: str) -> list:
    return [a for a in figure.findobj() if a.get_gid() == gid]


def line(figure: Figure, gid: str) -> np.ndarray:
    (found,) = by_gid(figure, gid)
    return np.asarray(found.get_ydata(), dtype=float)


def intervals(figure: Figure, gid: str) -> list[np.ndarray]:
    (found,) = [a for a in by_gid(figure, gid) if isinstance(a, LineCollection)]
    return [np.asarray(segment) for segment in found.get_segments()]


def test_exhaustion_has_an_interval_on_every_point_and_leaves_an_uncertain_week_out():
    figure = Figure(figsize=(7, 3.2))
    plot_team_exhaustion(figure.add_subplot(), weeks(6, {2: frozenset({"exhaustion"})}))
    red = line(figure, "share:exhaustion:red")
    assert np.isnan(red[2])
    assert list(np.delete(red, 2)) == pytest.approx([0, 10, 30, 40, 0])
    segments = intervals(figure, "interval:exhaustion:red")
    assert len(segments) == 5  # one per drawn week, none for the uncertain one
    for segment, value in zip(segments, np.delete(red, 2), strict=True):
        low, high = sorted(segment[:, 1])
        assert low <= value <= high and high - low > 5
    assert len(intervals(figure, "interval:exhaustion:amber")) == 5
    (gap,) = by_gid(figure, "uncertain")
    assert gap.get_hatch() and gap.get_label() == "too uncertain: not drawn"
    assert figure.axes[0].get_ylim() == (0, 100)
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["in the red", "amber", "too uncertain: not drawn"]


def test_the_series_differ_by_marker_and_line_style_not_by_colour_alone():
    figure = Figure(figsize=(7, 3.2))
    plot_team_signals(figure.add_subplot(), weeks(4))
    lines = [a for a in figure.axes[0].lines if str(a.get_gid()).startswith("share:")]
    assert len(lines) == 3
    assert len({(x.get_marker(), x.get_linestyle()) for x in lines}) == 3


def test_signals_leave_out_only_the_question_that_is_uncertain():
    figure = Figure(figsize=(7, 3.2))
    plot_team_signals(figure.add_subplot(), weeks(5, {1: frozenset({"cycle"})}))
    assert np.isnan(line(figure, "share:cycle:turning")[1])
    assert not np.isnan(line(figure, "share:check_in:red")).any()
    assert not np.isnan(line(figure, "share:out_of_hours:3+")).any()
    assert len(intervals(figure, "interval:cycle:turning")) == 4
    assert len(intervals(figure, "interval:check_in:red")) == 5
    assert len(intervals(figure, "interval:out_of_hours:3+")) == 5
    assert len(by_gid(figure, "uncertain")) == 1


def tick_boxes(figure: Figure) -> list:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_visible() and t.get_text()]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in labels]


@pytest.mark.parametrize("width", [4.0, 7.0, 11.0])
def test_a_year_of_weeks_has_tick_labels_that_never_overlap_nor_leave_the_figure(width: float):
    figure = Figure(figsize=(width, 3.2), dpi=100)
    plot_team_exhaustion(figure.add_subplot(), weeks(52))
    boxes = tick_boxes(figure)
    assert len(boxes) >= 3
    assert boxes[-1][0] == "2026-W52"  # the latest week is always labelled
    for (_, left), (_, right) in itertools.pairwise(boxes):
        assert left.x1 < right.x0
    assert boxes[0][1].x0 >= 0 and boxes[-1][1].x1 <= width * figure.dpi


def test_french_words_and_percentages():
    figure = Figure(figsize=(7, 3.2))
    months = [
        period("2026-01", {("exhaustion", "red"): 5}, weeks=4),
        period("2026-02", weeks=4),
    ]
    plot_team_exhaustion(figure.add_subplot(), months, "fr")
    assert figure_text(figure, "title") == "L'épuisement dans l'équipe"
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["dans le rouge", "à l'orange"]
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    assert "50\u202f%" in [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert "en moyenne par semaine" in figure.axes[0].get_xlabel()


def test_nothing_to_show_is_said_in_words():
    figure = Figure()
    plot_team_exhaustion(figure.add_subplot(), [], "fr")
    assert figure_text(figure, "empty") == "Aucune période ne peut encore être montrée."
    assert not any(a.get_visible() for a in figure.axes)
    everything = Figure()
    plot_team_exhaustion(
        everything.add_subplot(), weeks(3, dict.fromkeys(range(3), frozenset({"exhaustion"})))
    )
    assert "too uncertain" in (figure_text(everything, "empty") or "")


def test_irritants_are_bars_most_frequent_first_each_with_its_interval():
    figure = Figure(figsize=(7, 3.2))
    data = period("2026-W10", irritants={"process": 6, "reach": 2, "automation": 4})
    plot_team_irritants(figure.add_subplot(), data)
    axes = figure.axes[0]
    names = [t.get_text().replace("\n", " ") for t in axes.get_yticklabels()]
    assert names[:3] == [
        "complicated processes and hand-offs",
        "scripts and chatbots",
        "being hard to reach",
    ]
    widths = sorted((p.get_y(), p.get_width()) for p in axes.patches)
    assert [w for _, w in widths][::-1][:3] == pytest.approx([60, 40, 20])
    assert len(intervals(figure, "irritants:interval")) == 5
    values = [t.get_text() for t in axes.texts if t.get_gid() == "irritants:value"]
    assert values[0].startswith("60%")
    assert figure_text(figure, "title") == "What our service could fix first"


def test_uncertain_irritants_say_so_with_the_number_of_people():
    data = period("2026-W10", uncertain=frozenset({"irritants"}))
    for lang, expected in [
        ("en", "Too uncertain to say anything with 10 people."),
        ("fr", "Trop incertain pour en dire quoi que ce soit avec 10 personnes."),
    ]:
        figure = Figure()
        plot_team_irritants(figure.add_subplot(), data, lang)
        assert figure_text(figure, "empty") == expected
        assert not any(a.get_visible() for a in figure.axes)


def test_a_legend_item_never_breaks_inside_its_words_on_screen():
    from matplotlib.figure import Figure

    from wellbeing.charts.layout import legend_html

    figure = Figure()
    axes = figure.add_subplot()
    axes.plot([0, 1], label="sollicités hors horaires 3+ fois")
    axes.plot([1, 0], label="dans le rouge")
    figure.legend()

    html = legend_html(figure, "#ffffff")

    items = html.split(" &nbsp;&nbsp; ")  # items may still wrap between each other
    assert len(items) == 2
    assert all(i.startswith('<span style="white-space:nowrap">') for i in items)
    assert "sollicités hors horaires 3+ fois</span>" in items[0]
