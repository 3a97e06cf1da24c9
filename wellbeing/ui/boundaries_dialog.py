"""The user's limits: working week, channels, response time, scope, respect, the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QLocale, QSize, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.boundaries import OFFICE, WEEKDAYS, Boundaries, ChannelRule, Hours
from wellbeing.domain.validation import MAX_TEXT
from wellbeing.store import settings
from wellbeing.store.errors import JournalError
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.settings_buttons import settings_buttons

MAX_RESPONSE_HOURS = 24 * 30


def day_names(lang: str) -> list[str]:
    """Monday first, capitalised, from Qt's locale data (no strings of ours to translate)."""
    language = QLocale.Language.French if lang == "fr" else QLocale.Language.English
    locale = QLocale(language)
    names = [locale.dayName(day) for day in range(1, WEEKDAYS + 1)]
    return [name[:1].upper() + name[1:] for name in names]


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _python_time(edit: QTimeEdit) -> time:
    moment = edit.time()
    return time(moment.hour(), moment.minute())


def _set_time(edit: QTimeEdit, value: time) -> None:
    edit.setTime(QTime(value.hour, value.minute))


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    label.setWordWrap(True)
    return label


class TextBox(QPlainTextEdit):
    """A few lines tall by default, so that the whole dialog fits without scrolling."""

    def __init__(self, placeholder: str) -> None:
        super().__init__()
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)  # Tab leaves the box, as everywhere else in the dialog
        self.setMinimumHeight(64)

    def sizeHint(self) -> QSize:
        return QSize(240, 96)


class SpanRow:
    """A switch and a from–to pair of times; the times follow the switch."""

    def __init__(self, switch: QCheckBox) -> None:
        self.switch = switch
        self.start = _time_edit(OFFICE.start)
        self.end = _time_edit(OFFICE.end)
        switch.toggled.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        on = self.switch.isChecked() and self.switch.isEnabled()
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def set(self, hours: Hours | None) -> None:
        self.switch.setChecked(hours is not None)
        shown = hours or OFFICE
        _set_time(self.start, shown.start)
        _set_time(self.end, shown.end)
        self.follow()

    def hours(self) -> Hours | None:
        if not (self.switch.isChecked() and self.switch.isEnabled()):
            return None
        return Hours(_python_time(self.start), _python_time(self.end))


@dataclass
class ChannelRow:
    """Accepted or not, and if accepted, perhaps only at some hours."""

    key: str
    label: str
    accepted: QCheckBox
    span: SpanRow

    def set(self, rule: ChannelRule | None) -> None:
        self.accepted.setChecked(rule is None or rule.accepted)
        self.span.switch.setEnabled(self.accepted.isChecked())
        self.span.set(rule.hours if rule is not None else None)

    def rule(self) -> ChannelRule | None:
        """None for the default (accepted at any working hour), so defaults store nothing."""
        if not self.accepted.isChecked():
            return ChannelRule(self.key, accepted=False)
        hours = self.span.hours()
        return None if hours is None else ChannelRule(self.key, True, hours)


class BoundariesDialog(QDialog):
    """Nothing is stored until Save, and Save stores only limits that make sense."""

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
        self.setWindowTitle(self.tr("My boundaries"))
        self.chosen = bool(store.setting(settings.BOUNDARIES))
        """Saved or confirmed once: until then nothing is flagged for its time or channel."""
        self._build()
        self.show_boundaries(store.boundaries())
        self.days[0].switch.setFocus()
        fit_to_screen(self, 900, 640)

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Your limits, as you would state them to a client. Encounters that cross them "
                "are flagged in the journal."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        self.not_chosen = QLabel(
            self.tr(
                "You have not set your boundaries yet, so no encounter is flagged for its "
                "time, day or channel. Save these (the usual office hours, or your own) "
                "and encounters from then on are checked against them."
            )
        )
        self.not_chosen.setWordWrap(True)
        self.not_chosen.setVisible(not self.chosen)
        week = self._build_week()
        channels = self._build_channels()
        texts = self._build_texts()
        left = QVBoxLayout()
        left.addWidget(_section(self.tr("Working hours")))
        left.addWidget(week)
        left.addWidget(_section(self.tr("Channels I accept")))
        left.addWidget(channels)
        left.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addWidget(texts, 2)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.problem = QLabel()
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.not_chosen)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _build_week(self) -> QWidget:
        week = QWidget()
        grid = QGridLayout(week)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(4, 1)
        self.days: list[SpanRow] = []
        for weekday, name in enumerate(day_names(self.lang)):
            switch = QCheckBox(name)
            switch.setToolTip(self.tr("Ticked: I work on that day ({day})").format(day=name))
            row = SpanRow(switch)
            row.start.setAccessibleName(self.tr("{day}, start").format(day=name))
            row.end.setAccessibleName(self.tr("{day}, end").format(day=name))
            grid.addWidget(switch, weekday, 0)
            grid.addWidget(row.start, weekday, 1)
            grid.addWidget(QLabel(self.tr("to")), weekday, 2)
            grid.addWidget(row.end, weekday, 3)
            self.days.append(row)
        return week

    def _build_channels(self) -> QWidget:
        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(5, 1)
        self.channels: list[ChannelRow] = []
        for line, term in enumerate(vocab.CHANNELS):
            label = term.label(self.lang)
            accepted = QCheckBox(label)
            accepted.setToolTip(
                self.tr("Ticked: I accept this channel ({channel})").format(channel=label)
            )
            span = SpanRow(QCheckBox(self.tr("only from")))
            span.start.setAccessibleName(self.tr("{channel}, from").format(channel=label))
            span.end.setAccessibleName(self.tr("{channel}, to").format(channel=label))
            row = ChannelRow(term.key, label, accepted, span)
            accepted.toggled.connect(lambda on, r=row: self._follow_channel(r, on))
            grid.addWidget(accepted, line, 0)
            grid.addWidget(span.switch, line, 1)
            grid.addWidget(span.start, line, 2)
            grid.addWidget(QLabel(self.tr("to")), line, 3)
            grid.addWidget(span.end, line, 4)
            self.channels.append(row)
        return channels

    @staticmethod
    def _follow_channel(row: ChannelRow, accepted: bool) -> None:
        row.span.switch.setEnabled(accepted)
        row.span.follow()

    def _build_texts(self) -> QWidget:
        self.response = QSpinBox()
        self.response.setRange(0, MAX_RESPONSE_HOURS)
        self.response.setSuffix(self.tr(" h"))
        self.response.setSpecialValueText(self.tr("no promise"))
        self.response.setToolTip(self.tr("In working hours; 0 means no promise"))
        self.in_scope = TextBox(self.tr("What my work includes, and what it does not"))
        self.respect = TextBox(self.tr("For example: politely, without raising their voice"))
        self.limits = TextBox(self.tr("One limit per line"))
        texts = QWidget()
        column = QVBoxLayout(texts)
        column.setContentsMargins(0, 0, 0, 0)
        promise = _section(self.tr("I promise to answer within"))
        promise.setBuddy(self.response)  # the heading names the field for a screen reader
        column.addWidget(promise)
        response_row = QHBoxLayout()
        response_row.addWidget(self.response)
        response_row.addStretch(1)
        column.addLayout(response_row)
        for heading, box in (
            (self.tr("What is in scope"), self.in_scope),
            (self.tr("How I expect to be spoken to"), self.respect),
            (self.tr("My other limits (one per line)"), self.limits),
        ):
            label = _section(heading)
            label.setBuddy(box)
            column.addWidget(label)
            column.addWidget(box, 1)
        return texts

    def _build_buttons(self) -> QDialogButtonBox:
        buttons, self.save_button, self.defaults_button = settings_buttons(
            self,
            self.save,
            lambda: self.show_boundaries(Boundaries()),
            self.tr("Save my boundaries (Ctrl+Enter)"),
            self.tr("Fill in the defaults (office hours on weekdays); nothing is saved yet"),
        )
        return buttons

    # --- state ------------------------------------------------------------------------

    def show_boundaries(self, boundaries: Boundaries) -> None:
        for row, hours in zip(self.days, boundaries.working_hours, strict=True):
            row.set(hours)
        for channel in self.channels:
            channel.set(boundaries.rule_for(channel.key))
        self.response.setValue(boundaries.response_hours or 0)
        self.in_scope.setPlainText(boundaries.in_scope)
        self.respect.setPlainText(boundaries.respect)
        self.limits.setPlainText("\n".join(boundaries.limits))
        self.problem.setVisible(False)

    def boundaries(self) -> Boundaries:
        """The limits as shown, whether or not they make sense (see problem())."""
        lines = self.limits.toPlainText().splitlines()
        return Boundaries(
            working_hours=tuple(row.hours() for row in self.days),
            channels=tuple(rule for row in self.channels if (rule := row.rule()) is not None),
            response_hours=self.response.value() or None,
            in_scope=self.in_scope.toPlainText().strip(),
            respect=self.respect.toPlainText().strip(),
            limits=tuple(line.strip() for line in lines if line.strip()),
        )

    def problem_text(self) -> tuple[str, QWidget] | None:
        """The first thing that keeps the limits from being saved, and where to fix it."""
        names = day_names(self.lang)
        for name, row in zip(names, self.days, strict=True):
            hours = row.hours()
            if hours is not None and hours.end <= hours.start:
                message = self.tr("On {day}, the working hours must end after they start.")
                return message.format(day=name), row.end
        for channel in self.channels:
            hours = channel.span.hours()
            if hours is not None and hours.end <= hours.start:
                message = self.tr("For “{channel}”, the hours must end after they start.")
                return message.format(channel=channel.label), channel.span.end
        for heading, box in (
            (self.tr("What is in scope"), self.in_scope),
            (self.tr("How I expect to be spoken to"), self.respect),
            (self.tr("My other limits"), self.limits),
        ):
            length = len(box.toPlainText())
            if length > MAX_TEXT:
                message = self.tr("“{field}” is {length} characters long; the limit is {limit}.")
                locale = QLocale()
                text = message.format(
                    field=heading, length=locale.toString(length), limit=locale.toString(MAX_TEXT)
                )
                return text, box
        return None

    def _refuse(self, text: str, where: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        if where is not None:
            where.setFocus()

    def save(self) -> None:
        found = self.problem_text()
        if found is not None:
            self._refuse(*found)
            return
        before = self.store.boundaries()
        after = self.boundaries()
        chosen = self.chosen
        if after != before or not chosen:  # saving the suggested ones confirms them
            try:
                changes = self.store.save_boundaries(after)
            except JournalError as error:
                self._refuse(explain(error))
                return

            def undo() -> object:
                if chosen:
                    return self.store.save_boundaries(before)
                # Back to none chosen, not to the defaults as if the user had confirmed them.
                return self.store.put_setting(settings.BOUNDARIES, {})

            record(
                self.undo_stack,
                self.tr("Change boundaries"),
                undo,
                lambda: self.store.save_boundaries(after),
                changes,
            )
        self.accept()
