"""Presentation mode for a live session: full screen, large type, one chart at a time.

The coach turns the screen towards the coachee: nothing but the chart, its title and where
we are. Left and Right move, Escape leaves. Sections the employee left out are skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing.sharing.session_content import SessionContent
from wellbeing.ui.coach_charts import CHARTS, chart_caption, chart_plot, chart_summary, has_chart
from wellbeing.ui.coach_models import period_text
from wellbeing.ui.dashboard.card import ChartCard

LARGE = 2.0
"""How much larger than on the window's cards: read from across a table."""


def sized(widget: QWidget, points: float, bold: bool = False) -> None:
    """Larger text for the room, by font: a style sheet would freeze the theme's colours."""
    font = widget.font()
    font.setPointSizeF(points)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)


class CoachPresentation(QWidget):
    """A window of its own, full screen; `closed` when the coach leaves it."""

    closed = Signal()

    def __init__(self, content: SessionContent, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("coach_presentation")
        self.setWindowTitle(self.tr("Presentation"))
        self.lang = lang
        self.content = content
        self.keys = [key for key, _section in CHARTS if has_chart(content, key)]
        self.position = 0
        self.card = ChartCard("presentation", "", 4.0, self)
        self.card.export_button.hide()
        self.card.setFrameShape(ChartCard.Shape.NoFrame)
        sized(self.card, 18)
        sized(self.card.title, 26, bold=True)
        self._enlarge()
        self.period = QLabel(period_text(content.first, content.last, lang))
        self.period.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sized(self.period, 16)
        self.where = QLabel()
        self.where.setObjectName("presentation_where")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sized(self.where, 14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.period)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.where)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.show_chart(0)

    def _enlarge(self) -> None:
        """Large type inside the chart: the figure drawn at a higher resolution, so that
        its text (sized in points) takes more of the screen."""
        figure = self.card.canvas.figure
        dpi = figure.dpi * LARGE
        figure._original_dpi = dpi  # type: ignore[attr-defined]  # kept on a DPR change
        ratio = self.card.canvas.canvas.device_pixel_ratio
        figure.set_dpi(dpi * ratio)

    @property
    def current(self) -> str | None:
        return self.keys[self.position] if self.keys else None

    def show_chart(self, position: int) -> None:
        if not self.keys:
            key = CHARTS[0][0]
            self.card.draw(chart_plot(None, key, self.lang), chart_summary(None, key, self.lang))
            self.where.setText(self.tr("This pack holds no chart. Escape to leave."))
            return
        self.position = max(0, min(position, len(self.keys) - 1))
        key = self.keys[self.position]
        self.card.caption = chart_caption(key, self.lang)
        self.card.draw(
            chart_plot(self.content, key, self.lang), chart_summary(self.content, key, self.lang)
        )
        self.card.flush()
        self.where.setText(
            self.tr("{n} of {total} · ← → to move · Esc to leave").format(
                n=self.position + 1, total=len(self.keys)
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.show_chart(self.position + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.show_chart(self.position - 1)
        elif key == Qt.Key.Key_Home:
            self.show_chart(0)
        elif key == Qt.Key.Key_End:
            self.show_chart(len(self.keys) - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
