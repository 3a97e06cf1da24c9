"""A clearly visible focus ring on whichever control has the keyboard, in every theme.

Styles show focus unevenly (a 1-px tint on a line edit, nothing on a table); a style sheet
rule per kind of control would restyle each control whole and cost start-up time. Instead
one small overlay follows the focus: a sibling just above the focused control, so that it
scrolls and clips with it, drawing a ring round it (and a thin halo inside the ring, so
that it shows against a filled, checked control too). Where the parent has no room (the
control touches its edge) the ring falls inside the control's edge. It ignores the mouse
and never takes the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QSplitter,
    QTabBar,
    QWidget,
)
from shiboken6 import isValid

CHIP_RADIUS = 10.0
RADIUS = 4.0


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control the ring goes round: a combo box or spin box rather than its text
    field; none for menus and pop-up lists (they highlight their own current entry)."""
    if widget is None or isinstance(widget, QMenu | QMenuBar) or widget.isWindow():
        return None
    if widget.window().windowType() == Qt.WindowType.Popup:
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return parent
    return widget


class RingOverlay(QWidget):
    """The ring itself, painted over its parent (the focused control)."""

    def __init__(self, ring: FocusRing) -> None:
        super().__init__()
        self.ring = ring
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        width = self.ring.width
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        target = self.ring.target
        chip = target is not None and isValid(target) and bool(target.property("chip"))
        rounded = CHIP_RADIUS if chip else RADIUS
        radius = min(rounded, outer.height() / 2)
        painter.setPen(QPen(self.ring.colour, width))
        painter.drawRoundedRect(outer, radius, radius)
        inset = width / 2 + 0.5
        inner = outer.adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(self.ring.halo, 1))
        painter.drawRoundedRect(inner, max(radius - inset, 0), max(radius - inset, 0))
        painter.end()


class FocusRing(QObject):
    """Moves the overlay to each newly focused control (QApplication.focusChanged)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.colour = QColor("#6a1b9a")
        self.halo = QColor("#ffffff")
        self.width = 2
        self.overlay: RingOverlay | None = None
        self.target: QWidget | None = None
        app.focusChanged.connect(self.follow)

    def set_colours(self, colour: str, halo: str, width: int) -> None:
        self.colour, self.halo, self.width = QColor(colour), QColor(halo), width
        if self.overlay is not None and isValid(self.overlay):
            self.place()
            self.overlay.update()

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._release()
        target = ring_target(new)
        if target is None:
            return
        if self.overlay is None or not isValid(self.overlay):  # went with its last host
            self.overlay = RingOverlay(self)
        self.target = target
        self.overlay.setParent(host_of(target))
        target.installEventFilter(self)
        target.destroyed.connect(self._gone)
        if isinstance(target, QTabBar):
            target.currentChanged.connect(self.place)
        self.place()
        self.overlay.raise_()
        self.overlay.setVisible(target.isVisible())

    def place(self) -> None:
        """Round the whole control (on a tab bar, the current tab), outside its edge where
        its parent leaves room."""
        target, overlay = self.target, self.overlay
        if target is None or overlay is None or not isValid(target) or not isValid(overlay):
            return
        area = target.rect()
        if isinstance(target, QTabBar) and target.currentIndex() >= 0:
            area = target.tabRect(target.currentIndex())
        host = overlay.parentWidget()
        if host is not None and host is not target:
            room = self.width + 1
            area = area.translated(target.pos()).adjusted(-room, -room, room, room)
            area = area.intersected(host.rect())
        if overlay.geometry() != area:
            overlay.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and self.overlay is not None and isValid(self.overlay):
            kind = event.type()
            if kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest):
                self.place()
            elif kind == QEvent.Type.Show:
                self.place()
                self.overlay.raise_()
                self.overlay.show()
            elif kind == QEvent.Type.Hide:
                self.overlay.hide()
        return False

    def _gone(self) -> None:
        self.target = None
        if self.overlay is not None and isValid(self.overlay):
            self.overlay.hide()

    def _release(self) -> None:
        target, self.target = self.target, None
        if target is not None and isValid(target):
            target.removeEventFilter(self)
            target.destroyed.disconnect(self._gone)
            if isinstance(target, QTabBar):
                target.currentChanged.disconnect(self.place)
        if self.overlay is not None and isValid(self.overlay):
            self.overlay.hide()
            self.overlay.setParent(None)


def host_of(target: QWidget) -> QWidget:
    """The parent the ring is drawn in: the control's own, but never a splitter (it would
    take the ring for one more pane), and the control itself for a window's direct child
    that has no parent widget."""
    parent = target.parentWidget()
    if parent is None or isinstance(parent, QSplitter):
        return target
    return parent
