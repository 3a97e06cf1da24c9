"""The window's one chart widget: a matplotlib Figure in a Qt widget, themed like the
window, exportable; wellbeing.charts' plot_* functions draw in it.

matplotlib (about 0.3 s to import) loads when the first chart is built, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from wellbeing.charts.palette import Theme, theme_for
from wellbeing.charts.theme import style_axes, use_theme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EXPORT_FORMATS = ("png", "svg", "pdf")


def _matplotlib_ready() -> None:
    import matplotlib

    matplotlib.use("QtAgg", force=False)
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text in SVG exports
    matplotlib.rcParams["pdf.fonttype"] = 42


class ChartCanvas(QWidget):
    """Holds one Figure; `draw(plot)` clears it, lets `plot(figure, theme)` fill it, repaints."""

    def __init__(self, parent: QWidget | None = None, height: float = 3.0) -> None:
        super().__init__(parent)
        _matplotlib_ready()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure: Figure = Figure(figsize=(6.0, height), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(int(height * 72))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def theme(self) -> Theme:
        palette = self.palette()
        return theme_for(
            palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name(),
        )

    def draw(self, plot: Callable[[Figure, Theme], None]) -> None:
        theme = self.theme()
        use_theme(theme)
        self.figure.clear()
        self.figure.set_facecolor(theme.background)
        plot(self.figure, theme)
        for axes in self.figure.axes:
            style_axes(axes, theme)
        self.canvas.draw_idle()

    def axes(self) -> list[Axes]:
        return list(self.figure.axes)

    def export(self, path: str | Path) -> Path:
        """PNG, SVG or PDF by the file's suffix; the chart as shown, at print resolution."""
        path = Path(path)
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in EXPORT_FORMATS:
            raise ValueError(f"Charts export to {', '.join(EXPORT_FORMATS)}, not {suffix!r}.")
        self.figure.savefig(path, format=suffix, dpi=150, facecolor=self.figure.get_facecolor())
        return path
