"""The window's one chart widget: a matplotlib Figure in a Qt widget, themed like the
window, exportable; wellbeing.charts' plot_* functions draw in it.

matplotlib (about 0.3 s to import) loads when the first chart is built, never at start-up
(or once the window is up: see lazy_page.warm_up).
A screen reader meets each chart as one object of the Chart role: its title as its name,
its text summary (wellbeing.charts' describe_* functions) as its description.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from wellbeing.charts.palette import Theme
from wellbeing.charts.theme import style_axes, use_theme
from wellbeing.ui import pass_budget
from wellbeing.ui.theme import chart_theme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EXPORT_FORMATS = ("png", "svg", "pdf")


def load_matplotlib() -> None:
    """Import matplotlib and its Qt canvas, set up for the window (idempotent; the lazy
    pages' warm-up calls it once the window is up so that the first chart does not wait for it)."""
    import matplotlib

    matplotlib.use("QtAgg", force=False)
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text in SVG exports
    matplotlib.rcParams["pdf.fonttype"] = 42
    import matplotlib.backends.backend_qtagg
    import matplotlib.figure


class ChartAccessible(QAccessibleWidget):
    """A chart read as one thing: the figure widget inside it is pixels, with nothing more
    to say than the chart's name and summary, so it is left out of the tree. (Qt's stubs
    type child() as never None; Qt itself returns null, as here.)"""

    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None


def _chart_accessible(key: str, target: QObject) -> QAccessibleInterface | None:
    if key == "ChartCanvas" and isinstance(target, ChartCanvas):
        return ChartAccessible(target, QAccessible.Role.Chart)
    return None


@cache
def _install_accessible_factory() -> None:
    """Once per process: Qt asks the factory for every object a screen reader looks at."""
    QAccessible.installFactory(_chart_accessible)


@cache
def _canvas_in_turn() -> type:
    """matplotlib's Qt canvas, whose deferred drawing (draw_idle: 20 to 90 ms a chart)
    waits for an event-loop pass with room in the background steps' budget, as the
    window's other background steps do (pass_budget), instead of adding to them."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class CanvasInTurn(FigureCanvasQTAgg):
        _draw_due = False

        def draw_idle(self) -> None:
            if not self._draw_due and isValid(self):  # a closed page's chart: nothing
                self._draw_due = True
                QTimer.singleShot(0, self._draw_in_turn)

        def _draw_in_turn(self) -> None:
            if not self._draw_due or not isValid(self):
                return
            if not pass_budget.may_run():
                QTimer.singleShot(0, self._draw_in_turn)
                return
            self._draw_due = False
            if self.width() > 0 and self.height() > 0:
                self.draw()

    return CanvasInTurn


class ChartCanvas(QWidget):
    """Holds one Figure; `draw(plot)` clears it, lets `plot(figure, theme)` fill it, repaints.

    When the window's theme changes, a chart drawn by `draw` is drawn again in it; a chart
    drawn another way (a dashboard card) hears `theme_changed` and redraws itself."""

    theme_changed = Signal()

    def __init__(self, parent: QWidget | None = None, height: float = 3.0) -> None:
        _install_accessible_factory()
        super().__init__(parent)
        self._plot: Callable[[Figure, Theme], None] | None = None
        self._theme = self.theme()
        load_matplotlib()
        from matplotlib.figure import Figure

        # In the window's colours from the start: a chart waiting its turn to be drawn is
        # an empty panel, not a white one (the dashboard draws one chart per pass).
        self.figure: Figure = Figure(
            figsize=(6.0, height), layout="constrained", facecolor=self._theme.background
        )
        self.canvas = _canvas_in_turn()(self.figure)
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

    def describe(self, name: str, summary: str) -> None:
        """What a screen reader says of the chart: its title, then what it shows in words."""
        self.setAccessibleName(name)
        self.setAccessibleDescription(summary)

    def draw(self, plot: Callable[[Figure, Theme], None], summary: str | None = None) -> None:
        """Draw `plot`; `summary` says in words what it shows (kept when None)."""
        if summary is not None:
            self.setAccessibleDescription(summary)
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
