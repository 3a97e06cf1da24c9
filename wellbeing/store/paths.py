"""Where the store keeps a journal's files: the journal, SQLite's side files, a restore's
staging copy. Low in the store so that opening, backing up and restoring share them."""

from __future__ import annotations

from pathlib import Path


def journal_exists(path: str | Path) -> bool:
    path = Path(path)
    return path.is_file() and path.stat().st_size > 0


def sidecars(path: Path) -> tuple[Path, Path]:
    """SQLite's write-ahead log and shared-memory index beside a journal file."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def staged_path(journal: Path) -> Path:
    """Where a restore keeps the backup (journal and key), checked, before swapping it in."""
    return journal.with_name(journal.name + ".restoring")


def unchecked_path(journal: Path) -> Path:
    """Where the backup is copied first: renamed to staged_path only once it opened."""
    return journal.with_name(journal.name + ".restoring.partial")
