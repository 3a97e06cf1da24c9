"""Rotating backups of the journal, still encrypted, and restoring one.

A backup is `VACUUM INTO`: SQLite's own consistent copy of the live journal, written with
the same key (so it is as encrypted as the journal) and compacted. Backups sit in a
`backups` folder beside the journal, named `<journal>-<YYYYmmdd-HHMMSS>-<reason>.wbj`.
Every copy of the journal uses the same data key, so the current passphrase and the
recovery key open any backup; each backup also carries a copy of the key file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.store.errors import JournalError
from wellbeing.store.files import (
    copy_private,
    create_private,
    fsync_file,
    make_private_folder,
    sync_folder,
)
from wellbeing.store.keys import key_file_path

if TYPE_CHECKING:
    from sqlite_utils import Database

DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
REASONS = (DAILY, BEFORE_MIGRATION, BEFORE_RESTORE, MANUAL)
KEEP = {DAILY: 7, BEFORE_MIGRATION: 3, BEFORE_RESTORE: 3, MANUAL: 5}
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.wbj$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backups_folder(journal: Path) -> Path:
    return journal.parent / "backups"


def list_backups(journal: Path) -> list[Backup]:
    """This journal's backups, newest first."""
    folder = backups_folder(journal)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{journal.stem}-*.wbj"):
        match = _NAME.match(path.name)
        if match and match["stem"] == journal.stem and match["reason"] in REASONS:
            found.append(Backup(path, datetime.strptime(match["stamp"], STAMP), match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(db: Database, journal: Path, reason: str, now: datetime | None = None) -> Path:
    """Copy the live journal (and its key file) into the backups folder, then rotate.

    The copy is written under a `.partial` name and renamed when whole; a failed copy (a
    full disk) is removed, and partial files left by a crash are swept on the next backup.
    """
    now = now or datetime.now()
    folder = backups_folder(journal)
    make_private_folder(folder)
    sweep_partials(journal)
    target = free_backup_name(journal, reason, now)
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        create_private(partial)  # VACUUM INTO fills an empty file and keeps its mode
        db.execute("VACUUM INTO ?", [str(partial)])
        fsync_file(partial)
        key = key_file_path(journal)
        if key.exists():
            copy_private(key, key_file_path(target))
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(folder)
    rotate(journal)
    return target


def free_backup_name(journal: Path, reason: str, now: datetime) -> Path:
    """A backup name no file has yet: two backups in the same second must not overwrite
    each other (two restores in a row would lose the journal the first one replaced)."""
    folder = backups_folder(journal)
    moment = now.replace(microsecond=0)
    while True:
        target = folder / f"{journal.stem}-{moment.strftime(STAMP)}-{reason}.wbj"
        if not target.exists() and not key_file_path(target).exists():
            return target
        moment += timedelta(seconds=1)


PARTIAL = ".partial"
STALE_PARTIAL = timedelta(hours=1)
"""A partial file this old belongs to no backup still running: another process's
backup of a large journal takes seconds, not an hour."""


def sweep_partials(journal: Path, now: datetime | None = None) -> list[Path]:
    """Remove the `.partial` copies that interrupted backups left behind."""
    now = now or datetime.now()
    removed = []
    for partial in backups_folder(journal).glob(f"{journal.stem}-*{PARTIAL}"):
        try:
            age = now - datetime.fromtimestamp(partial.stat().st_mtime)
            if age >= STALE_PARTIAL:
                partial.unlink()
                removed.append(partial)
        except OSError:
            continue
    return removed


def backup_due(journal: Path, now: datetime | None = None) -> bool:
    """True when no backup of this journal is younger than a day."""
    now = now or datetime.now()
    newest = list_backups(journal)
    return not newest or now - newest[0].taken_at >= timedelta(days=1)


def rotate(journal: Path) -> list[Path]:
    """Keep the newest few of each kind (daily: one per day); returns what was removed."""
    removed = []
    by_reason: dict[str, list[Backup]] = {}
    for backup in list_backups(journal):
        by_reason.setdefault(backup.reason, []).append(backup)
    for reason, backups in by_reason.items():
        kept_days: set[object] = set()
        kept = 0
        for backup in backups:
            day = backup.taken_at.date() if reason == DAILY else backup.taken_at
            if kept < KEEP[reason] and day not in kept_days:
                kept_days.add(day)
                kept += 1
                continue
            backup.path.unlink(missing_ok=True)
            key_file_path(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def staged_path(journal: Path) -> Path:
    """Where a restore keeps the backup (journal and key), checked, before swapping it in."""
    return journal.with_name(journal.name + ".restoring")


def _unchecked_path(journal: Path) -> Path:
    """Where the backup is copied first: renamed to staged_path only once it opened."""
    return journal.with_name(journal.name + ".restoring.partial")


def expected_journal_problem(journal: Path) -> str | None:
    """Why a new journal must not be made at this path, or None when it may.

    A key file, backups, or a restore under way beside a missing journal mean one was here:
    a command that silently started an empty journal would hide it behind a new key.
    """
    if staged_path(journal).exists():
        return (
            f"A restore into {journal} was interrupted, so nothing was created; "
            "'wellbeing restore' finishes it."
        )
    if list_backups(journal):
        return (
            f"There is no journal at {journal}, but its backups are beside it, so nothing "
            "was created; 'wellbeing restore' puts the latest back."
        )
    if key_file_path(journal).exists():
        return (
            f"There is no journal at {journal}, but its key file is still there, so nothing "
            "was created; put the journal back beside it, or move the key file away to start "
            "a new journal."
        )
    return None


def restore_interrupted(journal: Path) -> bool:
    """A restore stopped after moving the journal away and before putting the backup in."""
    from wellbeing.store.connection import journal_exists

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
    unchecked = _unchecked_path(journal)
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
    from wellbeing.store.connection import sidecars

    for leftover in (staged, key_file_path(staged), *sidecars(staged)):
        leftover.unlink(missing_ok=True)


def _check_opens(path: Path, secret: str) -> None:
    from wellbeing.store.connection import open_journal

    open_journal(path, secret, upgrade=False, held=False).close()


def _move_aside(journal: Path, now: datetime) -> Path | None:
    """The journal being replaced, with its key and log, into the backups folder."""
    from wellbeing.store.connection import journal_exists, sidecars

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
    from wellbeing.store.connection import sidecars

    if kept is None:
        return
    os.replace(kept, journal)
    for moved, sidecar in zip(sidecars(kept), sidecars(journal), strict=True):
        if moved.exists():
            os.replace(moved, sidecar)
    if key_file_path(kept).exists():
        copy_private(key_file_path(kept), key_file_path(journal))
    sync_folder(journal.parent)
