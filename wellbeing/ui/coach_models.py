"""Item models of the coach window: coachees, one coachee's packs, notes and actions.

Thin adapters over lists of plain objects (the window hands them new lists after each
change); the coachee's label is the only thing edited in place (F2), through a callback
so that the model never writes to the workspace itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from wellbeing.domain.coaching import AgreedAction
from wellbeing.domain.formatting import format_date, format_datetime, month_abbr
from wellbeing.sharing.session_content import SessionContent
from wellbeing.store.coach import SessionNote
from wellbeing.ui.coach_workspace import CoacheeRow

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's object itself (CoacheeRow, SessionContent, SessionNote, AgreedAction)."""

T = TypeVar("T")


def period_text(first: date, last: date, lang: str) -> str:
    """'2026-09-01 – 2026-10-31' ('01/09/2026 – 31/10/2026')."""
    return f"{format_date(first, lang)} – {format_date(last, lang)}"


def short_period(first: date, last: date, lang: str) -> str:
    """'Oct–Nov 2026', 'Sep 2026', 'Dec 2025–Jan 2026': a period at a glance in a list."""
    end = f"{month_abbr(last.month, lang)} {last.year}"
    if (first.year, first.month) == (last.year, last.month):
        return end
    start = month_abbr(first.month, lang)
    if first.year != last.year:
        start = f"{start} {first.year}"
    return f"{start}–{end}"


class ListModel(QAbstractTableModel, Generic[T]):
    """Rows of one kind of object, columns named by `columns`, text from `cell`."""

    columns: tuple[str, ...] = ()

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, item: T, column: str) -> str:
        raise NotImplementedError

    def tip(self, item: T, column: str) -> str | None:
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

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
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(item, column)
        if role == ITEM_ROLE:
            return item
        return None


class CoacheesModel(ListModel[CoacheeRow]):
    """The coach's label (editable), the number of packs, the last period received."""

    columns = ("coachee", "packs", "last")

    def __init__(
        self,
        lang: str,
        rename: Callable[[str, str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(lang, parent)
        self._rename = rename

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CoachModels", "Coachee"),
            QCoreApplication.translate("CoachModels", "Packs"),
            QCoreApplication.translate("CoachModels", "Last period"),
        )

    def cell(self, item: CoacheeRow, column: str) -> str:
        if column == "coachee":
            return item.coachee.label
        if column == "packs":
            return str(item.packs)
        return short_period(*item.last, self.lang) if item.last else ""

    def tip(self, item: CoacheeRow, column: str) -> str | None:
        if column == "last" and item.last:
            return period_text(*item.last, self.lang)
        if column == "coachee":
            return QCoreApplication.translate(
                "CoachModels", "Your own name for this coachee; F2 renames. Packs carry no name."
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()] == "coachee":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.items[index.row()]
        if str(value) == item.coachee.label:
            return False
        return self._rename(item.coachee.id, str(value))

    def row_of(self, coachee_id: str) -> int | None:
        for row, item in enumerate(self.items):
            if item.coachee.id == coachee_id:
                return row
        return None


class PacksModel(ListModel[SessionContent]):
    """One coachee's packs, oldest period first: the period and when it was prepared."""

    columns = ("period", "prepared")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CoachModels", "Period"),
            QCoreApplication.translate("CoachModels", "Prepared on"),
        )

    def cell(self, item: SessionContent, column: str) -> str:
        if column == "period":
            return period_text(item.first, item.last, self.lang)
        return format_date(item.prepared_on, self.lang)


class NotesModel(ListModel[SessionNote]):
    """Session notes, oldest first; the whole note in the tooltip."""

    columns = ("at", "text")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CoachModels", "Written"),
            QCoreApplication.translate("CoachModels", "Note"),
        )

    def cell(self, item: SessionNote, column: str) -> str:
        if column == "at":
            return format_datetime(item.at, self.lang)
        return " ".join(item.text.split())

    def tip(self, item: SessionNote, column: str) -> str | None:
        return item.text if column == "text" else None


class ActionsModel(ListModel[AgreedAction]):
    """The actions agreed, as GROW's "Will" step words them."""

    columns = ("what", "by_when", "likelihood")

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("CoachModels", "What"),
            QCoreApplication.translate("CoachModels", "By when"),
            QCoreApplication.translate("CoachModels", "How likely"),
        )

    def cell(self, item: AgreedAction, column: str) -> str:
        if column == "what":
            return item.what
        if column == "by_when":
            return format_date(item.by_when, self.lang) if item.by_when else ""
        return f"{item.likelihood}/10" if item.likelihood is not None else ""

    def tip(self, item: AgreedAction, column: str) -> str | None:
        lines = [item.what]
        if item.obstacles:
            lines.append(
                QCoreApplication.translate("CoachModels", "Obstacles: {text}").format(
                    text=item.obstacles
                )
            )
        if item.support:
            lines.append(
                QCoreApplication.translate("CoachModels", "Support: {text}").format(
                    text=item.support
                )
            )
        return "\n".join(lines)
