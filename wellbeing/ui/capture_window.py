"""A small always-on-top window to log an encounter in seconds, from anywhere.

Opened from the tray and by `wellbeing capture` (a desktop shortcut), it works whether
the main window is open, hidden or was never shown: it only needs the journal's store,
and it saves through the same service as the window and `wellbeing log`. What happened
is left for later, in the journal, where the line says that details can be added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.domain.validation import InvalidValue
from wellbeing.domain.when import Shorthand, moment_of
from wellbeing.services.encounters import EncounterEntry, Logged
from wellbeing.store.errors import JournalError
from wellbeing.ui.errors import explain
from wellbeing.ui.i18n import date_edit_format
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.screen_fit import fitting_size, scroll_content
from wellbeing.ui.widgets.chips import TagChips
from wellbeing.ui.widgets.scale import ScaleButtons
from wellbeing.ui.widgets.when_choices import WhenChoices

EMOTION_ROW = 8
"""How many emotions fit on one row of chips: the user's most used ones."""
STARTING_EMOTIONS = (
    "frustrated",
    "stressed",
    "angry",
    "anxious",
    "drained",
    "powerless",
    "hurt",
    "relieved",
)
"""Until the journal shows which emotions the user picks, common ones after a hard moment."""


def emotion_row(used: list[str]) -> tuple[vocab.Term, ...]:
    """The user's most used emotions, topped up with common ones, in that order."""
    known = {term.key: term for term in vocab.EMOTIONS}
    keys = [key for key in used if key in known]
    keys += [key for key in STARTING_EMOTIONS if key in known and key not in keys]
    return tuple(known[key] for key in keys[:EMOTION_ROW])


class CaptureWindow(QDialog):
    """Client, impact, one row of emotions, when; Enter saves, Escape closes.

    `saved` carries what the service stored; the window closes itself after a save.
    """

    saved = Signal(object)

    def __init__(
        self,
        store: JournalStore,
        lang: str,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._scroll: QScrollArea | None = None
        self.store = store
        self._lang = lang
        self._clock = clock
        self.setObjectName("capture_window")
        self.setWindowTitle(self.tr("Capture an encounter"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._build()
        self.reset()

    def _build(self) -> None:
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.lineEdit().setPlaceholderText(self.tr("Client (pick or type a new one)"))
        self.client.setAccessibleName(self.tr("Client"))
        self.client.lineEdit().setAccessibleName(self.tr("Client"))  # what AT-SPI reads
        self.client.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.client.setMinimumWidth(260)

        self.impact = ScaleButtons(0, 10, vocab.IMPACT_ANCHORS, self._lang)
        self.impact.setAccessibleName(self.tr("Emotional impact"))
        self.emotions = TagChips(emotion_row(self.store.frequent_emotions(EMOTION_ROW)), self._lang)

        self.when = QDateTimeEdit()
        self.when.setDisplayFormat(date_edit_format(with_time=True))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("When it happened"))
        self.when_choices = WhenChoices(self._clock)
        self.when_choices.chosen.connect(self._choose_when)
        self.when_choices.pick.connect(self._pick_when)
        # Typed by hand: no quick choice describes the moment any more (set_when is silent).
        self.when.dateTimeChanged.connect(lambda: self.when_choices.set_current(None))

        self.problem = QLabel()
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        self.problem.hide()
        later = QLabel(self.tr("What happened can wait: add it later in the journal."))
        later.setProperty("hint", True)
        later.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save the encounter (Enter)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip(self.tr("Close without saving (Escape)"))
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence.fromString(keys), self)
            shortcut.activated.connect(self.save)

        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(later, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.client)
        column.addWidget(_section(self.tr("Emotional impact")))
        column.addWidget(self.impact)
        column.addWidget(_section(self.tr("How I felt")))
        column.addWidget(self.emotions)
        column.addWidget(_section(self.tr("When")))
        column.addLayout(when_row)
        column.addWidget(self.when_choices)
        column.addWidget(self.problem)
        column.addLayout(buttons)
        self.setMinimumWidth(min(480, fitting_size(480, 0, self).width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows of chips wrap as the window narrows (or the text grows): the window grows
        taller to match, so that nothing is cut off."""
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            room = fitting_size(self.width(), 10_000, self).height()
            if needed > room and self._scroll is None:  # large text on a small screen
                self._scroll = scroll_content(self)
                return
            needed = min(needed, room)
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    # --- state ------------------------------------------------------------------------

    def reset(self) -> None:
        """A blank capture dated now, the recent clients offered, focus on the client."""
        recent = self.store.recent_client_names()
        others = [c.name for c in self.store.clients() if c.name not in recent]
        self.client.clear()
        self.client.addItems(recent + others)
        self.client.setCurrentIndex(-1)
        self.client.setEditText("")
        self.impact.set_value(None)
        self.emotions.set_selected(())
        self._set_when(self._clock())
        self.when_choices.refresh()
        self.when_choices.set_current(Shorthand.NOW)
        self.problem.hide()
        self.client.setFocus()

    def _set_when(self, moment: datetime) -> None:
        self.when.blockSignals(True)
        self.when.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )
        self.when.blockSignals(False)

    def _choose_when(self, shorthand: Shorthand) -> None:
        """The same moments as the form's quick choices and `wellbeing log --when`."""
        try:
            self._set_when(moment_of(shorthand, self._clock()))
        except InvalidValue:  # "this afternoon" a moment before noon: greyed out now
            self.when_choices.refresh()

    def _pick_when(self) -> None:
        self.when.setFocus()
        self.when.setCurrentSection(QDateTimeEdit.Section.HourSection)

    def client_name(self) -> str:
        return " ".join(self.client.currentText().split())

    def entry(self) -> EncounterEntry:
        """What to save; InvalidValue, in the user's language, for what is missing."""
        if not self.client_name():
            raise InvalidValue(self.tr("Pick or type the client first."))
        impact = self.impact.value()
        if impact is None:
            raise InvalidValue(self.tr("Set the emotional impact, from 0 (no effect) to 10."))
        if self.when_choices.current() == Shorthand.NOW:
            when = self._clock()  # "just now" is when Save is pressed, not when opened
        else:
            when = cast(datetime, self.when.dateTime().toPython())
        draft = Encounter(
            client_id="",
            occurred_at=when.replace(second=0, microsecond=0),
            impact=impact,
            kind=EncounterKind.DIFFICULT,
            emotions=self.emotions.selected(),
        )
        return EncounterEntry(self.client_name(), draft)

    def save(self) -> Logged | None:
        """Save through the store (the service behind it); a problem shows in the window,
        which stays on top and keeps what was typed."""
        try:
            logged = self.store.save_entry(self.entry()).value
        except (InvalidValue, JournalError) as error:
            self.problem.setText(explain(error))
            self.problem.show()
            self._fit_height()
            return None
        self.saved.emit(logged)
        self.accept()
        return logged

    def bring_to_front(self) -> None:
        """Another `wellbeing capture` asked for this window: show it, ready to type."""
        if not self.isVisible():
            self.reset()
        self.show()
        self.raise_()
        self.activateWindow()
        self.client.setFocus()


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    return label
