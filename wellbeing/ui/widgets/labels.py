"""The two kinds of text label the pages and dialogs share, styled by the style sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def section(text: str) -> QLabel:
    """A heading inside a page or dialog."""
    label = QLabel(text)
    label.setProperty("section", True)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    """A quiet line of help under a control."""
    label = QLabel(text)
    label.setProperty("hint", True)
    label.setWordWrap(True)
    return label
