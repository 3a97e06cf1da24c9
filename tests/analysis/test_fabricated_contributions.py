"""A lead who fabricates four contributions to isolate one real person, for a whole year.

The minimum group of 5 is met by the lead's own four files plus one colleague's, and the
lead knows exactly what the four say: every week's view, or the raw files, then gives that
colleague's file. What the lead can learn is what those files say, and with the permanent
answer remembered, 52 files say no more than one permanent randomised response. Without
memos (a fresh response every week, same ε per file) a year would reveal the answer.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from tests.tools.privacy_table import (
    FAKES,
    TRUTH,
    fabricated_contributions,
    fabricated_table,
    lead_reads_real_answer,
    majority,
)
from wellbeing.analysis.privacy import CATEGORICAL
from wellbeing.domain.contribution import EXHAUSTION, Answers, IsoWeek
from wellbeing.services.team import team_view
from wellbeing.sharing.contribution import (
    Contribution,
    memo_key,
    randomise,
    weekly_token,
    write_contribution,
)
from wellbeing.sharing.noise import SeededNoise
from wellbeing.sharing.team_folder import read_folder

TEAM = "TEAM-A"
TODAY = date(2026, 12, 31)
PEOPLE = 600
"""Simulated real people: a rate is known to about ±1.6 % (one standard error)."""


def test_a_year_of_files_tells_the_lead_no_more_than_one_permanent_response():
    result = fabricated_contributions(people=PEOPLE, seed=2026, weeks=(1, 52))
    print("\n" + fabricated_table(result))
    tolerance = 4 * (result.permanent_keep * (1 - result.permanent_keep) / PEOPLE) ** 0.5

    # One file: the composed response; a year: the permanent one, however many weeks.
    assert result.with_memos[1] == pytest.approx(result.single_file_keep, abs=tolerance)
    assert result.with_memos[52] == pytest.approx(result.permanent_keep, abs=tolerance)
    assert result.with_memos[52] <= result.permanent_keep + tolerance
    # Without memos the same per-file ε averages away: a year gives the answer.
    assert result.without_memos[52] > 0.99
    assert result.permanent_keep == pytest.approx(CATEGORICAL[EXHAUSTION.key].permanent_keep)


def test_through_the_team_view_the_lead_learns_exactly_the_remembered_answer(tmp_path: Path):
    """The scenario on real files: the fakes make the weeks visible, the lead subtracts
    them, and a year's majority vote lands on the person's remembered permanent answer,
    which is the truth only as often as the permanent response kept it."""
    folder = tmp_path / "team"
    folder.mkdir()
    rng = np.random.default_rng(3)
    noise = SeededNoise(rng)
    memos: dict[str, str] = {}
    week = IsoWeek(2026, 1)
    for _ in range(52):
        shown, new = randomise(TRUTH, memos, noise)
        memos.update(new)
        files = [*FAKES, shown]
        for person, answers in enumerate(files):
            secret = hashlib.sha256(f"person {person}".encode()).digest()
            token = weekly_token(secret, TEAM, week)
            write_contribution(folder, Contribution(TEAM, week, token, answers))
        week = IsoWeek.of(week.monday + timedelta(days=7))

    view = team_view(folder, TEAM, today=TODAY, views_folder=tmp_path / "views")
    assert len(view.shown_weeks) == 52  # four fakes and one person pass the minimum
    by_week: dict[IsoWeek, list[Answers]] = defaultdict(list)
    for contribution in read_folder(folder, TEAM, TODAY).accepted:  # the raw files
        by_week[contribution.week].append(contribution.answers)
    read = [lead_reads_real_answer(files) for files in by_week.values()]

    remembered = memos[memo_key(EXHAUSTION.key, TRUTH.categories[EXHAUSTION.key])]
    assert majority(read, rng) == remembered
