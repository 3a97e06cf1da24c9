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
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.store.errors import JournalError
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
    """Copy the live journal (and its key file) into the backups folder, then rotate."""
    now = now or datetime.now()
    folder = backups_folder(journal)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{journal.stem}-{now.strftime(STAMP)}-{reason}.wbj"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    db.execute("VACUUM INTO ?", [str(partial)])
    _fsync(partial)
    os.replace(partial, target)
    key = key_file_path(journal)
    if key.exists():
        shutil.copyfile(key, key_file_path(target))
    rotate(journal)
    return target


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


def restore_backup(backup: Path, journal: Path, now: datetime | None = None) -> Path | None:
    """Put a backup in the journal's place; the journal must be closed.

    The journal being replaced is kept as a `before-restore` file (even if damaged), and
    its leftover write-ahead log is moved away with it so it cannot touch the restored
    file. Returns where the replaced journal went, if there was one.
    """
    if not backup.is_file():
        raise JournalError(f"There is no backup at {backup}.", backup)
    now = now or datetime.now()
    kept = None
    if journal.exists():
        folder = backups_folder(journal)
        folder.mkdir(parents=True, exist_ok=True)
        kept = folder / f"{journal.stem}-{now.strftime(STAMP)}-{BEFORE_RESTORE}.wbj"
        os.replace(journal, kept)
        for suffix in ("-wal", "-shm"):
            sidecar = journal.with_name(journal.name + suffix)
            if sidecar.exists():
                os.replace(sidecar, kept.with_name(kept.name + suffix))
        if key_file_path(journal).exists():
            shutil.copyfile(key_file_path(journal), key_file_path(kept))
    partial = journal.with_name(journal.name + ".restoring")
    shutil.copyfile(backup, partial)
    _fsync(partial)
    os.replace(partial, journal)
    if not key_file_path(journal).exists() and key_file_path(backup).exists():
        shutil.copyfile(key_file_path(backup), key_file_path(journal))
    rotate(journal)
    return kept


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
