"""Write the demo: `wellbeing demo` and the screenshot tool fill a journal the same way."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing.domain.boundaries import to_json
from wellbeing.domain.validation import InvalidValue
from wellbeing.samples.demo import generate_demo
from wellbeing.store import journal, settings

if TYPE_CHECKING:
    from sqlite_utils import Database


def write_demo_journal(db: Database, seed: int = 2026, end: date | None = None) -> str:
    """Fill an empty journal with the demo year in one transaction; returns the summary line.

    A journal that already holds encounters is refused: demo data mixed into real entries
    would distort every chart and could not be told apart afterwards.
    """
    existing = journal.count_encounters(db)
    if existing:
        noun = "encounter" if existing == 1 else "encounters"
        raise InvalidValue(
            f"This journal already holds {existing} {noun}; demo data only goes into an empty "
            "journal — pick another file with --journal."
        )
    demo = generate_demo(seed, end)
    with db.atomic():
        for client in demo.clients:
            journal.save_client(db, client)
        journal.save_encounters(db, demo.encounters)
        for strength in demo.strengths:
            journal.save_strength(db, strength)
        for check_in in demo.check_ins:
            journal.save_check_in(db, check_in, now=datetime.combine(demo.end, time(23, 59)))
        for event in demo.events:
            journal.save_client_event(db, event)
        settings.put(db, settings.BOUNDARIES, to_json(demo.boundaries))
    return demo.summary()


DEMO_FILENAME = "demo.wbj"
"""The demo the welcome offers lives beside the user's journal, never inside it."""


def demo_path_for(journal_path: Path) -> Path:
    return journal_path.with_name(DEMO_FILENAME)


def remove_demo_journal(demo_path: Path) -> None:
    """Delete a demo journal and everything of it (key, SQLite's side files, lock, backups),
    so that no trace is left and a new demo can be made there later.

    Refuses any other file name: this must never delete the user's own journal.
    """
    from wellbeing.store.backup import list_backups
    from wellbeing.store.keys import key_file_path
    from wellbeing.store.locks import lock_file_path
    from wellbeing.store.paths import sidecars

    if demo_path.name != DEMO_FILENAME:
        raise InvalidValue(f"{demo_path} is not a demo journal; it was not deleted.")
    for backup in list_backups(demo_path):
        backup.path.unlink(missing_ok=True)
        key_file_path(backup.path).unlink(missing_ok=True)
    for path in (demo_path, key_file_path(demo_path), *sidecars(demo_path)):
        path.unlink(missing_ok=True)
    lock_file_path(demo_path).unlink(missing_ok=True)


def write_demo_team(folder: Path, seed: int = 2026, end: date | None = None) -> str:
    """A simulated team's year of contributions, randomised and written as real ones are
    (with seeded noise, so that the same seed gives the same folder); returns a summary."""
    import hashlib

    import numpy as np

    from wellbeing.samples.team import TEAM_SIZE, simulate_team
    from wellbeing.sharing.contribution import (
        Contribution,
        randomise,
        weekly_token,
        write_contribution,
    )
    from wellbeing.sharing.noise import SeededNoise

    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.glob("*.wbc")):
        raise InvalidValue(f"{folder} already holds contributions; pick an empty folder.")
    noise = SeededNoise(np.random.default_rng(seed + 1))
    memos: dict[int, dict[str, str]] = {}
    written = 0
    for simulated in simulate_team(seed, end or date.today()):
        memo = memos.setdefault(simulated.person, {})
        shown, new = randomise(simulated.truth, memo, noise)
        memo.update(new)
        secret = hashlib.sha256(f"demo-team|{seed}|{simulated.person}".encode()).digest()
        token = weekly_token(secret, DEMO_TEAM, simulated.week)
        write_contribution(folder, Contribution(DEMO_TEAM, simulated.week, token, shown))
        written += 1
    return (
        f"Wrote {written} contributions of a simulated team of {TEAM_SIZE} (team code "
        f"{DEMO_TEAM}) to {folder}."
    )


DEMO_TEAM = "DEMO-TEAM"
