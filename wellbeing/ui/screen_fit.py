"""Windows sized from the screen they open on, never from a designer's 1320×840 monitor.

A 1366×768 laptop lost the welcome's buttons below its edge and a 1024×600 netbook a third
of the encounter form: every window and dialog asks here for its size, and tall content
scrolls inside the window instead of pushing it past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

from wellbeing.ui.widgets.flow_layout import FlowLayout

FRAME_WIDTH = 16
FRAME_HEIGHT = 48
"""Room left for the title bar and borders the window manager adds around a window."""


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (or the primary one) not taken by panels and docks."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def fitting_size(width: int, height: int, widget: QWidget | None = None) -> QSize:
    """The preferred size, shrunk to the screen's available area less the window frame."""
    room = available_area(widget)
    return QSize(
        max(1, min(width, room.width() - FRAME_WIDTH)),
        max(1, min(height, room.height() - FRAME_HEIGHT)),
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size or the screen, whichever is smaller. A window whose
    content needs more than the screen has (large text on a small screen) gets that content
    in a scroll area, its buttons kept in view below."""
    room = fitting_size(10_000, 10_000, window)
    needed = window.minimumSizeHint()
    if needed.width() > room.width() or needed.height() > room.height():
        scroll_content(window)
    window.resize(fitting_size(width, height, window))


def scroll_content(window: QWidget) -> QScrollArea | None:
    """Move everything of the window's layout but its last row (the buttons) into a scroll
    area; None when the layout is not a simple column."""
    layout = window.layout()
    if not isinstance(layout, QBoxLayout) or layout.count() < 2:
        return None
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    for _ in range(layout.count() - 1):
        item = layout.takeAt(0)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            column.addWidget(widget)
        elif (inner := item.layout()) is not None:
            column.addLayout(inner)
        else:
            column.addItem(item)
    scroll = scrolling(body, horizontal=True)
    layout.insertWidget(0, scroll, 1)
    last = layout.itemAt(1)
    buttons = last.layout() if last is not None else None
    if buttons is not None and buttons.minimumSize().width() > available_area(window).width():
        layout.removeItem(buttons)
        layout.addWidget(_wrapping(buttons))
    return scroll


def _wrapping(row: QLayout) -> QWidget:
    """The row's widgets in a flow that wraps onto a second line when the screen is narrow."""
    holder = QWidget()
    flow = FlowLayout(holder)
    while row.count():
        item = row.takeAt(0)
        if item is not None and (widget := item.widget()) is not None:
            flow.addWidget(widget)
    return holder


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down only, and says so in its minimum width: its content is never
    cut on the right (a splitter or window around it gives it that width, or stacks)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        width = content.minimumSizeHint().width() + bar + margins.left() + margins.right()
        return QSize(max(hint.width(), width), hint.height())


def scrolling(body: QWidget, *, horizontal: bool = False) -> QScrollArea:
    """The body in a frameless scroll area: it scrolls when the screen is short instead of
    making the window taller than the screen."""
    scroll = QScrollArea() if horizontal else VerticalScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not horizontal:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
