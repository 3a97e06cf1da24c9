"""The check-ins chart: two lines told apart without colour, French labels, an empty state,
and a plain Figure is enough (the report draws it without Qt)."""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

from wellbeing.charts.check_ins import plot_check_ins
from wellbeing.charts.layout import figure_text
from wellbeing.charts.palette import LIGHT
from wellbeing.sharing.session_content import CheckInPart

POINTS = (
    CheckInPart(date(2026, 3, 6), 25.0, 80.0),
    CheckInPart(date(2026, 2, 20), 40.0, 60.0),
    CheckInPart(date(2026, 2, 27), 33.3, 72.0),
)


def drawn(points: tuple[CheckInPart, ...], lang: str = "en") -> Figure:
    figure = Figure(figsize=(7, 3))
    plot_check_ins(figure.add_subplot(), points, lang, LIGHT)
    figure.canvas.draw()  # the layout engine runs on a plain Figure too
    return figure


def test_strain_and_wellbeing_are_lines_in_date_order_told_apart_without_colour():
    figure = drawn(POINTS)
    axes = figure.axes[0]
    lines = {line.get_gid(): line for line in axes.lines}
    strain, wellbeing = lines["strain"], lines["wellbeing"]
    assert list(strain.get_ydata()) == [40.0, 33.3, 25.0]
    assert list(wellbeing.get_ydata()) == [60.0, 72.0, 80.0]
    assert strain.get_linestyle() != wellbeing.get_linestyle()
    assert strain.get_marker() != wellbeing.get_marker()
    assert axes.get_ylim() == (0, 100)
    assert [t.get_text() for t in axes.texts] == ["25", "80"]  # the latest values, written
    assert figure_text(figure, "title") == "Check-ins: strain and well-being"
    assert [t.get_text() for t in figure.legends[0].get_texts()] == [
        "client-related strain",
        "well-being",
    ]


def test_french_labels():
    figure = drawn((CheckInPart(date(2026, 1, 9), 37.6, 64.4),), "fr")
    assert figure_text(figure, "title") == "Bilans : tension et bien-être"
    assert [t.get_text() for t in figure.axes[0].texts] == ["38", "64"]
    months = " ".join(t.get_text() for t in figure.axes[0].get_xticklabels())
    assert "janv" in months


def test_no_check_in_says_so():
    figure = drawn(())
    assert figure_text(figure, "empty") == "No check-in in this period."
