"""One chart of the dashboard in its frame: the canvas, an export button, an optional note.

The chart itself is drawn by a wellbeing.charts plot_* function; the card adds what only
Qt does: its caption, its legend and notes as text under it, the export button, and what a
screen reader says of the chart (its title, and its summary from a describe_* function)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing.charts.layout import (
    figure_text,
    legend_html,
    legend_labels,
    screen_notes,
    set_titled,
)
from wellbeing.charts.palette import Theme
from wellbeing.charts.theme import style_axes, use_theme
from wellbeing.ui.charts.canvas import ChartCanvas

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Plot = Callable[["Figure", Theme], None]


class ChartCard(QFrame):
    export_requested = Signal()
    painted = Signal()
    """The canvas has rendered the figure (matplotlib's draw_event)."""

    def __init__(
        self,
        key: str,
        caption: str,
        height: float,
        parent: QWidget | None = None,
        *,
        schedule: Callable[[ChartCard], None] | None = None,
    ) -> None:
        """`schedule(card)`, when given, is asked to draw the card in its turn (the page
        draws one chart per event-loop pass); without it the card draws at once."""
        super().__init__(parent)
        self.key = key
        self.caption = caption
        self.plot: Plot | None = None
        self.summary = ""
        self._dirty = False
        self._schedule = schedule
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.canvas = ChartCanvas(self, height)
        self.canvas.theme_changed.connect(self.redraw)
        self.canvas.canvas.mpl_connect("draw_event", lambda _event: self.painted.emit())
        self.canvas.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do on it by keys
        self.canvas.setAccessibleName(caption)
        self.export_button = QPushButton(self.tr("Export chart…"))
        self.export_button.setAccessibleName(self.tr("Export {chart}").format(chart=caption))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG or SVG image"))
        self.export_button.clicked.connect(self.export_requested)
        export_action = QAction(self.tr("Export chart as PNG or SVG…"), self.canvas.canvas)
        export_action.triggered.connect(self.export_requested)
        self.canvas.canvas.addAction(export_action)
        self.canvas.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.title = QLabel(caption)
        self.title.setProperty("chartTitle", True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A font, not a style sheet: a widget with its own sheet kept the light theme's
        # text colour after switching to dark (dark grey on dark grey).
        font = self.title.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(11)
        self.title.setFont(font)
        self.legend = QLabel()
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAutoFillBackground(False)
        self.legend.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def draw(self, plot: Plot, summary: str) -> None:
        """Draw now when in sight; a chart out of sight is drawn when it comes into view
        (after a period change only what the user sees is painted). `summary` says what
        it shows in words: a screen reader has it at once, drawn or not."""
        self.plot = plot
        self.summary = summary
        self.canvas.setAccessibleDescription(summary)
        self._dirty = True
        if self.in_view():
            if self._schedule is not None:
                self._schedule(self)
            else:
                self.flush()

    @property
    def pending(self) -> bool:
        """A chart is waiting to be built."""
        return self._dirty and self.plot is not None

    def in_view(self) -> bool:
        return not self.visibleRegion().isEmpty()

    def redraw(self) -> None:
        """The same chart again, in the window's new theme."""
        if self.plot is not None:
            self.draw(self.plot, self.summary)

    def flush(self) -> None:
        """Build the figure if its drawing is pending. As ChartCanvas.draw, but the figure
        is not cleared: the chart's frame reuses its axes (see plotting.frame). It is painted
        at the next event-loop pass, once its legend and notes have found their place."""
        if not self._dirty or self.plot is None:
            return
        self._dirty = False
        theme = self.canvas.theme()
        use_theme(theme)
        figure = self.canvas.figure
        figure.set_facecolor(theme.background)
        self.plot(figure, theme)
        set_titled(figure, False)
        self.title.setText(figure_text(figure, "title") or self.caption)
        self.canvas.setAccessibleName(self.title.text())
        lines = [legend_html(figure, theme.background)] if figure.legends else []
        notes = screen_notes(figure)
        lines += [html.escape(note) for note in notes]
        self.legend.setText("<br>".join(lines))
        self.legend.setVisible(bool(lines))
        labels = legend_labels(figure)  # read without the symbols drawn for each line
        words = [", ".join(labels) + "."] if labels else []
        self.legend.setAccessibleName(" ".join(words + notes))
        for axes in figure.axes:
            style_axes(axes, theme)
        self.canvas.canvas.draw_idle()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._dirty:
            if self._schedule is not None:
                self._schedule(self)
            else:
                QTimer.singleShot(0, self.flush)

    def export(self, path: Path) -> Path:
        """The chart as shown, with its title drawn in (the window shows it as a caption)."""
        self.flush()
        figure = self.canvas.figure
        set_titled(figure, True)
        try:
            return self.canvas.export(path)
        finally:
            set_titled(figure, False)

    def set_note(self, rich_text: str) -> None:
        self.note.setText(rich_text)
        self.note.setVisible(bool(rich_text))
