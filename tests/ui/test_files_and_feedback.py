"""Files go where people look for them, and quiet actions say they happened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from wellbeing.store import create_journal
from wellbeing.ui.file_dialogs import documents_folder
from wellbeing.ui.passphrase_dialogs import RecoveryKeyDialog

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def key_dialog(qtbot, journal_path: Path):
    db, key = create_journal(journal_path, PASSPHRASE)
    db.close()
    dialog = RecoveryKeyDialog(key, journal=journal_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_copying_the_recovery_key_says_it_was_copied(qtbot, key_dialog):
    assert not key_dialog.panel.feedback.isVisible()
    qtbot.mouseClick(key_dialog.panel.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key_dialog.recovery_key
    assert key_dialog.panel.feedback.isVisible()
    assert "Copied" in key_dialog.panel.feedback.text()


def test_saving_the_recovery_key_starts_in_the_documents_folder_and_says_where_it_went(
    qtbot, key_dialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    offered: list[str] = []
    target = tmp_path / "key.txt"

    def save_as(_parent, _title, suggested, *args, **kwargs):
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(key_dialog.panel.save_button, Qt.MouseButton.LeftButton)
    assert Path(offered[0]).parent == documents_folder()
    assert Path(offered[0]).name == "wellbeing-recovery-key.txt"
    assert str(target) in key_dialog.panel.feedback.text()


def test_opening_a_team_folder_starts_in_the_documents_folder(
    window, monkeypatch: pytest.MonkeyPatch
):
    offered: list[str] = []

    def choose(_parent, _title, start, *args, **kwargs):
        offered.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    window.actions["open_team"].trigger()
    assert offered == [str(documents_folder())]


@pytest.fixture
def french(qapp):
    from wellbeing.ui.app import create_application
    from wellbeing.ui.i18n import install_translators

    create_application("fr")
    yield
    install_translators(qapp, "en")


def test_qt_file_dialog_speaks_french_in_a_french_session(qtbot, french, tmp_path: Path):
    from PySide6.QtWidgets import QLabel

    (tmp_path / "a folder").mkdir()
    dialog = QFileDialog(None, "Enregistrer", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Voir dans\xa0:" in labels
    assert "Fichiers de type\xa0:" in labels
    assert not {"Look in:", "Files of type:"} & labels
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "Dossier"
