"""Builds large synthetic journals for the benchmarks (seeded, so runs compare)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Client, Encounter, EncounterKind
from wellbeing.store import journal, open_journal


def synthetic_encounters(clients: list[Client], count: int, seed: int = 7):
    rng = random.Random(seed)
    start = datetime(2026, 11, 1, 9, 0) - timedelta(hours=count // 3)
    behaviours = [t.key for t in vocab.BEHAVIOURS]
    emotions = [t.key for t in vocab.EMOTIONS]
    for index in range(count):
        difficult = rng.random() < 0.65
        yield Encounter(
            client_id=rng.choice(clients).id,
            occurred_at=start + timedelta(hours=index // 3, minutes=rng.randrange(60)),
            impact=rng.randint(3, 9) if difficult else rng.randint(0, 3),
            kind=EncounterKind.DIFFICULT if difficult else EncounterKind.POSITIVE,
            what_happened="Called again about the invoice, " * rng.randint(1, 4),
            behaviours=tuple(rng.sample(behaviours, 2)) if difficult else (),
            emotions=(rng.choice(emotions),),
            assertiveness=rng.randint(1, 5),
            company_confidence=rng.randint(1, 5),
        )


def build_journal(path: Path, count: int, seed: int = 7) -> Path:
    """A journal of `count` encounters over 40 clients, reused when already built."""
    if path.exists():
        return path
    db = open_journal(path)
    with db.atomic():
        clients = [journal.save_client(db, Client(name=f"Client {i:02d}")) for i in range(40)]
        journal.save_encounters(db, synthetic_encounters(clients, count, seed))
    db.close()
    return path
