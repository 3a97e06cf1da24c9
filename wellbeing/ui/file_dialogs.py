"""Where file dialogs open: the user's documents, never the folder the app was started from.

A report saved "wherever the terminal was" is a report lost; the documents folder is where
people look first, on every platform (QStandardPaths knows it, localised).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's documents folder, or their home when the system names none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def in_documents(file_name: str) -> str:
    """A suggested file name, in the documents folder, as a save dialog wants it."""
    return str(documents_folder() / file_name)
