"""Two panes side by side when there is room, one above the other when there is not.

With 200 % text on a laptop the journal's list and form do not fit side by side: rather
than scroll the form off the right edge, the panes stack, each still reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget


class AdaptiveSplitter(QSplitter):
    """A horizontal splitter that turns vertical below the width its panes need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def panes(self) -> list[QWidget]:
        """The panes shown (a hidden one takes no room)."""
        found = (self.widget(i) for i in range(self.count()))
        return [pane for pane in found if pane is not None and not pane.isHidden()]

    def side_by_side_width(self) -> int:
        needed = sum(_least(pane).width() for pane in self.panes())
        return needed + self.handleWidth() * max(0, self.count() - 1)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest pane: below the panes' sum, they stack."""
        panes = self.panes()
        if not panes:
            return super().minimumSizeHint()
        hints = [_least(p) for p in panes]
        width = max(h.width() for h in hints)
        if self.orientation() == Qt.Orientation.Horizontal:
            return QSize(width, max(h.height() for h in hints))
        return QSize(width, sum(h.height() for h in hints) + self.handleWidth())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a pane's content grew or shrank
            self._choose_orientation(self.width())
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._choose_orientation(event.size().width())
        super().resizeEvent(event)

    def _choose_orientation(self, width: int) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if width >= self.side_by_side_width()
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.updateGeometry()


def _least(pane: QWidget) -> QSize:
    """The smallest size the pane accepts: its layout's hint or a minimum set on it."""
    return pane.minimumSizeHint().expandedTo(pane.minimumSize())
