"""What the coach keeps of a session: private notes, and the actions agreed in GROW's
last step ("Will"), which go back to the employee as an actions file.

Both panels only show and ask; the window's CoachWorkspace does the writing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.coaching import LIKELIHOOD, AgreedAction
from wellbeing.domain.validation import InvalidValue
from wellbeing.store.coach import SessionNote
from wellbeing.ui.coach_models import ITEM_ROLE, ActionsModel, NotesModel
from wellbeing.ui.errors import explain
from wellbeing.ui.widgets.labels import hint
from wellbeing.ui.widgets.tables import list_table

MAX_NOTE = 20_000


def _selected(table: QTableView) -> object:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(ITEM_ROLE) if rows else None


def _delete_key(table: QTableView, handler: object) -> None:
    """Del on the list deletes the selected row, as in the journal."""
    action = QAction(table)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(handler)
    table.addAction(action)


class NotesPanel(QWidget):
    """The list of notes, and a box to write the next one."""

    add_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel(lang, self)
        self.table = list_table()
        self.table.setObjectName("notes")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Session notes"))
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        _delete_key(self.table, self.delete_selected)
        self.text = QPlainTextEdit()
        self.text.setObjectName("note_text")
        self.text.setAccessibleName(self.tr("Next note"))
        self.text.setPlaceholderText(self.tr("What was said, what to come back to next time…"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setObjectName("add_note")
        self.add_button.setToolTip(self.tr("Add the note (Ctrl+Return)"))
        self.add_button.clicked.connect(self.add)
        add_action = QAction(self.text)
        add_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        add_action.triggered.connect(self.add)
        self.text.addAction(add_action)
        self.delete_button = QPushButton(self.tr("&Delete note"))
        self.delete_button.setObjectName("delete_note")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr("Private to you: notes never leave this workspace.")), 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)

    def set_notes(self, notes: list[SessionNote]) -> None:
        self.model.set_items(notes)
        self.table.scrollToBottom()

    def add(self) -> None:
        text = self.text.toPlainText().strip()
        if text:
            self.add_requested.emit(text[:MAX_NOTE])
            self.text.clear()

    def delete_selected(self) -> None:
        note = _selected(self.table)
        if isinstance(note, SessionNote):
            self.delete_requested.emit(note.id)


class ActionsPanel(QWidget):
    """A small form for one action (what, by when, obstacles, support, how likely) and
    the list of what was agreed."""

    agree_requested = Signal(object)
    delete_requested = Signal(str)

    def __init__(self, lang: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionsModel(lang, self)
        self.what = QLineEdit()
        self.what.setObjectName("action_what")
        self.what.setMaxLength(500)
        self.what.setPlaceholderText(self.tr("What will be done"))
        self.has_date = QCheckBox(self.tr("a date:"))
        self.has_date.setObjectName("action_has_date")
        self.by_when = QDateEdit()
        self.by_when.setObjectName("action_by_when")
        self.by_when.setAccessibleName(self.tr("Date to do it by"))
        self.by_when.setCalendarPopup(True)
        self.by_when.setDisplayFormat("dd/MM/yyyy" if lang == "fr" else "yyyy-MM-dd")
        self.by_when.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.by_when.setEnabled(False)
        self.has_date.toggled.connect(self.by_when.setEnabled)
        self.obstacles = QLineEdit()
        self.obstacles.setObjectName("action_obstacles")
        self.obstacles.setMaxLength(2000)
        self.obstacles.setPlaceholderText(self.tr("What could get in the way"))
        self.support = QLineEdit()
        self.support.setObjectName("action_support")
        self.support.setMaxLength(2000)
        self.support.setPlaceholderText(self.tr("Who or what will help"))
        self.likelihood = QSpinBox()
        self.likelihood.setObjectName("action_likelihood")
        self.likelihood.setRange(*LIKELIHOOD)
        self.likelihood.setValue(7)
        self.likelihood.setSuffix(self.tr(" out of 10"))
        self.agree_button = QPushButton(self.tr("A&gree this action"))
        self.agree_button.setObjectName("agree_action")
        self.agree_button.clicked.connect(self.agree)
        self.what.returnPressed.connect(self.agree)
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.by_when, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&What:"), self.what)
        when_label = QLabel(self.tr("By &when:"))
        when_label.setBuddy(self.has_date)
        form.addRow(when_label, when)
        form.addRow(self.tr("&Obstacles:"), self.obstacles)
        form.addRow(self.tr("&Support:"), self.support)
        form.addRow(self.tr("How &likely:"), self.likelihood)
        form_box = QVBoxLayout()
        form_box.addWidget(
            hint(self.tr("GROW's last step, Will: what the coachee commits to, in their words."))
        )
        form_box.addLayout(form)
        agree_row = QHBoxLayout()
        agree_row.addStretch(1)
        agree_row.addWidget(self.agree_button)
        form_box.addLayout(agree_row)
        form_box.addStretch(1)
        self.table = list_table()
        self.table.setObjectName("actions")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agreed actions"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        _delete_key(self.table, self.delete_selected)
        self.delete_button = QPushButton(self.tr("&Delete action"))
        self.delete_button.setObjectName("delete_action")
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("&Export actions…"))
        self.export_button.setObjectName("export_actions")
        self.export_button.setToolTip(
            self.tr("Write the actions file the employee imports as goals (Ctrl+E)")
        )
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.export_button)
        list_box = QVBoxLayout()
        list_box.addWidget(self.table, 1)
        list_box.addLayout(list_buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(form_box, 1)
        layout.addLayout(list_box, 1)

    def set_actions(self, actions: list[AgreedAction]) -> None:
        self.model.set_items(actions)

    def action(self) -> AgreedAction:
        """The form as an action; raises InvalidValue when it says nothing to do."""
        by_when = self.by_when.date().toPython() if self.has_date.isChecked() else None
        return AgreedAction(
            self.what.text().strip(),
            by_when,  # type: ignore[arg-type]
            self.obstacles.text().strip(),
            self.support.text().strip(),
            self.likelihood.value(),
        )

    def clear_form(self) -> None:
        for field in (self.what, self.obstacles, self.support):
            field.clear()
        self.has_date.setChecked(False)
        self.what.setFocus()

    def agree(self) -> None:
        """A form that says nothing to do is said so in one sentence, and kept as typed."""
        try:
            action = self.action()
        except InvalidValue as error:
            QMessageBox.warning(self, self.tr("Not agreed"), explain(error))
            self.what.setFocus()
            return
        self.agree_requested.emit(action)
        self.clear_form()

    def delete_selected(self) -> None:
        action = _selected(self.table)
        if isinstance(action, AgreedAction):
            self.delete_requested.emit(action.id)
