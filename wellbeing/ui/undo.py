"""Undo for every write: the change runs first (so errors reach the user), then is recorded.

Each entry keeps what its change did to the journal (the `Changes` the store's writes
return, alone or in a `Done`): given when recorded, then what the last undo or redo
returned. The views refresh from the store's own announcements of the same `Changes`, so
an undo needs no refresh of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from wellbeing.ui.changes import Changes, Done


class DoneCommand(QUndoCommand):
    """A change already made: pushing it records how to undo and redo it."""

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        changes: Changes | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._already_done = True
        self.changes = changes
        """What the change did, then what its last undo or redo did (None: not said)."""

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._keep(self._redo())

    def undo(self) -> None:
        self._keep(self._undo())

    def _keep(self, result: object) -> None:
        if isinstance(result, Done):
            result = result.changes
        if isinstance(result, Changes):
            self.changes = result


def record(
    stack: QUndoStack,
    text: str,
    undo: Callable[[], object],
    redo: Callable[[], object],
    changes: Changes | None = None,
) -> DoneCommand:
    command = DoneCommand(text, undo, redo, changes)
    stack.push(command)
    return command
