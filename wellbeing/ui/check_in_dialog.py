"""The weekly check-in: eleven short questions, answered with the keyboard or the mouse."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wellbeing.domain.checkin import (
    STRAIN_ANSWERS,
    STRAIN_QUESTIONS,
    VERY_LOW_WELLBEING,
    WELLBEING_ANSWERS,
    WELLBEING_QUESTIONS,
    strain_score,
    wellbeing_score,
)
from wellbeing.domain.model import CheckIn
from wellbeing.domain.validation import InvalidValue
from wellbeing.domain.vocabulary import Term
from wellbeing.store.errors import JournalError
from wellbeing.ui.ask_before_closing import AsksBeforeClosing
from wellbeing.ui.errors import explain
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.screen_fit import fit_to_screen
from wellbeing.ui.undo import record
from wellbeing.ui.widgets.flow_layout import FlowLayout

ANSWER_WIDTH = 96
"""Short answers (never, often) still make buttons wide enough to hit."""


def whole(score: float) -> int:
    """Scores read as whole numbers, halves rounded up (Python's round() would go to even)."""
    return int(score + 0.5)


class AnswerRow(QWidget):
    """One question's answers as labelled buttons: a single tab stop, arrows or digits choose.

    Digits count from 1 (the first answer), as they sit on the keyboard.
    """

    changed = Signal()

    def __init__(self, answers: tuple[Term, ...], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._count = len(answers)
        self._group = QButtonGroup(self)
        row = FlowLayout(self, spacing=6)  # long French answers wrap instead of clipping
        row.setContentsMargins(4, 3, 4, 3)
        for value, answer in enumerate(answers):
            button = QPushButton(answer.label(lang), self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop: the row itself
            button.setProperty("chip", True)
            button.setToolTip(f"{answer.label(lang)} ({value + 1})")
            button.setMinimumWidth(ANSWER_WIDTH)
            self._group.addButton(button, value)
            row.addWidget(button)
        self._group.idClicked.connect(self.set_value)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

    def button(self, value: int) -> QPushButton:
        return self._group.button(value)

    def value(self) -> int | None:
        chosen = self._group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int) -> None:
        self._group.button(value).setChecked(True)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        current = self.value()
        if text.isdigit() and 1 <= int(text) <= self._count:
            self.set_value(int(text) - 1)
        elif key == Qt.Key.Key_Right:
            self.set_value(0 if current is None else min(current + 1, self._count - 1))
        elif key == Qt.Key.Key_Left:
            self.set_value(0 if current is None else max(current - 1, 0))
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key == Qt.Key.Key_End:
            self.set_value(self._count - 1)
        else:
            super().keyPressEvent(event)


def _answers(rows: list[AnswerRow]) -> tuple[int, ...]:
    """Unanswered questions are left out, so the store refuses an incomplete check-in."""
    values = (row.value() for row in rows)
    return tuple(value for value in values if value is not None)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    label.setWordWrap(True)
    return label


class CheckInDialog(AsksBeforeClosing):
    """Saving keeps the dialog open on the two scores, so the user sees what they mean."""

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
        self.saved: CheckIn | None = None
        self.setWindowTitle(self.tr("Weekly check-in"))
        self.strain_rows = [AnswerRow(STRAIN_ANSWERS, lang) for _ in STRAIN_QUESTIONS]
        self.wellbeing_rows = [AnswerRow(WELLBEING_ANSWERS, lang) for _ in WELLBEING_QUESTIONS]
        self._build()
        for row in self.rows():
            row.changed.connect(self._update_save)
        self._update_save()
        self.strain_rows[0].setFocus()
        fit_to_screen(self, 960, 660)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Eleven short questions, for you alone. Tab moves to the next question; "
                "the arrow keys or a digit (1 for the first answer) choose the answer."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 4, 0)  # the French answers fit on one line at 1024 px
        column.addWidget(_section(self.tr("Working with clients (this week)")))
        self._add_questions(column, STRAIN_QUESTIONS, self.strain_rows, first=1)
        column.addWidget(_section(self.tr("How you have been (last two weeks)")))
        self._add_questions(
            column, WELLBEING_QUESTIONS, self.wellbeing_rows, first=len(STRAIN_QUESTIONS) + 1
        )
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from question to question
        self.scroll_area = scroll

        self.scores = QLabel()
        self.scores.setProperty("section", True)
        self.scores.setWordWrap(True)
        self.scores.setVisible(False)
        self.meaning = QLabel(
            self.tr("Client strain: higher is heavier. Well-being: higher is better.")
        )
        self.meaning.setProperty("hint", True)
        self.meaning.setWordWrap(True)
        self.meaning.setVisible(False)
        self.support = QFrame()
        self.support.setProperty("banner", True)
        self.support_text = QLabel(
            self.tr(
                "Your well-being has been very low lately. This is not a diagnosis, and you do "
                "not have to carry it alone: it may help to talk with someone you trust, your "
                "manager, occupational health or a doctor."
            )
        )
        self.support_text.setWordWrap(True)
        QVBoxLayout(self.support).addWidget(self.support_text)
        self.support.setVisible(False)
        self.problem = QLabel()
        self.problem.setProperty("problem", True)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save the check-in (Ctrl+Enter)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close_asking)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(Qt.Modifier.CTRL | key), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.scores)
        layout.addWidget(self.meaning)
        layout.addWidget(self.support)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _add_questions(
        self,
        column: QVBoxLayout,
        questions: tuple[Term, ...],
        rows: list[AnswerRow],
        first: int,
    ) -> None:
        """Numbered across both sections: the intro promises eleven questions."""
        for number, (question, row) in enumerate(zip(questions, rows, strict=True), first):
            label = QLabel(f"{number}. {question.label(self.lang)}")
            label.setWordWrap(True)
            row.setAccessibleName(question.label(self.lang))
            column.addWidget(label)
            column.addWidget(row)
            column.addSpacing(4)

    def rows(self) -> list[AnswerRow]:
        return self.strain_rows + self.wellbeing_rows

    def _complete(self) -> bool:
        return all(row.value() is not None for row in self.rows())

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.saved is None and self._complete())

    def check_in(self) -> CheckIn:
        """The answers as given, dated now to the second (an open question leaves a gap)."""
        return CheckIn(
            answered_at=datetime.now().replace(microsecond=0),
            strain=_answers(self.strain_rows),
            wellbeing=_answers(self.wellbeing_rows),
        )

    def save(self) -> None:
        if self.saved is not None or not self._complete():
            return
        try:
            done = self.store.save_check_in(self.check_in())
        except (InvalidValue, JournalError) as error:
            self.problem.setText(explain(error))
            self.problem.setVisible(True)
            return
        saved = done.value
        record(
            self.undo_stack,
            self.tr("Save check-in"),
            lambda: self.store.delete_check_in(saved.id),
            lambda: self.store.save_check_in(saved),
            done.changes,
        )
        self.saved = saved
        self._show_scores(saved)

    def _show_scores(self, check_in: CheckIn) -> None:
        """Answers freeze, the scores appear, and Cancel becomes Close."""
        wellbeing = wellbeing_score(check_in)
        self.scores.setText(
            self.tr("Client strain {strain} / 100 · Well-being {wellbeing} / 100").format(
                strain=whole(strain_score(check_in)), wellbeing=whole(wellbeing)
            )
        )
        for widget in (self.scores, self.meaning):
            widget.setVisible(True)
        self.support.setVisible(wellbeing <= VERY_LOW_WELLBEING)
        self.problem.setVisible(False)
        for row in self.rows():
            row.setEnabled(False)
        self.save_button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setFocus()

    def unsaved_question(self) -> str | None:
        if self.saved is not None or all(row.value() is None for row in self.rows()):
            return None
        return self.tr("Close without saving your answers?")

    def reject(self) -> None:
        """Escape before saving cancels; after saving it simply closes."""
        if self.saved is not None:
            self.accept()
        else:
            super().reject()
