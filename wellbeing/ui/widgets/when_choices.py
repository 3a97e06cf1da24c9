"""Quick answers to "when was it?", so that an entry typed in the evening is not dated then.

The moments themselves come from wellbeing.domain.when, the rules `wellbeing log --when`
follows too; this row only offers them and says which one the field shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from wellbeing.domain.when import Shorthand, available
from wellbeing.ui.keyboard import RovingFocus
from wellbeing.ui.widgets.flow_layout import FlowLayout

REFRESH_MS = 30_000
"""How often "this afternoon" is checked for having started (it is greyed out before noon)."""


class WhenChoices(QWidget):
    """A row of chips: Just now, This morning, …, Yesterday, and Pick a time…

    `chosen` carries the Shorthand clicked (the form turns it into a moment with the same
    clock); `pick` asks for the date and time field. The row is one Tab stop, landing on
    the choice the field holds; arrows and a typed first letter move along it and Space
    presses, as for every other row of chips in the form.
    """

    chosen = Signal(object)
    pick = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        texts = {
            Shorthand.NOW: (self.tr("Just now"), self.tr("Now, to the minute")),
            Shorthand.THIS_MORNING: (
                self.tr("This morning"),
                self.tr("Today at 10:00; correct the time if you remember it"),
            ),
            Shorthand.THIS_AFTERNOON: (
                self.tr("This afternoon"),
                self.tr("Today at 15:00 (from noon on); correct the time if you remember it"),
            ),
            Shorthand.EARLIER_TODAY: (
                self.tr("Earlier today"),
                self.tr("Two hours ago, but not before 08:00"),
            ),
            Shorthand.YESTERDAY: (
                self.tr("Yesterday"),
                self.tr("Yesterday at 12:00; correct the time if you remember it"),
            ),
        }
        layout = FlowLayout(self)
        self.roving = RovingFocus(self)
        self.buttons: dict[Shorthand, QPushButton] = {}
        for shorthand, (text, tip) in texts.items():
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAutoDefault(False)  # in a dialog, Enter is its default button's
            button.setProperty("chip", True)
            button.setObjectName(f"when_{shorthand}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _on=False, s=shorthand: self._clicked(s))
            layout.addWidget(button)
            self.roving.add(button)
            self.buttons[shorthand] = button
        self.pick_button = QPushButton(self.tr("Pick a time…"), self)
        self.pick_button.setAutoDefault(False)
        self.pick_button.setProperty("chip", True)
        self.pick_button.setObjectName("when_pick")
        self.pick_button.setToolTip(self.tr("Type or pick the date and time in the field"))
        self.pick_button.clicked.connect(self._picked)
        layout.addWidget(self.pick_button)
        self.roving.add(self.pick_button)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def button(self, shorthand: Shorthand) -> QPushButton:
        return self.buttons[shorthand]

    def chips(self) -> list[QPushButton]:
        """Every chip in the order the arrows follow."""
        return [*self.buttons.values(), self.pick_button]

    def refresh(self) -> None:
        """Grey out what makes no sense yet ("this afternoon" in the morning)."""
        now = self._clock()
        for shorthand, button in self.buttons.items():
            button.setEnabled(available(shorthand, now))

    def current(self) -> Shorthand | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def set_current(self, shorthand: Shorthand | None) -> None:
        """Show which choice the field holds; None once the user typed a time themselves."""
        for key, button in self.buttons.items():
            button.setChecked(key == shorthand)
        chosen = self.buttons.get(shorthand) if shorthand is not None else None
        if chosen is not None and chosen.isEnabled() and not self.roving.has_focus():
            self.roving.set_current(chosen)  # Tab lands on the choice the field holds

    def _clicked(self, shorthand: Shorthand) -> None:
        self.refresh()
        if not self.buttons[shorthand].isEnabled():  # midnight passed since the last refresh
            self.set_current(None)
            return
        self.set_current(shorthand)
        self.chosen.emit(shorthand)

    def _picked(self) -> None:
        self.set_current(None)
        self.pick.emit()
