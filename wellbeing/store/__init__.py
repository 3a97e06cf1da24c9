"""The journal on disk: one small API over sqlite-utils, shared by the GUI and the CLI.

Names are loaded on first use (PEP 562), so that importing a light corner of the store,
such as the default location, does not pull in the driver and the cryptography.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "create_journal": "wellbeing.store.connection",
    "journal_exists": "wellbeing.store.paths",
    "keep_pages_warm": "wellbeing.store.connection",
    "open_journal": "wellbeing.store.connection",
    "open_remembered": "wellbeing.store.connection",
    "DamagedJournal": "wellbeing.store.errors",
    "DamagedKeyFile": "wellbeing.store.keys",
    "JournalBusy": "wellbeing.store.locks",
    "JournalError": "wellbeing.store.errors",
    "JournalExists": "wellbeing.store.connection",
    "JournalExpected": "wellbeing.store.errors",
    "JournalMissing": "wellbeing.store.errors",
    "KeyFileExists": "wellbeing.store.keys",
    "NewerJournal": "wellbeing.store.errors",
    "NotAJournal": "wellbeing.store.errors",
    "PassphraseNeeded": "wellbeing.store.errors",
    "StorageFailure": "wellbeing.store.errors",
    "WrongPassphrase": "wellbeing.store.keys",
    "default_journal_path": "wellbeing.store.location",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'wellbeing.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
