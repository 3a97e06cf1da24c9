"""The period every chart of the dashboard looks at, and the widget that picks it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from wellbeing.ui.i18n import date_edit_format

FOUR_WEEKS, THREE_MONTHS, TWELVE_MONTHS, ALL, CUSTOM = "4w", "3m", "12m", "all", "custom"
PRESETS: tuple[str, ...] = (FOUR_WEEKS, THREE_MONTHS, TWELVE_MONTHS, ALL, CUSTOM)

LENGTHS: dict[str, int] = {FOUR_WEEKS: 28, THREE_MONTHS: 91, TWELVE_MONTHS: 365}
"""Days of each fixed preset, today included. Thirteen weeks keep the mirror's trend weekly."""

DEFAULT = THREE_MONTHS


@dataclass(frozen=True)
class Period:
    key: str
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass
class SessionChoice:
    """The period last chosen, kept for the session (a rebuilt page starts from it)."""

    key: str = DEFAULT
    custom: tuple[date, date] | None = None


SESSION = SessionChoice()


def period_for(
    key: str, today: date, start: date | None, custom: tuple[date, date] | None = None
) -> Period:
    """The days a preset covers up to `today`; `start` is the journal's first entry."""
    if key in LENGTHS:
        return Period(key, today - timedelta(days=LENGTHS[key] - 1), today)
    if key == CUSTOM and custom is not None:
        first, last = sorted(custom)
        last = min(last, today)  # nothing to show after today
        return Period(key, min(first, last), last)
    if key == ALL and start is not None and start <= today:
        return Period(key, start, today)
    return Period(key, today - timedelta(days=LENGTHS[FOUR_WEEKS] - 1), today)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class PeriodSelector(QWidget):
    """A preset list and, for a custom period, two date fields; all reachable by keyboard."""

    changed = Signal(object)
    """The new Period."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._start: date | None = None
        self.combo = QComboBox()
        names = {
            FOUR_WEEKS: self.tr("Last 4 weeks"),
            THREE_MONTHS: self.tr("Last 3 months"),
            TWELVE_MONTHS: self.tr("Last 12 months"),
            ALL: self.tr("Everything"),
            CUSTOM: self.tr("Custom…"),
        }
        for key in PRESETS:
            self.combo.addItem(names[key], key)
        self.combo.setAccessibleName(self.tr("Period"))
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.combo)
        self.first_edit = self._date_edit(self.tr("First day of the period"))
        self.last_edit = self._date_edit(self.tr("Last day of the period"))
        self.dash = QLabel("–")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.combo, self.first_edit, self.dash, self.last_edit):
            layout.addWidget(widget)
        custom = SESSION.custom or (today - timedelta(days=LENGTHS[FOUR_WEEKS] - 1), today)
        self.first_edit.setDate(_qdate(custom[0]))
        self.last_edit.setDate(_qdate(custom[1]))
        self.combo.setCurrentIndex(PRESETS.index(SESSION.key))
        self._show_dates()
        self.combo.currentIndexChanged.connect(self._on_preset)
        self.first_edit.dateChanged.connect(self._on_dates)
        self.last_edit.dateChanged.connect(self._on_dates)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        return edit

    def key(self) -> str:
        return str(self.combo.currentData())

    def period(self) -> Period:
        custom = (_date(self.first_edit.date()), _date(self.last_edit.date()))
        return period_for(self.key(), self._today, self._start, custom)

    def set_context(self, today: date, start: date | None) -> None:
        """The day the presets end on and the journal's first day (for 'Everything')."""
        self._today, self._start = today, start
        for edit in (self.first_edit, self.last_edit):
            edit.blockSignals(True)
            edit.setMaximumDate(_qdate(today))
            edit.blockSignals(False)

    def choose(self, key: str, custom: tuple[date, date] | None = None) -> None:
        """Pick a preset (and the custom dates) as a user would."""
        if custom is not None:
            for edit, day in zip((self.first_edit, self.last_edit), custom, strict=True):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)
        if self.combo.currentIndex() == PRESETS.index(key):
            self._announce()
        else:
            self.combo.setCurrentIndex(PRESETS.index(key))

    def _show_dates(self) -> None:
        custom = self.key() == CUSTOM
        for widget in (self.first_edit, self.dash, self.last_edit):
            widget.setVisible(custom)

    def _on_preset(self) -> None:
        self._show_dates()
        self._announce()

    def _on_dates(self) -> None:
        if self.key() == CUSTOM:
            self._announce()

    def _announce(self) -> None:
        period = self.period()
        SESSION.key = period.key
        if period.key == CUSTOM:
            SESSION.custom = (period.first, period.last)
        self.changed.emit(period)
