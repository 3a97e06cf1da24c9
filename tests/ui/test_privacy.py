"""Locking, unlocking, first start and passphrase changes, through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import PASSPHRASE
from wellbeing.store import open_journal
from wellbeing.store.connection import verify_passphrase
from wellbeing.ui import app as app_module
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.passphrase_dialogs import NewPassphraseDialog, UnlockDialog

from .test_journal_page import quick_log


def test_ctrl_l_hides_everything_until_the_passphrase_is_typed(qtbot, window):
    quick_log(qtbot, window, "Acme", 7, "angry", "rude")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert not window.tabs.isVisible()
    assert window.counts.full_text() == ""
    assert not window.actions["new"].isEnabled() and not window.actions["find"].isEnabled()

    screen = window.lock_screen
    qtbot.keyClicks(screen.secret, "not the passphrase")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert window.locked and screen.problem.text() == "Wrong passphrase."

    screen.secret.clear()
    qtbot.keyClicks(screen.secret, PASSPHRASE)
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not window.locked
    assert window.tabs.isVisible()
    assert window.counts.full_text() == "1 encounter in the journal"
    assert window.actions["new"].isEnabled()


def test_the_journal_locks_itself_after_the_idle_time(qtbot, window):
    window.idle.timer.setInterval(30)  # minutes in real use; milliseconds here
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locked)
    assert window.stack.currentWidget() is window.lock_screen


def test_locking_keeps_a_half_written_encounter(qtbot, window):
    from wellbeing.store import journal

    qtbot.keyClicks(window.journal_page.form.client.lineEdit(), "Acme")
    window.lock()
    assert journal.load_draft(window.store.db)[0]["client"] == "Acme"


def test_idle_time_is_a_setting_kept_in_the_journal(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (3, True))
    window.choose_idle_lock()
    assert window.idle.timer.interval() == 3 * 60_000
    from wellbeing.store import settings

    assert settings.get(window.store.db, settings.IDLE_LOCK_MINUTES) == 3


def test_change_the_passphrase_from_the_menu(qtbot, window, monkeypatch, journal_path: Path):
    def fill(dialog: NewPassphraseDialog) -> int:
        dialog.current.setText(PASSPHRASE)
        dialog.first.setText("a brand new passphrase")
        dialog.second.setText("a brand new passphrase")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewPassphraseDialog, "exec", fill)
    window.change_passphrase()
    assert window.statusBar().currentMessage() == "Passphrase changed."
    assert verify_passphrase(journal_path, "a brand new passphrase")
    assert not verify_passphrase(journal_path, PASSPHRASE)


def test_a_wrong_current_passphrase_is_said_in_the_dialog_which_stays_open(
    qtbot, window, monkeypatch, journal_path: Path
):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args[2]))
    seen: dict[str, object] = {}

    def fill(dialog: NewPassphraseDialog) -> int:
        qtbot.keyClicks(dialog.current, "not the passphrase")
        qtbot.keyClicks(dialog.first, "a brand new passphrase")
        qtbot.keyClicks(dialog.second, "a brand new passphrase")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["refused"] = dialog.result()
        seen["problem"] = dialog.problem.text()
        seen["new kept"] = dialog.first.text()
        seen["selected"] = dialog.current.selectedText()
        dialog.current.setText(PASSPHRASE)  # typed again, right this time
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewPassphraseDialog, "exec", fill)
    window.change_passphrase()
    assert seen == {
        "refused": QDialog.DialogCode.Rejected,
        "problem": "The current passphrase is wrong; nothing was changed.",
        "new kept": "a brand new passphrase",
        "selected": "not the passphrase",
    }
    assert boxes == []
    assert window.statusBar().currentMessage() == "Passphrase changed."
    assert verify_passphrase(journal_path, "a brand new passphrase")


def test_new_passphrase_dialog_refuses_short_or_different_passphrases(qtbot, journal_path):
    dialog = NewPassphraseDialog(journal_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.first, "short")
    assert not ok.isEnabled() and "at least 8" in dialog.problem.text()
    dialog.first.setText("long enough now")
    qtbot.keyClicks(dialog.second, "long enough no")
    assert not ok.isEnabled() and dialog.problem.text() == "The two passphrases differ."
    qtbot.keyClicks(dialog.second, "w")
    assert ok.isEnabled() and dialog.problem.text() == ""


@pytest.fixture
def first_start(qtbot, monkeypatch, journal_path: Path):
    """The start-up path without WELLBEING_PASSPHRASE: dialogs instead."""
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    app_module.create_application("en")
    window = MainWindow("en")
    qtbot.addWidget(window)

    def start() -> None:
        app_module.open_at_start(app_module.QApplication.instance(), window, journal_path)

    yield window, start
    window.close()


def test_first_start_creates_an_encrypted_journal_and_shows_the_recovery_key(
    qtbot, first_start, journal_path: Path
):
    """The welcome's passphrase step (tests/ui/test_welcome.py walks all of it)."""
    from wellbeing.ui.welcome.flow import WelcomeFlow

    window, start = first_start
    start()
    flow = window.findChild(WelcomeFlow)
    flow.next()  # the language as it is
    flow.passphrase.form.first.setText("my own passphrase")
    flow.passphrase.form.second.setText("my own passphrase")
    flow.next()
    panel = flow.passphrase.key_panel
    assert panel is not None and not flow.next_button.isEnabled()  # not before it is kept
    panel.kept.setChecked(True)
    assert flow.next_button.isEnabled()
    flow.skip()
    assert window.store is not None
    assert verify_passphrase(journal_path, "my own passphrase")
    assert verify_passphrase(journal_path, panel.recovery_key)
    window.close()
    open_journal(journal_path, panel.recovery_key).close()


def test_next_start_asks_until_the_passphrase_is_right(first_start, monkeypatch, journal_path):
    from wellbeing.store import create_journal

    create_journal(journal_path, "the right passphrase")[0].close()
    window, start = first_start
    problems: list[str] = []

    def answer(dialog: UnlockDialog) -> int:
        dialog.secret.setText("a wrong guess")
        dialog.accept()
        problems.append(dialog.problem.text())
        dialog.secret.setText("the right passphrase")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    start()
    assert problems == ["Wrong passphrase. Try again, or type your recovery key."]
    assert window.store is not None and window.store.path == journal_path
