"""The coach's window: coachees, their packs read-only, two periods compared, session notes
and the actions agreed, on the coach's own encrypted workspace.

A window of its own that needs no journal (`wellbeing coach`, or File → Coach mode…).
Coachees are filed by the stable id their packs carry, never by a name: the coach gives
each one a name of their own (F2).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.coaching import AgreedAction
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.session_content import SessionContent
from wellbeing.sharing.session_pack import MAX_BYTES, WrongCode
from wellbeing.ui.actions import COACH_ACTIONS, COACH_MENUS, build_actions, build_menus
from wellbeing.ui.coach_models import ITEM_ROLE, CoacheesModel, PacksModel, period_text
from wellbeing.ui.coach_pack_view import CompareView, PackView
from wellbeing.ui.coach_presentation import CoachPresentation
from wellbeing.ui.coach_session import ActionsPanel, NotesPanel
from wellbeing.ui.coach_workspace import CoachWorkspace
from wellbeing.ui.errors import explain
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.screen_fit import fit_to_screen, scrolling
from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter
from wellbeing.ui.widgets.flow_layout import FlowLayout
from wellbeing.ui.widgets.labels import section
from wellbeing.ui.widgets.tables import list_table

STATUS_TIMEOUT_MS = 8000


def _select_row(table: QTableView, row: int) -> None:
    """Select and make current one row, whatever keys are held or state the view is in."""
    index = table.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)


class CoachWindow(QMainWindow):
    """Coachees and their packs on the left; the chosen pack, a comparison, notes and
    actions in tabs on the right."""

    def __init__(self, workspace: CoachWorkspace, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.workspace.setParent(self)
        self.lang = lang
        self.presentation: CoachPresentation | None = None
        self.packs: list[SessionContent] = []
        self.coach_actions = build_actions(self, COACH_ACTIONS)
        build_menus(self, self.coach_actions, COACH_ACTIONS, COACH_MENUS)
        self.coachees = CoacheesModel(lang, self._rename, self)
        self.pack_list = PacksModel(lang, self)
        self.setCentralWidget(scrolling(self._build(), horizontal=True))
        path = workspace.path
        self.setWindowTitle(
            self.tr("Coach mode — {name}").format(name=path.name)
            if path is not None
            else self.tr("Coach mode")
        )
        self.workspace.changed.connect(self._on_changed)
        self._fit_screen()
        self.reload_coachees()
        self.coachees_table.setFocus()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> QWidget:
        split = AdaptiveSplitter()  # the lists above the rest when large text needs it
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_lists())
        split.addWidget(self._build_tabs())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 1000])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(split, 1)
        return body

    def _tool_button(self, name: str) -> QToolButton:
        action = self.coach_actions[name]
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(f"button_{name}")
        shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
        if shortcut:
            button.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")
        return button

    def _build_lists(self) -> QWidget:
        self.coachees_table = list_table()
        self.coachees_table.setObjectName("coachees")
        self.coachees_table.setModel(self.coachees)
        self.coachees_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.coachees_table.setAccessibleName(self.tr("Coachees"))
        header = self.coachees_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.coachees_table.selectionModel().selectionChanged.connect(self._on_coachee)
        self.packs_table = list_table()
        self.packs_table.setObjectName("packs")
        self.packs_table.setModel(self.pack_list)
        self.packs_table.setAccessibleName(self.tr("Periods"))
        self.packs_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.packs_table.selectionModel().selectionChanged.connect(self._on_pack)
        buttons = QWidget()  # two rows when the list is narrow, never a cut label
        flow = FlowLayout(buttons)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(self._tool_button("coach_import"))
        flow.addWidget(self._tool_button("coach_rename"))
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section(self.tr("Coachees")))
        column.addWidget(self.coachees_table, 3)
        column.addWidget(buttons)
        column.addWidget(section(self.tr("Their packs")))
        column.addWidget(self.packs_table, 2)
        lists.setMinimumWidth(240)
        return lists

    def _build_tabs(self) -> QWidget:
        self.heading = section("")
        self.heading.setObjectName("coachee_heading")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self._tool_button("coach_present"))
        self.pack_view = PackView(self.lang)
        self.compare_view = CompareView(self.lang)
        self.notes_panel = NotesPanel(self.lang)
        self.notes_panel.add_requested.connect(self._add_note)
        self.notes_panel.delete_requested.connect(self._delete_note)
        self.actions_panel = ActionsPanel(self.lang, self.workspace.now().date())
        self.actions_panel.agree_requested.connect(self._agree)
        self.actions_panel.delete_requested.connect(self._delete_action)
        self.actions_panel.export_button.clicked.connect(self.export_actions)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("coach_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pack_view, self.tr("Pack"))
        self.tabs.addTab(self.compare_view, self.tr("Compare two periods"))
        self.tabs.addTab(self.notes_panel, self.tr("Session notes"))
        self.tabs.addTab(self.actions_panel, self.tr("Agreed actions"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(4, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.tabs, 1)
        return right

    def _fit_screen(self) -> None:
        """Comfortable on a laptop, never larger than the screen (1024×600 included)."""
        fit_to_screen(self, 1280, 800)

    # --- coachees and packs --------------------------------------------------------------

    def coachee_id(self) -> str | None:
        rows = self.coachees_table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE).coachee.id if rows else None

    def pack(self) -> SessionContent | None:
        rows = self.packs_table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def reload_coachees(self, select: str | None = None) -> None:
        """Read the list again, keeping (or moving to) one coachee."""
        kept = select or self.coachee_id()
        self.coachees.set_items(self.workspace.coachees())
        row = self.coachees.row_of(kept) if kept is not None else None
        if row is None and self.coachees.rowCount():
            row = 0
        if row is not None:
            _select_row(self.coachees_table, row)
        else:
            self._show_coachee(None)
        self._show_heading()

    def select_coachee(self, coachee_id: str) -> None:
        row = self.coachees.row_of(coachee_id)
        if row is not None:
            _select_row(self.coachees_table, row)

    def _on_coachee(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_coachee(self.coachee_id())

    def _show_coachee(self, coachee_id: str | None) -> None:
        self.packs = self.workspace.packs(coachee_id) if coachee_id else []
        self.pack_list.set_items(self.packs)
        self.compare_view.set_packs(self.packs)
        self.notes_panel.set_notes(self.workspace.notes(coachee_id) if coachee_id else [])
        self.actions_panel.set_actions(self.workspace.actions(coachee_id) if coachee_id else [])
        for widget in (self.notes_panel, self.actions_panel):
            widget.setEnabled(coachee_id is not None)
        if self.packs:
            _select_row(self.packs_table, len(self.packs) - 1)  # the latest period first
        else:
            self._show_pack(None)

    def _on_pack(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_pack(self.pack())

    def _show_pack(self, content: SessionContent | None) -> None:
        self._show_heading()
        self.pack_view.show_pack(content)
        self.coach_actions["coach_present"].setEnabled(content is not None)

    def _show_heading(self) -> None:
        """Whose pack, which period: the coach's name for them, as renamed."""
        rows = self.coachees_table.selectionModel().selectedRows()
        name = rows[0].data(ITEM_ROLE).coachee.label if rows else ""
        content = self.pack()
        if content is not None:
            period = period_text(content.first, content.last, self.lang)
            self.heading.setText(f"{name} · {period}")
        else:
            self.heading.setText(name or self.tr("No coachee yet"))

    def _on_changed(self, what: str, coachee_id: str) -> None:
        if what == "coachees":
            editing = QAbstractItemView.State.EditingState
            if self.coachees_table.state() == editing:  # renamed: never reset inside setData
                QTimer.singleShot(0, lambda: self.reload_coachees(coachee_id))
            else:
                self.reload_coachees(coachee_id)
        elif coachee_id == self.coachee_id() and what == "notes":
            self.notes_panel.set_notes(self.workspace.notes(coachee_id))
        elif coachee_id == self.coachee_id() and what == "actions":
            self.actions_panel.set_actions(self.workspace.actions(coachee_id))

    # --- importing ---------------------------------------------------------------------

    def import_pack(self) -> bool:
        """Ask for a pack file, then import it (Ctrl+I)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a session pack"),
            str(documents_folder()),
            self.tr("Session packs (*.wbpack *.json);;All files (*)"),
        )
        return bool(chosen) and self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        """Import a pack (asking its code if sealed); the coachee is added or updated by the
        id the pack carries. Any refusal is one sentence, and nothing is written."""
        title = self.tr("Pack not imported")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)  # the reader refuses more; never read it all
        except OSError as error:
            QMessageBox.warning(
                self,
                title,
                self.tr("{path} cannot be read ({reason}).").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        code: str | None = None
        while True:
            try:
                imported = self.workspace.import_pack(data, code)
                break
            except WrongCode:
                if code is not None:
                    QMessageBox.warning(
                        self,
                        title,
                        self.tr(
                            "This code does not open the pack: check it with the employee "
                            "(or the pack was changed since it was made)."
                        ),
                    )
                    return False
                code = self._ask_code(path)
                if not code:
                    return False
            except InvalidValue as error:
                QMessageBox.warning(self, title, explain(error))
                return False
        content = imported.content
        period = period_text(content.first, content.last, self.lang)
        label = imported.coachee.label
        row = next((r for r, p in enumerate(self.packs) if p.first == content.first), None)
        if row is not None:
            _select_row(self.packs_table, row)
        self.statusBar().showMessage(
            (
                self.tr("New coachee {name}, with the pack of {period}. F2 gives them a name.")
                if imported.created
                else self.tr("The pack of {period} was added to {name}.")
            ).format(name=label, period=period),
            STATUS_TIMEOUT_MS,
        )
        return True

    def _ask_code(self, path: Path) -> str | None:
        code, ok = QInputDialog.getText(
            self,
            self.tr("Sealed pack"),
            self.tr("{name} is sealed. Type the code the employee told you:").format(
                name=path.name
            ),
            QLineEdit.EchoMode.Normal,
        )
        return code.strip() if ok and code.strip() else None

    # --- renaming ----------------------------------------------------------------------

    def rename_selected(self) -> None:
        rows = self.coachees_table.selectionModel().selectedRows()
        if rows:
            index = self.coachees.index(rows[0].row(), 0)
            self.coachees_table.setCurrentIndex(index)
            self.coachees_table.edit(index)

    def _rename(self, coachee_id: str, label: str) -> bool:
        try:
            self.workspace.rename(coachee_id, label)
        except InvalidValue as error:
            QMessageBox.warning(self, self.tr("Not renamed"), explain(error))
            return False
        return True

    # --- notes and actions -----------------------------------------------------------

    def _add_note(self, text: str) -> None:
        coachee_id = self.coachee_id()
        if coachee_id is not None:
            self.workspace.add_note(coachee_id, text)

    def _delete_note(self, note_id: str) -> None:
        coachee_id = self.coachee_id()
        if coachee_id is not None:
            self.workspace.delete_note(coachee_id, note_id)

    def _agree(self, action: AgreedAction) -> None:
        coachee_id = self.coachee_id()
        if coachee_id is not None:
            self.workspace.agree(coachee_id, action)

    def _delete_action(self, action_id: str) -> None:
        coachee_id = self.coachee_id()
        if coachee_id is not None:
            self.workspace.delete_action(coachee_id, action_id)

    def export_actions(self) -> Path | None:
        """The actions file the employee imports as goals; it names their journal by id."""
        coachee_id = self.coachee_id()
        if coachee_id is None:
            return None
        title = self.tr("Actions not exported")
        if not self.workspace.actions(coachee_id):
            QMessageBox.information(
                self,
                title,
                self.tr("No action has been agreed with this coachee yet; nothing to export."),
            )
            return None
        stamp = self.workspace.now().date().isoformat()
        suggested = documents_folder() / f"coaching-actions-{stamp}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the agreed actions"),
            str(suggested),
            self.tr("Coaching actions (*.json)"),
        )
        if not chosen:
            return None
        try:
            written, count = self.workspace.export_actions(coachee_id, Path(chosen))
        except InvalidValue as error:
            QMessageBox.warning(self, title, explain(error))
            return None
        except OSError as error:
            QMessageBox.warning(
                self,
                title,
                self.tr("{path} could not be written ({reason}).").format(
                    path=chosen, reason=error.strerror or error
                ),
            )
            return None
        self.statusBar().showMessage(
            self.tr("{count} actions written to {path}; give this file to the employee.").format(
                count=count, path=written
            ),
            STATUS_TIMEOUT_MS,
        )
        return written

    # --- views ---------------------------------------------------------------------------

    def show_pack(self) -> None:
        self.tabs.setCurrentWidget(self.pack_view)

    def show_compare(self) -> None:
        self.tabs.setCurrentWidget(self.compare_view)

    def show_notes(self) -> None:
        self.tabs.setCurrentWidget(self.notes_panel)
        self.notes_panel.text.setFocus()

    def show_actions(self) -> None:
        self.tabs.setCurrentWidget(self.actions_panel)
        self.actions_panel.what.setFocus()

    def present(self) -> CoachPresentation | None:
        """The chosen pack's charts, one at a time, full screen."""
        content = self.pack()
        if content is None:
            self.statusBar().showMessage(self.tr("Choose a pack to present."), STATUS_TIMEOUT_MS)
            return None
        if self.presentation is not None:
            self.presentation.close()
        self.presentation = CoachPresentation(content, self.lang, self)
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.showFullScreen()
        self.presentation.activateWindow()
        self.presentation.setFocus()
        return self.presentation

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.activateWindow()

    def render_now(self) -> None:
        """Every chart drawn at once (tests, screenshots)."""
        self.pack_view.render_now()
        self.compare_view.render_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation is not None:
            self.presentation.close()
        super().closeEvent(event)
        if event.isAccepted():
            self.workspace.close()


def open_coach_window(
    parent: QWidget | None, lang: str, path: Path | None = None
) -> CoachWindow | None:
    """Unlock (or create) the workspace, then show its window; None if the coach gave up
    or the workspace cannot be opened (said in one sentence)."""
    from wellbeing.store.errors import JournalError
    from wellbeing.store.location import default_coach_path
    from wellbeing.ui.coach_workspace import open_workspace

    path = path or default_coach_path()
    title = QApplication.translate("CoachWindow", "Cannot open the coaching workspace")
    try:
        db = open_workspace(parent, path)
    except JournalError as error:
        QMessageBox.warning(parent, title, explain(error))
        return None
    except OSError as error:
        QMessageBox.warning(parent, title, f"{error.strerror or error}: {path}")
        return None
    if db is None:
        return None
    window = CoachWindow(CoachWorkspace(db, path), lang)
    window.show()
    return window
