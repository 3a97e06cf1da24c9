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
