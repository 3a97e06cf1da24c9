"""What my company does well: the list shown back when confidence in the company drops."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.model import Strength
from wellbeing.domain.validation import InvalidValue
from wellbeing.store.errors import JournalError
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_store import STRENGTHS, JournalStore
from wellbeing.ui.undo import record

Index = QModelIndex | QPersistentModelIndex


class StrengthsModel(QAbstractListModel):
    """Edited in place: the model hands each edit to the page, which stores it with undo.

    A strength being added is a row of its own, not in the journal yet (`pending`): it is
    stored once it has a name, and goes away if the person leaves it unnamed (Escape)."""

    edited = Signal(object, str)
    named = Signal(object)
    """The pending strength got its name: the page stores it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._strengths: list[Strength] = []
        self._pending: Strength | None = None

    def reset(self, strengths: list[Strength]) -> None:
        self.beginResetModel()
        self._strengths = list(strengths)
        if self._pending is not None:
            self._strengths.append(self._pending)
        self.endResetModel()

    def strength(self, row: int) -> Strength:
        return self._strengths[row]

    @property
    def pending(self) -> Strength | None:
        return self._pending

    def add_pending(self, strength: Strength) -> int:
        """Show a row for a strength not stored yet; its row."""
        self.drop_pending()
        row = len(self._strengths)
        self.beginInsertRows(QModelIndex(), row, row)
        self._pending = strength
        self._strengths.append(strength)
        self.endInsertRows()
        return row

    def drop_pending(self) -> None:
        """The unnamed new row goes (Escape, or Enter on an empty name)."""
        if self._pending is None:
            return
        row = self.row_of(self._pending.id)
        self._pending = None
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._strengths[row]
            self.endRemoveRows()

    def row_of(self, strength_id: str) -> int:
        return next((r for r, s in enumerate(self._strengths) if s.id == strength_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._strengths)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._strengths[index.row()].text
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        strength = self._strengths[index.row()]
        text = str(value).strip()
        if strength is self._pending:
            if not text:
                return False  # an empty name: the editor closes and the row goes
            self._pending = None
            self.named.emit(replace(strength, text=text))
            return True
        if text == strength.text:
            return False
        self.edited.emit(strength, text)
        return True


class StrengthDelegate(QStyledItemDelegate):
    """Edits a strength in a line with a hint of what to type (the new row starts empty)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(
                QCoreApplication.translate("StrengthsPage", "What does your company do well?")
            )
        return editor


class StrengthsPage(QWidget):
    status = Signal(str)

    def __init__(self, store: JournalStore, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.model = StrengthsModel(self)
        self.model.edited.connect(self.edit)
        self.model.named.connect(self._store_new)
        intro = QLabel(
            self.tr(
                "What my company does well. Complaints are loud and successes are quiet: this "
                "list is shown back to you when your confidence in your company drops."
            )
        )
        intro.setWordWrap(True)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("What my company does well"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(StrengthDelegate(self.view))
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(3)
        self.view.setWordWrap(True)
        self.empty_hint = QLabel(
            self.tr(
                "Nothing here yet. Add a first strength, such as “our deliveries arrive on time”."
            )
        )
        self.empty_hint.setProperty("hint", True)
        self.empty_hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("strengthProblem")
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        add = QPushButton(self.tr("Add a strength"))
        add.setToolTip(self.tr("Add a strength (Insert)"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove the selected strength (Delete); Ctrl+Z brings it back"))
        remove.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        store.changed.connect(self._on_store_changed)

    def _tell(self, problem: str) -> None:
        """A refused name is said under the list, in one sentence, not in a pop-up."""
        self.problem.setText(f"⚠ {problem}" if problem else "")
        self.problem.setVisible(bool(problem))

    def reload(self) -> None:
        self.model.reset(self.store.strengths())
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what == STRENGTHS:
            self.reload()

    def add(self) -> None:
        """A new empty row to name; nothing is stored until it has a name."""
        position = max((s.position for s in self.store.strengths()), default=-1) + 1
        row = self.model.add_pending(Strength(text="", position=position))
        self.empty_hint.setVisible(False)
        index = self.model.index(row)
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _store_new(self, strength: Strength) -> None:
        try:
            done = self.store.save_strength(strength)
        except (InvalidValue, JournalError) as error:
            self._tell(explain(error))
            return
        self._tell("")
        saved = done.value
        record(
            self.undo_stack,
            self.tr("add a strength"),
            lambda: self.store.delete_strength(saved.id),
            lambda: self.store.save_strength(saved),
            done.changes,
        )

    def _editor_closed(self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Escape, an empty name, or leaving the row unnamed: the new row was never stored."""
        self.model.drop_pending()
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def edit(self, before: Strength, text: str) -> None:
        try:
            done = self.store.save_strength(replace(before, text=text))
        except (InvalidValue, JournalError) as error:
            self._tell(explain(error))
            return
        self._tell("")
        after = done.value
        record(
            self.undo_stack,
            self.tr("edit a strength"),
            lambda: self.store.save_strength(before),
            lambda: self.store.save_strength(after),
            done.changes,
        )

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        strength = self.model.strength(index.row())
        changes = self.store.delete_strength(strength.id)
        record(
            self.undo_stack,
            self.tr("remove a strength"),
            lambda: self.store.save_strength(strength),
            lambda: self.store.delete_strength(strength.id),
            changes,
        )
        self.status.emit(self.tr("Strength removed. Ctrl+Z brings it back."))
