"""The table of one client's encounters, newest first, with the limits each one crossed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.formatting import format_datetime
from wellbeing.domain.model import Encounter
from wellbeing.ui.journal_model import ID_ROLE, kind_label
from wellbeing.ui.theme import kind_colour

Index = QModelIndex | QPersistentModelIndex

TIMELINE_COLUMNS = ("when", "kind", "impact", "violations", "behaviours")


class TimelineModel(QAbstractTableModel):
    """One client's encounters, newest first, with the limits each one crossed."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[Encounter] = []

    def reset(self, encounters: list[Encounter]) -> None:
        self.beginResetModel()
        self._rows = list(encounters)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TIMELINE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Impact"),
            self.tr("Limits crossed"),
            self.tr("What the client did"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        encounter = self._rows[index.row()]
        column = TIMELINE_COLUMNS[index.column()]
        if role == ID_ROLE:
            return encounter.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(encounter, column)
            if role == Qt.ItemDataRole.ToolTipRole and column in ("when", "impact"):
                return None
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            return kind_colour(encounter.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "impact":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, encounter: Encounter, column: str) -> object:
        if column == "when":
            return format_datetime(encounter.occurred_at, self._lang)
        if column == "kind":
            mark = "● " if encounter.kind == "difficult" else "○ "
            return mark + kind_label(str(encounter.kind))
        if column == "impact":
            return encounter.impact
        if column == "violations":
            return tag_labels(encounter.violations, vocab.VIOLATIONS, self._lang)
        return tag_labels(encounter.behaviours, vocab.BEHAVIOURS, self._lang)


def tag_labels(keys: Iterable[str], terms: tuple[vocab.Term, ...], lang: str) -> str:
    """In the vocabulary's order (the store keeps tags in no particular order); a user's
    own tags last."""
    known = list(vocab.by_key(terms))
    ordered = sorted(keys, key=lambda key: known.index(key) if key in known else len(known))
    return ", ".join(vocab.label_of(terms, key, lang) for key in ordered)
