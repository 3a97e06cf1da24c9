"""One pack read-only (its charts in tabs beside its words), and two periods side by side.

Both draw with coach_charts, the same `charts/` functions as the employee's window, so the
coach sees what the employee saw when preparing the pack.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.services.coach import compare_lines
from wellbeing.sharing.session_content import SessionContent
from wellbeing.ui.coach_charts import (
    CHARTS,
    chart_caption,
    chart_plot,
    chart_summary,
    compare_html,
    pack_html,
    tab_caption,
)
from wellbeing.ui.coach_models import period_text
from wellbeing.ui.dashboard.card import ChartCard
from wellbeing.ui.dashboard.export import export_chart

CHART_HEIGHT = 2.2
MIN_CHART_PX = 150


def _card(key: str, caption: str) -> ChartCard:
    card = ChartCard(f"coach-{key}", caption, CHART_HEIGHT)
    card.canvas.setMinimumHeight(MIN_CHART_PX)
    card.canvas.canvas.setMinimumHeight(MIN_CHART_PX)
    card.export_requested.connect(lambda: export_chart(card, card))
    return card


def words_label() -> tuple[QLabel, QScrollArea]:
    """Rich text that wraps, in a scroll area that never scrolls sideways."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(4, 0, 6, 0)
    column.addWidget(label)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(holder)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(160)
    return label, scroll


class PackView(QSplitter):
    """The chosen pack: chart tabs on the left, its summary, clients and texts on the right."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.lang = lang
        self.content: SessionContent | None = None
        self.setChildrenCollapsible(False)
        self.cards = {key: _card(key, chart_caption(key, lang)) for key, _section in CHARTS}
        self.charts = QTabWidget()
        self.charts.setObjectName("pack_charts")
        self.charts.setDocumentMode(True)
        self.charts.setUsesScrollButtons(True)
        for key, card in self.cards.items():
            tab = self.charts.addTab(card, tab_caption(key))
            self.charts.setTabToolTip(tab, chart_caption(key, lang))
        self.words, scroll = words_label()
        self.words.setObjectName("pack_words")
        self.addWidget(self.charts)
        self.addWidget(scroll)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 1)
        self.setSizes([2000, 1000])
        self.show_pack(None)

    def show_pack(self, content: SessionContent | None) -> None:
        self.content = content
        for key, card in self.cards.items():
            card.draw(chart_plot(content, key, self.lang), chart_summary(content, key, self.lang))
        self.words.setText(
            pack_html(content, self.lang)
            if content is not None
            else self.tr("Import a pack, then choose a coachee and one of their periods.")
        )

    def render_now(self) -> None:
        """Every chart drawn at once, in sight or not (tests, screenshots)."""
        for card in self.cards.values():
            card.flush()
            card.canvas.canvas.draw()


class CompareView(QWidget):
    """Two of a coachee's packs side by side, one chart at a time, and what changed in words."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.packs: list[SessionContent] = []
        self.before = QComboBox()
        self.before.setObjectName("compare_before")
        self.after = QComboBox()
        self.after.setObjectName("compare_after")
        self.chart = QComboBox()
        self.chart.setObjectName("compare_chart")
        for key, _section in CHARTS:
            self.chart.addItem(tab_caption(key), key)
        chart_label = QLabel(self.tr("C&hart:"))
        chart_label.setBuddy(self.chart)
        bar = QHBoxLayout()
        bar.addWidget(chart_label)
        bar.addWidget(self.chart)
        bar.addStretch(1)
        self.cards = {
            "before": _card("before", self.tr("Before")),
            "after": _card("after", self.tr("After")),
        }
        for card in self.cards.values():
            card.export_button.hide()  # room for the charts; the right-click menu exports
        side = QSplitter(Qt.Orientation.Horizontal)
        side.setChildrenCollapsible(False)
        side.addWidget(self._column(self.tr("&Before:"), self.before, self.cards["before"]))
        side.addWidget(self._column(self.tr("&After:"), self.after, self.cards["after"]))
        self.words, scroll = words_label()
        self.words.setObjectName("compare_words")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(side)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([3000, 1000])
        scroll.setMinimumHeight(60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        for combo in (self.before, self.after, self.chart):
            combo.currentIndexChanged.connect(self.redraw)
        self.set_packs([])

    @staticmethod
    def _column(text: str, combo: QComboBox, card: ChartCard) -> QWidget:
        """A period's chooser right above its chart, so which side is which needs no legend."""
        label = QLabel(text)
        label.setBuddy(combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(combo, 1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(card, 1)
        return column

    def set_packs(self, packs: Sequence[SessionContent]) -> None:
        """The last two periods compared by default: where the coachee was, where they are."""
        self.packs = list(packs)
        for combo in (self.before, self.after):
            combo.blockSignals(True)
            combo.clear()
            for pack in self.packs:
                combo.addItem(period_text(pack.first, pack.last, self.lang))
            combo.blockSignals(False)
        if len(self.packs) >= 2:
            self.before.setCurrentIndex(len(self.packs) - 2)
            self.after.setCurrentIndex(len(self.packs) - 1)
        self.redraw()

    def chosen(self) -> tuple[SessionContent | None, SessionContent | None]:
        def pick(combo: QComboBox) -> SessionContent | None:
            row = combo.currentIndex()
            return self.packs[row] if 0 <= row < len(self.packs) else None

        return pick(self.before), pick(self.after)

    def lines(self) -> list[str]:
        before, after = self.chosen()
        if len(self.packs) < 2 or before is None or after is None:
            return [self.tr("Import a second pack from this coachee to compare two periods.")]
        if before is after:
            return [self.tr("Choose two different periods to compare.")]
        return compare_lines(before, after, self.lang)

    def redraw(self) -> None:
        key = self.chart.currentData() or CHARTS[0][0]
        before, after = self.chosen() if len(self.packs) >= 2 else (None, None)
        for name, content in (("before", before), ("after", after)):
            self.cards[name].draw(
                chart_plot(content, key, self.lang), chart_summary(content, key, self.lang)
            )
        self.words.setText(compare_html(self.lines()))

    def render_now(self) -> None:
        for card in self.cards.values():
            card.flush()
            card.canvas.canvas.draw()
