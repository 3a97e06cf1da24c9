"""Clients: their counts at a glance, their own history, rename, merge, revenue share, status."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.model import Client, ClientStatus
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import journal
from wellbeing.store.errors import JournalError
from wellbeing.store.journal import ClientSummary
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_model import (
    COLUMNS,
    ID_ROLE,
    JournalFilter,
    JournalFilterProxy,
    JournalModel,
)
from wellbeing.ui.journal_page import JOURNAL_WIDTHS
from wellbeing.ui.journal_store import CLIENTS, ENCOUNTERS, JournalStore
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.tables import list_table, set_widths

Index = QModelIndex | QPersistentModelIndex
CLIENT_COLUMNS = (
    "name",
    "status",
    "revenue_share",
    "encounters",
    "difficult",
    "positive",
    "mean_impact",
    "last",
)


def status_label(status: ClientStatus) -> str:
    labels = {
        ClientStatus.ACTIVE: QCoreApplication.translate("ClientsModel", "active"),
        ClientStatus.REFRAMED: QCoreApplication.translate("ClientsModel", "reframed"),
        ClientStatus.DETHRONED: QCoreApplication.translate("ClientsModel", "dethroned"),
    }
    return labels[status]


class ClientsModel(QAbstractTableModel):
    """Thin adapter over the store's client summaries."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []

    def reset(self, rows: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ClientSummary:
        return self._rows[row]

    def row_of(self, client_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.client.id == client_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CLIENT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Client"),
            self.tr("Status"),
            self.tr("Share of my revenue"),
            self.tr("Encounters"),
            self.tr("Difficult"),
            self.tr("Positive"),
            self.tr("Mean impact"),
            self.tr("Last encounter"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = CLIENT_COLUMNS[index.column()]
        if role == ID_ROLE:
            return summary.client.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "name":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        client = summary.client
        values = {
            "name": client.name,
            "status": status_label(client.status),
            "revenue_share": "" if client.revenue_share is None else f"{client.revenue_share:g} %",
            "encounters": summary.encounters,
            "difficult": summary.difficult,
            "positive": summary.positive,
            "mean_impact": "" if summary.mean_impact is None else f"{summary.mean_impact:.1f}",
            "last": summary.last_encounter.strftime("%Y-%m-%d") if summary.last_encounter else "",
        }
        return values[column]


class ClientsPage(QWidget):
    """Edits go through the store and onto the undo stack, like everything else."""

    open_encounter = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        journal_model: JournalModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.model = ClientsModel(self)
        self.history_proxy = JournalFilterProxy(self)
        self.history_proxy.setSourceModel(journal_model)
        self._stale = True
        self._build()
        store.changed.connect(self._on_store_changed)

    def _build(self) -> None:
        self.table = list_table()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 175)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        self.name = QLineEdit()
        self.revenue = QDoubleSpinBox()
        self.revenue.setRange(-1, 100)
        self.revenue.setDecimals(0)
        self.revenue.setSuffix(" %")
        self.revenue.setSpecialValueText(self.tr("unknown"))
        self.status_box = QComboBox()
        for status in ClientStatus:
            self.status_box.addItem(status_label(status), status.value)
        self.apply_button = QPushButton(self.tr("Save changes"))
        self.apply_button.clicked.connect(self.apply_changes)
        self.name.returnPressed.connect(self.apply_changes)
        self.merge_button = QPushButton(self.tr("Merge with…"))
        self.merge_button.setToolTip(self.tr("Move this client's encounters to another client"))
        self.merge_button.clicked.connect(self.merge_current)

        details = QGroupBox(self.tr("Client"))
        form = QFormLayout(details)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Share of my revenue"), self.revenue)
        form.addRow(self.tr("Status"), self.status_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        form.addRow(buttons)

        self.history_title = QLabel()
        self.history_title.setProperty("section", True)
        self.history = list_table()
        self.history.setModel(self.history_proxy)
        set_widths(self.history, COLUMNS, JOURNAL_WIDTHS)
        self.history.hideColumn(COLUMNS.index("client"))
        self.history.activated.connect(self._open_history)
        self.history.doubleClicked.connect(self._open_history)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(details)
        column.addWidget(self.history_title)
        column.addWidget(self.history, 1)
        self.empty_hint = QLabel(self.tr("No clients yet: they appear here as you log encounters."))
        self.empty_hint.setProperty("hint", True)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.empty_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 600])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_details_enabled(False)

    # --- content ----------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        current = self.current_client()
        self.model.reset(journal.client_summaries(self.store.db))
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(current.id) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_current()

    def _on_store_changed(self, what: str, _ids: object) -> None:
        """Summaries scan the whole journal: refresh now if seen, else when next shown."""
        if what in (CLIENTS, ENCOUNTERS):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def current_client(self) -> Client | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(index.row()).client

    def select_client(self, client_id: str) -> None:
        row = self.model.row_of(client_id)
        if row >= 0:
            self.table.selectRow(row)

    def _set_details_enabled(self, enabled: bool) -> None:
        for widget in (
            self.name,
            self.revenue,
            self.status_box,
            self.apply_button,
            self.merge_button,
        ):
            widget.setEnabled(enabled)

    def _show_current(self, *_args: object) -> None:
        client = self.current_client()
        self._set_details_enabled(client is not None)
        if client is None:
            self.history_title.setText("")
            self.history_proxy.set_filter(JournalFilter(client_id="-"))
            return
        self.name.setText(client.name)
        self.revenue.setValue(-1 if client.revenue_share is None else client.revenue_share)
        self.status_box.setCurrentIndex(self.status_box.findData(client.status.value))
        self.history_proxy.set_filter(JournalFilter(client_id=client.id))
        summary = self.model.summary(self.model.row_of(client.id))
        self.history_title.setText(
            self.tr("History with {client}: %n encounter(s)", "", summary.encounters).format(
                client=client.name
            )
        )

    def _open_history(self, index: QModelIndex) -> None:
        encounter_id = index.data(ID_ROLE)
        if encounter_id:
            self.open_encounter.emit(encounter_id)

    # --- edits ------------------------------------------------------------------------

    def apply_changes(self) -> None:
        before = self.current_client()
        if before is None:
            return
        share = self.revenue.value()
        after = replace(
            before,
            name=self.name.text(),
            revenue_share=None if share < 0 else share,
            status=ClientStatus(self.status_box.currentData()),
        )
        if after == before:
            return
        try:
            after = self.store.save_client(after)
        except (InvalidValue, JournalError) as error:
            QMessageBox.warning(self, self.tr("Cannot change the client"), explain(error))
            return
        record(
            self.undo_stack,
            self.tr("change {client}").format(client=before.name),
            lambda: self.store.save_client(before),
            lambda: self.store.save_client(after),
        )
        self.status.emit(self.tr("{client} updated. Ctrl+Z undoes it.").format(client=after.name))

    def merge_current(self) -> None:
        source = self.current_client()
        if source is None:
            return
        others = [c for c in self.store.clients() if c.id != source.id]
        if not others:
            QMessageBox.information(
                self, self.tr("Merge"), self.tr("There is no other client to merge into.")
            )
            return
        names = [c.name for c in others]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Merge {client}").format(client=source.name),
            self.tr("Move every encounter of {client} to:").format(client=source.name),
            names,
            0,
            False,
        )
        if not ok:
            return
        self.merge(source, others[names.index(name)])

    def merge(self, source: Client, target: Client) -> None:
        moved = self.store.merge_clients(source.id, target.id)
        record(
            self.undo_stack,
            self.tr("merge {source} into {target}").format(source=source.name, target=target.name),
            lambda: self.store.unmerge_clients(source, moved),
            lambda: self.store.merge_clients(source.id, target.id),
        )
        self.select_client(target.id)
        self.status.emit(
            self.tr("{source} merged into {target}. Ctrl+Z undoes it.").format(
                source=source.name, target=target.name
            )
        )
