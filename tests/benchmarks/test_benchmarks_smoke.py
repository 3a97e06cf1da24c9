"""The benchmark script runs end to end on a tiny journal: numbers come out, none is judged.

tests/conftest.py lowers the key derivation's cost in this process: the tiny journal's key file
records that cost, so the benchmark's subprocesses (GUI start-up, `wellbeing log`) unlock it
quickly too.
"""

from __future__ import annotations

import math
from pathlib import Path

from tests.benchmarks import journal_factory, run_benchmarks


def test_every_benchmark_gives_a_positive_figure(tmp_path: Path) -> None:
    figures, notes = run_benchmarks.run_all(count=500, runs=1, saves=5, cache=tmp_path / "cache")

    names = " | ".join(figure.name for figure in figures)
    for wanted in (
        "start-up ratio",
        "key derivation",
        "open ratio encrypted / unencrypted, excluding KDF",
        "open ratio encrypted / unencrypted, including KDF",
        "save ratio encrypted / unencrypted",
        "save_encounter",
        "open + first 300 rows",
        "wellbeing log (subprocess, total",
        "wellbeing log minus KDF",
    ):
        assert wanted in names, wanted
    for figure in figures:
        assert figure.samples, figure.name
        assert all(math.isfinite(value) and value > 0 for value in figure.samples), figure.name
    assert any("imports PySide6/matplotlib:" in note for note in notes)
    assert run_benchmarks.table(figures).count("\n") == len(figures) + 1


def test_the_cached_pair_is_an_encrypted_journal_and_a_plain_twin(tmp_path: Path) -> None:
    from wellbeing.store import open_journal
    from wellbeing.store.connection import SQLITE_HEADER, _open

    pair = journal_factory.build_journals(tmp_path, 50)
    built = pair.encrypted.stat().st_mtime_ns, pair.plain.stat().st_mtime_ns

    assert pair.encrypted.read_bytes()[:16] != SQLITE_HEADER
    assert pair.plain.read_bytes()[:16] == SQLITE_HEADER
    query = "SELECT id, client_id, occurred_at, impact FROM encounters ORDER BY id"
    encrypted = open_journal(pair.encrypted, journal_factory.passphrase())
    plain = _open(pair.plain, None)
    try:
        rows = encrypted.execute(query).fetchall()
        assert len(rows) == 50
        assert rows == plain.execute(query).fetchall()
    finally:
        encrypted.close()
        plain.close()
    assert journal_factory.build_journals(tmp_path, 50) == pair
    assert (pair.encrypted.stat().st_mtime_ns, pair.plain.stat().st_mtime_ns) == built  # reused
