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
