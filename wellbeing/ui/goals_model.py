"""The goals agreed with a coach, as a thin table model: done, what, by when.

Checking a goal off is the user's act on the journal, so the model does not change its
list itself: it asks (`done_toggled`) and the dialog writes through the store, with undo;
the list then comes back from the store's announcement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from wellbeing.domain.coaching import Goal
from wellbeing.domain.formatting import format_date

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("done", "what", "by_when")
DONE, WHAT, BY_WHEN = range(len(COLUMNS))
GOAL_ROLE = Qt.ItemDataRole.UserRole
"""The Goal behind a row."""


class GoalsModel(QAbstractTableModel):
    done_toggled = Signal(str, bool)
    """(goal id, checked): the user ticked or unticked a goal."""

    def __init__(self, lang: str, today: date | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.lang = lang
        self.today = today or date.today()
        self.goals: list[Goal] = []

    def set_goals(self, goals: Sequence[Goal]) -> None:
        self.beginResetModel()
        self.goals = list(goals)
        self.endResetModel()

    def row_of(self, goal_id: str) -> int | None:
        return next((i for i, g in enumerate(self.goals) if g.id == goal_id), None)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Goals", "Done"),
            QCoreApplication.translate("Goals", "What"),
            QCoreApplication.translate("Goals", "By when"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        found = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            found |= Qt.ItemFlag.ItemIsUserCheckable
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.goals):
            return None
        goal = self.goals[index.row()]
        column = index.column()
        if role == GOAL_ROLE:
            return goal
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if goal.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHAT:
                return goal.action.what
            if column == BY_WHEN:
                return self._when(goal)
        if role == Qt.ItemDataRole.ToolTipRole and column == WHAT:
            return goal.action.what
        if role == Qt.ItemDataRole.AccessibleTextRole and column == DONE:
            return (
                QCoreApplication.translate("Goals", "done")
                if goal.done_at
                else QCoreApplication.translate("Goals", "not done yet")
            )
        return None

    def _when(self, goal: Goal) -> str:
        """The due date in words; a due goal says so plainly, never in alarm."""
        by_when = goal.action.by_when
        if by_when is None:
            return QCoreApplication.translate("Goals", "no date")
        shown = format_date(by_when, self.lang)
        if goal.done_at is None and by_when <= self.today:
            return QCoreApplication.translate("Goals", "{date} (due)").format(date=shown)
        return shown

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != DONE
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self.goals)
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        goal = self.goals[index.row()]
        if checked != (goal.done_at is not None):
            self.done_toggled.emit(goal.id, checked)
        return True
