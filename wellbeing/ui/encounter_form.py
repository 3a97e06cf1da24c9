"""The encounter form: quick capture on top, every other field one click away.

About 700 lines: every field of an encounter, its live checks, its quick "when" choices,
its problems said beside their fields (form_feedback.py) and its draft.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
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
from wellbeing.domain.validation import EARLIEST_YEAR, MAX_TEXT, InvalidValue
from wellbeing.domain.when import Shorthand, moment_of
from wellbeing.services.encounters import EncounterEntry
from wellbeing.ui.encounter_draft import Draft, draft_payload, read_draft
from wellbeing.ui.form_feedback import (
    ProblemLabel,
    RoomKeeper,
    keep_caption_room,
    scale_captions,
    with_problem,
)
from wellbeing.ui.i18n import date_edit_format
from wellbeing.ui.keyboard import TabTakesCompletion, tab_order
from wellbeing.ui.screen_fit import VerticalScrollArea
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

FIELD_OF_ERROR = {
    "client": "client",
    "name": "client",
    "occurred_at": "when",
    "impact": "impact",
    "what_happened": "what_happened",
    "next_time": "next_time",
}
"""Where a problem is said: InvalidValue.field (the form's own, or the service's) → the
form's problem line. Any other field, and a journal error, go on the line above Save."""


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
        self._crossing_said: set[str] = set()
        self._build()
        self.new()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setProperty("heading", True)
        self.title.setWordWrap(True)

        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.lineEdit().setAccessibleName(self.tr("Client"))  # what AT-SPI reads
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client.lineEdit().setPlaceholderText(self.tr("Client (pick or type a new one)"))
        self.client.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        TabTakesCompletion(self.client)
        self.client.setMinimumWidth(200)

        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_edit_format(with_time=True))
        self.when.setAccessibleName(self.tr("When it happened"))
        self.when.setMinimumDate(QDate(EARLIEST_YEAR, 1, 1))  # what the journal accepts
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

        # One scale per kind, worded for it; `impact` is the one the kind shows.
        self.difficult_impact = ScaleButtons(0, 10, vocab.IMPACT_ANCHORS, self._lang)
        self.positive_impact = ScaleButtons(0, 10, vocab.POSITIVE_IMPACT_ANCHORS, self._lang)
        self.difficult_impact.setAccessibleName(self.tr("Emotional impact (0–10)"))
        self.positive_impact.setAccessibleName(self.tr("How much good it did (0–10)"))
        self.positive_impact.setVisible(False)
        captions = [
            *scale_captions(0, 10, vocab.IMPACT_ANCHORS, self._lang),
            *scale_captions(0, 10, vocab.POSITIVE_IMPACT_ANCHORS, self._lang),
        ]
        for scale in (self.difficult_impact, self.positive_impact):
            keep_caption_room(scale, captions)
        self.emotions = EmotionGrid(self._lang)
        self.behaviours = TagChips(vocab.DIFFICULT_BEHAVIOURS, self._lang)
        self.good_behaviours = TagChips(vocab.GOOD_BEHAVIOURS, self._lang)
        self.behaviours_heading = _section(self.tr("What the client did"))
        self.good_behaviours_heading = _section(self.tr("What the client did well"))

        self.crossing = QLabel()
        self.crossing.setProperty("problem", True)
        self.crossing.setVisible(False)
        self._crossing_room = RoomKeeper(self.crossing, self._crossing_texts)

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
        self.cancel_button.clicked.connect(self._clear)

        self.problems: dict[str, ProblemLabel] = {
            "client": ProblemLabel(),
            "when": ProblemLabel(),
            "impact": ProblemLabel(),
            **self._detail_problems,
            "": ProblemLabel(),
        }
        """Each field's problem line; "" is the line above Save, for what concerns none."""

        top = QHBoxLayout()
        top.addWidget(self.client, 1)
        second = QHBoxLayout()
        second.addWidget(self.when)
        second.addStretch(1)
        second.addWidget(self.difficult)
        second.addWidget(self.positive)

        self._behaviour_sections = QVBoxLayout()
        self._behaviour_sections.setContentsMargins(0, 0, 0, 0)

        self.body = QWidget()
        column = QVBoxLayout(self.body)
        column.addWidget(self.title)
        column.addLayout(top)
        column.addWidget(self.problems["client"])
        column.addLayout(second)
        column.addWidget(self.problems["when"])
        column.addWidget(self.when_choices)
        column.addWidget(self.crossing)
        column.addWidget(_section(self.tr("Emotional impact")))
        column.addWidget(self.difficult_impact)
        column.addWidget(self.positive_impact)
        column.addWidget(self.problems["impact"])
        column.addWidget(_section(self.tr("How I felt")))
        column.addWidget(self.emotions)
        column.addLayout(self._behaviour_sections)
        column.addWidget(self.more)
        column.addWidget(self.details)
        column.addStretch(1)

        self.scroll_area = VerticalScrollArea()  # never cuts the form's right edge
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.problems[""])
        side = column.contentsMargins()  # in line with the fields above it
        self.problems[""].setContentsMargins(side.left(), 0, side.right(), 0)
        outer.addLayout(buttons)

        for signal in (
            self.client.currentTextChanged,
            self.when.dateTimeChanged,
            self._kind.buttonToggled,
            self.difficult_impact.changed,
            self.positive_impact.changed,
            self.emotions.changed,
            self.behaviours.changed,
            self.good_behaviours.changed,
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
        # A problem goes as soon as its field is corrected.
        self.client.currentTextChanged.connect(self._client_corrected)
        self.difficult_impact.changed.connect(self._impact_corrected)
        self.positive_impact.changed.connect(self._impact_corrected)
        for field, signal in (
            ("when", self.when.dateTimeChanged),
            ("what_happened", self.what_happened.textChanged),
            ("next_time", self.next_time.textChanged),
        ):
            signal.connect(self.problems[field].clear_problem)
        self.violations.picked.connect(self._on_violations_picked)
        self.violations.changed.connect(self._show_crossing)
        self.client.currentTextChanged.connect(self._show_crossing)
        self.when.dateTimeChanged.connect(self._on_when_set)
        self.escalated.toggled.connect(self.backed.setEnabled)
        self._kind.buttonToggled.connect(self._show_kind)
        # Reading order: the quick choices right after the field they fill, then the kind.
        tab_order(
            self.client,
            self.when,
            self.when_choices,
            self.difficult,
            self.positive,
            self.difficult_impact,
            self.positive_impact,
            self.emotions,
        )

    def _build_details(self) -> QWidget:
        none = self.tr("—")
        self.channel = _combo(vocab.CHANNELS, self._lang, none)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(none)
        self.what_happened = QPlainTextEdit()
        self.what_happened.setAccessibleName(self.tr("What happened"))
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
        keep_caption_room(
            self.assertiveness, scale_captions(1, 5, vocab.ASSERTIVENESS_ANCHORS, self._lang)
        )
        self.confidence = ScaleButtons(1, 5, vocab.CONFIDENCE_ANCHORS, self._lang)
        keep_caption_room(
            self.confidence, scale_captions(1, 5, vocab.CONFIDENCE_ANCHORS, self._lang)
        )
        self.outcome = _combo(vocab.OUTCOMES, self._lang, none)
        self.escalated = QCheckBox(self.tr("I escalated the matter"))
        self.escalated.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.backed = _combo(vocab.BACKING, self._lang, none)
        self.backed.setEnabled(False)
        self.next_time = QPlainTextEdit()
        self.next_time.setAccessibleName(self.tr("What I would do next time"))
        self.next_time.setPlaceholderText(self.tr("What I would do next time"))
        self.next_time.setTabChangesFocus(True)
        self.next_time.setMaximumHeight(60)
        what_happened_problem = ProblemLabel()
        next_time_problem = ProblemLabel()

        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(
            self.tr("What happened"), with_problem(self.what_happened, what_happened_problem)
        )
        form.addRow(self.tr("On our side"), self.irritants)
        form.addRow(self.tr("Boundaries crossed"), self.violations)
        form.addRow(self.tr("It lingered"), self.lingered)
        form.addRow(self.tr("My assertiveness"), self.assertiveness)
        form.addRow(self.tr("Confidence in my company\nafterwards"), self.confidence)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Escalation"), self.escalated)
        form.addRow(self.tr("My company backed me:"), self.backed)
        form.addRow(self.tr("Next time"), with_problem(self.next_time, next_time_problem))
        self._detail_problems = {
            "what_happened": what_happened_problem,
            "next_time": next_time_problem,
        }
        return details

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    @property
    def impact(self) -> ScaleButtons:
        """The impact scale the kind shows: worded for a difficult or a positive encounter."""
        return self.positive_impact if self.positive.isChecked() else self.difficult_impact

    def _show_kind(self) -> None:
        """A positive encounter is worded as one: its impact scale says how much good it
        did, and what the client did well comes first. The value and every tick are kept."""
        positive = self.positive.isChecked()
        shown, hidden = (
            (self.positive_impact, self.difficult_impact)
            if positive
            else (self.difficult_impact, self.positive_impact)
        )
        if shown.isHidden():
            had_focus = hidden.hasFocus()
            shown.set_value(hidden.value())
            shown.setVisible(True)
            hidden.setVisible(False)
            if had_focus:
                shown.setFocus()
        self._arrange_behaviours()

    def _arrange_behaviours(self) -> None:
        """The kind's own list first; the other list only while it holds ticks, so that
        nothing saved is out of sight (an older positive encounter tagged out of hours)."""
        good = (self.good_behaviours_heading, self.good_behaviours)
        difficult = (self.behaviours_heading, self.behaviours)
        own, other = (good, difficult) if self.positive.isChecked() else (difficult, good)
        layout = self._behaviour_sections
        for widget in (*own, *other):
            layout.removeWidget(widget)
        for widget in (*own, *other):
            layout.addWidget(widget)
        for widget in own:
            widget.setVisible(True)
        for widget in other:
            widget.setVisible(bool(other[1].selected()))
        tab_order(self.emotions, own[1], other[1], self.more)  # the order they are shown in

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
            behaviours=self._behaviour_keys(),
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
        if self.crossing.isVisibleTo(self) and text not in self._crossing_said:
            self._crossing_said.add(text)
            self._crossing_room.refresh()

    def _crossing_texts(self) -> set[str]:
        """What the crossing line said during this entry: it keeps the room of the longest,
        so that choosing the time (which drops its second sentence) moves nothing below."""
        return self._crossing_said

    def _client_corrected(self) -> None:
        if self.client_name():
            self.problems["client"].clear_problem()

    def _impact_corrected(self) -> None:
        if self.impact.value() is not None:
            self.problems["impact"].clear_problem()

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
        """A blank form dated now, scrolled to its top, focus on the client: the start of
        quick capture (after a save too, when the details were open and scrolled)."""
        self._editing = None
        self._fill(None, "", now or datetime.now().replace(second=0, microsecond=0))
        self.when_choices.refresh()
        self.when_choices.set_current(Shorthand.NOW)
        self.title.setText(self.tr("New encounter"))
        self.scroll_area.verticalScrollBar().setValue(0)
        self.client.setFocus()

    def _clear(self) -> None:
        """Clear, or Cancel editing: the saved encounter stays as it was. Said as an edit,
        so that the page's kept draft follows the now empty form."""
        self.new()
        self.edited.emit()

    def load(self, encounter: Encounter, client_name: str) -> None:
        self._editing = encounter
        self._fill(encounter, client_name, encounter.occurred_at)
        self.title.setText(
            self.tr("Editing the encounter with {client} on {date}").format(
                client=client_name, date=format_datetime(encounter.occurred_at, self._lang)
            )
        )

    def _show_mode(self) -> None:
        """While a saved encounter is open, the second button cancels the editing."""
        if self._editing is None:
            self.cancel_button.setText(self.tr("Clear"))
            self.cancel_button.setToolTip(self.tr("Start a new encounter (Ctrl+N)"))
        else:
            self.cancel_button.setText(self.tr("Cancel editing"))
            self.cancel_button.setToolTip(
                self.tr("Leave the saved encounter as it was and start a new one (Ctrl+N)")
            )

    def _fill(self, e: Encounter | None, client_name: str, when: datetime) -> None:
        self._loading = True
        self._when_set = e is not None
        self._crossing_said.clear()
        self.clear_problems()
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
            self.good_behaviours.set_selected(e.behaviours if e else ())
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
        self._arrange_behaviours()
        self._show_mode()
        self._detect_violations()

    def rebase(self, encounter: Encounter | None, client_name: str | None) -> None:
        """Follow the stored encounter (renamed or merged client) without losing edits."""
        old = self._editing
        self._editing = encounter
        self._show_mode()
        if encounter is None or old is None or client_name is None:
            return
        old_client = self.client_name()
        if old.client_id != encounter.client_id or old_client != client_name:
            self._loading = True
            self.client.setEditText(client_name)
            self._loading = False

    def client_name(self) -> str:
        return " ".join(self.client.currentText().split())

    def _behaviour_keys(self) -> tuple[str, ...]:
        """Both lists' ticks: a list out of sight holds none (see _arrange_behaviours)."""
        return self.behaviours.selected() + self.good_behaviours.selected()

    # --- problems ---------------------------------------------------------------------

    def problems_found(self) -> list[InvalidValue]:
        """What keeps the form from being saved, each in one sentence in the user's language,
        with the field it concerns (FIELD_OF_ERROR)."""
        found = []
        if not self.client_name():
            found.append(
                InvalidValue(self.tr("Pick or type the client first."), "missing", "client")
            )
        if self.impact.value() is None:
            found.append(
                InvalidValue(
                    self.tr("Set the emotional impact, from 0 (no effect) to 10."),
                    "missing",
                    "impact",
                )
            )
        for name, field, edit in (
            (self.tr("What happened"), "what_happened", self.what_happened),
            (self.tr("Next time"), "next_time", self.next_time),
        ):
            length = len(edit.toPlainText())
            if length > MAX_TEXT:
                sentence = self.tr("“{field}” is {length} characters long; the limit is {limit}.")
                found.append(
                    InvalidValue(
                        sentence.format(
                            field=name,
                            length=QLocale().toString(length),
                            limit=QLocale().toString(MAX_TEXT),
                        ),
                        "text_too_long",
                        field,
                    )
                )
        return found

    def check(self) -> bool:
        """Say every problem beside its field and focus the first; True when there is none."""
        self.clear_problems()
        found = self.problems_found()
        for problem in reversed(found):  # the first one said last keeps the focus
            self.show_problem(str(problem), problem.field)
        return not found

    def show_problem(self, sentence: str, field: str = "") -> None:
        """Say one problem under the field it concerns (an InvalidValue's field, the form's
        or the service's), or above Save when it concerns none; focus that field."""
        where = FIELD_OF_ERROR.get(field, "")
        label = self.problems[where]
        label.say(sentence)
        if where in ("what_happened", "next_time"):
            self.expand()
        target: QWidget = {
            "client": self.client,
            "when": self.when,
            "impact": self.impact,
            "what_happened": self.what_happened,
            "next_time": self.next_time,
        }.get(where, self.save_button)
        target.setFocus()
        if where:
            self.scroll_area.ensureWidgetVisible(label)
            self.scroll_area.ensureWidgetVisible(target)

    def problem_said(self, field: str = "") -> str:
        """The sentence shown for a field of FIELD_OF_ERROR's values ("" above Save)."""
        return self.problems[field].sentence

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.reset()

    # --- reading ----------------------------------------------------------------------

    def read(self) -> Encounter:
        """The encounter as typed (client_id left empty, violations only those the user
        picked); InvalidValue, in the user's language, for the first problem found."""
        found = self.problems_found()
        if found:
            raise found[0]
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
            "behaviours": self._behaviour_keys(),
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
            and not self._behaviour_keys()
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
            behaviours=self._behaviour_keys(),
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
