"""Goals agreed with a coach, back in the journal: the list to check off, and the import
of the actions file the coach gives after a session.

Gentle on purpose: a due goal says "(due)" in words, nothing is red, nothing counts what
was missed. Checking off and deleting go on the window's undo stack.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.coaching import Goal
from wellbeing.domain.formatting import format_date
from wellbeing.domain.validation import InvalidValue
from wellbeing.sharing.actions_file import SPEC as ACTIONS_SPEC
from wellbeing.store.errors import JournalError
from wellbeing.ui.errors import explain
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.goals_model import BY_WHEN, DONE, GOAL_ROLE, WHAT, GoalsModel
from wellbeing.ui.journal_store import GOALS, JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.labels import hint


def added_sentence(added: int, updated: int) -> str:
    """One sentence after an import: how many goals are new (and how many were refreshed)."""
    if added == 0:
        return QCoreApplication.translate(
            "GoalsDialog", "These goals were already in your journal; nothing new was added."
        )
    if added == 1:
        text = QCoreApplication.translate("GoalsDialog", "1 goal added.")
    else:
        text = QCoreApplication.translate("GoalsDialog", "{count} goals added.").format(count=added)
    if updated:
        text += " " + QCoreApplication.translate(
            "GoalsDialog", "The others were already there and are up to date."
        )
    return text


def import_goals_file(parent: QWidget, store: JournalStore) -> list[Goal] | None:
    """Ask for the actions file, import it, and say in one sentence what happened; None
    when cancelled or refused (nothing imported)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("GoalsDialog", "Import coaching goals"),
        str(documents_folder()),
        QCoreApplication.translate(
            "GoalsDialog", "Coaching actions files (*.json *.wbactions);;All files (*)"
        ),
    )
    if not path:
        return None
    title = QCoreApplication.translate("GoalsDialog", "Import coaching goals")
    try:
        with open(path, "rb") as handle:  # the reader refuses anything bigger
            data = handle.read(ACTIONS_SPEC.max_bytes + 1)
    except OSError as error:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "GoalsDialog", "{path} could not be read ({reason}); nothing was imported."
            ).format(path=path, reason=error.strerror or error),
        )
        return None
    known = {g.id for g in store.goals()}
    try:
        imported = store.import_goals(data, datetime.now()).value
    except (InvalidValue, JournalError) as error:
        QMessageBox.warning(parent, title, explain(error))
        return None
    added = sum(1 for g in imported if g.id not in known)
    QMessageBox.information(parent, title, added_sentence(added, len(imported) - added))
    return imported


class GoalsDialog(QDialog):
    """The Goals list: tick off, see the details, import, delete (with undo)."""

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        lang: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.lang = lang
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Goals"))
        self.model = GoalsModel(lang, self.today, self)
        self.model.done_toggled.connect(self.set_done)
        intro = hint(
            self.tr(
                "The actions you agreed with your coach. Tick one when it is done; how they "
                "went shows in your next session report."
            )
        )
        self.empty = hint(
            self.tr("No goals yet. After a session, import the actions file your coach gives you.")
        )
        self.table = QTableView()
        self.table.setObjectName("goals")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BY_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.details = self._build_details()
        self.import_button = QPushButton(self.tr("&Import coaching goals…"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.import_file)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self._add_undo_keys()
        store.changed.connect(self._on_store_changed)
        self.reload()
        self._fit_to_screen()

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        self.obstacles = self._value("obstacles")
        self.support = self._value("support")
        self.likelihood = self._value("likelihood")
        self.added = self._value("added")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Obstacles:"), self.obstacles)
        form.addRow(self.tr("Support:"), self.support)
        form.addRow(self.tr("How likely:"), self.likelihood)
        form.addRow(self.tr("Added:"), self.added)
        box.setVisible(False)
        return box

    @staticmethod
    def _value(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"goal_{name}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _add_undo_keys(self) -> None:
        """The dialog is modal: the window's Undo and Redo keys are brought inside it."""
        undo = QAction(self)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo_stack.undo)
        redo = QAction(self)
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        redo.triggered.connect(self.undo_stack.redo)
        delete = QAction(self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.addActions([undo, redo])
        self.table.addAction(delete)

    def _fit_to_screen(self) -> None:
        fit_to_screen(self, 720, 480)

    # --- the list ---------------------------------------------------------------------

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what == GOALS:
            self.reload()

    def reload(self) -> None:
        """The goals as stored, the same one selected as before (or the first)."""
        selected = self.selected()
        self.model.set_goals(self.store.goals())
        has_goals = self.model.rowCount() > 0
        self.empty.setVisible(not has_goals)
        self.table.setVisible(has_goals)
        self.delete_button.setEnabled(has_goals)
        row = self.model.row_of(selected.id) if selected else None
        if row is None and has_goals:
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self.details.setVisible(False)
        self.table.resizeRowsToContents()

    def selected(self) -> Goal | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        goal = rows[0].data(GOAL_ROLE)
        return goal if isinstance(goal, Goal) else None

    def _show_details(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        goal = self.selected()
        self.details.setVisible(goal is not None)
        if goal is None:
            return
        action = goal.action
        self.obstacles.setText(action.obstacles or self.tr("none said"))
        self.support.setText(action.support or self.tr("none said"))
        self.likelihood.setText(
            self.tr("{value} out of 10").format(value=action.likelihood)
            if action.likelihood is not None
            else self.tr("not said")
        )
        added = format_date(goal.added_at.date(), self.lang)
        if goal.done_at is not None:
            added = self.tr("{added}; done on {done}").format(
                added=added, done=format_date(goal.done_at.date(), self.lang)
            )
        self.added.setText(added)

    # --- acts -------------------------------------------------------------------------

    def set_done(self, goal_id: str, checked: bool) -> None:
        """Tick off (now) or untick, with undo; a refused write is said, nothing changes."""
        before = next((g for g in self.model.goals if g.id == goal_id), None)
        if before is None:
            return
        done_at = datetime.now().replace(microsecond=0) if checked else None
        previous = before.done_at
        try:
            done = self.store.set_goal_done(goal_id, done_at)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Goals"), explain(error))
            self.reload()
            return
        text = self.tr("check off a goal") if checked else self.tr("un-check a goal")
        record(
            self.undo_stack,
            text,
            lambda: self.store.set_goal_done(goal_id, previous),
            lambda: self.store.set_goal_done(goal_id, done_at),
            done.changes,
        )

    def delete_selected(self) -> None:
        goal = self.selected()
        if goal is None:
            return
        try:
            done = self.store.delete_goal(goal.id)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Goals"), explain(error))
            return
        record(
            self.undo_stack,
            self.tr("delete a goal"),
            lambda: self.store.put_goal(goal),
            lambda: self.store.delete_goal(goal.id),
            done.changes,
        )
        self.table.setFocus()

    def import_file(self) -> None:
        import_goals_file(self, self.store)
