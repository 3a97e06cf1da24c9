"""Noticing that nobody has touched the app for a while (for the automatic lock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

USER_INPUT = ("KeyPress", "MouseButtonPress", "MouseMove", "Wheel")
"""By name: QEvent.Type is a large enum, built only once the window is on screen."""


class IdleWatcher(QObject):
    """Fires `idle` after a stretch with no key press, click or mouse move in the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type().name in USER_INPUT:
            self.timer.start()
        return False
