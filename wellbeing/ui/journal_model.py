"""The journal list as a Qt table model over compact columns (journal_filter.py filters it).

A journal of 100,000 encounters as 100,000 EncounterLine objects (and as many search
strings) took about 130 MB; here each line is a few numbers and its texts' bytes, about
250 bytes a line. Search and filters work on whole columns at once (numpy), not row by row.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.formatting import format_stored_datetime
from wellbeing.domain.vocabulary import label_tags
from wellbeing.store.journal import EncounterLine
from wellbeing.ui.theme import kind_colour

if TYPE_CHECKING:
    import numpy as np

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

MARK_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
)
COLUMNS = ("when", "client", "kind", "impact", "behaviours", "emotions", "what_happened")
SHOWN_TEXT = 160
"""Characters of what happened the list shows (whitespace folded); search reads all it has."""
LOWERED_ROWS = 10_000
"""Rows whose texts are lowered together for a search: a copy of about 1 MB at a time, not
one of every text (10 MB more at the peak at 100,000 encounters)."""
TAG_FIELDS = (
    ("behaviours", vocab.BEHAVIOURS),
    ("emotions", vocab.EMOTIONS),
    ("irritants", vocab.IRRITANTS),
    ("violations", vocab.VIOLATIONS),
)


def column_title(column: str) -> str:
    titles = {
        "when": QCoreApplication.translate("JournalModel", "When"),
        "client": QCoreApplication.translate("JournalModel", "Client"),
        "kind": QCoreApplication.translate("JournalModel", "Kind"),
        "impact": QCoreApplication.translate("JournalModel", "Impact"),
        "behaviours": QCoreApplication.translate("JournalModel", "What the client did"),
        "emotions": QCoreApplication.translate("JournalModel", "How I felt"),
        "what_happened": QCoreApplication.translate("JournalModel", "What happened"),
    }
    return titles[column]


def details_to_add(kind: str, shown_text: str, behaviours: str) -> bool:
    """A difficult encounter with neither text nor behaviours: logged in a hurry (from the
    tray or the capture window), its details can be added later. Worked out from the line
    itself, so nothing extra is stored, and it goes away once anything is added."""
    return kind == "difficult" and not shown_text and not behaviours


def kind_label(kind: str) -> str:
    if kind == "positive":
        return QCoreApplication.translate("JournalModel", "Positive")
    return QCoreApplication.translate("JournalModel", "Difficult")


def shown_text(text: str) -> str:
    """What happened as one line of the list (and its tooltip)."""
    return " ".join(text.split())[:SHOWN_TEXT]


def own_fold(text: str) -> str:
    """What the line keeps to search its text: nothing when its shown text, lowered, says
    the same (plain ASCII, all of it shown: most lines), else the text casefolded."""
    if text.isascii() and len(" ".join(text.split())) <= SHOWN_TEXT:
        return ""  # words have no spaces: folding the spaces changes no match
    return text.casefold()


def _moment(occurred_at: str) -> int:
    """'2026-03-02T08:15:00' as 20260302081500: eight bytes, and in the same order."""
    s = occurred_at
    return int((s[0:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:19]).ljust(14, "0"))


def _stored(moment: int) -> str:
    s = f"{moment:014d}"
    return f"{s[0:4]}-{s[4:6]}-{s[6:8]}T{s[8:10]}:{s[10:12]}:{s[12:14]}"


def _day(day: date) -> int:
    return day.year * 10_000 + day.month * 100 + day.day


class Texts:
    """Many short texts in one UTF-8 buffer: a str object costs about 50 bytes besides its
    characters, 100,000 of them 5 MB for nothing."""

    def __init__(self) -> None:
        self.blob = bytearray()
        self.ends = array("q")
        """Where each text ends in blob (it starts where the one before ends)."""

    def __len__(self) -> int:
        return len(self.ends)

    def _start(self, row: int) -> int:
        return self.ends[row - 1] if row else 0

    def __getitem__(self, row: int) -> str:
        return self.blob[self._start(row) : self.ends[row]].decode()

    def extend(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.blob += text.encode()
            self.ends.append(len(self.blob))

    def insert(self, row: int, text: str) -> None:
        encoded = text.encode()
        start = self._start(row)
        self.blob[start:start] = encoded
        self.ends.insert(row, start)
        self._shift(row, len(encoded))

    def delete(self, first: int, stop: int) -> None:
        """Rows first to stop - 1."""
        start, end = self._start(first), self._start(stop)
        del self.blob[start:end]
        del self.ends[first:stop]
        self._shift(first, start - end)

    def _shift(self, row: int, by: int) -> None:
        import numpy as np

        ends = np.frombuffer(self.ends, dtype=np.int64)  # a view: released before any resize
        ends[row:] += by
        del ends

    def find(self, text: str) -> int:
        """The first row that is exactly `text`, or -1."""
        key = text.encode()
        at = self.blob.find(key)
        while at >= 0:
            row = bisect_right(self.ends, at)
            if self._start(row) == at and self.ends[row] == at + len(key):
                return row
            at = self.blob.find(key, at + 1)
        return -1

    def containing(self, word: bytes, first: int, stop: int, lower: bool = False) -> np.ndarray:
        """Which of rows first to stop - 1 contain `word`, in their text or, with `lower`,
        in their text with A-Z lowered (one search per matching row)."""
        import numpy as np

        found = np.zeros(stop - first, dtype=bool)
        for low in range(first, stop, LOWERED_ROWS if lower else max(stop - first, 1)):
            high = min(low + LOWERED_ROWS, stop) if lower else stop
            found[low - first : high - first] = self._containing(word, low, high, lower)
        return found

    def _containing(self, word: bytes, first: int, stop: int, lower: bool) -> np.ndarray:
        import numpy as np

        found = np.zeros(stop - first, dtype=bool)
        start, end = self._start(first), self.ends[stop - 1]
        # A lowered copy of just these rows' texts; else the texts themselves, in place.
        text, offset = (self.blob[start:end].lower(), start) if lower else (self.blob, 0)
        at = text.find(word, start - offset, end - offset)
        while at >= 0:
            row = bisect_right(self.ends, at + offset, first, stop)
            if at + offset + len(word) <= self.ends[row]:  # not across two texts
                found[row - first] = True
                at = text.find(word, self.ends[row] - offset, end - offset)
            else:
                at = text.find(word, at + 1, end - offset)
        return found


class Codes:
    """Repeated texts (client ids, kinds, tag lists) each kept once, rows hold their number."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self.numbers: dict[str, int] = {}

    def number(self, value: str) -> int:
        found = self.numbers.get(value)
        if found is None:
            found = self.numbers[value] = len(self.values)
            self.values.append(value)
        return found


class JournalModel(QAbstractTableModel):
    """The journal's lines, newest first, as columns; grows page by page.

    Each line keeps what the list shows and searches: its id and time, numbers for its
    client, kind, impact and tags, the text it shows and the same text casefolded."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._clear()

    def _clear(self) -> None:
        self._ids = Texts()
        self._moments = array("q")
        self._clients = array("i")
        self._kinds = array("b")
        self._impacts = array("h")
        self._tags = {name: array("i") for name, _ in TAG_FIELDS}
        self._shown = Texts()
        self._folded = Texts()
        """What happened (what the store gives: its first 300 characters), casefolded, for
        the lines whose shown text cannot stand for it (own_fold)."""
        self._client_codes = Codes()
        self._client_names: list[str] = []
        self._kind_codes = Codes()
        self._tag_codes = Codes()

    # --- content ----------------------------------------------------------------------

    def reset(self, lines: Iterable[EncounterLine]) -> None:
        self.beginResetModel()
        self._clear()
        self._extend(lines)
        self.endResetModel()

    def append(self, lines: Sequence[EncounterLine]) -> None:
        if not lines:
            return
        first = len(self._moments)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self._extend(lines)
        self.endInsertRows()

    def _client(self, line: EncounterLine) -> int:
        number = self._client_codes.number(line.client_id)
        if number == len(self._client_names):
            self._client_names.append(line.client_name)
        else:  # the newest read has the client's current name
            self._client_names[number] = line.client_name
        return number

    def _extend(self, lines: Iterable[EncounterLine]) -> None:
        for line in lines:
            self._ids.extend((line.id,))
            self._moments.append(_moment(line.occurred_at))
            self._clients.append(self._client(line))
            self._kinds.append(self._kind_codes.number(line.kind))
            self._impacts.append(line.impact)
            for name, _ in TAG_FIELDS:
                self._tags[name].append(self._tag_codes.number(getattr(line, name)))
            self._shown.extend((shown_text(line.what_happened),))
            self._folded.extend((own_fold(line.what_happened),))

    def _insert(self, row: int, line: EncounterLine) -> None:
        self._ids.insert(row, line.id)
        self._moments.insert(row, _moment(line.occurred_at))
        self._clients.insert(row, self._client(line))
        self._kinds.insert(row, self._kind_codes.number(line.kind))
        self._impacts.insert(row, line.impact)
        for name, _ in TAG_FIELDS:
            self._tags[name].insert(row, self._tag_codes.number(getattr(line, name)))
        self._shown.insert(row, shown_text(line.what_happened))
        self._folded.insert(row, own_fold(line.what_happened))

    def _delete(self, first: int, stop: int) -> None:
        for column in (self._moments, self._clients, self._kinds, self._impacts):
            del column[first:stop]
        for tags in self._tags.values():
            del tags[first:stop]
        for texts in (self._ids, self._shown, self._folded):
            texts.delete(first, stop)

    def remove_ids(self, ids: set[str]) -> None:
        rows = sorted(self._rows_of(ids), reverse=True)
        while rows:  # runs of neighbouring rows go in one step, the last run first
            stop = rows.pop(0) + 1
            first = stop - 1
            while rows and rows[0] == first - 1:
                first = rows.pop(0)
            self.beginRemoveRows(QModelIndex(), first, stop - 1)
            self._delete(first, stop)
            self.endRemoveRows()

    def _rows_of(self, ids: set[str]) -> list[int]:
        if len(ids) <= 8:
            return [row for row in map(self._ids.find, ids) if row >= 0]
        return [row for row in range(len(self._ids)) if self._ids[row] in ids]

    def put_lines(self, lines: list[EncounterLine]) -> None:
        """Insert or replace lines in place, keeping newest first, without a reset."""
        self.remove_ids({line.id for line in lines})
        for line in lines:
            moment = _moment(line.occurred_at)
            row = next(
                (r for r, other in enumerate(self._moments) if other <= moment),
                len(self._moments),
            )
            self.beginInsertRows(QModelIndex(), row, row)
            self._insert(row, line)
            self.endInsertRows()

    def encounter_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, encounter_id: str) -> int:
        return self._ids.find(encounter_id)

    # --- filtering --------------------------------------------------------------------

    def matching(self, journal_filter: JournalFilter, first: int, stop: int) -> np.ndarray:
        """Which of rows first to stop - 1 the filter keeps, worked out column by column."""
        import numpy as np

        def column(values: array) -> np.ndarray:
            return np.asarray(values[first:stop])  # a copy: the columns may grow later

        keep = np.ones(stop - first, dtype=bool)
        if journal_filter.client_id:
            number = self._client_codes.numbers.get(journal_filter.client_id, -1)
            keep &= column(self._clients) == number
        if journal_filter.kind:
            number = self._kind_codes.numbers.get(journal_filter.kind, -1)
            keep &= column(self._kinds) == number
        if journal_filter.start or journal_filter.end:
            days = column(self._moments) // 1_000_000
            if journal_filter.start:
                keep &= days >= _day(journal_filter.start)
            if journal_filter.end:
                keep &= days <= _day(journal_filter.end)
        for word in journal_filter.search.casefold().split():
            keep &= self._has_word(word, first, stop)
        return keep

    def _has_word(self, word: str, first: int, stop: int) -> np.ndarray:
        """Like the word being in the line's client, tags' labels or text (casefolded)."""
        import numpy as np

        def coded(values: list[str], numbers: array) -> np.ndarray:
            has = np.array([word in value.casefold() for value in values] + [False])
            return has[np.asarray(numbers[first:stop])]

        found = coded(self._client_names, self._clients)
        for name, terms in TAG_FIELDS:
            labels = [label_tags(tags, terms, self._lang) for tags in self._tag_codes.values]
            found |= coded(labels, self._tags[name])
        encoded = word.encode()
        own = np.diff(np.asarray(self._folded.ends[max(first - 1, 0) : stop]), prepend=0)
        if first:
            own = own[1:]
        in_text = np.where(
            own > 0,
            self._folded.containing(encoded, first, stop),
            self._shown.containing(encoded, first, stop, lower=True),
        )
        return found | in_text

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._moments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section])
        return None

    def _tag_keys(self, name: str, row: int) -> str:
        return self._tag_codes.values[self._tags[name][row]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = index.row()
        column = COLUMNS[index.column()]
        kind = self._kind_codes.values[self._kinds[row]]
        if (
            column == "behaviours"
            and role in MARK_ROLES
            and details_to_add(kind, self._shown[row], self._tag_keys("behaviours", row))
        ):
            return self._details_to_add(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, kind)
        violations = self._tag_keys("violations", row)
        if role == Qt.ItemDataRole.ToolTipRole and column == "kind" and violations:
            return QCoreApplication.translate(
                "JournalModel", "Crossed your boundaries: {list}"
            ).format(list=label_tags(violations, vocab.VIOLATIONS, self._lang))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("what_happened", "behaviours"):
            return self._display(row, column, kind) or None
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            return kind_colour(kind)  # the theme's; the text says the kind too
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "impact":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _details_to_add(self, role: int) -> object:
        """A quiet mark, in italics and in the text's own colour: a note, not a task."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("JournalModel", "details to add")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "JournalModel",
                "Logged quickly. Open it to add what happened, if and when you want to.",
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: int, column: str, kind: str) -> object:
        if column == "when":
            return format_stored_datetime(_stored(self._moments[row]), self._lang)
        if column == "client":
            return self._client_names[self._clients[row]]
        if column == "kind":
            flag = " ⚑" if self._tag_keys("violations", row) else ""
            return ("● " if kind == "difficult" else "○ ") + kind_label(kind) + flag
        if column == "impact":
            return self._impacts[row]
        if column == "behaviours":
            return label_tags(self._tag_keys("behaviours", row), vocab.BEHAVIOURS, self._lang)
        if column == "emotions":
            return label_tags(self._tag_keys("emotions", row), vocab.EMOTIONS, self._lang)
        return self._shown[row]


@dataclass(frozen=True)
class JournalFilter:
    search: str = ""
    client_id: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None

    @property
    def active(self) -> bool:
        return self != JournalFilter()
