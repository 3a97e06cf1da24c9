"""Prepare a coaching session: nothing leaves but what was chosen, and the preview shows
exactly what is saved."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from wellbeing.domain.coaching import Section, SessionChoices
from wellbeing.domain.model import Encounter
from wellbeing.sharing.session_pack import WrongCode, read_pack
from wellbeing.ui.check_list_model import KEY_ROLE
from wellbeing.ui.journal_store import JournalStore
from wellbeing.ui.prepare_session_dialog import PrepareSessionDialog

TODAY = date(2026, 3, 20)
CHOSEN_TEXT = "Martin from Zorglub Industries shouted at me again about the invoice."
SECRET_TEXT = "ACME Holdings wanted weekend work; the XYZZY project is confidential."


@pytest.fixture
def store(db) -> JournalStore:
    return JournalStore(db)


@pytest.fixture
def journal(store: JournalStore) -> dict[str, Encounter]:
    """Two clients, two texts in the last four weeks and one long before."""

    def log(client: str, day: date, text: str) -> Encounter:
        encounter = Encounter("", datetime.combine(day, time(10)), 7, what_happened=text)
        return store.save_encounter(encounter, client).value[0]

    return {
        "chosen": log("Zorglub Industries", date(2026, 3, 10), CHOSEN_TEXT),
        "secret": log("ACME Holdings", date(2026, 3, 12), SECRET_TEXT),
        "old": log("ACME Holdings", date(2025, 12, 1), "Long ago."),
    }


@pytest.fixture
def open_dialog(qtbot, store: JournalStore, journal):
    def make() -> PrepareSessionDialog:
        dialog = PrepareSessionDialog(store, "en", TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return dialog

    return make


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick_text(qtbot, dialog: PrepareSessionDialog, encounter_id: str) -> None:
    """Tick an encounter's text with the keyboard, as a person would."""
    model = dialog.texts_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data(KEY_ROLE) == encounter_id)
    dialog.texts_view.setFocus()
    dialog.texts_view.setCurrentIndex(model.index(row))
    qtbot.keyClick(dialog.texts_view, Qt.Key.Key_Space)


def save_as(monkeypatch, path: Path) -> list[str]:
    """The save dialog answers `path`; the folder it was opened in is recorded."""
    asked: list[str] = []

    def answer(_parent, _title, start, *_args, **_kwargs):
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def test_by_default_every_section_no_text_and_pseudonyms(open_dialog, journal):
    dialog = open_dialog()

    assert all(box.isChecked() for box in dialog.section_boxes.values())
    assert not dialog.real_names.isChecked()
    assert dialog.texts_model.checked == set()
    assert dialog.choices() == SessionChoices(date(2026, 2, 21), TODAY)
    listed = {dialog.texts_model.index(r).data(KEY_ROLE) for r in range(2)}
    assert listed == {journal["chosen"].id, journal["secret"].id}  # the old one is outside
    assert dialog.texts_preview.toPlainText() == "No text of yours will leave."
    assert not dialog.since_last.isVisible()  # no pack was ever written


def test_a_chosen_text_leaves_redacted_and_pseudonymised_and_nothing_else(
    qtbot, open_dialog, journal, monkeypatch, tmp_path
):
    dialog = open_dialog()
    tick_text(qtbot, dialog, journal["chosen"].id)
    qtbot.keyClicks(dialog.redactions, "Martin")

    shown = dialog.texts_preview.toPlainText()
    assert "[…] from Client B shouted at me again" in shown
    assert "Martin" not in shown and "Zorglub" not in shown and "XYZZY" not in shown

    click(qtbot, dialog.preview_button)
    assert dialog.pages.currentIndex() == 1 and dialog.pdf_pages.pages
    fields = dialog.fields.toPlainText()
    assert "[…] from Client B shouted at me again" in fields
    assert "Client A" in fields and "Martin" not in fields and "ACME" not in fields

    asked = save_as(monkeypatch, tmp_path / "session")
    click(qtbot, dialog.save_pack_button)

    written = tmp_path / "session.wbpack"
    data = written.read_bytes()
    for never in (b"Martin", b"Zorglub", b"ACME", b"XYZZY", b"Long ago"):
        assert never not in data
    for encounter in journal.values():
        assert encounter.id.encode() not in data
    [text] = read_pack(data).texts
    assert text.text.startswith("[…] from Client B shouted") and text.client == "Client B"
    assert Path(asked[0]).name == "coaching-session-2026-03-20.wbpack"
    assert str(written) in dialog.saved.text()


def test_sealing_shows_a_code_that_opens_the_pack(qtbot, open_dialog, monkeypatch, tmp_path):
    dialog = open_dialog()
    click(qtbot, dialog.preview_button)
    assert not dialog.code_box.isVisible()

    click(qtbot, dialog.seal)

    code = dialog.code_label.text()
    assert dialog.code_box.isVisible() and re.fullmatch(
        r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code
    )
    assert "in person" in dialog.code_hint.text()
    click(qtbot, dialog.copy_code)
    assert QApplication.clipboard().text() == code
    save_as(monkeypatch, tmp_path / "sealed.wbpack")
    click(qtbot, dialog.save_pack_button)

    data = (tmp_path / "sealed.wbpack").read_bytes()
    with pytest.raises(WrongCode):
        read_pack(data)
    assert read_pack(data, code).sections == tuple(Section)
    assert "only with the code" in dialog.saved.text()


def test_saving_the_report_writes_the_previewed_pdf(qtbot, open_dialog, monkeypatch, tmp_path):
    dialog = open_dialog()
    qtbot.keyClick(dialog.period_from, Qt.Key.Key_Return)  # Enter previews
    assert dialog.pages.currentIndex() == 1
    save_as(monkeypatch, tmp_path / "report")
    click(qtbot, dialog.save_report_button)

    written = (tmp_path / "report.pdf").read_bytes()
    assert written.startswith(b"%PDF") and written == dialog.pdf
    assert "report was saved" in dialog.saved.text()


def test_a_section_left_out_and_a_client_left_out_stay_out(
    qtbot, open_dialog, journal, monkeypatch, tmp_path
):
    dialog = open_dialog()
    goals = dialog.section_boxes[Section.GOALS]
    goals.setFocus()
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    dialog.clients_model.set_checked(journal["secret"].client_id, False)
    assert [dialog.texts_model.index(0).data(KEY_ROLE)] == [journal["chosen"].id]
    click(qtbot, dialog.preview_button)
    save_as(monkeypatch, tmp_path / "pack.wbpack")
    click(qtbot, dialog.save_pack_button)

    content = read_pack((tmp_path / "pack.wbpack").read_bytes())
    assert Section.GOALS not in content.sections
    assert [c.name for c in content.clients] == ["Client A"]  # Zorglub alone, renamed


def test_a_period_that_cannot_be_is_said_beside_it(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.period_to.setDate(dialog.period_from.date().addDays(-1))
    click(qtbot, dialog.preview_button)
    assert dialog.pages.currentIndex() == 0
    assert dialog.period_problem.isVisible()
    assert "starts after it ends" in dialog.period_problem.text()


def test_a_refused_target_is_one_sentence_and_nothing_is_written(
    qtbot, open_dialog, monkeypatch, tmp_path
):
    dialog = open_dialog()
    click(qtbot, dialog.preview_button)
    save_as(monkeypatch, tmp_path / "missing" / "pack.wbpack")
    click(qtbot, dialog.save_pack_button)
    assert dialog.preview_problem.isVisible()
    assert "could not be written" in dialog.preview_problem.text()
    assert not (tmp_path / "missing").exists()


def test_the_since_last_pack_choice_follows_a_written_pack(
    qtbot, store, open_dialog, monkeypatch, tmp_path
):
    dialog = open_dialog()
    dialog._set_period(date(2026, 3, 1), date(2026, 3, 15))
    click(qtbot, dialog.preview_button)
    save_as(monkeypatch, tmp_path / "pack.wbpack")
    click(qtbot, dialog.save_pack_button)
    assert store.last_pack_through() == date(2026, 3, 15)

    again = open_dialog()
    assert again.since_last.isVisible()
    assert again.period() == (date(2026, 3, 16), TODAY)


def test_escape_closes_without_writing(qtbot, open_dialog, tmp_path):
    dialog = open_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert list(tmp_path.iterdir()) == []


def test_the_lists_are_well_behaved_models(qtmodeltester, open_dialog):
    dialog = open_dialog()
    qtmodeltester.check(dialog.clients_model)
    qtmodeltester.check(dialog.texts_model)


def test_the_two_columns_stack_when_they_do_not_fit_side_by_side(qtbot, open_dialog):
    """Large text on a laptop: one column above the other, never a sideways scroll."""
    from PySide6.QtCore import Qt

    from wellbeing.ui.widgets.adaptive_splitter import AdaptiveSplitter

    dialog = open_dialog()
    columns = dialog.findChild(AdaptiveSplitter)
    dialog.resize(1200, 700)
    qtbot.waitUntil(lambda: columns.orientation() == Qt.Orientation.Horizontal)
    dialog.resize(560, 700)
    qtbot.waitUntil(lambda: columns.orientation() == Qt.Orientation.Vertical)
