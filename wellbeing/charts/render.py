"""Charts as PNG bytes, for reports made without Qt: a plain Figure (no pyplot) on Agg.

The reports (wellbeing.sharing) draw through here so that matplotlib stays inside the
charts layer; `Axes` is re-exported for their type hints.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.charts.palette import PRINT, Theme

if TYPE_CHECKING:
    from matplotlib.axes import Axes as Axes

CHART_INCHES = (7.0, 3.1)
CHART_DPI = 150


def chart_png(
    draw: Callable[[Axes], None],
    size: tuple[float, float] = CHART_INCHES,
    dpi: int = CHART_DPI,
    theme: Theme | None = None,
) -> bytes:
    """One chart drawn on a plain Figure into PNG bytes; with a theme, every axes is styled
    as the window styles its own. A PNG holds no timestamp: same chart, same bytes.

    Always on paper's colours: the window's theme (dark, high contrast) is matplotlib's
    default while the app runs, so the print theme's defaults are set around the drawing."""
    import matplotlib
    from matplotlib.figure import Figure

    from wellbeing.charts.theme import style_axes, theme_rc

    with matplotlib.rc_context(theme_rc(theme or PRINT)):
        figure = Figure(figsize=size, dpi=dpi)
        figure.set_facecolor("white")
        draw(figure.add_subplot())
        if theme is not None:
            for shown in figure.axes:
                style_axes(shown, theme)
        buffer = BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def font_files() -> tuple[Path, Path]:
    """matplotlib's own DejaVu Sans, regular and bold: accents and arrows print without a
    system font, in charts and report text alike."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
