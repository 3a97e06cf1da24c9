"""Advice levels as the Clients page shows them: the key of a client's level, its words
(from the domain's table), its severity for sorting, and its coloured dot."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

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


_ICONS: dict[tuple[str, int], QIcon] = {}


def level_pixmap(key: str, size: int = 12) -> QPixmap:
    """A dot: filled in the level's colour, hollow when there is no advice (never alone:
    the level is always written beside it)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#444444"), 1))
    hollow = key in ("", NOT_ENOUGH)
    painter.setBrush(QBrush() if hollow else QBrush(QColor(level_colour(key))))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return pixmap


def level_icon(key: str) -> QIcon:
    cached = _ICONS.get((key, 12))
    if cached is None:
        cached = _ICONS[(key, 12)] = QIcon(level_pixmap(key))
    return cached
