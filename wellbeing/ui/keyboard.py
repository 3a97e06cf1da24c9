"""Keyboard conventions the whole app shares, so that every screen works without a mouse.

Three pieces:

- `KeyboardConventions`, installed once on the application: Enter presses the focused
  push or tool button outside dialogs (Qt does it in dialogs only); Tab leaves a date
  field whole instead of stepping through its day, month, year, hour and minute, and
  leaves a list whole instead of stepping through its cells (arrows move inside both).
- `RovingFocus`: a group of chips is one Tab stop; arrows move inside it, Home and End
  go to its ends, and typing the start of a word jumps to the chip that says it.
- `tab_order`: the order Tab follows through a screen, groups moving as one block.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QWidget,
)

TYPE_AHEAD_SECONDS = 1.0
"""A pause this long starts a new word: "f" then "r" is "fr", "f", pause, "r" is "r"."""

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyboardConventions(QObject):
    """An application event filter; see the module's docstring for what it adds."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False  # the type first: this runs for every event of the app
        if not isinstance(watched, QWidget) or not watched.hasFocus():
            return False  # not for a widget, or the same key travelling up to a parent
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            return press_focused_button(watched, event.isAutoRepeat())
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and steps_inside_on_tab(watched):
            if modifiers & ~Qt.KeyboardModifier.ShiftModifier:
                return False  # Ctrl+Tab and friends belong to tabs and windows
            forward = key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier
            return leave_whole(watched, forward)
        return False


def steps_inside_on_tab(widget: QWidget) -> bool:
    """Widgets where Qt's Tab walks inside instead of on: a date field's sections, and the
    cells of a list that selects whole rows (twelve columns, a thousand rows: a trap)."""
    if isinstance(widget, QDateTimeEdit):
        return True
    return (
        isinstance(widget, QTableView)
        and widget.tabKeyNavigation()
        and widget.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    )


def press_focused_button(widget: QWidget, repeated: bool) -> bool:
    """Enter clicks a focused push or tool button (a chip too), once; False leaves the
    key to Qt and the screen.

    Dialogs already press their buttons on Enter (autoDefault), and so does a default
    push button anywhere: pressing those here too would act twice. Check boxes and radio
    buttons tick with Space; Enter on them keeps meaning "go on" (the welcome's Next, a
    dialog's default button).
    """
    if not isinstance(widget, QPushButton | QToolButton) or not widget.isEnabled():
        return False
    if isinstance(widget.window(), QDialog):
        return False
    if isinstance(widget, QPushButton) and (widget.autoDefault() or widget.isDefault()):
        return False
    if not repeated:  # holding Enter down presses once
        widget.click()
    return True


def leave_whole(widget: QWidget, forward: bool) -> bool:
    """Tab goes to the next field, not the next section or cell (Left, Right and typing
    reach those); an editor inside a table keeps Tab for moving to the next cell."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    QWidget.focusNextPrevChild(widget, forward)  # QWidget's own: the subclass steps inside
    return True


def install_keyboard_conventions(app: QApplication) -> KeyboardConventions:
    """Once per application: a second filter would press every button twice."""
    existing = app.findChild(KeyboardConventions)
    if isinstance(existing, KeyboardConventions):
        return existing
    conventions = KeyboardConventions(app)
    app.installEventFilter(conventions)
    return conventions


class TabTakesCompletion(QObject):
    """Tab while an editable combo box's completion list is open takes the name the list
    highlights (its first when none is), then moves on as usual: "glo" then Tab is Globex,
    not a new client "glo". Escape closes the list and keeps what was typed."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        completer = combo.completer()
        if completer is not None:
            completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        popup = self.combo.completer().popup()
        index = popup.currentIndex()
        if not index.isValid():
            index = popup.model().index(0, 0)
        if index.isValid():
            self.combo.setEditText(str(index.data()))
        return False  # the completer closes its list and hands Tab on to the combo box


def tab_order(*widgets: QWidget) -> None:
    """Tab visits these widgets in this order, whatever order they were built or laid
    out in; a group (a row of chips, the emotion grid) moves as one block, its own
    order kept inside."""
    stops = [stop for widget in widgets for stop in focus_stops(widget)]
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)


def focus_stops(widget: QWidget) -> list[QWidget]:
    """The widget if it takes focus itself (a scale, a field), else the descendants that
    do (the chips of a row), in their focus-chain order."""
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return [widget]
    stops: list[QWidget] = []
    each = widget.nextInFocusChain()
    while each is not None and each is not widget:  # a ring through the whole window
        takes_focus = each.focusPolicy() != Qt.FocusPolicy.NoFocus and each.focusProxy() is None
        if takes_focus and widget.isAncestorOf(each):
            stops.append(each)
        each = each.nextInFocusChain()
    return stops


# --- a group of chips as one Tab stop ---------------------------------------------------


def folded(text: str) -> str:
    """Lower case without accents, so that typing "e" finds "énervé·e"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("&", "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class RovingFocus(QObject):
    """Only the current button is a Tab stop; the others still take a click.

    Arrows: Left and Right follow the reading order (across rows and quadrants), Up and
    Down go to the nearest button on the row above or below. Home and End: the first and
    last. Letters: the next button whose label starts with what was typed (or contains
    it). Space still ticks the focused button, as Qt does. `clock` is injectable so that
    tests can say "a second later" without waiting.
    """

    def __init__(self, parent: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._buttons: list[QAbstractButton] = []
        self._current: QAbstractButton | None = None
        self._clock = clock
        self._typed = ""
        self._typed_at = float("-inf")

    def add(self, button: QAbstractButton) -> None:
        self._buttons.append(button)
        button.installEventFilter(self)
        if self._current is None or not usable(self._current):
            self.set_current(button)
        else:
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def buttons(self) -> list[QAbstractButton]:
        return list(self._buttons)

    def current(self) -> QAbstractButton | None:
        return self._current

    def set_current(self, button: QAbstractButton) -> None:
        """The one Tab stop of the group; focus stays where it is."""
        self._current = button
        for each in self._buttons:
            policy = Qt.FocusPolicy.StrongFocus if each is button else Qt.FocusPolicy.ClickFocus
            if each.focusPolicy() != policy:
                each.setFocusPolicy(policy)

    def has_focus(self) -> bool:
        return any(button.hasFocus() for button in self._buttons)

    def move_to(self, button: QAbstractButton) -> None:
        self.set_current(button)
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        _scroll_to(button)

    # --- events -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QAbstractButton):
            self.set_current(watched)
        elif kind in (QEvent.Type.EnabledChange, QEvent.Type.Hide, QEvent.Type.Show):
            self._follow_usable()
        elif isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            return watched is self._current and self._key(event)
        return False

    def _follow_usable(self) -> None:
        """A greyed-out current chip would leave the group with no Tab stop at all."""
        if self._current is not None and usable(self._current):
            return
        candidates = self._usable()
        if candidates:
            self.set_current(candidates[0])

    def _usable(self) -> list[QAbstractButton]:
        return [button for button in self._buttons if usable(button)]

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            return False
        target = self._target(key, event.text())
        if target is not None and target is not self._current:
            self.move_to(target)
        if key in ARROWS or key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            return True  # at an end, stay: Qt would move to the next field instead
        return target is not None or self._is_typing(event.text())

    def _target(self, key: int, text: str) -> QAbstractButton | None:
        buttons = self._usable()
        if not buttons or self._current is None:
            return None
        if key == Qt.Key.Key_Home:
            return buttons[0]
        if key == Qt.Key.Key_End:
            return buttons[-1]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            return self._along(buttons, key)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self._across(buttons, key == Qt.Key.Key_Down)
        if self._is_typing(text):
            return self._typed_match(buttons, text)
        return None

    @staticmethod
    def _is_typing(text: str) -> bool:
        return bool(text) and text.isprintable() and not text.isspace()

    def _along(self, buttons: list[QAbstractButton], key: int) -> QAbstractButton | None:
        assert self._current is not None
        step = 1 if key == Qt.Key.Key_Right else -1
        if self._current.isRightToLeft():
            step = -step
        order = self._buttons
        index = order.index(self._current) + step
        while 0 <= index < len(order):
            if order[index] in buttons:
                return order[index]
            index += step
        return None

    def _across(self, buttons: list[QAbstractButton], down: bool) -> QAbstractButton | None:
        """The nearest button on the next row up or down, as the eye reads the group."""
        assert self._current is not None
        here = _area(self._current)
        if down:
            rows = [(_area(b).top() - here.bottom(), b) for b in buttons]
        else:
            rows = [(here.top() - _area(b).bottom(), b) for b in buttons]
        below_or_above = [(gap, b) for gap, b in rows if gap > 0 and b is not self._current]
        if not below_or_above:
            return None
        nearest = min(gap for gap, _b in below_or_above)
        same_row = [b for gap, b in below_or_above if gap <= nearest + here.height() // 2]
        centre = here.center().x()
        return min(same_row, key=lambda b: abs(_area(b).center().x() - centre))

    def _typed_match(self, buttons: list[QAbstractButton], text: str) -> QAbstractButton | None:
        now = self._clock()
        if now - self._typed_at > TYPE_AHEAD_SECONDS:
            self._typed = ""
        self._typed_at = now
        self._typed += folded(text)
        assert self._current is not None
        start = buttons.index(self._current) if self._current in buttons else 0
        repeated = len(set(self._typed)) == 1  # "d", "d": the next one with a d
        if repeated or len(self._typed) == 1:
            start += 1
            prefix = self._typed[0]
        else:
            prefix = self._typed
        ring = buttons[start:] + buttons[:start]
        labels = [(folded(b.text()), b) for b in ring]
        for label, button in labels:
            if label.startswith(prefix):
                return button
        for label, button in labels:
            if prefix in label:
                return button
        return None


ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def usable(button: QAbstractButton) -> bool:
    """Can take the focus: enabled and not hidden by the code (its window may be)."""
    return button.isEnabled() and not button.isHidden()


def _area(button: QWidget) -> QRect:
    """The button's rectangle in its window, so that rows of different parents compare."""
    return QRect(button.mapTo(button.window(), QPoint(0, 0)), button.size())


def _scroll_to(widget: QWidget) -> None:
    """Arrows move the focus without Qt's Tab scrolling: bring the chip into view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            return
        parent = parent.parentWidget()
