"""Undo for every write: the change runs first (so errors reach the user), then is recorded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack


class DoneCommand(QUndoCommand):
    """A change already made: pushing it records how to undo and redo it."""

    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def record(
    stack: QUndoStack, text: str, undo: Callable[[], object], redo: Callable[[], object]
) -> None:
    stack.push(DoneCommand(text, undo, redo))
