"""The advice thresholds editor: every threshold in plain words, only changes stored, undo."""

from __future__ import annotations

from dataclasses import fields

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QSpinBox

from wellbeing.analysis import evidence
from wellbeing.analysis.advice import Thresholds
from wellbeing.store import settings
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.thresholds_dialog import FOLLOW_UP, THRESHOLDS_CHANGED, ThresholdsDialog


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def open_dialog(qtbot, store: JournalStore, undo_stack: QUndoStack):
    def make() -> ThresholdsDialog:
        dialog = ThresholdsDialog(store, undo_stack, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def save(qtbot, dialog: ThresholdsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_every_threshold_has_a_spin_box_with_its_range_words_and_meaning(open_dialog):
    dialog = open_dialog()
    for spec in fields(Thresholds):
        spin = dialog.spins[spec.name]
        low = spec.metadata["low"]
        if spec.name == "min_half_encounters":  # below the shared minimum has no effect
            low = evidence.MIN_SIDE
        assert (spin.minimum(), spin.maximum()) == (low, spec.metadata["high"])
        assert spin.value() == getattr(Thresholds(), spec.name)
        assert isinstance(spin, QDoubleSpinBox if spec.type in (float, "float") else QSpinBox)
        assert spin.toolTip().endswith(".")
        assert "_" not in dialog.labels[spec.name]
    weeks = dialog.spins[FOLLOW_UP]
    assert (weeks.minimum(), weeks.maximum(), weeks.value()) == (2, 26, 6)
    assert dialog.labels["watch_mean_impact"] == "Watch from this mean impact"
    assert dialog.spins["watch_mean_impact"].toolTip() == (
        "Mean impact of the difficult encounters, on the 0–10 scale."
    )


def test_the_dialog_shows_what_is_stored(open_dialog, store):
    store.put_setting(settings.ADVICE_THRESHOLDS, {"watch_difficult_share": 40, "min_weeks": 2})
    store.put_setting(settings.REFRAME_FOLLOW_UP_WEEKS, 10)
    dialog = open_dialog()
    assert dialog.spins["watch_difficult_share"].value() == 40
    assert dialog.spins["min_weeks"].value() == 2
    assert dialog.spins["window_weeks"].value() == 12
    assert dialog.spins[FOLLOW_UP].value() == 10


def test_only_the_values_that_differ_are_saved_with_undo(qtbot, open_dialog, store, undo_stack):
    store.put_setting(settings.ADVICE_THRESHOLDS, {"from_a_later_version": 3})
    dialog = open_dialog()
    dialog.spins["watch_mean_impact"].setValue(6.5)
    dialog.spins["reframe_crossings"].setValue(6)
    dialog.spins[FOLLOW_UP].setValue(8)
    with qtbot.waitSignal(store.changed) as announced:
        save(qtbot, dialog)
    assert announced.args == [THRESHOLDS_CHANGED, None]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.setting(settings.ADVICE_THRESHOLDS) == {
        "from_a_later_version": 3,
        "watch_mean_impact": 6.5,
        "reframe_crossings": 6,
    }
    assert store.setting(settings.REFRAME_FOLLOW_UP_WEEKS) == 8

    assert undo_stack.undoText() == "Change advice thresholds"
    undo_stack.undo()
    assert store.setting(settings.ADVICE_THRESHOLDS) == {"from_a_later_version": 3}
    assert store.setting(settings.REFRAME_FOLLOW_UP_WEEKS) == 6
    undo_stack.redo()
    assert store.setting(settings.ADVICE_THRESHOLDS)["watch_mean_impact"] == 6.5


def test_restore_defaults_fills_the_form_and_saves_only_on_save(qtbot, open_dialog, store):
    store.put_setting(settings.ADVICE_THRESHOLDS, {"watch_disrespect": 2, "reframe_disrespect": 3})
    dialog = open_dialog()
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.spins["watch_disrespect"].value() == 1
    assert dialog.spins["reframe_disrespect"].value() == 2
    assert store.setting(settings.ADVICE_THRESHOLDS) != {}
    save(qtbot, dialog)
    assert store.setting(settings.ADVICE_THRESHOLDS) == {}


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        (
            {"reframe_mean_impact": 4.0},
            "“Reframe from this mean impact” cannot be below “Watch from this mean impact”.",
        ),
        (
            {"window_weeks": 4, "min_weeks": 6},
            "“Weeks the advice looks back” cannot be below “Different weeks needed for advice”.",
        ),
    ],
)
def test_an_impossible_combination_is_refused_in_one_sentence(
    qtbot, open_dialog, store, undo_stack, changes, sentence
):
    dialog = open_dialog()
    for name, value in changes.items():
        dialog.spins[name].setValue(value)
    save(qtbot, dialog)
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == sentence
    assert dialog.isVisible()
    assert store.setting(settings.ADVICE_THRESHOLDS) == {}
    assert undo_stack.count() == 0


def test_saving_without_a_change_records_nothing(qtbot, open_dialog, undo_stack):
    dialog = open_dialog()
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert undo_stack.count() == 0


def test_the_two_columns_stack_when_they_do_not_fit_side_by_side(qtbot, open_dialog):
    """Large text on a laptop: one column above the other, never a sideways scroll."""
    from PySide6.QtCore import Qt

    from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter

    dialog = open_dialog()
    columns = dialog.findChild(AdaptiveSplitter)
    dialog.resize(1200, 600)
    qtbot.waitUntil(lambda: columns.orientation() == Qt.Orientation.Horizontal)
    dialog.resize(420, 600)
    qtbot.waitUntil(lambda: columns.orientation() == Qt.Orientation.Vertical)
    scroll = columns.parentWidget().parentWidget()
    assert scroll.horizontalScrollBar().maximum() == 0
