"""The benchmark script runs end to end on a tiny journal: numbers come out, none is judged."""

from __future__ import annotations

import math
from pathlib import Path

from tests.benchmarks import run_benchmarks


def test_every_benchmark_gives_a_positive_figure(tmp_path: Path) -> None:
    figures, notes = run_benchmarks.run_all(count=500, runs=1, saves=5, cache=tmp_path / "cache")

    names = " | ".join(figure.name for figure in figures)
    for wanted in ("start-up ratio", "save_encounter", "open + first 300 rows", "wellbeing log"):
        assert wanted in names
    for figure in figures:
        assert figure.samples, figure.name
        assert all(math.isfinite(value) and value > 0 for value in figure.samples), figure.name
    assert any("imports PySide6/matplotlib:" in note for note in notes)
    assert run_benchmarks.table(figures).count("\n") == len(figures) + 1
