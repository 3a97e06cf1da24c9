"""Export the team report: `wellbeing team report` and the team window's export both call
this, so that they make the same file from the same view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from wellbeing.analysis.team import MINIMUM_GROUP
from wellbeing.domain.validation import InvalidValue
from wellbeing.services.team import team_view


def export_team_report(
    folder: Path,
    path: Path,
    team: str | None = None,
    minimum: int = MINIMUM_GROUP,
    lang: str = "en",
    today: date | None = None,
    views_folder: Path | None = None,
) -> Path:
    """Read the folder as the lead's view does and write its report as a PDF at `path`.

    A view with nothing shown is refused rather than written: a report of empty pages
    would look as if the team had nothing to say.
    """
    from wellbeing.sharing.team_report import write_team_report

    view = team_view(folder, team, minimum, today, views_folder)
    if not view.shown_weeks and not view.shown_months:
        raise InvalidValue(
            f"There is nothing to report yet: no week in {folder} has contributions from at "
            f"least {view.minimum} people."
        )
    return write_team_report(view, path, lang, today)
