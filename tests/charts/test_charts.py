"""The charts drawn on a bare matplotlib Figure (Agg, no Qt): what each plot_* puts on the
axes, and that a process which never imports PySide6 draws every chart of the demo."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import numpy as np
from matplotlib.figure import Figure

from wellbeing.analysis.grids import ClientLoads, HourGrid
from wellbeing.analysis.monthly import monthly_impact
from wellbeing.charts.clients import plot_clients
from wellbeing.charts.hours import plot_hours
from wellbeing.charts.irritants import plot_irritants
from wellbeing.charts.layout import figure_text
from wellbeing.charts.monthly import month_labels, plot_monthly
from wellbeing.domain.model import Encounter, EncounterKind


def bars_of(figure: Figure) -> tuple[list[str], list[float]]:
    axes = figure.axes[0]
    names = [t.get_text() for t in axes.get_yticklabels()]
    return names, [p.get_width() for p in axes.patches]


def test_clients_are_bars_with_their_load_and_count_in_french():
    figure = Figure()
    loads = ClientLoads(
        ("a", "b"), ("Acme", "Birch"), np.array([14.0, 5.0]), np.array([2, 1]), 3, 4.0
    )
    plot_clients(figure.add_subplot(), loads, "fr")
    names, widths = bars_of(figure)
    assert names == ["Acme", "Birch", "3 autres clients"]
    assert widths == [14.0, 5.0, 4.0]
    assert [t.get_text() for t in figure.axes[0].texts] == ["14 (2)", "5 (1)", "4"]
    assert figure_text(figure, "title") == "Charge émotionnelle par client"


def test_irritants_title_gives_the_share_and_an_empty_period_says_so():
    figure = Figure()
    mirrored = SimpleNamespace(difficult=6, share=4 / 6, counts={"delay": 3})
    plot_irritants(figure.add_subplot(), mirrored, "en")
    assert figure_text(figure, "title") == "Irritants on our side: in 67% of difficult encounters"
    assert bars_of(figure)[1] == [3.0]
    empty = Figure()
    plot_irritants(
        empty.add_subplot(), SimpleNamespace(difficult=0, share=float("nan"), counts={}), "en"
    )
    assert figure_text(empty, "empty") == "No difficult encounter in this period."
    assert not any(a.get_visible() for a in empty.axes)


def test_hours_grid_is_a_mesh_with_a_colour_scale():
    counts = np.zeros((7, 24), dtype=np.int64)
    counts[0, 9] = 2
    figure = Figure()
    plot_hours(figure.add_subplot(), HourGrid(counts, (None,) * 7), "en")
    mesh = next(a for a in figure.findobj() if a.get_gid() == "hours")
    assert np.asarray(mesh.get_array()).reshape(7, 24)[0, 9] == 2
    assert len(figure.axes) == 2  # the chart and its colour scale


def test_monthly_impact_draws_bars_diamonds_and_month_names():
    when = datetime(2026, 2, 10, 10)
    encounters = [
        Encounter(
            client_id="c",
            occurred_at=when,
            impact=6,
            kind=EncounterKind.DIFFICULT,
            violations=("scope",),
        ),
        Encounter(
            client_id="c", occurred_at=when.replace(month=3), impact=2, kind=EncounterKind.DIFFICULT
        ),
    ]
    data = monthly_impact(encounters, date(2026, 3, 20))
    figure = Figure()
    plot_monthly(figure.add_subplot(), data, "fr")
    bars, markers = figure.axes
    assert [p.get_height() for p in bars.patches] == [6, 2]
    assert list(markers.lines[0].get_ydata()) == [1]
    assert [t.get_text() for t in bars.get_xticklabels()] == ["Févr.\n2026", "Mars"]
    assert month_labels(((2025, 9),), "en") == ["Sep\n2025"]


DRAW_THE_DEMO = """
import sys
from datetime import date, datetime, time
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure

from wellbeing.analysis.cycle import confidence_cycle
from wellbeing.analysis.exhaustion import exhaustion_series
from wellbeing.analysis.facts import day_number
from wellbeing.analysis.grids import calendar_grid, client_loads, emotion_counts, hour_grid
from wellbeing.analysis.mirror import mirror
from wellbeing.analysis.monthly import monthly_impact
from wellbeing.analysis.red_flags import flagged_days
from wellbeing.charts import calendar, clients, cycle, emotions, hours, irritants, monthly, timeline
from wellbeing.services import insights
from wellbeing.services.demo import write_demo_journal
from wellbeing.store import journal, open_journal

end = date(2026, 3, 20)
first = date(2025, 12, 20)
db = open_journal(":memory:")
write_demo_journal(db, end=end)
data = insights.load(db)
facts = data.facts
inside = (facts.day >= day_number(first)) & (facts.day <= day_number(end))
period = facts.take(inside)
series = exhaustion_series(facts, data.check_ins, first, end)
flagged = flagged_days(facts, data.check_ins, first, end)
names = {c.id: c.name for c in data.clients}
client = data.clients[0]
mine = [e for e in journal.list_encounters(db) if e.client_id == client.id]
draws = {
    "timeline": lambda ax, lang: timeline.plot_timeline(ax, series, flagged, first, end, lang),
    "calendar": lambda ax, lang: calendar.plot_calendar(
        ax, calendar_grid(series, first, end), lang
    ),
    "hours": lambda ax, lang: hours.plot_hours(ax, hour_grid(period, [None] * 7), lang),
    "emotions": lambda ax, lang: emotions.plot_emotions(ax, emotion_counts(period), lang),
    "cycle": lambda ax, lang: cycle.plot_cycle(ax, confidence_cycle(facts, end, 8), lang),
    "irritants": lambda ax, lang: irritants.plot_irritants(ax, mirror(facts, first, end), lang),
    "clients": lambda ax, lang: clients.plot_clients(
        ax, client_loads(period, facts.load[inside], names), lang
    ),
    "monthly": lambda ax, lang: monthly.plot_monthly(ax, monthly_impact(mine, end), lang),
}
out = Path(sys.argv[1])
for name, draw in draws.items():
    for lang in ("en", "fr"):
        figure = Figure(figsize=(6, 3))
        draw(figure.add_subplot(), lang)
        figure.savefig(out / f"{name}_{lang}.png", dpi=60)
assert "PySide6" not in sys.modules, "a chart imported Qt"
print(len(list(out.glob("*.png"))))
"""


def test_every_chart_of_the_demo_draws_in_a_process_without_qt(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", DRAW_THE_DEMO, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "16"
