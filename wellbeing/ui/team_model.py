"""The team window's lists as thin item models: the periods of a team view, and the files
the strict reader refused.

A year of weeks, or a company's folder of refused files, can grow long: model/view, never
rows of widgets. A withheld period says so and nothing else, not even how many files it
holds (that count, below the minimum, is exactly what must stay hidden).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from wellbeing.analysis.team import Withholding
from wellbeing.domain.formatting import format_number
from wellbeing.services.team import MonthView, WeekView
from wellbeing.sharing.team_folder import Rejected
from wellbeing.ui.periods import month_label, week_label

Index = QModelIndex | QPersistentModelIndex
Period = WeekView | MonthView

PERIOD_COLUMNS = ("period", "contributors", "status")
REJECTED_COLUMNS = ("file", "reason")
VIEW_ROLE = Qt.ItemDataRole.UserRole
"""The WeekView or MonthView behind a row."""


def period_name(period: Period, lang: str) -> str:
    if isinstance(period, WeekView):
        return week_label(period.week, lang)
    return month_label(period.key, lang)


def contributors_text(period: Period, lang: str) -> str:
    """Who the shown figures cover; a withheld period gives no count at all."""
    if period.figures is None:
        return QCoreApplication.translate("TeamModel", "withheld")
    return format_number(period.figures.contributors, lang, 1, trim=True)


def status_text(period: Period, minimum: int) -> str:
    """One short status; the detail pane says it in full."""
    if isinstance(period, MonthView):
        total = period.weeks_shown + period.weeks_left_out
        if period.figures is None:
            return QCoreApplication.translate("TeamModel", "no week could be shown")
        if period.weeks_left_out:
            return QCoreApplication.translate("TeamModel", "{shown} of {total} weeks").format(
                shown=period.weeks_shown, total=total
            )
        return QCoreApplication.translate("TeamModel", "{shown} weeks").format(
            shown=period.weeks_shown
        )
    disclosure = period.disclosure
    if disclosure.withheld == Withholding.TOO_CLOSE:
        return QCoreApplication.translate("TeamModel", "too close to a view shown")
    if disclosure.withheld is not None:
        return QCoreApplication.translate("TeamModel", "fewer than {minimum}").format(
            minimum=minimum
        )
    if disclosure.held_back:
        return QCoreApplication.translate("TeamModel", "shown; {count} held back").format(
            count=disclosure.held_back
        )
    return QCoreApplication.translate("TeamModel", "shown")


class PeriodsModel(QAbstractTableModel):
    """The periods of one view (weeks or months), newest first."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.periods: list[Period] = []
        self.minimum = 5

    def set_periods(self, periods: Sequence[Period], minimum: int) -> None:
        self.beginResetModel()
        self.periods = list(reversed(periods))
        self.minimum = minimum
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TeamModel", "Period"),
            QCoreApplication.translate("TeamModel", "People"),
            QCoreApplication.translate("TeamModel", "Status"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PERIOD_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.periods):
            return None
        period = self.periods[index.row()]
        column = PERIOD_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "period":
                return period_name(period, self.lang)
            if column == "contributors":
                return contributors_text(period, self.lang)
            return status_text(period, self.minimum)
        if role == Qt.ItemDataRole.ToolTipRole and column == "contributors":
            if isinstance(period, MonthView) and period.figures is not None:
                return QCoreApplication.translate(
                    "TeamModel", "People who contributed on an average week of the month."
                )
            if period.figures is None:
                return QCoreApplication.translate(
                    "TeamModel", "Nothing is shown for this period, not even how many contributed."
                )
            return QCoreApplication.translate(
                "TeamModel", "People whose contributions the figures cover."
            )
        if role == Qt.ItemDataRole.ForegroundRole and period.figures is None:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "contributors":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == VIEW_ROLE:
            return period
        return None

    def row_of(self, period_key: str) -> int | None:
        for row, period in enumerate(self.periods):
            if key_of(period) == period_key:
                return row
        return None


def key_of(period: Period) -> str:
    return str(period.week) if isinstance(period, WeekView) else period.key


class RejectedModel(QAbstractTableModel):
    """Each refused file with the reader's reason; none of them is ever counted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rejected: list[Rejected] = []

    def set_rejected(self, rejected: Sequence[Rejected]) -> None:
        self.beginResetModel()
        self.rejected = list(rejected)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rejected)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(REJECTED_COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("TeamModel", "File"),
                QCoreApplication.translate("TeamModel", "Why it was not counted"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rejected):
            return None
        item = self.rejected[index.row()]
        text = item.file if REJECTED_COLUMNS[index.column()] == "file" else item.reason
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        return None
