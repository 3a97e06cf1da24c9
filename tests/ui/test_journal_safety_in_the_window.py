"""The window's side of data safety: the recovery key always shown, advice on weak
passphrases, a missing journal brought back instead of replaced, restores that ask."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.conftest import PASSPHRASE
from wellbeing.store import create_journal, journal, open_journal
from wellbeing.store.backup import MANUAL, list_backups, make_backup
from wellbeing.ui import app as app_module
from wellbeing.ui.backups_dialog import BackupsDialog
from wellbeing.ui.main_window import MainWindow
from wellbeing.ui.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog, UnlockDialog


@pytest.fixture
def start(qtbot, journal_path: Path):
    app_module.create_application("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    yield (
        window,
        lambda: app_module.open_at_start(app_module.QApplication.instance(), window, journal_path),
    )
    window.close()


def test_a_scripted_passphrase_still_shows_the_recovery_key(
    start, monkeypatch: pytest.MonkeyPatch, journal_path: Path
):
    from wellbeing.ui.welcome.flow import WelcomeFlow

    window, begin = start
    begin()  # a first start: the welcome, whose passphrase step uses the scripted one
    flow = window.findChild(WelcomeFlow)
    flow.next()
    assert flow.passphrase.key_panel is not None
    shown = flow.passphrase.key_panel.recovery_key
    flow.passphrase.key_panel.kept.setChecked(True)
    flow.skip()
    assert window.store is not None
    window.close()
    open_journal(journal_path, shown).close()  # the key shown is the one that works


def test_a_weak_passphrase_gets_advice_while_it_is_typed(qtbot, journal_path: Path):
    dialog = NewPassphraseDialog(journal_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.first, "password123")
    assert "common password" in dialog.strength.text()
    qtbot.keyClicks(dialog.second, "password123")
    assert ok.isEnabled()  # advice, not a refusal: the recovery key stays the way out
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "copper lantern drifts over quiet fjords")
    assert dialog.strength.text().startswith("Strong")


def test_a_missing_journal_with_backups_is_restored_not_replaced(
    start, monkeypatch: pytest.MonkeyPatch, journal_path: Path
):
    db, _key = create_journal(journal_path, PASSPHRASE)
    journal.ensure_client(db, "Acme")
    make_backup(db, journal_path, MANUAL)
    db.close()
    journal_path.unlink()
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda d: pytest.fail("a new journal"))
    window, begin = start
    begin()
    assert "backups are beside it" in questions[0]
    assert [c.name for c in window.store.clients()] == ["Acme"]


def test_restoring_from_the_menu_asks_the_passphrase_until_it_is_right(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, journal_path: Path
):
    journal.ensure_client(window.store.db, "Acme")
    make_backup(window.store.db, journal_path, MANUAL)
    journal.ensure_client(window.store.db, "Globex")
    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(BackupsDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    problems: list[str] = []

    def answer(dialog: UnlockDialog) -> int:
        dialog.secret.setText("a wrong guess")
        dialog.accept()
        problems.append(dialog.problem.text())
        dialog.secret.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    window.restore_backup()
    assert problems == ["Wrong passphrase. Try again, or type your recovery key."]
    assert [c.name for c in window.store.clients()] == ["Acme"]
    assert window.statusBar().currentMessage() == "Backup restored."
    assert sorted(b.reason for b in list_backups(journal_path)) == ["before-restore", "manual"]


def test_a_restore_the_disk_refuses_leaves_the_journal_open_as_it_was(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, journal_path: Path, warnings
):
    import errno

    from wellbeing.store import restore as restore_module

    journal.ensure_client(window.store.db, "Acme")
    make_backup(window.store.db, journal_path, MANUAL)
    journal.ensure_client(window.store.db, "Globex")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore_module, "copy_private", full)
    monkeypatch.setattr(BackupsDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    window.restore_backup()
    assert warnings and "journal is unchanged" in warnings[0]
    assert [c.name for c in window.store.clients()] == ["Acme", "Globex"]


def test_the_recovery_key_is_saved_for_its_owner_only_and_never_over_the_journal(
    qtbot, monkeypatch: pytest.MonkeyPatch, journal_path: Path, tmp_path: Path, warnings
):
    import os
    import stat

    from PySide6.QtWidgets import QFileDialog

    db, key = create_journal(journal_path, PASSPHRASE)
    db.close()
    dialog = RecoveryKeyDialog(key, journal=journal_path)
    qtbot.addWidget(dialog)
    target = tmp_path / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    assert key in target.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    before = journal_path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(journal_path), ""))
    dialog.save()
    assert warnings and "never replaces" in warnings[0]
    assert journal_path.read_bytes() == before
