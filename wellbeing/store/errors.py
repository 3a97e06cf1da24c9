"""Reasons a journal cannot be opened, each carrying one sentence for the user."""

from __future__ import annotations


class JournalError(Exception):
    """The journal file cannot be used as asked; the message says why in one sentence."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class NotAJournal(JournalError):
    pass


class NewerJournal(JournalError):
    pass


class JournalMissing(JournalError):
    pass


class PassphraseNeeded(JournalError):
    pass


class DamagedJournal(JournalError):
    """Unreadable: truncated, overwritten, or encrypted with another key."""


class StorageFailure(JournalError):
    """A write the disk refused (full, read-only…); the transaction was rolled back."""

    code = "other"
    reason = ""

    @classmethod
    def from_driver(cls, error: Exception) -> StorageFailure:
        code, reason = _write_problem(error)
        failure = cls(
            f"The journal could not be written ({reason}); nothing saved before was lost."
        )
        failure.code, failure.reason = code, reason
        return failure


def _write_problem(error: Exception) -> tuple[str, str]:
    """A short code and the words for what the disk or the driver refused."""
    primary = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(error).lower()
    if primary == 13 or "full" in text:
        return "disk_full", "the disk is full"
    if primary == 8 or "readonly" in text or "read-only" in text:
        return "read_only", "the journal file is read-only"
    if primary in (5, 6) or "locked" in text or "busy" in text:
        return "busy", "another program is holding the journal"
    if primary == 10 or "i/o error" in text:
        return "disk_refused", "the disk refused to write; it may be full or failing"
    if primary == 14:
        return "cannot_open", "its folder cannot be written"
    return "other", str(error)[:80]


class JournalExpected(JournalMissing):
    """No journal file, but signs that one was here (backups, its key, a restore under way):
    a new, empty journal must not be made in its place."""


# SQLite's primary result codes (the low byte of an extended code).
_CANNOT_READ = {11: "corrupt", 26: "not a database"}


def driver_failure(error: Exception, path: object) -> JournalError:
    """Tell damage apart from a disk that refuses writes: only damage calls for a restore."""
    code = getattr(error, "sqlite_errorcode", None)
    text = str(error).lower()
    damaged = (code is not None and code & 0xFF in _CANNOT_READ) or (
        code is None and ("not a database" in text or "malformed" in text)
    )
    if damaged:
        return DamagedJournal(
            f"{path} cannot be read: it is damaged or not a Wellbeing journal.", path
        )
    return StorageFailure.from_driver(error)
