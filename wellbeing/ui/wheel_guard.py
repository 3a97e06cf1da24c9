"""The mouse wheel scrolls the page; it changes a field's value only when that field has
the keyboard focus.

Scrolling the form with More details open stopped on the Channel box and set it to
"letter"; one notch over a threshold changed 5.0 to 4.5. A user scrolling must not save
values they never chose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def _field(watched: QObject) -> QWidget | None:
    """The combo box or spin box the wheel is over (its line edit included)."""
    widget: QWidget | None = watched if isinstance(watched, QWidget) else None
    while widget is not None:
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _focused(field: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is field or field.isAncestorOf(focus))


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        field = _field(watched)
        if field is None or _focused(field):
            return False
        area = _scroll_area(field)
        if area is not None:  # the page under the pointer scrolls instead
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Once per application, like the keyboard conventions."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
