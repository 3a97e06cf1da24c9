"""Opening a dialog for one task: shown modally, then let go of."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_once(dialog: QDialog) -> int:
    """exec() the dialog, then delete it: a closed dialog kept as the window's child would
    go on listening to the journal (and rebuilding itself) until the window closes."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
