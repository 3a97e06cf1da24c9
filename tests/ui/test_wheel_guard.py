"""Scrolling a page with the wheel never changes a field the pointer passes over."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing.ui.screen_fit import scrolling


def wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_over_an_unfocused_field_and_sets_a_focused_one(qtbot):
    body = QWidget()
    column = QVBoxLayout(body)
    first = QLineEdit()
    channel = QComboBox()
    channel.addItems(["phone", "email", "letter"])
    threshold = QDoubleSpinBox()
    threshold.setValue(5.0)
    column.addWidget(first)
    column.addWidget(channel)
    column.addWidget(threshold)
    column.addSpacing(2000)
    page = scrolling(body)
    qtbot.addWidget(page)
    page.resize(300, 200)
    page.show()
    qtbot.waitExposed(page)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)

    wheel_down(channel)
    wheel_down(threshold.lineEdit())

    assert channel.currentText() == "phone"
    assert threshold.value() == 5.0
    assert page.verticalScrollBar().value() > 0  # the page scrolled instead

    channel.setFocus()
    qtbot.waitUntil(channel.hasFocus)
    wheel_down(channel)
    assert channel.currentText() == "email"
