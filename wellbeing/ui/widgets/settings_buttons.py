"""Save, Cancel and Restore defaults for a dialog that edits settings, with Ctrl+Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def settings_buttons(
    dialog: QDialog,
    save: Callable[[], object],
    restore_defaults: Callable[[], object],
    save_tip: str,
    defaults_tip: str,
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The button row, wired; returns it with its Save and Restore defaults buttons."""
    kinds = QDialogButtonBox.StandardButton
    buttons = QDialogButtonBox(kinds.Save | kinds.Cancel | kinds.RestoreDefaults)
    save_button = buttons.button(kinds.Save)
    save_button.setText(QCoreApplication.translate("SettingsButtons", "Save"))
    save_button.setProperty("primary", True)
    save_button.setToolTip(save_tip)
    buttons.button(kinds.Cancel).setText(QCoreApplication.translate("SettingsButtons", "Cancel"))
    defaults_button = buttons.button(kinds.RestoreDefaults)
    defaults_button.setText(QCoreApplication.translate("SettingsButtons", "Restore defaults"))
    defaults_button.setToolTip(defaults_tip)
    defaults_button.clicked.connect(restore_defaults)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(Qt.Modifier.CTRL | key), dialog, save)
    return buttons, save_button, defaults_button
