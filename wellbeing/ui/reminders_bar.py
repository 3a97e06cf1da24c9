"""Gentle reminders in the status bar: a check-in due, a contact coming up.

Buttons rather than pop-ups: the user sees them, and acts when they choose.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from wellbeing.analysis.reminders import check_in_due, contacts_coming
from wellbeing.domain.formatting import format_time
from wellbeing.ui.i18n import ui_language
from wellbeing.ui.journal_store import CHECK_INS, CLIENT_EVENTS, CLIENTS, JournalStore

REFRESH_MS = 15 * 60_000


class RemindersBar(QWidget):
    check_in_requested = Signal()
    prepare_requested = Signal(str)
    """The client id to prepare for."""

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.check_in = QPushButton(self.tr("Weekly check-in due"))
        self.check_in.setProperty("reminder", True)
        self.check_in.setToolTip(self.tr("Two minutes, eleven questions (Ctrl+K)"))
        self.check_in.clicked.connect(self.check_in_requested)
        self.contact = QPushButton()
        self.contact.setProperty("reminder", True)
        self.contact.clicked.connect(self._prepare)
        self._client_id = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contact)
        layout.addWidget(self.check_in)
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        store.changed.connect(self._on_store_changed)
        self.refresh()

    def _on_store_changed(self, what: str, _ids: object) -> None:
        if what in (CHECK_INS, CLIENT_EVENTS, CLIENTS):
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        now = now or datetime.now()
        self.check_in.setVisible(check_in_due(self.store.check_ins(), now))
        coming = contacts_coming(self.store.clients(), self.store.client_events(), now)
        self.contact.setVisible(bool(coming))
        if coming:
            first = coming[0]
            self._client_id = first.client.id
            time = format_time(first.at, ui_language())
            days = (first.at.date() - now.date()).days
            if days < 0:  # last night's, within the hour of grace
                when = self.tr("yesterday at {time}").format(time=time)
            elif days == 0:
                when = self.tr("today at {time}").format(time=time)
            else:
                when = self.tr("tomorrow at {time}").format(time=time)
            self.contact.setText(
                self.tr("Contact with {client} {when}: prepare").format(
                    client=first.client.name, when=when
                )
            )

    def _prepare(self) -> None:
        if self._client_id:
            self.prepare_requested.emit(self._client_id)
