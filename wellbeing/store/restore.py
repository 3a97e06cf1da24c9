"""Restoring a backup: the backup and its key put in the journal's place as one checked unit.

The steps, each safe to interrupt: stage (copy the backup beside the journal as
`.restoring.partial` with a key that opens it, check it opens, rename it `.restoring`),
move the journal being replaced (with its key and write-ahead log) into the backups folder
as `before-restore`, swap the staged key and journal in, open the result once more, and
put the replaced journal back if that fails. A `.restoring` file beside a missing journal
is a checked backup that finish_restore completes.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from wellbeing.store.backup import BEFORE_RESTORE, backups_folder, free_backup_name, rotate
from wellbeing.store.connection import open_journal
from wellbeing.store.errors import JournalError
from wellbeing.store.files import copy_private, make_private_folder, sync_folder
from wellbeing.store.keys import key_file_path
from wellbeing.store.paths import journal_exists, sidecars, staged_path, unchecked_path


def restore_interrupted(journal: Path) -> bool:
    """A restore stopped after moving the journal away and before putting the backup in."""
    staged = staged_path(journal)
    return (
        not journal_exists(journal)
        and staged.is_file()
        and (key_file_path(staged).is_file() or key_file_path(journal).is_file())
    )


def restore_backup(
    backup: Path, journal: Path, secret: str, now: datetime | None = None
) -> Path | None:
    """Put a backup and its key in the journal's place, as one unit.

    Nobody may have the journal open (JournalBusy). The backup is first copied beside the
    journal with the key that opens it (the journal's current key file when it fits, so a
    newer passphrase is kept, else the backup's own), and checked to open with `secret`:
    a wrong secret or a damaged backup changes nothing. Then the journal being replaced,
    with its key and write-ahead log, moves into the backups folder as `before-restore`,
    the backup takes its place and is opened once more before this returns. Returns where
    the replaced journal went, if there was one.
    """
    from wellbeing.store.locks import exclusive

    if not backup.is_file():
        raise JournalError(f"There is no backup at {backup}.", backup)
    with exclusive(journal, 0.5, _busy_sentence(journal)):
        staged = _stage(backup, journal, secret)
        try:
            kept = _move_aside(journal, now or datetime.now())
        except BaseException:
            _remove_staged(staged)  # the journal is still in its place
            raise
        try:
            _swap_in(staged, journal)
            _check_opens(journal, secret)
        except BaseException:
            _put_back(kept, journal)
            raise
    rotate(journal)
    return kept


def finish_restore(journal: Path, secret: str) -> None:
    """Complete a restore that was interrupted after its backup had been staged and checked."""
    from wellbeing.store.locks import exclusive

    with exclusive(journal, 0.5, _busy_sentence(journal)):
        staged = staged_path(journal)
        _swap_in(staged, journal)
        _check_opens(journal, secret)


def _busy_sentence(journal: Path) -> str:
    return (
        f"{journal.name} is open in a window or another command; close it, then restore "
        "(nothing was changed)."
    )


def _stage(backup: Path, journal: Path, secret: str) -> Path:
    """The backup copied beside the journal with a key that opens it; nothing else changes.

    Copied under a `.partial` name and renamed `.restoring` only once it opened, so that a
    `.restoring` file always holds a checked backup that finish_restore may swap in.
    """
    unchecked = unchecked_path(journal)
    _remove_staged(unchecked)
    _remove_staged(staged_path(journal))
    try:
        copy_private(backup, unchecked)
        problem: JournalError | None = None
        for candidate in (key_file_path(journal), key_file_path(backup)):
            if not candidate.is_file():
                continue
            copy_private(candidate, key_file_path(unchecked))
            try:
                _check_opens(unchecked, secret)
            except JournalError as error:
                problem = problem or error
                continue
            staged = staged_path(journal)
            os.replace(key_file_path(unchecked), key_file_path(staged))
            os.replace(unchecked, staged)
            return staged
        raise problem or JournalError(
            f"The backup {backup.name} has no key file beside it; it cannot be restored.",
            backup,
        )
    except BaseException:
        _remove_staged(unchecked)
        _remove_staged(staged_path(journal))
        raise


def _remove_staged(staged: Path) -> None:
    for leftover in (staged, key_file_path(staged), *sidecars(staged)):
        leftover.unlink(missing_ok=True)


def _check_opens(path: Path, secret: str) -> None:
    open_journal(path, secret, upgrade=False, held=False).close()


def _move_aside(journal: Path, now: datetime) -> Path | None:
    """The journal being replaced, with its key and log, into the backups folder."""
    if not journal_exists(journal):
        return None
    folder = backups_folder(journal)
    make_private_folder(folder)
    kept = free_backup_name(journal, BEFORE_RESTORE, now)
    if key_file_path(journal).exists():
        copy_private(key_file_path(journal), key_file_path(kept))
    os.replace(journal, kept)
    for sidecar, moved in zip(sidecars(journal), sidecars(kept), strict=True):
        if sidecar.exists():
            os.replace(sidecar, moved)
    sync_folder(folder)
    sync_folder(journal.parent)
    return kept


def _swap_in(staged: Path, journal: Path) -> None:
    """Key first, then the journal: a crash between leaves `.restoring` to finish from."""
    if key_file_path(staged).exists():
        os.replace(key_file_path(staged), key_file_path(journal))
    os.replace(staged, journal)
    sync_folder(journal.parent)


def _put_back(kept: Path | None, journal: Path) -> None:
    """Undo a restore whose result did not open: the replaced journal returns."""
    if kept is None:
        return
    os.replace(kept, journal)
    for moved, sidecar in zip(sidecars(kept), sidecars(journal), strict=True):
        if moved.exists():
            os.replace(moved, sidecar)
    if key_file_path(kept).exists():
        copy_private(key_file_path(kept), key_file_path(journal))
    sync_folder(journal.parent)
