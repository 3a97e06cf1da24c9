"""The lead's record of what the team view has shown, so that no later view differs from an
earlier one by fewer than the minimum group (subtracting two views reveals no one).

Kept on the lead's computer, one file per team folder and code. It guards the app's own
views; a lead who deletes it could also read the files one by one, which is why every file
is randomised before it leaves the employee's machine.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from wellbeing.domain.validation import InvalidValue
from wellbeing.store import strict
from wellbeing.store.files import make_private_folder, write_private_text

SPEC = strict.FileSpec(
    noun="a record of team views",
    title="a Wellbeing record of team views",
    code="bad_views_ledger",
    too_large_code="views_ledger_too_large",
    max_bytes=200_000_000,
    max_depth=6,
)

Ledger = dict[str, list[frozenset[str]]]
"""Week -> every set of tokens shown for it."""


def ledger_path(views_folder: Path, team_folder: Path, team: str) -> Path:
    place = f"{team_folder.resolve()}|{team}".encode()
    return views_folder / f"{hashlib.sha256(place).hexdigest()[:24]}.json"


def load_ledger(path: Path) -> Ledger:
    if not path.exists():
        return {}
    try:
        document = strict.load_json(path, SPEC)
        return {
            week: [frozenset(str(t) for t in shown) for shown in sets]
            for week, sets in document["weeks"].items()
        }
    except (InvalidValue, KeyError, TypeError, AttributeError):
        raise InvalidValue(
            f"The record of team views already shown ({path}) is damaged; nothing is shown "
            "until it is repaired or removed."
        ) from None


def save_ledger(path: Path, ledger: Ledger) -> None:
    make_private_folder(path.parent)
    weeks = {week: [sorted(s) for s in sets] for week, sets in sorted(ledger.items())}
    write_private_text(path, json.dumps({"version": 1, "weeks": weeks}))
