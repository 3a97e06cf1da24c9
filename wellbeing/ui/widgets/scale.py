"""A scale of numbered buttons (impact 0–10, assertiveness 1–5) with its anchor words."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wellbeing.domain.vocabulary import Term
from wellbeing.ui.keyboard import TYPE_AHEAD_SECONDS


class ScaleButtons(QWidget):
    """One click sets the value; typing a digit while it has focus does too.

    The scale is one Tab stop (its buttons take no focus): digits, arrows, Home and End
    choose, Backspace clears. `clock` tells "1" then "0" (ten) from "1", a pause, "0".
    """

    changed = Signal()

    def __init__(
        self,
        low: int,
        high: int,
        anchors: dict[int, Term],
        lang: str,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._typed_at = float("-inf")
        self._low, self._high = low, high
        self._anchors = anchors
        self._lang = lang
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        row = QHBoxLayout()
        row.setSpacing(2)
        for value in range(low, high + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop: the scale itself
            button.setProperty("scale", True)
            button.setObjectName(f"scale_{value}")
            anchor = anchors.get(value)
            if anchor:
                button.setToolTip(f"{value} — {anchor.label(lang)}")
            self._group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self._group.idClicked.connect(self._clicked)
        self._caption = QLabel(self)
        self._caption.setProperty("hint", True)
        self._caption.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self._caption)
        self._value: int | None = None
        self._typed = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._show_caption()

    def button(self, value: int) -> QPushButton:
        return self._group.button(value)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = value if value is not None and self._low <= value <= self._high else None
        for button in self._group.buttons():
            button.setChecked(self._group.id(button) == self._value)
        self._show_caption()
        self.changed.emit()

    def _clicked(self, value: int) -> None:
        self.set_value(None if value == self._value else value)

    def _show_caption(self) -> None:
        if self._value is None:
            first, last = self._anchors.get(self._low), self._anchors.get(self._high)
            text = (
                f"{self._low} = {first.label(self._lang)} · {self._high} = {last.label(self._lang)}"
                if first and last
                else ""
            )
        else:
            nearest = min(self._anchors, key=lambda anchor: abs(anchor - self._value))
            text = f"{self._value}: {self._anchors[nearest].label(self._lang)}"
            if nearest != self._value:
                text = f"{self._value} (≈ {self._anchors[nearest].label(self._lang)})"
        self._caption.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits type the value (1 then 0 gives 10); arrows, Home and End move along."""
        key, text = event.key(), event.text()
        if text.isdigit():
            now = self._clock()
            if now - self._typed_at > TYPE_AHEAD_SECONDS:
                self._typed = ""
            self._typed_at = now
            candidate = int(self._typed + text) if self._typed else int(text)
            if not self._low <= candidate <= self._high:
                candidate = int(text)
            if self._low <= candidate <= self._high:
                self._typed = text if candidate == int(text) else ""
                self.set_value(candidate)
            return
        self._typed = ""
        current = self._value
        steps = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: -1,
        }
        if key in steps:
            start = self._low if current is None else current + steps[key]
            self.set_value(min(max(start, self._low), self._high))
        elif key == Qt.Key.Key_Home:
            self.set_value(self._low)
        elif key == Qt.Key.Key_End:
            self.set_value(self._high)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Back on the scale later, a digit starts afresh."""
        self._typed = ""
        super().focusOutEvent(event)
