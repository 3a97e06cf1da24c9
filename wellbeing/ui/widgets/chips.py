"""Tags as chips: a click (or Space) ticks one, and all of them show at a glance.

The chips of a list are one Tab stop (wellbeing.ui.keyboard.RovingFocus): arrows move
among them, Space ticks, typing the start of a word jumps to it. In a dialog, Enter stays
the dialog's (the capture window saves); in the main window it ticks, as Space does.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from wellbeing.domain.vocabulary import Term
from wellbeing.ui.keyboard import RovingFocus
from wellbeing.ui.widgets.flow_layout import FlowLayout


class TagChips(QWidget):
    """Checkable chips for one vocabulary list; emits changed whenever the ticks change.

    `roving` lets several lists share one Tab stop (the emotion grid's quadrants).
    """

    changed = Signal()
    picked = Signal()
    """A person ticked or unticked a chip (changed also fires when code sets them)."""

    def __init__(
        self,
        terms: tuple[Term, ...],
        lang: str,
        parent: QWidget | None = None,
        roving: RovingFocus | None = None,
    ) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        self.roving = roving or RovingFocus(self)
        layout = FlowLayout(self)
        for term in terms:
            button = QPushButton(term.label(lang), self)
            button.setCheckable(True)
            button.setAutoDefault(False)  # in a dialog, Enter is its default button's
            button.setProperty("chip", True)
            button.setObjectName(f"chip_{term.key}")
            button.toggled.connect(self.changed)
            button.clicked.connect(self.picked)
            layout.addWidget(button)
            self.roving.add(button)
            self._buttons[term.key] = button

    def button(self, key: str) -> QPushButton:
        return self._buttons[key]

    def selected(self) -> tuple[str, ...]:
        return tuple(key for key, button in self._buttons.items() if button.isChecked())

    def set_selected(self, keys: tuple[str, ...] | list[str]) -> None:
        wanted = set(keys)
        for key, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(key in wanted)
            button.blockSignals(False)
        self.changed.emit()
