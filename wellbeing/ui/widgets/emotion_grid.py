"""Emotions placed on pleasantness × energy: four quadrants of words the user clicks.

The whole grid is one Tab stop: arrows cross from one quadrant to the next (Up and Down
between high and low energy), and typing a word's first letters finds it anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from wellbeing.domain.vocabulary import EMOTIONS, QUADRANTS
from wellbeing.ui.keyboard import RovingFocus
from wellbeing.ui.widgets.chips import TagChips


def quadrant_title(quadrant: str) -> str:
    titles = {
        "unpleasant_high": QCoreApplication.translate("EmotionGrid", "Unpleasant, high energy"),
        "pleasant_high": QCoreApplication.translate("EmotionGrid", "Pleasant, high energy"),
        "unpleasant_low": QCoreApplication.translate("EmotionGrid", "Unpleasant, low energy"),
        "pleasant_low": QCoreApplication.translate("EmotionGrid", "Pleasant, low energy"),
    }
    return titles[quadrant]


class EmotionGrid(QWidget):
    """The grid follows the plane: energy grows upwards, pleasantness to the right."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quadrants: dict[str, TagChips] = {}
        self.roving = RovingFocus(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        positions = {
            "unpleasant_high": (0, 0),
            "pleasant_high": (0, 1),
            "unpleasant_low": (1, 0),
            "pleasant_low": (1, 1),
        }
        for quadrant in QUADRANTS:
            frame = QFrame(self)
            frame.setObjectName(f"quadrant_{quadrant}")
            frame.setProperty("quadrant", quadrant)
            column = QVBoxLayout(frame)
            column.setContentsMargins(6, 4, 6, 6)
            title = QLabel(quadrant_title(quadrant), frame)
            title.setProperty("quadrantTitle", True)
            column.addWidget(title)
            words = tuple(e for e in EMOTIONS if e.quadrant == quadrant)
            chips = TagChips(words, lang, frame, roving=self.roving)
            chips.changed.connect(self.changed)
            column.addWidget(chips)
            column.addStretch(1)
            self._quadrants[quadrant] = chips
            grid.addWidget(frame, *positions[quadrant])
        axis = QLabel(
            self.tr("← less pleasant · more pleasant →  ·  energy: high above, low below")
        )
        axis.setProperty("hint", True)
        axis.setWordWrap(True)
        axis.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(axis, 2, 0, 1, 2)

    def button(self, key: str):
        for chips in self._quadrants.values():
            try:
                return chips.button(key)
            except KeyError:
                continue
        raise KeyError(key)

    def selected(self) -> tuple[str, ...]:
        return tuple(key for chips in self._quadrants.values() for key in chips.selected())

    def set_selected(self, keys: tuple[str, ...] | list[str]) -> None:
        for chips in self._quadrants.values():
            chips.blockSignals(True)
            chips.set_selected(keys)
            chips.blockSignals(False)
        self.changed.emit()
