"""The window's one chart widget: a matplotlib Figure in a Qt widget, themed like the
window, exportable; wellbeing.charts' plot_* functions draw in it.

matplotlib (about 0.3 s to import) loads when the first chart is built, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from wellbeing.charts.palette import Theme
from wellbeing.charts.theme import style_axes, use_theme
from wellbeing.ui.theme import chart_theme

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
    """Holds one Figure; `draw(plot)` clears it, lets `plot(figure, theme)` fill it, repaints.

    When the window's theme changes, a chart drawn by `draw` is drawn again in it; a chart
    drawn another way (a dashboard card) hears `theme_changed` and redraws itself."""

    theme_changed = Signal()

    def __init__(self, parent: QWidget | None = None, height: float = 3.0) -> None:
        super().__init__(parent)
        self._plot: Callable[[Figure, Theme], None] | None = None
        self._theme = self.theme()
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
        return chart_theme(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.theme() != self._theme:
            self._theme = self.theme()
            if self._plot is not None:
                self.draw(self._plot)
            self.theme_changed.emit()

    def draw(self, plot: Callable[[Figure, Theme], None]) -> None:
        self._plot = plot
        theme = self._theme = self.theme()
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
