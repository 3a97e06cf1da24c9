"""The journal page: filters and the list on the left, the encounter form on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.formatting import format_datetime
from wellbeing.domain.model import Client
from wellbeing.domain.validation import InvalidValue
from wellbeing.store import settings
from wellbeing.store.errors import JournalError
from wellbeing.ui import pass_budget
from wellbeing.ui.changes import NOTHING, Changes
from wellbeing.ui.encounter_form import EncounterForm
from wellbeing.ui.errors import explain
from wellbeing.ui.i18n import date_edit_format, ui_language
from wellbeing.ui.journal_filter import JournalFilterProxy
from wellbeing.ui.journal_model import (
    COLUMNS,
    ID_ROLE,
    JournalFilter,
    JournalModel,
)
from wellbeing.ui.journal_store import BOUNDARIES, CLIENTS, ENCOUNTERS, JournalStore
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter
from wellbeing.ui.widgets.flow_layout import FlowLayout
from wellbeing.ui.widgets.tables import list_table, set_widths

JOURNAL_WIDTHS = {
    "when": 125,
    "client": 150,
    "kind": 90,
    "impact": 55,
    "behaviours": 220,
    "emotions": 150,
}
FIRST_PAGE = 300
NEXT_PAGES = 1000
"""Older encounters read per event-loop pass once the newest are on screen."""
DRAFT_DELAY_MS = 700
SEARCH_DELAY_MS = 150
NO_DATE = QDate(2000, 1, 1)


class JournalPage(QWidget):
    """Owns the list's loading, saving from the form, deleting, and the crash-proof draft."""

    status = Signal(str)

    def __init__(
        self, store: JournalStore, undo_stack: QUndoStack, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.model = JournalModel(lang, self)
        self.proxy = JournalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._cursor: tuple[str, int] | None = None
        self._to_load = 0
        """Encounters in the journal when the list began loading (its progress)."""
        self._loading = QTimer(self, singleShot=True, interval=0)
        self._loading.timeout.connect(self._load_next_page)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self._build(lang)
        store.changed.connect(self._on_store_changed)

    # --- building ---------------------------------------------------------------------

    def _build(self, lang: str) -> None:
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setPlaceholderText(self.tr("Search clients, what happened, tags… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.client_filter = QComboBox()
        self.client_filter.setMinimumContentsLength(12)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Difficult and positive"), None)
        self.kind_filter.addItem(self.tr("Difficult only"), "difficult")
        self.kind_filter.addItem(self.tr("Positive only"), "positive")
        self.start = self._date_edit(self.tr("From"))
        self.end = self._date_edit(self.tr("To"))
        # Typing waits for a pause before filtering: 100,000 rows per key would stutter.
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for signal in (
            self.client_filter.currentIndexChanged,
            self.kind_filter.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
        ):
            signal.connect(self._apply_filter)

        who = QWidget()
        who_row = QHBoxLayout(who)
        who_row.setContentsMargins(0, 0, 0, 0)
        for caption, field in (
            (self.tr("Client"), self.client_filter),
            (self.tr("Kind"), self.kind_filter),
        ):
            label = QLabel(caption)  # a screen reader names a combo box by its label only
            label.setBuddy(field)
            who_row.addWidget(label)
            who_row.addWidget(field, 1)
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(QLabel(self.tr("from")))
        dates_row.addWidget(self.start)
        dates_row.addWidget(QLabel(self.tr("to")))
        dates_row.addWidget(self.end)
        # One line when there is room; the dates go under the rest when the list is narrow.
        filters = QWidget()
        filters_flow = FlowLayout(filters)
        filters_flow.setContentsMargins(0, 0, 0, 0)
        filters_flow.addWidget(who)
        filters_flow.addWidget(dates)

        self.table = list_table(multi_select=True)
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.table.setModel(self.proxy)
        set_widths(self.table, COLUMNS, JOURNAL_WIDTHS)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.empty_hint = QLabel()
        self.empty_hint.setProperty("hint", True)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.search)
        left_column.addWidget(filters)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.empty_hint)

        self.form = EncounterForm(lang)
        self._show_boundaries()
        self.form.save_requested.connect(self.save)
        self.form.edited.connect(self._draft_timer.start)
        self.draft_banner = self._build_draft_banner()
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.draft_banner)
        right_column.addWidget(self.form, 1)

        self.splitter = AdaptiveSplitter()  # stacks when large text leaves no room
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([720, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setToolTip(self.tr("{name}: leave at — for no limit").format(name=name))
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        return edit

    def _build_draft_banner(self) -> QFrame:
        banner = QFrame()
        banner.setProperty("banner", True)
        row = QHBoxLayout(banner)
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        restore = QPushButton(self.tr("Restore the draft"))
        restore.clicked.connect(self.restore_draft)
        discard = QPushButton(self.tr("Discard"))
        discard.clicked.connect(self.discard_draft)
        row.addWidget(self.draft_label, 1)
        row.addWidget(restore)
        row.addWidget(discard)
        banner.setVisible(False)
        self._restore_button, self._discard_button = restore, discard
        return banner

    # --- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Show the newest page at once; load the rest in steps that keep the window alive."""
        lines, self._cursor = self.store.encounter_lines(limit=FIRST_PAGE)
        self.model.reset(lines)
        self._refresh_clients()
        self._update_hint()
        if self._cursor is not None:
            self._to_load = self.store.count_encounters()  # once: a count is a full scan
            self._loading.start()

    def stop(self) -> None:
        """No more background work: the journal is about to close."""
        self._loading.stop()
        self._draft_timer.stop()
        self._cursor = None

    @property
    def loading(self) -> bool:
        return self._cursor is not None

    def _load_next_page(self) -> None:
        if self._cursor is None:
            return
        if not pass_budget.may_run():  # other pages' steps had this pass
            self._loading.start()
            return
        lines, self._cursor = self.store.encounter_lines(self._cursor, NEXT_PAGES)
        self.model.append(lines)
        if self._cursor is not None:
            total = max(self._to_load, self.model.rowCount(), 1)
            self.status.emit(
                self.tr("Loading the journal… {percent} %").format(
                    percent=100 * self.model.rowCount() // total
                )
            )
            self._loading.start()
        else:
            self._update_hint()

    def _show_boundaries(self) -> None:
        """The form checks against the user's limits only once they saved or confirmed them
        (an empty stored value is the defaults nobody chose)."""
        chosen = bool(self.store.setting(settings.BOUNDARIES))
        self.form.set_boundaries(self.store.boundaries(), chosen)

    def _on_store_changed(self, what: str, ids: list[str] | None) -> None:
        if what == BOUNDARIES:
            self._show_boundaries()
        if what == CLIENTS:
            self._refresh_clients()
        if what != ENCOUNTERS:
            return
        if ids is None or self.loading:
            self.reload()
            return
        lines = self.store.encounter_lines_by_id(ids)
        self.model.remove_ids(set(ids) - {line.id for line in lines})
        self.model.put_lines(lines)
        self._update_hint()

    def _refresh_clients(self) -> None:
        self._rebase_form()
        clients = self.store.clients()
        current = self.client_filter.currentData()
        self.client_filter.blockSignals(True)
        self.client_filter.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        for client in clients:
            self.client_filter.addItem(client.name, client.id)
        self.client_filter.setCurrentIndex(max(self.client_filter.findData(current), 0))
        self.client_filter.blockSignals(False)
        self.form.set_client_names([client.name for client in clients])
        self._apply_filter()

    # --- filters ----------------------------------------------------------------------

    def _rebase_form(self) -> None:
        """After a rename or merge, the encounter being edited follows its client."""
        editing = self.form.editing
        if editing is None:
            return
        fresh = self.store.get_encounter(editing.id)
        client = self.store.client(fresh.client_id) if fresh else None
        self.form.rebase(fresh, client.name if client else None)

    def _apply_filter(self) -> None:
        start, end = self.start.date(), self.end.date()
        self.proxy.set_filter(
            JournalFilter(
                search=self.search.text(),
                client_id=self.client_filter.currentData(),
                kind=self.kind_filter.currentData(),
                start=None if start == NO_DATE else start.toPython(),
                end=None if end == NO_DATE else end.toPython(),
            ),
            self.table.selectionModel(),
        )
        self._update_hint()

    def show_client(self, client_id: str | None) -> None:
        self.client_filter.setCurrentIndex(max(self.client_filter.findData(client_id), 0))

    def set_range(self, start: date | None, end: date | None) -> None:
        self.start.setDate(QDate(start) if start else NO_DATE)
        self.end.setDate(QDate(end) if end else NO_DATE)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_hint(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0 and not self.loading:
            text = self.tr(
                "Your journal is empty. Log your first encounter on the right: "
                "pick the client, set the impact, then press Ctrl+Enter."
            )
        elif shown == 0:
            text = self.tr("No encounter matches these filters.")
        else:
            text = ""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        if not self.loading:
            self.status.emit(self.counts_text())

    def counts_text(self) -> str:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if self.proxy.journal_filter.active:
            return self.tr("%n encounter(s) shown of {total}", "", shown).format(total=total)
        return self.tr("%n encounter(s) in the journal", "", total)

    # --- actions ----------------------------------------------------------------------

    def new_encounter(self) -> None:
        self.form.new()
        self.table.clearSelection()

    def _open_index(self, index: QModelIndex) -> None:
        encounter_id = index.data(ID_ROLE)
        encounter = self.store.get_encounter(encounter_id) if encounter_id else None
        if encounter is None:
            return
        client = self.store.client(encounter.client_id)
        self.form.load(encounter, client.name if client else "")
        self.form.client.setFocus()

    def open_encounter(self, encounter_id: str) -> None:
        row = self.model.row_of(encounter_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
        encounter = self.store.get_encounter(encounter_id)
        if encounter:
            client = self.store.client(encounter.client_id)
            self.form.load(encounter, client.name if client else "")

    def save(self) -> bool:
        """Save through the same service as `wellbeing log`; the form only reads the fields
        (its ticked violations are a preview: what is stored is the service's). A problem,
        the form's or the service's, is said beside its field and nothing is written."""
        if not self.form.check():
            return False
        editing = self.form.editing
        try:
            done = self.store.save_entry(self.form.entry(), editing.id if editing else None)
        except (InvalidValue, JournalError) as error:
            self.form.show_problem(explain(error), getattr(error, "field", ""))
            return False
        logged = done.value
        saved, created, previous = logged.encounter, logged.client_created, logged.previous
        client_id, client_name = saved.client_id, logged.client.name

        def undo() -> Changes:
            if previous is None:
                changes = self.store.delete_encounters([saved.id]).changes
            else:
                changes = self.store.put_encounter(previous)
            if created:  # nothing refers to the client this save created any more
                changes = changes | self.store.delete_client(client_id)
            return changes

        def redo() -> Changes:
            changes = NOTHING
            if created and self.store.client(client_id) is None:
                changes = self.store.save_client(Client(name=client_name, id=client_id)).changes
            return changes | self.store.put_encounter(saved)

        text = self.tr("save the encounter") if previous is None else self.tr("edit the encounter")
        record(self.undo_stack, text, undo, redo, done.changes)
        self.store.clear_draft()
        self._draft_timer.stop()
        self.draft_banner.setVisible(False)
        self.form.new()
        self.status.emit(self.tr("Encounter saved. Ctrl+Z undoes it."))
        return True

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        ids = [index.data(ID_ROLE) for index in rows]
        if not ids:
            return
        next_row = min(index.row() for index in rows)
        done = self.store.delete_encounters(ids)
        deleted = done.value
        if self.form.editing and self.form.editing.id in ids:
            self.form.new()
        record(
            self.undo_stack,
            self.tr("delete %n encounter(s)", "", len(deleted)),
            lambda: self.store.restore_encounters(deleted),
            lambda: self.store.delete_encounters([e.id for e in deleted]),
            done.changes,
        )
        self.status.emit(
            self.tr("%n encounter(s) deleted. Ctrl+Z brings them back.", "", len(deleted))
        )
        if self.proxy.rowCount():
            index = self.proxy.index(min(next_row, self.proxy.rowCount() - 1), 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # --- drafts -----------------------------------------------------------------------

    def keep_draft(self) -> None:
        """Write what is typed into the journal so that a crash loses nothing."""
        if self.draft_banner.isVisible():
            return  # the kept draft waits for Restore or Discard; never overwrite it
        try:
            if self.form.is_blank():
                self.store.clear_draft()
            else:
                self.store.save_draft(self.form.draft())
        except JournalError as error:
            self.status.emit(explain(error))

    def offer_draft(self) -> bool:
        kept = self.store.load_draft()
        if kept is None:
            return False
        payload, saved_at = kept
        client = payload.get("client") or self.tr("an unnamed client")
        self.draft_label.setText(
            self.tr("An encounter you had not saved ({client}, {time}) was kept.").format(
                client=client, time=format_datetime(saved_at, ui_language())
            )
        )
        self.draft_banner.setVisible(True)
        return True

    def restore_draft(self) -> None:
        kept = self.store.load_draft()
        self.draft_banner.setVisible(False)
        if kept is None:
            return
        payload = kept[0]
        editing_id = payload.get("editing_id")
        editing = self.store.get_encounter(editing_id) if editing_id else None
        self.form.restore(payload, editing)
        self.form.client.setFocus()

    def discard_draft(self) -> None:
        self.store.clear_draft()
        self.draft_banner.setVisible(False)
