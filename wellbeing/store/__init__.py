"""The journal on disk: one small API over sqlite-utils, shared by the GUI and the CLI."""

from wellbeing.store.connection import open_journal
from wellbeing.store.errors import JournalError, NewerJournal, NotAJournal
from wellbeing.store.location import default_journal_path

__all__ = ["JournalError", "NewerJournal", "NotAJournal", "default_journal_path", "open_journal"]
