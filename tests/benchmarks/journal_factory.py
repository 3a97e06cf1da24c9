"""Builds large synthetic journals for the benchmarks (seeded, so runs compare).

Every benchmark journal comes as a pair with the same content (same clients, encounters and
ids): the encrypted journal the app uses, made by create_journal, and an unencrypted twin made
through `connection._open(path, None)`, which exists only to measure what encryption costs.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from wellbeing.domain import vocabulary as vocab
from wellbeing.domain.model import Client, Encounter, EncounterKind
from wellbeing.store import JournalError, create_journal, journal
from wellbeing.store import keys as key_store
from wellbeing.store.connection import _open

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"
BENCHMARK_PASSPHRASE = "benchmark passphrase (not a secret)"
SIDECARS = ("-wal", "-shm", "-journal")


def passphrase() -> str:
    """WELLBEING_PASSPHRASE when set (as the app and `wellbeing log` read it), else a fixed one."""
    return os.environ.get(PASSPHRASE_ENV) or BENCHMARK_PASSPHRASE


@dataclass(frozen=True)
class JournalPair:
    encrypted: Path
    """Made by create_journal; its key file `<name>.key` lies beside it."""
    plain: Path
    """The same content, unencrypted (`_open(path, None)`): for comparison only."""


def journal_pair(folder: Path, count: int) -> JournalPair:
    """Where the pair of `count` encounters is cached; names unlike the old plain caches'."""
    return JournalPair(
        folder / f"encrypted-journal-{count}.wbj", folder / f"plain-twin-{count}.sqlite"
    )


def synthetic_clients(seed: int = 7) -> list[Client]:
    rng = random.Random(seed)
    return [Client(name=f"Client {i:02d}", id=rng.randbytes(16).hex()) for i in range(40)]


def synthetic_encounters(clients: list[Client], count: int, seed: int = 7) -> Iterator[Encounter]:
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
            id=rng.randbytes(16).hex(),  # seeded too, so that both twins hold the same ids
            what_happened="Called again about the invoice, " * rng.randint(1, 4),
            behaviours=tuple(rng.sample(behaviours, 2)) if difficult else (),
            emotions=(rng.choice(emotions),),
            assertiveness=rng.randint(1, 5),
            company_confidence=rng.randint(1, 5),
        )


def _fill(db, count: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    clients = synthetic_clients(seed)
    with db.atomic():
        for client in clients:
            journal.save_client(db, client)
        journal.save_encounters(db, synthetic_encounters(clients, count, seed))
    db.close()  # checkpoints the WAL into the file: the cached file is complete on its own


def _remove(path: Path) -> None:
    for name in (path.name, *(path.name + suffix for suffix in SIDECARS)):
        path.with_name(name).unlink(missing_ok=True)


def _usable(pair: JournalPair, secret: str) -> bool:
    """Both files there and the encrypted one opens with `secret`; its key file at today's cost.

    A key file written with another key derivation (scrypt before version 3; tests lower the
    cost in-process) is rewrapped, which
    is instant and leaves the journal untouched, so that the key derivation measured is the
    one the app pays.
    """
    key_path = key_store.key_file_path(pair.encrypted)
    if not (pair.encrypted.is_file() and key_path.is_file() and pair.plain.is_file()):
        return False
    try:
        key_file = key_store.read_key_file(key_path, pair.encrypted)
        data_key = key_store.unlock(key_file, secret, pair.encrypted)
    except JournalError:  # another passphrase (WELLBEING_PASSPHRASE changed) or damaged
        return False
    if key_file.version != key_store.KEY_FILE_VERSION or key_file.passphrase.kdf != key_store.KDF:
        key_store.write_key_file(
            key_path, key_store.with_new_passphrase(key_file, data_key, secret)
        )
    return True


def build_journals(
    folder: Path, count: int, seed: int = 7, secret: str | None = None
) -> JournalPair:
    """The encrypted journal of `count` encounters over 40 clients and its unencrypted twin.

    Reused when already built (and opening with the passphrase); otherwise both are rebuilt
    from the same seed, so they hold exactly the same rows.
    """
    secret = secret or passphrase()
    pair = journal_pair(folder, count)
    if _usable(pair, secret):
        return pair
    folder.mkdir(parents=True, exist_ok=True)
    for path in (pair.encrypted, key_store.key_file_path(pair.encrypted), pair.plain):
        _remove(path)
    db, _recovery_key = create_journal(pair.encrypted, secret)
    _fill(db, count, seed)
    _fill(_open(pair.plain, None), count, seed)
    return pair
