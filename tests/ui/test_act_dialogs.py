"""Acting on a client: the message builder, ending a relationship, preparing the next contact."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from wellbeing.analysis.messages import date_list, long_date
from wellbeing.analysis.violations import detect_violations
from wellbeing.domain.boundaries import OFFICE, Boundaries, ChannelRule
from wellbeing.domain.model import (
    Client,
    ClientEvent,
    ClientEventKind,
    ClientStatus,
    Encounter,
    EncounterKind,
)
from wellbeing.services.insights import client_advice, load
from wellbeing.ui.dethrone_dialog import DethroneDialog
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.prepare_dialog import PrepareDialog
from wellbeing.ui.reframe_dialog import ReframeDialog

LIMITS = Boundaries(
    working_hours=(OFFICE,) * 5 + (None, None),
    channels=(ChannelRule("social", accepted=False),),
    response_hours=24,
    in_scope="Bookkeeping, not tax advice",
    respect="Politely",
)
PRIVATE = "He shouted about the invoice in front of everyone"
TODAY = date.today()
SATURDAY = TODAY - timedelta(days=(TODAY.weekday() - 5) % 7 + 7)
"""A Saturday one to two weeks ago, inside the advice window."""
WEDNESDAY = SATURDAY + timedelta(days=4)
MOMENT = datetime.combine(TODAY, time(9, 30))
SMALL_SCREEN = (1280, 800)


def words(*days: date) -> str:
    return date_list(days, "en")


@pytest.fixture
def store(db) -> JournalStore:
    journal = JournalStore(db)
    journal.save_boundaries(LIMITS)
    return journal


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


def log(store: JournalStore, encounter: Encounter) -> Encounter:
    flagged = replace(encounter, violations=detect_violations(encounter, LIMITS))
    saved, _created = store.save_encounter(flagged, "ACME").value
    return saved


@pytest.fixture
def client(store: JournalStore) -> Client:
    """Two Saturday calls at 8:00, one shouting on a Wednesday, one good exchange."""
    log(
        store,
        Encounter("", datetime.combine(SATURDAY - timedelta(days=7), time(8)), 6, channel="phone"),
    )
    log(store, Encounter("", datetime.combine(SATURDAY, time(8)), 7, channel="phone"))
    log(
        store,
        Encounter(
            "",
            datetime.combine(WEDNESDAY, time(10)),
            8,
            channel="phone",
            behaviours=("shouting",),
            what_happened=PRIVATE,
        ),
    )
    log(
        store,
        Encounter(
            "", datetime.combine(WEDNESDAY, time(15)), 0, EncounterKind.POSITIVE, channel="email"
        ),
    )
    return store.clients()[0]


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.clock = lambda: MOMENT
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def status_of(store: JournalStore, client: Client) -> ClientStatus:
    found = store.client(client.id)
    assert found is not None
    return found.status


def kinds(store: JournalStore, client: Client) -> list[ClientEventKind]:
    return [event.kind for event in store.client_events(client.id)]


# --- the message builder -----------------------------------------------------------------


def test_the_parts_are_prefilled_from_the_journal_and_the_boundaries(
    qtbot, store, undo_stack, client
):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    facts = dialog.boxes["facts"].toPlainText()
    both = words(SATURDAY - timedelta(days=7), SATURDAY)  # one clause for the same event
    assert f"On {both} you called me on a Saturday at 8:00; " in facts
    assert f"; on {words(WEDNESDAY)} you raised your voice." in facts
    assert PRIVATE not in dialog.message()
    expectation = dialog.boxes["expectation"].toPlainText()
    assert "Monday to Friday, 9:00 to 18:00" in expectation
    assert "Our agreement covers: bookkeeping, not tax advice." in expectation
    assert "next working day" in dialog.boxes["consequence"].toPlainText()
    preview = dialog.preview.toPlainText()
    assert preview.startswith("Hello ACME,") and facts in preview


def test_editing_a_part_changes_the_preview_and_start_again_restores_it(
    qtbot, store, undo_stack, client
):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    box = dialog.boxes["effect"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "I need calm mornings.")
    assert "I need calm mornings." in dialog.preview.toPlainText()
    assert "When the tone rises" not in dialog.preview.toPlainText()
    click(qtbot, dialog.restart_button)
    assert "When the tone rises" in dialog.preview.toPlainText()


def test_copy_puts_the_whole_message_on_the_clipboard(qtbot, store, undo_stack, client):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    QGuiApplication.clipboard().setText("")
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == dialog.message()
    QGuiApplication.clipboard().setText("")
    dialog.boxes["facts"].setFocus()
    qtbot.keyClick(dialog.boxes["facts"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == dialog.message()
    assert dialog.message().endswith("Best regards,")


def test_escape_closes_without_saving(qtbot, store, undo_stack, client):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    qtbot.keyClick(dialog.boxes["effect"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.client_events(client.id) == [] and undo_stack.count() == 0


def test_save_message_keeps_it_in_the_history_with_undo(qtbot, store, undo_stack, client):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    click(qtbot, dialog.save_button)
    [saved] = store.client_events(client.id, ClientEventKind.MESSAGE)
    assert saved.detail == dialog.message() and saved.at == MOMENT
    assert status_of(store, client) == ClientStatus.ACTIVE
    undo_stack.undo()
    assert store.client_events(client.id) == []


def test_mark_as_reframed_records_status_and_message_as_one_undo_step(
    qtbot, store, undo_stack, client
):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    click(qtbot, dialog.reframe_button)
    assert not dialog.reframe_button.isEnabled()  # a second click would record it twice
    assert status_of(store, client) == ClientStatus.REFRAMED
    assert sorted(kinds(store, client)) == [ClientEventKind.MESSAGE, ClientEventKind.REFRAMED]
    reframed = store.client_events(client.id, ClientEventKind.REFRAMED)[0]
    assert reframed.at == MOMENT and "Monday to Friday" in reframed.detail
    assert undo_stack.count() == 1 and undo_stack.undoText() == "Reframe ACME"
    assert "marked as reframed today" in dialog.feedback.text()

    undo_stack.undo()
    assert status_of(store, client) == ClientStatus.ACTIVE
    assert store.client_events(client.id) == []
    undo_stack.redo()
    assert status_of(store, client) == ClientStatus.REFRAMED
    assert len(store.client_events(client.id)) == 2


def test_escape_asks_before_losing_an_edited_message(qtbot, store, undo_stack, client, answer):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    qtbot.keyClicks(dialog.boxes["consequence"], " Or we part ways.")
    answer.reply = QMessageBox.StandardButton.No

    qtbot.keyClick(dialog.boxes["consequence"], Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and "Copy or save it first" in answer.asked[0]
    assert dialog.isVisible()
    assert "Or we part ways." in dialog.boxes["consequence"].toPlainText()

    click(qtbot, dialog.copy_button)  # copied: nothing would be lost now
    qtbot.keyClick(dialog.boxes["consequence"], Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and not dialog.isVisible()


def test_the_untouched_draft_closes_without_asking(qtbot, store, undo_stack, client, answer):
    dialog = shown(qtbot, ReframeDialog(store, undo_stack, "en", client, None))
    qtbot.keyClick(dialog.boxes["facts"], Qt.Key.Key_Escape)
    assert answer.asked == [] and not dialog.isVisible()


# --- ending the relationship ---------------------------------------------------------------


class Confirmation:
    """Answers the modal question instead of the user, and keeps what it said."""

    def __init__(self) -> None:
        self.reply = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []

    def __call__(self, _parent, _title, text, *_args, **_kwargs) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.reply


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Confirmation:
    confirmation = Confirmation()
    monkeypatch.setattr(QMessageBox, "question", confirmation)
    return confirmation


def test_set_as_dethroned_after_confirming_with_undo(qtbot, store, undo_stack, client, answer):
    dialog = shown(qtbot, DethroneDialog(store, undo_stack, "en", client, None))
    answer.reply = QMessageBox.StandardButton.Cancel
    click(qtbot, dialog.dethrone_button)
    assert status_of(store, client) == ClientStatus.ACTIVE and undo_stack.count() == 0

    answer.reply = QMessageBox.StandardButton.Yes
    click(qtbot, dialog.dethrone_button)
    assert "stays in your history" in answer.asked[-1] and "active advice" in answer.asked[-1]
    assert status_of(store, client) == ClientStatus.DETHRONED
    assert kinds(store, client) == [ClientEventKind.DETHRONED]
    assert not dialog.dethrone_button.isEnabled()
    assert undo_stack.undoText() == "Dethrone ACME"

    undo_stack.undo()
    assert status_of(store, client) == ClientStatus.ACTIVE
    assert store.client_events(client.id) == []
    assert dialog.dethrone_button.isEnabled()


def test_the_summary_leaves_private_notes_out_unless_asked(qtbot, store, undo_stack, client):
    dialog = shown(qtbot, DethroneDialog(store, undo_stack, "en", client, None))
    summary = dialog.summary.toPlainText()
    assert "Incident summary: ACME" in summary
    assert "Encounters recorded: 4 (3 difficult, 75 %; 1 positive)." in summary
    assert PRIVATE not in summary and not dialog.private_warning.isVisible()
    dialog.include_private.setFocus()
    qtbot.keyClick(dialog.include_private, Qt.Key.Key_Space)
    assert PRIVATE in dialog.summary.toPlainText()
    assert dialog.private_warning.isVisible()
    assert dialog.checks[0].text().startswith("Check the notice period")


def test_save_summary_writes_the_file_whole(
    qtbot, store, undo_stack, client, tmp_path, monkeypatch
):
    dialog = shown(qtbot, DethroneDialog(store, undo_stack, "en", client, None))
    target = tmp_path / "summary.txt"
    target.write_text("an older summary", encoding="utf-8")
    offered: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(target), "Text files (*.txt)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    save = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Save as text file…")
    click(qtbot, save)
    assert Path(offered[0]).name == "ACME - incident summary.txt"
    assert target.read_text(encoding="utf-8") == dialog.summary_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.txt"]  # no temporary left
    assert f"Summary saved to {target}." == dialog.feedback.text()


def test_a_summary_that_cannot_be_written_says_so_in_one_sentence(
    qtbot, store, undo_stack, client, tmp_path
):
    dialog = shown(qtbot, DethroneDialog(store, undo_stack, "en", client, None))
    missing = tmp_path / "gone" / "summary.txt"
    assert not dialog.write_summary(missing)
    assert dialog.feedback.isVisible()
    assert dialog.feedback.text().startswith(f"{missing} could not be written (")
    assert dialog.feedback.text().endswith("try another folder.")


# --- preparing the next contact ------------------------------------------------------------


def label_texts(dialog: QDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_prepare_shows_incidents_limits_message_and_advice(qtbot, store, undo_stack, client):
    store.save_client_event(
        ClientEvent(client.id, MOMENT - timedelta(days=1), ClientEventKind.MESSAGE, "Dear ACME")
    )
    [advice] = client_advice(load(store.db), TODAY)
    assert advice.level is None  # four encounters are too few
    dialog = shown(qtbot, PrepareDialog(store, undo_stack, "en", client, advice))
    texts = label_texts(dialog)
    assert "Before your next contact with ACME" in texts
    assert "No advice yet for this client." in texts
    assert "Not enough data for advice yet" in texts  # the reason, as a sentence
    assert f"{long_date(WEDNESDAY, 'en')}, 10:00, phone: raised their voice; spoken to" in texts
    assert f"{long_date(SATURDAY, 'en')}, 08:00, phone: on a day off" in texts
    assert "My working hours are Monday to Friday, 9:00 to 18:00." in texts
    assert "I do not take work requests on social media." in texts
    assert dialog.message_box.toPlainText() == "Dear ACME"
    assert dialog.planned.text() == "No contact planned."

    reframe = replace(advice, level="reframe")
    again = shown(qtbot, PrepareDialog(store, undo_stack, "en", client, reframe))
    assert "The advice is to reframe this relationship" in label_texts(again)


def test_plan_a_contact_then_cancel_it_with_undo(qtbot, store, undo_stack, client):
    dialog = shown(qtbot, PrepareDialog(store, undo_stack, "en", client, None))
    dialog.refresh_plan()  # with the test clock
    planned = datetime.combine(TODAY + timedelta(days=2), time(14, 30))
    dialog.when.setDateTime(QDateTime(planned.year, planned.month, planned.day, 14, 30, 0))
    click(qtbot, dialog.plan_button)
    [event] = store.client_events(client.id, ClientEventKind.CONTACT_PLANNED)
    assert event.at == planned
    assert dialog.planned.text().startswith("Planned: ")
    assert dialog.planned.text().endswith(" at 14:30.")
    assert dialog.cancel_button.isVisible()

    click(qtbot, dialog.cancel_button)
    assert store.client_events(client.id) == []
    assert dialog.planned.text() == "No contact planned."
    assert not dialog.cancel_button.isVisible()
    undo_stack.undo()  # the plan comes back
    assert dialog.planned.text().endswith(" at 14:30.")


def test_a_new_plan_replaces_the_one_still_to_come(qtbot, store, undo_stack, client):
    first = datetime.combine(TODAY + timedelta(days=3), time(10))
    store.save_client_event(ClientEvent(client.id, first, ClientEventKind.CONTACT_PLANNED))
    dialog = shown(qtbot, PrepareDialog(store, undo_stack, "en", client, None))
    later = first + timedelta(days=1)
    dialog.when.setDateTime(QDateTime(later.year, later.month, later.day, 10, 0, 0))
    click(qtbot, dialog.plan_button)
    assert [e.at for e in store.client_events(client.id)] == [later]
    undo_stack.undo()
    assert [e.at for e in store.client_events(client.id)] == [first]


# --- how they look -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_dialog_fits_a_small_screen_and_renders(qtbot, store, undo_stack, client, lang):
    from wellbeing.ui.app import create_application

    create_application(lang)  # the app's style sheet and translators, as users see them
    try:
        for name, kind in (
            ("reframe", ReframeDialog),
            ("dethrone", DethroneDialog),
            ("prepare", PrepareDialog),
        ):
            dialog = shown(qtbot, kind(store, undo_stack, lang, client, None))
            hint = dialog.minimumSizeHint()
            assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1], name
            assert not dialog.grab().isNull()
            dialog.close()
    finally:
        create_application("en")
    assert QApplication.instance() is not None
