""" "Why?": the reasons behind a number, in words, and the encounters behind the reasons.

Activating an encounter (double-click or Enter) asks for it to be opened in the journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.facts import Facts, as_datetime
from wellbeing.analysis.reasons import Reason, describe
from wellbeing.domain.formatting import format_datetime
from wellbeing.domain.vocabulary import KINDS, label_of
from wellbeing.ui.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


class EncounterLookup:
    """Finds encounters of the loaded journal by id, without going back to the store."""

    def __init__(self, facts: Facts, names: Mapping[str, str]) -> None:
        self.facts = facts
        self.names = names
        self._positions: dict[str, int] | None = None

    def rows(self, ids: Iterable[str]) -> np.ndarray:
        """Row numbers in the facts of the encounters still there, newest first."""
        if self._positions is None:
            self._positions = {str(i): row for row, i in enumerate(self.facts.ids)}
        found = {self._positions[i] for i in ids if i in self._positions}
        return np.array(sorted(found, reverse=True), dtype=np.int64)


class EncounterRows(QAbstractTableModel):
    """Date, client, kind and impact of the encounters behind a reason, newest first."""

    def __init__(self, lookup: EncounterLookup, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lookup = lookup
        self.lang = lang
        self._rows = np.array([], dtype=np.int64)
        self._headers = (self.tr("Date"), self.tr("Client"), self.tr("Kind"), self.tr("Impact"))

    def show(self, ids: Iterable[str]) -> None:
        self.beginResetModel()
        self._rows = self.lookup.rows(ids)
        self.endResetModel()

    def encounter_id(self, row: int) -> str:
        return str(self.lookup.facts.ids[self._rows[row]])

    def ids(self) -> list[str]:
        return [self.encounter_id(row) for row in range(len(self._rows))]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        facts, row = self.lookup.facts, int(self._rows[index.row()])
        column = index.column()
        if column == 0:
            when = as_datetime(facts.minute[row])
            return format_datetime(when, self.lang)
        if column == 1:
            return self.lookup.names.get(str(facts.client[row]), "?")
        if column == 2:
            kind = "difficult" if facts.difficult[row] else "positive"
            return label_of(KINDS, kind, self.lang)
        return f"{int(facts.impact[row])}/10"


class WhyDialog(QDialog):
    open_encounter = Signal(str)

    def __init__(
        self,
        heading: str,
        reasons: Sequence[Reason],
        lookup: EncounterLookup,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why? — {heading}").format(heading=heading))
        self.reasons = tuple(reasons)
        self.lang = lang
        intro = QLabel(self.tr("The reasons, in words:"))
        intro.setProperty("section", True)
        self.reason_list = QListView()
        self.reason_list.setModel(QStringListModel([describe(r, lang) for r in self.reasons]))
        self.reason_list.setWordWrap(True)
        self.reason_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reason_list.setAccessibleName(self.tr("Reasons"))
        self.reason_list.setSpacing(2)
        self.behind = QLabel()
        self.behind.setProperty("section", True)
        self.model = EncounterRows(lookup, lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Encounters behind the reasons"))
        self.table.activated.connect(self._open)
        self.hint = QLabel(
            self.tr("Double-click an encounter, or select it and press Enter, to open it.")
        )
        self.hint.setProperty("hint", True)
        self.empty = QLabel(self.tr("No single encounter lies behind these reasons."))
        self.empty.setProperty("hint", True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.learn_more = buttons.addButton(
            self.tr("&About this idea…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.learn_more.setToolTip(self.tr("The guide's page on what lies behind this number"))
        self.learn_more.clicked.connect(self.open_guide)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_list, 2)
        layout.addWidget(self.behind)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.reason_list.selectionModel().selectionChanged.connect(self._on_reason)
        self._show(None)
        fit_to_screen(self, 720, 520)

    def open_guide(self) -> QWidget:
        """The guide at the section explaining the idea behind these reasons."""
        from wellbeing.ui.help_content import topic_for
        from wellbeing.ui.help_window import open_help

        owner = self.parentWidget() or self
        return open_help(owner, self.lang, topic_for([r.code for r in self.reasons]))

    def _on_reason(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = [index.row() for index in selected.indexes()]
        self._show(rows[0] if rows else None)

    def show_reason(self, row: int | None) -> None:
        """Behind one reason only (None: behind all of them), as selecting it in the list."""
        if row is None:
            self.reason_list.clearSelection()
        else:
            self.reason_list.setCurrentIndex(self.reason_list.model().index(row, 0))
        self._show(row)

    def _show(self, row: int | None) -> None:
        chosen = self.reasons if row is None else (self.reasons[row],)
        ids = dict.fromkeys(i for reason in chosen for i in reason.encounter_ids)
        self.model.show(ids)
        count = self.model.rowCount()
        if row is None:
            text = self.tr("Encounters behind these reasons: {count}")
        else:
            text = self.tr("Encounters behind the selected reason: {count}")
        self.behind.setText(text.format(count=count))
        self.table.setVisible(count > 0)
        self.hint.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        if count:
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_encounter.emit(self.model.encounter_id(index.row()))
            self.accept()
