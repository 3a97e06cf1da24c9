"""The command-line benchmark runs end to end on tiny journals: figures come out, none is judged."""

from __future__ import annotations

import math

from tests.benchmarks import cli_speed


def test_every_figure_of_the_command_line_benchmark_comes_out(tmp_path, monkeypatch):
    monkeypatch.setattr(cli_speed, "CACHE", tmp_path / "cache")

    figures, notes = cli_speed.run_all(runs=1, log_counts=(30,), list_counts=(40,), list_runs=1)

    names = " | ".join(figure.name for figure in figures)
    for wanted in (
        "wellbeing log, 30: passphrase",
        "wellbeing log, 30: remembered key",
        "wellbeing log, 30: handed to the running app",
        "list --json, 40: streamed, remembered key",
        "insights, demo journal: remembered key",
    ):
        assert wanted in names, wanted
    for figure in figures:
        assert figure.samples and all(math.isfinite(v) and v > 0 for v in figure.samples)
    assert any(note.startswith("heavy packages imported by a handed-off log") for note in notes)
    assert any(note.startswith("heavy packages imported by a remembered-key") for note in notes)
    assert cli_speed.table(figures).count("\n") == len(figures)
