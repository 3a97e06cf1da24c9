"""The journal on disk: one small API over sqlite-utils, shared by the GUI and the CLI."""

from wellbeing.store.connection import create_journal, journal_exists, open_journal
from wellbeing.store.errors import (
    DamagedJournal,
    JournalError,
    JournalMissing,
    NewerJournal,
    NotAJournal,
    PassphraseNeeded,
)
from wellbeing.store.keys import WrongPassphrase
from wellbeing.store.location import default_journal_path

__all__ = [
    "DamagedJournal",
    "JournalError",
    "JournalMissing",
    "NewerJournal",
    "NotAJournal",
    "PassphraseNeeded",
    "WrongPassphrase",
    "create_journal",
    "default_journal_path",
    "journal_exists",
    "open_journal",
]
