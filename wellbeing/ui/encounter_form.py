"""The encounter form: quick capture on top, every other field one click away.

About 550 lines: every field of an encounter, its live checks, its quick "when" choices
and its draft.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wellbeing.analysis.violations import detect_violations
from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import NOT_CHOSEN, Boundaries, to_check
from wellbeing.domain.formatting import format_datetime
from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.domain.validation import MAX_TEXT, InvalidValue
from wellbeing.domain.when import Shorthand, moment_of
from wellbeing.services.encounters import EncounterEntry
from wellbeing.ui.encounter_draft import Draft, draft_payload, read_draft
from wellbeing.ui.i18n import date_edit_format
from wellbeing.ui.widgets.chips import TagChips
from wellbeing.ui.widgets.emotion_grid import EmotionGrid
from wellbeing.ui.widgets.scale import ScaleButtons
from wellbeing.ui.widgets.when_choices import WhenChoices


def _combo(terms: tuple[vocab.Term, ...], lang: str, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for term in terms:
        combo.addItem(term.label(lang), term.key)
    return combo


def _set_combo(combo: QComboBox, key: str | None) -> None:
    index = combo.findData(key)
    combo.setCurrentIndex(max(index, 0))


TIMED = frozenset({"out_of_hours", "day_off", "channel_hours"})
"""Violations that depend on the time alone: a time nobody chose should not raise them."""


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    return label


class EncounterForm(QWidget):
    """Reads and shows one Encounter; saving and drafts are the page's business."""

    save_requested = Signal()
    edited = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._editing: Encounter | None = None
        self._loading = False
        self._when_set = False
        self._choosing_when = False
        self._boundaries = NOT_CHOSEN
        self._violations_picked = False
        """Once the user corrects the detected violations, detection stops overriding them."""
        self._build()
        self.new()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setProperty("heading", True)
        self.title.setWordWrap(True)

        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.lineEdit().setPlaceholderText(self.tr("Client (pick or type a new one)"))
        self.client.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.client.setMinimumWidth(200)

        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_edit_format(with_time=True))
        self.when.setAccessibleName(self.tr("When it happened"))
        self.when_choices = WhenChoices(lambda: datetime.now())
        self.when_choices.chosen.connect(self._choose_when)
        self.when_choices.pick.connect(self._pick_when)

        self.difficult = QPushButton(self.tr("Difficult"))
        self.positive = QPushButton(self.tr("Positive"))
        self._kind = QButtonGroup(self)
        for button, kind in ((self.difficult, "difficult"), (self.positive, "positive")):
            button.setCheckable(True)
            button.setProperty("kind", kind)
            self._kind.addButton(button)

        self.impact = ScaleButtons(0, 10, vocab.IMPACT_ANCHORS, self._lang)
        self.emotions = EmotionGrid(self._lang)
        self.behaviours = TagChips(vocab.BEHAVIOURS, self._lang)

        self.crossing = QLabel()
        self.crossing.setProperty("problem", True)
        self.crossing.setWordWrap(True)
        self.crossing.setVisible(False)

        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setText(self.tr("More details"))
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.toggled.connect(self._show_details)

        self.details = self._build_details()
        self.details.setVisible(False)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save the encounter (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button = QPushButton(self.tr("Clear"))
        self.cancel_button.setToolTip(self.tr("Start a new encounter (Ctrl+N)"))
        self.cancel_button.clicked.connect(lambda: self.new())

        top = QHBoxLayout()
        top.addWidget(self.client, 1)
        second = QHBoxLayout()
        second.addWidget(self.when)
        second.addStretch(1)
        second.addWidget(self.difficult)
        second.addWidget(self.positive)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addLayout(top)
        column.addLayout(second)
        column.addWidget(self.when_choices)
        column.addWidget(self.crossing)
        column.addWidget(_section(self.tr("Emotional impact")))
        column.addWidget(self.impact)
        column.addWidget(_section(self.tr("How I felt")))
        column.addWidget(self.emotions)
        self.behaviours_heading = _section(self.tr("What the client did"))
        column.addWidget(self.behaviours_heading)
        column.addWidget(self.behaviours)
        column.addWidget(self.more)
        column.addWidget(self.details)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        for signal in (
            self.client.currentTextChanged,
            self.when.dateTimeChanged,
            self._kind.buttonToggled,
            self.impact.changed,
            self.emotions.changed,
            self.behaviours.changed,
            self.channel.currentIndexChanged,
            self.duration.valueChanged,
            self.what_happened.textChanged,
            self.irritants.changed,
            self.lingered.currentIndexChanged,
            self.assertiveness.changed,
            self.confidence.changed,
            self.outcome.currentIndexChanged,
            self.escalated.toggled,
            self.backed.currentIndexChanged,
            self.next_time.textChanged,
            self.violations.changed,
        ):
            signal.connect(self._on_edit)
        for signal in (
            self.when.dateTimeChanged,
            self.channel.currentIndexChanged,
            self.behaviours.changed,
            self._kind.buttonToggled,
        ):
            signal.connect(self._detect_violations)
        self.violations.picked.connect(self._on_violations_picked)
        self.violations.changed.connect(self._show_crossing)
        self.client.currentTextChanged.connect(self._show_crossing)
        self.when.dateTimeChanged.connect(self._on_when_set)
        self.escalated.toggled.connect(self.backed.setEnabled)
        self._kind.buttonToggled.connect(self._show_kind)
        # The quick choices right after the field they fill, before the kind of encounter.
        chips = [self.when, *self.when_choices.chips(), self.difficult]
        for first, second_widget in pairwise(chips):
            QWidget.setTabOrder(first, second_widget)

    def _build_details(self) -> QWidget:
        none = self.tr("—")
        self.channel = _combo(vocab.CHANNELS, self._lang, none)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(none)
        self.what_happened = QPlainTextEdit()
        self.what_happened.setPlaceholderText(
            self.tr("What happened (private: only you can read it)")
        )
        self.what_happened.setTabChangesFocus(True)
        self.what_happened.setMinimumHeight(70)
        self.irritants = TagChips(vocab.IRRITANTS, self._lang)
        self.violations = TagChips(vocab.VIOLATIONS, self._lang)
        self.violations.setToolTip(
            self.tr(
                "Ticked from your boundaries when you set the time, channel and behaviours; "
                "correct them if they do not apply."
            )
        )
        self.lingered = _combo(vocab.LINGERING, self._lang, none)
        self.assertiveness = ScaleButtons(1, 5, vocab.ASSERTIVENESS_ANCHORS, self._lang)
        self.confidence = ScaleButtons(1, 5, vocab.CONFIDENCE_ANCHORS, self._lang)
        self.outcome = _combo(vocab.OUTCOMES, self._lang, none)
        self.escalated = QCheckBox(self.tr("I escalated the matter"))
        self.escalated.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.backed = _combo(vocab.BACKING, self._lang, none)
        self.backed.setEnabled(False)
        self.next_time = QPlainTextEdit()
        self.next_time.setPlaceholderText(self.tr("What I would do next time"))
        self.next_time.setTabChangesFocus(True)
        self.next_time.setMaximumHeight(60)

        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("What happened"), self.what_happened)
        form.addRow(self.tr("On our side"), self.irritants)
        form.addRow(self.tr("Boundaries crossed"), self.violations)
        form.addRow(self.tr("It lingered"), self.lingered)
        form.addRow(self.tr("My assertiveness"), self.assertiveness)
        form.addRow(self.tr("Confidence in my company\nafterwards"), self.confidence)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Escalation"), self.escalated)
        form.addRow(self.tr("My company backed me:"), self.backed)
        form.addRow(self.tr("Next time"), self.next_time)
        return details

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _show_kind(self) -> None:
        difficult = self.difficult.isChecked()
        self.behaviours_heading.setText(
            self.tr("What the client did")
            if difficult
            else self.tr("What the client did (if anything)")
        )

    def _on_when_set(self) -> None:
        if not self._loading:
            self._when_set = True
            if not self._choosing_when:  # typed by hand: no quick choice describes it now
                self.when_choices.set_current(None)
        self._show_crossing()

    def _choose_when(self, shorthand: Shorthand) -> None:
        """A quick choice: the same moments as `wellbeing log --when` (domain.when)."""
        try:
            moment = moment_of(shorthand, datetime.now())
        except InvalidValue:  # "this afternoon" just before noon: the chip is greyed out
            self.when_choices.refresh()
            return
        self._choosing_when = True
        try:
            self.when.setDateTime(QDateTime(moment.date(), QTime(moment.hour, moment.minute)))
            self._when_set = True
        finally:
            self._choosing_when = False
        self._show_crossing()

    def _pick_when(self) -> None:
        self.when.setFocus()
        self.when.setCurrentSection(QDateTimeEdit.Section.HourSection)

    def set_boundaries(self, boundaries: Boundaries, chosen: bool = True) -> None:
        """The user's limits; until they saved or confirmed them (`chosen`), nothing is
        flagged for its time, day or channel (domain.boundaries.NOT_CHOSEN)."""
        self._boundaries = to_check(boundaries, chosen)
        self._detect_violations()

    def _on_violations_picked(self) -> None:
        self._violations_picked = True

    def _detect_violations(self) -> None:
        if self._loading or self._violations_picked:
            return
        found = self._detected(self.when.dateTime().toPython())
        if found != self.violations.selected():
            self.violations.set_selected(found)

    def _detected(self, when: datetime) -> tuple[str, ...]:
        probe = Encounter(
            client_id="",
            occurred_at=when,
            impact=0,
            kind=EncounterKind.POSITIVE if self.positive.isChecked() else EncounterKind.DIFFICULT,
            channel=self.channel.currentData(),
            behaviours=self.behaviours.selected(),
        )
        return detect_violations(probe, self._boundaries)

    def _show_crossing(self) -> None:
        """The crossing is said once an entry has begun (a client, or a time chosen): an
        empty form on a Saturday is not a day off yet."""
        keys = self.violations.selected()
        begun = bool(self.client.currentText().strip()) or self._when_set
        self.crossing.setVisible(bool(keys) and begun)
        text = self.tr("⚑ Crosses your boundaries: {list}").format(
            list=", ".join(vocab.label_of(vocab.VIOLATIONS, key, self._lang) for key in keys)
        )
        if not self._when_set and TIMED.intersection(keys):
            text += " " + self.tr("(the time shown is now: if it happened earlier, say when)")
        self.crossing.setText(text)

    def _on_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    # --- state ------------------------------------------------------------------------

    @property
    def editing(self) -> Encounter | None:
        return self._editing

    def set_client_names(self, names: list[str]) -> None:
        text = self.client.currentText()
        self.client.blockSignals(True)
        self.client.clear()
        self.client.addItems(names)
        self.client.setCurrentIndex(-1)
        self.client.setEditText(text)
        self.client.blockSignals(False)

    def expand(self, shown: bool = True) -> None:
        self.more.setChecked(shown)

    def new(self, now: datetime | None = None) -> None:
        """A blank form dated now, focus on the client: the start of quick capture."""
        self._editing = None
        self._fill(None, "", now or datetime.now().replace(second=0, microsecond=0))
        self.when_choices.refresh()
        self.when_choices.set_current(Shorthand.NOW)
        self.title.setText(self.tr("New encounter"))
        self.client.setFocus()

    def load(self, encounter: Encounter, client_name: str) -> None:
        self._editing = encounter
        self._fill(encounter, client_name, encounter.occurred_at)
        self.title.setText(
            self.tr("Editing the encounter with {client} on {date}").format(
                client=client_name, date=format_datetime(encounter.occurred_at, self._lang)
            )
        )

    def _fill(self, e: Encounter | None, client_name: str, when: datetime) -> None:
        self._loading = True
        self._when_set = e is not None
        self.when_choices.set_current(None)
        try:
            self.client.setCurrentIndex(-1)
            self.client.setEditText(client_name)
            self.when.setDateTime(QDateTime(when.date(), QTime(when.hour, when.minute)))
            kind = e.kind if e else EncounterKind.DIFFICULT
            (self.positive if kind == EncounterKind.POSITIVE else self.difficult).setChecked(True)
            self.impact.set_value(e.impact if e else None)
            self.emotions.set_selected(e.emotions if e else ())
            self.behaviours.set_selected(e.behaviours if e else ())
            _set_combo(self.channel, e.channel if e else None)
            self.duration.setValue(e.duration_minutes or 0 if e else 0)
            self.what_happened.setPlainText(e.what_happened if e else "")
            self.irritants.set_selected(e.irritants if e else ())
            _set_combo(self.lingered, e.lingered if e else None)
            self.assertiveness.set_value(e.assertiveness if e else None)
            self.confidence.set_value(e.company_confidence if e else None)
            _set_combo(self.outcome, e.outcome if e else None)
            self.escalated.setChecked(bool(e and e.escalated))
            self.backed.setEnabled(bool(e and e.escalated))
            _set_combo(self.backed, e.backed if e else None)
            self.next_time.setPlainText(e.next_time if e else "")
            self.violations.set_selected(e.violations if e else ())
            self._violations_picked = e is not None and bool(e.id)
        finally:
            self._loading = False
        self._detect_violations()

    def rebase(self, encounter: Encounter | None, client_name: str | None) -> None:
        """Follow the stored encounter (renamed or merged client) without losing edits."""
        old = self._editing
        self._editing = encounter
        if encounter is None or old is None or client_name is None:
            return
        old_client = self.client_name()
        if old.client_id != encounter.client_id or old_client != client_name:
            self._loading = True
            self.client.setEditText(client_name)
            self._loading = False

    def client_name(self) -> str:
        return " ".join(self.client.currentText().split())

    def read(self) -> Encounter:
        """The encounter as typed (client_id left empty, violations only those the user
        picked); InvalidValue, in the user's language, for what is missing."""
        if not self.client_name():
            raise InvalidValue(self.tr("Pick or type the client first."))
        if self.impact.value() is None:
            raise InvalidValue(self.tr("Set the emotional impact, from 0 (no effect) to 10."))
        for field, text in (
            (self.tr("What happened"), self.what_happened.toPlainText()),
            (self.tr("Next time"), self.next_time.toPlainText()),
        ):
            if len(text) > MAX_TEXT:
                raise InvalidValue(
                    self.tr("“{field}” is {length} characters long; the limit is {limit}.").format(
                        field=field,
                        length=QLocale().toString(len(text)),
                        limit=QLocale().toString(MAX_TEXT),
                    )
                )
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        if self._editing is None and not self._when_set:
            when = datetime.now().replace(second=0, microsecond=0)  # logged now, not at Clear
        escalated = self.escalated.isChecked()
        fields: dict[str, Any] = {
            "client_id": "",
            "occurred_at": when,
            "impact": self.impact.value(),
            "kind": EncounterKind.POSITIVE
            if self.positive.isChecked()
            else EncounterKind.DIFFICULT,
            "channel": self.channel.currentData(),
            "duration_minutes": self.duration.value() or None,
            "what_happened": self.what_happened.toPlainText().strip(),
            "behaviours": self.behaviours.selected(),
            "irritants": self.irritants.selected(),
            "emotions": self.emotions.selected(),
            "lingered": self.lingered.currentData(),
            "assertiveness": self.assertiveness.value(),
            "company_confidence": self.confidence.value(),
            "outcome": self.outcome.currentData(),
            "escalated": escalated,
            "backed": self.backed.currentData() if escalated else None,
            "next_time": self.next_time.toPlainText().strip(),
            # Only the user's own picks: the service detects the rest at the time stored,
            # which may be "now", not the shown one.
            "violations": self.violations.selected() if self._violations_picked else (),
        }
        if self._editing is not None:
            return replace(self._editing, **fields)
        return Encounter(**fields)

    def entry(self) -> EncounterEntry:
        """What to save, for the service: detection stays on until the user corrected the
        violations, and then their ticks are kept exactly."""
        return EncounterEntry(self.client_name(), self.read(), detect=not self._violations_picked)

    # --- drafts -----------------------------------------------------------------------

    def is_blank(self) -> bool:
        return (
            self._editing is None
            and not self.client_name()
            and self.impact.value() is None
            and not self.emotions.selected()
            and not self.behaviours.selected()
            and not self.what_happened.toPlainText().strip()
            and not self.next_time.toPlainText().strip()
            and not self.irritants.selected()
        )

    def draft(self) -> dict[str, Any]:
        """Everything typed so far, in the draft shape of encounter_draft.py."""
        snapshot = Encounter(
            client_id="",
            id="",
            occurred_at=self.when.dateTime().toPython().replace(second=0, microsecond=0),
            impact=self.impact.value(),  # type: ignore[arg-type]  # may still be unset
            kind=EncounterKind.POSITIVE if self.positive.isChecked() else EncounterKind.DIFFICULT,
            channel=self.channel.currentData(),
            duration_minutes=self.duration.value() or None,
            what_happened=self.what_happened.toPlainText(),
            behaviours=tuple(self.behaviours.selected()),
            irritants=tuple(self.irritants.selected()),
            emotions=tuple(self.emotions.selected()),
            lingered=self.lingered.currentData(),
            assertiveness=self.assertiveness.value(),
            company_confidence=self.confidence.value(),
            outcome=self.outcome.currentData(),
            escalated=self.escalated.isChecked(),
            backed=self.backed.currentData(),
            next_time=self.next_time.toPlainText(),
            violations=tuple(self.violations.selected()),
        )
        return draft_payload(
            Draft(
                encounter=snapshot,
                client=self.client.currentText(),
                editing_id=self._editing.id if self._editing else None,
                violations_picked=self._violations_picked,
            )
        )

    def restore(self, payload: dict[str, Any], editing: Encounter | None = None) -> None:
        """Fill the form from a kept draft (this version's or an earlier one's)."""
        draft = read_draft(payload)
        self._editing = editing
        self._fill(draft.encounter, draft.client, draft.encounter.occurred_at)
        self._violations_picked = draft.violations_picked or editing is not None
        if self._violations_picked:  # _fill detected them afresh; the user's choice stands
            self.violations.set_selected(draft.encounter.violations)
        self._detect_violations()
        self.title.setText(self.tr("Restored draft"))
        if draft.has_details():
            self.expand()
