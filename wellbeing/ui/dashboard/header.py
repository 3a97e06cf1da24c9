"""The dashboard's header: today's exhaustion index, the cycle and the mirror of the period,
red flags worded kindly, and a check-in reminder; every number has its "Why?"."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.reasons import Reason, describe
from wellbeing.analysis.red_flags import RedFlag
from wellbeing.charts.palette import BANDS
from wellbeing.domain import indicators
from wellbeing.domain.formatting import format_number, format_percent
from wellbeing.ui.dashboard.snapshot import Snapshot, Today


class Indicator(QFrame):
    """One number, what it means in words, and a "Why?" button."""

    why = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(caption)
        self.caption.setProperty("section", True)
        self.value = QLabel()
        self.value.setProperty("heading", True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.marker = QLabel("●")
        self.marker.setAccessibleName(self.tr("colour of the index"))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.why_button = QPushButton(self.tr("Why?"))
        self.why_button.setAccessibleName(self.tr("Why? {caption}").format(caption=caption))
        self.why_button.setToolTip(self.tr("The reasons behind this number, and the encounters"))
        self.why_button.clicked.connect(self.why)
        top = QHBoxLayout()
        top.addWidget(self.value)
        top.addWidget(self.marker)
        top.addStretch(1)
        top.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str, colour: str | None = None) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.marker.setVisible(colour is not None)
        if colour is not None:
            self.marker.setStyleSheet(f"color: {colour}; font-size: 20pt;")


class HeaderPanel(QWidget):
    why_requested = Signal(str, object)
    """(what the number is, its reasons as a tuple of Reason)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.index = Indicator(self.tr("Exhaustion index now"))
        self.cycle = Indicator(self.tr("Confidence cycle"))
        self.mirror = Indicator(self.tr("Our side in difficult encounters"))
        self.check_in = QLabel()
        self.check_in.setWordWrap(True)
        self.check_in.setProperty("hint", True)
        self.flags = QFrame()
        self.flags.setProperty("banner", True)
        self.flags_layout = QVBoxLayout(self.flags)
        self.flag_labels: list[QLabel] = []
        self.flag_buttons: list[QPushButton] = []
        tiles = QGridLayout()
        for column, tile in enumerate((self.index, self.cycle, self.mirror)):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiles)
        layout.addWidget(self.check_in)
        layout.addWidget(self.flags)
        self._reasons: dict[str, tuple[Reason, ...]] = {}
        for name, tile in (("index", self.index), ("cycle", self.cycle), ("mirror", self.mirror)):
            tile.why.connect(lambda name=name, tile=tile: self._ask_why(name, tile))

    def _ask_why(self, name: str, tile: Indicator) -> None:
        self.why_requested.emit(tile.caption.text(), self._reasons.get(name, ()))

    def reasons(self, name: str) -> tuple[Reason, ...]:
        """The reasons a "Why?" shows: 'index', 'cycle', 'mirror' or 'flag:<n>'."""
        return self._reasons.get(name, ())

    # --- today ----------------------------------------------------------------------------

    def show_today(self, today: Today) -> None:
        index = today.index
        self._reasons["index"] = index.reasons
        if index.value is None:
            self.index.set("—", describe(index.reasons[0], self.lang))
        else:
            colour = BANDS[index.band] if index.band else None
            value = self.tr("{value}/100").format(value=format_number(index.value, self.lang))
            self.index.set(value, indicators.band_meaning(index.band, self.lang), colour)
        self.check_in.setVisible(today.check_in_due)
        self.check_in.setText(
            self.tr(
                "Your weekly check-in is due: two minutes, eleven questions (Ctrl+K). "
                "It makes the index more reliable."
            )
        )
        self._show_flags(today.flags)

    def _show_flags(self, flags: Sequence[RedFlag]) -> None:
        while self.flags_layout.count():
            item = self.flags_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _clear(item.layout())
        self.flag_labels, self.flag_buttons = [], []
        self.flags.setVisible(bool(flags))
        if not flags:
            return
        title = QLabel(self.tr("Take care of yourself"))
        title.setProperty("section", True)
        self.flags_layout.addWidget(title)
        helps = html.escape(self.tr("What could help:"))
        for number, flag in enumerate(flags):
            self._reasons[f"flag:{number}"] = flag.reasons
            steps = "".join(f"<li>{html.escape(describe(s, self.lang))}</li>" for s in flag.steps)
            text = (
                f"<p>{html.escape(describe(flag.reasons[0], self.lang))}</p>"
                f"<p>{helps}</p><ul>{steps}</ul>"
                f"<p><i>{html.escape(describe(flag.note, self.lang))}</i></p>"
            )
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            why = QPushButton(self.tr("Why?"))
            why.setAccessibleName(self.tr("Why this signal?"))
            caption = self.tr("A signal worth your attention")
            why.clicked.connect(
                lambda _=False, n=number, c=caption: self.why_requested.emit(
                    c, self._reasons.get(f"flag:{n}", ())
                )
            )
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(why, 0, Qt.AlignmentFlag.AlignTop)
            self.flags_layout.addLayout(row)
            self.flag_labels.append(label)
            self.flag_buttons.append(why)

    # --- the period -----------------------------------------------------------------------

    def show_period(self, snapshot: Snapshot) -> None:
        cycle, mirrored = snapshot.cycle, snapshot.mirror
        self._reasons["cycle"] = (*cycle.reasons, *cycle.advice)
        first = cycle.break_first
        detail = (
            self.tr("Break the loop first at: {stage}").format(
                stage=indicators.label(first, self.lang)
            )
            if first
            else describe(cycle.reasons[0], self.lang)
        )
        self.cycle.set(indicators.label(cycle.status, self.lang), detail)
        self._reasons["mirror"] = mirrored.reasons
        if mirrored.difficult and not math.isnan(mirrored.share):
            value = format_percent(100 * mirrored.share, self.lang)
            detail = self.tr(
                "of {count} difficult encounters also had an irritant on our side. Trend: {trend}."
            ).format(count=mirrored.difficult, trend=self._trend(mirrored.trend))
        else:
            value, detail = "—", describe(mirrored.reasons[0], self.lang)
        self.mirror.set(value, detail)

    def _trend(self, trend: str) -> str:
        words = {
            "rising": self.tr("rising"),
            "falling": self.tr("falling"),
            "steady": self.tr("steady"),
            "not_enough_data": self.tr("too few to see a trend"),
        }
        return words.get(trend, trend)


def _clear(layout: object) -> None:
    while layout.count():  # type: ignore[attr-defined]
        item = layout.takeAt(0)  # type: ignore[attr-defined]
        if item.widget() is not None:
            item.widget().deleteLater()
