"""One client's advice, and why: reasons with their encounters, follow-up, actions and
history; the Timeline tab (client_timeline.py) shows the encounters, crossed limits and the
impact month by month (analysis.monthly computes it, charts.monthly draws it).
About 540 lines, one widget: the Advice tab, its actions with undo, and the history it
hands the Timeline tab; splitting the actions off would split their shared state.

Nothing here imports numpy or matplotlib at module level: the Clients page is built at
start-up, and the chart loads matplotlib only when its tab is first shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
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

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.formatting import format_date, format_datetime, format_number
from wellbeing.domain.model import (
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    advice_level,
)
from wellbeing.store.errors import JournalError
from wellbeing.ui.advice_levels import level_key, level_label, level_meaning, level_pixmap
from wellbeing.ui.client_timeline import TimelineTab
from wellbeing.ui.client_timeline_model import tag_labels
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_model import ID_ROLE
from wellbeing.ui.journal_store import CLIENTS, ENCOUNTERS, Changes, JournalStore
from wellbeing.ui.modal import run_once
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.labels import hint, section
from wellbeing.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from wellbeing.analysis.advice import ClientAdvice, FollowUp, PeriodFigures
    from wellbeing.analysis.reasons import Reason

Index = QModelIndex | QPersistentModelIndex


# --- small builders -----------------------------------------------------------------------


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
        self._read: tuple[tuple[str, int], list[Encounter]] | None = None
        """The last client's encounters, with (its id, the journal's data_version) when
        read: the advice arriving shows the same client again, and reading 2,500
        encounters took about 70 ms."""
        store.changed.connect(self._forget_read)
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

        self.why_title = hint("")
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

        self.follow_up_title = section(self.tr("Reframing follow-up"))
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
        reasons.addWidget(section(self.tr("Why this advice")))
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
        self.history_empty = hint(self.tr("No advice recorded yet."))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section(self.tr("Advice history and steps taken")))
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

    def show_client(
        self,
        client: Client | None,
        advice: ClientAdvice | None,
        encounters: list[Encounter] | None = None,
    ) -> None:
        """Show this client's advice (None while it is being worked out). `encounters`,
        newest first, when the caller has just read them (page by page)."""
        kept = self._current_reason_code() if client and self.client == client else None
        self.client, self.advice = client, advice
        if client is not None and encounters is not None:
            self._read = ((client.id, self.store.data_stamp()[1]), encounters)
        encounters = self._encounters_of(client) if client else []
        self.encounters = {e.id: e for e in encounters}
        self._show_level()
        self._show_reasons(kept)
        self._show_follow_up()
        events = self._show_history()
        self._enable_actions()
        self.timeline.show_encounters(encounters, date.today(), events)

    def _encounters_of(self, client: Client) -> list[Encounter]:
        """Newest first; read again only when the journal changed (here, or in another
        program: data_version)."""
        key = (client.id, self.store.data_stamp()[1])
        if self._read is None or self._read[0] != key:
            self._read = (key, self.store.client_encounters(client.id)[::-1])
        return self._read[1]

    def _forget_read(self, what: str, _ids: object) -> None:
        if what in (ENCOUNTERS, CLIENTS):
            self._read = None

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
            did = _item(tag_labels(encounter.behaviours, vocab.BEHAVIOURS, self.lang), encounter.id)
            crossed = _item(
                tag_labels(encounter.violations, vocab.VIOLATIONS, self.lang), encounter.id
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

        def redo() -> Changes:
            if latest:  # the very same event again, date and id included
                return self.store.replay_status(current(ClientStatus.ACTIVE), latest)
            done = self.store.set_client_status(before.id, ClientStatus.ACTIVE, _now())
            latest.append(done.value)
            return done.changes

        def undo() -> Changes:
            return self.store.forget_status(current(before.status), latest)

        try:
            changes = redo()
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Cannot change the client"), explain(error))
            return
        record(
            self.undo_stack,
            self.tr("make {client} active again").format(client=before.name),
            undo,
            redo,
            changes,
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
