"""A checkable list as a thin model: clients to show a coach, encounters whose text to
include. A journal's clients and a period's encounters can be many: model/view, never a
column of check boxes built one by one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CheckItem:
    key: str
    text: str
    tip: str = ""


class CheckListModel(QAbstractListModel):
    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[CheckItem] = []
        self.checked: set[str] = set()

    def set_items(self, items: Sequence[CheckItem], checked: Iterable[str]) -> None:
        """New rows; only keys still listed stay checked."""
        self.beginResetModel()
        self.items = list(items)
        keys = {item.key for item in self.items}
        self.checked = {key for key in checked if key in keys}
        self.endResetModel()
        self.checked_changed.emit()

    def checked_keys(self) -> tuple[str, ...]:
        """The checked keys in the list's order."""
        return tuple(item.key for item in self.items if item.key in self.checked)

    def set_all(self, checked: bool) -> None:
        self.checked = {item.key for item in self.items} if checked else set()
        if self.items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checked_changed.emit()

    def set_checked(self, key: str, checked: bool) -> None:
        row = next((i for i, item in enumerate(self.items) if item.key == key), None)
        if row is not None:
            self.setData(self.index(row), self._state(checked), Qt.ItemDataRole.CheckStateRole)

    @staticmethod
    def _state(checked: bool) -> Qt.CheckState:
        return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._state(item.key in self.checked)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tip or None
        if role == KEY_ROLE:
            return item.key
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self.items)
        ):
            return False
        key = self.items[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(key)
        else:
            self.checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True
