"""The README's accuracy table comes from a tool that runs and covers every team size."""

from __future__ import annotations

import re

import pytest

from tests.tools import privacy_table


def test_the_tool_prints_every_team_size_the_budget_and_the_fabricated_figure(
    capsys: pytest.CaptureFixture[str],
):
    privacy_table.main(["--people", "40", "--seed", "1"])
    out = capsys.readouterr().out

    for size in privacy_table.TEAM_SIZES:
        assert re.search(rf"^\| {size} \| ± \d", out, re.MULTILINE), size
    assert "red exhaustion band, week" in out and "cycle turning, month" in out
    assert "**15.1**" in out and "**52.5**" in out
    assert "This app (permanent answer remembered)" in out and "52 weeks" in out


def test_the_interval_narrows_as_the_team_grows():
    mechanism = privacy_table.CATEGORICAL["exhaustion"]
    shares = [
        privacy_table.expected_half_width(size, 1, mechanism, 0.2) / size
        for size in privacy_table.TEAM_SIZES
    ]
    assert shares == sorted(shares, reverse=True)
