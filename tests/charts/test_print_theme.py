"""Reports print dark on white whatever the window shows: its theme is matplotlib's default
while the app runs, and must not leak onto paper."""

from __future__ import annotations

from io import BytesIO

import matplotlib
import numpy as np
from matplotlib.image import imread

from wellbeing.charts.palette import DARK, PRINT
from wellbeing.charts.render import chart_png
from wellbeing.charts.theme import use_theme


def test_a_report_chart_prints_on_paper_colours_while_the_window_is_dark() -> None:
    seen: dict[str, str] = {}
    with matplotlib.rc_context():
        use_theme(DARK)  # what the window's canvas leaves behind

        def draw(axes) -> None:  # type: ignore[no-untyped-def]
            axes.plot([0, 1, 2], [1, 3, 2])
            seen["label"] = axes.text(0.5, 0.5, "note").get_color()
            seen["tick"] = axes.yaxis.get_major_ticks()[0].label1.get_color()

        png = chart_png(draw)
        assert matplotlib.rcParams["text.color"] == DARK.text  # the window's, untouched
    assert seen == {"label": PRINT.text, "tick": PRINT.text}
    pixels = imread(BytesIO(png))
    assert np.allclose(pixels[2, 2, :3], 1.0)  # white paper
