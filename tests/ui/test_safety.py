"""Backups from the GUI, a damaged journal, a full disk, a second start, a killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import PASSPHRASE
from wellbeing.store import journal, open_journal
from wellbeing.store.backup import list_backups, make_backup
from wellbeing.ui import app as app_module
from wellbeing.ui.backups_dialog import BackupsDialog
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.single_instance import SingleInstance

from .test_journal_page import quick_log


def test_a_daily_backup_is_made_while_the_app_runs(qtbot, window, journal_path: Path):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    window.backup_if_due()
    [backup] = list_backups(journal_path)
    assert backup.reason == "daily"
    window.backup_if_due()  # not due again the same day
    assert len(list_backups(journal_path)) == 1


def test_restore_a_backup_from_the_file_menu(qtbot, window, journal_path: Path, monkeypatch):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    make_backup(window.store.db, journal_path, "manual")
    quick_log(qtbot, window, "Globex", 2, "calm", "impatient")
    assert window.journal_page.proxy.rowCount() == 2

    def choose_first(dialog: BackupsDialog) -> int:
        assert dialog.list.count() == 1 and "made by hand" in dialog.list.item(0).text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupsDialog, "exec", choose_first)
    window.restore_backup()
    assert window.statusBar().currentMessage() == "Backup restored."
    assert window.journal_page.proxy.rowCount() == 1
    assert sorted(b.reason for b in list_backups(journal_path)) == ["before-restore", "manual"]


def test_a_damaged_journal_offers_its_latest_backup(qtbot, journal_path: Path, monkeypatch):
    from wellbeing.store import create_journal

    db = create_journal(journal_path, PASSPHRASE)[0]
    journal.ensure_client(db, "Acme")
    make_backup(db, journal_path, "daily")
    db.close()
    with open(journal_path, "r+b") as handle:  # a disk error scrambles the first pages
        handle.write(os.urandom(8192))
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    app_module.create_application("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    app_module.open_at_start(app_module.QApplication.instance(), window, journal_path)
    assert "cannot be read" in questions[0] and "Restore the latest backup" in questions[0]
    assert window.store is not None
    assert [c.name for c in window.store.clients()] == ["Acme"]
    window.close()


def test_a_full_disk_refuses_the_save_keeps_the_form_and_loses_nothing(qtbot, window, warnings):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    pages = window.store.db.execute("PRAGMA page_count").fetchone()[0]
    window.store.db.execute(f"PRAGMA max_page_count = {pages}")  # no room left to grow
    form = window.journal_page.form
    qtbot.keyClicks(form.client.lineEdit(), "Globex")
    qtbot.mouseClick(form.impact.button(4), Qt.MouseButton.LeftButton)
    form.expand()
    form.what_happened.setPlainText("A long story. " * 2000)
    qtbot.keyClick(form.client.lineEdit(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert warnings == []  # said above the Save button, not in a pop-up
    assert form.problem_said("") == (
        "The journal could not be written (the disk is full); nothing saved before was lost."
    )
    assert form.client_name() == "Globex"  # nothing typed is lost either
    assert [e.impact for e in journal.list_encounters(window.store.db)] == [7]


def test_a_second_start_on_the_same_journal_wakes_the_first(qtbot, journal_path: Path):
    first = SingleInstance(journal_path)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert not SingleInstance(journal_path).claim()
    first.release()
    other = SingleInstance(journal_path.with_name("other.wbj"))
    assert other.claim()  # another journal is another window
    other.release()


def test_a_socket_name_it_cannot_listen_on_does_not_stop_the_app(
    qtbot, journal_path: Path, tmp_path: Path, monkeypatch
):
    """Another user may have taken the name: the app still opens, without the hand-over."""
    from wellbeing.ui import single_instance

    taken = tmp_path / "not a folder"
    taken.write_text("")
    monkeypatch.setattr(single_instance, "server_name", lambda journal: str(taken / "socket"))
    instance = SingleInstance(journal_path)
    assert instance.claim()
    assert not instance.server.isListening()
    instance.release()


TYPE_AND_WAIT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from wellbeing.store import journal
from wellbeing.ui.app import build_window, create_application
app, lang = create_application("en")
window = build_window(Path(sys.argv[1]), lang)
window.show()
form = window.journal_page.form
form.client.setEditText("Draft client")
form.impact.set_value(6)
form.expand()
form.what_happened.setPlainText("Half a story, typed and never saved")
while journal.load_draft(window.store.db) is None:
    app.processEvents()
print("DRAFT KEPT", flush=True)
while True:
    app.processEvents()
"""


def test_a_draft_typed_in_the_window_survives_kill_9(journal_path: Path):
    from wellbeing.store import create_journal

    create_journal(journal_path, PASSPHRASE)[0].close()
    process = subprocess.Popen(
        [sys.executable, "-c", TYPE_AND_WAIT, str(journal_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "DRAFT KEPT"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    db = open_journal(journal_path, PASSPHRASE)
    draft, _saved_at = journal.load_draft(db)
    db.close()
    assert draft["client"] == "Draft client" and draft["impact"] == 6
    assert draft["what_happened"] == "Half a story, typed and never saved"
