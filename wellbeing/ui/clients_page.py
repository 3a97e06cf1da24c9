"""Clients: their counts and advice at a glance, their own history, rename, merge, revenue
share, status; the advice with its reasons, follow-up and timeline beside the list.

Over 500 lines on purpose: the list's model and proxy and the editing of one client share
the selection they act on; the advice itself is in client_advice_panel.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.formatting import format_date, format_number, format_percent
from wellbeing.domain.model import Client, ClientEvent, ClientStatus, Encounter
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import settings
from wellbeing.store.errors import JournalError
from wellbeing.store.journal import TIME_FORMAT, ClientSummary
from wellbeing.ui import pass_budget
from wellbeing.ui.advice_levels import (
    level_icon,
    level_key,
    level_label,
    level_meaning,
    level_rank,
)
from wellbeing.ui.client_advice_panel import ClientAdvicePanel
from wellbeing.ui.errors import explain
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.journal_filter import JournalFilterProxy
from wellbeing.ui.journal_model import (
    COLUMNS,
    ID_ROLE,
    JournalModel,
)
from wellbeing.ui.journal_page import JOURNAL_WIDTHS
from wellbeing.ui.journal_store import (
    BOUNDARIES,
    CLIENT_EVENTS,
    CLIENTS,
    ENCOUNTERS,
    Changes,
    JournalStore,
)
from wellbeing.ui.screen_fit import scrolling
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter
from wellbeing.ui.widgets.tables import list_table, set_widths

if TYPE_CHECKING:
    from wellbeing.analysis.advice import ClientAdvice

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
    "advice",
)
"""Advice comes last in the model (older code reads columns by position) and is shown
beside the status (see ClientsPage._build)."""
ADVICE_COLUMN = CLIENT_COLUMNS.index("advice")
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
ADVICE_DELAY_MS = 300
"""Changes arrive in bursts (a save announces encounters and clients): work the advice out
once they settle."""
PANEL_PAGE = 500
"""The chosen client's encounters read per event-loop pass on a big journal (~15 ms)."""
HISTORY_PAGE = 1000
"""The chosen client's history lines read per event-loop pass on a big journal (lighter
than encounters: reading 2,500 at once froze the window about 60 ms)."""
FIGURES_SLICE = 5_000
"""Encounters (by rowid) whose figures are added up per event-loop pass (their pages mostly
decrypted anew: the window keeps an 8 MB page cache)."""
ADVICE_INPUTS = (
    ENCOUNTERS,
    CLIENTS,
    CLIENT_EVENTS,
    BOUNDARIES,
    settings.ADVICE_THRESHOLDS.key,
    settings.REFRAME_FOLLOW_UP_WEEKS.key,
)


def nocase(name: str) -> str:
    """SQLite's NOCASE: only A to Z fold (the order client_summaries lists them in)."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in name)


@dataclass
class PageRead:
    """The chosen client's encounters (for its panel) or lines (for its history) read so
    far, page by page; the history shows its lines as they come and keeps none here."""

    client_id: str
    stamp: tuple[int, int]
    """The journal's when the last page was read: read again from the start if it moved."""
    found: list[Encounter] = dataclasses.field(default_factory=list)
    cursor: tuple[str, int] | None = None


class ClientFigures:
    """The clients' figures (journal.client_summaries) added up from slices of the
    journal (JournalStore.client_figures_slice), read between event-loop passes."""

    def __init__(self) -> None:
        self.by_client: dict[str, list[Any]] = {}

    def add(self, rows: list[tuple]) -> None:
        for client_id, count, difficult, positive, impacts, rated, last in rows:
            seen = self.by_client.setdefault(client_id, [0, 0, 0, 0, 0, ""])
            seen[0] += count
            seen[1] += difficult
            seen[2] += positive
            seen[3] += impacts or 0
            seen[4] += rated
            seen[5] = max(seen[5], last or "")

    def summaries(self, clients: list[Client]) -> list[ClientSummary]:
        """Every client, with its figures, in the list's order (name, ignoring case)."""
        found = []
        for client in sorted(clients, key=lambda c: nocase(c.name)):
            count, difficult, positive, impacts, rated, last = self.by_client.get(
                client.id, [0, 0, 0, 0, 0, ""]
            )
            found.append(
                ClientSummary(
                    client=client,
                    encounters=count,
                    difficult=difficult,
                    positive=positive,
                    mean_impact=impacts / rated if rated else None,
                    last_encounter=datetime.strptime(last, TIME_FORMAT) if last else None,
                )
            )
        return found


def status_label(status: ClientStatus) -> str:
    labels = {
        ClientStatus.ACTIVE: QCoreApplication.translate("ClientsModel", "active"),
        ClientStatus.REFRAMED: QCoreApplication.translate("ClientsModel", "reframed"),
        ClientStatus.DETHRONED: QCoreApplication.translate("ClientsModel", "dethroned"),
    }
    return labels[status]


class ClientsModel(QAbstractTableModel):
    """Thin adapter over the store's client summaries and the advice worked out for them.

    Sorts itself (no proxy): the rows are few, and sorting by advice needs its severity.
    """

    def __init__(self, parent: QObject | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or ui_language()
        self._rows: list[ClientSummary] = []
        self._natural: dict[str, int] = {}
        self._advice: dict[str, ClientAdvice] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._texts: dict[str, dict[str, object]] = {}
        """Each client's cells as shown, worked out once per reset: the view sizes its
        columns to their contents, asking for every cell several times."""

    def reset(self, rows: list[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self._natural = {s.client.id: position for position, s in enumerate(self._rows)}
        self._apply_sort()
        self.endResetModel()

    def set_advice(self, advice: Mapping[str, ClientAdvice]) -> None:
        self._advice = dict(advice)
        if self._sort and self._sort[0] == ADVICE_COLUMN:
            self.sort(*self._sort)
        elif self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, ADVICE_COLUMN), self.index(last, ADVICE_COLUMN))

    def advice_for(self, client_id: str) -> ClientAdvice | None:
        return self._advice.get(client_id)

    def summary(self, row: int) -> ClientSummary:
        return self._rows[row]

    def row_of(self, client_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.client.id == client_id), -1)

    def level_of(self, row: int) -> str:
        client = self._rows[row].client
        return level_key(client, self._advice.get(client.id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CLIENT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == ADVICE_COLUMN:
            return self.tr("Keep, watch, reframe or dethrone; click to sort by severity")
        if role != Qt.ItemDataRole.DisplayRole:
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
            self.tr("Advice"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = CLIENT_COLUMNS[index.column()]
        if role == ID_ROLE:
            return summary.client.id
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if column == "advice":
            return self._advice_data(index.row(), role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "name":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        texts = self._texts.get(summary.client.id)
        if texts is None:
            texts = self._texts[summary.client.id] = self._display(summary)
        return texts[column]

    def _display(self, summary: ClientSummary) -> dict[str, object]:
        client = summary.client
        return {
            "name": client.name,
            "status": status_label(client.status),
            "revenue_share": ""
            if client.revenue_share is None
            else format_percent(client.revenue_share, self.lang, 1, trim=True),
            "encounters": summary.encounters,
            "difficult": summary.difficult,
            "positive": summary.positive,
            "mean_impact": ""
            if summary.mean_impact is None
            else format_number(summary.mean_impact, self.lang, 1),
            "last": format_date(summary.last_encounter, self.lang)
            if summary.last_encounter
            else "",
        }

    def _advice_data(self, row: int, role: int) -> object:
        key = self.level_of(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return level_label(key, self.lang)
        if role == Qt.ItemDataRole.DecorationRole and key:
            return level_icon(key)
        if role == Qt.ItemDataRole.ToolTipRole and key:
            return level_meaning(key, self.lang)
        return None

    # --- sorting ------------------------------------------------------------------------

    def _sort_key(self, summary: ClientSummary, column: str) -> Any:
        client = summary.client
        keys: dict[str, Callable[[], Any]] = {
            "name": lambda: self._natural.get(client.id, 0),
            "status": lambda: list(ClientStatus).index(client.status),
            "revenue_share": lambda: -1.0 if client.revenue_share is None else client.revenue_share,
            "encounters": lambda: summary.encounters,
            "difficult": lambda: summary.difficult,
            "positive": lambda: summary.positive,
            "mean_impact": lambda: -1.0 if summary.mean_impact is None else summary.mean_impact,
            "last": lambda: summary.last_encounter or datetime.min,
            "advice": lambda: level_rank(level_key(client, self._advice.get(client.id))),
        }
        return keys[column]()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        name = CLIENT_COLUMNS[column]
        self._rows.sort(
            key=lambda s: (self._sort_key(s, name), self._natural.get(s.client.id, 0)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keeps the selection on the same clients (persistent indexes follow their rows)."""
        if not 0 <= column < len(CLIENT_COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        where = [(self._rows[i.row()].client.id, i.column()) for i in old]
        self._sort = (column, order)
        self._apply_sort()
        new = [self.index(self.row_of(client_id), col) for client_id, col in where]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class ClientsPage(QWidget):
    """Edits go through the store and onto the undo stack, like everything else.

    The advice is worked out when the page shows and again once changes to its inputs
    settle; each change of level is kept in the client's history.
    """

    open_encounter = Signal(str)
    status = Signal(str)
    advice_updated = Signal()
    _advice_worked_out = Signal(int, object)
    """From the advice thread: (which round, the advice or the error that stopped it)."""

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        journal_model: JournalModel,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        """journal_model (the journal page's list) is no longer read: the history reads its
        client's lines itself. It stays in the signature for the callers."""
        super().__init__(parent)
        del journal_model
        self.store = store
        self.undo_stack = undo_stack
        self.lang = lang or ui_language()
        self.model = ClientsModel(self, self.lang)
        self.history_model = JournalModel(self.lang, self)
        """The current client's encounters, read by SQL when the client is shown: filtering
        the whole journal's list row by row took half a second at 100,000 encounters."""
        self.history_proxy = JournalFilterProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.advice: dict[str, ClientAdvice] = {}
        self._stale = True
        self._advice_stale = True
        self._advice_timer = QTimer(self)
        self._advice_timer.setSingleShot(True)
        self._advice_timer.setInterval(ADVICE_DELAY_MS)
        self._advice_timer.timeout.connect(self._advice_due)
        self.loading = False
        """True while the advice is being worked out (the page says so and stays usable)."""
        self._advice_round = 0
        self._awaiting_data = False
        self._figures = ClientFigures()
        self._reading: tuple[int, int] | None = None
        """The journal's stamp while its clients' figures are read, else None."""
        self._after_row = self._last_row = 0
        self._figures_timer = QTimer(self, singleShot=True, interval=0)
        self._figures_timer.timeout.connect(self._read_figures)
        self._show_later = False
        """The clients read in several passes: the chosen one's encounters in more."""
        self._steps: list[Callable[[], bool | None]] = []
        self._advice_waiting: tuple[int, object] | None = None
        """Advice that arrived while the chosen client was being read: shown once that is
        done, even if another client is chosen meanwhile."""
        """What is left to show of the chosen client, one per pass (False: not done yet)."""
        self._panel_read: PageRead | None = None
        self._history_read: PageRead | None = None
        self._step_timer = QTimer(self, singleShot=True, interval=0)
        self._step_timer.timeout.connect(self._next_step)
        self._advice_worked_out.connect(self._advice_found)
        loader = store.data_loader()
        loader.loaded.connect(self._journal_loaded)
        loader.failed.connect(self._journal_failed)
        self._build()
        store.changed.connect(self._on_store_changed)

    def _build(self) -> None:
        self.table = list_table()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 175)
        header.setStretchLastSection(False)
        header.moveSection(header.visualIndex(ADVICE_COLUMN), CLIENT_COLUMNS.index("status") + 1)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        self.name = QLineEdit()
        self.revenue = QDoubleSpinBox()
        self.revenue.setRange(-1, 100)
        self.revenue.setDecimals(0)
        self.revenue.setSuffix(format_percent(0, self.lang).removeprefix("0"))  # as in the table
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
        form = QGridLayout(details)
        form.setColumnStretch(1, 1)
        for row, column, text, field in (
            (0, 0, self.tr("Name"), self.name),
            (1, 0, self.tr("Share of my revenue"), self.revenue),
            (1, 2, self.tr("Status"), self.status_box),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addWidget(caption, row, column)
            form.addWidget(field, row, column + 1, 1, 3 if row == 0 else 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        form.addLayout(buttons, 2, 0, 1, 4)

        self.history_title = QLabel()
        self.history_title.setProperty("section", True)
        self.history = list_table()
        self.history.setModel(self.history_proxy)
        self.history.setAccessibleName(self.tr("All encounters with this client"))
        set_widths(self.history, COLUMNS, JOURNAL_WIDTHS)
        self.history.hideColumn(COLUMNS.index("client"))
        self.history.activated.connect(self._open_history)  # Enter, and double-click too
        encounters = QWidget()
        encounters_column = QVBoxLayout(encounters)
        encounters_column.addWidget(self.history_title)
        encounters_column.addWidget(self.history, 1)

        self.panel = ClientAdvicePanel(self.store, self.undo_stack, self.lang)
        self.panel.addTab(encounters, self.tr("All encounters"))
        self.panel.open_encounter.connect(self.open_encounter)
        self.panel.status.connect(self.status)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(details)
        column.addWidget(self.panel, 1)
        self.empty_hint = QLabel(self.tr("No clients yet: they appear here as you log encounters."))
        self.empty_hint.setProperty("hint", True)

        self.loading_note = QLabel(self.tr("Working out each client's advice…"))
        self.loading_note.setProperty("hint", True)
        self.loading_note.hide()

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.loading_note)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.empty_hint)

        splitter = AdaptiveSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolling(right))  # the advice scrolls on a 600-px screen
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 600])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_details_enabled(False)

    # --- content ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the clients' figures: a small journal at once, a big one a slice per
        event-loop pass (the list then shows when they are all in)."""
        self._stale = False
        self._reading = self.store.data_stamp()
        self._figures = ClientFigures()
        self._after_row, self._last_row = 0, self.store.last_encounter_row()
        if self._last_row > FIGURES_SLICE:  # from the next pass: this one shows the page
            self.empty_hint.hide()  # not "no clients yet": they are on their way
            self._figures_timer.start()
        else:
            self._read_figures(at_once=True)

    @property
    def reading(self) -> bool:
        """True while the clients' figures are being read."""
        return self._reading is not None

    def _read_figures(self, *, at_once: bool = False) -> None:
        if self._reading is None or self.store.data_loader().closed:
            return
        if not at_once and not pass_budget.may_run():  # other pages' steps had this pass
            self._figures_timer.start()
            return
        if self.store.data_stamp() != self._reading:  # changed meanwhile: from the start
            self.reload()
            return
        self._figures.add(self.store.client_figures_slice(self._after_row, FIGURES_SLICE))
        self._after_row += FIGURES_SLICE
        if self._after_row < self._last_row:
            self.empty_hint.hide()  # not "no clients yet": they are on their way
            self._figures_timer.start()
            return
        self._reading = None
        self._show_summaries(self._figures.summaries(self.store.clients()), later=not at_once)

    def _show_summaries(self, summaries: list[ClientSummary], *, later: bool) -> None:
        """`later`: read over several passes, this one included; the chosen client's
        encounters are then read in a pass of their own."""
        current = self.current_client()
        self.model.reset(summaries)
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        row = self.model.row_of(current.id) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        before = self.table.currentIndex().row()
        self._show_later = later
        try:
            if row >= 0:
                self.table.selectRow(row)
            if self.table.currentIndex().row() == before:  # else currentRowChanged showed it
                self._show_current()
        finally:
            self._show_later = False

    def _on_store_changed(self, what: str, _ids: object) -> None:
        """Summaries scan the whole journal: refresh now if seen, else when next shown."""
        if what in ADVICE_INPUTS:
            self._advice_stale = True
            if self.isVisible():
                self._advice_timer.start()
        if what in (CLIENTS, ENCOUNTERS):
            self._stale = True
            if self.isVisible():
                self.reload()
        # A new event (CLIENT_EVENTS is an advice input) shows with the advice worked out
        # again just after: rebuilding the panel now as well would do it twice.

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        if self._advice_stale:
            self.refresh_advice()
        super().showEvent(event)

    # --- advice -----------------------------------------------------------------------

    def _advice_due(self) -> None:
        if self.isVisible():
            self.refresh_advice()

    def refresh_advice(self) -> None:
        """Work the advice out for every client, then keep each change of level.

        The journal is read without freezing the window (shared with Insights) and the
        advice worked out in a thread; meanwhile the page says so and stays usable, and
        advice_updated follows.
        """
        self._advice_timer.stop()
        self._advice_stale = False
        self._set_loading(True)
        self._awaiting_data = True
        self.store.data_loader().request()

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.loading_note.setVisible(loading)

    def _journal_loaded(self) -> None:
        if not self._awaiting_data:
            return
        data = self.store.data_loader().current()
        if data is None:  # changed since: another load follows
            return
        self._awaiting_data = False
        self._advice_round += 1
        round_, today = self._advice_round, date.today()

        def work() -> None:
            from wellbeing.services import insights

            try:
                found: object = insights.client_advice(data, today)
            except Exception as error:  # said on the GUI thread
                found = error
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self._advice_worked_out.emit(round_, found)

        # Not a daemon (see lazy_page.warm_up): the interpreter waits for it at exit.
        threading.Thread(target=work, name="client-advice").start()

    def _journal_failed(self, reason: str) -> None:
        if self._awaiting_data:
            self._awaiting_data = False
            self._set_loading(False)
            self.status.emit(reason)

    @Slot(int, object)  # a thread emits it: Qt calls it on the GUI thread
    def _advice_found(self, round_: int, found: object) -> None:
        if round_ != self._advice_round or self.store.data_loader().closed:
            return  # a newer round is on its way, or the journal closed meanwhile
        if self._steps:  # the chosen client is being read: in its turn, after that
            self._advice_waiting = (round_, found)
            return
        self._set_loading(False)
        if isinstance(found, Exception):
            raise found
        advice = cast("list[ClientAdvice]", found)
        self.advice = {item.client_id: item for item in advice}
        self.model.set_advice(self.advice)
        self._record_advice(advice)
        client = self.current_client()  # its advice: the rest on show is unchanged
        self.panel.show_client(client, self.advice.get(client.id) if client else None)
        self.advice_updated.emit()

    def _record_advice(self, found: list[ClientAdvice]) -> None:
        """The history is a bonus: a journal that refuses writes still shows the advice."""
        try:
            self.store.record_advice(found, datetime.now())
        except JournalError as error:  # the store words a refused write as StorageFailure
            self.status.emit(explain(error))

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
        else:
            self.name.setText(client.name)
            self.revenue.setValue(-1 if client.revenue_share is None else client.revenue_share)
            self.status_box.setCurrentIndex(self.status_box.findData(client.status.value))
            summary = self.model.summary(self.model.row_of(client.id))
            self.history_title.setText(
                self.tr("History with {client}: %n encounter(s)", "", summary.encounters).format(
                    client=client.name
                )
            )
        # Each reads all of a client's encounters (70 to 120 ms for 2,500): on a big
        # journal, the panel's a page per pass, then the history in a pass of its own.
        self._step_timer.stop()
        self._panel_read = self._history_read = None
        if self._show_later:
            self._steps = [self._read_panel_page, self._read_history_page]
            self._step_timer.start()
        else:
            self._steps = []
            self._show_panel()
            self._show_history()
            self._show_waiting_advice()

    def _show_waiting_advice(self) -> None:
        if self._advice_waiting is not None and not self._steps:
            round_, found = self._advice_waiting
            self._advice_waiting = None
            self._advice_found(round_, found)

    def _next_step(self) -> None:
        """One step of showing the chosen client per event-loop pass."""
        if self.store.data_loader().closed:  # the journal closed before the page went
            self._steps = []
            return
        if not pass_budget.may_run():  # other pages' steps had this pass
            self._step_timer.start()
            return
        if self._steps:
            step = self._steps.pop(0)
            if step() is False:  # more of it in the next pass
                self._steps.insert(0, step)
        if self._steps:
            self._step_timer.start()
        else:
            self._show_waiting_advice()

    def _read_panel_page(self) -> bool:
        """A page of the chosen client's encounters; True once all are read and shown."""
        client = self.current_client()
        if client is None:
            self._show_panel()
            return True
        stamp = self.store.data_stamp()
        read = self._panel_read
        if read is None or read.client_id != client.id or read.stamp != stamp:
            read = self._panel_read = PageRead(client.id, stamp)  # (again) from the newest
        found, read.cursor = self.store.client_encounters_page(client.id, read.cursor, PANEL_PAGE)
        read.found += found
        if read.cursor is not None:
            return False
        self._panel_read = None
        self.panel.show_client(client, self.advice.get(client.id), read.found)
        return True

    def _show_panel(self) -> None:
        client = self.current_client()
        self.panel.show_client(client, self.advice.get(client.id) if client else None)

    def _show_history(self) -> None:
        client = self.current_client()
        self.history_model.reset(self.store.client_lines(client.id) if client else [])

    def _read_history_page(self) -> bool:
        """A page of the chosen client's history, shown as it comes; True once all are."""
        client = self.current_client()
        if client is None:
            self._show_history()
            return True
        stamp = self.store.data_stamp()
        read = self._history_read
        if read is None or read.client_id != client.id or read.stamp != stamp:
            read = self._history_read = PageRead(client.id, stamp)  # (again) from the newest
            lines, read.cursor = self.store.client_lines_page(client.id, None, HISTORY_PAGE)
            self.history_model.reset(lines)
        else:
            lines, read.cursor = self.store.client_lines_page(client.id, read.cursor, HISTORY_PAGE)
            self.history_model.append(lines)
        if read.cursor is not None:
            return False
        self._history_read = None
        return True

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
        events: list[ClientEvent] = []

        def redo() -> Changes:
            """A new status is dated in the client's history (the follow-up reads it); a
            redo puts back the very same event, date and id included."""
            nonlocal after
            if events:
                return self.store.replay_status(after, events)
            with self.store.transaction():
                saved = self.store.save_client(replace(after, status=before.status))
                changes = saved.changes
                if after.status != before.status:
                    status = self.store.set_client_status(before.id, after.status, _now())
                    events.append(status.value)
                    changes = changes | status.changes
            after = replace(saved.value, status=after.status)
            return changes

        def undo() -> Changes:
            return self.store.forget_status(before, events)

        try:
            changes = redo()
        except (InvalidValue, JournalError) as error:
            QMessageBox.warning(self, self.tr("Cannot change the client"), explain(error))
            return
        text = self.tr("change {client}").format(client=before.name)
        record(self.undo_stack, text, undo, redo, changes)
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
        done = self.store.merge_clients(source.id, target.id)
        moved = done.value
        record(
            self.undo_stack,
            self.tr("merge {source} into {target}").format(source=source.name, target=target.name),
            lambda: self.store.unmerge_clients(source, moved),
            lambda: self.store.merge_clients(source.id, target.id),
            done.changes,
        )
        self.select_client(target.id)
        self.status.emit(
            self.tr("{source} merged into {target}. Ctrl+Z undoes it.").format(
                source=source.name, target=target.name
            )
        )


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)
