"""How long the team view takes to aggregate a folder of contribution files.

    cd /work/main && .venv/bin/python -m tests.benchmarks.aggregate_contributions [--people 200]

Writes people × 50 weeks contribution files (10,000 by default) with write_contribution and
seeded noise into a temporary folder, then times services.team.team_view on it (read every
file strictly, decide what each week may show, de-bias weeks and months): minimum and
maximum of 3 runs, the record of views kept between runs as on a lead's computer. The same
for a tenth of the people shows how it scales; the 500,000-file figure (a company's year)
is extrapolated linearly from the 10,000-file one. Target: 10,000 files under 5 s. Nothing
is asserted: timing depends on the machine (project rule).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests` importable
    sys.path.insert(0, str(ROOT))

TEAM = "BENCH-TEAM"
WEEKS = 50
TARGET = 5.0
"""Seconds to aggregate 10,000 files."""
COMPANY_YEAR = 500_000
RUNS = 3


def write_folder(folder: Path, people: int, seed: int = 1) -> int:
    """people × WEEKS files, randomised as real ones are (memos kept per person)."""
    import numpy as np

    from wellbeing.domain.contribution import IsoWeek
    from wellbeing.samples.team import _answers
    from wellbeing.sharing.contribution import (
        Contribution,
        randomise,
        weekly_token,
        write_contribution,
    )
    from wellbeing.sharing.noise import SeededNoise

    rng = np.random.default_rng(seed)
    noise = SeededNoise(rng)
    first = date(2025, 1, 6)
    written = 0
    for person in range(people):
        memos: dict[str, str] = {}
        secret = hashlib.sha256(f"bench|{person}".encode()).digest()
        for number in range(WEEKS):
            week = IsoWeek.of(first + timedelta(weeks=number))
            truth = _answers(rng, strained=person % 5 == 0)  # the demo team's true answers
            shown, new = randomise(truth, memos, noise)
            memos.update(new)
            token = weekly_token(secret, TEAM, week)
            write_contribution(folder, Contribution(TEAM, week, token, shown))
            written += 1
    return written


def time_view(folder: Path, views: Path) -> list[float]:
    from wellbeing.services.team import team_view

    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        view = team_view(folder, TEAM, today=date(2026, 1, 31), views_folder=views)
        samples.append(time.perf_counter() - start)
        assert len(view.shown_weeks) == WEEKS and not view.rejected
    return samples


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=200)
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory() as place:
        for people in (max(args.people // 10, 5), args.people):
            folder = Path(place) / f"team-{people}"
            folder.mkdir()
            start = time.perf_counter()
            files = write_folder(folder, people)
            writing = time.perf_counter() - start
            samples = time_view(folder, Path(place) / f"views-{people}")
            results[files] = samples
            print(
                f"{files:>7,} files ({people} people × {WEEKS} weeks; written in {writing:.1f} s): "
                f"team_view min {min(samples):.2f} s, max {max(samples):.2f} s "
                f"({min(samples) / files * 1e6:.0f} µs a file)"
            )
    small, large = sorted(results)
    ratio = min(results[large]) / min(results[small])
    per_file = min(results[large]) / large
    print(f"Scaling: {large / small:.0f}× the files took {ratio:.1f}× the time (min over runs).")
    print(
        f"{large:,} files: {min(results[large]):.2f} s, {min(results[large]) / TARGET:.2f}× "
        f"the {TARGET:.0f} s target."
    )
    print(
        f"Extrapolated to {COMPANY_YEAR:,} files (linear, {per_file * 1e6:.0f} µs a file): "
        f"about {per_file * COMPANY_YEAR:.0f} s."
    )


if __name__ == "__main__":
    main()
