"""The Insights tab: today's indicators with their reasons, then one chart per question,
all driven by one period. The journal is read once; a period change only recomputes and
redraws, and the store's changes reload it after a short pause.

On a big journal nothing freezes the window for long: the journal is read in slices
(journal_loader.py), today's day-by-day columns are worked out in a thread, and the charts
are drawn one per event-loop pass, each built in one pass and painted in the next (seven
at once took about 0.4 s at 100,000 encounters).
"""

from __future__ import annotations

import contextlib
import threading
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.reasons import Reason
from wellbeing.charts import calendar, clients, cycle, emotions, hours, irritants, timeline
from wellbeing.charts.layout import chart_axes
from wellbeing.charts.words import heading
from wellbeing.domain.boundaries import Boundaries, Hours
from wellbeing.services import insights
from wellbeing.store.errors import JournalError
from wellbeing.ui import pass_budget
from wellbeing.ui.dashboard.card import ChartCard
from wellbeing.ui.dashboard.export import export_chart, export_dashboard
from wellbeing.ui.dashboard.header import HeaderPanel
from wellbeing.ui.dashboard.notes import cycle_note
from wellbeing.ui.dashboard.period import Period, PeriodSelector
from wellbeing.ui.dashboard.snapshot import Snapshot, Today, take_snapshot, take_today
from wellbeing.ui.dashboard.why import EncounterLookup, WhyDialog
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_store import JournalStore

if TYPE_CHECKING:
    from matplotlib.figure import Figure

RELOAD_DELAY_MS = 400
"""Saving several encounters in a row reloads the journal once."""

LOAD_AT_ONCE = 5_000
"""Up to this many encounters the journal is read in one go (about 40 ms); a bigger one is
read in slices while the page says so (see journal_loader.py), so the window never freezes."""

TWO_COLUMNS_FROM = 1100
"""Viewport width (pixels) from which the charts sit side by side."""

CHARTS: tuple[tuple[str, float], ...] = (
    ("timeline", 3.0),
    ("calendar", 2.3),
    ("hours", 2.6),
    ("emotions", 3.4),
    ("cycle", 3.4),
    ("irritants", 2.8),
    ("clients", 2.8),
)
"""Each chart's key and canvas height (inches), in reading order."""

PAINT_WAIT_PASSES = 10
"""How many passes a built chart may take to be painted before the next is built anyway
(a canvas of no size is never painted)."""

WIDE = frozenset({"timeline"})
"""Charts that keep the whole width in two columns."""


class DashboardPage(QWidget):
    open_encounter = Signal(str)
    """An encounter id, from a "Why?" list: open it in the journal."""
    _today_worked_out = Signal(int, object, object)
    """From the figures' thread: (which round, the journal data, Today or the error)."""

    def __init__(
        self,
        store: JournalStore,
        undo_stack: QUndoStack,
        lang: str,
        parent: QWidget | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.lang = lang
        self.fixed_now = now
        """A fixed clock (tests, screenshots); None follows the real one."""
        self.data: insights.JournalData | None = None
        self.today: Today | None = None
        self.snapshot: Snapshot | None = None
        self.why_dialog: WhyDialog | None = None
        self._stale = False
        self._columns = 0
        self._names: dict[str, str] = {}
        self._strengths: list[str] = []
        self._working: tuple[Hours | None, ...] = Boundaries().working_hours
        self._lookup: EncounterLookup | None = None
        self._awaiting_data = False
        self._round = 0
        """Bumped for each journal shown: a late thread's answer for an older one is dropped."""
        self._working_out = False
        self._to_draw: list[ChartCard] = []
        self._painting: ChartCard | None = None
        self._painted = False
        self._waited = 0
        self._today_worked_out.connect(self._today_found)
        loader = store.data_loader()
        loader.loaded.connect(self._journal_loaded)
        loader.failed.connect(self._journal_failed)
        self._build()
        self.reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.draw_timer = QTimer(self, interval=0)
        self.draw_timer.timeout.connect(self._draw_next)
        store.changed.connect(self._on_store_changed)
        self.reload()

    def _build(self) -> None:
        self.selector = PeriodSelector(self.now().date())
        self.selector.changed.connect(self._on_period)
        self.pdf_button = QPushButton(self.tr("Export dashboard as PDF…"))
        self.pdf_button.setToolTip(self.tr("One PDF: the indicators in words, then every chart"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.problem = QLabel()
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.loading_note = QLabel(self.tr("Reading your journal…"))
        self.loading_note.setProperty("hint", True)
        self.loading_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.loading_note.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.selector)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        self.header = HeaderPanel(self.lang)
        self.header.why_requested.connect(self.show_why)
        captions = {key: heading(key, self.lang) for key, _height in CHARTS}
        self.cards: dict[str, ChartCard] = {}
        for key, height in CHARTS:
            card = ChartCard(key, captions[key], height, schedule=self._schedule)
            card.painted.connect(partial(self._card_painted, card))
            card.export_requested.connect(partial(export_chart, self, card))
            self.cards[key] = card
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.header)
        inner.addLayout(self.grid)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.loading_note)
        layout.addWidget(self.scroll_area, 1)
        self._arrange(1)

    # --- layout ---------------------------------------------------------------------------

    def _arrange(self, columns: int) -> None:
        """One column, or two with the wide charts across both."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        row = column = 0
        for key, _height in CHARTS:
            card = self.cards[key]
            if columns == 2 and key in WIDE:
                if column:
                    row, column = row + 1, 0
                self.grid.addWidget(card, row, 0, 1, 2)
                row += 1
                continue
            self.grid.addWidget(card, row, column)
            column += 1
            if column == columns:
                row, column = row + 1, 0
        for index in range(2):
            self.grid.setColumnStretch(index, 1 if index < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    # --- data -----------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.fixed_now or datetime.now()

    def reload(self) -> None:
        """Read the journal again (once, shared with the Clients page), then recompute and
        redraw; a big journal is read without freezing the window, meanwhile the page says so.
        """
        self._stale = False
        loader = self.store.data_loader()
        try:
            data = loader.current()
            if data is None and self.store.count_encounters() <= LOAD_AT_ONCE:
                data = loader.load_now()
        except JournalError as error:
            self._unreadable(explain(error))
            return
        if data is None:
            self._awaiting_data = True
            self._show_loading(True)
            loader.request()
            return
        self._show_journal(data)

    @property
    def loading(self) -> bool:
        """True while a big journal is being read or its figures worked out (the page
        says so)."""
        return self._awaiting_data or self._working_out

    @property
    def drawing(self) -> bool:
        """True while charts in view wait for their turn to be drawn."""
        return self._painting is not None or any(
            card.pending and card.in_view() for card in self.cards.values()
        )

    def _journal_loaded(self) -> None:
        if not self._awaiting_data:
            return
        data = self.store.data_loader().current()
        if data is None:  # changed since: another load follows
            return
        self._awaiting_data = False
        self._show_loading(False)
        self._show_journal(data)

    def _journal_failed(self, reason: str) -> None:
        if self._awaiting_data:
            self._awaiting_data = False
            self._show_loading(False)
            self._unreadable(reason)

    @Slot(int, object, object)  # a thread emits it: Qt calls it on the GUI thread
    def _today_found(self, round_: int, data: insights.JournalData, found: object) -> None:
        if round_ != self._round or self.store.data_loader().closed:
            return  # a newer journal is on its way, or this one closed meanwhile
        self._working_out = False
        self._show_loading(False)
        if isinstance(found, Exception):
            raise found
        self._show_today(data, cast("Today", found))

    def _show_loading(self, loading: bool) -> None:
        """While a big journal is read: the words, not empty charts and boxes."""
        self.loading_note.setVisible(loading)
        self.scroll_area.setVisible(not loading)

    def _unreadable(self, reason: str) -> None:
        self.problem.setText(
            self.tr("The journal could not be read: {reason}").format(reason=reason)
        )
        self.problem.show()

    def _show_journal(self, data: insights.JournalData) -> None:
        try:
            working = self.store.boundaries().working_hours
            self._strengths = [s.text for s in self.store.strengths()]
        except JournalError as error:
            self._unreadable(explain(error))
            return
        self.problem.hide()
        self._working = tuple(working)
        self._round += 1
        if len(data.facts) <= LOAD_AT_ONCE:
            if self._working_out:  # a bigger journal's figures were on their way
                self._working_out = False
                self._show_loading(False)
            self._show_today(data, take_today(data, self.now()))
            return
        # About 0.2 s at 100,000 encounters: worked out in a thread, the page says so.
        self._working_out = True
        self._show_loading(True)
        round_, now = self._round, self.now()

        def work() -> None:
            try:
                found: object = take_today(data, now)
            except Exception as error:  # raised on the GUI thread
                found = error
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self._today_worked_out.emit(round_, data, found)

        # Not a daemon (see lazy_page.warm_up): the interpreter waits for it at exit.
        threading.Thread(target=work, name="insights-today").start()

    def _show_today(self, data: insights.JournalData, today: Today) -> None:
        self.data = data
        self._names = {c.id: c.name for c in data.clients}
        self._lookup = EncounterLookup(data.facts, self._names)
        self.today = today
        self.selector.set_context(self.now().date(), today.start)
        self.header.show_today(today)
        self.refresh()

    def refresh_figures(self) -> Snapshot | None:
        """Recompute the period's figures from the loaded journal (no drawing)."""
        if self.data is not None:
            period = self.selector.period()
            assert self.today is not None
            self.snapshot = take_snapshot(self.data, self.today, period, self._working, self._names)
        return self.snapshot

    def refresh(self) -> None:
        """Recompute the period's figures, then redraw the header and every chart."""
        snapshot = self.refresh_figures()
        if snapshot is not None:
            self.header.show_period(snapshot)
            self.redraw()

    def redraw(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        lang, period = self.lang, snap.period
        plots = {
            "timeline": lambda f, t: timeline.plot_timeline(
                chart_axes(f), snap.series, snap.flagged, period.first, period.last, lang, t
            ),
            "calendar": lambda f, t: calendar.plot_calendar(chart_axes(f), snap.calendar, lang, t),
            "hours": lambda f, t: hours.plot_hours(chart_axes(f), snap.hours, lang, t),
            "emotions": lambda f, t: emotions.plot_emotions(chart_axes(f), snap.emotions, lang, t),
            "cycle": lambda f, t: cycle.plot_cycle(chart_axes(f), snap.cycle, lang, t),
            "irritants": lambda f, t: irritants.plot_irritants(chart_axes(f), snap.mirror, lang, t),
            "clients": lambda f, t: clients.plot_clients(chart_axes(f), snap.clients, lang, t),
        }
        summaries = self.summaries()
        for key, plot in plots.items():
            self.cards[key].draw(plot, summaries[key])
        self.cards["cycle"].set_note(cycle_note(snap.cycle, self._strengths, self.lang))

    def summaries(self) -> dict[str, str]:
        """What each chart shows, in words, for the period on show (what a screen reader
        says of it)."""
        snap = self.snapshot
        if snap is None:
            return {}
        lang, period = self.lang, snap.period
        return {
            "timeline": timeline.describe_timeline(
                snap.series, snap.flagged, period.first, period.last, lang
            ),
            "calendar": calendar.describe_calendar(snap.calendar, lang),
            "hours": hours.describe_hours(snap.hours, lang),
            "emotions": emotions.describe_emotions(snap.emotions, lang),
            "cycle": cycle.describe_cycle(snap.cycle, lang),
            "irritants": irritants.describe_irritants(snap.mirror, lang),
            "clients": clients.describe_clients(snap.clients, lang),
        }

    def _schedule(self, card: ChartCard) -> None:
        """A chart in view wants drawing: in its turn, one per event-loop pass."""
        if card not in self._to_draw:
            self._to_draw.append(card)
        self.draw_timer.start()

    def _draw_next(self) -> None:
        """Build the next chart in view, once the one built before has been painted: the
        canvas paints in a later pass (matplotlib's draw_idle, which also covers the
        canvas resized by its legend), and nothing is built in that pass."""
        if self._painting is not None:
            self._waited += 1
            if self._painted or self._waited > PAINT_WAIT_PASSES:
                self._painting = None
            return
        if not pass_budget.may_run():  # other pages' steps had this pass: the next one
            return
        while self._to_draw:
            card = self._to_draw.pop(0)
            if card.pending and card.in_view():
                card.flush()
                self._painting, self._painted, self._waited = card, False, 0
                return
        self.draw_timer.stop()

    def _card_painted(self, card: ChartCard) -> None:
        if card is self._painting:
            self._painted = True

    def render_now(self) -> None:
        """Build and paint every chart at once, in sight or not, rather than when the event
        loop gets to it (the benchmark, screenshots)."""
        self._to_draw.clear()
        self._painting = None
        self.draw_timer.stop()
        for card in self.cards.values():
            card.flush()
            card.canvas.canvas.draw()

    def _on_period(self, _period: Period) -> None:
        self.refresh()

    def choose_period(self, key: str, custom: tuple[date, date] | None = None) -> None:
        self.selector.choose(key, custom)

    def _on_store_changed(self, _what: str, _ids: object) -> None:
        self._stale = True
        if self.isVisible():
            self.reload_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        new_day = self.today is not None and self.today.day != self.now().date()
        if self._stale or new_day:
            self.reload_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.snapshot is not None:
            self.redraw()  # light or dark: the charts follow the window

    # --- why and exports ------------------------------------------------------------------

    def show_why(self, heading: str, reasons: tuple[Reason, ...]) -> WhyDialog | None:
        if self._lookup is None:
            return None
        if self.why_dialog is not None:
            self.why_dialog.close()
        dialog = WhyDialog(heading, reasons, self._lookup, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_encounter.connect(self.open_encounter)
        dialog.destroyed.connect(lambda *_: self._forget_why(dialog))
        self.why_dialog = dialog
        dialog.open()
        return dialog

    def _forget_why(self, dialog: WhyDialog) -> None:
        """Only the dialog on show is forgotten: an older one may be destroyed after a
        newer one opened."""
        if self.why_dialog is dialog:
            self.why_dialog = None

    def export_pdf(self) -> None:
        if self.snapshot is None:
            return
        period = self.snapshot.period
        export_dashboard(
            self,
            self.store,
            (period.first, period.last),
            self.lang,
            self.now().date(),
            self.data,
        )

    # --- for tests and the benchmark --------------------------------------------------------

    def figure(self, key: str) -> Figure:
        """A chart's figure, drawn with the current figures (tests read it)."""
        self.cards[key].flush()
        return self.cards[key].canvas.figure
