"""Who holds a journal: a lock file beside it, shared by users, exclusive for create and restore.

SQLite's own locks protect each transaction, not the file's place on disk: a restore moves
the journal away, and a window still open on it would go on saving into the moved file.
So every process with the journal open holds a shared lock on `<journal>.lock`, and the
operations that replace or create the file take it exclusively. The locks are advisory
(flock on POSIX) and die with their process, so a crash never leaves a journal locked.
On Windows an open file cannot be renamed away anyway, so holding is a no-op there.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from wellbeing.store.errors import JournalError

WAIT_SECONDS = 10.0
POLL_SECONDS = 0.02


class JournalBusy(JournalError):
    """Another window or command has the journal open."""


def lock_file_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".lock")


def _open_lock_file(journal: Path) -> tuple[int | None, bool]:
    """A descriptor on the lock file and whether this call created it; None where none can
    exist (a read-only folder)."""
    path = lock_file_path(journal)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), True
    except FileExistsError:
        pass
    except OSError:
        return None, False
    try:
        return os.open(path, os.O_RDWR), False
    except OSError:
        try:
            return os.open(path, os.O_RDONLY), False
        except OSError:
            return None, False


class LocksUnsupported(Exception):
    """The file system has no flock (some network shares, FUSE): go on without holds."""


def _flock(descriptor: int, exclusive: bool, wait: float) -> bool:
    """True once locked; False if still held by someone else after `wait` seconds."""
    import fcntl

    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(descriptor, mode)
            return True
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_SECONDS)
        except OSError as error:
            raise LocksUnsupported(str(error)) from error


class Hold:
    """A shared hold on one journal, released by release() or when the process ends."""

    def __init__(self, descriptor: int | None, path: Path | None = None) -> None:
        self.descriptor = descriptor
        self.created = path
        """The lock file, when this hold created it (removed again if the open fails)."""

    def release(self) -> None:
        if self.descriptor is not None:
            with contextlib.suppress(OSError):
                os.close(self.descriptor)  # closing the descriptor drops the flock
            self.descriptor = None

    def abandon(self) -> None:
        """The journal did not open (a foreign file): leave nothing new beside it.

        The lock file goes only if nobody else holds it: removing a held lock file would
        let the next process lock a new one beside a holder of the old.
        """
        if self.created is not None and self.descriptor is not None:
            with contextlib.suppress(OSError, LocksUnsupported):
                if _flock(self.descriptor, exclusive=True, wait=0):
                    self.created.unlink()
        self.release()


def hold(journal: Path, wait: float = WAIT_SECONDS) -> Hold:
    """Say "this journal is in use" for as long as the returned Hold lives.

    Waits while a create or a restore is under way; JournalBusy if it does not finish.
    """
    if os.name != "posix":
        return Hold(None)
    descriptor, created = _open_lock_file(journal)
    if descriptor is None:
        return Hold(None)
    try:
        locked = _flock(descriptor, exclusive=False, wait=wait)
    except LocksUnsupported:
        os.close(descriptor)
        return Hold(None)
    if not locked:
        os.close(descriptor)
        raise JournalBusy(
            f"{journal} is being restored or created by another command; try again in a moment.",
            journal,
        )
    return Hold(descriptor, lock_file_path(journal) if created else None)


@contextlib.contextmanager
def exclusive(journal: Path, wait: float, busy_message: str) -> Iterator[None]:
    """Nobody else has the journal open while the block runs; JournalBusy otherwise."""
    if os.name != "posix":
        yield
        return
    journal.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, _created = _open_lock_file(journal)
    if descriptor is None:
        yield
        return
    try:
        try:
            locked = _flock(descriptor, exclusive=True, wait=wait)
        except LocksUnsupported:
            locked = True  # as on Windows: nothing to lock with, go on
        if not locked:
            raise JournalBusy(busy_message, journal)
        yield
    finally:
        os.close(descriptor)
