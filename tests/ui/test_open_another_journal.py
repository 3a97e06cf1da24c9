"""File → Open (Ctrl+O) opens an existing journal or creates a new one, with its passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from wellbeing.store import journal
from wellbeing.ui.passphrase_dialogs import RecoveryKeyDialog


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_ctrl_o_creates_a_new_journal_then_reopens_the_first(
    qtbot, window, monkeypatch, tmp_path, warnings
):
    first = window.store.path
    journal.ensure_client(window.store.db, "Acme")
    window.insights_page.ensure_built()  # pages built on the first journal go away cleanly
    other = tmp_path / "other.wbj"
    choose(monkeypatch, other)
    shown: list[str] = []  # the new journal's recovery key, shown once
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda d: shown.append(d.recovery_key) or 1)

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    assert warnings == [] and len(shown) == 1
    assert window.store.path == other and other.exists()
    assert window.store.clients() == []
    assert "other.wbj" in window.windowTitle()

    choose(monkeypatch, first)
    window.open_journal()
    assert window.store.path == first
    assert [c.name for c in window.store.clients()] == ["Acme"]
