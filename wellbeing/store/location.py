"""Where the journal lives when the user does not say."""

from __future__ import annotations

import os
from pathlib import Path

JOURNAL_FILENAME = "journal.wbj"


def default_journal_path() -> Path:
    """The platform's per-user data folder; WELLBEING_HOME overrides it (tests, portable use)."""
    home = os.environ.get("WELLBEING_HOME")
    if home:
        return Path(home) / JOURNAL_FILENAME
    import platformdirs

    return Path(platformdirs.user_data_dir("WellbeingJournal", appauthor=False)) / JOURNAL_FILENAME


def default_team_views_folder() -> Path:
    """Where a team lead's app remembers which views it has shown (see sharing.views_ledger)."""
    return default_journal_path().parent / "team-views"


COACH_FILENAME = "coach.wbj"


def default_coach_path() -> Path:
    """A coach's own encrypted workspace, beside (never inside) their own journal."""
    return default_journal_path().parent / COACH_FILENAME
