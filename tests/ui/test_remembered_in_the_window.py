"""The window's side of "remember on this computer": opt in with the passphrase, open
without it, forget it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, MemoryKeyring
from wellbeing.cli import main
from wellbeing.store.remembered import is_remembered


@pytest.fixture
def logged(journal_path: Path, capsys) -> Path:
    assert main(["--journal", str(journal_path), "log", "--client", "Acme", "--impact", "4"]) == 0
    capsys.readouterr()
    return journal_path


def test_the_window_opens_a_remembered_journal_and_can_forget_it(
    qtbot, logged: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QMessageBox

    from wellbeing.ui import app as app_module
    from wellbeing.ui.main_window import MainWindow
    from wellbeing.ui.passphrase_dialogs import UnlockDialog

    app_module.create_application("en")
    window = MainWindow("en")
    qtbot.addWidget(window)
    app_module.open_at_start(app_module.QApplication.instance(), window, logged)

    def type_passphrase(dialog: UnlockDialog) -> int:
        assert "Anyone who can use your session" in dialog.findChild(type(dialog.problem)).text()
        dialog.secret.setText(PASSPHRASE)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", type_passphrase)
    window.toggle_remembered()
    assert is_remembered(logged)
    assert window.statusBar().currentMessage() == "The key is kept on this computer."
    window.close()

    monkeypatch.delenv("WELLBEING_PASSPHRASE")
    monkeypatch.setattr(UnlockDialog, "exec", lambda d: pytest.fail("asked the passphrase"))
    second = MainWindow("en")
    qtbot.addWidget(second)
    app_module.open_at_start(app_module.QApplication.instance(), second, logged)
    assert [c.name for c in second.store.clients()] == ["Acme"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    second.toggle_remembered()
    assert not is_remembered(logged)
    second.close()
