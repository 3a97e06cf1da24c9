"""The journal list as a Qt table model over EncounterLine rows, and its filter proxy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.formatting import format_stored_datetime
from wellbeing.domain.vocabulary import label_tags
from wellbeing.store.journal import EncounterLine
from wellbeing.ui.theme import kind_colour

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

MARK_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
)
COLUMNS = ("when", "client", "kind", "impact", "behaviours", "emotions", "what_happened")


def column_title(column: str) -> str:
    titles = {
        "when": QCoreApplication.translate("JournalModel", "When"),
        "client": QCoreApplication.translate("JournalModel", "Client"),
        "kind": QCoreApplication.translate("JournalModel", "Kind"),
        "impact": QCoreApplication.translate("JournalModel", "Impact"),
        "behaviours": QCoreApplication.translate("JournalModel", "What the client did"),
        "emotions": QCoreApplication.translate("JournalModel", "How I felt"),
        "what_happened": QCoreApplication.translate("JournalModel", "What happened"),
    }
    return titles[column]


def details_to_add(line: EncounterLine) -> bool:
    """A difficult encounter with neither text nor behaviours: logged in a hurry (from the
    tray or the capture window), its details can be added later. Worked out from the line
    itself, so nothing extra is stored, and it goes away once anything is added."""
    return line.kind == "difficult" and not line.what_happened.strip() and not line.behaviours


def kind_label(kind: str) -> str:
    if kind == "positive":
        return QCoreApplication.translate("JournalModel", "Positive")
    return QCoreApplication.translate("JournalModel", "Difficult")


class JournalModel(QAbstractTableModel):
    """Thin adapter over a list of EncounterLine, newest first; grows page by page."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._lines: list[EncounterLine] = []
        self._search: list[str] = []

    # --- content ----------------------------------------------------------------------

    def reset(self, lines: list[EncounterLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._search = [self._search_text(line) for line in self._lines]
        self.endResetModel()

    def append(self, lines: list[EncounterLine]) -> None:
        if not lines:
            return
        first = len(self._lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self._lines.extend(lines)
        self._search.extend(self._search_text(line) for line in lines)
        self.endInsertRows()

    def _search_text(self, line: EncounterLine) -> str:
        return " ".join(
            (
                line.client_name,
                label_tags(line.behaviours, vocab.BEHAVIOURS, self._lang),
                label_tags(line.emotions, vocab.EMOTIONS, self._lang),
                label_tags(line.irritants, vocab.IRRITANTS, self._lang),
                line.what_happened,
            )
        ).casefold()

    def remove_ids(self, ids: set[str]) -> None:
        for row in sorted(
            (r for r, line in enumerate(self._lines) if line.id in ids), reverse=True
        ):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            del self._search[row]
            self.endRemoveRows()

    def put_lines(self, lines: list[EncounterLine]) -> None:
        """Insert or replace lines in place, keeping newest first, without a reset."""
        self.remove_ids({line.id for line in lines})
        for line in lines:
            row = next(
                (r for r, other in enumerate(self._lines) if other.occurred_at <= line.occurred_at),
                len(self._lines),
            )
            self.beginInsertRows(QModelIndex(), row, row)
            self._lines.insert(row, line)
            self._search.insert(row, self._search_text(line))
            self.endInsertRows()

    def line(self, row: int) -> EncounterLine:
        return self._lines[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_of(self, encounter_id: str) -> int:
        for row, line in enumerate(self._lines):
            if line.id == encounter_id:
                return row
        return -1

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = COLUMNS[index.column()]
        if column == "behaviours" and role in MARK_ROLES and details_to_add(line):
            return self._details_to_add(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "kind" and line.violations:
            return QCoreApplication.translate(
                "JournalModel", "Crossed your boundaries: {list}"
            ).format(list=label_tags(line.violations, vocab.VIOLATIONS, self._lang))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("what_happened", "behaviours"):
            return self._display(line, column) or None
        if role == ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            return kind_colour(line.kind)  # the theme's; the text says the kind too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "impact":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _details_to_add(self, role: int) -> object:
        """A quiet mark, in italics and in the text's own colour: a note, not a task."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("JournalModel", "details to add")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "JournalModel",
                "Logged quickly. Open it to add what happened, if and when you want to.",
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, line: EncounterLine, column: str) -> object:
        if column == "when":
            return format_stored_datetime(line.occurred_at, self._lang)
        if column == "client":
            return line.client_name
        if column == "kind":
            flag = " ⚑" if line.violations else ""
            return ("● " if line.kind == "difficult" else "○ ") + kind_label(line.kind) + flag
        if column == "impact":
            return line.impact
        if column == "behaviours":
            return label_tags(line.behaviours, vocab.BEHAVIOURS, self._lang)
        if column == "emotions":
            return label_tags(line.emotions, vocab.EMOTIONS, self._lang)
        return " ".join(line.what_happened.split())[:160]


@dataclass(frozen=True)
class JournalFilter:
    search: str = ""
    client_id: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None

    def accepts(self, line: EncounterLine, search_text: str) -> bool:
        if self.client_id and line.client_id != self.client_id:
            return False
        if self.kind and line.kind != self.kind:
            return False
        day = line.occurred_at[:10]
        if self.start and day < self.start.isoformat():
            return False
        if self.end and day > self.end.isoformat():
            return False
        return all(word in search_text for word in self.search.casefold().split())

    @property
    def active(self) -> bool:
        return self != JournalFilter()


class JournalFilterProxy(QSortFilterProxyModel):
    """Search and filters; sorting is left to the store's order (newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = JournalFilter()

    @property
    def journal_filter(self) -> JournalFilter:
        return self._filter

    def set_filter(self, journal_filter: JournalFilter) -> None:
        if journal_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = journal_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._filter.active:
            return True
        model = cast(JournalModel, self.sourceModel())
        return self._filter.accepts(model.line(source_row), model.search_text(source_row))
