"""One client's advice, and why: reasons with their encounters, follow-up, actions, history,
a timeline of encounters and crossed limits, and a chart of the impact month by month.

Nothing here imports numpy or matplotlib at module level: the Clients page is built at
start-up, and the chart loads matplotlib only when its tab is first shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain import indicators
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.formatting import format_date, format_datetime, format_number
from wellbeing.domain.indicators import AdviceLevel, NoAdvice
from wellbeing.domain.model import (
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    advice_level,
)
from wellbeing.store.errors import JournalError
from wellbeing.ui.charts.palette import ADVICE, OKABE_ITO
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_model import DIFFICULT_COLOUR, ID_ROLE, POSITIVE_COLOUR, kind_label
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.modal import run_once
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from wellbeing.analysis.advice import ClientAdvice, FollowUp, PeriodFigures
    from wellbeing.analysis.reasons import Reason
    from wellbeing.ui.charts.canvas import ChartCanvas
    from wellbeing.ui.charts.palette import Theme

Index = QModelIndex | QPersistentModelIndex

# --- advice levels in words -------------------------------------------------------------

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


# --- the client's months ----------------------------------------------------------------

Month = tuple[int, int]
MAX_MONTHS = 24


@dataclass(frozen=True)
class MonthlyImpact:
    """Per calendar month: mean impact of the difficult encounters (None: none that month)
    and boundary violations (each crossed limit of each encounter counts once)."""

    months: tuple[Month, ...]
    mean_impact: tuple[float | None, ...]
    violations: tuple[int, ...]
    steps: tuple[tuple[float, str], ...] = ()
    """Status changes (event kind) at their place on the month axis (0 = first month)."""


def _month_index(month: Month) -> int:
    return month[0] * 12 + month[1] - 1


def _month_of(index: int) -> Month:
    return index // 12, index % 12 + 1


STEPS = (ClientEventKind.REFRAMED, ClientEventKind.DETHRONED, ClientEventKind.REACTIVATED)


def monthly_impact(
    encounters: Iterable[Encounter], today: date, events: Iterable[ClientEvent] = ()
) -> MonthlyImpact:
    """Up to MAX_MONTHS months ending this month (or the last month with encounters, for
    a relationship that ended long ago)."""
    items = list(encounters)
    if not items:
        return MonthlyImpact((), (), ())
    seen = [_month_index((e.occurred_at.year, e.occurred_at.month)) for e in items]
    end = _month_index((today.year, today.month))
    if max(seen) <= end - MAX_MONTHS:
        end = max(seen)
    start = max(min(seen), end - MAX_MONTHS + 1)
    impacts: dict[int, list[int]] = {}
    violations: dict[int, int] = {}
    for index, encounter in zip(seen, items, strict=True):
        if encounter.kind == "difficult":
            impacts.setdefault(index, []).append(encounter.impact)
        violations[index] = violations.get(index, 0) + len(encounter.violations)
    span = range(start, end + 1)
    return MonthlyImpact(
        months=tuple(_month_of(i) for i in span),
        mean_impact=tuple(sum(v) / len(v) if (v := impacts.get(i)) else None for i in span),
        violations=tuple(violations.get(i, 0) for i in span),
        steps=tuple(
            (_month_index((e.at.year, e.at.month)) - start + (e.at.day - 1) / 31 - 0.5, e.kind)
            for e in events
            if e.kind in STEPS and start <= _month_index((e.at.year, e.at.month)) <= end
        ),
    )


def month_labels(months: tuple[Month, ...], lang: str) -> list[str]:
    """Short month names; the year under January and under the first month."""
    locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
    labels = []
    for position, (year, month) in enumerate(months):
        name = locale.monthName(month, QLocale.FormatType.ShortFormat)
        name = name[:1].upper() + name[1:]
        labels.append(f"{name}\n{year}" if position == 0 or month == 1 else name)
    if len(labels) > 12:  # every other month, so that the labels do not run together
        labels = [label if i % 2 == 0 or "\n" in label else "" for i, label in enumerate(labels)]
    return labels


@dataclass(frozen=True)
class ChartTexts:
    bars: str
    markers: str
    impact_axis: str
    violations_axis: str
    empty: str
    calm: str
    steps: dict[str, str]


def plot_monthly(
    figure: Figure, theme: Theme, data: MonthlyImpact, labels: list[str], texts: ChartTexts
) -> None:
    """Bars: mean impact of difficult encounters; diamonds: boundary violations."""
    from matplotlib.ticker import MaxNLocator

    axes = figure.add_subplot()
    if not data.months:
        axes.axis("off")
        axes.text(0.5, 0.5, texts.empty, ha="center", va="center", color=theme.muted)
        return
    positions = list(range(len(data.months)))
    bars = [(x, h) for x, h in zip(positions, data.mean_impact, strict=True) if h is not None]
    axes.bar(
        [x for x, _ in bars],
        [h for _, h in bars],
        width=0.7,
        color=theme.line,
        label=texts.bars,
    )
    axes.set_ylim(0, 10)
    axes.set_ylabel(texts.impact_axis)
    axes.set_xticks(positions, labels)
    axes.set_xlim(-0.6, len(positions) - 0.4)
    axes.tick_params(axis="x", labelsize=8)
    axes.grid(axis="y", color=theme.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    second = axes.twinx()
    marked = [(x, v) for x, v in zip(positions, data.violations, strict=True) if v > 0]
    second.plot(
        [x for x, _ in marked],
        [v for _, v in marked],
        linestyle="none",
        marker="D",
        markersize=6,
        color=OKABE_ITO["vermillion"],
        markeredgecolor=theme.text,
        markeredgewidth=0.6,
        label=texts.markers,
    )
    second.set_ylim(0, max([*data.violations, 3]) * 1.15)
    second.yaxis.set_major_locator(MaxNLocator(integer=True))
    second.set_ylabel(texts.violations_axis)
    for position, kind in data.steps:
        axes.axvline(position, color=theme.muted, linestyle="--", linewidth=1)
        axes.text(
            position, 9.8, f" {texts.steps.get(kind, kind)}", color=theme.text, fontsize=7,
            va="top", ha="left",
        )  # fmt: skip
    if not bars and not marked:
        axes.text(
            0.5, 0.5, texts.calm, ha="center", va="center", color=theme.muted,
            transform=axes.transAxes,
        )  # fmt: skip
    handles = [*axes.get_legend_handles_labels()[0], *second.get_legend_handles_labels()[0]]
    legend = figure.legend(
        handles=handles,
        loc="outside upper center",
        ncols=2,
        fontsize=8,
        frameon=False,
    )
    for text in legend.get_texts():
        text.set_color(theme.text)


# --- the timeline ---------------------------------------------------------------------

TIMELINE_COLUMNS = ("when", "kind", "impact", "violations", "behaviours")


class TimelineModel(QAbstractTableModel):
    """One client's encounters, newest first, with the limits each one crossed."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[Encounter] = []

    def reset(self, encounters: list[Encounter]) -> None:
        self.beginResetModel()
        self._rows = list(encounters)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TIMELINE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Impact"),
            self.tr("Limits crossed"),
            self.tr("What the client did"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        encounter = self._rows[index.row()]
        column = TIMELINE_COLUMNS[index.column()]
        if role == ID_ROLE:
            return encounter.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(encounter, column)
            if role == Qt.ItemDataRole.ToolTipRole and column in ("when", "impact"):
                return None
            return text
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            return POSITIVE_COLOUR if encounter.kind == "positive" else DIFFICULT_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "impact":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, encounter: Encounter, column: str) -> object:
        if column == "when":
            return format_datetime(encounter.occurred_at, self._lang)
        if column == "kind":
            mark = "● " if encounter.kind == "difficult" else "○ "
            return mark + kind_label(str(encounter.kind))
        if column == "impact":
            return encounter.impact
        if column == "violations":
            return _labels(encounter.violations, vocab.VIOLATIONS, self._lang)
        return _labels(encounter.behaviours, vocab.BEHAVIOURS, self._lang)


def _labels(keys: Iterable[str], terms: tuple[vocab.Term, ...], lang: str) -> str:
    """In the vocabulary's order (the store keeps tags in no particular order); a user's
    own tags last."""
    known = list(vocab.by_key(terms))
    ordered = sorted(keys, key=lambda key: known.index(key) if key in known else len(known))
    return ", ".join(vocab.label_of(terms, key, lang) for key in ordered)


class TimelineTab(QWidget):
    """The chart is built the first time this tab shows: matplotlib loads only then."""

    open_encounter = Signal(str)

    def __init__(self, lang: str, steps: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.chart: ChartCanvas | None = None
        self.monthly = MonthlyImpact((), (), ())
        self._chart_dirty = True
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.timeout.connect(self._draw_if_shown)
        self.model = TimelineModel(lang, self)
        self.chart_title = _section(self.tr("Impact per month"))
        self.chart_holder = QVBoxLayout()
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        self.table = list_table()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in zip(TIMELINE_COLUMNS, (120, 90, 50, 175), strict=False):
            header.resizeSection(TIMELINE_COLUMNS.index(column), width)
        self.table.activated.connect(self._open)  # Enter, and double-click too
        self.empty_hint = _hint(self.tr("No encounters with this client yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart_title)
        layout.addLayout(self.chart_holder)
        layout.addWidget(steps)
        layout.addWidget(_section(self.tr("Encounters and crossed limits, newest first")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)

    def show_encounters(
        self, encounters: list[Encounter], today: date, events: Iterable[ClientEvent] = ()
    ) -> None:
        self.model.reset(encounters)
        self.empty_hint.setVisible(not encounters)
        self.monthly = monthly_impact(encounters, today, events)
        self._chart_dirty = True
        if self.isVisible():
            self._chart_timer.start(0)  # one drawing for a burst of changes

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_dirty:
            self._chart_timer.start(0)

    def _draw_if_shown(self) -> None:
        if self._chart_dirty and self.isVisible():
            self.draw_chart()

    def draw_chart(self) -> None:
        if self.chart is None:
            from wellbeing.ui.charts.canvas import ChartCanvas

            self.chart = ChartCanvas(self, height=2.6)
            self.chart.setAccessibleName(self.tr("Impact per month"))
            self.chart_holder.addWidget(self.chart)
        texts = ChartTexts(
            bars=self.tr("Mean impact of difficult encounters"),
            markers=self.tr("Boundary violations"),
            impact_axis=self.tr("Impact (0–10)"),
            violations_axis=self.tr("Violations"),
            empty=self.tr("No encounters with this client yet."),
            calm=self.tr("No difficult encounters and no crossed limits."),
            steps={
                ClientEventKind.REFRAMED: self.tr("reframed"),
                ClientEventKind.DETHRONED: self.tr("dethroned"),
                ClientEventKind.REACTIVATED: self.tr("active again"),
            },
        )
        data, labels = self.monthly, month_labels(self.monthly.months, self.lang)
        self.chart.draw(lambda figure, theme: plot_monthly(figure, theme, data, labels, texts))
        self._chart_dirty = False

    def _open(self, index: QModelIndex) -> None:
        encounter_id = index.data(ID_ROLE)
        if encounter_id:
            self.open_encounter.emit(encounter_id)


# --- small builders -----------------------------------------------------------------------


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    label.setWordWrap(True)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("hint", True)
    label.setWordWrap(True)
    return label


def _item(text: object, encounter_id: str | None = None) -> QStandardItem:
    item = QStandardItem(str(text))
    item.setEditable(False)
    if encounter_id:
        item.setData(encounter_id, ID_ROLE)
    return item


def _centred(item: QStandardItem) -> QStandardItem:
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# --- the panel ------------------------------------------------------------------------

REASON_ROLE = Qt.ItemDataRole.UserRole + 2
WHY_PREVIEW = 5


class ClientAdvicePanel(QTabWidget):
    """Advice and Timeline tabs for the client chosen on the Clients page.

    The page works the advice out and hands it over with `show_client`; this panel reads the
    client's encounters and history itself, and writes only through the store, with undo.
    """

    open_encounter = Signal(str)
    status = Signal(str)

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.lang = lang
        self.client: Client | None = None
        self.advice: ClientAdvice | None = None
        self.encounters: dict[str, Encounter] = {}
        self.setDocumentMode(True)
        self.addTab(self._build_advice_tab(), self.tr("Advice"))
        self.timeline = TimelineTab(lang, self._build_history())
        self.timeline.open_encounter.connect(self.open_encounter)
        self.addTab(self.timeline, self.tr("Timeline"))
        self.show_client(None, None)

    # --- building -------------------------------------------------------------------------

    def _build_advice_tab(self) -> QWidget:
        self.dot = QLabel()
        self.heading = QLabel()
        self.heading.setProperty("heading", True)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.dot)
        heading_row.addWidget(self.heading, 1)

        self.reasons_model = QStandardItemModel(self)
        self.reasons = QListView()
        self.reasons.setModel(self.reasons_model)
        self.reasons.setWordWrap(True)
        self.reasons.setResizeMode(QListView.ResizeMode.Adjust)
        self.reasons.setSpacing(2)
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reasons.setMinimumHeight(72)
        self.reasons.setAccessibleName(self.tr("Why this advice"))
        self.reasons.selectionModel().currentChanged.connect(self._show_why)

        self.why_title = _hint("")
        self.why_model = QStandardItemModel(0, 4, self)
        self.why_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Impact"), self.tr("What the client did"), self.tr("Limits")]
        )
        self.why = list_table()
        self.why.setModel(self.why_model)
        self.why.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.why.horizontalHeader().resizeSection(0, 125)
        self.why.horizontalHeader().resizeSection(1, 55)
        self.why.horizontalHeader().resizeSection(2, 220)
        self.why.setMinimumHeight(90)
        self.why.setAccessibleName(self.tr("The encounters behind this reason"))
        self.why.activated.connect(self._open)

        self.follow_up_title = _section(self.tr("Reframing follow-up"))
        self.follow_up = QLabel()
        self.follow_up.setWordWrap(True)
        self.follow_up.setTextFormat(Qt.TextFormat.RichText)

        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(heading_row)
        column.addWidget(self.meaning)
        column.addLayout(self._build_actions())
        column.addWidget(self.follow_up_title)
        column.addWidget(self.follow_up)
        self.reasons_box = QWidget()
        reasons = QVBoxLayout(self.reasons_box)
        reasons.setContentsMargins(0, 0, 0, 0)
        reasons.addWidget(_section(self.tr("Why this advice")))
        reasons.addWidget(self.reasons, 2)
        reasons.addWidget(self.why_title)
        reasons.addWidget(self.why, 3)
        column.addWidget(self.reasons_box, 1)
        column.addStretch(0)  # keeps the heading at the top when there are no reasons
        return page

    def _build_history(self) -> QWidget:
        """Advice changes and steps taken; shown on the Timeline tab, where dates live."""
        self.history_model = QStandardItemModel(0, 2, self)
        self.history_model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What")])
        self.history = list_table()
        self.history.setModel(self.history_model)
        self.history.horizontalHeader().resizeSection(0, 125)
        self.history.setMinimumHeight(70)
        self.history.setMaximumHeight(self.history.verticalHeader().defaultSectionSize() * 5 + 4)
        self.history.setAccessibleName(self.tr("Advice history"))
        self.history_empty = _hint(self.tr("No advice recorded yet."))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_section(self.tr("Advice history and steps taken")))
        column.addWidget(self.history)
        column.addWidget(self.history_empty)
        return box

    def _build_actions(self) -> QHBoxLayout:
        self.prepare_button = QPushButton(self.tr("Prepare…"))
        self.prepare_button.setToolTip(
            self.tr("Prepare what to say to this client: a message or a conversation")
        )
        self.prepare_button.clicked.connect(self.prepare)
        self.reframe_button = QPushButton(self.tr("Reframe…"))
        self.reframe_button.setToolTip(
            self.tr("State your limits to this client, in writing, and start the follow-up")
        )
        self.reframe_button.clicked.connect(self.reframe)
        self.dethrone_button = QPushButton(self.tr("Dethrone…"))
        self.dethrone_button.setToolTip(self.tr("End the relationship with this client"))
        self.dethrone_button.clicked.connect(self.dethrone)
        self.reactivate_button = QPushButton(self.tr("Make active again"))
        self.reactivate_button.setToolTip(self.tr("Work with this client again; Ctrl+Z undoes it"))
        self.reactivate_button.clicked.connect(self.reactivate)
        self.thresholds_button = QPushButton(self.tr("Thresholds…"))
        self.thresholds_button.setToolTip(self.tr("Where each level of advice starts"))
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        row = QHBoxLayout()
        for button in (
            self.prepare_button,
            self.reframe_button,
            self.dethrone_button,
            self.reactivate_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.thresholds_button)
        return row

    # --- showing ----------------------------------------------------------------------------

    def show_client(self, client: Client | None, advice: ClientAdvice | None) -> None:
        """Show this client's advice (None while it is being worked out)."""
        kept = self._current_reason_code() if client and self.client == client else None
        self.client, self.advice = client, advice
        encounters = self.store.client_encounters(client.id)[::-1] if client else []
        self.encounters = {e.id: e for e in encounters}
        self._show_level()
        self._show_reasons(kept)
        self._show_follow_up()
        events = self._show_history()
        self._enable_actions()
        self.timeline.show_encounters(encounters, date.today(), events)

    def _show_level(self) -> None:
        key = level_key(self.client, self.advice) if self.client else ""
        self.dot.setPixmap(level_pixmap(key, 16))
        self.dot.setVisible(bool(key))
        self.heading.setText(self._heading_text(key))
        if key:
            self.meaning.setText(level_meaning(key, self.lang))
        elif self.client:
            self.meaning.setText(self.tr("Working out the advice…"))
        else:
            self.meaning.setText(self.tr("Choose a client to see the advice."))

    def _heading_text(self, key: str) -> str:
        """The level's label, as a heading ('Not enough data')."""
        text = level_label(key, self.lang)
        return text[:1].upper() + text[1:]

    def _show_reasons(self, keep_code: str | None) -> None:
        from wellbeing.analysis.reasons import as_sentence, describe

        self.reasons_model.clear()
        reasons = self.advice.reasons if self.advice and self.client else ()
        if self.client and self.client.status == ClientStatus.DETHRONED:
            reasons = ()
        for reason in reasons:
            item = _item(as_sentence(describe(reason, self.lang)))
            item.setData(reason, REASON_ROLE)
            item.setToolTip(self._why_tooltip(reason))
            self.reasons_model.appendRow(item)
        self.reasons_box.setVisible(bool(reasons))
        codes = [reason.code for reason in reasons]
        row = codes.index(keep_code) if keep_code in codes else 0
        if reasons:
            self.reasons.setCurrentIndex(self.reasons_model.index(row, 0))
        else:
            self._show_why()

    def _current_reason_code(self) -> str | None:
        reason = self.current_reason()
        return reason.code if reason else None

    def current_reason(self) -> Reason | None:
        index = self.reasons.currentIndex()
        return index.data(REASON_ROLE) if index.isValid() else None

    def _behind(self, reason: Reason) -> list[Encounter]:
        """The reason's encounters this journal still holds, newest first."""
        found = [self.encounters[i] for i in reason.encounter_ids if i in self.encounters]
        return sorted(found, key=lambda e: e.occurred_at, reverse=True)

    def _why_tooltip(self, reason: Reason) -> str:
        behind = self._behind(reason)
        if not behind:
            return self.tr("No encounter behind this reason.")
        lines = [
            self.tr("{when}: impact {impact}").format(
                when=format_date(e.occurred_at, self.lang), impact=e.impact
            )
            for e in behind[:WHY_PREVIEW]
        ]
        if len(behind) > WHY_PREVIEW:
            lines.append(self.tr("… and {count} more").format(count=len(behind) - WHY_PREVIEW))
        intro = self.tr("Encounters behind this reason: {count}").format(count=len(behind))
        return "\n".join([intro, *lines, self.tr("Select it to list them all.")])

    def _show_why(self, *_args: object) -> None:
        self.why_model.removeRows(0, self.why_model.rowCount())
        reason = self.current_reason()
        if reason is None:
            self.why_title.setText("")
            return
        behind = self._behind(reason)
        if not behind:
            self.why_title.setText(self.tr("No encounter behind this reason."))
            return
        self.why_title.setText(
            self.tr(
                "Encounters behind this reason: {count} (double-click or Enter opens one)"
            ).format(count=len(behind))
        )
        for encounter in behind:
            did = _item(_labels(encounter.behaviours, vocab.BEHAVIOURS, self.lang), encounter.id)
            crossed = _item(
                _labels(encounter.violations, vocab.VIOLATIONS, self.lang), encounter.id
            )
            did.setToolTip(did.text())
            crossed.setToolTip(crossed.text())
            self.why_model.appendRow(
                [
                    _item(format_datetime(encounter.occurred_at, self.lang), encounter.id),
                    _centred(_item(encounter.impact, encounter.id)),
                    did,
                    crossed,
                ]
            )

    def why_ids(self) -> list[str]:
        """The encounters the "why" list shows, top to bottom."""
        return [
            self.why_model.item(row, 0).data(ID_ROLE) for row in range(self.why_model.rowCount())
        ]

    def _show_follow_up(self) -> None:
        follow_up = self.advice.follow_up if self.advice else None
        shown = follow_up is not None and self.client is not None
        self.follow_up_title.setVisible(shown)
        self.follow_up.setVisible(shown)
        if follow_up is not None:
            self.follow_up.setText(self._follow_up_html(follow_up))

    def _follow_up_html(self, follow_up: FollowUp) -> str:
        verdicts = {
            "worked": self.tr("it worked"),
            "did_not_work": self.tr("it did not work"),
            "pending": self.tr("too early to tell"),
        }
        summary = self.tr(
            "Reframed on {reframed_on}; follow-up due on {due_on}. Verdict: {verdict}."
        )
        text = summary.format(
            reframed_on=format_date(follow_up.reframed_on, self.lang),
            due_on=format_date(follow_up.due_on, self.lang),
            verdict=verdicts.get(follow_up.verdict, follow_up.verdict),
        )
        names = [
            self.tr("Encounters"),
            self.tr("Difficult (%)"),
            self.tr("Mean impact"),
            self.tr("Limits crossed per encounter"),
            self.tr("Disrespect per encounter"),
            self.tr("Difficult per week"),
        ]
        cells = "".join(f"<th align='right'>{name}</th>" for name in names)
        rows = [f"<tr><th></th>{cells}</tr>"]
        for title, period in (
            (self.tr("Before"), follow_up.before),
            (self.tr("After"), follow_up.after),
        ):
            values = "".join(
                f"<td align='right'>{value}</td>" for value in _period_values(period, self.lang)
            )
            rows.append(f"<tr><th align='left'>{title}</th>{values}</tr>")
        table = "".join(rows)
        return f"<p>{text}</p><table cellspacing='0' cellpadding='3'>{table}</table>"

    def _show_history(self) -> list[ClientEvent]:
        self.history_model.removeRows(0, self.history_model.rowCount())
        events = self.store.client_events(self.client.id) if self.client else []
        for event in reversed(events):
            what = _item(self._event_text(event))
            what.setToolTip(event.detail if event.kind != ClientEventKind.ADVICE else "")
            when = _item(format_datetime(event.at, self.lang))
            self.history_model.appendRow([when, what])
        self.history_empty.setVisible(self.client is not None and not events)
        return events

    def history_lines(self) -> list[str]:
        """What the advice history shows, newest first."""
        return [
            self.history_model.item(row, 1).text() for row in range(self.history_model.rowCount())
        ]

    def _event_text(self, event: ClientEvent) -> str:
        note = " ".join(event.detail.split())[:120]
        if event.kind == ClientEventKind.ADVICE:
            level = advice_level(event) or ""
            return self.tr("Advice: {level}").format(level=level_label(level, self.lang))
        texts = {
            ClientEventKind.REFRAMED: self.tr("Reframed"),
            ClientEventKind.DETHRONED: self.tr("Dethroned"),
            ClientEventKind.REACTIVATED: self.tr("Made active again"),
            ClientEventKind.CONTACT_PLANNED: self.tr("Contact planned"),
            ClientEventKind.MESSAGE: self.tr("Message prepared"),
        }
        text = texts.get(event.kind, str(event.kind))
        return f"{text}: {note}" if note else text

    def _enable_actions(self) -> None:
        status = self.client.status if self.client else None
        dethroned = status == ClientStatus.DETHRONED
        in_relationship = status in (ClientStatus.ACTIVE, ClientStatus.REFRAMED)
        self.prepare_button.setVisible(not dethroned)
        self.reframe_button.setVisible(not dethroned)
        self.dethrone_button.setVisible(not dethroned)
        self.reactivate_button.setVisible(dethroned)
        self.prepare_button.setEnabled(in_relationship)
        self.reframe_button.setEnabled(status == ClientStatus.ACTIVE)
        self.dethrone_button.setEnabled(in_relationship)
        level = self.advice.level if self.advice and in_relationship else None
        recommended = {
            "watch": self.prepare_button,
            "reframe": self.reframe_button,
            "dethrone": self.dethrone_button,
        }.get(level or "")
        for button in (self.prepare_button, self.reframe_button, self.dethrone_button):
            primary = button is recommended and button.isEnabled()
            if bool(button.property("primary")) != primary:
                button.setProperty("primary", primary)
                _repolish(button)

    def _open(self, index: QModelIndex) -> None:
        encounter_id = index.data(ID_ROLE)
        if encounter_id:
            self.open_encounter.emit(encounter_id)

    # --- actions ----------------------------------------------------------------------------

    def prepare(self) -> None:
        from wellbeing.ui.prepare_dialog import PrepareDialog

        if self.client is not None:
            run_once(
                PrepareDialog(
                    self.store, self.undo_stack, self.lang, self.client, self.advice, parent=self
                )
            )

    def reframe(self) -> None:
        from wellbeing.ui.reframe_dialog import ReframeDialog

        if self.client is not None:
            run_once(
                ReframeDialog(
                    self.store, self.undo_stack, self.lang, self.client, self.advice, parent=self
                )
            )

    def dethrone(self) -> None:
        from wellbeing.ui.dethrone_dialog import DethroneDialog

        if self.client is not None:
            run_once(
                DethroneDialog(
                    self.store, self.undo_stack, self.lang, self.client, self.advice, parent=self
                )
            )

    def edit_thresholds(self) -> None:
        from wellbeing.ui.thresholds_dialog import ThresholdsDialog

        run_once(ThresholdsDialog(self.store, self.undo_stack, self.lang, parent=self))

    def reactivate(self) -> None:
        """Back to active, dated in the client's history; undo restores the status and
        forgets the event."""
        before = self.client
        if before is None or before.status != ClientStatus.DETHRONED:
            return
        latest: list[ClientEvent] = []

        def current(status: ClientStatus) -> Client:
            """The client as stored now (renamed since, perhaps), with this status."""
            return replace(self.store.client(before.id) or before, status=status)

        def redo() -> None:
            if latest:  # the very same event again, date and id included
                self.store.replay_status(current(ClientStatus.ACTIVE), latest)
            else:
                latest.append(self.store.set_client_status(before.id, ClientStatus.ACTIVE, _now()))

        def undo() -> None:
            self.store.forget_status(current(before.status), latest)

        try:
            redo()
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Cannot change the client"), explain(error))
            return
        record(
            self.undo_stack,
            self.tr("make {client} active again").format(client=before.name),
            undo,
            redo,
        )
        self.status.emit(
            self.tr("{client} is active again. Ctrl+Z undoes it.").format(client=before.name)
        )


def _period_values(period: PeriodFigures, lang: str = "en") -> list[str]:
    figures = (
        period.encounters,
        period.difficult_share,
        period.mean_impact,
        period.violations_per_encounter,
        period.disrespect_per_encounter,
        period.difficult_per_week,
    )
    return [format_number(value, lang, 1, trim=True) for value in figures]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)
