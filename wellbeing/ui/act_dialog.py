"""What the three "act" dialogs (reframe, dethrone, prepare) share: the client, its
advice and encounters in the advice window, and small pieces of layout and wording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from wellbeing.analysis.advice import ClientAdvice
from wellbeing.analysis.messages import clock, long_date
from wellbeing.domain.model import Client, Encounter
from wellbeing.ui.journal_store import JournalStore

Clock = Callable[[], datetime]


def now() -> datetime:
    """Seconds are what the journal keeps."""
    return datetime.now().replace(microsecond=0)


def advice_since(store: JournalStore, advice: ClientAdvice | None, today: date) -> date:
    """The first day the advice read; without advice, the user's advice window."""
    if advice is not None:
        return advice.figures.since
    weeks = store.thresholds().window_weeks
    return today - timedelta(days=7 * weeks - 1)


def client_encounters(store: JournalStore, client_id: str, since: date | None) -> list[Encounter]:
    """The client's encounters from `since` on, oldest first."""
    start = datetime.combine(since, time()) if since is not None else None
    return store.client_encounters(client_id, start)


def when_text(moment: datetime, lang: str) -> str:
    """'Tuesday 18 March 2025 at 10:00' / 'mardi 18 mars 2025 à 10 h'."""
    link = "à" if lang == "fr" else "at"
    return f"{long_date(moment.date(), lang)} {link} {clock(moment.time(), lang)}"


def feedback_label() -> QLabel:
    """One line saying what just happened (or, with problem=True, what went wrong)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def tell(label: QLabel, text: str, problem: bool = False) -> None:
    label.setProperty("problem", problem)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


class ActDialog(QDialog):
    """A dialog about one client and its current advice; `clock` is replaceable in tests."""

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        lang: str,
        client: Client,
        advice: ClientAdvice | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.lang = lang
        self.client = client
        self.advice = advice
        self.clock: Clock = now
        self.since = advice_since(store, advice, self.clock().date())
        self.encounters = client_encounters(store, client.id, self.since)
