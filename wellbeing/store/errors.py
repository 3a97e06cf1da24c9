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
        text = str(error).lower()
        code, reason = "other", str(error)
        if "full" in text:
            code, reason = "disk_full", "the disk is full"
        elif "readonly" in text or "read-only" in text:
            code, reason = "read_only", "the journal file is read-only"
        elif "locked" in text or "busy" in text:
            code, reason = "busy", "another program is holding the journal"
        failure = cls(
            f"The journal could not be written ({reason}); nothing saved before was lost."
        )
        failure.code, failure.reason = code, reason
        return failure
