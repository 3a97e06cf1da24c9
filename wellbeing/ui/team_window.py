"""The team lead's window on a folder of weekly contributions: periods, plain words, charts.

A window of its own that needs no journal: a lead may have none. Everything it shows comes
from services.team.team_view, the same figures as `wellbeing team aggregate` and the PDF;
it only chooses which period to read and how many people a group needs at least.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.team import MINIMUM_GROUP
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.team import (
    MonthView,
    TeamView,
    WeekView,
    held_back_sentence,
    team_view,
    withheld_sentence,
)
from wellbeing.sharing.team_words import period_lines
from wellbeing.ui.actions import TEAM_ACTIONS, TEAM_MENUS, build_actions, build_menus
from wellbeing.ui.dashboard.card import ChartCard
from wellbeing.ui.dashboard.export import _failed, _with_suffix, export_chart
from wellbeing.ui.errors import explain
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.screen_fit import fit_to_screen, scrolling
from wellbeing.ui.team_model import (
    VIEW_ROLE,
    Period,
    PeriodsModel,
    RejectedModel,
    key_of,
    period_name,
)
from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter
from wellbeing.ui.widgets.labels import hint, section
from wellbeing.ui.widgets.tables import list_table

STATUS_TIMEOUT_MS = 8000
MAXIMUM_GROUP = 1000
"""As services.team.check_minimum: a larger minimum would never show anything."""
CHART_HEIGHT = 2.4


class TeamWindow(QMainWindow):
    """Reads the folder on reload; months or weeks, the minimum group, one period's detail."""

    def __init__(
        self,
        folder: Path | None,
        lang: str,
        team: str | None = None,
        minimum: int = MINIMUM_GROUP,
        today: date | None = None,
        views_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.lang = lang
        self.team = team
        self.today = today
        self.views_folder = views_folder
        self.view: TeamView | None = None
        self.team_actions = build_actions(self, TEAM_ACTIONS)
        build_menus(self, self.team_actions, TEAM_ACTIONS, TEAM_MENUS)
        self.periods = PeriodsModel(lang, self)
        self.rejected = RejectedModel(self)
        self.setCentralWidget(scrolling(self._build(max(minimum, MINIMUM_GROUP)), horizontal=True))
        self._title()
        self._fit_screen()
        self.table.setFocus()  # the arrows move through the periods at once

    # --- building ---------------------------------------------------------------------

    def _build(self, minimum: int) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(self._build_bar(minimum))
        split = AdaptiveSplitter()  # the lists above the rest when large text needs it
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_lists())
        split.addWidget(self._build_detail())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 900])
        layout.addWidget(split, 1)
        return body

    def _build_bar(self, minimum: int) -> QHBoxLayout:
        self.team_label = section("")
        self.team_label.setWordWrap(False)
        self.folder_label = hint("")
        self.folder_label.setWordWrap(False)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        switch = QActionGroup(self)
        for name in ("team_months", "team_weeks"):
            self.team_actions[name].setCheckable(True)
            switch.addAction(self.team_actions[name])
        self.team_actions["team_months"].setChecked(True)
        self.minimum = QSpinBox()
        self.minimum.setObjectName("minimum")
        self.minimum.setRange(MINIMUM_GROUP, MAXIMUM_GROUP)
        self.minimum.setValue(minimum)
        self.minimum.setKeyboardTracking(False)  # typing 12 does not recompute for 1
        self.minimum.setSuffix(self.tr(" people"))
        self.minimum.setToolTip(
            self.tr(
                "Nothing is shown for a period with fewer contributors than this. "
                "It can be raised, never set below {minimum}."
            ).format(minimum=MINIMUM_GROUP)
        )
        self.minimum.valueChanged.connect(self.reload)
        minimum_label = QLabel(self.tr("Minimum &group:"))
        minimum_label.setBuddy(self.minimum)
        bar = QHBoxLayout()
        bar.addWidget(self.team_label)
        bar.addWidget(self.folder_label, 1)
        for name in ("team_months", "team_weeks"):
            bar.addWidget(self._tool_button(name))
        bar.addSpacing(12)
        bar.addWidget(minimum_label)
        bar.addWidget(self.minimum)
        bar.addSpacing(12)
        for name in ("team_reload", "team_export"):
            bar.addWidget(self._tool_button(name))
        return bar

    def _tool_button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(self.team_actions[name])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(f"button_{name}")
        shortcut = self.team_actions[name].shortcut().toString()
        if shortcut:
            button.setToolTip(f"{self.team_actions[name].text().replace('&', '')} ({shortcut})")
        return button

    def _build_lists(self) -> QWidget:
        self.table = list_table()
        self.table.setObjectName("periods")
        self.table.setModel(self.periods)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Periods"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.rejected_table = list_table()
        self.rejected_table.setObjectName("rejected")
        self.rejected_table.setModel(self.rejected)
        self.rejected_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejected_table.setAccessibleName(self.tr("Rejected files"))
        self.rejected_table.selectionModel().currentRowChanged.connect(self._on_rejected)
        self.rejected_reason = hint("")
        self.rejected_reason.setObjectName("rejected_reason")
        self.rejected_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rejected = QWidget()
        column = QVBoxLayout(rejected)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rejected_table, 1)
        column.addWidget(self.rejected_reason)
        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.table, self.tr("Periods"))
        self.lists.addTab(rejected, self.tr("Rejected files"))
        self.rejected_page = rejected
        self.lists.setMinimumWidth(280)
        return self.lists

    def _build_detail(self) -> QWidget:
        self.detail_title = section("")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caution = hint(
            self.tr(
                "Estimates from randomised answers, with their 90 % intervals. They describe "
                "the team, never one person: never use them to judge anyone."
            )
        )
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.detail_title)
        column.addWidget(self.summary)
        column.addWidget(caution)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(words)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(90)
        self.cards = {
            "exhaustion": ChartCard("team-exhaustion", self.tr("Exhaustion"), CHART_HEIGHT),
            "signals": ChartCard("team-signals", self.tr("Signals"), CHART_HEIGHT),
            "irritants": ChartCard("team-irritants", self.tr("Irritants"), CHART_HEIGHT),
        }
        self.charts = QTabWidget()
        self.charts.setDocumentMode(True)
        self.charts.addTab(self.cards["exhaustion"], self.tr("Exhaustion over time"))
        self.charts.addTab(self.cards["signals"], self.tr("Signals over time"))
        self.charts.addTab(self.cards["irritants"], self.tr("Irritants of the period"))
        for card in self.cards.values():
            card.canvas.setMinimumHeight(120)
            card.canvas.canvas.setMinimumHeight(120)
            card.export_requested.connect(lambda card=card: export_chart(self, card))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(scroll)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([2000, 3000])  # scaled to the room there is, summary above charts
        return split

    def _title(self) -> None:
        team = self.view.team if self.view is not None else self.team
        self.team_label.setText(
            self.tr("Team {team}").format(team=team) if team else self.tr("Team folder")
        )
        self.folder_label.setText(str(self.folder) if self.folder else "")
        self.folder_label.setToolTip(str(self.folder) if self.folder else "")
        name = team or (self.folder.name if self.folder else "")
        self.setWindowTitle(self.tr("Team view — {name}").format(name=name))

    def _fit_screen(self) -> None:
        """Comfortable on a laptop, never larger than the screen (1024×600 included)."""
        fit_to_screen(self, 1280, 800)

    # --- reading the folder -----------------------------------------------------------

    @property
    def weeks_shown(self) -> bool:
        return self.team_actions["team_weeks"].isChecked()

    def reload(self) -> bool:
        """Read the folder again with the minimum shown; a refusal is said in one sentence
        and leaves the window as it was."""
        if self.folder is None:
            return False
        try:
            view = team_view(
                self.folder,
                self.team,
                self.minimum.value(),
                self.today,
                self.views_folder,
            )
        except InvalidValue as error:
            QMessageBox.warning(self, self.tr("Cannot read this team folder"), explain(error))
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Cannot read this team folder"),
                self.tr("{folder} cannot be read ({reason}).").format(
                    folder=self.folder, reason=error.strerror or error
                ),
            )
            return False
        self.view = view
        self._title()
        self.rejected.set_rejected(view.rejected)
        self.rejected_reason.setText(
            self.tr("None of these files is counted. Select one to read why in full.")
            if view.rejected
            else self.tr("Every contribution file in the folder was read.")
        )
        index = self.lists.indexOf(self.rejected_page)
        self.lists.setTabText(
            index, self.tr("Rejected files ({count})").format(count=len(view.rejected))
        )
        self._show_periods()
        if view.rejected:
            self.statusBar().showMessage(
                self.tr("Files not counted: {count}; see Rejected files.").format(
                    count=len(view.rejected)
                ),
                STATUS_TIMEOUT_MS,
            )
        return True

    def _show_periods(self) -> None:
        """Fill the list for weeks or months, keep the period read if it is still there,
        and draw the charts over every period shown."""
        view = self.view
        if view is None:
            return
        kept = self.selected_key()
        periods: list[Period] = list(view.weeks if self.weeks_shown else view.months)
        self.periods.set_periods(periods, view.minimum)
        row = self.periods.row_of(kept) if kept is not None else None
        if row is None:
            row = next((r for r, p in enumerate(self.periods.periods) if p.figures), 0)
        self._draw_over_time()
        if self.periods.rowCount():
            self.table.selectRow(row)
        else:
            self._show_detail(None)

    def show_months(self) -> None:
        self.team_actions["team_months"].setChecked(True)
        self._show_periods()

    def show_weeks(self) -> None:
        self.team_actions["team_weeks"].setChecked(True)
        self._show_periods()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Open a team folder"), str(self.folder or documents_folder())
        )
        if not chosen:
            return
        before = (self.folder, self.team)
        self.folder, self.team = Path(chosen), None
        if not self.reload():
            self.folder, self.team = before

    # --- the period read --------------------------------------------------------------

    def selected(self) -> Period | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(VIEW_ROLE) if rows else None

    def selected_key(self) -> str | None:
        period = self.selected()
        return key_of(period) if period is not None else None

    def _on_rejected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            item = self.rejected.rejected[current.row()]
            self.rejected_reason.setText(f"{item.file}: {item.reason}")

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self.selected())

    def detail_lines(self, period: Period) -> list[str]:
        """What the detail pane says of a period, in the view's language."""
        minimum = self.view.minimum if self.view is not None else MINIMUM_GROUP
        lines: list[str] = []
        if isinstance(period, WeekView) and period.figures is None:
            return [withheld_sentence(period, minimum, self.lang)]
        if isinstance(period, MonthView) and period.figures is None:
            return [
                self.tr(
                    "Nothing is shown: no week of this month had at least {minimum} "
                    "contributors that could be shown."
                ).format(minimum=minimum)
            ]
        assert period.figures is not None
        lines.extend(period_lines(period.figures, self.lang))
        if isinstance(period, WeekView) and period.disclosure.held_back:
            lines.append(held_back_sentence(period.disclosure.held_back, minimum, self.lang))
        if isinstance(period, MonthView) and period.weeks_left_out:
            lines.append(
                self.tr(
                    "Weeks of this month left out, as nothing could be shown for them: {count}."
                ).format(count=period.weeks_left_out)
            )
        return lines

    def _show_detail(self, period: Period | None) -> None:
        if period is None:
            empty = self.view is not None and not self.view.weeks
            self.detail_title.setText(self.tr("No period") if empty else "")
            self.summary.setText(
                self.tr("This folder holds no contribution that can be counted yet.")
                if empty
                else ""
            )
            self._draw_irritants(None)
            return
        self.detail_title.setText(period_name(period, self.lang))
        self.summary.setText(
            "".join(
                f'<p style="margin: 0 0 5px 0">{html.escape(line, quote=False)}</p>'
                for line in self.detail_lines(period)
            )
        )
        self._draw_irritants(period)

    # --- charts -----------------------------------------------------------------------

    def shown_figures(self) -> list:
        view = self.view
        if view is None:
            return []
        periods = view.shown_weeks if self.weeks_shown else view.shown_months
        return [p.figures for p in periods if p.figures is not None]

    def _draw_over_time(self) -> None:
        from wellbeing.charts.layout import chart_axes
        from wellbeing.charts.team import (
            describe_team_exhaustion,
            describe_team_signals,
            plot_team_exhaustion,
            plot_team_signals,
        )

        figures, lang = self.shown_figures(), self.lang
        self.cards["exhaustion"].draw(
            lambda f, t: plot_team_exhaustion(chart_axes(f), figures, lang, t),
            describe_team_exhaustion(figures, lang),
        )
        self.cards["signals"].draw(
            lambda f, t: plot_team_signals(chart_axes(f), figures, lang, t),
            describe_team_signals(figures, lang),
        )

    def _draw_irritants(self, period: Period | None) -> None:
        from wellbeing.charts.layout import chart_axes, empty_state
        from wellbeing.charts.team import describe_team_irritants, plot_team_irritants, word

        lang = self.lang
        if period is not None and period.figures is not None:
            figures = period.figures
            self.cards["irritants"].draw(
                lambda f, t: plot_team_irritants(chart_axes(f), figures, lang, t),
                describe_team_irritants(figures, lang),
            )
            return
        message = self.tr("Nothing is shown for this period.")
        self.cards["irritants"].draw(
            lambda f, t: empty_state(chart_axes(f), t, word("irritants", lang), message), message
        )

    def render_now(self) -> None:
        """Draw every chart at once, in sight or not (tests, screenshots)."""
        for card in self.cards.values():
            card.flush()
            card.canvas.canvas.draw()

    # --- export -----------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        """The team report as PDF, from the same figures as this window."""
        from wellbeing.services.team_report import export_team_report

        if self.folder is None:
            return None
        team = self.view.team if self.view is not None else self.team
        stamp = (self.today or date.today()).isoformat()
        suggested = documents_folder() / f"team-{team or 'report'}-{stamp}.pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the team report"),
            str(suggested),
            self.tr("PDF document (*.pdf)"),
        )
        if not path:
            return None
        target = _with_suffix(path, chosen, ("pdf",))
        try:
            written = export_team_report(
                self.folder,
                target,
                team=team,
                minimum=self.minimum.value(),
                lang=self.lang,
                today=self.today,
                views_folder=self.views_folder,
            )
        except InvalidValue as error:
            QMessageBox.warning(self, self.tr("Export failed"), explain(error))
            return None
        except (OSError, ValueError) as error:
            _failed(self, target, error)
            return None
        self.statusBar().showMessage(
            self.tr("The team report was written to {path}.").format(path=written),
            STATUS_TIMEOUT_MS,
        )
        return written
