"""The journal list's search and filters: the lines a filter keeps, in the model's order.

Which lines a filter keeps is worked out for all of them at once (JournalModel.matching, on
whole columns) and held as one array of the model's rows. Qt's QSortFilterProxyModel asked
Python about every line instead: at 100,000 encounters a filter change froze the window
0.2 to 1.2 s, and a word typed in the search box 0.3 s. Without a filter every line is
shown as it is, and numpy (about 0.1 s to import) is not needed at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)

from wellbeing.ui.journal_model import Index, JournalFilter, JournalModel

if TYPE_CHECKING:
    import numpy as np


class JournalFilterProxy(QAbstractProxyModel):
    """Search and filters; no sorting (the store's order, newest first, is kept)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = JournalFilter()
        self._rows: np.ndarray | None = None
        """The model's rows shown, ascending (row r here is _rows[r] there); None: all."""
        self._rows_going = (0, 0)
        """The rows here showing the model's rows being removed: low to high - 1."""

    @property
    def journal_filter(self) -> JournalFilter:
        return self._filter

    def _model(self) -> JournalModel:
        return cast(JournalModel, self.sourceModel())

    def _kept(self, first: int, stop: int) -> np.ndarray | None:
        """The rows first to stop - 1 of the model that the filter keeps (None: all)."""
        if not self._filter.active:
            return None
        import numpy as np

        keep = self._model().matching(self._filter, first, stop)
        return first + np.flatnonzero(keep).astype(np.int64)

    # --- following the model ----------------------------------------------------------

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.disconnect(self)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._reset_now)
        model.rowsAboutToBeInserted.connect(self._inserting)
        model.rowsInserted.connect(self._inserted)
        model.rowsAboutToBeRemoved.connect(self._removing)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._rows = self._kept(0, model.rowCount())
        self.endResetModel()

    def _reset(self) -> None:
        self._rows = self._kept(0, self._model().rowCount())
        self.endResetModel()

    def _reset_now(self) -> None:
        self.beginResetModel()
        self._reset()

    def _inserting(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._rows is None:  # all shown: the same rows here
            self.beginInsertRows(QModelIndex(), first, last)

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        rows = self._rows
        if rows is None:
            self.endInsertRows()
            return
        import numpy as np

        at = int(np.searchsorted(rows, first))
        # The lines shown are the same; those from `first` on have moved down in the model.
        self._rows = np.concatenate([rows[:at], rows[at:] + (last - first + 1)])
        new = self._kept(first, last + 1)
        if new is None or not len(new):
            return
        self.beginInsertRows(QModelIndex(), at, at + len(new) - 1)
        self._rows = np.concatenate([self._rows[:at], new, self._rows[at:]])
        self.endInsertRows()

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Said while the model still has the lines, as Qt asks of a proxy."""
        low, high = self._rows_going = self._shown_between(first, last)
        if high > low:
            self.beginRemoveRows(QModelIndex(), low, high - 1)

    def _removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        low, high = self._rows_going
        if self._rows is not None:
            import numpy as np

            rows = self._rows
            self._rows = np.concatenate([rows[:low], rows[high:] - (last - first + 1)])
        if high > low:
            self.endRemoveRows()

    def _data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        low, high = self._shown_between(top_left.row(), bottom_right.row())
        if high > low:
            first = self.index(low, top_left.column())
            self.dataChanged.emit(first, self.index(high - 1, bottom_right.column()), roles or [])

    def _shown_between(self, first: int, last: int) -> tuple[int, int]:
        """The rows here that show the model's rows first to last: low to high - 1."""
        if self._rows is None:
            return first, last + 1
        import numpy as np

        low = int(np.searchsorted(self._rows, first))
        return low, int(np.searchsorted(self._rows, last, side="right"))

    # --- filtering --------------------------------------------------------------------

    def set_filter(
        self, journal_filter: JournalFilter, selection: QItemSelectionModel | None = None
    ) -> None:
        """Show the lines this filter keeps. The view's selection and current line, when
        given, stay on the same encounters where they are still shown, and only those:
        the lines are swapped in a model reset, and the selection put back line by line
        (Qt, told of a layout change, can stretch a whole-table selection over lines that
        were hidden: Delete would then take them too)."""
        if journal_filter == self._filter:
            return
        chosen = self._source_rows(selection.selection()) if selection else None
        current = self.mapToSource(selection.currentIndex()) if selection else QModelIndex()
        self.beginResetModel()
        self._filter = journal_filter
        self._rows = self._kept(0, self._model().rowCount())
        self.endResetModel()
        if selection is not None and chosen is not None:
            self._select_again(selection, chosen, self.mapFromSource(current))

    def _source_rows(self, chosen: QItemSelection) -> np.ndarray:
        """The model's rows of these lines, ascending."""
        import numpy as np

        parts = [
            np.arange(part.top(), part.bottom() + 1)
            if self._rows is None
            else self._rows[part.top() : part.bottom() + 1]
            for part in (chosen.at(n) for n in range(chosen.size()))
        ]
        return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)

    def _select_again(
        self, selection: QItemSelectionModel, rows: np.ndarray, current: QModelIndex
    ) -> None:
        """Select the lines still shown of these model rows, in runs of neighbours."""
        import numpy as np

        shown = self._rows
        if shown is None:
            at = rows
        else:
            at = np.searchsorted(shown, rows)
            inside = at < len(shown)
            at = at[inside][shown[at[inside]] == rows[inside]]
        again = QItemSelection()
        last_column = self.columnCount() - 1
        for run in np.split(at, np.flatnonzero(np.diff(at) != 1) + 1):
            if len(run):
                again.select(self.index(int(run[0]), 0), self.index(int(run[-1]), last_column))
        flags = QItemSelectionModel.SelectionFlag
        if current.isValid():
            selection.setCurrentIndex(current, flags.NoUpdate)
        selection.select(again, flags.ClearAndSelect)

    # --- Qt model ---------------------------------------------------------------------

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() >= self.rowCount():
            return QModelIndex()
        row = index.row() if self._rows is None else int(self._rows[index.row()])
        return self.sourceModel().index(row, index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        low, high = self._shown_between(index.row(), index.row())
        return self.createIndex(low, index.column()) if high > low else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < self.rowCount():
            return QModelIndex()
        if not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, _index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.sourceModel() is None:
            return 0
        return self.sourceModel().rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return self.sourceModel().data(self.mapToSource(index), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and self.sourceModel() is not None:
            return self.sourceModel().headerData(section, orientation, role)
        return None
