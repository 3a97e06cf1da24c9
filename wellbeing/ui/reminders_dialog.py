"""The reminders list (open, snooze or dismiss each one) and the one place to turn them off.

Both read and write through ReminderCenter, so that what the list shows is what the status
bar and the tray notifications show: one decision, wellbeing.analysis.reminders.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.reminders import NEXT_WEEK, TOMORROW, Reminder
from wellbeing.domain.reminders import ReminderKind, ReminderPrefs
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.reminders_center import ReminderCenter, describe
from wellbeing.ui.screen_fit import fit_to_screen

Index = QModelIndex | QPersistentModelIndex


class ReminderListModel(QAbstractListModel):
    """The reminders due now, one sentence each."""

    def __init__(self, center: ReminderCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.reminders: list[Reminder] = center.current()
        center.changed.connect(self.reload)

    def reload(self) -> None:
        self.beginResetModel()
        self.reminders = self.center.current()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reminders)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.reminders):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return describe(self.reminders[index.row()], ui_language(), self.center.now())
        return None


class RemindersDialog(QDialog):
    """Every reminder due now; each can be opened, snoozed or dismissed."""

    open_requested = Signal(object)
    """The Reminder to act on."""
    settings_requested = Signal()

    def __init__(self, center: ReminderCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.setWindowTitle(self.tr("Reminders"))
        fit_to_screen(self, 640, 360)
        self.model = ReminderListModel(center, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName(self.tr("Reminders"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(lambda _index: self.open_selected())
        self.empty = QLabel(self.tr("Nothing to be reminded of right now."))
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Reminders are there to help, not to keep score: snooze or dismiss any of "
                "them, or turn them off in Settings."
            )
        )
        note.setProperty("hint", True)
        note.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.tomorrow = QPushButton(self.tr("Until &tomorrow"))
        self.tomorrow.clicked.connect(lambda: self._snooze(TOMORROW))
        self.next_week = QPushButton(self.tr("Until &next week"))
        self.next_week.clicked.connect(lambda: self._snooze(NEXT_WEEK))
        self.dismiss = QPushButton(self.tr("&Dismiss"))
        self.dismiss.clicked.connect(self._dismiss)
        row = QHBoxLayout()
        for button in (self.open_button, self.tomorrow, self.next_week, self.dismiss):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.settings_button = buttons.addButton(
            self.tr("&Settings…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.settings_button.clicked.connect(self.settings_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.model.modelReset.connect(self._update)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update())
        self._update()

    def selected(self) -> Reminder | None:
        row = self.list.currentIndex().row()
        return self.model.reminders[row] if 0 <= row < len(self.model.reminders) else None

    def _update(self) -> None:
        count = self.model.rowCount()
        self.list.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        if count and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))
        chosen = self.selected() is not None
        for button in (self.open_button, self.tomorrow, self.next_week, self.dismiss):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        if (reminder := self.selected()) is not None:
            self.open_requested.emit(reminder)
            self.accept()

    def _snooze(self, choice: str) -> None:
        if (reminder := self.selected()) is not None:
            self.center.snooze(reminder.key, choice)

    def _dismiss(self) -> None:
        if (reminder := self.selected()) is not None:
            self.center.dismiss(reminder.key)


class ReminderSettingsDialog(QDialog):
    """Each kind of reminder on or off, and when the end-of-day nudge comes."""

    def __init__(self, center: ReminderCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.setWindowTitle(self.tr("Reminder settings"))
        self.setMinimumWidth(460)
        prefs = center.prefs()
        labels = {
            ReminderKind.END_OF_DAY: self.tr("An end-of-day nudge, to log or just to breathe"),
            ReminderKind.CHECK_IN: self.tr("The weekly check-in"),
            ReminderKind.REFRAME_FOLLOW_UP: self.tr(
                "Looking back on a reframed client relationship"
            ),
            ReminderKind.GOAL: self.tr("Goals agreed with a coach, when due"),
            ReminderKind.CONTACT: self.tr("Planned client contacts, the day before"),
        }
        self.boxes: dict[ReminderKind, QCheckBox] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for kind in ReminderKind:
            box = QCheckBox(labels[kind])
            box.setChecked(prefs.enabled(kind))
            self.boxes[kind] = box
            form.addRow(box)
            if kind == ReminderKind.END_OF_DAY:
                self.end_of_day = QTimeEdit(QTime(prefs.end_of_day.hour, prefs.end_of_day.minute))
                self.end_of_day.setDisplayFormat("HH:mm")
                self.end_of_day.setAccessibleName(self.tr("Time of the end-of-day nudge"))
                self.end_of_day.setEnabled(box.isChecked())
                box.toggled.connect(self.end_of_day.setEnabled)
                form.addRow(self.tr("At:"), self.end_of_day)
        intro = QLabel(
            self.tr(
                "Reminders show in the status bar and in Journal → Reminders…; when the app "
                "is in the background, as a notification that says nothing while the journal "
                "is locked. None of them counts missed days."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        self.all_off = QPushButton(self.tr("Turn all &off"))
        self.all_off.clicked.connect(self.turn_all_off)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.all_off, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def turn_all_off(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)

    def chosen(self) -> ReminderPrefs:
        on = frozenset(kind for kind, box in self.boxes.items() if box.isChecked())
        at = self.end_of_day.time()
        return ReminderPrefs(on, time(at.hour(), at.minute()))

    def save(self) -> None:
        self.center.set_prefs(self.chosen())
        self.accept()
