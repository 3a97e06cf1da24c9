"""The encounter form says problems beside their fields, keeps still under the pointer, and
speaks of a positive encounter as one (issue 15)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from wellbeing.domain.boundaries import Boundaries
from wellbeing.domain.model import Encounter, EncounterKind
from wellbeing.domain.when import Shorthand
from wellbeing.store import journal
from wellbeing.store.errors import StorageFailure
from wellbeing.ui.encounter_form import EncounterForm

from .test_journal_page import cell, quick_log

NEVER_AT_WORK = Boundaries(working_hours=(None,) * 7)
"""Every day a day off: any time shown crosses a boundary."""


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle() -> None:
    """Let the layouts apply what just changed (they run from posted events)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def top_of(widget: QWidget, form: EncounterForm) -> int:
    return widget.mapTo(form, QPoint(0, 0)).y()


def save_with_ctrl_enter(qtbot, form: EncounterForm) -> None:
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


# --- problems beside their fields ------------------------------------------------------


def test_each_problem_is_said_under_its_field_and_goes_once_corrected(qtbot, window, warnings):
    form = window.journal_page.form
    click(qtbot, form.emotions.button("angry"))
    save_with_ctrl_enter(qtbot, form)

    assert warnings == []  # no pop-up
    assert form.problem_said("client") == "Pick or type the client first."
    assert form.problem_said("impact") == "Set the emotional impact, from 0 (no effect) to 10."
    client_line = form.problems["client"]
    assert client_line.isVisible() and client_line.text().startswith("⚠ ")  # not colour alone
    assert client_line.property("problem") is True
    assert top_of(form.client, form) < top_of(client_line, form) < top_of(form.when, form)
    assert form.client.lineEdit().hasFocus()
    assert journal.count_encounters(window.store.db) == 0

    qtbot.keyClicks(form.client.lineEdit(), "A")
    assert not client_line.isVisible() and form.problem_said("client") == ""
    assert form.problems["impact"].isVisible()
    click(qtbot, form.impact.button(6))
    assert not form.problems["impact"].isVisible()

    save_with_ctrl_enter(qtbot, form)
    assert journal.count_encounters(window.store.db) == 1


def test_a_date_in_the_future_is_said_under_the_date(qtbot, window, warnings):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.impact.button(4))
    form.when.setDateTime(QDateTime(datetime(datetime.now().year + 2, 1, 5, 10, 0)))
    click(qtbot, form.save_button)

    assert warnings == []
    assert form.problem_said("when") == "The encounter's date is in the future."
    line = form.problems["when"]
    assert top_of(form.when, form) < top_of(line, form) < top_of(form.when_choices, form)
    assert form.when.hasFocus()
    assert journal.count_encounters(window.store.db) == 0
    assert journal.list_clients(window.store.db) == []

    click(qtbot, form.when_choices.button(Shorthand.NOW))
    assert form.problem_said("when") == "" and not line.isVisible()


def test_a_problem_of_no_field_is_said_above_the_buttons(qtbot, window, warnings, monkeypatch):
    page = window.journal_page
    failure = StorageFailure("The journal could not be written (the disk is full).")
    failure.code = "disk_full"

    def refuse(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr(page.store, "save_entry", refuse)
    form = page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.impact.button(4))
    click(qtbot, form.save_button)

    assert warnings == []
    said = form.problem_said("")
    assert said.startswith("The journal could not be written (the disk is full)")
    line = form.problems[""]
    assert line.isVisible()
    assert top_of(form.scroll_area, form) < top_of(line, form) < top_of(form.save_button, form)
    assert form.client_name() == "Acme"  # nothing typed is lost


def test_a_huge_text_is_said_under_it_with_the_details_open(qtbot, window, warnings):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.impact.button(4))
    form.next_time.setPlainText("x" * 100_001)
    click(qtbot, form.save_button)

    assert warnings == []
    said = form.problem_said("next_time")
    assert "100,001" in said and "100,000" in said
    assert form.details.isVisible() and form.next_time.hasFocus()
    assert journal.count_encounters(window.store.db) == 0
    form.next_time.setPlainText("Shorter.")
    assert form.problem_said("next_time") == ""


# --- Clear, or Cancel editing ----------------------------------------------------------


def test_the_second_button_cancels_the_editing_of_a_saved_encounter(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    page = window.journal_page
    form = page.form
    assert form.cancel_button.text() == "Clear"
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert form.cancel_button.text() == "Cancel editing"

    click(qtbot, form.impact.button(2))
    qtbot.waitUntil(lambda: journal.load_draft(window.store.db) is not None)
    click(qtbot, form.cancel_button)
    qtbot.waitUntil(lambda: journal.load_draft(window.store.db) is None)  # not offered later
    assert form.editing is None
    assert form.title.text() == "New encounter"
    assert form.client_name() == "" and form.impact.value() is None
    assert form.cancel_button.text() == "Clear"
    assert [e.impact for e in journal.list_encounters(window.store.db)] == [7]
    assert cell(window, 0, "impact") == "7"


# --- a positive encounter, worded as one ------------------------------------------------


def captions(scale: QWidget) -> list[str]:
    return [label.text() for label in scale.findChildren(QLabel)]


def test_a_positive_encounter_offers_what_the_client_did_well(qtbot, window):
    form = window.journal_page.form
    assert form.behaviours.isVisible() and not form.good_behaviours.isVisible()
    qtbot.keyClicks(form.client.lineEdit(), "Initech")
    click(qtbot, form.positive)

    assert form.good_behaviours.isVisible() and not form.behaviours.isVisible()
    assert form.good_behaviours_heading.text() == "What the client did well"
    assert "0 = no effect · 10 = it lifted me up" in captions(form.impact)
    click(qtbot, form.impact.button(8))
    click(qtbot, form.good_behaviours.button("thanked_me"))
    click(qtbot, form.good_behaviours.button("paid_on_time"))
    save_with_ctrl_enter(qtbot, form)

    [saved] = journal.list_encounters(window.store.db)
    assert saved.kind == EncounterKind.POSITIVE and saved.impact == 8
    assert set(saved.behaviours) == {"thanked_me", "paid_on_time"}
    assert saved.violations == ()
    assert set(cell(window, 0, "behaviours").split(", ")) == {"thanked me", "paid on time"}


def test_switching_the_kind_keeps_the_impact_and_every_tick_in_sight(qtbot, window):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.impact.button(3))
    click(qtbot, form.behaviours.button("impatient"))
    click(qtbot, form.positive)
    assert form.impact.value() == 3
    # A tick made under "Difficult" stays in sight, and is saved, until it is unticked.
    assert form.behaviours.isVisible() and form.behaviours.selected() == ("impatient",)
    assert form.good_behaviours.isVisible()
    click(qtbot, form.good_behaviours.button("clear_request"))
    click(qtbot, form.difficult)
    assert form.impact.value() == 3
    assert form.good_behaviours.selected() == ("clear_request",)
    click(qtbot, form.positive)
    save_with_ctrl_enter(qtbot, form)
    [saved] = journal.list_encounters(window.store.db)
    assert set(saved.behaviours) == {"impatient", "clear_request"}


def test_an_older_positive_encounter_keeps_its_difficult_tags_in_sight(qtbot):
    form = EncounterForm("en")
    qtbot.addWidget(form)
    form.show()
    older = Encounter(
        "c", datetime(2026, 1, 10, 20, 0), 1, EncounterKind.POSITIVE, behaviours=("out_of_hours",)
    )
    form.load(older, "Acme")
    assert form.good_behaviours.isVisible() and form.behaviours.isVisible()
    assert form.read().behaviours == ("out_of_hours",)
    form.new()
    click(qtbot, form.positive)
    assert not form.behaviours.isVisible()


# --- nothing moves under the pointer ---------------------------------------------------


def narrow_form(qtbot, width: int = 360) -> EncounterForm:
    form = EncounterForm("en")
    qtbot.addWidget(form)
    form.resize(width, 700)
    form.show()
    qtbot.waitExposed(form)
    settle()
    return form


def test_choosing_the_time_keeps_the_crossing_lines_room(qtbot):
    form = narrow_form(qtbot)
    form.set_boundaries(NEVER_AT_WORK)
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    settle()
    assert "the time shown is now" in form.crossing.text()
    before = top_of(form.impact, form)
    click(qtbot, form.when_choices.button(Shorthand.NOW))
    settle()
    assert form.crossing.isVisible() and "the time shown is now" not in form.crossing.text()
    assert top_of(form.impact, form) == before


def test_picking_a_value_moves_nothing_below_the_scales(qtbot):
    form = narrow_form(qtbot, 300)
    form.expand()
    settle()
    below_impact = top_of(form.emotions, form)
    click(qtbot, form.positive)  # its scale is worded otherwise, in the same room
    settle()
    assert top_of(form.emotions, form) == below_impact
    below_assertiveness = top_of(form.confidence, form)
    click(qtbot, form.impact.button(7))
    click(qtbot, form.assertiveness.button(2))
    settle()
    assert top_of(form.emotions, form) == below_impact
    assert top_of(form.confidence, form) == below_assertiveness


def test_a_corrected_problem_leaves_its_room_until_the_next_entry(qtbot, window, warnings):
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.save_button)
    settle()
    emotions = top_of(form.emotions, form)
    click(qtbot, form.impact.button(5))  # the problem line under the scale goes…
    settle()
    assert top_of(form.emotions, form) == emotions  # …and the grid does not jump up


# --- after a save -----------------------------------------------------------------------


def test_after_a_save_the_form_is_back_at_its_top_with_the_client_focused(qtbot, window):
    window.resize(1100, 560)
    form = window.journal_page.form
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.client.lineEdit(), "Acme")
    click(qtbot, form.impact.button(6))
    form.next_time.setFocus()
    qtbot.keyClicks(form.next_time, "Answer on Monday.")
    bar = form.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    click(qtbot, form.save_button)

    assert journal.count_encounters(window.store.db) == 1
    assert bar.value() == 0
    assert form.client.lineEdit().hasFocus()


# --- the client's name -----------------------------------------------------------------


def test_tab_in_the_open_completion_list_takes_the_clients_name(qtbot, window):
    """ "Glo" then Tab means Globex, the client the list offers, not a new client "Glo"."""
    quick_log(qtbot, window, "Globex", 4, "angry", "rude")
    quick_log(qtbot, window, "Acme", 3, "angry", "rude")
    form = window.journal_page.form
    form.client.lineEdit().setFocus()
    form.client.setEditText("")
    qtbot.keyClicks(form.client.lineEdit(), "glo")
    popup = form.client.completer().popup()
    qtbot.waitUntil(popup.isVisible)

    qtbot.keyClick(popup, Qt.Key.Key_Tab)

    assert form.client_name() == "Globex"
    assert not popup.isVisible()
    assert not form.client.lineEdit().hasFocus()  # Tab still moves on


def test_escape_closes_the_list_and_keeps_a_new_name_as_typed(qtbot, window):
    quick_log(qtbot, window, "Globex", 4, "angry", "rude")
    form = window.journal_page.form
    form.client.lineEdit().setFocus()
    form.client.setEditText("")
    qtbot.keyClicks(form.client.lineEdit(), "Glo")
    popup = form.client.completer().popup()
    qtbot.waitUntil(popup.isVisible)

    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Tab)
    assert form.client_name() == "Glo"
