"""The status bar shares a laptop's width between the journal's count and the reminders:
the reminders give way first, so the count is read whole."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from wellbeing.ui.widgets.elided import ElidedButton, ElidedLabel

COUNT = "726 échanges dans le journal"
REMINDER = "Vous avez recadré Brightwell Lettings il y a 16 semaines : est-ce que cela a marché ?"


def bar(qtbot, count: ElidedLabel, width: int) -> tuple[QWidget, list[ElidedButton]]:
    """The holder is returned to be kept: qtbot holds widgets weakly."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    row.addWidget(count)
    reminders = [ElidedButton() for _ in range(3)]
    for button in reminders:
        button.set_full_text(REMINDER)
        row.addWidget(button)
    count.set_full_text(COUNT)
    holder.resize(width, 30)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, reminders


def test_the_count_stays_whole_while_the_reminders_give_way(qtbot):
    count = ElidedLabel(keep_characters=36)
    _holder, reminders = bar(qtbot, count, 1000)
    assert count.text() == COUNT
    assert all(button.text().endswith("…") for button in reminders)
    assert all(button.toolTip() == REMINDER for button in reminders)


def test_without_a_kept_length_the_count_gives_way_like_the_rest(qtbot):
    count = ElidedLabel()
    _holder, _reminders = bar(qtbot, count, 700)
    assert count.text().endswith("…") and count.toolTip() == COUNT
