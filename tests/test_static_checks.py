"""The static checks CI runs with the tests: ruff (lint and format) and mypy.

In the test suite rather than a separate CI step, so that `pytest` alone says whether a
change is ready. mypy's settings, and each module's narrow exceptions with their reasons,
are in pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ["wellbeing", "tests"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "command",
    [("ruff", "check", *TARGETS), ("ruff", "format", "--check", *TARGETS)],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff_is_clean(command: tuple[str, ...]):
    result = run(*command)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_package():
    result = run("mypy")  # files and settings: [tool.mypy] in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
