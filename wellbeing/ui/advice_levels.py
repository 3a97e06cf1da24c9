"""Advice levels as the Clients page shows them: the key of a client's level, its words
(from the domain's table), its severity for sorting, and its mark: a colour and a shape of
its own, so that the column scans without telling colours apart (the words stay beside it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from wellbeing.charts.palette import ADVICE
from wellbeing.domain import indicators
from wellbeing.domain.indicators import AdviceLevel, NoAdvice
from wellbeing.domain.model import Client, ClientStatus

if TYPE_CHECKING:
    from wellbeing.analysis.advice import ClientAdvice

NOT_ENOUGH = NoAdvice.NOT_ENOUGH_DATA
DETHRONED = NoAdvice.DETHRONED
LEVEL_KEYS: tuple[str, ...] = (*AdviceLevel, *NoAdvice)
"""The ladder's rungs, plus no advice for lack of data and no advice for a dethroned client."""

_RANK = {key: rank for rank, key in enumerate((DETHRONED, NOT_ENOUGH, *AdviceLevel))}
NO_COLOUR = "#999999"


def level_key(client: Client, advice: ClientAdvice | None) -> str:
    """'' while the advice is not worked out yet."""
    if client.status == ClientStatus.DETHRONED:
        return DETHRONED
    if advice is None:
        return ""
    return advice.level or NOT_ENOUGH


def level_rank(key: str) -> int:
    """Severity, for sorting: the ladder upwards; finished relationships and unknowns first."""
    return _RANK.get(key, -1)


def level_label(key: str, lang: str) -> str:
    """'Watch', 'not enough data'… as the command line words them; '' for no key yet."""
    return indicators.label(key, lang) if key in LEVEL_KEYS else ""


def level_meaning(key: str, lang: str) -> str:
    """One plain sentence a user can act on."""
    return indicators.meaning(key, lang) if key in LEVEL_KEYS else ""


def level_colour(key: str) -> str:
    return ADVICE.get(key, NO_COLOUR)


SHAPES: dict[str, str] = {
    AdviceLevel.KEEP: "circle",
    AdviceLevel.WATCH: "diamond",
    AdviceLevel.REFRAME: "triangle",
    AdviceLevel.DETHRONE: "square",
    DETHRONED: "bar",
}
"""Up the ladder, one more corner each; a dethroned client is a bar (the relationship is
over); no advice yet is a hollow circle."""

_ICONS: dict[tuple[str, int, str], QIcon] = {}


def _outline() -> QColor:
    """The shapes' edge: the window's text colour, so that it shows in every theme."""
    return QApplication.palette().color(QPalette.ColorRole.WindowText)


def _draw_shape(painter: QPainter, shape: str, box: QRectF) -> None:
    middle, left, right = box.center(), box.left(), box.right()
    top, bottom = box.top(), box.bottom()
    if shape == "diamond":
        points = [(middle.x(), top), (right, middle.y()), (middle.x(), bottom), (left, middle.y())]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(middle.x(), top), box.bottomRight(), box.bottomLeft()])
        )
    elif shape == "square":
        painter.drawRect(box.adjusted(1, 1, -1, -1))
    elif shape == "bar":
        third = box.height() / 3
        painter.drawRect(box.adjusted(0, third, 0, -third))
    else:
        painter.drawEllipse(box)


def level_pixmap(key: str, size: int = 12) -> QPixmap:
    """The level's mark: its shape filled in its colour, a hollow circle when there is no
    advice (never alone: the level is always written beside it)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(_outline(), 1))
    hollow = key in ("", NOT_ENOUGH)
    painter.setBrush(QBrush() if hollow else QBrush(QColor(level_colour(key))))
    _draw_shape(painter, SHAPES.get(key, "circle"), QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return pixmap


def level_icon(key: str) -> QIcon:
    """Cached per theme: the outline follows the window's text colour."""
    cache_key = (key, 12, _outline().name())
    cached = _ICONS.get(cache_key)
    if cached is None:
        cached = _ICONS[cache_key] = QIcon(level_pixmap(key))
    return cached
