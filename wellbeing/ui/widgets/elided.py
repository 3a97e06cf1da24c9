"""Texts cut with "…" to the room they are given, the whole text in their tooltip.

The status bar shares 1024 px (or 512 at 200 % text) between the journal's count and the
reminders: these give way instead of pushing the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

ELIDED_MINIMUM = 96
"""Pixels an elided text keeps at least: a word or two and the "…"."""


class _Elided:
    """What a label and a button share: the whole text kept, the shown one cut to fit.

    Mixed in before the Qt class, whose text, size hints and resize it refines."""

    PADDING = 24
    _full = ""

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        widget = self._widget()
        self._full = text
        widget.setToolTip(text)
        widget.setAccessibleName(text)
        widget.updateGeometry()
        self._elide()

    def _widget(self) -> QLabel | QPushButton:
        assert isinstance(self, QLabel | QPushButton)
        return self

    def _room(self) -> int:
        return max(0, self._widget().width() - self.PADDING)

    def _elide(self) -> None:
        widget = self._widget()
        metrics = widget.fontMetrics()
        widget.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self._room()))

    def _full_width(self) -> int:
        return self._widget().fontMetrics().horizontalAdvance(self._full) + self.PADDING


class ElidedButton(_Elided, QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A push button never shrinks below its text by default; this one may.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(self._full_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self._full_width(), ELIDED_MINIMUM), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class ElidedLabel(_Elided, QLabel):
    PADDING = 4

    def __init__(self, parent: QWidget | None = None, keep_characters: int = 0) -> None:
        """keep_characters: cut only past this many average characters (the journal's
        count keeps its "726 encounters in the journal" while reminders beside it give way)."""
        super().__init__(parent)
        self.keep_characters = keep_characters
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _room(self) -> int:
        return max(0, self.contentsRect().width() - self.PADDING)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self._full_width() + margins.left() + margins.right()
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        kept = self.fontMetrics().averageCharWidth() * self.keep_characters
        screen = self.screen()
        if screen is not None:  # on a narrow screen (large text) the others need room too
            kept = min(kept, screen.availableGeometry().width() // 4)
        width = min(self.sizeHint().width(), max(ELIDED_MINIMUM, kept))
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
