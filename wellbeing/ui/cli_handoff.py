"""The running app saves the entry `wellbeing log` handed over (services.handoff).

The command line would otherwise open the journal itself, paying the key derivation, while
the app has it open. Saved through the store's save_entry, the same service as the window:
the journal list, the tray and the reminders hear of it as of any save, and in the main
window Ctrl+Z undoes it. A refusal comes back as the one sentence the command line prints.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from wellbeing.domain.model import Client
from wellbeing.domain.validation import InvalidValue
from wellbeing.services import handoff
from wellbeing.services.encounters import Logged, unknown_client
from wellbeing.store.errors import JournalError
from wellbeing.store.journal import name_key
from wellbeing.ui.changes import NOTHING, Changes, Done
from wellbeing.ui.undo import record

if TYPE_CHECKING:
    from wellbeing.ui.journal_store import JournalStore
    from wellbeing.ui.main_window import MainWindow
    from wellbeing.ui.single_instance import SingleInstance

STATUS_TIMEOUT_MS = 10_000


def serve_window(instance: SingleInstance, window: MainWindow) -> None:
    """The main window takes `wellbeing log`'s entries while its journal is open and
    unlocked (locked or opening: the command line writes itself, passphrase and all)."""
    instance.log_handler = partial(answer_for_window, window, instance.journal)


def serve_store(instance: SingleInstance, store: JournalStore) -> None:
    """The capture window alone (`wellbeing capture` without the app) takes them too."""
    instance.log_handler = partial(answer, store)


def answer_for_window(window: MainWindow, journal: Path, payload: bytes) -> bytes:
    """Only for the journal the command line named: after File → Open the window holds
    another one, and the command line then writes to its own journal itself."""
    store = window.store
    if store is None or window.locked or not _same_journal(store.path, journal):
        return handoff.UNAVAILABLE
    return answer(store, payload, window.undo_stack, window.statusBar().showMessage)


def _same_journal(open_path: Path | None, claimed: Path) -> bool:
    if open_path is None:
        return False
    try:
        return open_path.resolve() == claimed.resolve()
    except OSError:
        return False


def answer(
    store: JournalStore,
    payload: bytes,
    undo_stack: QUndoStack | None = None,
    show_status: Callable[[str, int], None] | None = None,
) -> bytes:
    """Save the request in `payload`; the answer line for the command line."""
    try:
        request = handoff.read_request(payload)
        if store.get_encounter(request.entry.draft.id) is not None:
            raise handoff.not_a_new_entry()  # `wellbeing log` always makes a new one
        if request.strict_client and not _known(store, request.entry.client_name):
            raise unknown_client(request.entry.client_name)
        done = store.save_entry(request.entry)
    except (InvalidValue, JournalError) as error:
        return handoff.refused_line(str(error))
    logged = done.value
    if undo_stack is not None:
        record_save(undo_stack, store, done)
    if show_status is not None:
        show_status(
            QCoreApplication.translate(
                "CliHandoff",
                "Encounter logged from the command line: {client}, impact {impact}. "
                "Ctrl+Z undoes it.",
            ).format(client=logged.client.name, impact=logged.encounter.impact),
            STATUS_TIMEOUT_MS,
        )
    return handoff.saved_line(logged.encounter.id)


def _known(store: JournalStore, name: str) -> bool:
    key = name_key(name)
    return any(name_key(client.name) == key for client in store.clients())


def record_save(undo_stack: QUndoStack, store: JournalStore, done: Done[Logged]) -> None:
    """Undo as for a save in the journal page: the encounter goes (or what it replaced comes
    back), and so does the client it made."""
    logged = done.value
    saved, created, previous = logged.encounter, logged.client_created, logged.previous
    client_id, client_name = saved.client_id, logged.client.name

    def undo() -> Changes:
        if previous is None:
            changes = store.delete_encounters([saved.id]).changes
        else:
            changes = store.put_encounter(previous)
        if created:
            changes = changes | store.delete_client(client_id)
        return changes

    def redo() -> Changes:
        changes = NOTHING
        if created and store.client(client_id) is None:
            changes = store.save_client(Client(name=client_name, id=client_id)).changes
        return changes | store.put_encounter(saved)

    text = QCoreApplication.translate("JournalPage", "save the encounter")
    record(undo_stack, text, undo, redo, done.changes)
