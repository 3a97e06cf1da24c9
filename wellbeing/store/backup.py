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

from wellbeing.store.files import (
    copy_private,
    create_private,
    fsync_file,
    make_private_folder,
    sync_folder,
)
from wellbeing.store.keys import key_file_path
from wellbeing.store.paths import staged_path

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


def refuse_if_expected(journal: Path) -> None:
    """JournalExpected if a journal was here: asked before a passphrase is, and again
    under the creation lock."""
    from wellbeing.store.errors import JournalExpected

    problem = expected_journal_problem(journal)
    if problem:
        raise JournalExpected(problem, journal)


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
