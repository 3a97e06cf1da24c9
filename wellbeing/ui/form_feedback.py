"""Two habits of a calm form: mistakes said beside their field, and lines that keep their room.

A mistake is one sentence under the field it concerns, not a pop-up that hides the form:
the person reads it where they will fix it, and it goes away as soon as they do. A line
whose wording changes while the person works (a hint, a caption, a message) keeps the
height of its longest wording, so that the controls below it never move under the pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wellbeing.domain.vocabulary import Term

PROBLEM_MARK = "⚠"
"""Said before every problem, so that its meaning does not rest on its colour alone."""


class RoomKeeper(QObject):
    """Keeps a word-wrapped label as tall as the tallest of the texts it may show, at its
    current width: a two-line hint that becomes one line leaves its second line empty."""

    def __init__(self, label: QLabel, texts: Callable[[], Iterable[str]]) -> None:
        super().__init__(label)
        self._label = label
        self._texts = texts
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._label and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.refresh()
        return False

    def refresh(self) -> None:
        """Measure again: the texts or the font changed."""
        label = self._label
        width = label.contentsRect().width() - 2 * label.margin()
        if width <= 0:
            return
        metrics = label.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap.value | label.alignment().value
        area = QRect(0, 0, width, 100_000)
        tallest = max(
            (metrics.boundingRect(area, flags, text).height() for text in self._texts() if text),
            default=0,
        )
        margins = label.contentsMargins()
        needed = tallest + margins.top() + margins.bottom() + 2 * label.margin() if tallest else 0
        if needed != label.minimumHeight():
            label.setMinimumHeight(needed)


def scale_captions(low: int, high: int, anchors: dict[int, Term], lang: str) -> list[str]:
    """Every caption a ScaleButtons shows under its buttons (the anchors, then each value
    with its nearest anchor), to measure the room they need. It mirrors the wording of
    wellbeing.ui.widgets.scale; were that wording to change, only the measure would be off."""
    first, last = anchors.get(low), anchors.get(high)
    texts = [f"{low} = {first.label(lang)} · {high} = {last.label(lang)}"] if first and last else []
    for value in range(low, high + 1):
        nearest = min(anchors, key=lambda anchor: abs(anchor - value))
        label = anchors[nearest].label(lang)
        texts.append(f"{value}: {label}" if nearest == value else f"{value} (≈ {label})")
    return texts


def keep_caption_room(scale: QWidget, texts: Iterable[str]) -> RoomKeeper | None:
    """A ScaleButtons' caption keeps the room of its longest wording; None if it has none."""
    caption = scale.findChild(QLabel)
    if caption is None:
        return None
    kept = list(texts)
    return RoomKeeper(caption, lambda: kept)


class ProblemLabel(QLabel):
    """One sentence under a field, in the style sheet's problem colour and after a ⚠.

    Once said, its room stays while the form is being corrected (the controls below do not
    jump up when the person fixes the field); `reset` gives the room back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("problem", True)
        self.setWordWrap(True)
        self.setVisible(False)
        self._sentence = ""

    @property
    def sentence(self) -> str:
        """The problem said now, or an empty string."""
        return self._sentence

    def say(self, sentence: str) -> None:
        self._sentence = sentence
        self.setText(f"{PROBLEM_MARK} {sentence}")
        self._retain(True)
        self.setVisible(True)

    def clear_problem(self) -> None:
        """The field was corrected: the sentence goes, its room stays until `reset`."""
        self._sentence = ""
        self.setVisible(False)

    def reset(self) -> None:
        self.clear_problem()
        self._retain(False)
        self.setText("")

    def _retain(self, retained: bool) -> None:
        policy = self.sizePolicy()
        if policy.retainSizeWhenHidden() != retained:
            policy.setRetainSizeWhenHidden(retained)
            self.setSizePolicy(policy)


def with_problem(field: QWidget, problem: ProblemLabel) -> QWidget:
    """A field with its problem line under it, as one row of a form layout."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(problem)
    return box
