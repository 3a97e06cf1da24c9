"""The Timeline tab of a client's panel: the impact per month (drawn by
wellbeing.charts.monthly when the tab first shows: matplotlib loads only then), the advice
history the panel hands in, and the table of encounters."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wellbeing.analysis.monthly import MonthlyImpact, monthly_impact
from wellbeing.domain.model import ClientEvent, Encounter
from wellbeing.ui.client_timeline_model import TIMELINE_COLUMNS, TimelineModel
from wellbeing.ui.journal_model import ID_ROLE
from wellbeing.ui.widgets.labels import hint, section
from wellbeing.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from wellbeing.ui.charts.canvas import ChartCanvas


class TimelineTab(QWidget):
    """The chart is built the first time this tab shows: matplotlib loads only then."""

    open_encounter = Signal(str)

    def __init__(self, lang: str, steps: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.chart: ChartCanvas | None = None
        self.monthly = MonthlyImpact((), (), ())
        self._chart_dirty = True
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.timeout.connect(self._draw_if_shown)
        self.model = TimelineModel(lang, self)
        self.chart_title = section(self.tr("Impact per month"))
        # The chart's place, made now so that a screen reader meets the chart where it is
        # shown, under its title (children are read in the order they were added).
        self.chart_box = QWidget()
        self.chart_holder = QVBoxLayout(self.chart_box)
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        self.table = list_table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Encounters and crossed limits"))
        header = self.table.horizontalHeader()
        for column, width in zip(TIMELINE_COLUMNS, (120, 90, 50, 175), strict=False):
            header.resizeSection(TIMELINE_COLUMNS.index(column), width)
        self.table.activated.connect(self._open)  # Enter, and double-click too
        self.empty_hint = hint(self.tr("No encounters with this client yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart_box)
        layout.addWidget(steps)
        layout.addWidget(section(self.tr("Encounters and crossed limits, newest first")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    def show_encounters(
        self, encounters: list[Encounter], today: date, events: Iterable[ClientEvent] = ()
    ) -> None:
        self.model.reset(encounters)
        self.empty_hint.setVisible(not encounters)
        self.monthly = monthly_impact(encounters, today, events)
        self._chart_dirty = True
        if self.isVisible():
            self._chart_timer.start(0)  # one drawing for a burst of changes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_dirty:
            self._chart_timer.start(0)

    def _draw_if_shown(self) -> None:
        if self._chart_dirty and self.isVisible():
            self.draw_chart()

    def draw_chart(self) -> None:
        if self.chart is None:
            from wellbeing.ui.charts.canvas import ChartCanvas

            self.chart = ChartCanvas(self.chart_box, height=2.6)
            self.chart.setAccessibleName(self.tr("Impact per month"))
            self.chart_holder.addWidget(self.chart)
        from wellbeing.charts.monthly import describe_monthly, plot_monthly

        data, lang = self.monthly, self.lang
        self.chart.draw(
            lambda figure, theme: plot_monthly(figure.add_subplot(), data, lang, theme),
            describe_monthly(data, lang),
        )
        self._chart_dirty = False

    def _open(self, index: QModelIndex) -> None:
        encounter_id = index.data(ID_ROLE)
        if encounter_id:
            self.open_encounter.emit(encounter_id)
