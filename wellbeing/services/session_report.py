"""Export the coaching session report: "Prepare a coaching session…", `wellbeing report
--pdf` and the dashboard's Export PDF all call this, so that they make the same file from
the same choices."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.domain.coaching import SessionChoices
from wellbeing.services.coaching import session_content

if TYPE_CHECKING:
    from sqlite_utils import Database

    from wellbeing.services.insights import JournalData


def export_session_report(
    db: Database,
    choices: SessionChoices,
    path: Path,
    lang: str = "en",
    today: date | None = None,
    data: JournalData | None = None,
) -> Path:
    """Build exactly what was chosen and write it as a PDF at `path`, whole or not at all.
    `data`: the journal already loaded (the dashboard has it), else it is read once."""
    from wellbeing.sharing.session_report import write_session_report

    content = session_content(db, choices, today or date.today(), data)
    return write_session_report(content, path, lang)
